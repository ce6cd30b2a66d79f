"""The period report (informe de ventas) as an A4 PDF with ReportLab's own charts.

Plain data in, PDF bytes out: the report is anything shaped like
:class:`PeriodReportData` (the analytics service's ``PeriodReport`` is).
Drawn with the pieces of :mod:`.report_parts`. Amounts that take away
(discounts, refunds, the cash rounding given) are printed negative; payment
methods come in the order of :data:`~mamakilla_pos.domain.payments.METHODS`;
a maker's figures are her part of her items' sales, so that they add up to
the shop's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table
from reportlab.platypus.flowables import Flowable

from ..domain.money import ZERO
from ..domain.payments import METHOD_LABELS, method_rank
from .fonts import register_fonts
from .report_parts import (
    CHART_ROWS,
    SPANISH,
    WIDTH,
    Styles,
    bar_list_chart,
    build,
    column_chart,
    data_table,
    empty_drawing,
    escape,
    kpi_tiles,
    numbered_canvas,
    pie_chart,
    section,
    short,
)

DAILY_LIMIT = 62
"""Longer periods are charted (and tabulated) by month instead of by day."""
TABLE_ROWS = 100
"""At most this many products in the product table of the PDF (the spreadsheet has them all)."""


# -- what the report needs (the analytics dataclasses have this shape) ------------------------------


class Grouped(Protocol):
    """Figures of a day, month, product, category, maker, location or seller."""

    @property
    def key(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def tickets(self) -> int: ...
    @property
    def detail(self) -> str: ...
    @property
    def units(self) -> int: ...
    @property
    def gross(self) -> Decimal: ...
    @property
    def discounts(self) -> Decimal: ...
    @property
    def refunds(self) -> Decimal: ...
    @property
    def net(self) -> Decimal: ...
    @property
    def shares(self) -> Decimal: ...


class PeriodReportData(Protocol):
    """A period report: see ``mamakilla_pos.services.analytics.PeriodReport`` for the meaning of each part."""

    @property
    def period(self) -> Any: ...  # .start, .end
    @property
    def summary(
        self,
    ) -> Any: ...  # tickets, refund_tickets, units_sold, units_returned, gross, discounts, refunds, net, shares…
    @property
    def by_day(self) -> Sequence[Grouped]: ...
    @property
    def by_month(self) -> Sequence[Grouped]: ...
    @property
    def by_product(self) -> Sequence[Grouped]: ...
    @property
    def by_category(self) -> Sequence[Grouped]: ...
    @property
    def by_maker(self) -> Sequence[Grouped]: ...
    @property
    def by_location(self) -> Sequence[Grouped]: ...
    @property
    def by_seller(self) -> Sequence[Grouped]: ...
    @property
    def by_method(self) -> Sequence[Any]: ...  # method, tickets, sales, refunds, net
    @property
    def top_products(self) -> Sequence[Any]: ...  # product, category, units, net, stock
    @property
    def slow_products(self) -> Sequence[Any]: ...
    @property
    def stock(self) -> Sequence[Any]: ...  # location, units, value, short
    @property
    def generated_at(self) -> datetime: ...


# -- the period report ---------------------------------------------------------------------------


def _amount(value: Decimal) -> str:
    return SPANISH.amount(value)


def _units(value: int | Decimal, parts: bool = False) -> str:
    """Units: whole pieces, or a maker's part of them in tenths (``parts``)."""
    return SPANISH.number(value, 1 if parts else 0)


def _percent(ratio: Decimal) -> str:
    return f"{(Decimal(ratio) * 100).quantize(Decimal('0.1'))} %"


def _period_text(start: date, end: date) -> str:
    if start == end:
        return f"{start:%d/%m/%Y}"
    return f"del {start:%d/%m/%Y} al {end:%d/%m/%Y}"


MONEY_NOTE = "Importes en soles (S/); lo que resta (descuentos, devoluciones, redondeo) va con signo menos."
_FIGURE_HEADERS = ("Unid.", "Bruto", "Desc.", "Devol.", "Neto", "Artesanas")
_FIGURE_WIDTHS = (12 * mm, 19 * mm, 16 * mm, 16 * mm, 19 * mm, 19 * mm)
_TAKEN_AWAY = {"discounts", "refunds"}
"""Columns that take away from the gross: printed negative, so that each row adds up across."""


def _figure_cells(f: Grouped, parts: bool = False) -> list[object]:
    return [_units(f.units, parts), *(_signed(f, attr) for attr in ("gross", "discounts", "refunds", "net", "shares"))]


def _signed(f: Grouped, attr: str) -> str:
    value = getattr(f, attr)
    return _amount(-value if attr in _TAKEN_AWAY else value)


