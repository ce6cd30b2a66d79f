"""Cash: Peru rounding, US dollars and drawer denominations."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from .money import ZERO, quantize

ROUNDING_STEP = Decimal("0.10")

PEN_COINS = tuple(Decimal(v) for v in ("0.10", "0.20", "0.50", "1", "2", "5"))
PEN_NOTES = tuple(Decimal(v) for v in ("10", "20", "50", "100", "200"))
PEN_DENOMINATIONS = PEN_COINS + PEN_NOTES
USD_NOTES = tuple(Decimal(v) for v in ("1", "5", "10", "20", "50", "100"))


def cash_round_down(amount: Decimal, step: Decimal | None = ROUNDING_STEP) -> Decimal:
    """Round an amount due in PEN cash down to ``step`` (customer's favour).

    ``step`` of ``None`` or zero means rounding is off.
    """
    amount = quantize(amount)
    if not step:
        return amount
    if amount < 0:
        return -cash_round_down(-amount, step)
    units = (amount / step).to_integral_value(rounding=ROUND_FLOOR)
    return quantize(units * step)


def cash_round_up(amount: Decimal, step: Decimal | None = ROUNDING_STEP) -> Decimal:
    """Round up to ``step``: cash handed back to a customer who paid the exact amount."""
    amount = quantize(amount)
    if not step:
        return amount
    if amount < 0:
        return -cash_round_down(-amount, step)
    units = (amount / step).to_integral_value(rounding=ROUND_CEILING)
    return quantize(units * step)


def usd_to_pen(usd: Decimal, rate: Decimal) -> Decimal:
    """Dollars tendered, converted to soles at the day's rate."""
    if rate <= 0:
        raise ValueError("the dollar rate must be positive")
    return quantize(Decimal(usd) * Decimal(rate))


def pen_to_usd(pen: Decimal, rate: Decimal) -> Decimal:
    """The dollars that pay ``pen`` soles at the day's rate: rounded **up** to the cent, so they cover it."""
    if rate <= 0:
        raise ValueError("the dollar rate must be positive")
    return (Decimal(pen) / Decimal(rate)).quantize(Decimal("0.01"), rounding=ROUND_CEILING)


def count_total(counts: Mapping[Decimal, int]) -> Decimal:
    """Total of a drawer count ``{denomination: pieces}``."""
    total = ZERO
    for denomination, pieces in counts.items():
        if pieces < 0:
            raise ValueError("a count cannot be negative")
        total += Decimal(denomination) * pieces
    return quantize(total)
