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

from ..domain.language import LANGUAGES, Formats
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
"""The methods' names on a Spanish slip; English and French take :meth:`Formats.method`."""

TEXTS: dict[str, dict[str, str]] = {
    "es": {
        "title": "CONSTANCIA DE PAGO",
        "number": "N.º {number}",
        "ruc": "RUC {ruc}",
        "maker_caption": "Artesana:",
        "dni_caption": "DNI:",
        "period_caption": "Periodo:",
        "period": "del {start} al {end}",
        "paid_at_caption": "Fecha de pago:",
        "method_caption": "Forma de pago:",
        "cash_from_till": "Efectivo, de la caja {till}",
        "with_operation": "{method} — operación {reference}",
        "col_date": "Fecha",
        "col_receipt": "Nota",
        "col_product": "Producto",
        "col_quantity": "Cant.",
        "col_net": "Venta\nneta",
        "col_rate": "%",
        "col_share": "Participación",
        "col_share_narrow": "Partici-\npación",
        "refund": "Devolución: {product}",
        "refund_of": " (nota {receipt})",
        "no_entries": "Sin movimientos.",
        "entry": "{n} movimiento",
        "entries": "{n} movimientos",
        "accrued": "Participaciones",
        "reversed": "Devoluciones",
        "carried_in": "Céntimos de su pago anterior",
        "kept": "Céntimos que quedan en su saldo",
        "kept_note": (
            "En efectivo se paga en monedas de 10 céntimos: {amount} quedan en su saldo para su próximo pago."
        ),
        "total": "TOTAL PAGADO",
        "in_words": "Son: ",
        "currency_words": "soles",
        "statement": (
            "Recibí conforme de {shop} la suma de {amount} "
            "por mi participación en las ventas de los productos que elaboré, "
            "según el detalle de esta constancia."
        ),
        "maker": "Artesana",
        "coordinator": "Coordinadora",
        "dni": "DNI {dni}",
        "dni_blank": "DNI: ____________",
        "next_header": "Constancia de pago N.º {number} — {maker}",
        "copy": "COPIA",
        "copy_label": "COPIA — {label}",
        "continued": "{label} · continuación",
        "footer": "Constancia N.º {number} · {label}",
        "page": "Página {page} de {pages}",
        "copy_printed": "COPIA impresa",
        "copy_printed_at": "COPIA impresa el {moment}",
        "doc": "Constancia de pago",
        "doc_copy": "Copia de constancia de pago",
        "copy_centre": "EJEMPLAR PARA EL CENTRO",
        "copy_maker": "EJEMPLAR PARA LA ARTESANA",
    },
    "en": {
        "title": "PAYMENT RECEIPT",
        "number": "No. {number}",
        "ruc": "RUC (tax no.) {ruc}",
        "maker_caption": "Maker:",
        "dni_caption": "DNI (ID):",
        "period_caption": "Period:",
        "period": "from {start} to {end}",
        "paid_at_caption": "Paid on:",
        "method_caption": "Paid by:",
        "cash_from_till": "Cash, from till {till}",
        "with_operation": "{method} — operation {reference}",
        "col_date": "Date",
        "col_receipt": "Receipt",
        "col_product": "Product",
        "col_quantity": "Qty",
        "col_net": "Net\nsale",
        "col_rate": "%",
        "col_share": "Share",
        "col_share_narrow": "Share",
        "refund": "Refund: {product}",
        "refund_of": " (receipt {receipt})",
        "no_entries": "No entries.",
        "entry": "{n} entry",
        "entries": "{n} entries",
        "accrued": "Shares",
        "reversed": "Refunds",
        "carried_in": "Cents from her last payout",
        "kept": "Cents left in her balance",
        "kept_note": "Cash is paid in 10-cent coins: {amount} stays in her balance for her next payout.",
        "total": "TOTAL PAID",
        "in_words": "In words: ",
        "currency_words": "soles",
        "statement": (
            "I have received from {shop} the sum of {amount} "
            "as my share of the sales of the products I made, "
            "as detailed in this receipt."
        ),
        "maker": "Maker",
        "coordinator": "Coordinator",
        "dni": "DNI {dni}",
        "dni_blank": "DNI: ____________",
        "next_header": "Payment receipt No. {number} — {maker}",
        "copy": "COPY",
        "copy_label": "COPY — {label}",
        "continued": "{label} · continued",
        "footer": "Receipt No. {number} · {label}",
        "page": "Page {page} of {pages}",
        "copy_printed": "COPY printed",
        "copy_printed_at": "COPY printed on {moment}",
        "doc": "Payment receipt",
        "doc_copy": "Copy of payment receipt",
        "copy_centre": "COPY FOR THE CENTRE",
        "copy_maker": "COPY FOR THE MAKER",
    },
    "fr": {
        "title": "REÇU DE PAIEMENT",
        "number": "N° {number}",
        "ruc": "RUC (n° fiscal) {ruc}",
        "maker_caption": "Artisane :",
        "dni_caption": "DNI (pièce d'identité) :",
        "period_caption": "Période :",
        "period": "du {start} au {end}",
        "paid_at_caption": "Payé le :",
        "method_caption": "Mode de paiement :",
        "cash_from_till": "Espèces, de la caisse {till}",
        "with_operation": "{method} — opération {reference}",
        "col_date": "Date",
        "col_receipt": "Ticket",
        "col_product": "Produit",
        "col_quantity": "Qté",
        "col_net": "Vente\nnette",
        "col_rate": "%",
        "col_share": "Part",
        "col_share_narrow": "Part",
        "refund": "Remboursement : {product}",
        "refund_of": " (ticket {receipt})",
        "no_entries": "Aucun mouvement.",
        "entry": "{n} mouvement",
        "entries": "{n} mouvements",
        "accrued": "Parts acquises",
        "reversed": "Remboursements",
        "carried_in": "Centimes de son paiement précédent",
        "kept": "Centimes laissés sur son solde",
        "kept_note": (
            "En espèces, on paie en pièces de 10 centimes : {amount} restent sur son solde pour son prochain paiement."
        ),
        "total": "TOTAL PAYÉ",
        "in_words": "Soit : ",
        "currency_words": "soles",
        "statement": (
            "J'ai reçu de {shop} la somme de {amount} "
            "au titre de ma part des ventes des produits que j'ai fabriqués, "
            "selon le détail du présent reçu."
        ),
        "maker": "Artisane",
        "coordinator": "Coordinatrice",
        "dni": "DNI {dni}",
        "dni_blank": "DNI : ____________",
        "next_header": "Reçu de paiement N° {number} — {maker}",
        "copy": "COPIE",
        "copy_label": "COPIE — {label}",
        "continued": "{label} · suite",
        "footer": "Reçu N° {number} · {label}",
        "page": "Page {page} sur {pages}",
        "copy_printed": "COPIE imprimée",
        "copy_printed_at": "COPIE imprimée le {moment}",
        "doc": "Reçu de paiement",
        "doc_copy": "Copie du reçu de paiement",
        "copy_centre": "EXEMPLAIRE POUR LE CENTRE",
        "copy_maker": "EXEMPLAIRE POUR L'ARTISANE",
    },
}
"""Every word a payout slip prints, per language."""

