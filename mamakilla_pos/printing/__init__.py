"""Delivering finished PDFs to printers; what to print is decided elsewhere.

Qt is only imported when a job is printed through it.
"""

from .printer import PrintError, available_printers, print_pdf, print_pdf_via_lp, save_pdf

__all__ = ["PrintError", "available_printers", "print_pdf", "print_pdf_via_lp", "save_pdf"]
