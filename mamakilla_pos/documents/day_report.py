"""The day report (reporte del día) as an A4 PDF, in the conventions of every report (DESIGN.md §6).

Plain data in (the reports service's ``DayReport``), PDF bytes out, drawn
with the pieces of :mod:`.report_parts`: the shop's name and RUC and when it
was printed at the top, every table with its totals row, what takes away
(discounts, refunds, the cash rounding given, change, cash taken out,
payouts) negative with a true minus, payment methods in one order, and a
footer with the page number on every page. A cash session is named by its
till and its own short number (``Caja B001 · turno 2af30263``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from ..domain.money import ZERO
from ..domain.payments import METHOD_LABELS, method_rank
from .fonts import register_fonts
from .report_parts import SPANISH, WIDTH, Styles, build, data_table, escape, numbered_canvas, section
from .z_texts import TEXTS as Z_TEXTS

CURRENCY_NAMES = {"PEN": "Soles", "USD": "Dólares"}
# A drawer's rows as the Z report prints them: its word, the figure, and −1 for what takes cash away.
DRAWER_ROWS = (
    ("opening_float", "opening_float", 1),
    ("drawer_sales", "sales", 1),
    ("change", "change", -1),
    ("drawer_refunds", "refunds", -1),
    ("cash_in", "cash_in", 1),
    ("cash_out", "cash_out", -1),
    ("payouts", "payouts", -1),
)
ADVANCES_ROW = ("advances", "advances", 1)
"""Cash taken on custom orders less cash given back: printed only on a day that has some (DESIGN.md §10)."""
PARTNERS_ROW = ("partner_payments", "partner_payments", 1)
"""Cash partner shops paid for what they sold: printed only on a day that has some (DESIGN.md §10)."""
MONEY_NOTE = "Importes en soles (S/) salvo los dólares (US$); lo que resta va con signo menos."


class DayReportData(Protocol):
    """A day report: see ``mamakilla_pos.services.reports.DayReport`` for the meaning of each part."""

    @property
    def day(self) -> date: ...
    @property
    def sales(self) -> int: ...
    @property
    def refunds(self) -> int: ...
    @property
    def gross(self) -> Decimal: ...
    @property
    def discounts(self) -> Decimal: ...
    @property
    def sales_total(self) -> Decimal: ...
    @property
    def refunds_total(self) -> Decimal: ...
    @property
    def rounding(self) -> Decimal: ...
    @property
    def by_method(self) -> Sequence[Any]: ...  # method, sales, refunds, net
    @property
    def by_maker(self) -> Sequence[Any]: ...  # maker, accrued, reversed, net
    @property
    def sessions(self) -> Sequence[Any]: ...  # id, till, opened_at, closed_at, figures(currency), advances
    @property
    def net(self) -> Decimal: ...
    def cash(self, currency: str) -> Any: ...  # expected of every session; counted, difference of the closed


def session_name(session: Any) -> str:
    """``Caja B001 · turno 2af30263``: the till, and the cash session's own number."""
    return f"Caja {session.till} · turno {str(session.id)[:8]}"


def build_day_report(report: DayReportData, shop_name: str, shop_ruc: str, printed_at: datetime) -> bytes:
    """The day's sales, by payment method, its cash sessions and the makers' shares."""
    fonts = register_fonts()
    styles = Styles(fonts)
    day = f"{report.day:%d/%m/%Y}"
    shop = f"{shop_name} · RUC {shop_ruc}" if shop_ruc else shop_name
    printed = f"Impreso el {printed_at:%d/%m/%Y %H:%M}"
    story: list[Flowable] = [
        Paragraph(escape(f"Reporte del día {day}"), styles.title),
        Paragraph(escape(f"{shop} · {printed}"), styles.subtitle),
        Spacer(1, 3 * mm),
        Paragraph(
            escape("Importes en soles (S/) salvo los dólares (US$); lo que resta va con signo menos."), styles.note
        ),
    ]
    story += _summary(styles, report)
    story += _methods(styles, report)
    story += _advances(styles, report)
    story += _drawers(styles, report)
    story += _sessions(styles, report)
    story += _makers(styles, report)

    def footer(page: int, pages: int) -> tuple[str, str]:
        return f"Reporte del día {day} · {shop_name}", f"{printed} · página {page} de {pages}"

    return build(story, f"Reporte del día {day}", numbered_canvas(footer, fonts))


