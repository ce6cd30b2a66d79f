"""Paying without a mouse: "Monto exacto" has a key (F11, or = typed in the amount)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.gui.payment_dialog import PaymentDialog
from mamakilla_pos.services import settings
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.sales import LineRequest, SaleRequest, SaleResult, record_sale


@pytest.fixture
def dialog(qtbot, shop):
    """The payment of a bag and a purse (S/ 67.55), recorded for real when confirmed."""
    paid: list[tuple[Tender, ...]] = []

    def complete(tenders: tuple[Tender, ...]) -> SaleResult:
        paid.append(tenders)
        return record_sale(
            shop.store, SaleRequest((LineRequest(shop.bag), LineRequest(shop.purse)), tenders, user_id=SYSTEM_ID)
        )

    widget = PaymentDialog(Decimal("67.55"), settings.get_settings(shop.store), complete)
    widget.paid = paid
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.ui.tenderedInput.hasFocus())
    return widget


def test_f11_puts_the_exact_amount_and_enter_confirms(qtbot, dialog):
    assert "F11" in dialog.ui.quick_exact.text()
    qtbot.keyClick(dialog.ui.tenderedInput, Qt.Key.Key_F11)
    assert dialog.ui.tenderedInput.text() == "67.50"  # all in cash: rounded down
    qtbot.keyClick(dialog.ui.tenderedInput, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.paid == [(Tender("cash", Decimal("67.50")),)]
    assert dialog.sale is not None and dialog.sale.change == 0


def test_equals_typed_in_the_amount_is_the_exact_amount(qtbot, dialog):
    qtbot.keyClicks(dialog.ui.tenderedInput, "20")
    qtbot.keyClicks(dialog.ui.tenderedInput, "=")
    assert dialog.ui.tenderedInput.text() == "67.50"
    assert "=" not in dialog.ui.tenderedInput.text()


def test_the_exact_amount_of_a_card_payment_is_the_rest(qtbot, dialog):
    qtbot.keyClicks(dialog.ui.tenderedInput, "20")
    qtbot.mouseClick(dialog.ui.addPaymentButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.method_card, Qt.MouseButton.LeftButton)
    dialog.ui.tenderedInput.clear()
    qtbot.keyClick(dialog.ui.tenderedInput, Qt.Key.Key_F11)
    assert dialog.ui.tenderedInput.text() == "47.55"
