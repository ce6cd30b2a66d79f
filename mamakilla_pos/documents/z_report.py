"""The Z report (cierre de caja) and the X report of an open till, as PDF (DESIGN.md §6).

Drawn like the receipt: laid out first into blocks of known height, then
painted, so an 80 mm roll gets one page exactly as tall as the report and A4
gets as many pages as needed. Plain data in, PDF bytes out.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..domain.money import ZERO, format_amount, format_money
from .fonts import register_fonts
from .receipt import _ASCENT, _LEADING, _PAPERS, PAYMENT_LABELS, _Face, _Layout, _pages, _show, wrap

PAPERS = ("80mm", "58mm", "A4")
CURRENCY_NAMES = {"PEN": "SOLES", "USD": "DÓLARES"}


@dataclass(frozen=True)
class ZMethod:
    """A payment method's totals in soles; ``foreign`` is the dollars received for ``usd``."""

    method: str
    count: int
    sales: Decimal
    refunds: Decimal
    foreign: Decimal | None = None

    @property
    def net(self) -> Decimal:
        return self.sales - self.refunds


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

    ``counted`` and ``difference`` are ``None`` on an X report (not counted yet).
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


@dataclass(frozen=True)
class ZCount:
    """Pieces of one denomination at opening and at closing."""

    currency: str
    denomination: Decimal
    opening: int
    closing: int | None


@dataclass(frozen=True)
class ZMovement:
    """Cash put in (``in``) or taken out (``out``) of the drawer."""

    at: datetime
    direction: str
    currency: str
    amount: Decimal
    reason: str
    user: str = ""


@dataclass(frozen=True)
class ZMaker:
    """Shares a maker accrued in the session, and those reversed by its refunds."""

    name: str
    accrued: Decimal
    reversed: Decimal

    @property
    def net(self) -> Decimal:
        return self.accrued - self.reversed


