"""The Z report (cierre de caja) and the X report of an open till, as PDF (DESIGN.md §6).

Drawn like the receipt: laid out first into blocks of known height
(:mod:`.z_sections`), then painted, so an 80 mm roll gets one page exactly as
tall as the report and A4 gets as many pages as needed, with tables that
continue on a new page under their heading again and totals, signatures
and a drawer's difference kept with what they close. Plain data in, PDF
bytes out.

Printed in Spanish (the program's own), English or French: every printed
word comes from :data:`~.z_texts.TEXTS`; money, numbers and dates are written
as the language writes them, negatives with a true minus sign.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from ..domain.language import LANGUAGES, TRUE_MINUS, Formats
from ..domain.money import ZERO
from ..domain.payments import MethodTotals
from ..domain.shares import MakerTotals
from .layout import A4, PAPER_SIZES, PAPERS, pages_of, show
from .roll_text import RollText
from .z_texts import TEXTS


@dataclass(frozen=True)
class ZOperation:
    """A Yape, Plin, card or transfer payment with its operation number."""

    method: str
    number: str
    reference: str
    amount: Decimal
    refund: bool = False


@dataclass(frozen=True)
class ZDrawer:
    """One currency's drawer: how the expected cash is made up, and the count.

    expected = opening_float + sales − change − refunds + cash_in − cash_out − payouts
    (``payouts``: makers paid in cash against their slips). ``counted`` and
    ``difference`` are ``None`` on an X report (not counted yet).
    """

    currency: str
    opening_float: Decimal
    sales: Decimal
    change: Decimal
    refunds: Decimal
    cash_in: Decimal
    cash_out: Decimal
    expected: Decimal
    counted: Decimal | None = None
    difference: Decimal | None = None
    payouts: Decimal = ZERO
    advances: Decimal = ZERO  # advances on custom orders, less those given back (DESIGN.md §10)
    partner_payments: Decimal = ZERO  # cash partner shops paid for what they sold (DESIGN.md §10)


@dataclass(frozen=True)
class ZCount:
    """Pieces of one denomination at opening and at closing."""

    currency: str
    denomination: Decimal
    opening: int
    closing: int | None


@dataclass(frozen=True)
class ZMovement:
    """Cash put in (``in``) or taken out (``out``) of the drawer; ``payout`` when it paid a maker her slip."""

    at: datetime
    direction: str
    currency: str
    amount: Decimal
    reason: str
    user: str = ""
    payout: bool = False


@dataclass(frozen=True)
class ZAdvance:
    """Advances (señas) on custom orders taken with one method in the session, and those given back, in soles."""

    method: str
    count: int
    taken: Decimal
    returned: Decimal = ZERO


@dataclass(frozen=True)
class ZPartnerPaid:
    """Payments of partner shops with one method in the session, in soles: not sales (DESIGN.md §10)."""

    method: str
    count: int
    amount: Decimal


@dataclass(frozen=True)
class ZReportData:
    """Everything printed on a Z report (or an X report when ``closed_at`` is ``None``).

    Amounts are in soles unless a currency says otherwise. ``rounding`` is the
    cash rounding given to customers (less what refunds kept). ``till`` is the
    till's code (``B001``), ``session_ref`` the short id of the cash session.
    """

    shop_name: str
    shop_address: str
    till: str
    location: str
    opened_at: datetime
    opened_by: str
    closed_at: datetime | None
    closed_by: str
    printed_at: datetime
    sales: int
    refunds: int
    gross: Decimal
    discounts: Decimal
    sales_total: Decimal
    refunds_total: Decimal
    rounding: Decimal
    methods: tuple[MethodTotals, ...]
    operations: tuple[ZOperation, ...]
    drawers: tuple[ZDrawer, ...]
    counts: tuple[ZCount, ...]
    movements: tuple[ZMovement, ...]
    makers: tuple[MakerTotals, ...]
    note: str = ""
    journal_hash: str = ""
    session_ref: str = ""
    shop_ruc: str = ""
    advances: tuple[ZAdvance, ...] = ()
    partner_payments: tuple[ZPartnerPaid, ...] = ()

    @property
    def final(self) -> bool:
        """A Z report (the session is closed), not an X report."""
        return self.closed_at is not None

    @property
    def net(self) -> Decimal:
        return self.sales_total - self.refunds_total


class Words(Formats):
    """One language's words (:data:`TEXTS`) and its way of writing numbers, money and dates."""

    def __init__(self, language: str) -> None:
        super().__init__(language, TRUE_MINUS)
        self.texts = TEXTS[self.language]

    def __getitem__(self, key: str) -> str:
        return self.texts[key]

    def currency(self, currency: str) -> str:
        """The currency's name as a table title: ``Soles``, ``Dólares``."""
        return self.texts.get(f"currency_{currency}", currency)

    def denomination(self, value: Decimal, currency: str) -> str:
        """A coin or note: ``S/ 20``, ``S/ 0.50``; ``20 S/``, ``0,50 S/`` in French."""
        return self.money(value, currency, places=2 if value < 1 else 0)


