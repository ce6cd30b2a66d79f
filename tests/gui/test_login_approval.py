"""Logging in on the keypad, switching user, the idle lock, and a coordinator's PIN on the spot."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QSpinBox, QWidget

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.domain.pricing import Discount, DiscountKind
from mamakilla_pos.gui.approval import ApprovalDialog
from mamakilla_pos.gui.history_screen import HistoryScreen
from mamakilla_pos.gui.login import LoginScreen
from mamakilla_pos.gui.main_window import MainWindow
from mamakilla_pos.gui.payment_dialog import PaymentDialog
from mamakilla_pos.gui.refund_dialog import RefundDialog
from mamakilla_pos.gui.setup_dialog import FirstCoordinatorPage
from mamakilla_pos.gui.users_screen import NewPinDialog, NewUserDialog, UsersModel, UsersScreen
from mamakilla_pos.services import auth, cash, history, journal_view, settings
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale

LEFT = Qt.MouseButton.LeftButton
COORDINATOR_PIN = "739164"
SELLER_PIN = "5820"


@pytest.fixture
def people(shop):
    coordinator = auth.create_user(shop.store, "Carmen Ayma", "coordinator", COORDINATOR_PIN, by=SYSTEM_ID)
    seller = auth.create_user(shop.store, "Rosa Quispe", "seller", SELLER_PIN, by=coordinator.id)
    settings.update_settings(shop.store, after_payment="skip", user_id=SYSTEM_ID)
    return coordinator, seller


@pytest.fixture
def window(qtbot, shop, people):
    widget = MainWindow(shop.store)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def tap_pin(qtbot, parent: QWidget, pin: str) -> None:
    """Press the keypad's keys, one per digit."""
    for digit in pin:
        qtbot.mouseClick(parent.findChild(QPushButton, f"key_{digit}"), LEFT)


def log_in(qtbot, window: MainWindow, user: auth.Actor, pin: str) -> None:
    login = window.login_screen
    qtbot.mouseClick(login.user_button(user.id), LEFT)
    tap_pin(qtbot, login, pin)
    qtbot.mouseClick(login.findChild(QPushButton, "loginButton"), LEFT)


def approve_with(qtbot, pin: str, seen: list[ApprovalDialog]):
    """A stand-in for the approval prompt's ``exec``: the coordinator types ``pin`` on its keypad."""

    def run(dialog: ApprovalDialog) -> int:
        qtbot.addWidget(dialog)
        seen.append(dialog)
        tap_pin(qtbot, dialog, pin)
        qtbot.mouseClick(dialog.findChild(QPushButton, "approveButton"), LEFT)
        return dialog.result()

    return run


# -- logging in -------------------------------------------------------------------------------


def test_the_till_opens_on_the_login_screen_and_a_seller_logs_in_on_the_keypad(qtbot, window, people):
    _, seller = people
    assert window.is_locked()
    assert window.pages.currentWidget() is window.login_screen
    assert not window.statusBar().isVisible()
    names = [b.user.name for b in window.login_screen.findChildren(QPushButton) if b.objectName().startswith("user_")]
    assert sorted(names) == ["Carmen Ayma", "Rosa Quispe"]
    assert window.login_screen.findChild(QPushButton, "key_dot").isHidden()  # a PIN has no decimal point

    login = window.login_screen
    qtbot.mouseClick(login.user_button(seller.id), LEFT)
    assert login.who_label.text() == "Rosa Quispe"
    tap_pin(qtbot, login, SELLER_PIN)
    pin_input = login.findChild(QLineEdit, "pinInput")
    assert pin_input.text() == SELLER_PIN
    assert pin_input.echoMode() == QLineEdit.EchoMode.Password  # shown as dots
    qtbot.mouseClick(login.findChild(QPushButton, "loginButton"), LEFT)

    assert not window.is_locked()
    assert window.till_user.current is not None and window.till_user.current.id == seller.id
    assert window.current_screen() is window.sale_screen
    assert window.user_label.text() == "Atiende: Rosa Quispe (vendedora)"
    assert window.statusBar().isVisible()
    assert pin_input.text() == ""
    qtbot.waitUntil(lambda: window.sale_screen.scan_input.hasFocus())


def test_logging_in_with_the_keyboard(qtbot, window, people):
    coordinator, _ = people
    login = window.login_screen
    qtbot.mouseClick(login.user_button(coordinator.id), LEFT)
    # A person's pace: the same four digits and Enter typed within milliseconds are a scanner's.
    qtbot.keyClicks(login.pin_entry.pin_input, COORDINATOR_PIN, Qt.KeyboardModifier.NoModifier, 120)
    qtbot.keyClick(login.pin_entry.pin_input, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, 120)
    assert window.till_user.current.name == "Carmen Ayma"