def _summary(styles: Styles, report: DayReportData) -> list[Flowable]:
    """From gross to what was taken: each line adds to the next."""
    money = SPANISH.money
    rows = [
        ["Bruto (cantidad × precio)", money(report.gross)],
        ["Descuentos", money(-report.discounts)],
        [f"Ventas ({report.sales})", money(report.sales_total)],
        [f"Devoluciones ({report.refunds})", money(-report.refunds_total)],
        ["Neto", money(report.net)],
        ["Redondeo en efectivo", money(-report.rounding)],
    ]
    total = ["Total cobrado", money(report.net - report.rounding)]
    table = data_table(styles, ["Concepto", "Importe"], rows, [WIDTH - 45 * mm, 45 * mm], total)
    return section(styles, "Resumen", table)


def _methods(styles: Styles, report: DayReportData) -> list[Flowable]:
    amount = SPANISH.amount
    methods = sorted(report.by_method, key=lambda m: method_rank(m.method))
    rows = [
        [METHOD_LABELS.get(m.method, m.method), amount(m.sales), amount(-m.refunds), amount(m.net)] for m in methods
    ]
    sales = sum((m.sales for m in methods), ZERO)
    refunds = sum((m.refunds for m in methods), ZERO)
    total = ["Total cobrado", amount(sales), amount(-refunds), amount(sales - refunds)]
    widths = [WIDTH - 105 * mm, 35 * mm, 35 * mm, 35 * mm]
    table = data_table(styles, ["Método", "Ventas", "Devoluciones", "Neto"], rows, widths, total)
    return section(styles, "Por método de pago", table, note="Lo que quedó en cada medio después del vuelto.")


def _drawers(styles: Styles, report: DayReportData) -> list[Flowable]:
    """Each drawer over the day, in the rows, words and signs of the Z report: how its expected cash is made up."""
    if not report.sessions:
        return []
    words = Z_TEXTS["es"]
    money = SPANISH.money
    drawers = {currency: _drawer_sums(report, currency) for currency in CURRENCY_NAMES}
    shown = list(DRAWER_ROWS)
    for extra in (PARTNERS_ROW, ADVANCES_ROW):
        if any(d[extra[1]] for d in drawers.values()):
            shown.insert(2, extra)
    rows = [
        [words[key], *(money(sign * d[attribute], c) for c, d in drawers.items())] for key, attribute, sign in shown
    ]
    counts = {currency: report.cash(currency) for currency in CURRENCY_NAMES}
    every_closed = all(s.closed_at is not None for s in report.sessions)
    counted = words["counted"] if every_closed else "Contado (cajas cerradas)"

    def maybe(value: Decimal | None, currency: str) -> str:
        return "—" if value is None else money(value, currency)

    ends = [
        [words["expected"], *(money(counts[c].expected, c) for c in drawers)],
        [counted, *(maybe(n.counted, c) for c, n in counts.items())],
        [words["difference"].capitalize(), *(maybe(n.difference, c) for c, n in counts.items())],
    ]
    headers = ["Efectivo", *CURRENCY_NAMES.values()]
    table = data_table(styles, headers, rows, [WIDTH - 90 * mm, 45 * mm, 45 * mm], totals=ends)
    note = "Lo que cada caja recibió y entregó en el día, sumadas sus cajas; cada caja, en la tabla siguiente."
    return section(styles, "Efectivo por caja: soles y dólares", table, note=note)


