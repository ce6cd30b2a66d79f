"""A sale, refund, payout or closing that cannot be saved says why, keeps everything on screen, and works on retry.

Real failures only: a second connection holding the database's write lock
(another program writing), and a real tmpfs filled to its last byte.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from gui_helpers import seat_at_till
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton, QWidget

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.gui import session_report_view
from mamakilla_pos.gui.close_till_dialog import CloseTillDialog
from mamakilla_pos.gui.payment_dialog import PaymentDialog
from mamakilla_pos.gui.payout_confirm import ConfirmPayoutDialog
from mamakilla_pos.gui.payout_dialog import PayoutDialog
from mamakilla_pos.gui.refund_dialog import RefundDialog
from mamakilla_pos.gui.sale_screen import SaleScreen
from mamakilla_pos.services import auth, cash, history, payout_history, payouts
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.settings import get_settings, update_settings
from mamakilla_pos.store.engine import sqlite_path

LEFT = Qt.MouseButton.LeftButton
D = Decimal
BUSY = "La base de datos está ocupada: {what}. Intente de nuevo en unos segundos."
FULL = "El disco está lleno: {what}. Libere espacio en el disco e intente de nuevo."


class WriteLock:
    """Another program holding the shop's write lock: a real second SQLite connection."""

    def __init__(self, path) -> None:  # type: ignore[no-untyped-def]
        self.connection = sqlite3.connect(path, isolation_level=None)
        self.held = False

    def take(self) -> None:
        self.connection.execute("BEGIN IMMEDIATE")
        self.held = True

    def release(self) -> None:
        if self.held:
            self.connection.execute("ROLLBACK")
            self.held = False


@pytest.fixture
def write_lock(shop) -> Iterator[WriteLock]:  # type: ignore[no-untyped-def]
    path = sqlite_path(shop.store.url)
    if path is None:
        pytest.skip("a SQLite file's write lock")
    lock = WriteLock(path)
    yield lock
    lock.release()
    lock.connection.close()


class Trouble:
    """One way for saving to fail, made real and then cleared: ``start()``, ``clear()``."""

    def __init__(self, kind: str, shop, lock: WriteLock | None = None, disk=None) -> None:  # type: ignore[no-untyped-def]
        self.kind, self.shop, self.lock, self.disk = kind, shop, lock, disk
        # Someone at the till, registered before anything goes wrong.
        self.clerk = auth.create_user(shop.store, "Carmen Ayma", "coordinator", "583920", by=SYSTEM_ID)

    def seat(self, widget: QWidget) -> QWidget:
        """The clerk at the till of ``widget``, shown on its own."""
        return seat_at_till(self.shop.store, widget, self.clerk)

    def start(self) -> None:
        if self.lock is not None:
            self.lock.take()
        else:
            self.disk.fill(sqlite_path(self.shop.store.url))

    def clear(self) -> None:
        if self.lock is not None:
            self.lock.release()
        else:
            self.disk.free()

    def says(self, what: str) -> str:
        return (BUSY if self.kind == "busy" else FULL).format(what=what)


@pytest.fixture(params=["busy", "full"])
def trouble(request) -> Trouble:  # type: ignore[no-untyped-def]
    """A locked database (another program's write lock) or a full disk, with a shop to suffer it."""
    if request.param == "busy":
        shop = request.getfixturevalue("shop")
        return Trouble("busy", shop, lock=request.getfixturevalue("write_lock"))
    shop = request.getfixturevalue("disk_shop")
    return Trouble("full", shop, disk=request.getfixturevalue("small_disk"))


def _sell(store, code: str, tender: Tender) -> str:  # type: ignore[no-untyped-def]
    return record_sale(store, SaleRequest(lines=(LineRequest(code),), tenders=(tender,), user_id=SYSTEM_ID)).number


def _show(qtbot, dialog: QDialog) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.till_closed
def test_the_payment_dialog_says_why_the_sale_was_not_saved_keeps_the_cart_and_sells_on_retry(
    qtbot, trouble, monkeypatch
):
    store = trouble.shop.store
    update_settings(store, after_payment="skip", user_id=SYSTEM_ID)
    cash.open_session(store, user_id=SYSTEM_ID)
    screen = trouble.seat(SaleScreen(store))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    for code in (trouble.shop.bag, trouble.shop.purse):
        qtbot.keyClicks(screen.scan_input, code)
        qtbot.keyClick(screen.scan_input, Qt.Key.Key_Return)
    seen: dict[str, object] = {}

    def pay_twice(dialog: PaymentDialog) -> int:
        dialog.show()  # as exec() would
        qtbot.waitExposed(dialog)
        confirm = dialog.findChild(QPushButton, "confirmPaymentButton")
        dialog.findChild(QLineEdit, "tenderedInput").setText("100")
        trouble.start()
        qtbot.mouseClick(confirm, LEFT)
        seen["error"] = dialog.ui.errorLabel.text()
        seen["shown"] = dialog.ui.errorLabel.isVisible()
        seen["confirm"] = confirm.isEnabled()
        seen["result"] = dialog.result()
        seen["cart"] = [(e.item.code, e.quantity) for e in screen.cart.entries]
        seen["sales"] = history.last_sale_number(store, "B001")
        trouble.clear()
        qtbot.mouseClick(confirm, LEFT)  # the same payment, confirmed again
        return dialog.result()

    monkeypatch.setattr(PaymentDialog, "exec", pay_twice)
    screen.pay()

    assert seen["error"] == trouble.says("la venta no se guardó")
    assert seen["shown"] and seen["confirm"]
    assert seen["result"] != QDialog.DialogCode.Accepted
    assert seen["cart"] == [("BAG001", 1), ("PUR001", 1)]
    assert seen["sales"] is None
    assert screen.message.text() == "Venta B001-000001 registrada — vuelto S/ 32.50"
    assert screen.cart.is_empty()
    assert history.last_sale_number(store, "B001") == "B001-000001"


