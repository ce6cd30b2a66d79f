"""A stand's units of an item over an outing (a fair, a partner shop's consignment): what is left there."""

from __future__ import annotations


def units_left(before: int, sent: int, sold: int, other: int, returned: int) -> int:
    """Units the stand still holds of an item.

    ``before`` is what it held when the outing began (below zero: sold beyond
    stock earlier); ``sent`` went there, ``sold`` were sold there, ``other``
    is what production, adjustments and counts added (negative: removed),
    and ``returned`` came back.
    """
    return before + sent - sold + other - returned
