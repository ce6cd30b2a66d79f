"""A scan is never lost while a till screen is up; in a modal dialog or at the login it is refused, visibly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from mamakilla_pos.gui.main_window import MainWindow
from mamakilla_pos.gui.scan_guard import refusal_shown
from mamakilla_pos.services import auth, cash, settings

PERSON_MS = 150


@pytest.fixture
def window(qtbot, shop):
    settings.update_settings(shop.store, after_payment="skip")
    cash.open_session(shop.store)
    widget = MainWindow(shop.store)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.sale_screen.scan_input.hasFocus())
    return widget


def units(window: MainWindow) -> dict[str, int]:
    return {e.item.code: e.quantity for e in window.sale_screen.cart.entries}


def test_a_scan_into_a_modal_dialog_is_refused_visibly_and_types_nothing(qtbot, window, shop, when_modal, type_keys):
    type_keys(shop.bag)
    seen: dict[str, object] = {}

    def scan_into_the_quantity(dialog: QWidget) -> None:
        field = dialog.findChild(QLineEdit, "quantityInput")
        qtbot.waitUntil(lambda: field.hasFocus())
        type_keys(shop.purse)  # the next customer's item, at scanner speed
        seen["refusal"] = refusal_shown(dialog)
        seen["field"] = field.text()
        seen["open"] = dialog.isVisible()
        field.selectAll()
        type_keys("3", PERSON_MS)  # the seller then types the quantity herself, and Enter
        qtbot.waitUntil(lambda: not dialog.isVisible())

    when_modal(scan_into_the_quantity)
    qtbot.keyClick(window.sale_screen.scan_input, Qt.Key.Key_F4)

    refusal = seen["refusal"]
    assert refusal is not None, "the scan was swallowed without a word"
    assert shop.purse in refusal.text() and "no se agregó" in refusal.text()
    assert seen["field"] == "1" and seen["open"]
    assert units(window) == {shop.bag: 3}  # the person's keys still work; the scan added nothing


def test_a_scan_on_another_screen_lands_in_the_sale(qtbot, window, shop, type_keys):
    window.show_screen("history")
    window.current_screen().setFocus()
    assert QApplication.focusWidget() is not window.sale_screen.scan_input
    type_keys(shop.pencil_case)
    assert window.current_screen() is window.sale_screen
    assert units(window) == {shop.pencil_case: 1}


def test_a_scan_at_the_login_is_refused_and_counts_no_pin_try(qtbot, shop, when_modal, type_keys):
    carmen = auth.create_user(shop.store, "Carmen Ayma", "coordinator", "7391")
    window = MainWindow(shop.store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    login = window.login_screen
    qtbot.waitUntil(lambda: login.pin_entry.pin_input.hasFocus())
    assert login.selected_id == carmen.id  # the only user is chosen

    type_keys("775123")  # six digits: a PIN's length, at scanner speed
    refusal = refusal_shown(window)
    assert refusal is not None and "775123" in refusal.text() and "PIN" in refusal.text()
    assert login.pin_entry.pin == "" and not login.message.isVisible()

    type_keys("7391", PERSON_MS)
    assert window.user_session.current is not None and window.user_session.current.name == "Carmen Ayma"


def test_a_person_typing_in_a_dialog_is_not_taken_for_a_scanner(qtbot, window, shop, when_modal, type_keys):
    type_keys(shop.bag)
    window.sale_screen.scan_input.setFocus()

    def type_twelve(dialog: QWidget) -> None:
        field = dialog.findChild(QLineEdit, "quantityInput")
        qtbot.waitUntil(lambda: field.hasFocus())
        field.selectAll()
        type_keys("12", PERSON_MS)

    when_modal(type_twelve)
    qtbot.keyClick(window.sale_screen.scan_input, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert units(window) == {shop.bag: 12}
