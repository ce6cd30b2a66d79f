"""The Z report (cierre de caja) and the X report of an open till, as PDF (DESIGN.md §6).

Drawn like the receipt: laid out first into blocks of known height, then
painted, so an 80 mm roll gets one page exactly as tall as the report and A4
gets as many pages as needed. Plain data in, PDF bytes out.

Printed in Spanish (the program's own), English or French: every printed
word comes from :data:`TEXTS`; money, numbers and dates are written as the
language writes them (:class:`~mamakilla_pos.domain.language.Formats`).
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

from ..domain.language import LANGUAGES, Formats
from ..domain.money import ZERO
from .fonts import register_fonts
from .layout import Layout
from .receipt import _ASCENT, _LEADING, _PAPERS, _Face, _pages, _show, wrap

PAPERS = ("80mm", "58mm", "A4")

TEXTS: dict[str, dict[str, str]] = {
    "es": {
        "title_z": "CIERRE DE CAJA (Z)",
        "title_x": "INFORME X",
        "x_warning": "La caja sigue abierta: esto no es el cierre.",
        "till": "Caja {till}",
        "opened": "Apertura",
        "by": "  por",
        "closed": "Cierre",
        "report_of": "Informe del",
        "sales_heading": "VENTAS",
        "sales": "Ventas ({n})",
        "gross": "  Bruto",
        "discounts": "  Descuentos",
        "refunds": "Devoluciones ({n})",
        "net": "NETO",
        "rounding": "Redondeo regalado a clientes",
        "methods_heading": "POR MÉTODO DE PAGO (S/)",
        "col_method": "Método",
        "col_ops": "Ops.",
        "col_sales": "Ventas",
        "col_refunds": "Devol.",
        "col_net": "Neto",
        "received": "recibido: {amount}",
        "no_sales": "Sin ventas.",
        "total_taken": "Total cobrado",
        "operations_heading": "YAPE, PLIN, TARJETA: OPERACIONES",
        "operations_hint": "Compare con el celular y el terminal.",
        "operation": "op. {reference}",
        "no_operation": "sin n.º de operación",
        "refund_mark": " devolución",
        "cash_PEN": "EFECTIVO EN SOLES",
        "cash_USD": "EFECTIVO EN DÓLARES",
        "currency_PEN": "Soles",
        "currency_USD": "Dólares",
        "opening_float": "Fondo inicial",
        "drawer_sales": "+ Recibido en ventas",
        "change": "− Vuelto entregado",
        "drawer_refunds": "− Devoluciones",
        "cash_in": "+ Entradas de dinero",
        "cash_out": "− Salidas de dinero",
        "expected": "= Esperado en caja",
        "counted": "Contado (arqueo)",
        "difference": "DIFERENCIA",
        "balanced": "La caja cuadra.",
        "short": "Falta {amount} en la caja.",
        "over": "Sobra {amount} en la caja.",
        "movements_heading": "ENTRADAS Y SALIDAS DE DINERO",
        "no_movements": "Ninguna.",
        "movement_in": "Entrada",
        "movement_out": "Salida",
        "makers_heading": "PARTICIPACIÓN POR ARTESANA (S/)",
        "col_maker": "Artesana",
        "col_accrued": "Generado",
        "col_accrued_short": "Gener.",
        "col_reversed": "Devuelto",
        "col_reversed_short": "Devol.",
        "no_shares": "Sin participaciones.",
        "total": "Total",
        "note_heading": "NOTA DEL CIERRE",
        "hash": "Huella del diario al cierre (SHA-256):",
        "session": "Caja n.º {ref}",
        "handed_over": "Entregó",
        "received_by": "Recibió",
        "printed": "Impreso el {moment}",
        "count_heading": "ARQUEO POR DENOMINACIÓN",
        "col_opening": "Apert.",
        "col_closing": "Cierre",
        "col_value": "Importe",
        "float_heading": "FONDO CONTADO AL ABRIR",
        "col_pieces": "Cant.",
        "doc_z": "Cierre de caja",
        "doc_x": "Informe X",
        "page": "{title} {till} {day} — página {page} de {pages}",
    },
    "en": {
        "title_z": "TILL CLOSE (Z REPORT)",
        "title_x": "X REPORT",
        "x_warning": "The till is still open: this is not the close.",
        "till": "Till {till}",
        "opened": "Opened",
        "by": "  by",
        "closed": "Closed",
        "report_of": "Report of",
        "sales_heading": "SALES",
        "sales": "Sales ({n})",
        "gross": "  Gross",
        "discounts": "  Discounts",
        "refunds": "Refunds ({n})",
        "net": "NET",
        "rounding": "Rounding given to customers",
        "methods_heading": "BY PAYMENT METHOD (S/)",
        "col_method": "Method",
        "col_ops": "Ops.",
        "col_sales": "Sales",
        "col_refunds": "Refunds",
        "col_net": "Net",
        "received": "received: {amount}",
        "no_sales": "No sales.",
        "total_taken": "Total taken",
        "operations_heading": "YAPE, PLIN, CARD: OPERATIONS",
        "operations_hint": "Check them against the phone and the card terminal.",
        "operation": "op. {reference}",
        "no_operation": "no operation number",
        "refund_mark": " refund",
        "cash_PEN": "CASH IN SOLES",
        "cash_USD": "CASH IN US DOLLARS",
        "currency_PEN": "Soles",
        "currency_USD": "US dollars",
        "opening_float": "Opening float",
        "drawer_sales": "+ Taken in sales",
        "change": "− Change given",
        "drawer_refunds": "− Refunds",
        "cash_in": "+ Cash put in",
        "cash_out": "− Cash taken out",
        "expected": "= Expected in the till",
        "counted": "Counted",
        "difference": "DIFFERENCE",
        "balanced": "The till balances.",
        "short": "The till is {amount} short.",
        "over": "The till is {amount} over.",
        "movements_heading": "CASH PUT IN AND TAKEN OUT",
        "no_movements": "None.",
        "movement_in": "In",
        "movement_out": "Out",
        "makers_heading": "SHARES BY MAKER (S/)",
        "col_maker": "Maker",
        "col_accrued": "Earned",
        "col_accrued_short": "Earned",
        "col_reversed": "Reversed",
        "col_reversed_short": "Rev.",
        "no_shares": "No shares.",
        "total": "Total",
        "note_heading": "CLOSING NOTE",
        "hash": "Journal fingerprint at closing (SHA-256):",
        "session": "Session no. {ref}",
        "handed_over": "Handed over",
        "received_by": "Received",
        "printed": "Printed on {moment}",
        "count_heading": "COUNT BY DENOMINATION",
        "col_opening": "Open",
        "col_closing": "Close",
        "col_value": "Amount",
        "float_heading": "FLOAT COUNTED AT OPENING",
        "col_pieces": "Qty",
        "doc_z": "Till close",
        "doc_x": "X report",
        "page": "{title} {till} {day} — page {page} of {pages}",
    },
    "fr": {
        "title_z": "CLÔTURE DE CAISSE (Z)",
        "title_x": "RAPPORT X",
        "x_warning": "La caisse est encore ouverte : ceci n'est pas la clôture.",
        "till": "Caisse {till}",
        "opened": "Ouverture",
        "by": "  par",
        "closed": "Clôture",
        "report_of": "Rapport du",
        "sales_heading": "VENTES",
        "sales": "Ventes ({n})",
        "gross": "  Brut",
        "discounts": "  Remises",
        "refunds": "Remboursements ({n})",
        "net": "NET",
        "rounding": "Arrondi offert aux clients",
        "methods_heading": "PAR MODE DE PAIEMENT (S/)",
        "col_method": "Mode",
        "col_ops": "Opér.",
        "col_sales": "Ventes",
        "col_refunds": "Remb.",
        "col_net": "Net",
        "received": "reçu : {amount}",
        "no_sales": "Aucune vente.",
        "total_taken": "Total encaissé",
        "operations_heading": "YAPE, PLIN, CARTE : OPÉRATIONS",
        "operations_hint": "À comparer avec le téléphone et le terminal.",
        "operation": "op. {reference}",
        "no_operation": "sans n° d'opération",
        "refund_mark": " remboursement",
        "cash_PEN": "ESPÈCES EN SOLES",
        "cash_USD": "ESPÈCES EN DOLLARS US",
        "currency_PEN": "Soles",
        "currency_USD": "Dollars US",
        "opening_float": "Fond de caisse initial",
        "drawer_sales": "+ Reçu des ventes",
        "change": "− Monnaie rendue",
        "drawer_refunds": "− Remboursements",
        "cash_in": "+ Entrées d'argent",
        "cash_out": "− Sorties d'argent",
        "expected": "= Attendu en caisse",
        "counted": "Compté",
        "difference": "ÉCART",
        "balanced": "La caisse est juste.",
        "short": "Il manque {amount} dans la caisse.",
        "over": "Il y a {amount} de trop dans la caisse.",
        "movements_heading": "ENTRÉES ET SORTIES D'ARGENT",
        "no_movements": "Aucune.",
        "movement_in": "Entrée",
        "movement_out": "Sortie",
        "makers_heading": "PARTS PAR ARTISANE (S/)",
        "col_maker": "Artisane",
        "col_accrued": "Acquis",
        "col_accrued_short": "Acquis",
        "col_reversed": "Annulé",
        "col_reversed_short": "Annulé",
        "no_shares": "Aucune part.",
        "total": "Total",
        "note_heading": "NOTE DE CLÔTURE",
        "hash": "Empreinte du journal à la clôture (SHA-256) :",
        "session": "Caisse n° {ref}",
        "handed_over": "Remis par",
        "received_by": "Reçu par",
        "printed": "Imprimé le {moment}",
        "count_heading": "COMPTAGE PAR COUPURE",
        "col_opening": "Ouv.",
        "col_closing": "Clôt.",
        "col_value": "Montant",
        "float_heading": "FOND COMPTÉ À L'OUVERTURE",
        "col_pieces": "Qté",
        "doc_z": "Clôture de caisse",
        "doc_x": "Rapport X",
        "page": "{title} {till} {day} — page {page} sur {pages}",
    },
}
"""Every word a Z or X report prints, per language."""


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


class _ZLayout(Layout):
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


class Words(Formats):
    """One language's words (:data:`TEXTS`) and its way of writing numbers, money and dates."""

    def __init__(self, language: str) -> None:
        super().__init__(language)
        self.texts = TEXTS[self.language]

    def __getitem__(self, key: str) -> str:
        return self.texts[key]

    def currency(self, currency: str) -> str:
        """The currency's name as a table title: ``Soles``, ``Dólares``."""
        return self.texts.get(f"currency_{currency}", currency)

    def denomination(self, value: Decimal, currency: str) -> str:
        """A coin or note: ``S/ 20``, ``S/ 0.50``; ``20 S/``, ``0,50 S/`` in French."""
        return self.money(value, currency, places=2 if value < 1 else 0)


