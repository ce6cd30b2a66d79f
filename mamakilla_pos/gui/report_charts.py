"""The reports' charts: net sales per day or month, what each maker earned, sales per location.

Drawn in greys, hatching and outlines so that they read the same printed in
black and white; numbers on bars and axes are written the program's
language's way. Charts place bars with floats; every amount written on
screen as text comes from the Decimals.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..domain.language import Formats
from ..services.analytics import PeriodReport
from .widgets.i18n import language

DAILY_LIMIT = 62
"""Longer periods are charted by month."""
CHART_MAKERS = 12
"""The makers' chart shows the ones who earned most; the table lists them all."""

INK = QColor("#1A1A1A")
GREYS = tuple(QColor(c) for c in ("#262626", "#8C8C8C", "#D0D0D0", "#595959", "#B3B3B3", "#EDEDED"))
PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.Dense4Pattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.FDiagPattern,
)


def _plot(value: Decimal | int) -> float:
    # Charts place bars with floats; every amount written on screen comes from the Decimals.
    return float(value)


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPointSize(12)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setTitleBrush(QBrush(INK))
    chart.setBackgroundRoundness(6)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    # Numbers on bars and axes written the program's language's way (a decimal comma in French).
    chart.setLocale(QLocale())
    chart.setLocalizeNumbers(True)
    chart.legend().hide()
    return chart


def _axis_font(size: int = 9) -> QFont:
    font = QFont()
    font.setPointSize(size)
    return font


def _value_axis(top: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(top * 1.1, 1))
    axis.setTickCount(5)
    axis.applyNiceNumbers()
    axis.setLabelFormat("%.0f")
    axis.setLabelsFont(_axis_font())
    axis.setGridLinePen(QPen(QColor("#DDDDDD"), 1))
    return axis


def _bar_set(name: str, values: Sequence[Decimal], index: int = 0) -> QBarSet:
    bars = QBarSet(name)
    for value in values:
        bars.append(_plot(value))
    bars.setBrush(QBrush(GREYS[index % len(GREYS)], PATTERNS[index % len(PATTERNS)]))
    bars.setPen(QPen(INK, 1))
    return bars


class ChartView(QChartView):
    """A chart that is replaced as a whole when the period changes."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_chart(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


class PeriodCharts(QObject):
    """Builds a period's three charts (a new chart each time: a :class:`ChartView` replaces it whole)."""

    def _unit(self, values: Sequence[Decimal]) -> tuple[Decimal, str]:
        """Large amounts are charted in thousands of soles so the axis stays readable."""
        if max(values, default=Decimal(0)) >= 100_000:
            return Decimal(1000), self.tr("miles de S/")
        return Decimal(1), "S/"

    def sales_chart(self, report: PeriodReport) -> QChart:
        daily = len(report.by_day) <= DAILY_LIMIT
        timeline = report.by_day if daily else report.by_month
        scale, unit = self._unit([f.net for f in timeline])
        title = self.tr("Ventas netas por día ({unit})") if daily else self.tr("Ventas netas por mes ({unit})")
        chart = _chart(title.format(unit=unit))
        series = QBarSeries()
        series.append(_bar_set(self.tr("Ventas netas"), [f.net / scale for f in timeline], 0))
        series.setBarWidth(0.8)
        chart.addSeries(series)
        labels = [f"{f.key[8:10]}/{f.key[5:7]}" if daily else f"{f.key[5:7]}/{f.key[2:4]}" for f in timeline]
        step = max(1, -(-len(labels) // 12))
        last = len(labels) - 1
        categories = QBarCategoryAxis()
        # Every few days are named, counting back from the last; Qt needs distinct names: the others are spaces.
        categories.append([name if (last - i) % step == 0 else " " * (i + 1) for i, name in enumerate(labels)])
        categories.setLabelsFont(_axis_font(8))
        categories.setTruncateLabels(False)
        if len(labels) > 7:
            categories.setLabelsAngle(-90)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = _value_axis(max([_plot(f.net / scale) for f in timeline] or [0]))
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        return chart

    def makers_chart(self, report: PeriodReport) -> QChart:
        makers = sorted((f for f in report.by_maker if f.shares > 0), key=lambda f: (-f.shares, f.label))
        shown = list(reversed(makers[:CHART_MAKERS]))  # the largest on top
        scale, unit = self._unit([f.shares for f in shown])
        chart = _chart(self.tr("Ganado por artesana ({unit})").format(unit=unit))
        series = QHorizontalBarSeries()
        bars = _bar_set(self.tr("Ganado"), [f.shares / scale for f in shown], 1)
        series.append(bars)
        series.setBarWidth(0.75)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        top = max((f.shares / scale for f in shown), default=Decimal(0))
        # Enough significant digits for the céntimos (or one decimal of the thousands).
        series.setLabelsPrecision(len(str(int(top))) + (1 if scale > 1 else 2))
        bars.setLabelColor(INK)
        bars.setLabelFont(_axis_font(8))
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(maker_labels([f.label for f in shown]) or [" "])
        names.setLabelsFont(_axis_font(9))
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        values = _value_axis(_plot(top) * 1.25)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        return chart

    def locations_chart(self, report: PeriodReport) -> QChart:
        chart = _chart(self.tr("Ventas netas por ubicación"))
        places = [f for f in report.by_location if f.net > 0]
        total = sum((f.net for f in places), Decimal(0))
        series = QPieSeries()
        series.setPieSize(0.7)
        series.setHorizontalPosition(0.42)
        for i, f in enumerate(places):
            piece = series.append(f.label, _plot(f.net))
            piece.setBrush(QBrush(GREYS[i % len(GREYS)], PATTERNS[i % len(PATTERNS)]))
            piece.setPen(QPen(INK, 1.2))
            piece.setLabelFont(_axis_font(9))
            piece.setLabelVisible(True)
            piece.setLabelArmLengthFactor(0.08)
        chart.addSeries(series)
        # Slices carry their percentage; the legend names each one by its pattern (readable in black and white).
        for i, piece in enumerate(series.slices()):
            share = places[i].net / total if total else Decimal(0)
            piece.setLabel(Formats(language()).percent(share, places=0))
        legend = chart.legend()
        markers = legend.markers(series)
        for marker, f in zip(markers, places, strict=True):
            marker.setLabel(_short(f.label, 22))
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        legend.setFont(_axis_font(9))
        legend.setShowToolTips(True)
        legend.show()
        return chart


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def maker_labels(names: Sequence[str]) -> list[str]:
    """Short names for a chart's axis: first name and first surname, the full name where two would look alike.

    Qt needs distinct category names; two makers with the same full name get invisible marks.
    """
    shorts = [" ".join(name.split()[:2]) or "—" for name in names]
    labels = [short if shorts.count(short) == 1 else name for short, name in zip(shorts, names, strict=True)]
    return [label + "\u200b" * labels[:i].count(label) for i, label in enumerate(labels)]
