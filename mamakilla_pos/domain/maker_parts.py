"""Each maker's part of what a jointly made item sold or was made (DESIGN.md §6: one counting basis).

A line of an item made by several women is split among them by the weights
the item lists (the ones its share is split by, §4.5): amounts to the
céntimo, units to the tenth, each by largest remainder, so that the makers'
parts add up exactly to the line and a report's per-maker totals equal the
shop's.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from .allocation import allocate

UNIT_STEP = Decimal("0.1")
"""A maker's part of units is counted in tenths of a piece."""


def unit_parts(units: int | Decimal, weights: Sequence[int | Decimal]) -> list[Decimal]:
    """Each maker's part of ``units`` pieces, in tenths, adding up to ``units``."""
    return allocate(Decimal(units), weights, UNIT_STEP)


def amount_parts(amount: Decimal, weights: Sequence[int | Decimal]) -> list[Decimal]:
    """Each maker's part of ``amount``, in céntimos, adding up to ``amount``."""
    return allocate(amount, weights)
