"""A seller records production with a coordinator's PIN; coordinators' PINs have 6 digits on every form.

The approval prompt and the PIN forms are the real dialogs; a modal one is
stubbed only at ``exec``, where the stub works it with the keyboard.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton

from mamakilla_pos.gui.approval import ApprovalDialog
from mamakilla_pos.gui.login import LoginScreen
from mamakilla_pos.gui.main_window import MainWindow
from mamakilla_pos.gui.pin_forms import NewPinDialog, ShortPinDialog
from mamakilla_pos.gui.production_dialog import ProductionDialog
from mamakilla_pos.gui.users_screen import NewUserDialog
from mamakilla_pos.services import auth, catalogue_makers, journal_view, pins, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.verify import verify

LEFT = Qt.MouseButton.LeftButton
COORDINATOR_PIN = "739164"
SELLER_PIN = "5820"


@pytest.fixture
def people(shop):
    carmen = auth.create_user(shop.store, "Carmen Ayma", "coordinator", COORDINATOR_PIN, by=SYSTEM_ID)
    rosa = auth.create_user(shop.store, "Rosa Quispe", "seller", SELLER_PIN, by=carmen.id)
    return carmen, rosa


@pytest.fixture
def window(qtbot, shop, people):
    """A main window where the seller, Rosa, is logged in."""
    widget = MainWindow(shop.store)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.till_user.log_in(people[1])
    return widget


def keys_only(qtbot, pin: str, seen: list[ApprovalDialog], cancel: bool = False):
    """A stand-in for the approval prompt's ``exec``: the coordinator types her PIN and Enter (or Esc)."""

    def run(prompt: ApprovalDialog) -> int:
        seen.append(prompt)
        prompt.show()
        qtbot.waitExposed(prompt)
        if cancel:
            qtbot.keyClick(prompt.focusWidget() or prompt, Qt.Key.Key_Escape)
            return prompt.result()
        for digit in pin:
            qtbot.keyClick(prompt.focusWidget() or prompt, digit)
        qtbot.keyClick(prompt.focusWidget() or prompt, Qt.Key.Key_Return)
        return prompt.result()

    return run


def production_of_a_purse(qtbot, shop, window) -> ProductionDialog:
    """The production dialog at its last step: Rosa's purses, how many."""
    rosa = next(m for m in catalogue_makers.list_makers(shop.store) if m.name == "Rosa Quispe")
    [choice] = [c for c in stock.production_choices(shop.store, rosa.id) if c.item_code == shop.purse]
    dialog = ProductionDialog(shop.store, window, rosa.id, choice.product_id, shop.purse)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.stack.currentIndex() == ProductionDialog.QUANTITY
    qtbot.waitUntil(dialog.quantity_input.hasFocus)
    return dialog


def test_a_seller_records_production_with_a_coordinators_pin_by_keyboard(qtbot, shop, people, window, monkeypatch):
    seen: list[ApprovalDialog] = []
    monkeypatch.setattr(ApprovalDialog, "exec", keys_only(qtbot, COORDINATOR_PIN, seen))
    dialog = production_of_a_purse(qtbot, shop, window)
    qtbot.keyClicks(dialog.quantity_input, "3")
    qtbot.keyClick(dialog.quantity_input, Qt.Key.Key_Return)

    [prompt] = seen
    assert prompt.permission == "produce"
    assert "registrar la producción" in prompt.what_label.text()
    assert "Lo pide: Rosa Quispe" in prompt.detail_label.text()
    assert dialog.stack.currentIndex() == ProductionDialog.DONE
    assert stock.stock_of(shop.store, shop.purse, "taller") == 13
    [approval] = journal_view.list_entries(shop.store, journal_view.JournalFilter(kind="approval")).rows
    assert approval.payload == {"permission": "produce", "user": "Rosa Quispe", "approver": "Carmen Ayma"}
    assert verify(shop.store) == []


def test_without_the_coordinators_pin_nothing_is_recorded(qtbot, shop, people, window, monkeypatch):
    seen: list[ApprovalDialog] = []
    monkeypatch.setattr(ApprovalDialog, "exec", keys_only(qtbot, "", seen, cancel=True))
    dialog = production_of_a_purse(qtbot, shop, window)
    qtbot.keyClick(dialog.quantity_input, Qt.Key.Key_Return)
    assert [prompt.permission for prompt in seen] == ["produce"]
    assert dialog.stack.currentIndex() == ProductionDialog.QUANTITY
    assert "necesita la aprobación de una coordinadora" in dialog.quantity_error.text()
    assert stock.stock_of(shop.store, shop.purse, "taller") == 10


def test_a_new_coordinator_needs_six_digits_a_seller_four(qtbot, shop, people):
    roles = auth.roles(shop.store)
    dialog = NewUserDialog(roles, None, {code: auth.pin_digits(shop.store, code) for code, _ in roles})
    qtbot.addWidget(dialog)
    dialog.show()
    created: list[auth.Actor] = []
    dialog.apply = lambda: created.append(
        auth.create_user(shop.store, dialog.name_input.text(), dialog.role, dialog.pin_input.text(), by=people[0].id)
    )
    qtbot.keyClicks(dialog.name_input, "Nilda Choque")
    assert dialog.pin_label.text() == "PIN (4 a 6 números)"
    dialog.role_buttons["coordinator"].click()
    assert dialog.pin_label.text() == "PIN (6 números)"
    qtbot.keyClicks(dialog.pin_input, "4417")
    qtbot.keyClicks(dialog.again_input, "4417")
    qtbot.keyClick(dialog.again_input, Qt.Key.Key_Return)
    assert dialog.error.text() == "El PIN debe tener 6 números."
    assert not created and dialog.pin_input.text() == ""
    qtbot.keyClicks(dialog.pin_input, "441726")
    qtbot.keyClicks(dialog.again_input, "441726")
    qtbot.keyClick(dialog.again_input, Qt.Key.Key_Return)
    assert [(actor.name, actor.role) for actor in created] == [("Nilda Choque", "coordinator")]


