"""Largest-remainder allocation of an amount in céntimos."""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from .money import CENT, quantize


def allocate(total: Decimal, weights: Sequence[Decimal | int], step: Decimal = CENT) -> list[Decimal]:
    """Split ``total`` over ``weights`` so that the parts add up exactly.

    Each part starts as the floor of its exact proportional amount in steps
    (céntimos by default); the steps left over go one each to the largest
    remainders. Ties go to the earliest weight. A negative total is split as
    its absolute value, then negated, so refunds mirror sales.

    Args:
        total: the amount to split, already a whole number of steps.
        weights: non-negative weights, at least one positive.
        step: the smallest part: ``0.01`` for money, ``0.1`` for a maker's part of units.

    Returns:
        One amount per weight, in order, summing to ``total``.
    """
    total = quantize(total) if step == CENT else Decimal(total).quantize(step)
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
        return [-part for part in allocate(-total, ws, step)]
    cents = int(total / step)
    # Exact rationals: Decimal division rounds to 28 digits, which can break
    # ties between equal remainders whose whole parts differ in length.
    exact = [cents * Fraction(w) / Fraction(weight_sum) for w in ws]
    floors = [math.floor(e) for e in exact]
    left = cents - sum(floors)
    order = sorted(range(len(ws)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return [Decimal(c) * step for c in floors]
