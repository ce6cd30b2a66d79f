"""How large a number or how far a date a person may enter: beyond these it is a typing error.

A bag workshop never sells a hundred thousand units on one line, nor a
receipt of a million soles; documents print amounts up to S/ 999,999.99
(DESIGN.md §6). Numbers past these limits are refused with a message, long
before they could overflow a database column.

At the till the bounds are tighter, and some values are only asked about:
a quantity of 1234 or a float of S/ 19,999,800 is a slip of the finger far
more often than a real sale or drawer, so the screen refuses it (a hard
limit) or asks before going on (a large value).
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

MAX_LINE_QUANTITY = 999
"""Units on one cart line at the till: the most the quantity field takes."""

LARGE_LINE_QUANTITY = 20
"""More units than this on one cart line are sold only once the seller confirms them."""

MAX_COUNT_PIECES = 999
"""Coins or notes of one denomination in a drawer count: the most a count field takes."""

LARGE_FLOAT = {"PEN": Decimal("2000"), "USD": Decimal("500")}
"""An opening float above this (per drawer) is opened only once the seller confirms it."""


def date_in_range(day: date) -> bool:
    """Whether ``day`` falls in the years a person may enter."""
    return FIRST_YEAR <= day.year <= LAST_YEAR


def is_large_quantity(quantity: int) -> bool:
    """Whether ``quantity`` units on one cart line must be confirmed."""
    return quantity > LARGE_LINE_QUANTITY


def large_float_drawers(floats: dict[str, Decimal]) -> list[str]:
    """The drawers (``PEN``, ``USD``) whose opening float must be confirmed."""
    return [currency for currency, amount in floats.items() if amount > LARGE_FLOAT.get(currency, amount)]
