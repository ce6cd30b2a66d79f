"""The catalogue from the Reportes screen and a maker's month from the Artesanas screen, through real widgets."""

from __future__ import annotations

import csv
from collections.abc import Callable

import pytest
from helpers import pdf_text
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from mamakilla_pos.gui.catalogue_dialog import CatalogueDialog
from mamakilla_pos.gui.maker_statement_dialog import MakerStatementDialog, recent_months
from mamakilla_pos.gui.makers_screen import MakersScreen
from mamakilla_pos.gui.reports_screen import ReportsScreen
from mamakilla_pos.services import catalogue_makers
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.settings import update_settings

LEFT = Qt.MouseButton.LeftButton


def stub_exec(monkeypatch, cls: type[QDialog], steps: Callable[[QDialog], None]) -> list[QDialog]:
    seen: list[QDialog] = []

    def fake_exec(dialog: QDialog) -> int:
        seen.append(dialog)
        steps(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


def save_to(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(path)))


def check(widget, text: str) -> None:
    for row in range(widget.count()):
        if widget.item(row).text() == text:
            widget.item(row).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(text)


def make(qtbot, dialog: CatalogueDialog, kind: str) -> str:
    """Choose ``kind``, press Guardar, wait for the worker; the message said."""
    dialog.kind_buttons[kind].setChecked(True)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.worker is not None and not dialog.worker.is_running(), timeout=60_000)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    return dialog.message.text()


@pytest.fixture
def reports(qtbot, shop):
    screen = ReportsScreen(shop.store)
    qtbot.addWidget(screen)
    return screen


def test_the_catalogue_of_one_category_from_the_reports_screen(qtbot, monkeypatch, reports, shop, tmp_path):
    target = tmp_path / "bolsos.pdf"
    save_to(monkeypatch, target)
    said: list[str] = []

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, CatalogueDialog)
        check(dialog.categories, "Bolsos")
        said.append(make(qtbot, dialog, "pdf"))
        dialog.reject()

    stub_exec(monkeypatch, CatalogueDialog, steps)
    qtbot.mouseClick(reports.findChild(QPushButton, "catalogueButton"), LEFT)
    assert said == [f"Guardado en {target}"]
    text = pdf_text(target)
    assert "Bolso bordado" in text and "S/ 45.00" in text and "Monedero" not in text


def test_cards_line_sheet_and_feed_from_the_dialog(qtbot, monkeypatch, shop, tmp_path):
    dialog = CatalogueDialog(shop.store)
    qtbot.addWidget(dialog)
    folder = tmp_path / "tarjetas"
    folder.mkdir()
    save_to(monkeypatch, folder)
    check(dialog.products, "Monedero de cuero")
    dialog.kind_buttons["cards"].setChecked(True)
    assert dialog.stories_check.isEnabled() and not dialog.commission_input.isEnabled()
    dialog.stories_check.setChecked(False)
    assert make(qtbot, dialog, "cards") == f"1 tarjeta guardada en {folder}"
    [card] = folder.iterdir()
    assert Image.open(card).size == (1080, 1080)

    sheet = tmp_path / "lista.pdf"
    save_to(monkeypatch, sheet)
    dialog.kind_buttons["line_sheet"].setChecked(True)
    dialog.commission_input.setText("cien")
    assert "comisión no es un número" in make(qtbot, dialog, "line_sheet")
    assert not sheet.exists()
    dialog.commission_input.setText("30")
    make(qtbot, dialog, "line_sheet")
    assert "S/ 15.79" in pdf_text(sheet)

    feed = tmp_path / "meta.csv"
    save_to(monkeypatch, feed)
    assert "Falta la dirección de las imágenes" in make(qtbot, dialog, "feed")
    update_settings(shop.store, image_base_url="https://mamakilla.pe/img", user_id=SYSTEM_ID)
    make(qtbot, dialog, "feed")
    [row] = csv.DictReader(feed.open(encoding="utf-8"))
    assert row["price"] == "22.55 PEN"


def test_a_makers_month_from_the_makers_screen(qtbot, monkeypatch, shop, tmp_path):
    screen = MakersScreen(shop.store)
    qtbot.addWidget(screen)
    screen.refresh()
    luz = next(m for m in catalogue_makers.list_makers(shop.store) if m.name == "Luz Mamani")
    screen.select_maker(luz.id)
    png, pdf = tmp_path / "luz.png", tmp_path / "luz.pdf"

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, MakerStatementDialog)
        assert dialog.windowTitle() == "El mes de Luz Mamani"
        assert not dialog.preview.pixmap().isNull()
        assert dialog.month_input.count() == 12
        save_to(monkeypatch, png)
        qtbot.mouseClick(dialog.png_button, LEFT)
        assert dialog.message.text() == f"Guardado en {png}"
        save_to(monkeypatch, pdf)
        qtbot.mouseClick(dialog.pdf_button, LEFT)
        dialog.month_input.setCurrentIndex(1)  # last month: nothing made yet
        assert dialog.statement is not None and dialog.statement.made == 0
        dialog.reject()

    stub_exec(monkeypatch, MakerStatementDialog, steps)
    qtbot.mouseClick(screen.findChild(QPushButton, "makerStatementButton"), LEFT)
    assert Image.open(png).size == (1080, 1350)
    text = pdf_text(pdf)
    assert "Luz Mamani" in text and "Piezas hechas 10" in text


def test_recent_months_go_back_across_the_year():
    from datetime import date

    months = recent_months(date(2026, 2, 17), 4)
    assert months == [date(2026, 2, 1), date(2026, 1, 1), date(2025, 12, 1), date(2025, 11, 1)]
