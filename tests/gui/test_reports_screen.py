"""The reports screen: the period picker, its tables and charts, the export buttons and the worker thread."""

from __future__ import annotations

import csv
import io
import threading
import time
import zipfile
from datetime import date, timedelta
from decimal import Decimal as D

import pytest
from helpers import pdf_text, sell
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from mamakilla_pos.gui import reports_screen
from mamakilla_pos.gui.report_charts import maker_labels
from mamakilla_pos.gui.reports_screen import ReportsScreen
from mamakilla_pos.gui.widgets.worker import Worker
from mamakilla_pos.services import analytics
from mamakilla_pos.services.clock import now
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.exports import MONEY_FORMAT

LEFT = Qt.MouseButton.LeftButton
LAST_MONTH = (now().replace(day=1) - timedelta(days=1)).replace(hour=11, minute=0, second=0)


@pytest.fixture
def screen(qtbot, shop):  # type: ignore[no-untyped-def]
    today = now().replace(hour=10, minute=0, second=0)
    sell(shop.store, ("BAG001", 1), ("PUR001", 2), at=today)
    sell(shop.store, ("CAS001", 1), method="yape", at=today)
    sell(shop.store, ("KEY001", 3), ("CAS001", 2), at=LAST_MONTH)
    widget = ReportsScreen(shop.store)
    qtbot.addWidget(widget)
    assert widget.report is None  # nothing is read until the screen is shown
    widget.resize(1366, 700)
    widget.show()
    widget.refresh()
    return widget


