"""The coordinator's menu entries show a lock to a seller and open with a coordinator's PIN, asked once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from mamakilla_pos.gui.approval import ApprovalDialog
from mamakilla_pos.gui.main_window import LOCKED_ENTRIES, MainWindow
from mamakilla_pos.gui.users_screen import UsersScreen
from mamakilla_pos.services import auth, settings
from mamakilla_pos.services.actors import SYSTEM_ID

PINS = {"Carmen Ayma": "739164", "Rosa Quispe": "5820"}
PERSON_MS = 150


@pytest.fixture
def people(shop):
    carmen = auth.create_user(shop.store, "Carmen Ayma", "coordinator", PINS["Carmen Ayma"], by=SYSTEM_ID)
    rosa = auth.create_user(shop.store, "Rosa Quispe", "seller", PINS["Rosa Quispe"], by=carmen.id)
    nilda = auth.create_user(shop.store, "Nilda Choque", "seller", "4417", by=carmen.id)
    settings.update_settings(shop.store, after_payment="skip", user_id=SYSTEM_ID)
    return carmen, rosa, nilda


@pytest.fixture
def window(qtbot, shop, people):
    widget = MainWindow(shop.store)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def log_in(qtbot, window: MainWindow, user) -> None:
    window.till_user.log_in(auth.login(window.store, user.id, PINS[user.name]))
    qtbot.waitUntil(lambda: window.sale_screen.scan_input.hasFocus())


def entry(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def test_a_seller_sees_the_coordinators_entries_behind_a_lock(qtbot, window, people):
    carmen, rosa, _ = people
    log_in(qtbot, window, rosa)
    locked = {name for name in window._menu_actions if not entry(window, name).icon().isNull()}
    coordinators = {"menu_users", "menu_payouts", "menu_sync", "settingsAction", "backupAction"}
    assert locked == set(LOCKED_ENTRIES) == coordinators
    assert "PIN de una coordinadora" in entry(window, "menu_users").toolTip()
    assert entry(window, "menu_stock").icon().isNull()

    window.switch_user()
    log_in(qtbot, window, carmen)
    assert all(entry(window, name).icon().isNull() for name in window._menu_actions)


def test_a_locked_entry_asks_the_pin_first_and_only_once(qtbot, window, shop, people, when_modal, monkeypatch):
    _, rosa, nilda = people
    log_in(qtbot, window, rosa)
    seen = when_modal(lambda dialog: dialog.reject())
    entry(window, "menu_users").trigger()
    assert [d.objectName() for d in seen] == ["approvalDialog"]
    assert window.current_screen() is window.sale_screen  # not approved: not opened

    def approve(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.pin_entry.pin_input, PINS["Carmen Ayma"], Qt.KeyboardModifier.NoModifier, PERSON_MS)
        qtbot.keyClick(dialog.pin_entry.pin_input, Qt.Key.Key_Return)

    seen = when_modal(approve, "approvalDialog")
    entry(window, "menu_users").trigger()
    screen = window.current_screen()
    assert isinstance(screen, UsersScreen) and len(seen) == 1

    # What she came for needs no second PIN: the approval stands while the screen is open.
    prompts: list[ApprovalDialog] = []
    monkeypatch.setattr(ApprovalDialog, "exec", lambda dialog: prompts.append(dialog) or 0)  # 0: cancelled
    screen.select_user(nilda.id)
    screen.toggle_button.click()
    assert prompts == []
    assert not next(u for u in auth.list_users(shop.store, include_inactive=True) if u.id == nilda.id).active

    # Once she leaves the screen, the approval is gone.
    window.show_screen("sale")
    window.show_screen("users")  # by another way than the menu
    screen.toggle_button.click()
    assert [d.permission for d in prompts] == ["manage_users"]
    assert not next(u for u in auth.list_users(shop.store, include_inactive=True) if u.id == nilda.id).active
