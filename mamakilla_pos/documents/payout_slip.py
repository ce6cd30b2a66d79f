"""The payout slip (constancia de pago) that a maker signs, as PDF (DESIGN.md §6).

A4 or A5. The slip is printed in two copies, one page set each: one stays
with the center, one goes home with the maker; both are signed. Each copy
shows the number, the maker and her DNI (or a blank to write it in), the
period, every share entry settled (refunds as negative lines), the total in
figures and in words, the method and its reference, and the two signature
lines. A reprint carries COPIA on every page.

Drawn straight on a canvas: rows are measured and split into pages first,
then drawn, so a slip of thousands of entries still builds in well under a
second.

Printed in Spanish (the program's own), English or French: every printed
word comes from :data:`TEXTS`, the amount in words from
:func:`~mamakilla_pos.domain.words.amount_in_words`; money, numbers and dates
are written as the language writes them
(:class:`~mamakilla_pos.domain.language.Formats`).
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from ..domain.language import LANGUAGES, Formats
from .fonts import register_fonts
from .payout_slip_pages import PAPER_SIZES, Paper, Slip
from .payout_slip_texts import METHOD_LABELS, TEXTS

PAPERS = ("A4", "A5")

COPIES = (TEXTS["es"]["copy_centre"], TEXTS["es"]["copy_maker"])
"""One page set per label: both are signed, one stays in the file, one goes home.

These are the default labels; a slip printed in English or French with
them gets the same two labels in its own language.
"""


@dataclass(frozen=True)
class SlipEntry:
    """One settled share entry as printed; for a refund every amount is negative.

    Attributes:
        day: when the sale (or the refund) was made.
        receipt: the sale's number, or the refund's.
        product: the product name as sold.
        quantity: units sold, negative for units returned.
        line_net: the line's net amount (or what was refunded, negative).
        rate: the share rate copied on the line (``Decimal("0.45")``).
        portion: ``"2/3"`` when the line's share was split among makers, else ``""``.
        share: what this entry gives the maker (negative for a refund).
        refund_of: for a refund, the number of the sale it returned.
    """

    day: date
    receipt: str
    product: str
    quantity: int
    line_net: Decimal
    rate: Decimal
    portion: str
    share: Decimal
    refund_of: str = ""

    @property
    def is_reversal(self) -> bool:
        return self.share < 0 or bool(self.refund_of)


@dataclass(frozen=True)
class PayoutSlipData:
    """Everything printed on a payout slip; amounts in soles.

    ``total`` is what was paid: ``accrued − reversed + carried_in − kept``,
    where ``kept`` are the céntimos a cash payout could not pay in coins
    (they stay in her balance) and ``carried_in`` those her previous cash
    payout left. ``paid_by`` is the coordinator's name when known.
    """

    shop_name: str
    shop_address: str
    shop_ruc: str
    number: str
    paid_at: datetime
    maker: str
    maker_dni: str
    period_from: date | None
    cutoff: date
    entries: tuple[SlipEntry, ...]
    accrued: Decimal
    reversed: Decimal
    total: Decimal
    method: str
    reference: str = ""
    paid_by: str = ""
    till: str = ""
    copy: bool = False
    printed_at: datetime | None = None
    copies: tuple[str, ...] = field(default=COPIES)
    carried_in: Decimal = Decimal("0.00")
    kept: Decimal = Decimal("0.00")


# How a share rate is written: decimal mark and what follows the figure ("12,5 %", "12.5%").
_PERCENT = {"es": (",", " %"), "en": (".", "%"), "fr": (",", "\u00a0%")}


class Words(Formats):
    """One language's words (:data:`TEXTS`) and its way of writing numbers, money and dates."""

    def __init__(self, language: str) -> None:
        super().__init__(language)
        self.texts = TEXTS[self.language]

    def __getitem__(self, key: str) -> str:
        return self.texts[key]

    def signed(self, value: Decimal) -> str:
        """``−25.50`` with a true minus sign, easy to see on paper."""
        text = self.amount(abs(value))
        return f"−{text}" if value < 0 else text

    def signed_money(self, value: Decimal) -> str:
        text = self.money(abs(value))
        return f"−{text}" if value < 0 else text

    def rate(self, rate: Decimal) -> str:
        """A share rate: ``45 %``, ``12,5 %`` (es); ``12.5%`` (en); ``12,5 %`` (fr)."""
        mark, suffix = _PERCENT[self.language]
        return f"{(rate * 100).quantize(Decimal('0.01')).normalize():f}".replace(".", mark) + suffix

    def payment(self, method: str) -> str:
        """The method's name: the slip's own Spanish names, else :meth:`Formats.method`."""
        return METHOD_LABELS.get(method, method) if self.language == "es" else self.method(method)

    def payment_with(self, method: str, reference: str = "") -> str:
        """The method's name with its operation number, when it has one: ``Yape — operación 123456``."""
        label = self.payment(method)
        if reference.strip():
            return self["with_operation"].format(method=label, reference=reference.strip())
        return label


