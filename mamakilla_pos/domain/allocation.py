"""Largest-remainder allocation of an amount in céntimos."""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

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
    if len(ws) == 1:  # one maker (the common case): she gets it all
        return [total]
    if total < 0:
        return [-part for part in allocate(-total, ws)]
    cents = int(total / CENT)
    # Exact rationals: Decimal division rounds to 28 digits, which can break
    # ties between equal remainders whose whole parts differ in length.
    exact = [cents * Fraction(w) / Fraction(weight_sum) for w in ws]
    floors = [math.floor(e) for e in exact]
    left = cents - sum(floors)
    order = sorted(range(len(ws)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return [Decimal(c) * CENT for c in floors]
