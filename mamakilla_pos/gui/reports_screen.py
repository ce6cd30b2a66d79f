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

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
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

from ..services import analytics, exports
from ..services.analytics import PeriodReport
from ..services.clock import now
from ..services.errors import UserError
from ..services.exports import Table
from ..services.settings import get_settings
from ..store import Store
from .report_summary import PeriodSummary
from .report_table import ReportTableModel, table_view, translated_table
from .widgets.i18n import LANGUAGE_NAMES
from .widgets.style import TOUCH, Palette
from .widgets.text import sentence
from .widgets.worker import Worker

PRESETS = ("today", "week", "month", "year", "custom")

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

        top = self._period_row()
        second = self._exports_row()
        self._tab_pages()

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

    def _period_row(self) -> QHBoxLayout:
        """The title, the period picker and the exports of the period."""
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
        return top

    def _exports_row(self) -> QHBoxLayout:
        """Messages, the year's impact report, the ZIP of all data and the catalogue."""
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
        return second

    def _tab_pages(self) -> QTabWidget:
        """The summary page and a table per breakdown."""
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportTabs")
        self.tabs.setDocumentMode(False)
        self.tabs.setUsesScrollButtons(True)
        self.summary = PeriodSummary(self)
        self.tabs.addTab(self.summary, self.tr("Resumen"))
        self.models: dict[str, ReportTableModel] = {}
        self.views: dict[str, QTableView] = {}
        self._tab_keys = ["summary"]
        for key, text in self._tab_titles():
            model = ReportTableModel(self)
            view = table_view(self, f"table_{key}", model)
            self.models[key] = model
            self.views[key] = view
            self._tab_keys.append(key)
            self.tabs.addTab(view, text)
        return self.tabs

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
        self.tables = {t.key: translated_table(t, titles) for t in exports.period_tables(report)}
        for key, model in self.models.items():
            model.set_table(self.tables[key])
            self._fit_columns(self.views[key])
        self.summary.show_report(report)
        self._say("")

    def _fit_columns(self, view: QTableView) -> None:
        """Numbers as wide as their contents; the first column (product, maker, day…) takes the rest."""
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

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