def _figures_table(
    styles: Styles,
    first: str,
    rows: Sequence[Grouped],
    *,
    name: Callable[[Grouped], str] | None = None,
    tickets: bool = False,
    detail: str = "",
    parts: bool = False,
) -> Table:
    """One row per group and a totals row; ``parts``: a maker's part of units, in tenths."""
    headers = [first] + ([detail] if detail else []) + (["Ventas"] if tickets else []) + list(_FIGURE_HEADERS)
    fixed = sum(_FIGURE_WIDTHS) + (13 * mm if tickets else 0) + (26 * mm if detail else 0)
    widths = [WIDTH - fixed] + ([26 * mm] if detail else []) + ([13 * mm] if tickets else []) + list(_FIGURE_WIDTHS)
    body = []
    for f in rows:
        cells: list[object] = [name(f) if name else (f.label or "—")]
        if detail:
            cells.append(Paragraph(escape(short(f.detail, 22)), styles.cell))
        if tickets:
            cells.append(_units(f.tickets))
        body.append(cells + _figure_cells(f, parts))
    total: list[object] = ["Total", *([""] if detail else [])]
    if tickets:
        total.append(_units(sum(f.tickets for f in rows)))
    total += [
        _units(sum((f.units for f in rows), ZERO), parts),
        *(
            _amount(sum(((-1 if a in _TAKEN_AWAY else 1) * getattr(f, a) for f in rows), ZERO))
            for a in ("gross", "discounts", "refunds", "net", "shares")
        ),
    ]
    return data_table(styles, headers, body, widths, total, left=2 if detail else 1)


def _rank_table(styles: Styles, ranks: Sequence[Any]) -> Table:
    widths = [WIDTH - 88 * mm, 36 * mm, 16 * mm, 20 * mm, 16 * mm]
    rows = [
        [
            r.product,
            Paragraph(escape(short(r.category, 26)), styles.cell),
            _units(r.units),
            _amount(r.net),
            _units(r.stock),
        ]
        for r in ranks
    ]
    return data_table(styles, ["Producto", "Categoría", "Unid.", "Neto", "En stock"], rows, widths, left=2)


def build_period_report(report: PeriodReportData, shop_name: str, shop_ruc: str = "") -> bytes:
    """The period report: key figures, three charts, then every breakdown as a table."""
    fonts = register_fonts()
    styles = Styles(fonts)
    period = report.period
    period_text = _period_text(period.start, period.end)
    heading = f"{shop_name} · RUC {shop_ruc}" if shop_ruc else shop_name
    story: list[Flowable] = [
        Paragraph("Informe de ventas", styles.title),
        Paragraph(escape(f"{heading} · {period_text}"), styles.subtitle),
        Spacer(1, 4 * mm),
        _key_figures(styles, report),
        Paragraph(escape(f"{MONEY_NOTE} Generado el {report.generated_at:%d/%m/%Y %H:%M}."), styles.note),
    ]
    daily = len(report.by_day) <= DAILY_LIMIT
    story += _charts(styles, report, daily)
    story += _methods(styles, report)
    story += _breakdowns(styles, report, daily)
    printed = f"Impreso el {report.generated_at:%d/%m/%Y %H:%M}"

    def footer(page: int, pages: int) -> tuple[str, str]:
        return f"Informe de ventas {period_text} · {shop_name}", f"{printed} · página {page} de {pages}"

    return build(story, f"Informe de ventas {period_text}", numbered_canvas(footer, fonts))


def _key_figures(styles: Styles, report: PeriodReportData) -> Flowable:
    s = report.summary
    money = SPANISH.money
    return kpi_tiles(
        styles,
        [
            (money(s.net), "Ventas netas (menos devoluciones)"),
            (_units(s.tickets), "Ventas"),
            (_units(s.units), "Unidades vendidas (menos devueltas)"),
            (money(s.average_ticket), "Venta promedio"),
            (money(s.gross), "Bruto (cantidad × precio)"),
            (money(-s.discounts), "Descuentos"),
            (money(-s.refunds), f"Devoluciones ({s.refund_tickets:,})"),
            (money(-s.rounding), "Redondeo en efectivo"),
            (money(s.shares), "Participación de las artesanas"),
            (_percent(s.share_ratio), "Parte del neto que fue a las artesanas"),
            (money(sum((v.value for v in report.stock), ZERO)), "Stock a precio de venta (al cierre)"),
            (_units(sum(v.units for v in report.stock)), "Unidades en stock (al cierre)"),
        ],
    )


