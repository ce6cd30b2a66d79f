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
"""

from __future__ import annotations

import contextlib
import functools
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..domain.money import format_amount, format_money
from ..domain.words import amount_in_words
from .fonts import Fonts, register_fonts
from .receipt import wrap

PAPERS = ("A4", "A5")

METHOD_LABELS = {
    "cash": "Efectivo",
    "yape": "Yape",
    "plin": "Plin",
    "transfer": "Transferencia bancaria",
}

COPIES = ("EJEMPLAR PARA EL CENTRO", "EJEMPLAR PARA LA ARTESANA")
"""One page set per label: both are signed, one stays in the file, one goes home."""

INK = HexColor("#1A1A1A")
MUTED = HexColor("#555555")
RULE = HexColor("#999999")
SHADE = HexColor("#EFEFEF")
REVERSAL = HexColor("#8A1C1C")
WATERMARK = Color(0.55, 0.55, 0.55, alpha=0.18)


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

    ``total`` is what was paid: ``accrued − reversed``, the sum of the
    entries' shares. ``paid_by`` is the coordinator's name when known.
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


@dataclass(frozen=True)
class _Paper:
    size: tuple[float, float]
    margin: float
    top: float
    bottom: float
    body: float  # details and closing text
    table: float  # entries
    small: float  # column headings, footer
    title: float
    shop: float
    total: float
    gap: float  # between columns
    headings: tuple[str, ...]
    short_date: bool
    rate_on_two_lines: bool

    @property
    def width(self) -> float:
        return self.size[0] - 2 * self.margin

    @property
    def leading(self) -> float:
        return self.table * 1.22

    @property
    def padding(self) -> float:
        return self.table * 0.28


_PAPERS = {
    "A4": _Paper(
        A4, 16 * mm, 14 * mm, 12 * mm, 10.5, 10, 8.5, 17, 14, 15, 2.5 * mm,
        ("Fecha", "Nota", "Producto", "Cant.", "Venta\nneta", "%", "Participación"),
        short_date=False, rate_on_two_lines=False,
    ),
    "A5": _Paper(
        A5, 10 * mm, 9 * mm, 8 * mm, 9, 8.5, 7.5, 14, 12, 13, 2 * mm,
        ("Fecha", "Nota", "Producto", "Cant.", "Venta\nneta", "%", "Partici-\npación"),
        short_date=True, rate_on_two_lines=True,
    ),
}  # fmt: skip

_RIGHT = (False, False, False, True, True, True, True)
_PRODUCT = 2
_MIN_PRODUCT = 32 * mm


@functools.lru_cache(maxsize=8192)
def _width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


@functools.lru_cache(maxsize=4096)
def _wrapped(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    return tuple(wrap(text, font, size, width))


def _signed(value: Decimal) -> str:
    """``−25.50`` with a true minus sign, easy to see on paper."""
    text = format_amount(abs(value))
    return f"−{text}" if value < 0 else text


def _signed_money(value: Decimal) -> str:
    text = format_money(abs(value))
    return f"−{text}" if value < 0 else text


def _percent(rate: Decimal) -> str:
    return f"{(rate * 100).quantize(Decimal('0.01')).normalize():f} %".replace(".", ",")


def _product(entry: SlipEntry) -> str:
    if entry.is_reversal:
        source = f" (nota {entry.refund_of})" if entry.refund_of else ""
        return f"Devolución: {entry.product}{source}"
    return entry.product


def _cells(entry: SlipEntry, paper: _Paper) -> tuple[tuple[str, ...], ...]:
    """The lines of each cell of an entry's row, the product's not yet wrapped."""
    quantity = f"−{abs(entry.quantity)}" if entry.quantity < 0 else str(entry.quantity)
    rate = _percent(entry.rate)
    if entry.portion:
        rate = (rate, f"× {entry.portion}") if paper.rate_on_two_lines else (f"{rate} × {entry.portion}",)
    else:
        rate = (rate,)
    day = f"{entry.day:%d/%m/%y}" if paper.short_date else f"{entry.day:%d/%m/%Y}"
    return (
        (day,),
        (entry.receipt,),
        (_product(entry),),
        (quantity,),
        (_signed(entry.line_net),),
        rate,
        (_signed(entry.share),),
    )


def method_label(method: str, reference: str = "") -> str:
    """``Yape — operación 123456``, ``Efectivo``…"""
    label = METHOD_LABELS.get(method, method)
    return f"{label} — operación {reference.strip()}" if reference.strip() else label


@dataclass
class _Row:
    cells: tuple[tuple[str, ...], ...]
    reversal: bool
    height: float


@dataclass
class _Page:
    rows: list[_Row]
    first: bool
    closing: bool


class _Slip:
    """Measures, paginates and draws one slip; every copy reuses the same drawn pages."""

    def __init__(self, data: PayoutSlipData, paper: _Paper, fonts: Fonts) -> None:
        self.data = data
        self.paper = paper
        self.fonts = fonts
        cells = [_cells(e, paper) for e in data.entries]
        self.widths = self._column_widths(cells)
        self.xs = self._x_positions()
        self.rows = []
        for entry, row in zip(data.entries, cells, strict=True):
            product = _wrapped(row[_PRODUCT][0], fonts.regular, paper.table, self.widths[_PRODUCT])
            row = (*row[:_PRODUCT], product, *row[_PRODUCT + 1 :])
            lines = max(len(cell) for cell in row)
            self.rows.append(_Row(row, entry.is_reversal, lines * paper.leading + 2 * paper.padding))
        self.words = amount_in_words(data.total)
        # The shop's name and address wrap beside the title, never under it.
        beside = paper.width - _width("CONSTANCIA DE PAGO", fonts.bold, paper.title) - 6 * mm
        self.shop_lines = wrap(data.shop_name, fonts.bold, paper.shop, beside)
        info = [data.shop_address, f"RUC {data.shop_ruc}" if data.shop_ruc else ""]
        self.shop_info = [line for text in info if text for line in wrap(text, fonts.regular, paper.small, beside)]
        self.statement = wrap(
            f"Recibí conforme de {data.shop_name} la suma de {format_money(data.total)} "
            f"por mi participación en las ventas de los productos que elaboré, "
            "según el detalle de esta constancia.",
            fonts.regular,
            paper.body,
            paper.width,
        )

    # -- measuring ---------------------------------------------------------------------

    def _column_widths(self, cells: Sequence[tuple[tuple[str, ...], ...]]) -> list[float]:
        paper, fonts = self.paper, self.fonts
        widths = [max(_width(h, fonts.bold, paper.small) for h in heading.split("\n")) for heading in paper.headings]
        for row in cells:
            for i, cell in enumerate(row):
                if i != _PRODUCT:
                    for text in cell:
                        widths[i] = max(widths[i], _width(text, fonts.regular, paper.table))
        gaps = paper.gap * (len(widths) - 1)
        fixed = sum(w for i, w in enumerate(widths) if i != _PRODUCT)
        widths[_PRODUCT] = paper.width - fixed - gaps
        if widths[_PRODUCT] < _MIN_PRODUCT:
            # Odd, very long receipt numbers: the product keeps its room, the number wraps.
            widths[_PRODUCT] = _MIN_PRODUCT
            widths[1] = max(paper.width - gaps - _MIN_PRODUCT - (fixed - widths[1]), 10 * mm)
        return widths

    def _x_positions(self) -> list[float]:
        xs, x = [], self.paper.margin
        for width in self.widths:
            xs.append(x)
            x += width + self.paper.gap
        return xs

    def _details(self) -> list[tuple[str, str]]:
        data = self.data
        period_from = data.period_from or data.cutoff
        method = method_label(data.method, data.reference)
        if data.method == "cash" and data.till:
            method = f"Efectivo, de la caja {data.till}"
        return [
            ("Artesana", data.maker),
            ("DNI", data.maker_dni),
            ("Periodo", f"del {period_from:%d/%m/%Y} al {data.cutoff:%d/%m/%Y}"),
            ("Fecha de pago", f"{data.paid_at:%d/%m/%Y %H:%M}"),
            ("Forma de pago", method),
        ]

    @property
    def _detail_step(self) -> float:
        return self.paper.body * 1.6

    @property
    def _label_height(self) -> float:
        return self.paper.small * 2

    def _top_block_height(self) -> float:
        """Shop on the left, title, number and the copy's label on the right."""
        paper = self.paper
        right = paper.title + paper.shop * 1.5 + 2.5 * mm + self._label_height
        left = len(self.shop_lines) * paper.shop * 1.25 + paper.shop * 0.2 + len(self.shop_info) * paper.small * 1.35
        return max(left, right) + 3 * mm

    def _first_header_height(self) -> float:
        return self._top_block_height() + 1 * mm + len(self._details()) * self._detail_step + 2 * mm + 3 * mm

    def _next_header_height(self) -> float:
        return self.paper.body * 1.3 + self.paper.small * 1.5 + 4 * mm

    def _table_head_height(self) -> float:
        lines = max(len(h.split("\n")) for h in self.paper.headings)
        return lines * self.paper.small * 1.2 + 2 * self.paper.padding + 1

    def _closing_height(self) -> float:
        paper = self.paper
        totals = 2 * mm + 2 * paper.body * 1.5 + paper.body * 0.9 + paper.total * 1.4 + 4 * mm
        words = self._words_box() + 4 * mm
        statement = len(self.statement) * paper.body * 1.3
        signatures = 22 * mm + paper.body * 4.2
        return totals + words + statement + signatures

    def _words_box(self) -> float:
        return self.paper.body * 1.3 + 4 * mm

    def paginate(self) -> list[_Page]:
        paper = self.paper
        usable = paper.size[1] - paper.top - paper.bottom - paper.small * 2.5
        pages: list[_Page] = []
        page = _Page([], True, False)
        room = usable - self._first_header_height() - self._table_head_height()
        if not self.rows:
            room -= paper.body * 2
        for row in self.rows:
            if row.height > room and page.rows:
                pages.append(page)
                page = _Page([], False, False)
                room = usable - self._next_header_height() - self._table_head_height()
            page.rows.append(row)
            room -= row.height
        if room < self._closing_height():
            pages.append(page)
            page = _Page([], False, False)
        page.closing = True
        pages.append(page)
        return pages

    # -- drawing what every copy shares -------------------------------------------------------

    def draw_body(self, c: Canvas, page: _Page) -> None:
        """Everything on a page but the copy's label and the footer."""
        y = self.paper.size[1] - self.paper.top
        y = self._draw_first_header(c, y) if page.first else self._draw_next_header(c, y)
        if page.rows or (page.first and not self.rows):
            y = self._draw_table(c, y, page.rows)
        if page.closing:
            self._draw_closing(c, y)

    def _draw_first_header(self, c: Canvas, y: float) -> float:
        paper, fonts, data = self.paper, self.fonts, self.data
        left, right = paper.margin, paper.size[0] - paper.margin
        c.setFillColor(INK)
        c.setFont(fonts.bold, paper.shop)
        line_y = y
        for line in self.shop_lines:
            line_y -= paper.shop * 1.25
            c.drawString(left, line_y + paper.shop * 0.25, line)
        c.setFont(fonts.regular, paper.small)
        c.setFillColor(MUTED)
        line_y -= paper.shop * 0.2
        for line in self.shop_info:
            line_y -= paper.small * 1.35
            c.drawString(left, line_y + paper.small * 0.35, line)

        c.setFillColor(INK)
        c.setFont(fonts.bold, paper.title)
        c.drawRightString(right, y - paper.title, "CONSTANCIA DE PAGO")
        c.setFont(fonts.bold, paper.shop)
        c.drawRightString(right, y - paper.title - paper.shop * 1.5, f"N.º {data.number}")
        y -= self._top_block_height()

        c.setStrokeColor(INK)
        c.setLineWidth(1)
        c.line(left, y, right, y)
        y -= 1 * mm
        captions = self._details()
        caption_width = max(_width(k + ":", fonts.regular, paper.body) for k, _ in captions) + 3 * mm
        for key, value in captions:
            y -= self._detail_step
            baseline = y + paper.body * 0.4
            c.setFillColor(MUTED)
            c.setFont(fonts.regular, paper.body)
            c.drawString(left, baseline, key + ":")
            c.setFillColor(INK)
            if not value:  # no DNI on file: a blank to write it by hand
                c.setStrokeColor(INK)
                c.setLineWidth(0.6)
                c.line(left + caption_width, baseline - 1, left + caption_width + 40 * mm, baseline - 1)
                continue
            c.setFont(fonts.bold, paper.body * (1.2 if key == "Artesana" else 1))
            c.drawString(left + caption_width, baseline, value)
        y -= 2 * mm
        c.setStrokeColor(INK)
        c.setLineWidth(1)
        c.line(left, y, right, y)
        return y - 3 * mm

    def _draw_next_header(self, c: Canvas, y: float) -> float:
        paper, fonts, data = self.paper, self.fonts, self.data
        left, right = paper.margin, paper.size[0] - paper.margin
        c.setFillColor(INK)
        c.setFont(fonts.bold, paper.body)
        c.drawString(left, y - paper.body, f"Constancia de pago N.º {data.number} — {data.maker}")
        y -= paper.body * 1.3 + paper.small * 1.5 + 1.5 * mm
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(left, y, right, y)
        return y - 2.5 * mm

    def _draw_table(self, c: Canvas, y: float, rows: Sequence[_Row]) -> float:
        paper, fonts = self.paper, self.fonts
        left, right = paper.margin, paper.size[0] - paper.margin
        xs, widths = self.xs, self.widths
        head = self._table_head_height()
        c.setFillColor(SHADE)
        c.rect(left, y - head, paper.width, head, stroke=0, fill=1)
        text = c.beginText()
        text.setFont(fonts.bold, paper.small)
        text.setFillColor(INK)
        for i, heading in enumerate(paper.headings):
            for n, line in enumerate(heading.split("\n")):
                baseline = y - paper.padding - paper.small - n * paper.small * 1.2
                x = xs[i] + widths[i] - _width(line, fonts.bold, paper.small) if _RIGHT[i] else xs[i]
                text.setTextOrigin(x, baseline)
                text.textLine(line)
        c.drawText(text)
        y -= head
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.line(left, y, right, y)
        if not self.rows:
            c.setFont(fonts.regular, paper.body)
            c.setFillColor(MUTED)
            c.drawString(left, y - paper.body * 1.5, "Sin movimientos.")
            return y - paper.body * 2

        # One text object for all the rows' text, and one path for the rules between them.
        text = c.beginText()
        text.setFont(fonts.regular, paper.table)
        colour = INK
        text.setFillColor(colour)
        rules = c.beginPath()
        for row in rows:
            wanted = REVERSAL if row.reversal else INK
            if wanted is not colour:
                colour = wanted
                text.setFillColor(colour)
            top = y - paper.padding - paper.table
            for i, cell in enumerate(row.cells):
                for n, line in enumerate(cell):
                    x = xs[i] + widths[i] - _width(line, fonts.regular, paper.table) if _RIGHT[i] else xs[i]
                    text.setTextOrigin(x, top - n * paper.leading)
                    text.textLine(line)
            y -= row.height
            rules.moveTo(left, y)
            rules.lineTo(right, y)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.3)
        c.drawPath(rules, stroke=1, fill=0)
        c.drawText(text)
        return y

    def _draw_closing(self, c: Canvas, y: float) -> None:
        paper, fonts, data = self.paper, self.fonts, self.data
        left, right = paper.margin, paper.size[0] - paper.margin
        label_x = right - min(85 * mm, paper.width * 0.6)
        y -= 2 * mm
        count = len(data.entries)
        c.setFont(fonts.regular, paper.body)
        c.setFillColor(MUTED)
        c.drawString(left, y - paper.body, f"{count} {'movimiento' if count == 1 else 'movimientos'}")
        c.setFillColor(INK)
        for caption, value in (
            ("Participaciones", _signed_money(data.accrued)),
            ("Devoluciones", _signed_money(-data.reversed)),
        ):
            y -= paper.body * 1.5
            c.drawString(label_x, y + paper.body * 0.5, caption)
            c.drawRightString(right, y + paper.body * 0.5, value)
        y -= paper.body * 0.9
        c.setStrokeColor(INK)
        c.setLineWidth(1)
        c.line(label_x, y, right, y)
        y -= paper.total * 1.4
        c.setFont(fonts.bold, paper.total)
        c.drawString(label_x, y + paper.total * 0.3, "TOTAL PAGADO")
        c.drawRightString(right, y + paper.total * 0.3, _signed_money(data.total))
        y -= 4 * mm

        # The amount in words, boxed, so that nothing can be written before or after it.
        box = self._words_box()
        y -= box
        c.setLineWidth(0.8)
        c.rect(left, y, paper.width, box, stroke=1, fill=0)
        caption = "Son: "
        c.setFont(fonts.regular, paper.body)
        middle = y + box / 2 - paper.body * 0.35
        c.drawString(left + 2 * mm, middle, caption)
        start = left + 2 * mm + _width(caption, fonts.regular, paper.body)
        size = paper.body * 1.1
        while _width(self.words, fonts.bold, size) > right - 2 * mm - start and size > 5:
            size -= 0.25
        c.setFont(fonts.bold, size)
        c.drawString(start, middle, self.words)
        y -= 4 * mm

        c.setFont(fonts.regular, paper.body)
        for line in self.statement:
            y -= paper.body * 1.3
            c.drawString(left, y + paper.body * 0.3, line)

        # Two signature lines, with room above them to sign.
        y -= 22 * mm
        width = (paper.width - 16 * mm) / 2
        for x, role, name, extra in (
            (left, "Artesana", data.maker, f"DNI {data.maker_dni}" if data.maker_dni else "DNI: ____________"),
            (right - width, "Coordinadora", data.paid_by, ""),
        ):
            c.setStrokeColor(INK)
            c.setLineWidth(0.8)
            c.line(x, y, x + width, y)
            c.setFont(fonts.bold, paper.body)
            c.drawCentredString(x + width / 2, y - paper.body * 1.4, role)
            c.setFont(fonts.regular, paper.body)
            if name:
                c.drawCentredString(x + width / 2, y - paper.body * 2.8, name)
            if extra:
                c.drawCentredString(x + width / 2, y - paper.body * 4.1, extra)

    # -- drawing what differs between the copies -------------------------------------------

    def draw_copy_marks(self, c: Canvas, page: _Page, number: int, pages: int, label: str) -> None:
        """The copy's label (first page), the footer, and COPIA across a reprint."""
        paper, fonts, data = self.paper, self.fonts, self.data
        right = paper.size[0] - paper.margin
        if data.copy:
            self._draw_watermark(c)
        if page.first:
            text = f"COPIA — {label}" if data.copy else label
            size = paper.small + 0.5
            width = _width(text, fonts.bold, size) + 5 * mm
            top = paper.size[1] - paper.top - paper.title - paper.shop * 1.5 - 2.5 * mm
            c.setLineWidth(1)
            c.setStrokeColor(INK)
            c.setFillColor(SHADE)
            c.roundRect(right - width, top - self._label_height, width, self._label_height, 1.5 * mm, 1, 1)
            c.setFillColor(INK)
            c.setFont(fonts.bold, size)
            c.drawCentredString(right - width / 2, top - self._label_height / 2 - size * 0.35, text)
        else:
            c.setFillColor(MUTED)
            c.setFont(fonts.regular, paper.small)
            y = paper.size[1] - paper.top - paper.body * 1.3 - paper.small * 1.2
            c.drawString(paper.margin, y, f"{label.capitalize()} · continuación")
        c.setFillColor(MUTED)
        c.setFont(fonts.regular, paper.small)
        c.drawString(paper.margin, paper.bottom, f"Constancia N.º {data.number} · {label.capitalize()}")
        c.drawRightString(right, paper.bottom, f"Página {number} de {pages}")
        if data.copy:
            when = f" el {data.printed_at:%d/%m/%Y %H:%M}" if data.printed_at else ""
            c.setFont(fonts.bold, paper.small)
            c.drawString(paper.margin, paper.bottom + paper.small * 1.3, f"COPIA impresa{when}")

    def _draw_watermark(self, c: Canvas) -> None:
        width, height = self.paper.size
        c.saveState()
        c.setFillColor(WATERMARK)
        c.setFont(self.fonts.bold, width / 4.2)
        c.translate(width / 2, height / 2)
        c.rotate(35)
        c.drawCentredString(0, -width / 12, "COPIA")
        c.restoreState()


