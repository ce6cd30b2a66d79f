"""Pure shop rules: money, allocation, pricing, shares, refunds, cash.

Nothing here imports Qt or SQLAlchemy or does I/O.
"""