def _charts(styles: Styles, report: PeriodReportData, daily: bool) -> list[Flowable]:
    timeline = report.by_day if daily else report.by_month
    labels = [f"{f.key[8:10]}/{f.key[5:7]}" if daily else f"{f.key[5:7]}/{f.key[2:4]}" for f in timeline]
    has_sales = any(f.net or f.units for f in timeline)
    story = section(
        styles,
        "Ventas netas por día (S/)" if daily else "Ventas netas por mes (S/)",
        column_chart(styles, labels, [[f.net for f in timeline]], value_label=_amount)
        if has_sales
        else empty_drawing(styles, "Sin ventas en el periodo."),
    )
    places = [f for f in report.by_location if f.net > 0]
    if places:
        story += section(
            styles,
            "Ventas netas por ubicación",
            pie_chart(styles, [f.label for f in places], [f.net for f in places], _percent),
        )
    makers = sorted((f for f in report.by_maker if f.shares), key=lambda f: (-f.shares, f.label))
    if makers:
        shown = makers[:CHART_ROWS]
        story += section(
            styles,
            "Participación ganada por artesana (S/)",
            bar_list_chart(styles, [f.label for f in shown], [f.shares for f in shown], SPANISH.money),
            note=""
            if len(makers) <= CHART_ROWS
            else f"Las {CHART_ROWS} que más ganaron; todas en la tabla por artesana.",
        )
    return story


def _methods(styles: Styles, report: PeriodReportData) -> list[Flowable]:
    methods = sorted(report.by_method, key=lambda m: method_rank(m.method))
    rows = [
        [
            METHOD_LABELS.get(m.method, m.method),
            _units(m.count),
            _amount(m.sales),
            _amount(-m.refunds),
            _amount(m.net),
        ]
        for m in methods
    ]
    total = [
        "Total",
        _units(sum(m.count for m in methods)),
        _amount(sum((m.sales for m in methods), ZERO)),
        _amount(-sum((m.refunds for m in methods), ZERO)),
        _amount(sum((m.net for m in methods), ZERO)),
    ]
    return section(
        styles,
        "Por método de pago",
        data_table(
            styles,
            ["Método", "Ventas", "Cobrado", "Devuelto", "Neto"],
            rows,
            [WIDTH - 94 * mm, 18 * mm, 26 * mm, 24 * mm, 26 * mm],
            total,
        ),
        note="Lo cobrado es lo que quedó en cada medio después del vuelto y del redondeo en efectivo. "
        "Una venta pagada con dos medios cuenta en los dos.",
    )


def _breakdowns(styles: Styles, report: PeriodReportData, daily: bool) -> list[Flowable]:
    story = section(styles, "Por ubicación", _figures_table(styles, "Ubicación", report.by_location, tickets=True))
    story += section(
        styles,
        "Por vendedora",
        _figures_table(styles, "Vendedora", report.by_seller, tickets=True, name=lambda f: f.label or "(sin usuaria)"),
    )
    story += section(styles, "Por categoría", _figures_table(styles, "Categoría", report.by_category))
    story += section(
        styles,
        "Por artesana",
        _figures_table(styles, "Artesana", report.by_maker, parts=True),
        note="La parte de cada una de los artículos que hizo: uno hecho entre varias se reparte según sus pesos "
        "(las unidades en décimos), así las filas suman lo vendido. La participación es solo la suya.",
    )
    story += section(styles, "Los más vendidos", _rank_table(styles, report.top_products))
    story += section(
        styles,
        "Los menos vendidos",
        _rank_table(styles, report.slow_products),
        note="Productos a la venta o con stock que menos se vendieron en el periodo.",
    )
    story += _stock(styles, report)
    products = report.by_product[:TABLE_ROWS]
    story += section(
        styles,
        "Por producto",
        _figures_table(styles, "Producto", products, detail="Categoría"),
        note=""
        if len(report.by_product) <= TABLE_ROWS
        else f"Los {TABLE_ROWS} de {len(report.by_product):,} productos con más ventas netas; "
        "la lista completa está en la exportación XLSX.",
    )
    timeline = report.by_day if daily else report.by_month
    story += section(
        styles,
        "Por día" if daily else "Por mes",
        _figures_table(
            styles,
            "Día" if daily else "Mes",
            [f for f in timeline if f.tickets or f.units or f.refunds] if daily else timeline,
            tickets=True,
            name=(lambda f: f"{date.fromisoformat(f.key):%d/%m/%Y}")
            if daily
            else (lambda f: f"{f.key[5:7]}/{f.key[:4]}"),
        ),
    )
    return story


def _stock(styles: Styles, report: PeriodReportData) -> list[Flowable]:
    rows = [[v.location, _units(v.units), _amount(v.value), _units(v.short)] for v in report.stock]
    total = [
        "Total",
        _units(sum(v.units for v in report.stock)),
        _amount(sum((v.value for v in report.stock), ZERO)),
        _units(sum(v.short for v in report.stock)),
    ]
    return section(
        styles,
        "Stock a precio de venta",
        data_table(
            styles,
            ["Ubicación", "Unidades", "Valor", "Vendidas sin stock"],
            rows,
            [WIDTH - 92 * mm, 24 * mm, 34 * mm, 34 * mm],
            total,
        ),
        note="Unidades al cierre del periodo a los precios de hoy.",
    )
