"""Largest-remainder allocation of an amount in céntimos."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_FLOOR, Decimal

from .money import CENT, quantize


def allocate(total: Decimal, weights: Sequence[Decimal | int]) -> list[Decimal]:
    """Split ``total`` over ``weights`` so that the parts add up exactly.

    Each part starts as the floor of its exact proportional amount in céntimos;
    the céntimos left over go one each to the largest remainders. Ties go to
    the earliest weight. A negative total is split as its absolute value, then
    negated, so refunds mirror sales.

    Args:
        total: the amount to split, already a whole number of céntimos.
        weights: non-negative weights, at least one positive.

    Returns:
        One amount per weight, in order, summing to ``total``.
    """
    total = quantize(total)
    if not weights:
        raise ValueError("allocate needs at least one weight")
    ws = [Decimal(w) for w in weights]
    if any(w < 0 for w in ws):
        raise ValueError("weights must not be negative")
    weight_sum = sum(ws, Decimal(0))
    if weight_sum == 0:
        raise ValueError("at least one weight must be positive")
    if total < 0:
        return [-part for part in allocate(-total, ws)]
    cents = int(total / CENT)
    exact = [Decimal(cents) * w / weight_sum for w in ws]
    floors = [int(e.to_integral_value(rounding=ROUND_FLOOR)) for e in exact]
    left = cents - sum(floors)
    order = sorted(range(len(ws)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return [Decimal(c) * CENT for c in floors]
