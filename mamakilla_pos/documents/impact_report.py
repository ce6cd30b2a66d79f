"""The annual impact report for the funders, in Spanish, English or French, as an A4 PDF.

Plain data in (anything shaped like :class:`ImpactReportData`: the analytics
service's ``ImpactReport`` is), PDF bytes out. Every word printed comes
from the small catalogue :data:`TEXTS`, one entry per language; numbers and
dates are written the way each language writes them. Charts are greys and
outlines with every bar, line and slice named, so the report reads the same
printed in black and white.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol

from reportlab.graphics.charts.legends import Legend, LineSwatch
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from ..domain.language import LANGUAGES, TRUE_MINUS, Formats
from ..domain.money import ZERO
from .fonts import register_fonts
from .impact_faces import faces_table
from .report_parts import (
    CHART_ROWS,
    GREYS,
    INK,
    WIDTH,
    Styles,
    bar_list_chart,
    build,
    canvas_drawing,
    data_table,
    empty_drawing,
    escape,
    kpi_tiles,
    numbered_canvas,
    pie_chart,
    section,
    set_value_axis,
)

TEXTS: dict[str, dict[str, str]] = {
    "es": {
        "title": "Informe anual de impacto {year}",
        "intro": (
            "Mama Killa es el taller de bolsos y accesorios del centro social Huchuy Yachaq (Santiago, Cusco). "
            "Las mujeres que cosen, bordan, repujan y pintan cada pieza reciben el {rate} de lo que se cobra por ella. "
            "Este informe muestra lo que hicieron, vendieron, ganaron y cobraron en {year}."
        ),
        "active": "Artesanas activas",
        "new": "Nuevas artesanas formadas",
        "made": "Unidades producidas",
        "sold": "Unidades vendidas",
        "paid": "Pagado a las artesanas",
        "earned": "Ganado por las artesanas",
        "share": "Parte de lo recaudado para ellas",
        "average": "Ingreso mensual promedio por artesana",
        "median": "Ingreso mensual mediano por artesana",
        "net_sales": "Ventas netas del año",
        "monthly_chart": "Cada mes: ventas netas y lo ganado por las artesanas (S/)",
        "sales_series": "Ventas netas",
        "earned_series": "Ganado por las artesanas",
        "paid_series": "Pagado (pagos a artesanas)",
        "income_chart": "Ingreso mensual promedio de cada artesana (S/)",
        "income_note": "Lo ganado en el año dividido entre los meses que formó parte del taller.",
        "top_note": "Las {n} con mayor ingreso; todas en la tabla.",
        "location_chart": "Ventas netas por lugar de venta",
        "makers_table": "Cada artesana en {year}",
        "faces": "Las artesanas de {year}",
        "maker": "Artesana",
        "joined": "Desde",
        "trainer": "Formada por",
        "units_made": "Hechas",
        "units_sold": "Vendidas",
        "earned_col": "Ganado",
        "paid_col": "Pagado",
        "monthly_col": "Mensual",
        "new_table": "Nuevas artesanas y quién las formó",
        "nobody_new": "Ninguna artesana se unió al taller este año.",
        "unknown_trainer": "(sin registrar)",
        "best_table": "Los productos más vendidos",
        "product": "Producto",
        "category": "Categoría",
        "units": "Unidades",
        "net": "Ventas netas",
        "locations_table": "Ventas por lugar",
        "location": "Lugar",
        "sales": "Ventas",
        "months_table": "Mes a mes",
        "month": "Mes",
        "total": "Total",
        "definitions": (
            "Definiciones. Ventas netas: lo cobrado por los artículos menos descuentos y devoluciones. "
            "Ganado: la participación de las artesanas en esas ventas, descontadas las devoluciones. "
            "Pagado: lo que recibieron en efectivo, Yape, Plin o transferencia, contra una constancia firmada. "
            "Artesana activa: produjo o vendió en el año. Unidades: cada pieza una vez; la de un artículo hecho "
            "entre varias se reparte entre ellas según su parte (en décimos), así la tabla suma lo producido "
            "y lo vendido. Importes en soles (S/)."
        ),
        "no_sales": "Sin ventas en el año.",
        "footer": "{shop} · Informe de impacto {year} · generado el {when}",
        "page": "Página {page} de {pages}",
        "months": "ene feb mar abr may jun jul ago sep oct nov dic",
    },
    "en": {
        "title": "Annual impact report {year}",
        "intro": (
            "Mama Killa is the bag and accessory workshop of the Huchuy Yachaq social centre (Santiago, Cusco). "
            "The women who sew, embroider, emboss and paint each piece receive {rate} of what it sells for. "
            "This report shows what they made, sold, earned and were paid in {year}."
        ),
        "active": "Active makers",
        "new": "New makers trained",
        "made": "Units made",
        "sold": "Units sold",
        "paid": "Paid out to the women",
        "earned": "Earned by the women",
        "share": "Share of proceeds to the women",
        "average": "Average monthly income per woman",
        "median": "Median monthly income per woman",
        "net_sales": "Net sales of the year",
        "monthly_chart": "Each month: net sales and what the women earned (S/)",
        "sales_series": "Net sales",
        "earned_series": "Earned by the women",
        "paid_series": "Paid out",
        "income_chart": "Average monthly income of each woman (S/)",
        "income_note": "What she earned in the year divided by the months she belonged to the workshop.",
        "top_note": "The {n} with the highest income; all of them in the table.",
        "location_chart": "Net sales by place of sale",
        "makers_table": "Each woman in {year}",
        "faces": "The women of {year}",
        "maker": "Maker",
        "joined": "Since",
        "trainer": "Trained by",
        "units_made": "Made",
        "units_sold": "Sold",
        "earned_col": "Earned",
        "paid_col": "Paid",
        "monthly_col": "Monthly",
        "new_table": "New makers and who trained them",
        "nobody_new": "No new maker joined the workshop this year.",
        "unknown_trainer": "(not recorded)",
        "best_table": "Best-selling products",
        "product": "Product",
        "category": "Category",
        "units": "Units",
        "net": "Net sales",
        "locations_table": "Sales by place",
        "location": "Place",
        "sales": "Sales",
        "months_table": "Month by month",
        "month": "Month",
        "total": "Total",
        "definitions": (
            "Definitions. Net sales: what the items sold for, less discounts and refunds. "
            "Earned: the women's share of those sales, refunds deducted. "
            "Paid out: what they received in cash, Yape, Plin or bank transfer against a signed slip. "
            "Active maker: made or sold something in the year. Units: each piece once; a piece made by several "
            "women is shared among them by their part (in tenths), so the table adds up to what was made and sold. "
            "Amounts in Peruvian soles (S/)."
        ),
        "no_sales": "No sales in the year.",
        "footer": "{shop} · Impact report {year} · generated {when}",
        "page": "Page {page} of {pages}",
        "months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    },
    "fr": {
        "title": "Rapport d’impact annuel {year}",
        "intro": (
            "Mama Killa est l’atelier de sacs et d’accessoires du centre social Huchuy Yachaq (Santiago, Cusco). "
            "Les femmes qui cousent, brodent, repoussent le cuir et peignent chaque pièce reçoivent {rate} "
            "de son prix de vente. Ce rapport présente ce qu’elles ont fabriqué, vendu, gagné et perçu en {year}."
        ),
        "active": "Artisanes actives",
        "new": "Nouvelles artisanes formées",
        "made": "Unités fabriquées",
        "sold": "Unités vendues",
        "paid": "Versé aux artisanes",
        "earned": "Gagné par les artisanes",
        "share": "Part des recettes pour les artisanes",
        "average": "Revenu mensuel moyen par artisane",
        "median": "Revenu mensuel médian par artisane",
        "net_sales": "Ventes nettes de l’année",
        "monthly_chart": "Chaque mois : ventes nettes et gains des artisanes (S/)",
        "sales_series": "Ventes nettes",
        "earned_series": "Gagné par les artisanes",
        "paid_series": "Versé",
        "income_chart": "Revenu mensuel moyen de chaque artisane (S/)",
        "income_note": "Ses gains de l’année divisés par le nombre de mois passés à l’atelier.",
        "top_note": "Les {n} aux revenus les plus élevés ; toutes figurent dans le tableau.",
        "location_chart": "Ventes nettes par lieu de vente",
        "makers_table": "Chaque artisane en {year}",
        "faces": "Les artisanes de {year}",
        "maker": "Artisane",
        "joined": "Depuis",
        "trainer": "Formée par",
        "units_made": "Fabriquées",
        "units_sold": "Vendues",
        "earned_col": "Gagné",
        "paid_col": "Versé",
        "monthly_col": "Mensuel",
        "new_table": "Nouvelles artisanes et leurs formatrices",
        "nobody_new": "Aucune nouvelle artisane n’a rejoint l’atelier cette année.",
        "unknown_trainer": "(non renseigné)",
        "best_table": "Produits les plus vendus",
        "product": "Produit",
        "category": "Catégorie",
        "units": "Unités",
        "net": "Ventes nettes",
        "locations_table": "Ventes par lieu",
        "location": "Lieu",
        "sales": "Ventes",
        "months_table": "Mois par mois",
        "month": "Mois",
        "total": "Total",
        "definitions": (
            "Définitions. Ventes nettes : prix de vente des articles, moins les remises et les remboursements. "
            "Gagné : la part des artisanes sur ces ventes, remboursements déduits. "
            "Versé : ce qu’elles ont reçu en espèces, par Yape, Plin ou virement, contre un reçu signé. "
            "Artisane active : a fabriqué ou vendu dans l’année. Unités : chaque pièce une fois ; celle d’un "
            "article fait à plusieurs est partagée selon la part de chacune (en dixièmes), si bien que le tableau "
            "totalise ce qui a été fabriqué et vendu. Montants en soles péruviens (S/)."
        ),
        "no_sales": "Aucune vente dans l’année.",
        "footer": "{shop} · Rapport d’impact {year} · généré le {when}",
        "page": "Page {page} sur {pages}",
        "months": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    },
}


class ImpactReportData(Protocol):
    """An impact report: see ``mamakilla_pos.services.impact.ImpactReport`` for the meaning of each part."""

    @property
    def year(self) -> int: ...
    @property
    def makers(
        self,
    ) -> Sequence[Any]: ...  # maker, joined_on, trainer, units_made, units_sold, earned, paid, months, monthly_income
    @property
    def new_makers(self) -> Sequence[Any]: ...  # maker, joined_on, trainer
    @property
    def months(self) -> Sequence[Any]: ...  # month, net, earned, paid
    @property
    def best_sellers(self) -> Sequence[Any]: ...  # product, category, units, net
    @property
    def locations(self) -> Sequence[Any]: ...  # label, tickets, units, net
    @property
    def total_paid(self) -> Decimal: ...
    @property
    def payouts(self) -> int: ...
    @property
    def average_monthly_income(self) -> Decimal: ...
    @property
    def median_monthly_income(self) -> Decimal: ...
    @property
    def generated_at(self) -> datetime: ...
    @property
    def active_makers(self) -> int: ...
    @property
    def total_earned(self) -> Decimal: ...
    @property
    def net_sales(self) -> Decimal: ...
    @property
    def women_share(self) -> Decimal: ...
    @property
    def units_made(self) -> int | Decimal: ...
    @property
    def units_sold(self) -> int: ...


class Words(Formats):
    """One language's texts and its way of writing numbers, money, percentages and dates."""

    def __init__(self, language: str) -> None:
        if language not in TEXTS:
            raise ValueError(f"unknown language: {language!r} (one of {', '.join(LANGUAGES)})")
        super().__init__(language, TRUE_MINUS)
        self.texts = TEXTS[language]
        self.month_names = self.texts["months"].split()

    def __getitem__(self, key: str) -> str:
        return self.texts[key]

    def month(self, number: int) -> str:
        return self.month_names[number - 1]


