"""The payment dialog driven through its real widgets, checked against the database and the receipt."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from helpers import pdf_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.gui.payment_dialog import PaymentDialog, balance
from mamakilla_pos.services import catalogue, catalogue_makers, history, settings
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.quote import quote_cart
from mamakilla_pos.services.receipts import receipt_pdf
from mamakilla_pos.services.sales import LineRequest, SaleRequest, SaleResult, record_sale
from mamakilla_pos.services.shares import share_lines

LEFT = Qt.MouseButton.LeftButton


def sale_completer(store, *codes: str):
    """What the sale screen hands the dialog: record the chosen cart with the given tenders."""
    calls: list[tuple[Tender, ...]] = []

    def complete(tenders: tuple[Tender, ...]) -> SaleResult:
        calls.append(tenders)
        return record_sale(
            store, SaleRequest(lines=tuple(LineRequest(c) for c in codes), tenders=tenders, user_id=SYSTEM_ID)
        )

    return complete, calls


def cart_total(store, *codes: str) -> Decimal:
    from mamakilla_pos.domain.pricing import CartLine

    return quote_cart([CartLine(1, catalogue.find_item(store, c).price) for c in codes]).total


def open_dialog(qtbot, store, *codes: str, total: Decimal | None = None) -> tuple[PaymentDialog, list]:
    complete, calls = sale_completer(store, *codes)
    total = cart_total(store, *codes) if total is None else total
    dialog = PaymentDialog(total, settings.get_settings(store), complete)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, calls


def child(dialog, cls, name: str):
    widget = dialog.findChild(cls, name)
    assert widget is not None, name
    return widget


def maker_shares(store, name: str) -> list:
    maker = next(m for m in catalogue_makers.list_makers(store) if m.name == name)
    today = date.today()
    return share_lines(store, maker.id, today, today)


def test_cash_100_for_67_55_rounds_down_gives_change_and_records_everything(qtbot, shop):
    dialog, calls = open_dialog(qtbot, shop.store, shop.bag, shop.purse)
    tendered = child(dialog, QLineEdit, "tenderedInput")
    change = child(dialog, QLabel, "changeLabel")
    confirm = child(dialog, QPushButton, "confirmPaymentButton")

    assert child(dialog, QPushButton, "method_cash").isChecked()
    assert dialog.focusWidget() is tendered
    assert "Total: S/ 67.55" in dialog.ui.paymentTotalLabel.text()
    assert "A pagar: S/ 67.50" in dialog.ui.amountDueLabel.text()
    assert not confirm.isEnabled()

    qtbot.keyClicks(tendered, "100")

    assert "A pagar: S/ 67.50 (redondeo S/ 0.05)" in change.text()
    assert "Vuelto: S/ 32.50" in change.text()
    assert confirm.isEnabled()
    qtbot.mouseClick(confirm, LEFT)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert calls == [(Tender("cash", Decimal("100.00")),)]
    sale = history.get_sale(shop.store, dialog.sale.number)
    assert (sale.total, sale.amount_due, sale.rounding) == (Decimal("67.55"), Decimal("67.50"), Decimal("0.05"))
    assert (sale.tendered, sale.change) == (Decimal("100.00"), Decimal("32.50"))
    [payment] = sale.payments
    assert (payment.method, payment.amount, payment.applied_pen) == ("cash", Decimal("100.00"), Decimal("67.50"))
    assert [(ln.item_code, ln.quantity, ln.net) for ln in sale.lines] == [
        ("BAG001", 1, Decimal("45.00")),
        ("PUR001", 1, Decimal("22.55")),
    ]
    assert catalogue.find_item(shop.store, shop.bag).stock == 9
    assert catalogue.find_item(shop.store, shop.purse).stock == 9
    # Shares come from the line nets; the 0.05 rounding is the center's.
    rosa = sorted(s.amount for s in maker_shares(shop.store, "Rosa Quispe"))
    ana = [s.amount for s in maker_shares(shop.store, "Ana Huamán")]
    assert rosa == [Decimal("10.15"), Decimal("13.50")]
    assert ana == [Decimal("6.75")]

    text = pdf_text(receipt_pdf(shop.store, sale.number, user_id=SYSTEM_ID))
    assert sale.number in text
    assert "TOTAL S/ 67.55" in text
    assert "S/ 67.50" in text and "S/ 0.05" in text
    assert "Vuelto S/ 32.50" in text
    assert "hecho por Rosa y Ana" in text


def test_half_yape_half_dollars_at_the_days_rate(qtbot, shop):
    settings.update_settings(shop.store, usd_rate=Decimal("3.70"), user_id=SYSTEM_ID)
    dialog, _ = open_dialog(qtbot, shop.store, shop.bag, shop.pencil_case)  # 45.00 + 30.00
    tendered = dialog.ui.tenderedInput
    confirm = dialog.ui.confirmPaymentButton

    qtbot.mouseClick(child(dialog, QPushButton, "method_yape"), LEFT)
    reference = child(dialog, QLineEdit, "referenceInput")
    assert reference.isVisible()
    assert dialog.focusWidget() is reference
    assert tendered.text() == "75.00"  # a wallet payment is offered the exact rest
    assert "A pagar: S/ 75.00" in dialog.ui.amountDueLabel.text()
    assert "redondeo" not in dialog.ui.amountDueLabel.text()
    qtbot.keyClicks(reference, "00451873")
    tendered.selectAll()
    qtbot.keyClicks(tendered, "38")
    assert "Falta: S/ 37.00" in dialog.ui.changeLabel.text()
    assert not confirm.isEnabled()
    qtbot.mouseClick(dialog.ui.addPaymentButton, LEFT)
    assert dialog.listed_tenders() == (Tender("yape", Decimal("38.00"), "00451873"),)
    assert "Operación 00451873" in dialog.ui.paymentsList.item(0).text()
    assert tendered.text() == "" and dialog.method == "cash"
    assert "Falta: S/ 37.00" in dialog.ui.changeLabel.text()

    qtbot.mouseClick(child(dialog, QPushButton, "method_usd"), LEFT)
    assert "Recibido en dólares (US$)" in dialog.ui.tenderedCaption.text()
    qtbot.keyClicks(tendered, "9")
    assert "US$ 9.00 = S/ 33.30" in dialog.ui.rateLabel.text()
    assert "Falta: S/ 3.70" in dialog.ui.changeLabel.text()
    assert not confirm.isEnabled()
    qtbot.keyClick(tendered, Qt.Key.Key_Backspace)
    qtbot.keyClicks(tendered, "10")
    assert "US$ 1 = S/ 3.70" in dialog.ui.rateLabel.text()
    assert "US$ 10.00 = S/ 37.00" in dialog.ui.rateLabel.text()
    assert "Vuelto: S/ 0.00" in dialog.ui.changeLabel.text()
    assert confirm.isEnabled()
    qtbot.keyClick(tendered, Qt.Key.Key_Return)  # Enter confirms once it is paid

    assert dialog.result() == QDialog.DialogCode.Accepted
    sale = history.get_sale(shop.store, dialog.sale.number)
    assert (sale.total, sale.amount_due, sale.rounding, sale.change) == (
        Decimal("75.00"),
        Decimal("75.00"),
        Decimal("0.00"),
        Decimal("0.00"),
    )
    payments = [(p.method, p.currency, p.amount, p.rate, p.amount_pen, p.reference) for p in sale.payments]
    assert sorted(payments) == [
        ("usd", "USD", Decimal("10.00"), Decimal("3.70"), Decimal("37.00"), ""),
        ("yape", "PEN", Decimal("38.00"), None, Decimal("38.00"), "00451873"),
    ]
    assert catalogue.find_item(shop.store, shop.pencil_case).stock == 9
    assert [s.amount for s in maker_shares(shop.store, "Luz Mamani")] == [Decimal("13.50")]

    text = pdf_text(receipt_pdf(shop.store, sale.number, user_id=SYSTEM_ID))
    assert "Yape op. 00451873" in text
    assert "US$ 10.00 × 3.70" in text
    assert "TOTAL S/ 75.00" in text


def test_confirm_stays_disabled_while_short_and_enter_does_nothing(qtbot, shop):
    dialog, calls = open_dialog(qtbot, shop.store, shop.bag, shop.purse)
    tendered, confirm = dialog.ui.tenderedInput, dialog.ui.confirmPaymentButton
    for typed, missing in (("5", "62.50"), ("0", "17.50"), (".", "17.50"), ("5", "17.00")):
        qtbot.keyClicks(tendered, typed)
        assert f"Falta: S/ {missing}" in dialog.ui.changeLabel.text()
        assert not confirm.isEnabled()
    qtbot.keyClick(tendered, Qt.Key.Key_Return)
    qtbot.mouseClick(confirm, LEFT)
    assert dialog.isVisible() and calls == []
    assert history.last_sale_number(shop.store, "B001") is None


def test_card_above_the_amount_due_is_refused_and_nothing_is_recorded(qtbot, shop):
    dialog, calls = open_dialog(qtbot, shop.store, shop.bag, shop.purse)
    qtbot.mouseClick(child(dialog, QPushButton, "method_card"), LEFT)
    assert dialog.ui.tenderedInput.text() == "67.55"
    dialog.ui.tenderedInput.selectAll()
    qtbot.keyClicks(dialog.ui.tenderedInput, "100")

    error = dialog.ui.errorLabel
    assert "A pagar: S/ 67.55" in dialog.ui.amountDueLabel.text()  # a card payment is not rounded
    assert error.isVisible()
    assert "no puede dar vuelto" in error.text()
    assert not dialog.ui.confirmPaymentButton.isEnabled()
    qtbot.mouseClick(dialog.ui.confirmPaymentButton, LEFT)
    qtbot.mouseClick(dialog.ui.addPaymentButton, LEFT)
    assert dialog.listed_tenders() == ()
    assert calls == [] and dialog.isVisible()
    assert history.last_sale_number(shop.store, "B001") is None
    assert catalogue.find_item(shop.store, shop.bag).stock == 10


def test_an_error_from_completing_the_sale_is_shown_and_the_dialog_stays_open(qtbot, shop):
    # The cart still shows an item that no longer exists by the time the sale is recorded.
    dialog, calls = open_dialog(qtbot, shop.store, shop.bag, "NOPE99", total=Decimal("50.00"))
    qtbot.mouseClick(dialog.ui.quick_100, LEFT)
    qtbot.mouseClick(dialog.ui.confirmPaymentButton, LEFT)
    assert len(calls) == 1
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.ui.errorLabel.text().startswith("No existe el artículo con código NOPE99")
    assert dialog.ui.confirmPaymentButton.isEnabled()  # she may fix it and try again
    assert history.last_sale_number(shop.store, "B001") is None


def test_quick_notes_above_the_amount_due_and_the_keypad(qtbot, shop):
    dialog, _ = open_dialog(qtbot, shop.store, shop.bag, shop.purse)
    enabled = {n: dialog.findChild(QPushButton, f"quick_{n}").isEnabled() for n in (10, 20, 50, 100, 200)}
    assert enabled == {10: False, 20: False, 50: False, 100: True, 200: True}

    qtbot.mouseClick(dialog.ui.quick_200, LEFT)
    assert dialog.ui.tenderedInput.text() == "200"
    assert "Vuelto: S/ 132.50" in dialog.ui.changeLabel.text()

    keypad = dialog.ui.keypad
    qtbot.mouseClick(keypad.findChild(QPushButton, "key_clear"), LEFT)
    for key in ("key_7", "key_0", "key_dot", "key_5", "key_5", "key_5"):  # a third decimal is refused
        qtbot.mouseClick(keypad.findChild(QPushButton, key), LEFT)
    assert dialog.ui.tenderedInput.text() == "70.55"
    assert dialog.focusWidget() is dialog.ui.tenderedInput
    assert "Vuelto: S/ 3.10" in dialog.ui.changeLabel.text()  # 3.05 handed back in whole ten céntimos
    qtbot.mouseClick(keypad.findChild(QPushButton, "key_back"), LEFT)
    assert dialog.ui.tenderedInput.text() == "70.5"

    qtbot.mouseClick(dialog.ui.quick_exact, LEFT)
    assert dialog.ui.tenderedInput.text() == "67.50"
    assert "Vuelto: S/ 0.00" in dialog.ui.changeLabel.text()


def test_a_split_payment_can_be_removed_and_rounding_only_applies_to_all_cash(qtbot, shop):
    dialog, _ = open_dialog(qtbot, shop.store, shop.bag, shop.purse)
    qtbot.mouseClick(dialog.ui.method_plin, LEFT)
    dialog.ui.tenderedInput.selectAll()
    qtbot.keyClicks(dialog.ui.tenderedInput, "20")
    qtbot.mouseClick(dialog.ui.addPaymentButton, LEFT)
    # With a Plin payment the sale is no longer all cash: no rounding.
    assert "A pagar: S/ 67.55" in dialog.ui.amountDueLabel.text()
    assert "Falta: S/ 47.55" in dialog.ui.changeLabel.text()
    assert [dialog.findChild(QPushButton, f"quick_{n}").isEnabled() for n in (20, 50)] == [False, True]

    dialog.ui.paymentsList.setCurrentRow(0)
    qtbot.mouseClick(dialog.ui.removePaymentButton, LEFT)
    assert dialog.listed_tenders() == ()
    assert "A pagar: S/ 67.50" in dialog.ui.amountDueLabel.text()
    assert "(redondeo S/ 0.05)" in dialog.ui.amountDueLabel.text()


def test_escape_cancels_without_recording(qtbot, shop):
    dialog, calls = open_dialog(qtbot, shop.store, shop.bag)
    qtbot.keyClicks(dialog.ui.tenderedInput, "50")
    qtbot.keyClick(dialog.ui.tenderedInput, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert calls == [] and dialog.sale is None
    assert history.last_sale_number(shop.store, "B001") is None


def test_run_returns_the_sale_and_whether_it_was_accepted(qtbot, shop, monkeypatch):
    complete, _ = sale_completer(shop.store, shop.pencil_case)

    def pay_with_50(dialog: PaymentDialog) -> int:
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.ui.quick_50, LEFT)
        qtbot.mouseClick(dialog.ui.confirmPaymentButton, LEFT)
        return dialog.result()

    monkeypatch.setattr(PaymentDialog, "exec", pay_with_50)
    result, accepted = PaymentDialog.run(None, Decimal("30.00"), settings.get_settings(shop.store), complete)
    assert accepted and result is not None
    assert history.get_sale(shop.store, result.number).change == Decimal("20.00")

    monkeypatch.setattr(PaymentDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert PaymentDialog.run(None, Decimal("30.00"), settings.get_settings(shop.store), complete) == (None, False)


@pytest.mark.parametrize("method", ["cash", "usd", "yape", "plin", "card", "transfer"])
def test_every_method_has_its_button(qtbot, shop, method):
    dialog, _ = open_dialog(qtbot, shop.store, shop.bag)
    button = child(dialog, QPushButton, f"method_{method}")
    assert button.minimumHeight() >= 60  # touch-sized
    qtbot.mouseClick(button, LEFT)
    assert dialog.method == method and button.isChecked()
    assert dialog.ui.referenceInput.isVisible() == (method in {"yape", "plin", "transfer"})


def test_balance_quotes_partial_payments_through_the_service():
    shop_settings = settings.ShopSettings(usd_rate=Decimal("3.70"))
    total = Decimal("67.55")
    nothing = balance(total, [], None, "cash", shop_settings)
    assert (nothing.amount_due, nothing.rounding, nothing.missing) == (
        Decimal("67.50"),
        Decimal("0.05"),
        Decimal("67.50"),
    )
    assert balance(total, [], None, "card", shop_settings).amount_due == Decimal("67.55")

    split = balance(total, [Tender("yape", Decimal("30"))], Tender("usd", Decimal("10")), "usd", shop_settings)
    assert split.listed_pen == (Decimal("30.00"),) and split.current_pen == Decimal("37.00")
    assert (split.rest, split.missing, split.settlement) == (Decimal("37.55"), Decimal("0.55"), None)
    assert split.error == ""

    paid = balance(total, [Tender("yape", Decimal("30"))], Tender("usd", Decimal("11")), "usd", shop_settings)
    # 30 + 40.70 − 67.55 = 3.15 to give back: S/ 3.20 in coins, so 67.50 is kept.
    assert paid.settlement is not None and paid.settlement.change == Decimal("3.20")
    assert (paid.amount_due, paid.rounding) == (Decimal("67.50"), Decimal("0.05"))

    refused = balance(total, [], Tender("card", Decimal("70")), "card", shop_settings)
    assert refused.settlement is None and "no puede dar vuelto" in refused.error
    assert refused.amount_due == Decimal("67.55")


# -- each method speaks its own language --------------------------------------------------------


def test_dollars_mode_shows_the_amount_due_in_dollars_and_dollar_notes(qtbot, shop):
    settings.update_settings(shop.store, usd_rate=Decimal("3.70"), user_id=SYSTEM_ID)
    dialog, calls = open_dialog(qtbot, shop.store, shop.bag, shop.purse)  # 67.55
    assert dialog.ui.notesStack.currentWidget() is dialog.ui.penNotesPage
    qtbot.mouseClick(dialog.ui.method_usd, LEFT)

    # 67.55 / 3.70 = 18.256… → US$ 18.26 covers it
    assert "A pagar: S/ 67.55 · US$ 18.26" in dialog.ui.amountDueLabel.text()
    assert "Falta pagar en dólares: US$ 18.26" in dialog.ui.rateLabel.text()
    assert dialog.ui.quickCaption.isVisible() and dialog.ui.notesStack.isVisible()
    assert dialog.ui.notesStack.currentWidget() is dialog.ui.usdNotesPage
    notes = {n: dialog.findChild(QPushButton, f"quickUsd_{n}") for n in (1, 5, 10, 20, 50, 100)}
    assert [b.text() for b in notes.values()] == ["US$ 1", "US$ 5", "US$ 10", "US$ 20", "US$ 50", "US$ 100"]
    assert {n: b.isEnabled() for n, b in notes.items()} == {
        1: False,
        5: False,
        10: False,
        20: True,
        50: True,
        100: True,
    }
    assert not dialog.ui.quick_50.isVisible()

    # Tapping a dollar note stays in dollars: US$ 20 = S/ 74.00, 6.45 back → S/ 6.50 in coins.
    qtbot.mouseClick(notes[20], LEFT)
    assert dialog.method == "usd" and dialog.ui.method_usd.isChecked()
    assert dialog.ui.tenderedInput.text() == "20"
    assert "US$ 20.00 = S/ 74.00" in dialog.ui.rateLabel.text()
    assert "Vuelto: S/ 6.50" in dialog.ui.changeLabel.text()
    assert "A pagar: S/ 67.50" in dialog.ui.amountDueLabel.text()
    qtbot.mouseClick(dialog.ui.confirmPaymentButton, LEFT)

    assert calls == [(Tender("usd", Decimal("20")),)]
    sale = history.get_sale(shop.store, dialog.sale.number)
    assert (sale.change, sale.amount_due, sale.rounding) == (Decimal("6.50"), Decimal("67.50"), Decimal("0.05"))


@pytest.mark.parametrize("method", ["yape", "plin", "card", "transfer"])
def test_wallets_cards_and_transfers_offer_no_notes(qtbot, shop, method):
    dialog, _ = open_dialog(qtbot, shop.store, shop.bag, shop.purse)
    assert dialog.ui.quickCaption.isVisible() and dialog.ui.quickCaption.text() == "Billete recibido"
    qtbot.mouseClick(child(dialog, QPushButton, f"method_{method}"), LEFT)
    assert not dialog.ui.quickCaption.isVisible()
    assert not dialog.ui.notesStack.isVisible()
    assert dialog.ui.tenderedInput.text() == "67.55"  # the exact amount
    qtbot.mouseClick(dialog.ui.method_cash, LEFT)
    assert dialog.ui.quickCaption.isVisible() and dialog.ui.notesStack.currentWidget() is dialog.ui.penNotesPage


def test_yape_and_dollars_give_two_soles_back(qtbot, shop):
    # The sale of DESIGN.md §4 rule 4: 99.85 paid Yape 50.00 + US$ 14 at 3.70 → S/ 2.00 back.
    settings.update_settings(shop.store, usd_rate=Decimal("3.70"), user_id=SYSTEM_ID)
    total = Decimal("99.85")

    def complete(tenders):
        lines = (
            LineRequest(shop.bag),
            LineRequest(shop.purse),
            LineRequest(shop.bought_in, 2, unit_price=Decimal("16.15")),
        )
        return record_sale(shop.store, SaleRequest(lines=lines, tenders=tenders, user_id=SYSTEM_ID))

    dialog = PaymentDialog(total, settings.get_settings(shop.store), complete)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.ui.method_yape, LEFT)
    qtbot.keyClicks(dialog.ui.referenceInput, "551122")
    dialog.ui.tenderedInput.selectAll()
    qtbot.keyClicks(dialog.ui.tenderedInput, "50")
    qtbot.mouseClick(dialog.ui.addPaymentButton, LEFT)
    qtbot.mouseClick(dialog.ui.method_usd, LEFT)
    assert "Falta pagar en dólares: US$ 13.48" in dialog.ui.rateLabel.text()  # 49.85 / 3.70
    qtbot.keyClicks(dialog.ui.tenderedInput, "14")
    assert "Falta pagar en dólares: US$ 13.48" in dialog.ui.rateLabel.text()  # unchanged by the change's rounding
    assert "US$ 14.00 = S/ 51.80" in dialog.ui.rateLabel.text()
    assert "Vuelto: S/ 2.00" in dialog.ui.changeLabel.text()
    assert "(redondeo S/ 0.05)" in dialog.ui.changeLabel.text()
    qtbot.mouseClick(dialog.ui.confirmPaymentButton, LEFT)
    sale = history.get_sale(shop.store, dialog.sale.number)
    assert (sale.change, sale.rounding) == (Decimal("2.00"), Decimal("0.05"))
    text = pdf_text(receipt_pdf(shop.store, sale.number, user_id=SYSTEM_ID))
    assert "Vuelto S/ 2.00" in text