def test_the_service_refuses_a_short_coordinators_pin_the_form_let_through(qtbot, shop, people):
    dialog = NewPinDialog("PIN nuevo para Carmen Ayma", False, None)  # a form told nothing of her role
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.apply = lambda: auth.reset_pin(shop.store, people[0].id, dialog.pin_input.text(), by=people[0].id)
    qtbot.keyClicks(dialog.pin_input, "4417")
    qtbot.keyClicks(dialog.again_input, "4417")
    qtbot.keyClick(dialog.again_input, Qt.Key.Key_Return)
    assert dialog.error.text() == "El PIN de una coordinadora tiene 6 números"
    assert auth.login(shop.store, people[0].id, COORDINATOR_PIN).name == "Carmen Ayma"


@pytest.fixture
def short_pin_coordinator(shop, people, monkeypatch):
    """Nilda, a coordinator whose PIN, 1357, was set when 4 digits were enough."""
    six = pins.APPROVER_DIGITS
    monkeypatch.setattr(pins, "APPROVER_DIGITS", pins.SELLER_DIGITS)
    nilda = auth.create_user(shop.store, "Nilda Choque", "coordinator", "1357", by=people[0].id)
    monkeypatch.setattr(pins, "APPROVER_DIGITS", six)
    return nilda


def type_login(qtbot, login: LoginScreen, user_id: int, pin: str) -> None:
    login.select_user(user_id)
    for digit in pin:
        qtbot.keyClick(login.pin_entry.pin_input, digit)
    qtbot.keyClick(login.pin_entry.pin_input, Qt.Key.Key_Return)


def test_a_coordinator_with_a_short_pin_chooses_a_new_one_to_come_in(qtbot, shop, short_pin_coordinator, monkeypatch):
    nilda = short_pin_coordinator
    login = LoginScreen(shop.store)
    qtbot.addWidget(login)
    login.show()
    entered: list[auth.Actor] = []
    login.logged_in.connect(entered.append)
    asked: list[ShortPinDialog] = []

    def choose(new_pin: str, again: str):
        def run(dialog: ShortPinDialog) -> int:
            asked.append(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            if not new_pin:
                qtbot.keyClick(dialog.pin_input, Qt.Key.Key_Escape)
                return dialog.result()
            qtbot.keyClicks(dialog.pin_input, new_pin)
            qtbot.keyClicks(dialog.again_input, again)
            qtbot.keyClick(dialog.again_input, Qt.Key.Key_Return)
            if dialog.result() != QDialog.DialogCode.Accepted:
                problems.append(dialog.error.text())
                qtbot.keyClick(dialog.pin_input, Qt.Key.Key_Escape)
            return dialog.result()

        return run

    problems: list[str] = []
    # She does not choose one now: she does not come in, and her PIN stays as it was.
    monkeypatch.setattr(ShortPinDialog, "exec", choose("", ""))
    type_login(qtbot, login, nilda.id, "1357")
    assert not entered
    why = asked[0].findChild(QLabel, "shortPinWhy").text()
    assert why.startswith("Nilda Choque, su PIN es corto. Ahora el PIN de una coordinadora tiene 6 números")
    assert login.message.text() == "Para entrar, elija un PIN nuevo."

    # Four digits again: refused on the form.
    monkeypatch.setattr(ShortPinDialog, "exec", choose("2468", "2468"))
    type_login(qtbot, login, nilda.id, "1357")
    assert problems == ["El PIN debe tener 6 números."] and not entered

    # Six digits: she comes in, and from now on with the new PIN only.
    monkeypatch.setattr(ShortPinDialog, "exec", choose("604413", "604413"))
    type_login(qtbot, login, nilda.id, "1357")
    assert [actor.name for actor in entered] == ["Nilda Choque"]
    assert len(asked) == 3
    assert not auth.login(shop.store, nilda.id, "604413").short_pin
    with pytest.raises(auth.UserError):
        auth.login(shop.store, nilda.id, "1357")


def test_the_first_coordinator_chooses_six_digits(qtbot, shop):
    window = MainWindow(shop.store)
    qtbot.addWidget(window)
    window.show()
    window.start()
    from mamakilla_pos.gui.setup_dialog import FirstCoordinatorPage

    page = window.findChild(FirstCoordinatorPage)
    qtbot.keyClicks(page.findChild(QLineEdit, "firstUserName"), "Carmen Ayma")
    qtbot.keyClicks(page.findChild(QLineEdit, "firstUserPin"), "7391")
    qtbot.keyClicks(page.findChild(QLineEdit, "firstUserPinAgain"), "7391")
    qtbot.mouseClick(page.findChild(QPushButton, "createFirstUserButton"), LEFT)
    assert page.findChild(QLabel, "firstUserError").text() == "El PIN debe tener 6 números."
    assert not auth.has_users(shop.store)
    qtbot.keyClicks(page.findChild(QLineEdit, "firstUserPin"), COORDINATOR_PIN)
    qtbot.keyClicks(page.findChild(QLineEdit, "firstUserPinAgain"), COORDINATOR_PIN)
    qtbot.mouseClick(page.findChild(QPushButton, "createFirstUserButton"), LEFT)
    assert window.till_user.current is not None and window.till_user.current.name == "Carmen Ayma"