def test_the_refund_dialog_says_why_the_refund_was_not_saved_and_refunds_on_retry(qtbot, trouble):
    store = trouble.shop.store
    number = _sell(store, trouble.shop.purse, Tender("cash", D("30")))
    dialog = _show(qtbot, trouble.seat(RefundDialog(store, history.get_sale(store, number))))
    qtbot.mouseClick(dialog.findChild(QPushButton, "refundAllButton"), LEFT)
    qtbot.keyClicks(dialog.reason_input, "Error al cobrar")
    trouble.start()
    qtbot.mouseClick(dialog.confirm_button, LEFT)

    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == trouble.says("la devolución no se guardó")
    assert dialog.isVisible() and dialog.result_refund is None and dialog.confirm_button.isEnabled()
    trouble.clear()
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_refund is not None and dialog.result_refund.total == D("22.55")


def test_the_payout_dialog_says_why_the_payout_was_not_saved_and_pays_on_retry(qtbot, trouble, stub_exec):
    store = trouble.shop.store
    asked = stub_exec(ConfirmPayoutDialog, lambda confirm: confirm.accept())  # "yes" to the last question
    _sell(store, trouble.shop.pencil_case, Tender("card", D("30")))  # 13.50 for Luz Mamani
    dialog = _show(qtbot, PayoutDialog(store, None, user_id=trouble.clerk.id))
    dialog.choose_maker("Luz Mamani")
    qtbot.mouseClick(dialog.findChild(QPushButton, "payout_method_yape"), LEFT)
    dialog.reference_input.setText("555123")
    trouble.start()
    qtbot.mouseClick(dialog.confirm_button, LEFT)

    assert dialog.stack.currentIndex() == 0
    assert trouble.says("el pago no se guardó") in [label.text() for label in dialog.findChildren(QLabel)]
    assert dialog.confirm_button.isEnabled()
    trouble.clear()
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert dialog.stack.currentIndex() == 1
    assert len(asked) == 2  # asked again on the retry
    (payout,) = payout_history.payout_history(store)
    assert (payout.maker, payout.amount, payout.method) == ("Luz Mamani", D("13.50"), "yape")
    assert payouts.makers_due(store, date.today()) == []


@pytest.mark.till_closed
def test_the_close_dialog_says_why_the_till_was_not_closed_and_closes_on_retry(qtbot, trouble, monkeypatch):
    store = trouble.shop.store
    monkeypatch.setattr(session_report_view, "show_report_pdf", lambda *args: "")
    cash.open_session(store, {D("10"): 2}, user_id=SYSTEM_ID)
    dialog = _show(qtbot, CloseTillDialog(store, trouble.clerk.id))
    qtbot.keyClicks(dialog.counter.input_for("PEN", "10"), "2")
    trouble.start()
    dialog.accept()

    assert dialog.result() != QDialog.DialogCode.Accepted
    error = dialog.findChild(QLabel, "errorLabel")
    assert error.isVisible() and error.text() == trouble.says("la caja no se cerró")
    assert cash.current_session(store) is not None
    trouble.clear()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert cash.current_session(store) is None
    assert QApplication.activeModalWidget() is None


def test_an_unexpected_error_is_shown_too_and_confirm_stays_usable(qtbot, shop):
    def complete(tenders):  # type: ignore[no-untyped-def]
        raise RuntimeError("la impresora no responde")

    dialog = _show(qtbot, PaymentDialog(D("45.00"), get_settings(shop.store), complete))
    dialog.findChild(QLineEdit, "tenderedInput").setText("50")
    confirm = dialog.findChild(QPushButton, "confirmPaymentButton")
    qtbot.mouseClick(confirm, LEFT)
    assert dialog.ui.errorLabel.text() == (
        "No se pudo guardar (la impresora no responde): la venta no se guardó."
        " Intente de nuevo; si vuelve a pasar, avise a la coordinadora."
    )
    assert dialog.isVisible() and confirm.isEnabled()
