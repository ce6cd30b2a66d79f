"""How each language of the program writes numbers, money, dates and lists of names.

Spanish (Peru) and English write ``S/ 1,234.50``; French writes
``1 234,50 S/``. Dates are day/month/year in Spanish and French, ISO
(``2026-03-05``) in English, which reads the same to British and American
visitors. Documents take a :class:`Formats` for the language they print in.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from .money import CENT, ZERO, quantize
from .payments import METHOD_LABELS

LANGUAGES = ("es", "en", "fr")
"""Spanish (the program's own), English and French."""

_AND = {"es": "y", "en": "and", "fr": "et"}
_METHODS = {
    "es": METHOD_LABELS,
    "en": {
        "cash": "Cash",
        "usd": "US dollars",
        "yape": "Yape",
        "plin": "Plin",
        "card": "Card",
        "transfer": "Bank transfer",
        "anticipo": "Advance",
    },
    "fr": {
        "cash": "Espèces",
        "usd": "Dollars US",
        "yape": "Yape",
        "plin": "Plin",
        "card": "Carte",
        "transfer": "Virement",
        "anticipo": "Acompte",
    },
}
_NARROW_NBSP = "\u202f"
_NBSP = "\u00a0"

TRUE_MINUS = "\u2212"
"""The minus sign printed documents write: "−S/ 5.00", wider and easier to see than a hyphen."""


def check_language(language: str) -> str:
    """``language`` itself, or ValueError when the program does not speak it."""
    if language not in LANGUAGES:
        raise ValueError(f"idioma desconocido: {language!r} (use {', '.join(LANGUAGES)})")
    return language


class Formats:
    """One language's way of writing numbers, money, percentages, dates and names.

    ``minus`` is the sign negatives are written with: a hyphen on the screens,
    :data:`TRUE_MINUS` on every printed document.
    """

    def __init__(self, language: str, minus: str = "-") -> None:
        self.language = check_language(language)
        self.minus = minus

    def number(self, value: Decimal | int, places: int = 0) -> str:
        """``1,234.50`` (es, en) or ``1 234,50`` (fr); negatives with :attr:`minus`."""
        value = Decimal(value)
        text = f"{abs(value):,.{places}f}"
        if self.language == "fr":
            text = text.replace(",", _NARROW_NBSP).replace(".", ",")
        return f"{self.minus}{text}" if value < 0 and text.strip("0.,\u202f") else text

    def amount(self, value: Decimal) -> str:
        """An amount without the currency, for table cells: ``1,234.50``."""
        return self.number(quantize(value), 2)

    def money(self, value: Decimal, currency: str = "PEN", places: int = 2) -> str:
        """``S/ 1,234.50`` (es, en) or ``1 234,50 S/`` (fr); ``US$`` for dollars; negatives with :attr:`minus`.

        ``places=0`` writes a whole amount, such as a banknote: ``S/ 20``, ``20 S/``.
        """
        # A Decimal (what documents hold) is quantized here, a call less; never "-0.00".
        value = value.quantize(CENT, ROUND_HALF_UP) or ZERO if type(value) is Decimal else quantize(value)
        sign = self.minus if value < 0 else ""
        symbol = "S/" if currency == "PEN" else "US$"
        if places == 2:  # :meth:`amount` of a quantized amount, written out: receipts write many
            figures = f"{abs(value):,.2f}"
            if self.language == "fr":
                figures = figures.replace(",", _NARROW_NBSP).replace(".", ",")
        else:
            figures = self.number(abs(value), places)
        if self.language == "fr":
            return f"{sign}{figures}{_NBSP}{symbol}"
        return f"{sign}{symbol} {figures}"

    def percent(self, ratio: Decimal, places: int = 1) -> str:
        """``45.0%`` (en) or ``45.0 %`` (es, fr) for a ratio of 0.45; ``places`` decimals."""
        value = self.number(Decimal(ratio) * 100, places)
        return f"{value}%" if self.language == "en" else f"{value}{_NBSP}%"

    def day(self, value: date) -> str:
        """``05/03/2026`` (es, fr) or ``2026-03-05`` (en)."""
        return value.isoformat() if self.language == "en" else f"{value:%d/%m/%Y}"

    def short_day(self, value: date) -> str:
        """A day for a narrow column: ``05/03/26`` (es, fr); English keeps ``2026-03-05``,
        as a two-digit year would be ambiguous there."""
        return value.isoformat() if self.language == "en" else f"{value:%d/%m/%y}"

    def moment(self, value: datetime) -> str:
        """The day and the time to the minute: ``05/03/2026 14:07``."""
        return f"{self.day(value.date())} {value:%H:%M}"

    def names(self, names: list[str] | tuple[str, ...]) -> str:
        """``Rosa``, ``Rosa y Ana``, ``Rosa, Ana y Luz`` (with the language's "and")."""
        if len(names) <= 1:
            return "".join(names)
        return f"{', '.join(names[:-1])} {_AND[self.language]} {names[-1]}"

    def method(self, method: str) -> str:
        """The name of a payment method (``cash`` → ``Efectivo``, ``Cash``, ``Espèces``)."""
        return _METHODS[self.language].get(method, method)