def method_label(method: str, reference: str = "", language: str = "es") -> str:
    """``Yape — operación 123456``, ``Efectivo``… (``Yape — operation 123456`` in English)."""
    return Words(language).payment_with(method, reference)


def build_payout_slip(data: PayoutSlipData, paper: str = "A4", language: str = "es") -> bytes:
    """Build the payout slip: one set of pages for each label in ``data.copies``.

    Args:
        data: what the slip shows.
        paper: ``"A4"`` or ``"A5"``.
        language: ``"es"`` (the default), ``"en"`` or ``"fr"``: the words, the
            amount in words, and how money and dates are written. The default
            copy labels (:data:`COPIES`) are printed in that language too.

    Raises:
        ValueError: unknown paper or language, or no copy to print.
    """
    if paper not in PAPER_SIZES:
        raise ValueError(f"papel desconocido para la constancia: {paper}")
    if not data.copies:
        raise ValueError("la constancia necesita al menos un ejemplar")
    words = Words(language)
    with _plain_flate():
        return _build(data, PAPER_SIZES[paper], words)


@contextlib.contextmanager
def _plain_flate() -> Iterator[None]:
    """Compress page streams without also ASCII85-encoding them.

    ReportLab's pure-Python ASCII85 encoder took a third of the time of a
    slip of thousands of entries, for a bigger file. The switch is global in
    ReportLab, so it is restored at once.
    """
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def _build(data: PayoutSlipData, paper: Paper, words: Words) -> bytes:
    fonts = register_fonts()
    slip = Slip(data, paper, fonts, words)
    pages = slip.paginate()
    out = io.BytesIO()
    c = Canvas(out, pagesize=paper.size, pageCompression=1, initialFontName=fonts.regular)  # no Helvetica listed
    kind = words["doc_copy" if data.copy else "doc"]
    c.setTitle(f"{kind} {data.number} — {data.maker}")
    c.setAuthor(data.shop_name)
    c.setCreator("Mama Killa POS")
    # Each page is drawn once as a form; every copy shows the same forms with its own marks.
    for index, page in enumerate(pages):
        c.beginForm(f"slip{index}")
        slip.draw_body(c, page)
        c.endForm()
    labels = (words["copy_centre"], words["copy_maker"]) if data.copies == COPIES else data.copies
    for label in labels:
        for index, page in enumerate(pages):
            c.doForm(f"slip{index}")
            slip.draw_copy_marks(c, page, index + 1, len(pages), label)
            c.showPage()
    c.save()
    return out.getvalue()


__all__ = [
    "COPIES",
    "LANGUAGES",
    "METHOD_LABELS",
    "PAPERS",
    "TEXTS",
    "PayoutSlipData",
    "SlipEntry",
    "Words",
    "build_payout_slip",
    "method_label",
]
