"""Amounts in words, as written on a cheque or payout slip, in Spanish, English or French.

``Decimal("123.45")`` → ``"ciento veintitrés con 45/100 soles"`` (Spanish,
the program's own), ``"one hundred twenty-three and 45/100 soles"``
(English), ``"cent vingt-trois et 45/100 soles"`` (French). The whole soles
are spelled out and the céntimos written as a fraction of 100, so the words
cannot be misread and the figure cannot be altered.

Spanish keeps the masculine form at the end (``"uno"``, ``"veintiuno"``,
``"ciento uno"``) as cheques do, and shortens it before *mil*, *millón* and
*billón* (``"veintiún mil"``, ``"un millón"``); its *billón* is a million
millions. English is written as on a US cheque: no *and* inside the number
(``"one hundred one"``), tens and units hyphenated (``"twenty-one"``), short
scale (*billion* = 10⁹). French follows the traditional spelling: *et un*
and *et onze* (``"vingt et un"``, ``"soixante et onze"``) but
``"quatre-vingt-un"``; *vingt* and *cent* take an *s* only when multiplied
and last, or before *millions* and *milliards* (``"quatre-vingts"``,
``"deux cents"``, ``"deux cent un"``, ``"deux cent mille"``,
``"deux cents millions"``); *mille* never does.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from .language import check_language

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


def _big(n: int, size: int, singular: str, plural: str, smaller: Callable[[int], str]) -> str:
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


def _spanish(n: int) -> str:
    if n == 0:
        return "cero"
    if n < BILLION:
        return _below_billion(n)
    return _big(n, BILLION, "billón", "billones", _below_billion)


# -- English ---------------------------------------------------------------------------------

_EN_UNITS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_SCALES = (
    (10**15, "quadrillion"),
    (10**12, "trillion"),
    (10**9, "billion"),
    (MILLION, "million"),
    (1000, "thousand"),
)


def _english_below_thousand(n: int) -> str:
    """0 < n < 1000: ``"one hundred twenty-three"``."""
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append(f"{_EN_UNITS[hundreds]} hundred")
    if rest:
        tens, unit = divmod(rest, 10)
        if rest < 20:
            words.append(_EN_UNITS[rest])
        else:
            words.append(_EN_TENS[tens] + (f"-{_EN_UNITS[unit]}" if unit else ""))
    return " ".join(words)


def _english(n: int) -> str:
    if n == 0:
        return "zero"
    words = []
    for size, name in _EN_SCALES:
        count, n = divmod(n, size)
        if count:
            words.append(f"{_english_below_thousand(count)} {name}")
    if n:
        words.append(_english_below_thousand(n))
    return " ".join(words)


# -- French ----------------------------------------------------------------------------------

_FR_UNITS = (
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
)
_FR_TENS = ("", "", "vingt", "trente", "quarante", "cinquante", "soixante")
_FR_SCALES = ((10**15, "billiard"), (10**12, "billion"), (10**9, "milliard"), (MILLION, "million"))


def _french_below_hundred(n: int, last: bool) -> str:
    """0 < n < 100; ``last`` when nothing but a noun (or nothing) follows: *quatre-vingts*."""
    if n < 20:
        return _FR_UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix…, quatre-vingt-dix…: the tens of 60 and 80 count on to 19
        base, rest = ("soixante", n - 60) if tens == 7 else ("quatre-vingt", n - 80)
        return f"{base} et onze" if rest == 11 and tens == 7 else f"{base}-{_FR_UNITS[rest]}"
    if tens == 8:
        if unit == 0:
            return "quatre-vingts" if last else "quatre-vingt"
        return f"quatre-vingt-{_FR_UNITS[unit]}"
    if unit == 0:
        return _FR_TENS[tens]
    if unit == 1:
        return f"{_FR_TENS[tens]} et un"
    return f"{_FR_TENS[tens]}-{_FR_UNITS[unit]}"


def _french_below_thousand(n: int, last: bool) -> str:
    """0 < n < 1000; ``last`` is false before *mille*, which keeps *cent* and *vingt* bare."""
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds == 1:
        words.append("cent")
    elif hundreds:
        words.append(f"{_FR_UNITS[hundreds]} cent" + ("s" if last and not rest else ""))
    if rest:
        words.append(_french_below_hundred(rest, last))
    return " ".join(words)


def _french_below_million(n: int) -> str:
    thousands, rest = divmod(n, 1000)
    words = []
    if thousands == 1:
        words.append("mille")
    elif thousands:
        words.append(f"{_french_below_thousand(thousands, last=False)} mille")
    if rest:
        words.append(_french_below_thousand(rest, last=True))
    return " ".join(words)


def _french(n: int) -> str:
    if n == 0:
        return "zéro"
    words = []
    for size, name in _FR_SCALES:
        count, n = divmod(n, size)
        if count:
            # Million, milliard… are nouns: "deux cents millions", "quatre-vingts millions".
            words.append(f"{_french_below_thousand(count, last=True)} {name}{'s' if count > 1 else ''}")
    if n:
        words.append(_french_below_million(n))
    return " ".join(words)


_WRITERS = {"es": _spanish, "en": _english, "fr": _french}
_CONNECTOR = {"es": "con", "en": "and", "fr": "et"}
_MINUS = {"es": "menos", "en": "minus", "fr": "moins"}


def integer_in_words(n: int, language: str = "es") -> str:
    """A whole number from 0 to 10¹⁸ − 1 in words: ``21`` → ``"veintiuno"``, ``"twenty-one"``, ``"vingt et un"``.

    Raises:
        ValueError: ``n`` is negative or too large, or the language unknown.
    """
    check_language(language)
    if n < 0 or n >= LIMIT:
        raise ValueError(f"no se puede escribir en letras: {n}")
    return _WRITERS[language](n)


def amount_in_words(amount: Decimal | int | str, currency: str = "soles", language: str = "es") -> str:
    """An amount as written on a cheque: ``"ciento veintitrés con 45/100 soles"``.

    English: ``"one hundred twenty-three and 45/100 soles"``; French:
    ``"cent vingt-trois et 45/100 soles"``. The amount is first rounded half
    up to the céntimo. The currency word stays plural whatever the amount
    (``"uno con 00/100 soles"``), as on a Peruvian cheque. A negative amount
    starts with ``"menos"`` (``"minus"``, ``"moins"``).

    Raises:
        TypeError: ``amount`` is a float (it cannot hold céntimos exactly).
        ValueError: the amount is not a finite number or is too large, or the language unknown.
    """
    check_language(language)
    if isinstance(amount, float):
        raise TypeError("money must not be a float")
    value = Decimal(amount)
    if not value.is_finite():
        raise ValueError(f"no es un monto: {amount!r}")
    cents = int((abs(value) / _CENT).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    whole, fraction = divmod(cents, 100)
    sign = f"{_MINUS[language]} " if value < 0 and cents else ""
    words = integer_in_words(whole, language)
    return f"{sign}{words} {_CONNECTOR[language]} {fraction:02d}/100 {currency}".rstrip()
