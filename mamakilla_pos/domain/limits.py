"""How large a number or how far a date a person may enter: beyond these it is a typing error.

A bag workshop never sells a hundred thousand units on one line, nor a
receipt of a million soles; documents print amounts up to S/ 999,999.99
(DESIGN.md §6). Numbers past these limits are refused with a message, long
before they could overflow a database column.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

MAX_QUANTITY = 100_000
"""Units on one line, or made at once."""

MAX_AMOUNT = Decimal("999999.99")
"""A price, a discount, a line's amount or a document's total, in soles."""

FIRST_YEAR, LAST_YEAR = 1900, 2999
"""The years a date typed or imported may fall in."""


def date_in_range(day: date) -> bool:
    """Whether ``day`` falls in the years a person may enter."""
    return FIRST_YEAR <= day.year <= LAST_YEAR