COPIES = (TEXTS["es"]["copy_centre"], TEXTS["es"]["copy_maker"])
"""One page set per label: both are signed, one stays in the file, one goes home.

These are the default labels; a slip printed in English or French with
them gets the same two labels in its own language.
"""

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


_PAPERS = {
    "A4": _Paper(
        A4, 16 * mm, 14 * mm, 12 * mm, 10.5, 10, 8.5, 17, 14, 15, 2.5 * mm,
        narrow=False, rate_on_two_lines=False,
    ),
    "A5": _Paper(
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


def _product(entry: SlipEntry, words: Words) -> str:
    if entry.is_reversal:
        source = words["refund_of"].format(receipt=entry.refund_of) if entry.refund_of else ""
        return words["refund"].format(product=entry.product) + source
    return entry.product


def _cells(entry: SlipEntry, paper: _Paper, words: Words) -> tuple[tuple[str, ...], ...]:
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


def method_label(method: str, reference: str = "", language: str = "es") -> str:
    """``Yape — operación 123456``, ``Efectivo``… (``Yape — operation 123456`` in English)."""
    words = Words(language)
    label = words.payment(method)
    if reference.strip():
        return words["with_operation"].format(method=label, reference=reference.strip())
    return label


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

    def __init__(self, data: PayoutSlipData, paper: _Paper, fonts: Fonts, words: Words) -> None:
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
        method = method_label(data.method, data.reference, w.language)
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
    if paper not in _PAPERS:
        raise ValueError(f"papel desconocido para la constancia: {paper}")
    if not data.copies:
        raise ValueError("la constancia necesita al menos un ejemplar")
    words = Words(language)
    with _plain_flate():
        return _build(data, _PAPERS[paper], words)


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


def _build(data: PayoutSlipData, paper: _Paper, words: Words) -> bytes:
    fonts = register_fonts()
    slip = _Slip(data, paper, fonts, words)
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
