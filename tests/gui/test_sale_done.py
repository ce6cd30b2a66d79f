"""The finished sale is a panel of the sale screen: the change in big type, the receipt choices, never modal."""

from __future__ import annotations

import io
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from mamakilla_pos.gui.sale_screen import SaleScreen
from mamakilla_pos.gui.widgets import print_or_save
from mamakilla_pos.services import catalogue, history, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.settings import update_settings

TOTE = "7751234500017"  # S/ 41.20: paid with S/ 100, the change is S/ 58.80
CODES = (TOTE, "7751234500024", "7751234500031")


@pytest.fixture
def screen(qtbot, shop):
    for n, code in enumerate(CODES):
        price = Decimal("41.20") if code == TOTE else Decimal("10.00") * n
        catalogue.add_item(
            shop.store, catalogue.NewItem(f"Bolso de tela {n}", "Bolsos", price, (("Rosa Quispe", 1),), code)
        )
        stock.produce(shop.store, code, 200, user_id=SYSTEM_ID)
    update_settings(shop.store, after_payment="show", user_id=SYSTEM_ID)
    widget = SaleScreen(shop.store)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.scan_input.hasFocus())
    return widget


def pay_100_in_cash(qtbot, screen: SaleScreen, when_modal, press) -> None:
    """The real payment dialog: S/ 100 typed, Cobrar."""

    def pay(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "tenderedInput"), "100")
        press(dialog, "confirmPaymentButton")

    when_modal(pay)
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_F12)
    # The window is active again once the dialog has gone (a few milliseconds; no one scans faster).
    qtbot.waitUntil(lambda: screen.scan_input.hasFocus())


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_change_is_shown_big_and_nothing_takes_the_keyboard(qtbot, screen, when_modal, press, type_keys):
    type_keys(TOTE)
    pay_100_in_cash(qtbot, screen, when_modal, press)

    assert screen.sale_done_shown()
    panel = screen.done_panel
    assert panel.isVisible()
    assert panel.change_label.text() == "Vuelto S/ 58.80"
    assert panel.change_label.font().pointSize() >= 40 or "44pt" in panel.styleSheet()
    assert panel.title.text() == "Venta B001-000001 registrada"
    assert "S/ 41.20" in panel.figures.text() and "S/ 100.00" in panel.figures.text()
    assert [b.text() for b in (panel.print_button, panel.pdf_button, panel.none_button)] == [
        "Imprimir (F5)",
        "PDF (F6)",
        "Sin nota (Esc)",
    ]
    assert QApplication.activeModalWidget() is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not screen] == []
    qtbot.waitUntil(lambda: screen.scan_input.hasFocus())


def test_a_hundred_scans_while_the_panel_is_up_make_the_next_sale(qtbot, screen, when_modal, press, type_keys):
    """The next customer's items are scanned straight away: exactly 100 units, none lost, none doubled."""
    type_keys(TOTE)
    pay_100_in_cash(qtbot, screen, when_modal, press)
    assert screen.sale_done_shown()

    sequence = [CODES[(i * i + i // 3) % len(CODES)] for i in range(100)]
    for code in sequence:
        type_keys(code)  # to whatever has the keyboard, at scanner speed

    assert not screen.sale_done_shown()
    assert screen.cart.units == 100
    assert Counter({e.item.code: e.quantity for e in screen.cart.entries}) == Counter(sequence)
    assert [(ln.item_code, ln.quantity) for ln in history.get_sale(screen.store, "B001-000001").lines] == [(TOTE, 1)]


def test_f5_prints_f6_saves_a_pdf_and_esc_closes(qtbot, screen, when_modal, press, type_keys, monkeypatch, tmp_path):
    update_settings(screen.store, printer="Caja", user_id=SYSTEM_ID)
    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(print_or_save, "print_pdf", lambda pdf, printer, title="": printed.append((pdf, printer)))
    type_keys(TOTE)
    pay_100_in_cash(qtbot, screen, when_modal, press)
    assert printed == []  # "show": the seller chooses

    qtbot.keyClick(screen.scan_input, Qt.Key.Key_F5)
    [(pdf, printer)] = printed
    assert printer == "Caja" and "B001-000001" in pdf_text(pdf) and "COPIA" not in pdf_text(pdf)
    assert screen.done_panel.status.text() == "Nota impresa en Caja."

    qtbot.keyClick(screen.scan_input, Qt.Key.Key_F6)
    [saved] = sorted(Path(tmp_path / "home").rglob("*.pdf"))
    assert saved.name == "B001-000001.pdf" and "B001-000001" in pdf_text(saved.read_bytes())
    assert str(saved) in screen.done_panel.status.text()

    qtbot.keyClick(screen.scan_input, Qt.Key.Key_Escape)
    assert not screen.sale_done_shown()
    assert screen.cart_table.isVisible()
    assert screen.message.property("kind") == "idle"


def test_the_panel_buttons_and_a_failed_print_are_told_in_the_panel(
    qtbot, screen, when_modal, press, type_keys, monkeypatch
):
    from mamakilla_pos.printing import PrintError

    def broken(pdf, name, title=""):
        raise PrintError(f"la impresora {name} no aceptó el trabajo: sin papel")

    update_settings(screen.store, after_payment="print", printer="Caja", user_id=SYSTEM_ID)
    monkeypatch.setattr(print_or_save, "print_pdf", broken)
    type_keys(TOTE)
    pay_100_in_cash(qtbot, screen, when_modal, press)

    status = screen.done_panel.status
    assert status.isVisible() and "sin papel" in status.text() and status.property("kind") == "warning"
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not screen] == []  # no notice window
    press(screen, "noReceiptButton")
    assert not screen.sale_done_shown()
    qtbot.waitUntil(lambda: screen.scan_input.hasFocus())


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_the_carts_title_is_whole_in_every_language(qtbot, styled, speaking, store, language):
    if language != "es":
        speaking(language)
    screen = SaleScreen(store)
    qtbot.addWidget(screen)
    screen.resize(1366, 680)  # the sale screen of a 1366 × 768 window, under its header
    screen.show()
    qtbot.waitExposed(screen)
    QApplication.processEvents()
    title = screen.cart_panel.title
    assert title.text() == title.full_text(), (title.text(), title.width())