def test_a_wrong_pin_says_so_and_five_lock_the_user(qtbot, window, people):
    _, seller = people
    login = window.login_screen
    qtbot.mouseClick(login.user_button(seller.id), LEFT)
    tap_pin(qtbot, login, "1234")
    qtbot.mouseClick(login.findChild(QPushButton, "loginButton"), LEFT)

    message = login.findChild(QWidget, "loginMessage")
    assert message.isVisible()
    assert message.text() == "PIN equivocado (quedan 4 intentos)"
    assert window.is_locked() and window.till_user.current is None
    assert login.pin_entry.pin == ""

    for _ in range(4):
        tap_pin(qtbot, login, "1234")
        qtbot.mouseClick(login.findChild(QPushButton, "loginButton"), LEFT)
    assert "queda bloqueada 5 minutos" in message.text()
    assert login.user_button(seller.id).role_label.text().startswith("bloqueada hasta las")

    tap_pin(qtbot, login, SELLER_PIN)  # the right PIN, too late
    qtbot.mouseClick(login.findChild(QPushButton, "loginButton"), LEFT)
    assert "Rosa Quispe está bloqueada hasta las" in message.text()
    assert window.is_locked()


def test_a_pin_without_a_name_asks_for_the_name(qtbot, window):
    login = window.login_screen
    assert login.selected_id is None
    tap_pin(qtbot, login, "1234")
    qtbot.mouseClick(login.findChild(QPushButton, "loginButton"), LEFT)
    assert login.message.text() == "Primero toque su nombre."


def test_switching_user_takes_one_tap(qtbot, window, people):
    coordinator, seller = people
    log_in(qtbot, window, seller, SELLER_PIN)
    switch = window.findChild(QPushButton, "switchUserButton")
    assert switch.isVisible() and switch.text() == "Cambiar de usuaria"

    qtbot.mouseClick(switch, LEFT)

    assert window.is_locked()
    assert window.till_user.current is None
    assert window.login_screen.selected_id is None  # everyone's names, nobody chosen
    log_in(qtbot, window, coordinator, COORDINATOR_PIN)
    assert window.user_label.text() == "Atiende: Carmen Ayma (coordinadora)"


def test_the_till_locks_itself_when_idle(qtbot, window, people):
    _, seller = people
    log_in(qtbot, window, seller, SELLER_PIN)
    assert window.till_user.idle_interval() == 5 * 60_000  # the shop's setting
    window.till_user.set_idle_interval(80)

    qtbot.waitUntil(window.is_locked, timeout=3000)

    assert window.till_user.current is None
    assert window.login_screen.selected_id == seller.id  # she only has to type her PIN again
    assert not window.till_user.is_counting()


def test_activity_keeps_the_till_open(qtbot, window, people):
    _, seller = people
    log_in(qtbot, window, seller, SELLER_PIN)
    window.till_user.set_idle_interval(600)
    for _ in range(12):
        qtbot.keyClick(window.sale_screen.scan_input, Qt.Key.Key_Shift)
        qtbot.wait(100)
    assert not window.is_locked()
    qtbot.waitUntil(window.is_locked, timeout=3000)


def test_the_idle_lock_waits_while_a_dialog_is_open(qtbot, window, people):
    _, seller = people
    log_in(qtbot, window, seller, SELLER_PIN)
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    dialog.setModal(True)
    dialog.show()
    window.till_user.set_idle_interval(50)
    qtbot.wait(300)
    assert not window.is_locked()  # a cash count in progress is not thrown away
    dialog.close()
    qtbot.waitUntil(window.is_locked, timeout=3000)


def test_a_too_short_pin_is_not_counted_as_a_try(qtbot, window, people):
    _, seller = people
    login = window.login_screen
    qtbot.mouseClick(login.user_button(seller.id), LEFT)
    tap_pin(qtbot, login, "12")
    qtbot.mouseClick(login.findChild(QPushButton, "loginButton"), LEFT)
    assert login.message.text() == "Escriba su PIN: de 4 a 6 números."
    tap_pin(qtbot, login, "1234")
    qtbot.mouseClick(login.findChild(QPushButton, "loginButton"), LEFT)
    assert login.message.text() == "PIN equivocado (quedan 4 intentos)"


