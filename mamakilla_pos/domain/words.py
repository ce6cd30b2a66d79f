"""Amounts in Spanish words, as written on a Peruvian cheque or payout slip.

``Decimal("123.45")`` → ``"ciento veintitrés con 45/100 soles"``. The whole
soles are spelled out and the céntimos written as a fraction of 100, so the
words cannot be misread and the figure cannot be altered. The number keeps
its masculine form at the end (``"uno"``, ``"veintiuno"``, ``"ciento uno"``)
as cheques do, and is shortened before *mil*, *millón* and *billón*
(``"veintiún mil"``, ``"un millón"``).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_UNITS = (
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
)
_TENS = ("", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")
_HUNDREDS = (
    "",
    "ciento",
    "doscientos",
    "trescientos",
    "cuatrocientos",
    "quinientos",
    "seiscientos",
    "setecientos",
    "ochocientos",
    "novecientos",
)

MILLION = 10**6
BILLION = 10**12  # a Spanish *billón* is a million millions
LIMIT = 10**18
"""Amounts of this many soles or more are refused: no sheet of paper needs them."""

_CENT = Decimal("0.01")


def _below_thousand(n: int) -> str:
    """0 < n < 1000, with the full form of *uno* at the end."""
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append("cien" if n == 100 else _HUNDREDS[hundreds])
    if rest:
        if rest < 30:
            words.append(_UNITS[rest])
        else:
            tens, unit = divmod(rest, 10)
            words.append(_TENS[tens] + (f" y {_UNITS[unit]}" if unit else ""))
    return " ".join(words)


def _shortened(words: str) -> str:
    """The form used before a noun: *uno* → *un*, *veintiuno* → *veintiún*."""
    if words.endswith("veintiuno"):
        return words[: -len("veintiuno")] + "veintiún"
    if words.endswith("uno"):
        return words[: -len("uno")] + "un"
    return words


def _below_million(n: int, before_noun: bool) -> str:
    """0 < n < 1,000,000; ``before_noun`` when *millones* or *billones* follows."""
    thousands, rest = divmod(n, 1000)
    words = []
    if thousands:
        words.append("mil" if thousands == 1 else f"{_shortened(_below_thousand(thousands))} mil")
    if rest:
        tail = _below_thousand(rest)
        words.append(_shortened(tail) if before_noun else tail)
    return " ".join(words)


def _big(n: int, size: int, singular: str, plural: str, smaller) -> str:  # type: ignore[no-untyped-def]
    """``n`` written as a count of ``size`` (*millón*, *billón*) and the rest below it."""
    count, rest = divmod(n, size)
    words = []
    if count == 1:
        words.append(f"un {singular}")
    elif count:
        words.append(f"{_below_million(count, before_noun=True)} {plural}")
    if rest:
        words.append(smaller(rest))
    return " ".join(words)


def _below_billion(n: int) -> str:
    return _big(n, MILLION, "millón", "millones", lambda r: _below_million(r, before_noun=False))


def integer_in_words(n: int) -> str:
    """A whole number from 0 to 10¹⁸ − 1 in Spanish words: ``21`` → ``"veintiuno"``.

    Raises:
        ValueError: ``n`` is negative or too large.
    """
    if n < 0 or n >= LIMIT:
        raise ValueError(f"no se puede escribir en letras: {n}")
    if n == 0:
        return "cero"
    if n < BILLION:
        return _below_billion(n)
    return _big(n, BILLION, "billón", "billones", _below_billion)


def amount_in_words(amount: Decimal | int | str, currency: str = "soles") -> str:
    """An amount as written on a cheque: ``"ciento veintitrés con 45/100 soles"``.

    The amount is first rounded half up to the céntimo. The currency word
    stays plural whatever the amount (``"uno con 00/100 soles"``), as on a
    Peruvian cheque. A negative amount starts with ``"menos"``.

    Raises:
        TypeError: ``amount`` is a float (it cannot hold céntimos exactly).
        ValueError: the amount is not a finite number or is too large.
    """
    if isinstance(amount, float):
        raise TypeError("money must not be a float")
    value = Decimal(amount)
    if not value.is_finite():
        raise ValueError(f"no es un monto: {amount!r}")
    cents = int((abs(value) / _CENT).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    whole, fraction = divmod(cents, 100)
    sign = "menos " if value < 0 and cents else ""
    return f"{sign}{integer_in_words(whole)} con {fraction:02d}/100 {currency}".rstrip()