def build_payout_slip(data: PayoutSlipData, paper: str = "A4") -> bytes:
    """Build the payout slip: one set of pages for each label in ``data.copies``.

    Args:
        data: what the slip shows.
        paper: ``"A4"`` or ``"A5"``.

    Raises:
        ValueError: unknown paper, or no copy to print.
    """
    if paper not in _PAPERS:
        raise ValueError(f"papel desconocido para la constancia: {paper}")
    if not data.copies:
        raise ValueError("la constancia necesita al menos un ejemplar")
    with _plain_flate():
        return _build(data, _PAPERS[paper])


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


def _build(data: PayoutSlipData, paper: _Paper) -> bytes:
    fonts = register_fonts()
    slip = _Slip(data, paper, fonts)
    pages = slip.paginate()
    out = io.BytesIO()
    c = Canvas(out, pagesize=paper.size, pageCompression=1)
    kind = "Copia de constancia de pago" if data.copy else "Constancia de pago"
    c.setTitle(f"{kind} {data.number} — {data.maker}")
    c.setAuthor(data.shop_name)
    c.setCreator("Mama Killa POS")
    # Each page is drawn once as a form; every copy shows the same forms with its own marks.
    for index, page in enumerate(pages):
        c.beginForm(f"slip{index}")
        slip.draw_body(c, page)
        c.endForm()
    for label in data.copies:
        for index, page in enumerate(pages):
            c.doForm(f"slip{index}")
            slip.draw_copy_marks(c, page, index + 1, len(pages), label)
            c.showPage()
    c.save()
    return out.getvalue()
