"""The makers' share of a sale line (DESIGN.md §4.5)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from .allocation import allocate
from .money import quantize

DEFAULT_SHARE_RATE = Decimal("0.45")


def line_share(line_net: Decimal, rate: Decimal) -> Decimal:
    """Share of a line: ``round_half_up(net × rate, 0.01)``."""
    if not Decimal(0) <= rate <= Decimal(1):
        raise ValueError("share rate must be between 0 and 1")
    return quantize(line_net * rate)


def split_share(share: Decimal, weights: Sequence[Decimal | int]) -> list[Decimal]:
    """Split a line share among makers by weight; parts add up exactly."""
    return allocate(share, weights)
