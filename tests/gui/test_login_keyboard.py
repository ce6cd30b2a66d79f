"""The login and the coordinator's approval without a mouse: names by arrows and letters, PIN and Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from mamakilla_pos.gui.approval import ApprovalDialog
from mamakilla_pos.gui.main_window import MainWindow
from mamakilla_pos.services import auth, settings
from mamakilla_pos.services.actors import SYSTEM_ID

PINS = {"Carmen Ayma": "739164", "Rosa Quispe": "5820", "Nilda Choque": "441726"}


@pytest.fixture
def people(shop):
    carmen = auth.create_user(shop.store, "Carmen Ayma", "coordinator", PINS["Carmen Ayma"], by=SYSTEM_ID)
    rosa = auth.create_user(shop.store, "Rosa Quispe", "seller", PINS["Rosa Quispe"], by=carmen.id)
    nilda = auth.create_user(shop.store, "Nilda Choque", "coordinator", PINS["Nilda Choque"], by=carmen.id)
    settings.update_settings(shop.store, after_payment="skip", user_id=SYSTEM_ID)
    return {u.name: u for u in (carmen, rosa, nilda)}


@pytest.fixture
def window(qtbot, shop, people):
    widget = MainWindow(shop.store)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.login_screen.pin_entry.pin_input.hasFocus())
    return widget


PERSON_MS = 120  # a person's pace: digits and Enter typed within milliseconds are a scanner's


def press(qtbot, window: MainWindow, *keys: Qt.Key | str) -> None:
    """Keys as a person types them on the keyboard: to whatever has the focus."""
    for key in keys:
        target = window.focusWidget() or window
        if isinstance(key, str):
            qtbot.keyClicks(target, key, Qt.KeyboardModifier.NoModifier, PERSON_MS)
        else:
            qtbot.keyClick(target, key, Qt.KeyboardModifier.NoModifier, PERSON_MS)


def chosen(window: MainWindow) -> str:
    login = window.login_screen
    return login.who_label.text() if login.selected_id is not None else ""


def test_names_are_chosen_with_arrows_and_first_letters(qtbot, window, people):
    login = window.login_screen
    # Names sorted: Carmen Ayma, Nilda Choque / Rosa Quispe, two per row.
    assert all(login.user_button(u.id).focusPolicy() & Qt.FocusPolicy.TabFocus for u in people.values())
    press(qtbot, window, Qt.Key.Key_Right)
    assert chosen(window) == "Carmen Ayma"
    press(qtbot, window, Qt.Key.Key_Right)
    assert chosen(window) == "Nilda Choque"
    press(qtbot, window, Qt.Key.Key_Down)
    assert chosen(window) == "Nilda Choque"  # nobody below her
    press(qtbot, window, Qt.Key.Key_Left, Qt.Key.Key_Down)
    assert chosen(window) == "Rosa Quispe"
    press(qtbot, window, "n")
    assert chosen(window) == "Nilda Choque"
    press(qtbot, window, "c")
    assert chosen(window) == "Carmen Ayma"
    assert login.pin_entry.pin_input.hasFocus()


def test_logging_in_with_the_keyboard_only(qtbot, window, people):
    press(qtbot, window, "r", PINS["Rosa Quispe"], Qt.Key.Key_Return)
    assert not window.is_locked()
    assert window.till_user.current.name == "Rosa Quispe"


def test_a_name_tile_with_the_focus_takes_a_letter_and_the_pin(qtbot, window, people):
    login = window.login_screen
    tile = login.user_button(people["Carmen Ayma"].id)
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    assert tile.hasFocus()
    press(qtbot, window, "r")
    assert chosen(window) == "Rosa Quispe"
    press(qtbot, window, PINS["Rosa Quispe"], Qt.Key.Key_Enter)
    assert window.till_user.current.name == "Rosa Quispe"


def test_a_wrong_pin_typed_on_the_keyboard_says_how_many_tries_are_left(qtbot, window, people):
    login = window.login_screen
    press(qtbot, window, "r", "1234", Qt.Key.Key_Return)
    message = login.findChild(QWidget, "loginMessage")
    assert message.isVisible()
    assert message.text() == "PIN equivocado (quedan 4 intentos)"
    press(qtbot, window, "1234", Qt.Key.Key_Return)
    assert message.text() == "PIN equivocado (quedan 3 intentos)"


def test_the_approval_prompt_without_a_mouse(qtbot, shop, people):
    dialog = ApprovalDialog(shop.store, "refund")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.pin_entry.pin_input.hasFocus())

    def key(*keys: Qt.Key | str) -> None:
        for k in keys:
            target = dialog.focusWidget() or dialog
            qtbot.keyClicks(target, k) if isinstance(k, str) else qtbot.keyClick(target, k)

    key(Qt.Key.Key_Down)
    assert dialog.selected_id == people["Carmen Ayma"].id
    key("n", "1111", Qt.Key.Key_Return)
    assert dialog.selected_id == people["Nilda Choque"].id
    assert dialog.pin_entry.error_label.text() == "PIN equivocado (quedan 4 intentos)"
    key(PINS["Nilda Choque"], Qt.Key.Key_Return)
    assert dialog.result() == ApprovalDialog.DialogCode.Accepted
    assert dialog.approval is not None and dialog.approval.user_id == people["Nilda Choque"].id


@pytest.mark.parametrize(
    ("language", "two_left", "locked"),
    [
        ("en", "Wrong PIN (4 tries left)", "Wrong PIN five times: Rosa Quispe is locked for 5 minutes"),
        ("fr", "PIN incorrect (il reste 4 essais)", "PIN incorrect cinq fois : Rosa Quispe est bloquée 5 minutes"),
    ],
)
def test_a_wrong_pin_is_told_in_the_screens_language(qtbot, shop, people, speaking, language, two_left, locked):
    speaking(language)
    window = MainWindow(shop.store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.login_screen.pin_entry.pin_input.hasFocus())
    message = window.login_screen.findChild(QWidget, "loginMessage")
    press(qtbot, window, "r", "1234", Qt.Key.Key_Return)
    assert message.text() == two_left
    for _ in range(4):
        press(qtbot, window, "1234", Qt.Key.Key_Return)
    assert message.text() == locked

    dialog = ApprovalDialog(shop.store, "refund")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_approver(people["Nilda Choque"].id)
    dialog.pin_entry.pin_input.setText("1111")
    dialog.approve_button.click()
    assert dialog.pin_entry.error_label.text() == two_left