def _advances(styles: Styles, report: DayReportData) -> list[Flowable]:
    """Advances on custom orders by method, taken and given back: money in that is not a sale (DESIGN.md §10)."""
    totals: dict[str, list[Decimal]] = {}
    for session in report.sessions:
        for a in session.advances:
            row = totals.setdefault(a.method, [ZERO, ZERO])
            row[0] += a.taken
            row[1] += a.returned
    if not totals:
        return []
    amount = SPANISH.amount
    methods = sorted(totals, key=method_rank)
    rows = [
        [METHOD_LABELS.get(m, m), amount(totals[m][0]), amount(-totals[m][1]), amount(totals[m][0] - totals[m][1])]
        for m in methods
    ]
    taken = sum((totals[m][0] for m in methods), ZERO)
    returned = sum((totals[m][1] for m in methods), ZERO)
    total = ["Total señas", amount(taken), amount(-returned), amount(taken - returned)]
    widths = [WIDTH - 105 * mm, 35 * mm, 35 * mm, 35 * mm]
    table = data_table(styles, ["Método", "Recibidas", "Devueltas", "Neto"], rows, widths, total)
    note = "No son ventas: la venta se registra al recoger el encargo, con las señas como «anticipo»."
    return section(styles, "Señas de encargos (S/)", table, note=note)


def _drawer_sums(report: DayReportData, currency: str) -> dict[str, Decimal]:
    """Each figure of a drawer (:data:`DRAWER_ROWS`) added up over the day's sessions."""
    sums = {attribute: ZERO for _, attribute, _ in (*DRAWER_ROWS, ADVANCES_ROW, PARTNERS_ROW)}
    for session in report.sessions:
        figures = session.figures(currency)
        for attribute in sums:
            sums[attribute] += getattr(figures, attribute)
    return sums


def _sessions(styles: Styles, report: DayReportData) -> list[Flowable]:
    """Each session's drawers: expected, counted, difference; a totals row per currency."""
    rows: list[list[str]] = []
    totals: dict[str, list[Decimal | None]] = {}
    for session in report.sessions:
        closed = f"{session.closed_at:%d/%m %H:%M}" if session.closed_at else "abierta"
        label = f"{session_name(session)} ({session.opened_at:%d/%m %H:%M} – {closed})"
        for currency in ("PEN", "USD"):
            f = session.figures(currency)
            if currency == "USD" and not f.expected and not f.counted:
                continue
            sums = totals.setdefault(currency, [ZERO, None, None])
            sums[0] = (sums[0] or ZERO) + f.expected
            if f.counted is not None:
                sums[1] = (sums[1] or ZERO) + f.counted
                sums[2] = (sums[2] or ZERO) + (f.difference or ZERO)
            rows.append([label, CURRENCY_NAMES[currency], *_count_cells(f.expected, f.counted, f.difference, currency)])
            label = ""
    if not rows:
        return section(styles, "Cajas del día", Paragraph("Ninguna caja abierta este día.", styles.body))
    ends = [
        [f"Total {CURRENCY_NAMES[currency].lower()}", "", *_count_cells(sums[0], sums[1], sums[2], currency)]
        for currency, sums in totals.items()
    ]
    widths = [WIDTH - 124 * mm, 22 * mm, 34 * mm, 34 * mm, 34 * mm]
    headers = ["Caja", "Moneda", "Esperado", "Contado", "Diferencia"]
    table = data_table(styles, headers, rows, widths, left=2, totals=ends)
    return section(styles, "Cajas del día: efectivo esperado y contado", table)


def _count_cells(
    expected: Decimal | None, counted: Decimal | None, difference: Decimal | None, currency: str
) -> list[str]:
    money = SPANISH.money
    return [
        money(expected or ZERO, currency),
        "—" if counted is None else money(counted, currency),
        "—" if difference is None else money(difference, currency),
    ]


def _makers(styles: Styles, report: DayReportData) -> list[Flowable]:
    amount = SPANISH.amount
    rows = [[m.maker, amount(m.accrued), amount(-m.reversed), amount(m.net)] for m in report.by_maker]
    if not rows:
        return section(styles, "Participación por artesana", Paragraph("Sin participaciones este día.", styles.body))
    accrued = sum((m.accrued for m in report.by_maker), ZERO)
    reversed_ = sum((m.reversed for m in report.by_maker), ZERO)
    total = ["Total", amount(accrued), amount(-reversed_), amount(accrued - reversed_)]
    widths = [WIDTH - 105 * mm, 35 * mm, 35 * mm, 35 * mm]
    table = data_table(styles, ["Artesana", "Generado", "Devuelto", "Neto"], rows, widths, total)
    return section(styles, "Participación por artesana (S/)", table)
