"""A sale at a till whose cash session was closed behind the seller's back: refused in words, cart kept,
the till opened by keyboard and the same cart paid."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget

from mamakilla_pos.gui.sale_screen import SaleScreen
from mamakilla_pos.services import cash, history
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.settings import update_settings


def _in(dialog: QWidget) -> QWidget:
    """What has the keyboard inside ``dialog`` (the dialog itself when nothing in it does)."""
    return dialog.focusWidget() or dialog


def test_a_till_closed_while_paying_refuses_the_sale_in_words_and_keeps_the_cart(qtbot, shop, seat, when_modal):
    store = shop.store
    update_settings(store, after_payment="skip", user_id=SYSTEM_ID)
    screen = seat(SaleScreen(store))
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.scan_input.hasFocus())
    qtbot.keyClicks(screen.scan_input, shop.bag)
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_Return)

    refused: list[str] = []

    def closed_behind_her_back(dialog: QWidget) -> None:
        # Another till's coordinator closes this till while the customer hands over the card.
        cash.close_session(store, None, None, user_id=SYSTEM_ID)
        QTest.keyClick(_in(dialog), "=")  # the exact amount
        QTest.keyClick(_in(dialog), Qt.Key.Key_Return)  # confirm
        error = dialog.findChild(QLabel, "errorLabel")
        refused.append(error.text() if error.isVisible() else "")
        assert dialog.isVisible() and dialog.findChild(QWidget, "confirmPaymentButton").isEnabled()
        QTest.keyClick(_in(dialog), Qt.Key.Key_Escape)

    when_modal(closed_behind_her_back, name="PaymentDialog")
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: bool(refused))
    assert refused[0].startswith("La caja B001 está cerrada: ábrala (cuente el fondo)")
    assert [(e.item.code, e.quantity) for e in screen.cart.entries] == [(shop.bag, 1)]
    assert history.last_sale_number(store, "B001") is None

    def pay_exact(dialog: QWidget) -> None:
        QTest.keyClick(_in(dialog), "=")
        QTest.keyClick(_in(dialog), Qt.Key.Key_Return)

    def open_with_float(dialog: QWidget) -> None:
        QTest.keyClicks(_in(dialog), "2")  # the first row counted: two pieces of it
        button = dialog.findChild(QWidget, "openTillButton")
        for _ in range(40):  # Enter moves down the rows, then onto the open button
            if _in(dialog) is button:
                break
            QTest.keyClick(_in(dialog), Qt.Key.Key_Return)
        assert _in(dialog) is button
        when_modal(pay_exact, name="PaymentDialog")
        QTest.keyClick(button, Qt.Key.Key_Return)

    screen.activateWindow()  # as the window manager does once the dialog is gone
    qtbot.waitUntil(lambda: screen.scan_input.hasFocus())
    opened = when_modal(open_with_float, name="openTillDialog")
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: bool(opened))
    qtbot.waitUntil(lambda: history.last_sale_number(store, "B001") is not None)
    session = cash.current_session(store)
    assert session is not None and session.opening_float_pen > Decimal(0)
    assert history.get_sale(store, "B001-000001").total == Decimal("45.00")
    assert cash.session_report(store, session.id).sales == 1
    assert screen.cart.is_empty()
