"""The pieces every A4 report is made of: styles, key-figure tiles, tables, charts, numbered pages.

Shared by the period report, the impact report and the day report. Tables
split over pages repeat their heading row and keep their totals row with
the rows it closes; a section's heading stays with the start of what
follows. Charts are drawn with ``reportlab.graphics`` in greys and
outlines, every bar and slice labelled, so a report reads the same printed
in black and white. Every text is in the embedded DejaVu fonts (nothing is
left in ReportLab's default Helvetica), and amounts are written with a true
minus sign (:data:`~mamakilla_pos.domain.language.TRUE_MINUS`).
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Circle, Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from ..domain.language import TRUE_MINUS, Formats
from ..domain.money import ZERO
from .fonts import Fonts

PAGE = A4
MARGIN = 16 * mm
WIDTH = PAGE[0] - 2 * MARGIN

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
SHADE = colors.HexColor("#EFEFEF")
GREYS = tuple(colors.Color(g, g, g) for g in (0.15, 0.55, 0.82, 0.35, 0.68, 0.93, 0.25, 0.45, 0.6, 0.75))
"""Fills that stay apart when printed in black and white; every slice also carries its name."""

CHART_ROWS = 20
"""At most this many bars in a chart of makers (the table lists them all)."""

SPANISH = Formats("es", TRUE_MINUS)
"""How the Spanish reports write money and numbers: ``S/ 1,234.50``, ``−S/ 5.00``."""


class Styles:
    """Paragraph styles of the reports, on the embedded DejaVu fonts."""

    def __init__(self, fonts: Fonts) -> None:
        self.fonts = fonts
        self.title = ParagraphStyle("title", fontName=fonts.bold, fontSize=19, leading=23, textColor=INK)
        self.subtitle = ParagraphStyle("subtitle", fontName=fonts.regular, fontSize=10.5, leading=14, textColor=MUTED)
        self.heading = ParagraphStyle(
            "heading", fontName=fonts.bold, fontSize=12.5, leading=16, spaceBefore=5 * mm, spaceAfter=2 * mm
        )
        self.body = ParagraphStyle("body", fontName=fonts.regular, fontSize=9.5, leading=12.5, textColor=INK)
        self.note = ParagraphStyle("note", fontName=fonts.regular, fontSize=8, leading=10.5, textColor=MUTED)
        self.cell = ParagraphStyle("cell", fontName=fonts.regular, fontSize=8.5, leading=10.5)
        self.cell_bold = ParagraphStyle("cellb", fontName=fonts.bold, fontSize=8.5, leading=10.5)
        self.kpi_value = ParagraphStyle("kv", fontName=fonts.bold, fontSize=14, leading=17, textColor=INK)
        self.kpi_label = ParagraphStyle("kl", fontName=fonts.regular, fontSize=8, leading=10, textColor=MUTED)
        self.right = ParagraphStyle("right", parent=self.cell, alignment=TA_RIGHT)


def escape(text: str) -> str:
    """Text safe inside a ReportLab paragraph."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def kpi_tiles(styles: Styles, tiles: Sequence[tuple[str, str]], columns: int = 4) -> Table:
    """Big figures with a small caption under each, ``columns`` to a row."""
    room = WIDTH / columns - 13
    cells = []
    for value, label in tiles:
        size = styles.kpi_value.fontSize
        while size > 8 and stringWidth(value, styles.kpi_value.fontName, size) > room:
            size -= 0.5
        style = ParagraphStyle("kpi", parent=styles.kpi_value, fontSize=size, leading=max(size + 3, 12))
        cells.append([Paragraph(escape(value), style), Paragraph(escape(label), styles.kpi_label)])
    while len(cells) % columns:
        cells.append("")  # type: ignore[arg-type]
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    table = Table(rows, colWidths=[WIDTH / columns] * columns, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.fonts.regular, 8),  # the empty cells too: no Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F7F7F7")),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def data_table(
    styles: Styles,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    total: Sequence[object] | None = None,
    left: int = 1,
    totals: Sequence[Sequence[object]] = (),
) -> Table:
    """A table that splits over pages with its headings repeated and its totals kept with its last row.

    The first ``left`` columns hold text (the first one wraps inside its
    width: long product names); the others are numbers, right-aligned.
    ``total`` is the totals row; ``totals`` several (one per currency).
    """
    fonts = styles.fonts
    ends = [*([total] if total is not None else []), *totals]
    every = [*rows, *ends]
    widths = _widened(fonts, every, widths, left)
    size = _fitting_size(fonts, headers, every, widths, left)
    body: list[list[object]] = [list(headers)]
    for row in rows:
        first, *rest = row
        body.append([Paragraph(escape(str(first)), styles.cell), *rest])
    for row in ends:
        first, *rest = row
        body.append([Paragraph(escape(str(first)), styles.cell_bold), *rest])
    table = Table(body, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), fonts.regular, size),
        ("FONT", (0, 0), (-1, 0), fonts.bold, min(size, 7.8)),
        ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
        ("ALIGN", (left, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if ends:
        first = -len(ends)
        style += [
            ("FONT", (0, first), (-1, -1), fonts.bold, size),
            ("LINEABOVE", (0, first), (-1, first), 0.8, INK),
            ("BACKGROUND", (0, first), (-1, -1), colors.white),
            # The totals never start a page on their own: they stay with the row above them.
            ("NOSPLIT", (0, max(first - 1, -len(body) + 1)), (-1, -1)),
        ]
    table.setStyle(TableStyle(style))
    return table


def _widened(fonts: Fonts, rows: Sequence[Sequence[object]], widths: Sequence[float], left: int) -> list[float]:
    """Widths where number columns too narrow for their figures take room from the first (text) column."""
    result = list(widths)
    for col in range(left, len(result)):
        need = max(
            (stringWidth(row[col], fonts.bold, 8.2) + 7 for row in rows if isinstance(row[col], str)), default=0.0
        )
        extra = min(max(need - result[col], 0), result[0] - 40 * mm)
        if extra > 0:
            result[col] += extra
            result[0] -= extra
    return result


def _fitting_size(
    fonts: Fonts, headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float], left: int
) -> float:
    """The largest font size (8.2 pt at most, 6 pt at least) at which every number fits its column."""
    size = 8.2
    while size > 6:
        fits = all(
            stringWidth(str(cell), fonts.bold, size) + 6 <= widths[col]
            for row in rows
            for col, cell in enumerate(row)
            if col >= left and isinstance(cell, str)
        )
        if fits:
            break
        size -= 0.4
    return size


def section(styles: Styles, title: str, *content: Flowable, note: str = "") -> list[Flowable]:
    """A heading kept with the start of what follows it."""
    head: list[Flowable] = [Paragraph(escape(title), styles.heading)]
    if note:
        head.append(Paragraph(escape(note), styles.note))
        head.append(Spacer(1, 1.5 * mm))
    return [CondPageBreak(45 * mm), KeepTogether([*head, content[0]]), *content[1:]]


def canvas_drawing(styles: Styles, height: float) -> Drawing:
    """A drawing as wide as the text, started in DejaVu (ReportLab would start it in an unembedded Helvetica)."""
    drawing = Drawing(WIDTH, height)
    drawing.initialFontName = styles.fonts.regular
    return drawing


def _plot(value: Decimal | int) -> float:
    # Charts place bars with floats; the amounts printed come from the Decimals.
    return float(value)


def nice_axis(top: float) -> tuple[float, float]:
    """A round axis maximum at or above ``top`` and its step: four or five round ticks (0, 250, 500…)."""
    if top <= 0:
        return 1.0, 0.25
    raw = top / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return step * math.ceil(top / step), step


def set_value_axis(axis: Any, top: float) -> None:
    """Give a chart's value axis round limits and ticks for values up to ``top``."""
    axis.valueMin = 0
    axis.valueMax, axis.valueStep = nice_axis(top)


def _axis_money(value: float) -> str:
    return f"{value:,.0f}"


def empty_drawing(styles: Styles, text: str, height: float = 18 * mm) -> Drawing:
    drawing = canvas_drawing(styles, height)
    drawing.add(String(0, height / 2, text, fontName=styles.fonts.regular, fontSize=9.5, fillColor=MUTED))
    return drawing


def column_chart(
    styles: Styles,
    labels: Sequence[str],
    series: Sequence[Sequence[Decimal]],
    names: Sequence[str] = (),
    height: float = 62 * mm,
    value_label: Callable[[Decimal], str] | None = None,
) -> Drawing:
    """Vertical bars per category; several series side by side in distinct greys with a legend.

    With few bars each carries its value; with many, only every few category names are written.
    """
    drawing = canvas_drawing(styles, height)
    chart = VerticalBarChart()
    legend_room = 7 * mm if names else 0
    many = len(labels) > 16
    chart.x, chart.y = 16 * mm, (13 if many else 9) * mm + legend_room
    chart.width, chart.height = WIDTH - chart.x - 2 * mm, height - chart.y - 5 * mm
    chart.data = [[_plot(v) for v in values] for values in series]
    _column_axes(chart, styles.fonts, labels, max([_plot(v) for values in series for v in values] or [0]))
    chart.barSpacing = 0.5
    chart.groupSpacing = 4 if len(labels) < 20 else 1
    for i in range(len(series)):
        chart.bars[i].fillColor = GREYS[i % len(GREYS)]
        chart.bars[i].strokeColor = INK
        chart.bars[i].strokeWidth = 0.35
    if value_label:
        _column_values(chart, styles.fonts, [[value_label(v) for v in values] for values in series], len(labels))
    drawing.add(chart)
    if names:
        drawing.add(_column_legend(chart, styles.fonts, names))
    return drawing


def _column_axes(chart: VerticalBarChart, fonts: Fonts, labels: Sequence[str], top: float) -> None:
    """Money up the side over light grid lines; at most 16 category names along the bottom, slanted when many."""
    set_value_axis(chart.valueAxis, top * 1.08)
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = _axis_money
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.valueAxis.gridStrokeWidth = 0.4
    step = max(1, -(-len(labels) // 16))
    chart.categoryAxis.categoryNames = [name if i % step == 0 else "" for i, name in enumerate(labels)]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 7
    if len(labels) > 16:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dx = 2
    chart.categoryAxis.labels.dy = -2


def _column_values(chart: VerticalBarChart, fonts: Fonts, texts: list[list[str]], categories: int) -> None:
    """Each bar's value over it, when every one fits the bar's width."""
    slot = chart.width / max(categories * len(texts), 1)
    if texts and all(stringWidth(t, fonts.regular, 6.5) < slot - 2 for row in texts for t in row):
        chart.barLabelFormat = "values"
        chart.barLabelArray = texts
        chart.barLabels.fontName = fonts.regular
        chart.barLabels.fontSize = 6.5
        chart.barLabels.nudge = 6


def _column_legend(chart: VerticalBarChart, fonts: Fonts, names: Sequence[str]) -> Legend:
    """The series' names beside their greys, in one row under the chart."""
    legend = Legend()
    legend.x, legend.y = chart.x, 3 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 60 * mm
    legend.fontName = fonts.regular
    legend.fontSize = 8
    legend.boxAnchor = "sw"
    legend.dx = legend.dy = 7
    legend.strokeColor = INK
    legend.strokeWidth = 0.35
    legend.colorNamePairs = [(GREYS[i % len(GREYS)], n) for i, n in enumerate(names)]
    return legend


def bar_list_chart(
    styles: Styles, labels: Sequence[str], values: Sequence[Decimal], value_label: Callable[[Decimal], str]
) -> Drawing:
    """Horizontal bars, the first label on top, each bar with its value written at its end."""
    fonts = styles.fonts
    row = 5.2 * mm
    height = row * max(len(labels), 1) + 10 * mm
    drawing = canvas_drawing(styles, height)
    chart = HorizontalBarChart()
    label_width = 52 * mm
    chart.x, chart.y = label_width, 6 * mm
    chart.width, chart.height = WIDTH - label_width - 24 * mm, height - 8 * mm
    chart.data = [[_plot(v) for v in reversed(values)]]
    chart.categoryAxis.categoryNames = [short(n, 34) for n in reversed(labels)]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    top = max([_plot(v) for v in values] or [0])
    set_value_axis(chart.valueAxis, top * 1.02)
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = _axis_money
    chart.bars[0].fillColor = GREYS[1]
    chart.bars[0].strokeColor = INK
    chart.bars[0].strokeWidth = 0.35
    chart.barSpacing = 1
    chart.groupSpacing = 3
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[value_label(v) for v in reversed(values)]]
    drawing.add(chart)
    return drawing


def pie_chart(
    styles: Styles, labels: Sequence[str], values: Sequence[Decimal], percent: Callable[[Decimal], str]
) -> Drawing:
    """Slices in distinct greys with white edges; every slice named with its share beside it."""
    fonts = styles.fonts
    height = 62 * mm
    drawing = canvas_drawing(styles, height)
    total = sum(values, ZERO)
    pie = Pie()
    size = 44 * mm
    pie.x, pie.y = (WIDTH - size) / 2, (height - size) / 2
    pie.width = pie.height = size
    pie.data = [_plot(v) for v in values]
    pie.labels = [
        f"{short(n, 30)}: {percent(v / total if total else ZERO)}" for n, v in zip(labels, values, strict=True)
    ]
    pie.sideLabels = True
    pie.sideLabelsOffset = 0.08
    pie.simpleLabels = False
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1.2
    pie.slices.fontName = fonts.regular
    pie.slices.fontSize = 8
    pie.slices.labelRadius = 1.15
    pie.startAngle = 90
    pie.direction = "clockwise"
    pie.checkLabelOverlap = True
    for i in range(len(values)):
        pie.slices[i].fillColor = GREYS[i % len(GREYS)]
        pie.slices[i].label_pointer_strokeColor = MUTED
    drawing.add(pie)
    drawing.add(Circle(pie.x + size / 2, pie.y + size / 2, size / 2, fillColor=None, strokeColor=INK, strokeWidth=0.6))
    return drawing


def short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def numbered_canvas(footer: Callable[[int, int], tuple[str, str]], fonts: Fonts) -> type[Canvas]:
    """A canvas class that writes ``footer(page, pages)`` (left and right texts) at the foot of every page."""

    class _Numbered(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Started in DejaVu: ReportLab's default Helvetica would be listed, never used nor embedded.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.regular
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._saved)
            for number, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                left, right = footer(number, pages)
                room = PAGE[0] - 2 * MARGIN - stringWidth(right, fonts.regular, 7.5) - 8 * mm
                while left and stringWidth(left, fonts.regular, 7.5) > room:
                    left = left[:-2] + "…"
                self.setStrokeColor(RULE)
                self.setLineWidth(0.5)
                self.line(MARGIN, 11 * mm, PAGE[0] - MARGIN, 11 * mm)
                self.setFont(fonts.regular, 7.5)
                self.setFillColor(MUTED)
                self.drawString(MARGIN, 7.5 * mm, left)
                self.drawRightString(PAGE[0] - MARGIN, 7.5 * mm, right)
                super().showPage()
            super().save()

    return _Numbered


def build(story: list[Flowable], title: str, canvasmaker: type[Canvas]) -> bytes:
    """Lay ``story`` out on A4 pages drawn by ``canvasmaker`` (see :func:`numbered_canvas`)."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=title,
        author="Mama Killa POS",
    )
    doc.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()
