"""Translating what the screens say.

Text inside a widget's own methods uses ``self.tr``; its context is the
widget's class. Everything else — module-level helpers, tables of labels,
functions shared by several screens — uses :func:`tr` from here, whose
context is the empty one, and marks table entries with ``QT_TR_NOOP`` so that
``lupdate`` finds them; they are passed through :func:`tr` where shown.
``resources/translate.py`` extracts both kinds into the ``.ts`` files.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, QLocale

from ...domain.language import LANGUAGES, Formats

if TYPE_CHECKING:
    from ...services.catalogue_views import ItemInfo

__all__ = [
    "LANGUAGE_NAMES",
    "PAYMENT_METHOD_NAMES",
    "QT_TR_NOOP",
    "amount",
    "language",
    "makers_of",
    "money",
    "plural",
    "tr",
]

LANGUAGE_NAMES = (("es", "Español"), ("en", "English"), ("fr", "Français"))
"""The languages of the program, each named in itself (never translated): for choosing one."""

PAYMENT_METHOD_NAMES = (
    QT_TR_NOOP("Efectivo"),
    QT_TR_NOOP("Dólares"),
    QT_TR_NOOP("Yape"),
    QT_TR_NOOP("Plin"),
    QT_TR_NOOP("Tarjeta"),
    QT_TR_NOOP("Transferencia"),
    QT_TR_NOOP("Anticipo"),
)
"""The names of ``domain.payments.METHOD_LABELS``, which services hand to the screens in Spanish:
listed once here so that lupdate extracts them; the screens show them through :func:`tr`."""


def tr(text: str) -> str:
    """``text`` (Spanish) in the language of the program."""
    return QCoreApplication.translate("", text)


def language() -> str:
    """The language the screens speak (``es``, ``en`` or ``fr``), as set at start (``QLocale`` default)."""
    code = QLocale().name()[:2]
    return code if code in LANGUAGES else "es"


def money(value: Decimal, currency: str = "PEN") -> str:
    """An amount as the screens' language writes it: ``S/ 1,234.50``, or ``1 234,50 S/`` in French."""
    return Formats(language()).money(value, currency)


def amount(value: Decimal) -> str:
    """An amount without its currency, for table cells: ``1,234.50``, or ``1 234,50`` in French."""
    return Formats(language()).amount(value)


def plural(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both already translated, ``{n}`` standing for ``count``) as the language counts.

    Spanish and English say one thing in the singular; French says 0 and 1 in
    the singular: ``plural(n, self.tr("{n} devolución"), self.tr("{n} devoluciones"))``.
    """
    singular = count in (0, 1) if language() == "fr" else count == 1
    return (one if singular else many).replace("{n}", Formats(language()).number(count))


def makers_of(item: ItemInfo) -> str:
    """Who made an item, by first names joined the language's way: ``Rosa y Ana``, ``Rosa and Ana``, ``Rosa et Ana``.

    An item the center bought in says ``Mama Killa``.
    """
    names = [m.first_name for m in item.makers]
    if len(names) < 2:
        return "".join(names) or "Mama Killa"
    return tr("{names} y {last}").format(names=", ".join(names[:-1]), last=names[-1])
