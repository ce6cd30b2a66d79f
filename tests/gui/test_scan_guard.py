"""A scan is never lost while a till screen is up; in a modal dialog or at the login it is refused, visibly."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from helpers import sell
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox, QWidget

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.gui.main_window import MainWindow
from mamakilla_pos.gui.refund_dialog import RefundDialog
from mamakilla_pos.gui.scan_guard import refusal_shown
from mamakilla_pos.services import auth, history, settings
from mamakilla_pos.services.actors import SYSTEM_ID

PERSON_MS = 150


@pytest.fixture
def window(qtbot, shop, at_the_till):
    settings.update_settings(shop.store, after_payment="skip", user_id=SYSTEM_ID)
    widget = MainWindow(shop.store)
    qtbot.addWidget(widget)
    at_the_till(widget)
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


def test_a_scan_while_the_menu_is_open_lands_in_the_sale(qtbot, window, shop, type_keys):
    seen: dict[str, object] = {}

    def scan_into_the_menu(tries: int = 300) -> None:
        menu = QApplication.activePopupWidget()
        if menu is None and tries:
            QTimer.singleShot(10, lambda: scan_into_the_menu(tries - 1))
            return
        seen["menu"] = menu.objectName()
        type_keys(shop.pencil_case, into=menu.windowHandle())  # the keys go where the windowing system sends them
        seen["open"] = menu.isVisible()
        menu.close()

    QTimer.singleShot(0, scan_into_the_menu)
    window.findChild(QWidget, "nav_more").click()
    assert seen == {"menu": "moreMenu", "open": False}
    assert window.current_screen() is window.sale_screen
    assert units(window) == {shop.pencil_case: 1}


def _queue_keys(target: QWidget, text: str, at_ms: int) -> None:
    """Keys as the windowing system queues a scanner's: stamped 1 ms apart, handled when the till gets to them."""
    stamp = at_ms
    for key, character in [(Qt.Key(ord(c.upper())), c) for c in text] + [(Qt.Key.Key_Return, "\r")]:
        modifiers = Qt.KeyboardModifier.ShiftModifier if character.isupper() else Qt.KeyboardModifier.NoModifier
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, modifiers, character)
            event.setTimestamp(stamp)
            QCoreApplication.postEvent(target, event)
        stamp += 1


def test_a_scan_into_a_dialog_slow_to_answer_each_key_is_still_refused(qtbot, window, shop, when_modal, type_keys):
    type_keys(shop.bag)
    seen: dict[str, object] = {}

    def scan_into_a_slow_field(dialog: QWidget) -> None:
        field = dialog.findChild(QLineEdit, "quantityInput")
        qtbot.waitUntil(lambda: field.hasFocus())
        field.textChanged.connect(lambda _text: time.sleep(0.08))  # each key takes 80 ms to answer
        _queue_keys(field, shop.purse, at_ms=1_000)
        qtbot.waitUntil(lambda: refusal_shown(dialog) is not None, timeout=3000)
        seen["refusal"] = refusal_shown(dialog).text()
        seen["field"] = field.text()
        dialog.reject()

    when_modal(scan_into_a_slow_field)
    qtbot.keyClick(window.sale_screen.scan_input, Qt.Key.Key_F4)
    assert shop.purse in str(seen["refusal"])
    assert seen["field"] == "1"
    assert units(window) == {shop.bag: 1}


def test_a_scan_into_a_quantity_box_leaves_its_number_alone(qtbot, window, shop, when_modal, type_keys):
    number = sell(shop.store, (shop.purse, 3), Tender("cash", Decimal("100"))).number
    seen: dict[str, object] = {}

    def scan_into_the_units(dialog: QWidget) -> None:
        units_back = dialog.findChildren(QSpinBox)[0]
        units_back.setFocus()
        qtbot.waitUntil(units_back.hasFocus)
        type_keys("7751234500017")  # the next customer's bag, at scanner speed
        seen["refusal"] = refusal_shown(dialog)
        seen["units"] = units_back.value()
        dialog.reject()

    when_modal(scan_into_the_units)
    RefundDialog(shop.store, history.get_sale(shop.store, number), window).exec()
    assert seen["refusal"] is not None and "7751234500017" in seen["refusal"].text()
    assert seen["units"] == 0


def _at_the_login(qtbot, shop) -> MainWindow:
    auth.create_user(shop.store, "Carmen Ayma", "coordinator", "739164", by=SYSTEM_ID)
    window = MainWindow(shop.store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.login_screen.pin_entry.pin_input.hasFocus())
    return window


@pytest.mark.parametrize("code", ["775123", "MK775123"])
def test_a_scan_at_the_login_is_refused_and_counts_no_pin_try(qtbot, shop, type_keys, code):
    window = _at_the_login(qtbot, shop)
    login = window.login_screen
    assert login.selected_id is not None  # the only user is chosen

    type_keys(code)  # six digits, a PIN's length (after the capitals, Shift held), at scanner speed
    refusal = refusal_shown(window)
    assert refusal is not None and code in refusal.text() and "PIN" in refusal.text()
    assert login.pin_entry.pin == "" and not login.message.isVisible()

    type_keys("739164", PERSON_MS)
    assert window.till_user.current is not None and window.till_user.current.name == "Carmen Ayma"
    assert refusal_shown(window) is None  # what was said to the login is not left over the till


def _no_window_active(qtbot) -> None:
    """As in a kiosk session without a window manager: keys reach the till, yet no window is active."""
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    other.hide()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is None)


def test_without_a_window_manager_a_scan_at_the_login_is_refused(qtbot, shop, type_keys):
    window = _at_the_login(qtbot, shop)
    login = window.login_screen
    _no_window_active(qtbot)
    assert QApplication.focusWidget() is None

    type_keys("MK775123", into=window.windowHandle())
    refusal = refusal_shown(window)
    assert refusal is not None and "MK775123" in refusal.text()
    assert login.pin_entry.pin == "" and not login.message.isVisible()

    type_keys("739164", PERSON_MS, into=window.windowHandle())
    assert window.till_user.current is not None and window.till_user.current.name == "Carmen Ayma"


def test_without_a_window_manager_a_scan_on_another_screen_lands_in_the_sale(qtbot, window, shop, type_keys):
    window.show_screen("history")
    window.current_screen().setFocus()
    _no_window_active(qtbot)
    type_keys(shop.pencil_case, into=window.windowHandle())
    assert window.current_screen() is window.sale_screen
    assert units(window) == {shop.pencil_case: 1}


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
