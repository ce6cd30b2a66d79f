"""Back-office screens say what they did and can take a step back: the status bar follows the till,
closing a place says so, "Quitar" can be undone, an empty payout list explains itself, saved
settings are confirmed, and cash put in offers its own reasons."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from mamakilla_pos.gui import locations_screen, session_report_view
from mamakilla_pos.gui.cash_move_dialog import CashMoveDialog
from mamakilla_pos.gui.cash_reasons import reason_label
from mamakilla_pos.gui.close_till_dialog import CloseTillDialog
from mamakilla_pos.gui.locations_screen import LocationsScreen
from mamakilla_pos.gui.main_window import MainWindow
from mamakilla_pos.gui.payout_history import PayoutHistoryScreen
from mamakilla_pos.gui.settings_dialog import SettingsDialog
from mamakilla_pos.services import cash, locations
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.settings import get_settings

LEFT = Qt.MouseButton.LeftButton
D = Decimal


@pytest.fixture
def window(qtbot, shop, at_the_till) -> MainWindow:
    made = MainWindow(shop.store)
    qtbot.addWidget(made)
    at_the_till(made)
    made.resize(1366, 768)
    made.show()
    qtbot.waitExposed(made)
    return made


@pytest.mark.till_closed
def test_closing_the_till_on_the_caja_screen_updates_the_status_bar(qtbot, shop, window, monkeypatch):
    cash.open_session(shop.store, {D("50"): 1}, user_id=SYSTEM_ID)
    window.refresh_status()
    status = window.findChild(QLabel, "sessionStatus")
    assert status.text().startswith("Caja abierta desde las")
    window.show_screen("cash")

    def count_exact(dialog: CloseTillDialog) -> int:
        dialog.counter.set_counts("PEN", {D("50"): 1})
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CloseTillDialog, "exec", count_exact)
    monkeypatch.setattr(session_report_view, "show_report_pdf", lambda *args: "")
    qtbot.mouseClick(window.current_screen().findChild(QPushButton, "closeTillButton"), LEFT)
    assert cash.current_session(shop.store) is None
    assert status.text() == "Caja cerrada"
    assert window.sale_screen.message.property("kind") == "closed"


def test_closing_a_place_is_named_and_asked(qtbot, shop, monkeypatch):
    locations.add_location(shop.store, "feria", "Feria de San Blas", "fair", user_id=SYSTEM_ID)
    screen = LocationsScreen(shop.store)
    qtbot.addWidget(screen)
    screen.select("feria")
    assert screen.active_button.text() == "Cerrar la ubicación…"
    asked: list[str] = []
    monkeypatch.setattr(locations_screen, "confirm", lambda _parent, _title, text, _yes: asked.append(text) or False)
    qtbot.mouseClick(screen.active_button, LEFT)
    assert asked and "Feria de San Blas" in asked[0]
    assert locations.location_infos(shop.store)[-1].active  # said no: still open
    monkeypatch.setattr(locations_screen, "confirm", lambda *_args: True)
    qtbot.mouseClick(screen.active_button, LEFT)
    assert not next(loc for loc in locations.location_infos(shop.store) if loc.code == "feria").active
    screen.select("feria")
    assert screen.active_button.text() == "Reabrir la ubicación"


def test_quitar_can_be_undone(qtbot, shop, window):
    sale = window.sale_screen
    for code in (shop.bag, shop.purse, shop.pencil_case):
        qtbot.keyClicks(sale.scan_input, code)
        qtbot.keyClick(sale.scan_input, Qt.Key.Key_Return)
    sale._select(1)
    qtbot.mouseClick(sale.remove_button, LEFT)
    assert [sale.cart.entry(r).item.code for r in range(sale.cart.rowCount())] == [shop.bag, shop.pencil_case]
    assert sale.undo_button.isVisible()
    assert "Deshacer (Ctrl+Z)" in sale.message.text()
    qtbot.keyClick(sale.scan_input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [sale.cart.entry(r).item.code for r in range(sale.cart.rowCount())] == [
        shop.bag,
        shop.purse,
        shop.pencil_case,
    ]
    assert not sale.undo_button.isVisible()
    assert sale.message.text() == "Volvió a la venta: Monedero de cuero."


def test_the_last_line_removed_comes_back_with_the_sale_discount(qtbot, shop, window):
    from mamakilla_pos.domain.pricing import Discount, DiscountKind

    sale = window.sale_screen
    qtbot.keyClicks(sale.scan_input, shop.bag)
    qtbot.keyClick(sale.scan_input, Qt.Key.Key_Return)
    sale.cart.set_order_discount(Discount(DiscountKind.AMOUNT, D("5.00")))
    total = sale.cart.total
    sale._select(0)
    qtbot.mouseClick(sale.remove_button, LEFT)
    assert sale.cart.rowCount() == 0
    qtbot.mouseClick(sale.undo_button, LEFT)
    assert sale.cart.rowCount() == 1 and sale.cart.total == total == D("40.00")


def test_ver_constancia_with_no_payouts_says_why(qtbot, shop):
    screen = PayoutHistoryScreen(shop.store)
    qtbot.addWidget(screen)
    screen.refresh()
    assert screen.payouts.rowCount() == 0
    assert screen.reprint_button.isEnabled()
    qtbot.mouseClick(screen.reprint_button, LEFT)
    assert screen.message.text() == "No hay pagos con estos filtros: cambie la artesana o las fechas."
    assert not screen.message.isHidden()


def test_saving_settings_is_confirmed(qtbot, shop, window, monkeypatch):
    def rename(dialog: SettingsDialog) -> int:
        dialog.field("shop_name").setText("Mama Killa Feria")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", rename)
    window.findChild(type(window._more_menu.actions()[0]), "settingsAction").trigger()
    assert get_settings(shop.store).shop_name == "Mama Killa Feria"
    assert window.findChild(QLabel, "shopStatus").text() == "Ajustes guardados."
    assert window.sale_screen.message.text() == "Ajustes guardados."


@pytest.mark.till_closed
def test_putting_money_in_offers_its_own_reasons(qtbot, shop):
    cash.open_session(shop.store, user_id=SYSTEM_ID)
    dialog = CashMoveDialog(shop.store, "in")
    qtbot.addWidget(dialog)
    shown = [button.text() for button in dialog.reason_buttons]
    assert shown == ["Sencillo para dar vuelto", "Más fondo de caja", "Devolución de un adelanto", "Otro"]
    assert "Almuerzo" not in shown and "Pago del stand de la feria" not in shown
    qtbot.mouseClick(dialog.findChild(QPushButton, "direction_out"), LEFT)
    assert [button.text() for button in dialog.reason_buttons][:3] == [
        "Pago del stand de la feria",
        "Compra de sencillo",
        "Almuerzo",
    ]
    qtbot.mouseClick(dialog.findChild(QPushButton, "direction_in"), LEFT)
    dialog.amount.setText("20")
    dialog.choose_reason("Sencillo para dar vuelto")
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.movement.reason == "Sencillo para dar vuelto"


def test_a_payouts_cash_reason_is_translated_too(qtbot):
    from PySide6.QtCore import QCoreApplication

    assert reason_label("Pago a artesana Rosa Quispe (P-000012)") == "Pago a artesana Rosa Quispe (P-000012)"
    seen: list[str] = []
    original = QCoreApplication.translate

    def spy(context: str, text: str, *args: object) -> str:
        seen.append(text)
        return original(context, text, *args)

    QCoreApplication.translate = spy  # type: ignore[method-assign]
    try:
        reason_label("Pago a artesana Rosa Quispe (P-000012)")
    finally:
        QCoreApplication.translate = original  # type: ignore[method-assign]
    assert "Pago a artesana" in seen