def _difference_words(words: Words, difference: Decimal, currency: str) -> str:
    if difference == ZERO:
        return words["balanced"]
    amount = words.money(abs(difference), currency)
    return words["short" if difference < 0 else "over"].format(amount=amount)


def _lay_out(data: ZReportData, paper: str, words: Words) -> _ZLayout:
    size = _PAPERS[paper]
    fonts = register_fonts()
    regular = _Face(fonts.regular)
    bold = _Face(fonts.regular, embolden=True) if size.roll else _Face(fonts.bold)
    lay = _ZLayout(size, regular, bold)
    body, small, big = size.body, size.small, size.big
    table = small if size.roll else body
    w = words
    money, amount = w.money, w.amount

    lay.centered(data.shop_name, size.title, bold=True)
    if data.shop_address:
        lay.centered(data.shop_address, small)
    lay.rule()
    if data.final:
        lay.centered(w["title_z"], big, bold=True)
    else:
        lay.banner(w["title_x"], size.title)
        lay.centered(w["x_warning"], small)
    lay.centered(w["till"].format(till=data.till) + (f" · {data.location}" if data.location else ""), body, bold=True)
    lay.space(body * 0.3)
    lay.row(w["opened"], w.moment(data.opened_at), body)
    if data.opened_by:
        lay.row(w["by"], data.opened_by, body)
    if data.closed_at is not None:
        lay.row(w["closed"], w.moment(data.closed_at), body)
        if data.closed_by:
            lay.row(w["by"], data.closed_by, body)
    else:
        lay.row(w["report_of"], w.moment(data.printed_at), body)

    lay.heading(w["sales_heading"], body)
    lay.row(w["sales"].format(n=data.sales), money(data.sales_total), body)
    lay.row(w["gross"], money(data.gross), small)
    lay.row(w["discounts"], money(-data.discounts), small)
    lay.row(w["refunds"].format(n=data.refunds), money(-data.refunds_total), body)
    lay.row(w["net"], money(data.net), big, bold=True)
    lay.row(w["rounding"], money(data.rounding), body)

    lay.heading(w["methods_heading"], body)
    widths: tuple[float, ...] = (0.34, 0.12, 0.18, 0.18, 0.18)
    headers = tuple(w[k] for k in ("col_method", "col_ops", "col_sales", "col_refunds", "col_net"))
    lay.columns(headers, widths, table, bold=True, underline=True)
    for m in data.methods:
        lay.columns(
            (w.method(m.method), str(m.count), amount(m.sales), amount(m.refunds), amount(m.net)),
            widths,
            table,
        )
        if m.foreign is not None:
            lay.row(w["received"].format(amount=money(m.foreign, "USD")), "", small, indent=small)
    if not data.methods:
        lay.row(w["no_sales"], "", small)
    total = sum((m.net for m in data.methods), ZERO)
    lay.columns((w["total_taken"], "", "", "", amount(total)), widths, table, bold=True)

    by_method: dict[str, list[ZOperation]] = {}
    for op in data.operations:
        by_method.setdefault(op.method, []).append(op)
    if by_method:
        lay.heading(w["operations_heading"], body)
        lay.row(w["operations_hint"], "", small)
        for method, ops in by_method.items():
            subtotal = sum((-op.amount if op.refund else op.amount for op in ops), ZERO)
            lay.row(f"{w.method(method)} ({len(ops)})", money(subtotal), body, bold=True, keep_with_next=True)
            for op in ops:
                reference = w["operation"].format(reference=op.reference) if op.reference else w["no_operation"]
                kind = w["refund_mark"] if op.refund else ""
                lay.row(f"{reference} · {op.number}{kind}", money(-op.amount if op.refund else op.amount), small)

    for drawer in data.drawers:
        cur = drawer.currency
        lay.heading(w.texts.get(f"cash_{cur}", cur), body)
        lay.row(w["opening_float"], money(drawer.opening_float, cur), body)
        lay.row(w["drawer_sales"], money(drawer.sales, cur), body)
        if cur == "PEN" or drawer.change:
            lay.row(w["change"], money(drawer.change, cur), body)
        lay.row(w["drawer_refunds"], money(drawer.refunds, cur), body)
        lay.row(w["cash_in"], money(drawer.cash_in, cur), body)
        lay.row(w["cash_out"], money(drawer.cash_out, cur), body)
        lay.rule(pad=1.5)
        lay.row(w["expected"], money(drawer.expected, cur), body, bold=True)
        if drawer.counted is not None and drawer.difference is not None:
            lay.row(w["counted"], money(drawer.counted, cur), body, bold=True)
            lay.row(w["difference"], money(drawer.difference, cur), big, bold=True)
            lay.centered(_difference_words(w, drawer.difference, cur), body, bold=True)

    currencies = [c for c in ("PEN", "USD") if any(n.currency == c for n in data.counts)]
    if currencies:
        if data.final:
            _closing_count(lay, data, currencies, table, w)
        else:
            _opening_count(lay, data, currencies, table, w)

    lay.heading(w["movements_heading"], body)
    if not data.movements:
        lay.row(w["no_movements"], "", small)
    for mv in data.movements:
        word = w["movement_in" if mv.direction == "in" else "movement_out"]
        moved = money(mv.amount if mv.direction == "in" else -mv.amount, mv.currency)
        lay.row(f"{mv.at:%H:%M} {word}", moved, body, keep_with_next=True)
        who = f" — {mv.user}" if mv.user else ""
        lay.row(f"{mv.reason}{who}", "", small, indent=small * 2)

    lay.heading(w["makers_heading"], body)
    widths = (0.40, 0.20, 0.20, 0.20)
    short = "_short" if size.width < 70 * mm else ""
    headers = (w["col_maker"], w[f"col_accrued{short}"], w[f"col_reversed{short}"], w["col_net"])
    lay.columns(headers, widths, table, bold=True, underline=True)
    for mk in data.makers:
        lay.columns((mk.name, amount(mk.accrued), amount(mk.reversed), amount(mk.net)), widths, table)
    if not data.makers:
        lay.row(w["no_shares"], "", small)
    else:
        lay.columns(
            (
                w["total"],
                amount(sum((m.accrued for m in data.makers), ZERO)),
                amount(sum((m.reversed for m in data.makers), ZERO)),
                amount(sum((m.net for m in data.makers), ZERO)),
            ),
            widths,
            table,
            bold=True,
        )

    if data.note:
        lay.heading(w["note_heading"], body)
        lay.row(data.note, "", body)

    lay.rule()
    if data.final:
        lay.centered(w["hash"], small, bold=True)
        lay.mono(data.journal_hash or "—", small, fonts.mono)
        if data.session_ref:
            lay.centered(w["session"].format(ref=data.session_ref), small)
        lay.space(body * 0.5)
        lay.signatures((w["handed_over"], w["received_by"]), small)
    lay.centered(w["printed"].format(moment=w.moment(data.printed_at)), small)
    return lay


