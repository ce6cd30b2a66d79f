"""Reports: sales of a period every way the coordinators look at them, with charts, exports and the year's PDF.

A period picker (today, this week, this month, this year, or two dates) on
top; a tab per breakdown below; the first tab shows the key figures and
three charts (net sales per day, what each maker earned, sales per
location) drawn in greys, hatching and outlines so that they read the same
printed in black and white. The buttons export the open table to XLSX or
CSV, the period to PDF, the year's impact report for the funders in Spanish,
English or French, and the whole database as a ZIP of CSVs; the long ones
run on a worker thread behind a progress dialog with a Cancel button.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

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
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.language import Formats
from ..services import analytics, exports
from ..services.analytics import PeriodReport
from ..services.clock import now
from ..services.errors import UserError
from ..services.exports import Table
from ..services.settings import get_settings
from ..store import Store
from .widgets.i18n import LANGUAGE_NAMES, QT_TR_NOOP, amount, language, money, tr
from .widgets.style import TOUCH, Palette
from .widgets.text import sentence
from .widgets.worker import Worker

_Index = QModelIndex | QPersistentModelIndex

PRESETS = ("today", "week", "month", "year", "custom")
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

# Texts of the tables of services.exports (written in Spanish there), listed so that lupdate
# extracts them; translated where shown (see _translated).
_TABLE_TITLES = (
    QT_TR_NOOP("Resumen"),
    QT_TR_NOOP("Por día"),
    QT_TR_NOOP("Por mes"),
    QT_TR_NOOP("Por producto"),
    QT_TR_NOOP("Por categoría"),
    QT_TR_NOOP("Por artesana"),
    QT_TR_NOOP("Por ubicación"),
    QT_TR_NOOP("Por vendedora"),
    QT_TR_NOOP("Por método de pago"),
    QT_TR_NOOP("Más vendidos"),
    QT_TR_NOOP("Menos vendidos"),
    QT_TR_NOOP("Stock a precio de venta"),
)
_ROW_LABELS = (
    QT_TR_NOOP("Total"),
    QT_TR_NOOP("(sin usuaria)"),
    # the concepts of exports.summary_table
    QT_TR_NOOP("Ventas"),
    QT_TR_NOOP("Unidades vendidas"),
    QT_TR_NOOP("Bruto"),
    QT_TR_NOOP("Descuentos"),
    QT_TR_NOOP("Devoluciones"),
    QT_TR_NOOP("Unidades devueltas"),
    QT_TR_NOOP("Neto"),
    QT_TR_NOOP("Participación de las artesanas"),
    QT_TR_NOOP("Redondeo en efectivo (a favor del cliente)"),
    QT_TR_NOOP("Venta promedio"),
    QT_TR_NOOP("Stock a precio de venta"),
    # and the payment methods: i18n.PAYMENT_METHOD_NAMES
)

_LABEL_COLUMNS = frozenset({"concept", "method"})
"""Columns whose texts are labels of the service (translated), not names typed by people."""

STYLE = f"""
QTabWidget#reportTabs::pane {{ border: 1px solid {Palette.border}; border-radius: 8px; background: {Palette.surface}; }}
QTabBar::tab {{ min-height: 38px; padding: 0px 14px; font-size: 13pt; border: 1px solid {Palette.border};
  border-bottom: none; border-top-left-radius: 8px; border-top-right-radius: 8px; background: #F0ECE7;
  margin-right: 2px; }}
