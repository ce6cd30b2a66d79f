"""A payout slip measured, split into pages and drawn, for :func:`.payout_slip.build_payout_slip`.

Each entry's row is measured first (the product's name wraps inside its
column); the rows are cut into pages under the slip's heading and the
table's, and the closing (totals, the amount in words, the statement and
the signatures) goes after the last row, on a page of its own when the rows
leave no room. Each page is drawn once; every copy shows it with its own
marks: its label, the footer, and COPIA across a reprint.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..domain.words import amount_in_words
from .fonts import Fonts
from .receipt import wrap

if TYPE_CHECKING:
    from .payout_slip import PayoutSlipData, SlipEntry, Words

INK = HexColor("#1A1A1A")
MUTED = HexColor("#555555")
RULE = HexColor("#999999")
SHADE = HexColor("#EFEFEF")
REVERSAL = HexColor("#8A1C1C")
WATERMARK = Color(0.55, 0.55, 0.55, alpha=0.18)


@dataclass(frozen=True)
class Paper:
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
    narrow: bool  # the share's heading on two lines, short dates
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


PAPER_SIZES = {
    "A4": Paper(
        A4, 16 * mm, 14 * mm, 12 * mm, 10.5, 10, 8.5, 17, 14, 15, 2.5 * mm,
        narrow=False, rate_on_two_lines=False,
    ),
    "A5": Paper(
        A5, 10 * mm, 9 * mm, 8 * mm, 9, 8.5, 7.5, 14, 12, 13, 2 * mm,
        narrow=True, rate_on_two_lines=True,
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


def _product(entry: SlipEntry, words: Words) -> str:
    if entry.is_reversal:
        source = words["refund_of"].format(receipt=entry.refund_of) if entry.refund_of else ""
        return words["refund"].format(product=entry.product) + source
    return entry.product


def _cells(entry: SlipEntry, paper: Paper, words: Words) -> tuple[tuple[str, ...], ...]:
    """The lines of each cell of an entry's row, the product's not yet wrapped."""
    quantity = f"−{abs(entry.quantity)}" if entry.quantity < 0 else str(entry.quantity)
    percent = words.rate(entry.rate)
    rate: tuple[str, ...] = (percent,)
    if entry.portion:
        rate = (percent, f"× {entry.portion}") if paper.rate_on_two_lines else (f"{percent} × {entry.portion}",)
    day = words.short_day(entry.day) if paper.narrow else words.day(entry.day)
    return (
        (day,),
        (entry.receipt,),
        (_product(entry, words),),
        (quantity,),
        (words.signed(entry.line_net),),
        rate,
        (words.signed(entry.share),),
    )


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


class Slip:
    """Measures, paginates and draws one slip; every copy reuses the same drawn pages."""

    def __init__(self, data: PayoutSlipData, paper: Paper, fonts: Fonts, words: Words) -> None:
        self.data = data
        self.paper = paper
        self.fonts = fonts
        self.words = words
        w = words
        share = w["col_share_narrow" if paper.narrow else "col_share"]
        self.headings = (
            *(w[k] for k in ("col_date", "col_receipt", "col_product", "col_quantity", "col_net", "col_rate")),
            share,
        )
        cells = [_cells(e, paper, words) for e in data.entries]
        self.widths = self._column_widths(cells)
        self.xs = self._x_positions()
        self.rows = []
        for entry, row in zip(data.entries, cells, strict=True):
            product = _wrapped(row[_PRODUCT][0], fonts.regular, paper.table, self.widths[_PRODUCT])
            row = (*row[:_PRODUCT], product, *row[_PRODUCT + 1 :])
            lines = max(len(cell) for cell in row)
            self.rows.append(_Row(row, entry.is_reversal, lines * paper.leading + 2 * paper.padding))
        self.in_words = amount_in_words(data.total, w["currency_words"], w.language)
        # The shop's name and address wrap beside the title, never under it.
        beside = paper.width - _width(w["title"], fonts.bold, paper.title) - 6 * mm
        self.shop_lines = wrap(data.shop_name, fonts.bold, paper.shop, beside)
        info = [data.shop_address, w["ruc"].format(ruc=data.shop_ruc) if data.shop_ruc else ""]
        self.shop_info = [line for text in info if text for line in wrap(text, fonts.regular, paper.small, beside)]
        statement = w["statement"].format(shop=data.shop_name, amount=w.money(data.total))
        if data.kept:
            statement += " " + w["kept_note"].format(amount=w.money(data.kept))
        self.statement = wrap(statement, fonts.regular, paper.body, paper.width)
        self.totals = [(w["accrued"], data.accrued), (w["reversed"], -data.reversed)]
        if data.carried_in:
            self.totals.append((w["carried_in"], data.carried_in))
        if data.kept:
            self.totals.append((w["kept"], -data.kept))

    # -- measuring ---------------------------------------------------------------------

    def _column_widths(self, cells: Sequence[tuple[tuple[str, ...], ...]]) -> list[float]:
        paper, fonts = self.paper, self.fonts
        widths = [max(_width(h, fonts.bold, paper.small) for h in heading.split("\n")) for heading in self.headings]
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
        """Caption (with its colon) and value of each line under the title; the maker's first."""
        data, w = self.data, self.words
        period_from = data.period_from or data.cutoff
        method = w.payment_with(data.method, data.reference)
        if data.method == "cash" and data.till:
            method = w["cash_from_till"].format(till=data.till)
        return [
            (w["maker_caption"], data.maker),
            (w["dni_caption"], data.maker_dni),
            (w["period_caption"], w["period"].format(start=w.day(period_from), end=w.day(data.cutoff))),
            (w["paid_at_caption"], w.moment(data.paid_at)),
            (w["method_caption"], method),
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
        lines = max(len(h.split("\n")) for h in self.headings)
        return lines * self.paper.small * 1.2 + 2 * self.paper.padding + 1

    def _closing_height(self) -> float:
        paper = self.paper
        totals = 2 * mm + len(self.totals) * paper.body * 1.5 + paper.body * 0.9 + paper.total * 1.4 + 4 * mm
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
        c.drawRightString(right, y - paper.title, self.words["title"])
        c.setFont(fonts.bold, paper.shop)
        c.drawRightString(right, y - paper.title - paper.shop * 1.5, self.words["number"].format(number=data.number))
        y -= self._top_block_height()

        c.setStrokeColor(INK)
        c.setLineWidth(1)
        c.line(left, y, right, y)
        y -= 1 * mm
        captions = self._details()
        caption_width = max(_width(k, fonts.regular, paper.body) for k, _ in captions) + 3 * mm
        for index, (key, value) in enumerate(captions):
            y -= self._detail_step
            baseline = y + paper.body * 0.4
            c.setFillColor(MUTED)
            c.setFont(fonts.regular, paper.body)
            c.drawString(left, baseline, key)
            c.setFillColor(INK)
            if not value:  # no DNI on file: a blank to write it by hand
                c.setStrokeColor(INK)
                c.setLineWidth(0.6)
                c.line(left + caption_width, baseline - 1, left + caption_width + 40 * mm, baseline - 1)
                continue
            c.setFont(fonts.bold, paper.body * (1.2 if index == 0 else 1))  # the maker's name
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
        c.drawString(left, y - paper.body, self.words["next_header"].format(number=data.number, maker=data.maker))
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
        for i, heading in enumerate(self.headings):
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
            c.drawString(left, y - paper.body * 1.5, self.words["no_entries"])
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
        paper, fonts, data, w = self.paper, self.fonts, self.data, self.words
        left, right = paper.margin, paper.size[0] - paper.margin
        label_x = right - min(85 * mm, paper.width * 0.6)
        y -= 2 * mm
        count = len(data.entries)
        c.setFont(fonts.regular, paper.body)
        c.setFillColor(MUTED)
        c.drawString(left, y - paper.body, w["entry" if count == 1 else "entries"].format(n=count))
        c.setFillColor(INK)
        for caption, value in self.totals:
            y -= paper.body * 1.5
            c.drawString(label_x, y + paper.body * 0.5, caption)
            c.drawRightString(right, y + paper.body * 0.5, w.signed_money(value))
        y -= paper.body * 0.9
        c.setStrokeColor(INK)
        c.setLineWidth(1)
        c.line(label_x, y, right, y)
        y -= paper.total * 1.4
        c.setFont(fonts.bold, paper.total)
        c.drawString(label_x, y + paper.total * 0.3, w["total"])
        c.drawRightString(right, y + paper.total * 0.3, w.signed_money(data.total))
        y -= 4 * mm

        # The amount in words, boxed, so that nothing can be written before or after it.
        box = self._words_box()
        y -= box
        c.setLineWidth(0.8)
        c.rect(left, y, paper.width, box, stroke=1, fill=0)
        caption = w["in_words"]
        c.setFont(fonts.regular, paper.body)
        middle = y + box / 2 - paper.body * 0.35
        c.drawString(left + 2 * mm, middle, caption)
        start = left + 2 * mm + _width(caption, fonts.regular, paper.body)
        size = paper.body * 1.1
        while _width(self.in_words, fonts.bold, size) > right - 2 * mm - start and size > 5:
            size -= 0.25
        c.setFont(fonts.bold, size)
        c.drawString(start, middle, self.in_words)
        y -= 4 * mm

        c.setFont(fonts.regular, paper.body)
        for line in self.statement:
            y -= paper.body * 1.3
            c.drawString(left, y + paper.body * 0.3, line)

        # Two signature lines, with room above them to sign.
        y -= 22 * mm
        width = (paper.width - 16 * mm) / 2
        for x, role, name, extra in (
            (left, w["maker"], data.maker, w["dni"].format(dni=data.maker_dni) if data.maker_dni else w["dni_blank"]),
            (right - width, w["coordinator"], data.paid_by, ""),
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
        paper, fonts, data, w = self.paper, self.fonts, self.data, self.words
        right = paper.size[0] - paper.margin
        if data.copy:
            self._draw_watermark(c)
        if page.first:
            text = w["copy_label"].format(label=label) if data.copy else label
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
            c.drawString(paper.margin, y, w["continued"].format(label=label.capitalize()))
        c.setFillColor(MUTED)
        c.setFont(fonts.regular, paper.small)
        c.drawString(paper.margin, paper.bottom, w["footer"].format(number=data.number, label=label.capitalize()))
        c.drawRightString(right, paper.bottom, w["page"].format(page=number, pages=pages))
        if data.copy:
            if data.printed_at:
                printed = w["copy_printed_at"].format(moment=w.moment(data.printed_at))
            else:
                printed = w["copy_printed"]
            c.setFont(fonts.bold, paper.small)
            c.drawString(paper.margin, paper.bottom + paper.small * 1.3, printed)

    def _draw_watermark(self, c: Canvas) -> None:
        width, height = self.paper.size
        c.saveState()
        c.setFillColor(WATERMARK)
        c.setFont(self.fonts.bold, width / 4.2)
        c.translate(width / 2, height / 2)
        c.rotate(35)
        c.drawCentredString(0, -width / 12, self.words["copy"])
        c.restoreState()