@dataclass(frozen=True)
class ZReportData:
    """Everything printed on a Z report (or an X report when ``closed_at`` is ``None``).

    Amounts are in soles unless a currency says otherwise. ``rounding`` is the
    cash rounding given to customers (less what refunds kept).
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
    methods: tuple[ZMethod, ...]
    operations: tuple[ZOperation, ...]
    drawers: tuple[ZDrawer, ...]
    counts: tuple[ZCount, ...]
    movements: tuple[ZMovement, ...]
    makers: tuple[ZMaker, ...]
    note: str = ""
    journal_hash: str = ""
    session_ref: str = ""

    @property
    def final(self) -> bool:
        """A Z report (the session is closed), not an X report."""
        return self.closed_at is not None

    @property
    def net(self) -> Decimal:
        return self.sales_total - self.refunds_total


class _ZLayout(_Layout):
    """The receipt's block layout plus headings, columns and a monospaced block."""

    def heading(self, text: str, size: float) -> None:
        """A bold section title on a light band, kept with what follows."""
        height = size * 1.75
        face = self.bold

        def draw(c: Canvas, top: float) -> None:
            c.saveState()
            c.setFillColorRGB(0.88, 0.88, 0.88)
            c.rect(self.left, top - height + size * 0.15, self.width, height - size * 0.3, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            _show(c, face, size, self.left + size * 0.4, top - height / 2 - size * 0.36, text)
            c.restoreState()

        self.add(size * 0.5, _nothing_block, keep_with_next=True)
        self.add(height, draw, keep_with_next=True)

    def columns(
        self,
        cells: tuple[str, ...],
        widths: tuple[float, ...],
        size: float,
        bold: bool = False,
        underline: bool = False,
        keep_with_next: bool = False,
    ) -> None:
        """One table row: the first cell left-aligned and wrapped, the others right-aligned.

        ``widths`` are fractions of the column width, one per cell.
        """
        face = self.bold if bold else self.regular
        edges: list[float] = []
        x = self.left
        for fraction in widths:
            x += self.width * fraction
            edges.append(x)
        first_room = edges[0] - self.left - size * 0.4
        lines = wrap(cells[0], face.name, size, first_room)
        leading = size * _LEADING
        height = leading * len(lines) + (size * 0.35 if underline else 0)

        def draw(c: Canvas, top: float) -> None:
            for i, line in enumerate(lines):
                _show(c, face, size, self.left, top - i * leading - size * _ASCENT, line)
            for cell, edge in zip(cells[1:], edges[1:], strict=True):
                _show(c, face, size, edge, top - size * _ASCENT, cell, "right")
            if underline:
                c.saveState()
                c.setLineWidth(0.5)
                y = top - leading * len(lines) - size * 0.1
                c.line(self.left, y, self.right, y)
                c.restoreState()

        self.add(height, draw, keep_with_next)

    def mono(self, text: str, size: float, font: str) -> None:
        """Monospaced text centred in as many lines as it needs (the journal hash)."""
        fits = max(8, int(self.width / stringWidth("0", font, size)))
        # Equal halves (or quarters) are easier to read out and compare than a ragged split.
        per_line = len(text) or 1
        while per_line > fits:
            per_line = (per_line + 1) // 2
        lines = [text[i : i + per_line] for i in range(0, len(text), per_line)] or [""]
        leading = size * _LEADING
        middle = (self.left + self.right) / 2

        def draw(c: Canvas, top: float) -> None:
            c.setFont(font, size)
            for i, line in enumerate(lines):
                c.drawCentredString(middle, top - i * leading - size * _ASCENT, line)

        self.add(leading * len(lines), draw)

    def signatures(self, labels: tuple[str, ...], size: float) -> None:
        """Lines to sign on, side by side, with a caption under each."""
        gap = size * 2
        width = (self.width - gap * (len(labels) - 1)) / len(labels)
        height = size * 6

        def draw(c: Canvas, top: float) -> None:
            c.saveState()
            c.setLineWidth(0.6)
            for i, label in enumerate(labels):
                x = self.left + i * (width + gap)
                y = top - size * 4
                c.line(x, y, x + width, y)
                _show(c, self.regular, size, x + width / 2, y - size * 1.2, label, "centre")
            c.restoreState()

        self.add(height, draw)


def _nothing_block(c: Canvas, top: float) -> None:
    return None


def _difference_words(difference: Decimal, currency: str) -> str:
    if difference == ZERO:
        return "La caja cuadra."
    amount = format_money(abs(difference), currency)
    return f"Falta {amount} en la caja." if difference < 0 else f"Sobra {amount} en la caja."


def _lay_out(data: ZReportData, paper: str) -> _ZLayout:
    size = _PAPERS[paper]
    fonts = register_fonts()
    regular = _Face(fonts.regular)
    bold = _Face(fonts.regular, embolden=True) if size.roll else _Face(fonts.bold)
    lay = _ZLayout(size, regular, bold)
    body, small, big = size.body, size.small, size.big
    table = small if size.roll else body
    money = format_money

    lay.centered(data.shop_name, size.title, bold=True)
    if data.shop_address:
        lay.centered(data.shop_address, small)
    lay.rule()
    if data.final:
        lay.centered("CIERRE DE CAJA (Z)", big, bold=True)
    else:
        lay.banner("INFORME X", size.title)
        lay.centered("La caja sigue abierta: esto no es el cierre.", small)
    lay.centered(f"Caja {data.till}" + (f" · {data.location}" if data.location else ""), body, bold=True)
    lay.space(body * 0.3)
    opened = f"{data.opened_at:%d/%m/%Y %H:%M}"
    lay.row("Apertura", opened, body)
    if data.opened_by:
        lay.row("  por", data.opened_by, body)
    if data.closed_at is not None:
        lay.row("Cierre", f"{data.closed_at:%d/%m/%Y %H:%M}", body)
        if data.closed_by:
            lay.row("  por", data.closed_by, body)
    else:
        lay.row("Informe del", f"{data.printed_at:%d/%m/%Y %H:%M}", body)

    lay.heading("VENTAS", body)
    lay.row(f"Ventas ({data.sales})", money(data.sales_total), body)
    lay.row("  Bruto", money(data.gross), small)
    lay.row("  Descuentos", money(-data.discounts), small)
    lay.row(f"Devoluciones ({data.refunds})", money(-data.refunds_total), body)
    lay.row("NETO", money(data.net), big, bold=True)
    lay.row("Redondeo regalado a clientes", money(data.rounding), body)

    lay.heading("POR MÉTODO DE PAGO (S/)", body)
    widths = (0.34, 0.12, 0.18, 0.18, 0.18)
    lay.columns(("Método", "Ops.", "Ventas", "Devol.", "Neto"), widths, table, bold=True, underline=True)
    for m in data.methods:
        lay.columns(
            (
                PAYMENT_LABELS.get(m.method, m.method),
                str(m.count),
                format_amount(m.sales),
                format_amount(m.refunds),
                format_amount(m.net),
            ),
            widths,
            table,
        )
        if m.foreign is not None:
            lay.row(f"recibido: {money(m.foreign, 'USD')}", "", small, indent=small)
    if not data.methods:
        lay.row("Sin ventas.", "", small)
    total = sum((m.net for m in data.methods), ZERO)
    lay.columns(("Total cobrado", "", "", "", format_amount(total)), widths, table, bold=True)

    by_method: dict[str, list[ZOperation]] = {}
    for op in data.operations:
        by_method.setdefault(op.method, []).append(op)
    if by_method:
        lay.heading("YAPE, PLIN, TARJETA: OPERACIONES", body)
        lay.row("Compare con el celular y el terminal.", "", small)
        for method, ops in by_method.items():
            label = PAYMENT_LABELS.get(method, method)
            subtotal = sum((-op.amount if op.refund else op.amount for op in ops), ZERO)
            lay.row(f"{label} ({len(ops)})", money(subtotal), body, bold=True, keep_with_next=True)
            for op in ops:
                reference = f"op. {op.reference}" if op.reference else "sin n.º de operación"
                kind = " devolución" if op.refund else ""
                lay.row(f"{reference} · {op.number}{kind}", money(-op.amount if op.refund else op.amount), small)

    for drawer in data.drawers:
        cur = drawer.currency
        lay.heading(f"EFECTIVO EN {CURRENCY_NAMES.get(cur, cur)}", body)
        lay.row("Fondo inicial", money(drawer.opening_float, cur), body)
        lay.row("+ Recibido en ventas", money(drawer.sales, cur), body)
        if cur == "PEN" or drawer.change:
            lay.row("− Vuelto entregado", money(drawer.change, cur), body)
        lay.row("− Devoluciones", money(drawer.refunds, cur), body)
        lay.row("+ Entradas de dinero", money(drawer.cash_in, cur), body)
        lay.row("− Salidas de dinero", money(drawer.cash_out, cur), body)
        lay.rule(pad=1.5)
        lay.row("= Esperado en caja", money(drawer.expected, cur), body, bold=True)
        if drawer.counted is not None and drawer.difference is not None:
            lay.row("Contado (arqueo)", money(drawer.counted, cur), body, bold=True)
            lay.row("DIFERENCIA", money(drawer.difference, cur), big, bold=True)
            lay.centered(_difference_words(drawer.difference, cur), body, bold=True)

    currencies = [c for c in ("PEN", "USD") if any(n.currency == c for n in data.counts)]
    if currencies:
        if data.final:
            _closing_count(lay, data, currencies, table)
        else:
            _opening_count(lay, data, currencies, table)

    lay.heading("ENTRADAS Y SALIDAS DE DINERO", body)
    if not data.movements:
        lay.row("Ninguna.", "", small)
    for mv in data.movements:
        word = "Entrada" if mv.direction == "in" else "Salida"
        amount = money(mv.amount if mv.direction == "in" else -mv.amount, mv.currency)
        lay.row(f"{mv.at:%H:%M} {word}", amount, body, keep_with_next=True)
        who = f" — {mv.user}" if mv.user else ""
        lay.row(f"{mv.reason}{who}", "", small, indent=small * 2)

    lay.heading("PARTICIPACIÓN POR ARTESANA (S/)", body)
    widths = (0.40, 0.20, 0.20, 0.20)
    narrow = size.width < 70 * mm
    headers = ("Artesana", "Gener.", "Devol.", "Neto") if narrow else ("Artesana", "Generado", "Devuelto", "Neto")
    lay.columns(headers, widths, table, bold=True, underline=True)
    for mk in data.makers:
        lay.columns(
            (mk.name, format_amount(mk.accrued), format_amount(mk.reversed), format_amount(mk.net)), widths, table
        )
    if not data.makers:
        lay.row("Sin participaciones.", "", small)
    else:
        lay.columns(
            (
                "Total",
                format_amount(sum((m.accrued for m in data.makers), ZERO)),
                format_amount(sum((m.reversed for m in data.makers), ZERO)),
                format_amount(sum((m.net for m in data.makers), ZERO)),
            ),
            widths,
            table,
            bold=True,
        )

    if data.note:
        lay.heading("NOTA DEL CIERRE", body)
        lay.row(data.note, "", body)

    lay.rule()
    if data.final:
        lay.centered("Huella del diario al cierre (SHA-256):", small, bold=True)
        lay.mono(data.journal_hash or "—", small, fonts.mono)
        if data.session_ref:
            lay.centered(f"Caja n.º {data.session_ref}", small)
        lay.space(body * 0.5)
        lay.signatures(("Entregó", "Recibió"), small)
    lay.centered(f"Impreso el {data.printed_at:%d/%m/%Y %H:%M}", small)
    return lay


def _closing_count(lay: _ZLayout, data: ZReportData, currencies: list[str], size: float) -> None:
    """Pieces of every denomination at opening and at closing, and the amount counted."""
    lay.heading("ARQUEO POR DENOMINACIÓN", lay.paper.body)
    widths = (0.31, 0.19, 0.19, 0.31)
    for cur in currencies:
        rows = [n for n in data.counts if n.currency == cur]
        symbol = "S/" if cur == "PEN" else "US$"
        title = CURRENCY_NAMES.get(cur, cur).capitalize()
        lay.columns(
            (title, "Apert.", "Cierre", "Importe"), widths, size, bold=True, underline=True, keep_with_next=True
        )
        for n in rows:
            closing = n.closing or 0
            lay.columns(
                (
                    f"{symbol} {_denomination(n.denomination)}",
                    str(n.opening),
                    str(closing),
                    format_amount(n.denomination * closing),
                ),
                widths,
                size,
            )
        opening_total = sum((n.denomination * n.opening for n in rows), ZERO)
        closing_total = sum((n.denomination * (n.closing or 0) for n in rows), ZERO)
        lay.columns(("Total", format_amount(opening_total), "", format_amount(closing_total)), widths, size, bold=True)
        lay.space(size * 0.5)


def _opening_count(lay: _ZLayout, data: ZReportData, currencies: list[str], size: float) -> None:
    """An open session has only its opening count: the pieces of the float."""
    lay.heading("FONDO CONTADO AL ABRIR", lay.paper.body)
    widths = (0.45, 0.2, 0.35)
    for cur in currencies:
        rows = [n for n in data.counts if n.currency == cur and n.opening]
        symbol = "S/" if cur == "PEN" else "US$"
        title = CURRENCY_NAMES.get(cur, cur).capitalize()
        lay.columns((title, "Cant.", "Importe"), widths, size, bold=True, underline=True, keep_with_next=True)
        for n in rows:
            lay.columns(
                (
                    f"{symbol} {_denomination(n.denomination)}",
                    str(n.opening),
                    format_amount(n.denomination * n.opening),
                ),
                widths,
                size,
            )
        total = sum((n.denomination * n.opening for n in rows), ZERO)
        lay.columns(("Total", "", format_amount(total)), widths, size, bold=True)
        lay.space(size * 0.5)


def _denomination(value: Decimal) -> str:
    return f"{value:.2f}" if value < 1 else f"{value:.0f}"


def build_z_report(data: ZReportData, paper: str = "80mm") -> bytes:
    """Build the Z report (or the X report of an open session) as PDF bytes.

    Args:
        data: what to print.
        paper: ``"80mm"`` or ``"58mm"`` roll (one page as tall as the
            content), or ``"A4"``.

    Raises:
        ValueError: unknown paper.
    """
    if paper not in _PAPERS:
        raise ValueError(f"papel desconocido: {paper!r} (use {', '.join(PAPERS)})")
    size = _PAPERS[paper]
    fonts = register_fonts()
    lay = _lay_out(data, paper)
    if size.roll:
        page_size = (size.width, size.top + size.bottom + sum(b.height for b in lay.blocks))
        pages = [lay.blocks]
    else:
        page_size = A4
        pages = _pages(lay, A4[1] - size.top - size.bottom)

    title = "Cierre de caja" if data.final else "Informe X"
    when = data.closed_at or data.printed_at
    out = io.BytesIO()
    c = Canvas(out, pagesize=page_size, pageCompression=0)
    c.setTitle(f"{title} {data.till} {when:%d/%m/%Y %H:%M}")
    c.setAuthor(data.shop_name)
    c.setCreator("Mama Killa POS")
    for number, blocks in enumerate(pages, start=1):
        top = page_size[1] - size.top
        for block in blocks:
            block.draw(c, top)
            top -= block.height
        if len(pages) > 1:
            c.setFont(fonts.regular, size.small)
            c.drawRightString(
                page_size[0] - size.margin,
                size.bottom - size.small,
                f"{title} {data.till} {when:%d/%m/%Y} — página {number} de {len(pages)}",
            )
        c.showPage()
    c.save()
    return out.getvalue()
