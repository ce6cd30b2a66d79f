"""The first-run dialog and the first coordinator's page, built from their Designer forms, by keyboard alone."""

from __future__ import annotations

from gui_helpers import tab_names
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mamakilla_pos.gui.main_window import MainWindow
from mamakilla_pos.gui.setup_dialog import FirstCoordinatorPage, SetupDialog
from mamakilla_pos.services import auth

PIN = "583920"
PERSON_DELAY_MS = 150  # a quick person: about seven keys a second


def test_setup_tabs_through_the_shop_then_its_three_ways_on(qtbot, store):
    dialog = SetupDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.shopNameInput)
    assert tab_names(qtbot, 6) == [
        "shopNameInput",
        "shopAddressInput",
        "tillSeriesInput",
        "demoButton",
        "joinShopButton",
        "saveButton",
        "shopNameInput",
    ]
    assert dialog.ui.saveButton.isDefault()


def test_the_first_coordinator_registers_with_the_keyboard_alone(qtbot, shop, type_keys):
    """Typed at a person's pace (a burst and Enter is a scanner's code, which the till takes apart)."""
    window = MainWindow(shop.store)
    qtbot.addWidget(window)
    window.show()
    window.start()
    page = window.findChild(FirstCoordinatorPage)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.ui.firstUserName)
    type_keys("Carmen Ayma", PERSON_DELAY_MS)
    assert QApplication.focusWidget() is page.ui.firstUserPin
    type_keys(PIN, PERSON_DELAY_MS, enter=False)
    qtbot.keyClick(page.ui.firstUserPin, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.ui.firstUserPinAgain
    type_keys(PIN, PERSON_DELAY_MS)
    assert window.till_user.current is not None and window.till_user.current.name == "Carmen Ayma"
    assert auth.has_users(shop.store)