def _line_chart(styles: Styles, words: Words, months: Sequence[Any]) -> Drawing:
    """Net sales, earnings and payouts per month: three lines told apart by dash and marker, with a legend."""
    fonts = styles.fonts
    height = 66 * mm
    drawing = canvas_drawing(styles, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 18 * mm, 19 * mm
    chart.width, chart.height = WIDTH - chart.x - 4 * mm, height - chart.y - 5 * mm
    series = [[float(m.net) for m in months], [float(m.earned) for m in months], [float(m.paid) for m in months]]
    chart.data = series
    top = max([v for values in series for v in values] or [0])
    set_value_axis(chart.valueAxis, top * 1.05)
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = lambda v: words.number(Decimal(int(v)))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GREYS[5]
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.categoryAxis.categoryNames = [words.month(m.month) for m in months]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.dy = -3
    styles_ = (
        (INK, None, "FilledSquare"),
        (GREYS[3], (4, 2), "FilledCircle"),
        (GREYS[1], (1, 2), "FilledTriangle"),
    )
    for i, (colour, dash, marker) in enumerate(styles_):
        chart.lines[i].strokeColor = colour
        chart.lines[i].strokeWidth = 1.6 if i == 0 else 1.3
        chart.lines[i].strokeDashArray = dash
        chart.lines[i].symbol = makeMarker(marker, size=4.5, fillColor=colour, strokeColor=colour)
    drawing.add(chart)
    names = (words["sales_series"], words["earned_series"], words["paid_series"])
    legend = Legend()
    legend.x, legend.y = chart.x, 4 * mm
    legend.boxAnchor = "sw"
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx, legend.dy = 18, 6
    legend.fontName = fonts.regular
    legend.fontSize = 8
    # Entries as wide as their names, on one row inside the page: a long name pushes the next one along.
    legend.deltax = max(stringWidth(n, fonts.regular, 8) for n in names) + legend.dx + 14
    legend.colorNamePairs = []
    for i, name in enumerate(names):
        swatch = LineSwatch()
        swatch.strokeColor = styles_[i][0]
        swatch.strokeWidth = 1.6
        swatch.strokeDashArray = styles_[i][1]
        legend.colorNamePairs.append((swatch, name))
    drawing.add(legend)
    return drawing


def build_impact_report(
    report: ImpactReportData,
    shop_name: str,
    language: str = "es",
    share_rate: Decimal | None = None,
    portraits: Sequence[tuple[str, bytes]] = (),
) -> bytes:
    """The year told to the funders: key figures, the year month by month, each woman, products and places.

    ``portraits`` (a maker's name and her photo) are shown together before the table of each woman's year.

    Raises:
        ValueError: a language other than ``es``, ``en`` or ``fr``.
    """
    words = Words(language)
    fonts = register_fonts()
    styles = Styles(fonts)
    year = report.year
    story = _opening(styles, words, report, shop_name, share_rate) + _charts(styles, words, report)
    if portraits:
        story += section(styles, words["faces"].format(year=year), faces_table(styles, portraits))
    story += _tables(styles, words, report)
    story += [Spacer(1, 4 * mm), Paragraph(escape(words["definitions"]), styles.note)]
    when = words.day(report.generated_at.date())

    def footer(page: int, pages: int) -> tuple[str, str]:
        return (
            words["footer"].format(shop=shop_name, year=year, when=when),
            words["page"].format(page=page, pages=pages),
        )

    return build(story, words["title"].format(year=year), numbered_canvas(footer, fonts))


def _opening(
    styles: Styles, words: Words, report: ImpactReportData, shop_name: str, share_rate: Decimal | None
) -> list[Flowable]:
    """The title, what the report tells, and the year's key figures."""
    year = report.year
    rate = words.percent(share_rate) if share_rate is not None else words.percent(Decimal("0.45"))
    return [
        Paragraph(escape(words["title"].format(year=year)), styles.title),
        Paragraph(escape(shop_name), styles.subtitle),
        Spacer(1, 3 * mm),
        Paragraph(escape(words["intro"].format(rate=rate, year=year)), styles.body),
        Spacer(1, 4 * mm),
        kpi_tiles(
            styles,
            [
                (words.number(report.active_makers), words["active"]),
                (words.number(len(report.new_makers)), words["new"]),
                (words.number(report.units_made), words["made"]),
                (words.number(report.units_sold), words["sold"]),
                (words.money(report.total_paid), words["paid"]),
                (words.money(report.total_earned), words["earned"]),
                (words.percent(report.women_share), words["share"]),
                (words.money(report.net_sales), words["net_sales"]),
                (words.money(report.average_monthly_income), words["average"]),
                (words.money(report.median_monthly_income), words["median"]),
            ],
            columns=5,
        ),
    ]


def _charts(styles: Styles, words: Words, report: ImpactReportData) -> list[Flowable]:
    """The year month by month, the places it sold in, and each woman's monthly income (the best paid first)."""
    has_sales = any(m.net or m.earned or m.paid for m in report.months)
    story = section(
        styles,
        words["monthly_chart"],
        _line_chart(styles, words, report.months) if has_sales else empty_drawing(styles, words["no_sales"]),
    )
    places = [f for f in report.locations if f.net > 0]
    if places:
        story += section(
            styles,
            words["location_chart"],
            pie_chart(styles, [f.label for f in places], [f.net for f in places], words.percent),
        )
    earners = sorted((m for m in report.makers if m.monthly_income > 0), key=lambda m: (-m.monthly_income, m.maker))
    if earners:
        shown = earners[:CHART_ROWS]
        story += section(
            styles,
            words["income_chart"],
            bar_list_chart(styles, [m.maker for m in shown], [m.monthly_income for m in shown], words.money),
            note=words["income_note"]
            + ("" if len(earners) <= CHART_ROWS else " " + words["top_note"].format(n=CHART_ROWS)),
        )
    return story


def _makers_table(styles: Styles, words: Words, report: ImpactReportData) -> list[Flowable]:
    """Each woman's year; her units are her part of each piece, in tenths, so the columns add up."""
    w = words
    dated = any(m.joined_on for m in report.makers)
    rows = [
        [
            m.maker,
            *([w.day(m.joined_on) if m.joined_on else "—"] if dated else []),
            w.number(m.units_made, 1),
            w.number(m.units_sold, 1),
            w.amount(m.earned),
            w.amount(m.paid),
            w.amount(m.monthly_income),
        ]
        for m in report.makers
    ]
    total = [
        w["total"],
        *([""] if dated else []),
        w.number(sum((m.units_made for m in report.makers), ZERO), 1),
        w.number(sum((m.units_sold for m in report.makers), ZERO), 1),
        w.amount(sum((m.earned for m in report.makers), ZERO)),
        w.amount(sum((m.paid for m in report.makers), ZERO)),
        "",
    ]
    headers = [w["maker"], *([w["joined"]] if dated else []), w["units_made"], w["units_sold"]]
    headers += [w["earned_col"], w["paid_col"], w["monthly_col"]]
    widths = [18 * mm, 18 * mm, 23 * mm, 23 * mm, 20 * mm]
    widths = [WIDTH - sum(widths) - (22 * mm if dated else 0), *([22 * mm] if dated else []), *widths]
    return section(
        styles,
        w["makers_table"].format(year=report.year),
        data_table(styles, headers, rows, widths, total, left=2 if dated else 1),
    )


def _tables(styles: Styles, words: Words, report: ImpactReportData) -> list[Flowable]:
    """Each woman, the women new this year, the months, the best sellers and the places, as tables."""
    story = _makers_table(styles, words, report)
    for table in (_new_makers_table, _months_table, _best_sellers_table, _places_table):
        story += table(styles, words, report)
    return story


def _new_makers_table(styles: Styles, w: Words, report: ImpactReportData) -> list[Flowable]:
    if report.new_makers:
        new_rows = [[n.maker, w.day(n.joined_on), n.trainer or w["unknown_trainer"]] for n in report.new_makers]
        new_table: Flowable = data_table(
            styles, [w["maker"], w["joined"], w["trainer"]], new_rows, [WIDTH - 100 * mm, 28 * mm, 72 * mm], left=3
        )
    else:
        new_table = Paragraph(escape(w["nobody_new"]), styles.body)
    return section(styles, w["new_table"], new_table)


def _months_table(styles: Styles, w: Words, report: ImpactReportData) -> list[Flowable]:
    month_rows = [
        [f"{w.month(m.month)} {report.year}", w.amount(m.net), w.amount(m.earned), w.amount(m.paid)]
        for m in report.months
    ]
    month_total = [
        w["total"],
        w.amount(sum((m.net for m in report.months), ZERO)),
        w.amount(sum((m.earned for m in report.months), ZERO)),
        w.amount(sum((m.paid for m in report.months), ZERO)),
    ]
    return section(
        styles,
        w["months_table"],
        data_table(
            styles,
            [w["month"], w["net"], w["earned_col"], w["paid_col"]],
            month_rows,
            [WIDTH - 102 * mm, 34 * mm, 34 * mm, 34 * mm],
            month_total,
        ),
    )


def _best_sellers_table(styles: Styles, w: Words, report: ImpactReportData) -> list[Flowable]:
    best_rows = [[r.product, r.category, w.number(r.units), w.amount(r.net)] for r in report.best_sellers]
    return section(
        styles,
        w["best_table"],
        data_table(
            styles,
            [w["product"], w["category"], w["units"], w["net"]],
            best_rows,
            [WIDTH - 90 * mm, 40 * mm, 20 * mm, 30 * mm],
            left=2,
        ),
    )


def _places_table(styles: Styles, w: Words, report: ImpactReportData) -> list[Flowable]:
    place_rows = [[f.label, w.number(f.tickets), w.number(f.units), w.amount(f.net)] for f in report.locations]
    place_total = [
        w["total"],
        w.number(sum(f.tickets for f in report.locations)),
        w.number(sum(f.units for f in report.locations)),
        w.amount(sum((f.net for f in report.locations), ZERO)),
    ]
    return section(
        styles,
        w["locations_table"],
        data_table(
            styles,
            [w["location"], w["sales"], w["units"], w["net"]],
            place_rows,
            [WIDTH - 90 * mm, 25 * mm, 25 * mm, 40 * mm],
            place_total,
        ),
    )


__all__ = ["LANGUAGES", "TEXTS", "ImpactReportData", "Words", "build_impact_report"]