def _closing_count(lay: _ZLayout, data: ZReportData, currencies: list[str], size: float, w: Words) -> None:
    """Pieces of every denomination at opening and at closing, and the amount counted."""
    lay.heading(w["count_heading"], lay.paper.body)
    widths = (0.31, 0.19, 0.19, 0.31)
    for cur in currencies:
        rows = [n for n in data.counts if n.currency == cur]
        lay.columns(
            (w.currency(cur), w["col_opening"], w["col_closing"], w["col_value"]),
            widths,
            size,
            bold=True,
            underline=True,
            keep_with_next=True,
        )
        for n in rows:
            closing = n.closing or 0
            lay.columns(
                (
                    w.denomination(n.denomination, cur),
                    str(n.opening),
                    str(closing),
                    w.amount(n.denomination * closing),
                ),
                widths,
                size,
            )
        opening_total = sum((n.denomination * n.opening for n in rows), ZERO)
        closing_total = sum((n.denomination * (n.closing or 0) for n in rows), ZERO)
        lay.columns((w["total"], w.amount(opening_total), "", w.amount(closing_total)), widths, size, bold=True)
        lay.space(size * 0.5)


def _opening_count(lay: _ZLayout, data: ZReportData, currencies: list[str], size: float, w: Words) -> None:
    """An open session has only its opening count: the pieces of the float."""
    lay.heading(w["float_heading"], lay.paper.body)
    widths = (0.45, 0.2, 0.35)
    for cur in currencies:
        rows = [n for n in data.counts if n.currency == cur and n.opening]
        lay.columns(
            (w.currency(cur), w["col_pieces"], w["col_value"]),
            widths,
            size,
            bold=True,
            underline=True,
            keep_with_next=True,
        )
        for n in rows:
            lay.columns(
                (w.denomination(n.denomination, cur), str(n.opening), w.amount(n.denomination * n.opening)),
                widths,
                size,
            )
        total = sum((n.denomination * n.opening for n in rows), ZERO)
        lay.columns((w["total"], "", w.amount(total)), widths, size, bold=True)
        lay.space(size * 0.5)


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
    if paper not in _PAPERS:
        raise ValueError(f"papel desconocido: {paper!r} (use {', '.join(PAPERS)})")
    words = Words(language)
    size = _PAPERS[paper]
    fonts = register_fonts()
    lay = _lay_out(data, paper, words)
    if size.roll:
        page_size = (size.width, size.top + size.bottom + sum(b.height for b in lay.blocks))
        pages = [lay.blocks]
    else:
        page_size = A4
        pages = _pages(lay, A4[1] - size.top - size.bottom)

    title = words["doc_z" if data.final else "doc_x"]
    when = data.closed_at or data.printed_at
    out = io.BytesIO()
    c = Canvas(out, pagesize=page_size, pageCompression=0)
    c.setTitle(f"{title} {data.till} {words.moment(when)}")
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
                words["page"].format(
                    title=title, till=data.till, day=words.day(when.date()), page=number, pages=len(pages)
                ),
            )
        c.showPage()
    c.save()
    return out.getvalue()


__all__ = [
    "LANGUAGES",
    "PAPERS",
    "TEXTS",
    "Words",
    "ZCount",
    "ZDrawer",
    "ZMaker",
    "ZMethod",
    "ZMovement",
    "ZOperation",
    "ZReportData",
    "build_z_report",
]
