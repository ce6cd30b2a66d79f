"""The reports' first tab: the period's key figures and its three charts."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..domain.language import Formats
from ..services.analytics import PeriodReport
from .report_charts import ChartView, PeriodCharts
from .widgets.i18n import language, money


class PeriodSummary(QWidget):
    """Eight key figures in tiles above the charts of net sales, makers' earnings and locations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.charts = PeriodCharts(self)
        self.kpi_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        tiles = (
            ("net", self.tr("Ventas netas")),
            ("tickets", self.tr("Ventas")),
            ("units", self.tr("Unidades vendidas")),
            ("average", self.tr("Venta promedio")),
            ("shares", self.tr("Para las artesanas")),
            ("refunds", self.tr("Devoluciones")),
            ("discounts", self.tr("Descuentos")),
            ("stock", self.tr("Stock a precio de venta")),
        )
        for i, (key, caption) in enumerate(tiles):
            grid.addWidget(self._tile(key, caption), i // 4, i % 4)
        self.sales_chart = ChartView("salesChart", self)
        self.makers_chart = ChartView("makersChart", self)
        self.locations_chart = ChartView("locationsChart", self)
        charts = QHBoxLayout()
        charts.setSpacing(8)
        charts.addWidget(self.sales_chart, 4)
        charts.addWidget(self.makers_chart, 4)
        charts.addWidget(self.locations_chart, 4)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 10, 10, 10)
        column.setSpacing(8)
        column.addLayout(grid)
        column.addLayout(charts, 1)

    def _tile(self, key: str, caption: str) -> QFrame:
        frame = QFrame(self)
        frame.setProperty("role", "kpi")
        box = QVBoxLayout(frame)
        box.setContentsMargins(12, 6, 12, 6)
        box.setSpacing(0)
        value = QLabel("—", frame)
        value.setObjectName(f"kpi_{key}")
        value.setProperty("role", "kpiValue")
        label = QLabel(caption, frame)
        label.setProperty("role", "kpiLabel")
        box.addWidget(value)
        box.addWidget(label)
        self.kpi_labels[key] = value
        return frame

    def show_report(self, report: PeriodReport) -> None:
        """The period's figures in the tiles and its charts drawn anew."""
        s = report.summary
        formats = Formats(language())
        values = {
            "net": money(s.net),
            "tickets": formats.number(s.tickets),
            "units": formats.number(s.units),
            "average": money(s.average_ticket),
            "shares": f"{money(s.shares)}  ({formats.percent(s.share_ratio)})",
            "refunds": f"{money(s.refunds)}  ({formats.number(s.refund_tickets)})",
            "discounts": money(s.discounts),
            "stock": money(report.stock_value),
        }
        for key, text in values.items():
            self.kpi_labels[key].setText(text)
        self.sales_chart.show_chart(self.charts.sales_chart(report))
        self.makers_chart.show_chart(self.charts.makers_chart(report))
        self.locations_chart.show_chart(self.charts.locations_chart(report))