def test_no_idle_lock_when_the_setting_is_zero(qtbot, window, people):
    _, seller = people
    settings.update_settings(window.store, idle_lock_minutes="0", user_id=SYSTEM_ID)
    log_in(qtbot, window, seller, SELLER_PIN)
    assert window.till_user.idle_interval() == 0
    assert not window.till_user.is_counting()


# -- first run and the demo -------------------------------------------------------------------


def test_first_run_registers_the_first_coordinator(qtbot, shop):
    window = MainWindow(shop.store)
    qtbot.addWidget(window)
    window.show()
    assert not window.is_locked()  # a shop without users opens as before…
    window.start()  # …but the app asks for the first coordinator
    page = window.findChild(FirstCoordinatorPage)
    assert window.pages.currentWidget() is page

    qtbot.keyClicks(page.findChild(QLineEdit, "firstUserName"), "Carmen Ayma")
    qtbot.keyClicks(page.findChild(QLineEdit, "firstUserPin"), "739164")
    qtbot.keyClicks(page.findChild(QLineEdit, "firstUserPinAgain"), "739165")
    qtbot.mouseClick(page.findChild(QPushButton, "createFirstUserButton"), LEFT)
    assert "no son iguales" in page.findChild(QWidget, "firstUserError").text()
    assert not auth.has_users(shop.store)

    qtbot.keyClicks(page.findChild(QLineEdit, "firstUserPin"), "739164")
    qtbot.keyClicks(page.findChild(QLineEdit, "firstUserPinAgain"), "739164")
    qtbot.mouseClick(page.findChild(QPushButton, "createFirstUserButton"), LEFT)

    [user] = auth.list_users(shop.store)
    assert (user.name, user.role) == ("Carmen Ayma", "coordinator")
    assert window.till_user.current.name == "Carmen Ayma"
    assert not window.is_locked()


def test_the_demo_logs_nobody_in_but_shows_its_pins(qtbot, store):
    from mamakilla_pos.services.demo import load_demo

    load_demo(store, days=1)
    login = LoginScreen(store)
    qtbot.addWidget(login)
    login.show()
    hint = login.findChild(QWidget, "demoHint")
    assert hint.isVisible()
    assert "Carmen Ayma (coordinadora): PIN <b>111111</b>" in hint.text()
    assert "Rosa Quispe Mamani (vendedora): PIN <b>2222</b>" in hint.text()
    assert login.selected_id is None


# -- a seller asks a coordinator --------------------------------------------------------------


def test_a_sellers_refund_asks_for_a_coordinators_pin(qtbot, window, people, shop, monkeypatch):
    coordinator, seller = people
    number = record_sale(
        shop.store, SaleRequest((LineRequest(shop.bag, 2),), (Tender("cash", Decimal("90")),), user_id=SYSTEM_ID)
    ).number
    log_in(qtbot, window, seller, SELLER_PIN)
    qtbot.mouseClick(window.findChild(QPushButton, "nav_history"), LEFT)
    screen = window.current_screen()
    assert isinstance(screen, HistoryScreen)
    assert screen.select_sale(number)
    assert screen.refund_button.isEnabled()  # not hidden from a seller

    prompts: list[ApprovalDialog] = []
    monkeypatch.setattr(ApprovalDialog, "exec", approve_with(qtbot, COORDINATOR_PIN, prompts))

    def refund_one(dialog: RefundDialog) -> int:
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.findChild(QPushButton, "refund_plus_1"), LEFT)
        qtbot.keyClicks(dialog.reason_input, "Costura suelta")
        qtbot.mouseClick(dialog.findChild(QPushButton, "confirmRefundButton"), LEFT)
        return dialog.result()

    monkeypatch.setattr(RefundDialog, "exec", refund_one)
    qtbot.mouseClick(screen.refund_button, LEFT)

    [prompt] = prompts
    assert prompt.what_label.text() == "Permiso para hacer devoluciones"
    assert "Lo pide: Rosa Quispe" in prompt.detail_label.text()
    assert number in prompt.detail_label.text()
    assert prompt.selected_id == coordinator.id  # the only coordinator is already chosen

    refund_number = history.last_sale_number(shop.store, "B001")
    assert refund_number != number
    refund = history.get_sale(shop.store, refund_number)
    assert refund.kind == "refund" and refund.seller == "Rosa Quispe"
    assert [(ln.quantity, ln.net) for ln in refund.lines] == [(1, Decimal("45.00"))]
    [approval] = journal_view.list_entries(shop.store, journal_view.JournalFilter(kind="approval")).rows
    assert approval.payload == {"permission": "refund", "user": "Rosa Quispe", "approver": "Carmen Ayma"}
    assert COORDINATOR_PIN not in repr(journal_view.list_entries(shop.store).rows)