def build_z_report(data: ZReportData, paper: str = "80mm", language: str = "es") -> bytes:
    """Build the Z report (or the X report of an open session) as PDF bytes.

    Args:
        data: what to print.
        paper: ``"80mm"`` or ``"58mm"`` roll (one page as tall as the
            content), or ``"A4"``.
        language: ``"es"`` (the default), ``"en"`` or ``"fr"``: the words,
            and how money, numbers and dates are written.

    Raises:
        ValueError: unknown paper or language.
    """
    from reportlab.pdfgen.canvas import Canvas

    from .z_sections import lay_out

    if paper not in PAPER_SIZES:
        raise ValueError(f"papel desconocido: {paper!r} (use {', '.join(PAPERS)})")
    words = Words(language)
    size = PAPER_SIZES[paper]
    lay = lay_out(data, size, words)
    if size.roll:
        page_size = (size.width, size.top + size.bottom + sum(b.height for b in lay.blocks))
        pages = [lay.blocks]
    else:
        page_size = A4
        pages = pages_of(lay, A4[1] - size.top - size.bottom)

    title = words["doc_z" if data.final else "doc_x"]
    when = data.closed_at or data.printed_at
    out = io.BytesIO()
    # Started in DejaVu: ReportLab's default Helvetica would be listed, never used nor embedded.
    c = Canvas(out, pagesize=page_size, pageCompression=0, initialFontName=lay.regular.name)
    c.setTitle(f"{title} {data.till} {words.moment(when)}")
    c.setAuthor(data.shop_name)
    c.setCreator("Mama Killa POS")
    for number, blocks in enumerate(pages, start=1):
        top = page_size[1] - size.top
        for block in blocks:
            block.draw(c, top)
            top -= block.height
        if len(pages) > 1:
            footer = words["page"].format(
                title=title, till=data.till, day=words.day(when.date()), page=number, pages=len(pages)
            )
            show(c, lay.regular, size.small, page_size[0] - size.margin, size.bottom - size.small, footer, "right")
        c.showPage()
    c.save()
    return out.getvalue()


def build_z_report_text(data: ZReportData, columns: int = 48, language: str = "es") -> RollText:
    """The same Z (or X) report as lines of ``columns`` characters, for a thermal printer.

    Raises:
        ValueError: unknown width or language.
    """
    from .roll_text import TextLayout
    from .z_sections import lay_out_into

    words = Words(language)
    lay = TextLayout.for_columns(columns)
    lay_out_into(lay, data, words, "")  # type: ignore[arg-type]
    return lay.result()


__all__ = [
    "LANGUAGES",
    "PAPERS",
    "TEXTS",
    "Words",
    "ZAdvance",
    "ZCount",
    "ZDrawer",
    "ZMovement",
    "ZOperation",
    "ZReportData",
    "build_z_report",
    "build_z_report_text",
]