@pytest.fixture
def save_to(monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """Stub the save dialog: it answers the path the test chose (and records what it was offered)."""
    answer: dict[str, object] = {"path": None, "offered": []}

    def fake(parent, title, suggested, pattern):  # type: ignore[no-untyped-def]
        answer["offered"].append(suggested)  # type: ignore[union-attr]
        return (str(answer["path"]) if answer["path"] else "", pattern)

    monkeypatch.setattr(reports_screen.QFileDialog, "getSaveFileName", fake)
    return answer


def rows(screen: ReportsScreen, key: str) -> dict[str, list[str]]:
    model = screen.models[key]
    return {model.text(r, 0): [model.text(r, c) for c in range(model.columnCount())] for r in range(model.rowCount())}


def bars(view) -> list[float]:  # type: ignore[no-untyped-def]
    series = view.chart().series()[0]
    return [series.barSets()[0].at(i) for i in range(series.barSets()[0].count())]


def test_this_month_then_last_month(qtbot, screen):
    assert screen.period_combo.currentData() == "month"
    assert not screen.start_edit.isEnabled()
    products = rows(screen, "product")
    assert set(products) == {"Bolso bordado", "Monedero de cuero", "Cartuchera Ñusta", "Total"}
    assert products["Monedero de cuero"][2] == "2"
    assert products["Total"][6] == "120.10"  # 45 + 45.10 + 30
    assert screen.summary.kpi_labels["net"].text() == "S/ 120.10"
    assert screen.summary.kpi_labels["tickets"].text() == "2"
    methods = rows(screen, "method")
    assert methods["Tarjeta"][2] == "90.10" and methods["Yape"][2] == "30.00"
    makers = {s.barSets()[0].count() for s in screen.summary.makers_chart.chart().series()}
    assert makers == {3}  # Rosa, Ana and Luz earned something
    assert sum(bars(screen.summary.sales_chart)) == pytest.approx(120.10)
    assert len(bars(screen.summary.sales_chart)) == now().day  # one bar a day, so far this month
    pie = screen.summary.locations_chart.chart().series()[0]
    assert [s.label() for s in pie.slices()] == ["100\u00a0%"]

    start = LAST_MONTH.date().replace(day=1)
    screen.set_period(start, LAST_MONTH.date())
    assert screen.period_combo.currentData() == "custom" and screen.start_edit.isEnabled()
    products = rows(screen, "product")
    assert set(products) == {"Llavero de alpaca", "Cartuchera Ñusta", "Total"}
    assert products["Total"][6] == "75.00"
    assert screen.summary.kpi_labels["net"].text() == "S/ 75.00"
    assert sum(bars(screen.summary.sales_chart)) == pytest.approx(75.0)
    makers_chart = screen.summary.makers_chart.chart().series()[0]
    assert makers_chart.barSets()[0].count() == 1  # only Luz; the keyrings are the center's
    assert makers_chart.barSets()[0].at(0) == pytest.approx(27.0)


def test_french_writes_percentages_and_chart_figures_with_a_decimal_comma(qtbot, shop):
    """ "(45.0 %)" and bar labels with a decimal point were left in French."""
    from PySide6.QtCore import QLocale

    default = QLocale()
    QLocale.setDefault(QLocale("fr"))
    try:
        sell(shop.store, ("PUR001", 2), at=now().replace(hour=10, minute=0, second=0))
        widget = ReportsScreen(shop.store)
        qtbot.addWidget(widget)
        widget.resize(1366, 700)
        widget.show()
        widget.refresh()
        share = widget.summary.kpi_labels["shares"].text()
        assert share.endswith("(45,0\u00a0%)") and "." not in share
        chart = widget.summary.makers_chart.chart()
        assert chart.localizeNumbers() and chart.locale().name().startswith("fr")
        assert [s.label() for s in widget.summary.locations_chart.chart().series()[0].slices()] == ["100\u00a0%"]
    finally:
        QLocale.setDefault(default)


def test_choosing_a_preset_and_editing_the_dates(qtbot, screen):
    screen.period_combo.setCurrentIndex(reports_screen.PRESETS.index("today"))
    assert rows(screen, "day")["Total"][1] == "2"
    screen.period_combo.setCurrentIndex(reports_screen.PRESETS.index("custom"))
    screen.start_edit.setDate(QDate(LAST_MONTH.year, LAST_MONTH.month, 1))
    assert screen.report is not None and screen.report.period.start == LAST_MONTH.date().replace(day=1)
    assert rows(screen, "product")["Total"][6] == "195.10"  # both months now
    screen.end_edit.setDate(QDate(LAST_MONTH.year, LAST_MONTH.month, 1).addDays(-1))
    assert "anterior" in screen.message.text()  # the end before the start


def test_year_is_charted_by_month(qtbot, screen):
    screen.set_preset("year")
    labels = screen.summary.sales_chart.chart().axes(Qt.Orientation.Horizontal)[0].categories()
    assert labels[-1] == f"{now():%m/%y}" and len(labels) == now().month


def test_export_xlsx_through_the_button(qtbot, screen, save_to, tmp_path):
    screen.tabs.setCurrentIndex(screen._tab_keys.index("maker"))
    save_to["path"] = tmp_path / "ventas"  # the extension is added
    qtbot.mouseClick(screen.xlsx_button, LEFT)
    saved = tmp_path / "ventas.xlsx"
    assert saved.exists() and screen.last_saved == saved
    assert str(save_to["offered"][0]).endswith(".xlsx")
    book = load_workbook(saved)
    assert book.active.title == "Por artesana"
    sheet = book["Por artesana"]
    assert [c.value for c in sheet[1]][:2] == ["Artesana", "Unidades"]
    names = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    luz = names["Luz Mamani"]
    assert luz[-1].data_type == "n" and luz[-1].number_format == MONEY_FORMAT
    assert D(str(luz[-1].value)) == D("13.50")
    assert "Guardado en" in screen.message.text()


def test_export_csv_of_the_open_table(qtbot, screen, save_to, tmp_path):
    screen.tabs.setCurrentIndex(screen._tab_keys.index("product"))
    save_to["path"] = tmp_path / "productos.csv"
    qtbot.mouseClick(screen.csv_button, LEFT)
    data = (tmp_path / "productos.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table[0][0] == "Producto" and "Cartuchera Ñusta" in {r[0] for r in table}


def test_a_cancelled_save_dialog_writes_nothing(qtbot, screen, save_to, tmp_path):
    qtbot.mouseClick(screen.xlsx_button, LEFT)
    qtbot.mouseClick(screen.zip_button, LEFT)
    assert screen.worker is None and screen.last_saved is None


def test_period_pdf_is_made_on_the_worker(qtbot, screen, save_to, tmp_path):
    save_to["path"] = tmp_path / "periodo.pdf"
    qtbot.mouseClick(screen.pdf_button, LEFT)
    assert screen.worker is not None
    with qtbot.waitSignal(screen.worker.finished, timeout=30_000):
        pass
    text = pdf_text(tmp_path / "periodo.pdf")
    assert "Informe de ventas" in text and "Cartuchera Ñusta" in text
    assert screen.pdf_button.isEnabled() and screen.last_saved == tmp_path / "periodo.pdf"


def test_impact_report_in_french_through_the_button(qtbot, screen, save_to, tmp_path):
    save_to["path"] = tmp_path / "impact.pdf"
    screen.language_combo.setCurrentIndex(screen.language_combo.findData("fr"))
    screen.year_spin.setValue(now().year)
    qtbot.mouseClick(screen.impact_button, LEFT)
    assert str(save_to["offered"][0]).endswith(f"informe_impacto_{now().year}_fr.pdf")
    qtbot.waitUntil(lambda: screen.last_saved == tmp_path / "impact.pdf", timeout=30_000)
    text = pdf_text(tmp_path / "impact.pdf")
    assert f"Rapport d’impact annuel {now().year}" in text


def test_export_everything_as_zip(qtbot, screen, save_to, tmp_path):
    save_to["path"] = tmp_path / "todo.zip"
    qtbot.mouseClick(screen.zip_button, LEFT)
    qtbot.waitUntil(lambda: screen.worker is not None and not screen.worker.is_running(), timeout=30_000)
    names = zipfile.ZipFile(tmp_path / "todo.zip").namelist()
    assert "sales.csv" in names and "share_entries.csv" in names
    assert screen.zip_button.isEnabled()


# -- the worker ----------------------------------------------------------------------------------


def test_worker_returns_the_result_and_keeps_the_window_responsive(qtbot, screen):
    released = threading.Event()
    seen: list[tuple[int, int]] = []

    def job(progress):  # type: ignore[no-untyped-def]
        for step in range(5):
            progress(step, 5)
            released.wait(5)
        return "hecho"

    worker = screen.run(job, "Probando…", show_after_ms=0)
    worker.progressed.connect(lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: worker.dialog.isVisible(), timeout=5_000)
    assert not screen.zip_button.isEnabled()
    # The GUI thread is free while the job waits: the period can still be changed.
    screen.set_preset("today")
    assert screen.report is not None and screen.report.period.start == now().date()
    with qtbot.waitSignal(worker.finished, timeout=10_000) as finished:
        released.set()
    assert finished.args == ["hecho"]
    assert seen and screen.zip_button.isEnabled()


def test_worker_can_be_cancelled_with_its_button(qtbot, screen):
    def job(progress):  # type: ignore[no-untyped-def]
        step = 0
        while True:
            if progress(step, 1000) is False:
                raise analytics.Cancelled
            step += 1
            time.sleep(0.01)

    worker = screen.run(job, "Un trabajo largo…", show_after_ms=0)
    qtbot.waitUntil(lambda: worker.dialog.isVisible(), timeout=5_000)
    cancel = next(b for b in worker.dialog.findChildren(QPushButton) if b.text() == "Cancelar")
    with qtbot.waitSignal(worker.cancelled, timeout=10_000):
        qtbot.mouseClick(cancel, LEFT)
    assert worker.wait(5_000) and not worker.is_running()
    assert "Cancelado" in screen.message.text()


def test_a_failing_job_says_why(qtbot, screen):
    def job(progress):  # type: ignore[no-untyped-def]
        raise UserError("el disco está lleno")

    with qtbot.waitSignal(screen.run(job, "…").failed, timeout=10_000) as failed:
        pass
    assert failed.args == ["el disco está lleno"]
    assert screen.message.text() == "El disco está lleno"


def test_a_second_job_waits_for_the_first(qtbot, screen):
    gate = threading.Event()
    first = screen.run(lambda progress: gate.wait(5), "uno")
    second = screen.run(lambda progress: None, "dos")
    assert second is first and "Espere" in screen.message.text()
    gate.set()
    first.wait()


def test_a_real_service_cancelled_from_the_worker(qtbot, shop, tmp_path):
    worker = Worker(
        lambda progress: analytics.period_report(shop.store, analytics.Period.year(2026), lambda d, t: False),
        "…",
    )
    with qtbot.waitSignal(worker.cancelled, timeout=10_000):
        worker.start()


def test_maker_labels_are_short_and_distinct():
    names = ["Killa Puma Huillca", "Killa Puma Huamán", "Rosa Quispe Mamani", "Ana"]
    assert maker_labels(names) == ["Killa Puma Huillca", "Killa Puma Huamán", "Rosa Quispe", "Ana"]
    twins = maker_labels(["Ana Cusi", "Ana Cusi"])
    assert twins[0] != twins[1] and twins[1].startswith("Ana Cusi")


def test_screen_on_an_empty_shop(qtbot, store):
    widget = ReportsScreen(store)
    qtbot.addWidget(widget)
    widget.set_preset("today")
    assert widget.summary.kpi_labels["net"].text() == "S/ 0.00"
    assert rows(widget, "product") == {"Total": ["Total", "", "0", "0.00", "0.00", "0.00", "0.00", "0.00"]}
    assert widget.report is not None and widget.report.period == analytics.period_for("today", date.today())
