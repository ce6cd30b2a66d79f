"""Exact money: Decimal amounts quantized to the céntimo, half up."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0.00")

_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")


class MoneyError(ValueError):
    """Raised when a text is not an amount of money."""


def quantize(value: Decimal | int | str) -> Decimal:
    """Return ``value`` rounded half up to 0.01.

    Floats are refused: they cannot represent céntimos exactly.
    """
    if isinstance(value, float):
        raise TypeError("money must not be a float")
    result = Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
    return ZERO if result.is_zero() else result  # never "-0.00"


def parse_money(text: str) -> Decimal:
    """Parse an amount typed by a person or read from a file.

    Accepts ``25``, ``25.5``, ``25,50``, ``S/ 1,234.50`` and ``1 234,50`` (French
    spacing, no-break spaces included).
    A comma followed by exactly three digits is read as a thousands separator
    when a dot is also present; otherwise a lone comma is a decimal mark.

    Raises:
        MoneyError: the text is not an amount.
    """
    raw = text.strip().replace("S/", "").replace("s/", "").replace(" ", "")
    raw = raw.replace("\u00a0", "").replace("\u202f", "")
    if "," in raw and "." in raw:
        comma_is_decimal = raw.rfind(",") > raw.rfind(".")
        raw = raw.replace(".", "").replace(",", ".") if comma_is_decimal else raw.replace(",", "")
    elif "," in raw:
        raw = raw.replace(",", ".")
    if not _NUMBER.match(raw):
        raise MoneyError(f"no es un monto válido: {text!r}")
    try:
        value = Decimal(raw)
        rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    except InvalidOperation as exc:  # more digits than Decimal can hold
        raise MoneyError(f"no es un monto válido: {text!r}") from exc
    if value != rounded:
        raise MoneyError(f"un monto tiene como máximo dos decimales: {text!r}")
    return quantize(value)


def format_amount(value: Decimal) -> str:
    """``Decimal("1234.5")`` → ``"1,234.50"`` (no currency sign)."""
    return f"{quantize(value):,.2f}"


def format_money(value: Decimal, currency: str = "PEN") -> str:
    """Format for people: ``S/ 1,234.50`` or ``US$ 20.00``; negatives as ``-S/ 5.00``."""
    sign = "-" if quantize(value) < 0 else ""
    symbol = "S/" if currency == "PEN" else "US$"
    return f"{sign}{symbol} {format_amount(abs(value))}"


def to_json(value: Decimal) -> str:
    """Amount as a JSON string with two decimals: ``"123.45"``."""
    return f"{quantize(value):.2f}"