def test_a_cancelled_approval_keeps_the_refund_dialog_and_writes_nothing(qtbot, window, people, shop, monkeypatch):
    _, seller = people
    number = record_sale(
        shop.store, SaleRequest((LineRequest(shop.bag),), (Tender("cash", Decimal("45")),), user_id=SYSTEM_ID)
    ).number
    log_in(qtbot, window, seller, SELLER_PIN)

    def cancel(dialog: ApprovalDialog) -> int:
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.findChild(QPushButton, "cancelApprovalButton"), LEFT)
        return dialog.result()

    monkeypatch.setattr(ApprovalDialog, "exec", cancel)
    dialog = RefundDialog(shop.store, history.get_sale(shop.store, number), window.current_screen())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QSpinBox, "refund_qty_1").setValue(1)
    qtbot.keyClicks(dialog.reason_input, "Falla")
    qtbot.mouseClick(dialog.confirm_button, LEFT)

    assert dialog.isVisible() and dialog.result_refund is None
    assert "Rosa Quispe necesita la aprobación de una coordinadora" in dialog.error_label.text()
    assert dialog.findChild(QSpinBox, "refund_qty_1").value() == 1  # choices kept
    assert history.last_sale_number(shop.store, "B001") == number


def test_a_wrong_coordinator_pin_stays_in_the_prompt(qtbot, people, shop):
    coordinator, _ = people
    dialog = ApprovalDialog(shop.store, "refund", None, "Rosa Quispe")
    qtbot.addWidget(dialog)
    dialog.show()
    tap_pin(qtbot, dialog, "0000")
    qtbot.mouseClick(dialog.findChild(QPushButton, "approveButton"), LEFT)
    assert dialog.isVisible() and dialog.approval is None
    assert dialog.findChild(QWidget, "approvalError").text() == "PIN equivocado (quedan 4 intentos)"
    tap_pin(qtbot, dialog, COORDINATOR_PIN)
    qtbot.mouseClick(dialog.findChild(QPushButton, "approveButton"), LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.approval is not None and dialog.approval.user_id == coordinator.id


def test_after_a_wrong_pin_every_key_of_the_prompt_is_whole(qtbot, styled, people, shop):
    detail = "Monedero de aguayo con cierre: 20 % de descuento; su límite es 10 % por línea"
    dialog = ApprovalDialog(shop.store, "discount_over_limit", None, "Rosa Quispe Mamani", detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tap_pin(qtbot, dialog, "0000")
    qtbot.mouseClick(dialog.findChild(QPushButton, "approveButton"), LEFT)
    assert dialog.findChild(QWidget, "approvalError").text() == "PIN equivocado (quedan 4 intentos)"
    QApplication.processEvents()

    keypad = dialog.pin_entry.keypad
    for key in keypad.findChildren(QPushButton):
        if key.isVisible():
            assert key.height() >= key.minimumSizeHint().height(), key.text()
            assert keypad.rect().contains(key.geometry()), key.text()  # nothing drawn past the keypad's edge
    assert dialog.height() <= dialog.screen().availableGeometry().height()


def _pay_in_cash(errors: list[str]):
    def run(cls, parent, total, settings, complete, receipt_language=None):
        try:
            return complete((Tender("cash", total),)), True
        except UserError as exc:  # the payment dialog shows it and stays open
            errors.append(str(exc))
            return None, False

    return classmethod(run)


@pytest.mark.till_closed
def test_a_sale_records_who_sold_it(qtbot, window, people, shop, monkeypatch):
    _, seller = people
    cash.open_session(shop.store, user_id=SYSTEM_ID)
    log_in(qtbot, window, seller, SELLER_PIN)
    errors: list[str] = []
    monkeypatch.setattr(PaymentDialog, "run", _pay_in_cash(errors))
    screen = window.sale_screen
    qtbot.keyClicks(screen.scan_input, shop.purse)
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_Return)
    qtbot.mouseClick(window.findChild(QPushButton, "payButton"), LEFT)

    assert errors == []
    number = history.last_sale_number(shop.store, "B001")
    assert history.get_sale(shop.store, number).seller == "Rosa Quispe"
    assert journal_view.list_entries(shop.store, journal_view.JournalFilter(kind="sale")).rows[0].actor == "Rosa Quispe"


@pytest.mark.till_closed
def test_a_sellers_big_discount_asks_for_approval_and_keeps_the_cart(qtbot, window, people, shop, monkeypatch):
    _, seller = people
    cash.open_session(shop.store, user_id=SYSTEM_ID)
    log_in(qtbot, window, seller, SELLER_PIN)
    errors: list[str] = []
    monkeypatch.setattr(PaymentDialog, "run", _pay_in_cash(errors))
    screen = window.sale_screen
    qtbot.keyClicks(screen.scan_input, shop.bag)
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_Return)
    screen.cart.set_line_discount(0, Discount(DiscountKind.PERCENT, Decimal("30")))

    prompts: list[ApprovalDialog] = []
    monkeypatch.setattr(ApprovalDialog, "exec", lambda dialog: prompts.append(dialog) or QDialog.DialogCode.Rejected)
    qtbot.mouseClick(window.findChild(QPushButton, "payButton"), LEFT)
    assert [p.permission for p in prompts] == ["discount_over_limit"]
    assert errors and "necesita la aprobación" in errors[0]
    assert screen.cart.rowCount() == 1 and screen.cart.total == Decimal("31.50")  # the cart is kept
    assert history.last_sale_number(shop.store, "B001") is None

    monkeypatch.setattr(ApprovalDialog, "exec", approve_with(qtbot, COORDINATOR_PIN, prompts))
    qtbot.mouseClick(window.findChild(QPushButton, "payButton"), LEFT)
    number = history.last_sale_number(shop.store, "B001")
    sale = history.get_sale(shop.store, number)
    assert (sale.total, sale.seller) == (Decimal("31.50"), "Rosa Quispe")
    assert screen.cart.is_empty()


