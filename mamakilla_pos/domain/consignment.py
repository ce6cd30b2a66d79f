"""Consignment at a partner shop (DESIGN.md §10): what it pays for our pieces, and how its payments settle.

A partner shop sells our units for a commission. What it pays us for a
piece sold at a price is :func:`partner_price` (the price less its
commission, rounded half up); for each line of its sales report: amount =
quantity × the price it sold at; due (to us) = :func:`partner_price` of the
amount; commission = amount − due. The makers' share is of what the center
receives: round_half_up(due × share rate), split among the item's makers by
weight (§4 rule 5). It accrues as the partner pays: a payment settles the
oldest lines first, and each maker's part of a line accrues in proportion to
what of the line has been paid, so that a line paid in full has accrued
exactly her part.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from .money import ZERO, quantize
from .shares import line_share, split_share

HUNDRED = Decimal(100)
K = TypeVar("K")


class CommissionError(ValueError):
    """A commission that is not a percentage a partner shop can take."""


def commission_percent(text: str | Decimal) -> Decimal:
    """A commission in percent: ``30``, ``"30"``, ``"27.5"``, ``"30 %"``; from 0 up to (not including) 100.

    Raises:
        CommissionError: not a number, out of range, or more than two decimals.
    """
    raw = str(text).strip().removesuffix("%").strip().replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise CommissionError(f"la comisión no es un número: «{text}»") from None
    if not value.is_finite() or not Decimal(0) <= value < HUNDRED:
        raise CommissionError(f"la comisión va de 0 a menos de 100 %: «{text}»")
    if value != value.quantize(Decimal("0.01")):
        raise CommissionError(f"la comisión tiene como máximo dos decimales: «{text}»")
    return value


def partner_price(price: Decimal, commission: Decimal) -> Decimal:
    """What the partner shop pays us for a piece sold at ``price`` when it keeps ``commission`` percent.

    ``round_half_up(price × (100 − commission) / 100, 0.01)``: the partner's
    part and ours add up to the price exactly (ours is this, theirs the rest).
    """
    return quantize(price * (HUNDRED - commission) / HUNDRED)


@dataclass(frozen=True)
class PartnerLineAmounts:
    """The figures of one line of a partner's sales report."""

    amount: Decimal
    commission: Decimal
    due: Decimal
    share: Decimal


def partner_line(
    quantity: int, unit_price: Decimal, commission_rate: Decimal, share_rate: Decimal
) -> PartnerLineAmounts:
    """The amounts of ``quantity`` units the partner sold at ``unit_price``."""
    if quantity <= 0:
        raise ValueError("quantity must be positive")
    if unit_price < 0:
        raise ValueError("price must not be negative")
    if not ZERO <= commission_rate < Decimal(1):
        raise ValueError("commission rate must be from 0 to less than 1")
    amount = quantize(unit_price * quantity)
    due = partner_price(amount, commission_rate * HUNDRED)
    return PartnerLineAmounts(amount, amount - due, due, line_share(due, share_rate))


@dataclass(frozen=True)
class Outstanding:
    """A line still (partly) unpaid: its key, what is due on it, what was already paid of it."""

    key: object
    due: Decimal
    paid: Decimal

    @property
    def left(self) -> Decimal:
        return self.due - self.paid


def settle_oldest_first(amount: Decimal, lines: Sequence[Outstanding]) -> list[tuple[object, Decimal]]:
    """What ``amount`` pays of each line, oldest (first listed) first: ``(key, paid now)`` for each line it reaches.

    Raises:
        ValueError: ``amount`` not positive, or more than the lines still owe.
    """
    if amount <= 0:
        raise ValueError("a payment must be positive")
    owed = sum((line.left for line in lines), ZERO)
    if amount > owed:
        raise ValueError(f"a payment of {amount} is more than the {owed} owed")
    settled: list[tuple[object, Decimal]] = []
    rest = amount
    for line in lines:
        if rest <= 0:
            break
        part = min(rest, line.left)
        if part > 0:
            settled.append((line.key, part))
            rest -= part
    return settled


def maker_parts(share: Decimal, weights: Sequence[int]) -> list[Decimal]:
    """Each maker's part of a line's share, by weight (parts add up exactly)."""
    return split_share(share, list(weights))


def accrued_part(part: Decimal, due: Decimal, paid: Decimal) -> Decimal:
    """What of a maker's ``part`` of a line has accrued once ``paid`` of its ``due`` was received."""
    if due <= 0 or paid >= due:
        return part
    return quantize(part * paid / due)


def accrual(part: Decimal, due: Decimal, paid_before: Decimal, paid_now: Decimal) -> Decimal:
    """What accrues to a maker as a payment brings a line from ``paid_before`` to ``paid_before + paid_now``."""
    return accrued_part(part, due, paid_before + paid_now) - accrued_part(part, due, paid_before)


def still_out(received: Sequence[tuple[K, int]], gone: int) -> list[tuple[K, int]]:
    """What is left of each lot ``received`` (oldest first) once ``gone`` units left, the oldest first.

    Units at a partner shop leave first in, first out: what it sells, gives
    back or loses is taken from the oldest note still out.
    """
    left = []
    for key, units in received:
        taken = min(units, max(gone, 0))
        gone -= taken
        if units - taken > 0:
            left.append((key, units - taken))
    return left
