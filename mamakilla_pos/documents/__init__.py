"""PDF documents built with ReportLab: plain data in, PDF bytes out.

Nothing here touches Qt or a database session (DESIGN.md §3).
"""