QTabBar::tab:selected {{ background: {Palette.surface}; font-weight: bold; color: {Palette.primary}; }}
QFrame[role="kpi"] {{ background: #FAF7F3; border: 1px solid {Palette.border}; border-radius: 8px; }}
QLabel[role="kpiValue"] {{ font-size: 17pt; font-weight: bold; }}
QLabel[role="kpiLabel"] {{ font-size: 11pt; color: {Palette.muted}; }}
QDateEdit, QSpinBox {{ min-height: {TOUCH}px; padding: 2px 8px; border: 1px solid {Palette.border};
  border-radius: 8px; background: {Palette.surface}; }}
QTableView {{ font-size: 13pt; }}
"""


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _plot(value: Decimal | int) -> float:
    # Charts place bars with floats; every amount written on screen comes from the Decimals.
    return float(value)


# -- a report table on screen -----------------------------------------------------------------------


class ReportTableModel(QAbstractTableModel):
    """An :class:`~mamakilla_pos.services.exports.Table` on screen: numbers right-aligned, the total row in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self._rows: list[tuple[object, ...]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        self._rows = list(table.rows) + ([table.total] if table.total is not None else [])
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def is_total(self, row: int) -> bool:
        return self.table is not None and self.table.total is not None and row == len(self._rows) - 1

    def text(self, row: int, column: int) -> str:
        assert self.table is not None
        return cell_text(self._rows[row][column], self.table.columns[column].kind)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if self.table is None or orientation != Qt.Orientation.Horizontal:
            return None
        column = self.table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if column.kind in ("text", "date") else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or self.table is None:
            return None
        row, column = index.row(), index.column()
        kind = self.table.columns[column].kind
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if kind in ("text", "date") else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(row):
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and self.is_total(row):
            return QBrush(QColor(Palette.background))
        if role == Qt.ItemDataRole.ForegroundRole:
            value = self._rows[row][column]
            if isinstance(value, Decimal | int) and not isinstance(value, bool) and value < 0:
                return QBrush(QColor(Palette.error_text))
        return None


def _translated(table: Table, column_titles: dict[str, str]) -> Table:
    """``table`` with its title, column titles and the service's labels (concepts, methods, totals) translated."""
    labels = set(_ROW_LABELS)

    def cells(values: tuple[object, ...], total: bool) -> tuple[object, ...]:
        out = list(values)
        for i, column in enumerate(table.columns):
            value = out[i]
            # The first column of other tables holds names (products, makers…), except the total and a blank seller.
            label = column.key in _LABEL_COLUMNS or (i == 0 and (total or value == "(sin usuaria)"))
            if isinstance(value, str) and value in labels and label:
                out[i] = tr(value)
        return tuple(out)

    rows = tuple(cells(row, False) for row in table.rows)
    total = cells(table.total, True) if table.total is not None else None
    return replace(table.retitled(column_titles, tr(table.title)), rows=rows, total=total)


def cell_text(value: object, kind: str) -> str:
    """How a table value is written on screen."""
    if value is None:
        return ""
    if kind == "money":
        figure = Decimal(value)  # type: ignore[arg-type]
        return f"−{amount(-figure)}" if figure < 0 else amount(figure)
    if kind == "int":
        return Formats(language()).number(int(value))  # type: ignore[call-overload]
    if kind == "units":  # a maker's part of pieces, in tenths
        return Formats(language()).number(Decimal(value), 1)  # type: ignore[arg-type]
    if kind == "percent":
        return Formats(language()).percent(Decimal(value))  # type: ignore[arg-type]
    if kind == "date" and isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return str(value)


def _table_view(parent: QWidget, name: str, model: ReportTableModel) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(38)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setMinimumSectionSize(90)
    view.setStyleSheet(
        f"QTableView {{ background: {Palette.surface}; alternate-background-color: #FAF7F3; border: none;"
        f" selection-background-color: {Palette.primary_soft}; selection-color: {Palette.text}; }}"
        " QTableView::item { padding: 0px 10px; }"
    )
    return view


# -- charts -------------------------------------------------------------------------------------


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


# -- the screen ------------------------------------------------------------------------------------


class ReportsScreen(QWidget):
    """Period picker, key figures, charts and every breakdown of the period's sales, with exports."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("reportsScreen")
        self.setStyleSheet(STYLE)
        self.report: PeriodReport | None = None
        self.tables: dict[str, Table] = {}
        self.worker: Worker | None = None
        self.last_saved: Path | None = None
        self._quiet = False

        title = QLabel(self.tr("Reportes"), self)
        title.setProperty("role", "title")
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("periodCombo")
        for key, text in zip(
            PRESETS,
            (
                self.tr("Hoy"),
                self.tr("Esta semana"),
                self.tr("Este mes"),
                self.tr("Este año"),
                self.tr("Personalizado"),
            ),
            strict=True,
        ):
            self.period_combo.addItem(text, key)
        self.period_combo.setMinimumWidth(190)
        self.start_edit = self._date_edit("fromDate")
        self.end_edit = self._date_edit("toDate")
        self.xlsx_button = self._button(self.tr("Exportar XLSX"), "exportXlsxButton", self.export_xlsx)
        self.csv_button = self._button(self.tr("CSV"), "exportCsvButton", self.export_csv)
        self.pdf_button = self._button(self.tr("PDF"), "exportPdfButton", self.export_pdf)
        self.xlsx_button.setToolTip(self.tr("Todas las tablas del periodo en una hoja de cálculo"))
        self.csv_button.setToolTip(self.tr("La tabla abierta, en CSV"))
        self.pdf_button.setToolTip(self.tr("El informe del periodo con gráficos, en PDF"))

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.period_combo)
        top.addWidget(QLabel(self.tr("del"), self))
        top.addWidget(self.start_edit)
        top.addWidget(QLabel(self.tr("al"), self))
        top.addWidget(self.end_edit)
        top.addStretch(1)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)

        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("impactYear")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(now().year)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("impactLanguage")
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.impact_button = self._button(self.tr("Informe anual"), "impactReportButton", self.export_impact)
        self.impact_button.setToolTip(self.tr("El informe de impacto del año para los financiadores, en PDF"))
        self.zip_button = self._button(self.tr("Exportar todo (ZIP)"), "exportAllButton", self.export_all)
        self.catalogue_button = self._button(self.tr("Catálogo…"), "catalogueButton", self.make_catalogue)
        self.catalogue_button.setToolTip(
            self.tr("Catálogo con fotos, lista para tiendas aliadas, tarjetas para Instagram y el feed de Meta")
        )
        self.zip_button.setToolTip(self.tr("Todas las tablas de la base de datos en archivos CSV, para la contadora"))
        self.message = QLabel(self)
        self.message.setObjectName("reportsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        second = QHBoxLayout()
        second.setSpacing(8)
        second.addWidget(self.message, 1)
        second.addWidget(QLabel(self.tr("Año"), self))
        second.addWidget(self.year_spin)
        second.addWidget(self.language_combo)
        second.addWidget(self.impact_button)
        second.addSpacing(12)
        second.addWidget(self.zip_button)
        second.addWidget(self.catalogue_button)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportTabs")
        self.tabs.setDocumentMode(False)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self._summary_page(), self.tr("Resumen"))
        self.models: dict[str, ReportTableModel] = {}
        self.views: dict[str, QTableView] = {}
        self._tab_keys = ["summary"]
        for key, text in self._tab_titles():
            model = ReportTableModel(self)
            view = _table_view(self, f"table_{key}", model)
            self.models[key] = model
            self.views[key] = view
            self._tab_keys.append(key)
            self.tabs.addTab(view, text)

        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(8)
        column.addLayout(top)
        column.addLayout(second)
        column.addWidget(self.tabs, 1)

        self.period_combo.currentIndexChanged.connect(self._preset_chosen)
        self.start_edit.dateChanged.connect(self._dates_edited)
        self.end_edit.dateChanged.connect(self._dates_edited)
        # This month is chosen but not read yet: the figures are read by refresh(), when the screen is shown.
        self._quiet = True
        self.period_combo.setCurrentIndex(PRESETS.index("month"))
        self._quiet = False
        self._say("")

    # -- building ---------------------------------------------------------------------------

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumWidth(150)
        return edit

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setMinimumHeight(TOUCH)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _tab_titles(self) -> list[tuple[str, str]]:
        return [
            ("day", self.tr("Por día")),
            ("product", self.tr("Productos")),
            ("category", self.tr("Categorías")),
            ("maker", self.tr("Artesanas")),
            ("location", self.tr("Ubicaciones")),
            ("method", self.tr("Medios de pago")),
            ("seller", self.tr("Vendedoras")),
            ("top", self.tr("Más vendidos")),
            ("slow", self.tr("Menos vendidos")),
            ("stock", self.tr("Stock")),
        ]

    def _column_titles(self) -> dict[str, str]:
        """Column headings, translatable, by the column keys of the service's tables."""
        return {
            "concept": self.tr("Concepto"),
            "count": self.tr("Cantidad"),
            "amount": self.tr("Importe"),
            "percent": self.tr("Porcentaje"),
            "day": self.tr("Fecha"),
            "month": self.tr("Mes"),
            "tickets": self.tr("Ventas"),
            "units": self.tr("Unidades"),
            "gross": self.tr("Bruto"),
            "discounts": self.tr("Descuentos"),
            "refunds": self.tr("Devoluciones"),
            "net": self.tr("Neto"),
            "shares": self.tr("Artesanas"),
            "product": self.tr("Producto"),
            "category": self.tr("Categoría"),
            "maker": self.tr("Artesana"),
            "location": self.tr("Ubicación"),
            "seller": self.tr("Vendedora"),
            "method": self.tr("Medio de pago"),
            "received": self.tr("Cobrado"),
            "returned": self.tr("Devuelto"),
            "stock": self.tr("En stock"),
            "value": self.tr("Valor a precio de venta"),
            "short": self.tr("Vendidas sin stock"),
        }

    def _summary_page(self) -> QWidget:
        page = QWidget(self)
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
            frame = QFrame(page)
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
            grid.addWidget(frame, i // 4, i % 4)
        self.sales_chart = ChartView("salesChart", page)
        self.makers_chart = ChartView("makersChart", page)
        self.locations_chart = ChartView("locationsChart", page)
        charts = QHBoxLayout()
        charts.setSpacing(8)
        charts.addWidget(self.sales_chart, 4)
        charts.addWidget(self.makers_chart, 4)
        charts.addWidget(self.locations_chart, 4)
        column = QVBoxLayout(page)
        column.setContentsMargins(10, 10, 10, 10)
        column.setSpacing(8)
        column.addLayout(grid)
        column.addLayout(charts, 1)
        return page

    # -- the period -------------------------------------------------------------------------

    def period(self) -> analytics.Period:
        key = self.period_combo.currentData()
        if key == "custom":
            return analytics.Period(to_date(self.start_edit.date()), to_date(self.end_edit.date()))
        return analytics.period_for(key, now().date())

    def set_preset(self, key: str) -> None:
        """Choose a period by its key (``today``, ``week``, ``month``, ``year``, ``custom``) and show it."""
        index = PRESETS.index(key)
        if self.period_combo.currentIndex() == index:
            self._preset_chosen()
        else:
            self.period_combo.setCurrentIndex(index)

    def set_period(self, start: date, end: date) -> None:
        """Show a custom period."""
        self._quiet = True
        self.period_combo.setCurrentIndex(PRESETS.index("custom"))
        self.start_edit.setDate(to_qdate(start))
        self.end_edit.setDate(to_qdate(end))
        self._quiet = False
        self.refresh()

    @Slot()
    def _preset_chosen(self) -> None:
        key = self.period_combo.currentData()
        custom = key == "custom"
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        quiet, self._quiet = self._quiet, True
        if not custom:
            period = analytics.period_for(key, now().date())
            self.start_edit.setDate(to_qdate(period.start))
            self.end_edit.setDate(to_qdate(period.end))
        self._quiet = quiet
        if not quiet:
            self.refresh()

    @Slot()
    def _dates_edited(self) -> None:
        if not self._quiet and self.period_combo.currentData() == "custom":
            self.refresh()

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the period's figures again and show them (a year of a busy shop takes most of a second)."""
        try:
            period = self.period()
        except UserError as exc:
            self._say(str(exc), error=True)
            return
        if self.period_combo.currentData() != "custom":  # "this month" moves on while the app stays open
            quiet, self._quiet = self._quiet, True
            self.start_edit.setDate(to_qdate(period.start))
            self.end_edit.setDate(to_qdate(period.end))
            self._quiet = quiet
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = analytics.period_report(self.store, period)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.show_report(report)

    def show_report(self, report: PeriodReport) -> None:
        self.report = report
        titles = self._column_titles()
        self.tables = {t.key: _translated(t, titles) for t in exports.period_tables(report)}
        for key, model in self.models.items():
            model.set_table(self.tables[key])
            self._fit_columns(self.views[key])
        self._show_kpis(report)
        self._show_charts(report)
        self._say("")

    def _fit_columns(self, view: QTableView) -> None:
        """Numbers as wide as their contents; the first column (product, maker, day…) takes the rest."""
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _show_kpis(self, report: PeriodReport) -> None:
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

    def _show_charts(self, report: PeriodReport) -> None:
        self.sales_chart.show_chart(self._sales_chart(report))
        self.makers_chart.show_chart(self._makers_chart(report))
        self.locations_chart.show_chart(self._locations_chart(report))

    def _unit(self, values: Sequence[Decimal]) -> tuple[Decimal, str]:
        """Large amounts are charted in thousands of soles so the axis stays readable."""
        if max(values, default=Decimal(0)) >= 100_000:
            return Decimal(1000), self.tr("miles de S/")
        return Decimal(1), "S/"

    def _sales_chart(self, report: PeriodReport) -> QChart:
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

    def _makers_chart(self, report: PeriodReport) -> QChart:
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

    def _locations_chart(self, report: PeriodReport) -> QChart:
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

    def _say(self, text: str, error: bool = False) -> None:
        """A message beside the buttons; with none, the note that amounts are in soles."""
        if not text:
            self.message.setStyleSheet(f"QLabel {{ color: {Palette.muted}; font-size: 12pt; }}")
            self.message.setText(self.tr("Importes en soles (S/)."))
            return
        colour = Palette.error_text if error else Palette.success_text
        self.message.setStyleSheet(f"QLabel {{ color: {colour}; font-size: 12pt; font-weight: bold; }}")
        self.message.setText(sentence(text))

    # -- exports ----------------------------------------------------------------------------

    def current_table(self) -> Table:
        """The table of the open tab; on the summary tab, the summary."""
        key = self._tab_keys[self.tabs.currentIndex()]
        if key == "summary":
            return self.tables["summary"]
        return self.tables[key]

    def _save_path(self, title: str, name: str, pattern: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), pattern)
        if not path:
            return None
        suffix = Path(name).suffix
        return Path(path if path.lower().endswith(suffix) else path + suffix)

    def _period_name(self) -> str:
        assert self.report is not None
        p = self.report.period
        return f"{p.start:%Y-%m-%d}" if p.start == p.end else f"{p.start:%Y-%m-%d}_{p.end:%Y-%m-%d}"

    def _saved(self, path: Path) -> None:
        self.last_saved = path
        self._say(self.tr("Guardado en {path}").format(path=path))

    @Slot()
    def export_xlsx(self) -> None:
        """All the period's tables in one workbook, opened on the current tab's sheet."""
        if self.report is None:
            return
        path = self._save_path(
            self.tr("Guardar hoja de cálculo"), f"ventas_{self._period_name()}.xlsx", self.tr("Excel (*.xlsx)")
        )
        if path is None:
            return
        shop = get_settings(self.store).shop_name
        key = self._tab_keys[self.tabs.currentIndex()]
        data = exports.period_xlsx(self.report, shop, list(self.tables.values()), active=key)
        self._write(path, data)

    @Slot()
    def export_csv(self) -> None:
        """The open table as CSV (UTF-8 with BOM, so Excel shows the accents)."""
        if self.report is None:
            return
        table = self.current_table()
        path = self._save_path(self.tr("Guardar CSV"), f"{table.key}_{self._period_name()}.csv", self.tr("CSV (*.csv)"))
        if path is not None:
            self._write(path, exports.csv_bytes(table))

    def _write(self, path: Path, data: bytes) -> None:
        try:
            exports.write_bytes(path, data)
        except OSError as exc:
            self._say(self.tr("No se pudo guardar: {error}").format(error=exc.strerror or exc), error=True)
            return
        self._saved(path)

    @Slot()
    def export_pdf(self) -> None:
        """The period on screen as a PDF report with its charts, made on a worker thread."""
        if self.report is None:
            return
        path = self._save_path(
            self.tr("Guardar informe en PDF"), f"informe_ventas_{self._period_name()}.pdf", self.tr("PDF (*.pdf)")
        )
        if path is None:
            return
        from ..services import report_docs  # ReportLab loads only when a PDF is asked for

        store, period = self.store, self.report.period
        self.run(
            lambda progress: report_docs.save_period_pdf(store, period, path, progress),
            self.tr("Preparando el informe del periodo…"),
        )

    @Slot()
    def export_impact(self) -> None:
        """The year's impact report for the funders, in the chosen language, made on a worker thread."""
        year, language = self.year_spin.value(), self.language_combo.currentData()
        path = self._save_path(
            self.tr("Guardar informe anual"), f"informe_impacto_{year}_{language}.pdf", self.tr("PDF (*.pdf)")
        )
        if path is None:
            return
        from ..services import report_docs  # ReportLab loads only when a PDF is asked for

        store = self.store
        self.run(
            lambda progress: report_docs.save_impact_pdf(store, year, path, language, progress),
            self.tr("Preparando el informe anual {year}…").format(year=year),
        )

    @Slot()
    def export_all(self) -> None:
        """Every table of the database as CSV files in one ZIP, made on a worker thread."""
        path = self._save_path(
            self.tr("Guardar todos los datos"), f"mamakilla_datos_{now():%Y-%m-%d}.zip", self.tr("ZIP (*.zip)")
        )
        if path is None:
            return
        store = self.store
        self.run(
            lambda progress: exports.export_all(store, path, progress).path,
            self.tr("Exportando todos los datos…"),
        )

    @Slot()
    def make_catalogue(self) -> None:
        """The catalogue's files: photo PDF, partner line sheet, cards, Meta feed (a dialog of their own)."""
        from .catalogue_dialog import CatalogueDialog

        CatalogueDialog.run(self, self.store)

    def run(self, job: Callable[[analytics.ProgressFn], object], label: str, show_after_ms: int = 400) -> Worker:
        """Run ``job`` on a worker thread behind a progress dialog; the buttons wait until it ends."""
        if self.worker is not None and self.worker.is_running():
            self._say(self.tr("Espere: hay otro trabajo en curso."), error=True)
            return self.worker
        worker = Worker(job, label, self, show_after_ms)
        worker.finished.connect(self._job_done)
        worker.failed.connect(lambda message: self._job_ended(message, error=True))
        worker.cancelled.connect(lambda: self._job_ended(self.tr("Cancelado: no se guardó nada.")))
        self.worker = worker
        self._busy(True)
        worker.start()
        return worker

    @Slot(object)
    def _job_done(self, result: object) -> None:
        self._busy(False)
        if isinstance(result, Path):
            self._saved(result)

    def _job_ended(self, message: str, error: bool = False) -> None:
        self._busy(False)
        self._say(message, error=error)

    def _busy(self, busy: bool) -> None:
        for button in (self.pdf_button, self.impact_button, self.zip_button):
            button.setEnabled(not busy)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def maker_labels(names: Sequence[str]) -> list[str]:
    """Short names for a chart's axis: first name and first surname, the full name where two would look alike.

    Qt needs distinct category names; two makers with the same full name get invisible marks.
    """
    shorts = [" ".join(name.split()[:2]) or "—" for name in names]
    labels = [short if shorts.count(short) == 1 else name for short, name in zip(shorts, names, strict=True)]
    return [label + "\u200b" * labels[:i].count(label) for i, label in enumerate(labels)]
