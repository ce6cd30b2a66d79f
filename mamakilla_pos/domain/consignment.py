"""What a partner shop pays for our pieces: the price less its commission."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from .money import quantize

HUNDRED = Decimal(100)


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