# -- the users screen --------------------------------------------------------------------------


def test_a_coordinator_adds_a_user_and_gives_a_new_pin(qtbot, window, people, shop, monkeypatch):
    coordinator, seller = people
    log_in(qtbot, window, coordinator, COORDINATOR_PIN)
    window.findChild(QAction, "menu_users").trigger()
    screen = window.current_screen()
    assert isinstance(screen, UsersScreen)
    assert screen.model.rowCount() == 2

    def fill_new_user(dialog: NewUserDialog) -> int:
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newUserName"), "Luz Mamani")
        assert dialog.findChild(QPushButton, "role_seller").isChecked()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newUserPin"), "845120")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newUserPinAgain"), "845120")
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveUserFormButton"), LEFT)
        return dialog.result()

    monkeypatch.setattr(NewUserDialog, "exec", fill_new_user)
    qtbot.mouseClick(screen.findChild(QPushButton, "addUserButton"), LEFT)
    luz = next(u for u in auth.list_users(shop.store) if u.name == "Luz Mamani")
    assert luz.role == "seller"
    assert auth.login(shop.store, luz.id, "845120").name == "Luz Mamani"
    assert "Luz Mamani ya puede entrar" in screen.message.text()

    screen.select_user(seller.id)

    def new_pin(dialog: NewPinDialog) -> int:
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newPin"), "604413")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newPinAgain"), "604413")
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveUserFormButton"), LEFT)
        return dialog.result()

    monkeypatch.setattr(NewPinDialog, "exec", new_pin)
    qtbot.mouseClick(screen.findChild(QPushButton, "resetPinButton"), LEFT)
    assert auth.login(shop.store, seller.id, "604413").name == "Rosa Quispe"

    screen.select_user(seller.id)
    qtbot.mouseClick(screen.findChild(QPushButton, "toggleActiveButton"), LEFT)
    assert [u.active for u in auth.list_users(shop.store, include_inactive=True) if u.id == seller.id] == [False]
    assert screen.model.index(screen.model.row_of(seller.id), UsersModel.STATE).data() == "Inactiva"


def test_a_seller_on_the_users_screen_gets_the_approval_prompt(qtbot, window, people, shop, monkeypatch):
    _, seller = people
    log_in(qtbot, window, seller, SELLER_PIN)
    prompts: list[ApprovalDialog] = []
    monkeypatch.setattr(ApprovalDialog, "exec", approve_with(qtbot, COORDINATOR_PIN, prompts))
    window.findChild(QAction, "menu_users").trigger()  # behind a lock: approved here, once
    screen = window.current_screen()
    add = screen.findChild(QPushButton, "addUserButton")
    assert add.isEnabled()

    def fill_new_user(dialog: NewUserDialog) -> int:
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newUserName"), "Luz Mamani")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newUserPin"), "845120")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newUserPinAgain"), "845120")
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveUserFormButton"), LEFT)
        return dialog.result()

    monkeypatch.setattr(NewUserDialog, "exec", fill_new_user)
    qtbot.mouseClick(add, LEFT)
    assert [p.permission for p in prompts] == ["manage_users"]
    assert "Luz Mamani" in [u.name for u in auth.list_users(shop.store)]
