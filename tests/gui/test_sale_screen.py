"""The sale screen driven through its real widgets; the database is checked through services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from helpers import pdf_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QMessageBox, QPushButton, QWidget

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.domain.pricing import Discount, DiscountKind
from mamakilla_pos.gui import sale_screen as sale_screen_module
from mamakilla_pos.gui.cart_model import OVER_STOCK_ROLE, CartModel
from mamakilla_pos.gui.payment_dialog import PaymentDialog
from mamakilla_pos.gui.product_grid import ITEM_ROLE
from mamakilla_pos.gui.sale_screen import SaleScreen
from mamakilla_pos.gui.widgets import print_or_save
from mamakilla_pos.services import cash, catalogue, history, shares
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.parked import parked_sales
from mamakilla_pos.services.settings import update_settings

# -- helpers ---------------------------------------------------------------------------------


def scan(qtbot, screen: SaleScreen, text: str) -> None:
    """Type ``text`` and Enter into the scan field, as a scanner or a person does."""
    qtbot.keyClicks(screen.scan_input, text)
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_Return)


def type_unicode(widget: QWidget, text: str) -> None:
    """Type text with accents one character at a time (keyClicks aborts on ``Ñ``)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def when_modal(act: Callable[[QWidget], None], tries: int = 300) -> list[QWidget]:
    """Run ``act(dialog)`` on the next modal dialog once it shows; returns the dialogs seen.

    Should ``act`` fail, the dialog is closed so that the test fails instead of hanging.
    """
    seen: list[QWidget] = []

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            seen.append(dialog)
            try:
                act(dialog)
            except BaseException:
                dialog.close()
                raise
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))
    return seen


def click(qtbot, parent: QWidget, name: str) -> None:
    button = parent.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cart_codes(screen: SaleScreen) -> list[tuple[str, int]]:
    return [(e.item.code, e.quantity) for e in screen.cart.entries]


def cell(screen: SaleScreen, row: int, column: int) -> str:
    return screen.cart.index(row, column).data()


@pytest.fixture
def screen(qtbot, shop):
    """The sale screen on the small shop, with an open cash session and receipts skipped."""
    update_settings(shop.store, after_payment="skip", user_id=SYSTEM_ID)
    widget = SaleScreen(shop.store)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.scan_input.hasFocus())
    return widget


@pytest.fixture
def paid_with(monkeypatch):
    """Stub only the modal ``PaymentDialog.run``: it completes the sale with the given tenders."""
    calls: list[dict] = []
    tenders: list[Tender] = []

    def fake_run(cls, parent, total, settings, complete, receipt_language=None):
        calls.append({"total": total, "settings": settings})
        try:
            return complete(tuple(tenders)), True
        except UserError as exc:  # the real dialog shows it and stays open; here the person gives up
            calls[-1]["error"] = str(exc)
            return None, False

    monkeypatch.setattr(PaymentDialog, "run", classmethod(fake_run))

    def pay_with(*given: Tender) -> list[dict]:
        tenders[:] = given
        return calls

    return pay_with


# -- finding and adding -----------------------------------------------------------------------


def test_scan_two_codes_and_type_a_name(qtbot, screen, shop):
    scan(qtbot, screen, shop.bag)
    scan(qtbot, screen, shop.purse)
    scan(qtbot, screen, "cartuchera")

    assert cart_codes(screen) == [("BAG001", 1), ("PUR001", 1), ("CAS001", 1)]
    assert screen.cart_table.model().rowCount() == 3
    assert cell(screen, 0, CartModel.PRODUCT) == "Bolso bordado"
    assert cell(screen, 0, CartModel.MAKERS) == "Rosa y Ana"
    assert cell(screen, 2, CartModel.MAKERS) == "Luz"
    assert cell(screen, 1, CartModel.UNIT_PRICE) == "22.55"
    assert screen.findChild(QWidget, "totalLabel").text() == "S/ 97.55"
    assert screen.scan_input.text() == ""
    assert screen.scan_input.hasFocus()


def test_same_code_again_adds_one_to_its_line(qtbot, screen, shop):
    scan(qtbot, screen, shop.bag)
    scan(qtbot, screen, shop.bag.lower())  # a scanner in lower case still finds it

    assert cart_codes(screen) == [("BAG001", 2)]
    assert cell(screen, 0, CartModel.AMOUNT) == "90.00"


def test_plus_and_minus_change_the_selected_line(qtbot, screen, shop):
    scan(qtbot, screen, shop.bag)
    scan(qtbot, screen, shop.purse)
    row_rect = screen.cart_table.visualRect(screen.cart.index(0, CartModel.PRODUCT))
    qtbot.mouseClick(screen.cart_table.viewport(), Qt.MouseButton.LeftButton, pos=row_rect.center())

    click(qtbot, screen, "plusButton")
    click(qtbot, screen, "plusButton")
    assert cart_codes(screen) == [("BAG001", 3), ("PUR001", 1)]
    click(qtbot, screen, "minusButton")
    assert cart_codes(screen) == [("BAG001", 2), ("PUR001", 1)]
    assert screen.total_label.text() == "S/ 112.55"

    click(qtbot, screen, "minusButton")
    click(qtbot, screen, "minusButton")  # never below one: removing is its own button
    assert cart_codes(screen) == [("BAG001", 1), ("PUR001", 1)]
    assert screen.scan_input.hasFocus()


def test_remove_a_line(qtbot, screen, shop):
    scan(qtbot, screen, shop.bag)
    scan(qtbot, screen, shop.purse)
    row_rect = screen.cart_table.visualRect(screen.cart.index(0, CartModel.PRODUCT))
    qtbot.mouseClick(screen.cart_table.viewport(), Qt.MouseButton.LeftButton, pos=row_rect.center())

    click(qtbot, screen, "removeButton")

    assert cart_codes(screen) == [("PUR001", 1)]
    assert screen.total_label.text() == "S/ 22.55"


def test_unknown_code_shows_a_message_and_adds_nothing(qtbot, screen, shop):
    scan(qtbot, screen, "XYZ")

    message = screen.findChild(QWidget, "scanMessage")
    assert message.isVisible()
    assert message.text() == "Código no encontrado: XYZ"
    assert screen.cart.is_empty()
    assert screen.total_label.text() == "S/ 0.00"

    # The bad code stays selected, so the next scan replaces it.
    scan(qtbot, screen, shop.bag)
    assert cart_codes(screen) == [("BAG001", 1)]
    assert "Código no encontrado" not in message.text()


def test_text_matching_several_products_adds_nothing(qtbot, screen):
    scan(qtbot, screen, "rosa")  # Rosa made the bag and the purse

    assert screen.cart.is_empty()
    assert "2 productos coinciden" in screen.message.text()
    assert {i.code for i in screen.grid.visible_items()} == {"BAG001", "PUR001"}


def test_typing_filters_the_grid_by_name_maker_and_category(qtbot, screen):
    assert len(screen.grid.visible_items()) == 4

    qtbot.keyClicks(screen.scan_input, "huaman")  # Ana Huamán, without the accent
    qtbot.waitUntil(lambda: [i.code for i in screen.grid.visible_items()] == ["BAG001"])

    screen.scan_input.clear()
    type_unicode(screen.scan_input, "ÑUSTA")
    qtbot.waitUntil(lambda: [i.code for i in screen.grid.visible_items()] == ["CAS001"])

    screen.scan_input.clear()
    qtbot.keyClicks(screen.scan_input, "monederos")
    qtbot.waitUntil(lambda: [i.code for i in screen.grid.visible_items()] == ["PUR001"])
    assert screen.cart.is_empty()


def test_category_tabs_and_clicking_a_tile(qtbot, screen):
    tabs = screen.grid.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["Todos", "Accesorios", "Bolsos", "Cartucheras", "Monederos"]

    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(titles.index("Accesorios")).center())
    assert [i.code for i in screen.grid.visible_items()] == ["KEY001"]

    view = screen.grid.view
    index = view.model().index(0, 0)
    assert index.data(ITEM_ROLE).makers_label == "Mama Killa"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())

    assert cart_codes(screen) == [("KEY001", 2)]
    assert screen.total_label.text() == "S/ 10.00"
    assert screen.scan_input.hasFocus()


# -- quantity, discounts, stock -----------------------------------------------------------------


def test_line_beyond_stock_is_flagged(qtbot, screen, shop):
    scan(qtbot, screen, shop.bought_in)  # 10 in stock

    def type_eleven(dialog: QWidget) -> None:
        field = dialog.findChild(QLineEdit, "quantityInput")
        field.selectAll()
        qtbot.keyClicks(field, "11")
        click(qtbot, dialog, "okButton")

    seen = when_modal(type_eleven)
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_F4)

    assert seen, "F4 opened no quantity dialog"
    assert cart_codes(screen) == [("KEY001", 11)]
    index = screen.cart.index(0, CartModel.PRODUCT)
    assert index.data(OVER_STOCK_ROLE) is True
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert index.data().startswith("⚠")
    assert screen.message.property("kind") == "warning"
    assert "solo hay 10 en stock" in screen.message.text()

    click(qtbot, screen, "minusButton")
    assert screen.cart.index(0, 0).data(OVER_STOCK_ROLE) is False


def test_line_discount_and_order_discount(qtbot, screen, shop):
    scan(qtbot, screen, shop.bag)
    scan(qtbot, screen, shop.purse)
    row_rect = screen.cart_table.visualRect(screen.cart.index(0, CartModel.PRODUCT))
    qtbot.mouseClick(screen.cart_table.viewport(), Qt.MouseButton.LeftButton, pos=row_rect.center())

    def ten_percent(dialog: QWidget) -> None:
        click(qtbot, dialog, "discountPercentButton")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "discountInput"), "10")
        click(qtbot, dialog, "okButton")

    when_modal(ten_percent)
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_F8)
    assert cell(screen, 0, CartModel.DISCOUNT) == "-4.50"
    assert cell(screen, 0, CartModel.AMOUNT) == "40.50"
    assert screen.total_label.text() == "S/ 63.05"

    def five_soles(dialog: QWidget) -> None:
        click(qtbot, dialog, "discountAmountButton")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "discountInput"), "5")
        click(qtbot, dialog, "okButton")

    when_modal(five_soles)
    click(qtbot, screen, "orderDiscountButton")
    assert screen.total_label.text() == "S/ 58.05"
    assert "-S/ 5.00" in screen.summary.text()


def test_a_discount_larger_than_the_line_is_refused(qtbot, screen, shop):
    scan(qtbot, screen, shop.bought_in)

    def too_much(dialog: QWidget) -> None:
        click(qtbot, dialog, "discountAmountButton")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "discountInput"), "6")
        click(qtbot, dialog, "okButton")

    when_modal(too_much)
    click(qtbot, screen, "discountButton")

    assert screen.total_label.text() == "S/ 5.00"
    assert screen.message.property("kind") == "error"


# -- park, recall, empty ------------------------------------------------------------------------


def test_park_and_recall_restore_the_cart(qtbot, screen, shop):
    scan(qtbot, screen, shop.bag)
    scan(qtbot, screen, shop.purse)
    scan(qtbot, screen, shop.purse)
    click(qtbot, screen, "parkButton")

    assert screen.cart.is_empty()
    assert screen.total_label.text() == "S/ 0.00"
    recall = screen.findChild(QPushButton, "recallButton")
    assert recall.isEnabled() and recall.text() == "Recuperar (1)"

    scan(qtbot, screen, shop.pencil_case)  # the next customer meanwhile

    listed: list[str] = []

    def choose_first(dialog: QWidget) -> None:
        parked = dialog.findChild(QListWidget, "parkedList")
        listed.extend(parked.item(i).text() for i in range(parked.count()))
        click(qtbot, dialog, "okButton")

    when_modal(choose_first)
    click(qtbot, screen, "recallButton")

    assert len(listed) == 1 and "S/ 90.10" in listed[0] and "3 art." in listed[0]
    assert cart_codes(screen) == [("BAG001", 1), ("PUR001", 2)]
    assert screen.total_label.text() == "S/ 90.10"
    # The cart in progress was parked in its place, not lost.
    assert [[e.item.code for e in p.entries] for p in screen.parked] == [["CAS001"]]


def test_a_parked_cart_survives_a_restart_of_the_till(qtbot, screen, shop):
    scan(qtbot, screen, shop.bag)
    scan(qtbot, screen, shop.purse)
    screen.cart.set_line_discount(0, Discount(DiscountKind.PERCENT, Decimal("10")))
    total = screen.cart.total
    click(qtbot, screen, "parkButton")
    screen.close()

    again = SaleScreen(shop.store)  # the laptop was switched off and on again
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    recall = again.findChild(QPushButton, "recallButton")
    assert recall.isEnabled() and recall.text() == "Recuperar (1)"
    when_modal(lambda dialog: click(qtbot, dialog, "okButton"))
    click(qtbot, again, "recallButton")
    assert cart_codes(again) == [("BAG001", 1), ("PUR001", 1)]
    assert again.cart.entries[0].discount == Discount(DiscountKind.PERCENT, Decimal("10"))
    assert again.cart.total == total
    assert parked_sales(shop.store, "B001") == [] and not recall.isEnabled()  # taken back: no longer parked


def test_emptying_the_cart_asks_first(qtbot, screen, shop):
    scan(qtbot, screen, shop.bag)

    when_modal(lambda box: click(qtbot, box, "cancelButton"))
    click(qtbot, screen, "clearButton")
    assert cart_codes(screen) == [("BAG001", 1)]

    when_modal(lambda box: click(qtbot, box, "confirmButton"))
    click(qtbot, screen, "clearButton")
    assert screen.cart.is_empty()
    # The scan field is the screen's focus widget again, whether or not the
    # (offscreen) window manager has re-activated the window yet.
    qtbot.waitUntil(lambda: screen.focusWidget() is screen.scan_input)


# -- paying ---------------------------------------------------------------------------------------


def test_complete_a_sale_through_the_payment(qtbot, screen, shop, paid_with):
    calls = paid_with(Tender("cash", Decimal("100")))
    scan(qtbot, screen, shop.bag)
    scan(qtbot, screen, shop.purse)
    completed = []
    screen.sale_completed.connect(completed.append)

    qtbot.keyClick(screen.scan_input, Qt.Key.Key_F12)

    assert len(calls) == 1 and calls[0]["total"] == Decimal("67.55")
    assert completed == ["B001-000001"]
    assert screen.message.text() == "Venta B001-000001 registrada — vuelto S/ 32.50"
    assert screen.cart.is_empty()
    assert screen.total_label.text() == "S/ 0.00"

    sale = history.get_sale(shop.store, "B001-000001")
    assert [(ln.item_code, ln.quantity, ln.net, ln.share) for ln in sale.lines] == [
        ("BAG001", 1, Decimal("45.00"), Decimal("20.25")),
        ("PUR001", 1, Decimal("22.55"), Decimal("10.15")),
    ]
    assert (sale.total, sale.amount_due, sale.rounding, sale.change) == (
        Decimal("67.55"),
        Decimal("67.50"),
        Decimal("0.05"),
        Decimal("32.50"),
    )
    assert [(p.method, p.amount, p.applied_pen) for p in sale.payments] == [
        ("cash", Decimal("100.00"), Decimal("67.50"))
    ]
    assert catalogue.find_item(shop.store, shop.bag).stock == 9
    assert catalogue.find_item(shop.store, shop.purse).stock == 9
    owed = {b.maker: b.accrued for b in shares.share_balances(shop.store, date.today(), date.today())}
    assert owed == {"Rosa Quispe": Decimal("23.65"), "Ana Huamán": Decimal("6.75")}

    # The grid shows the new stock without reloading the catalogue.
    assert {i.code: i.stock for i in screen.grid.index.items}["BAG001"] == 9


def test_discounts_reach_the_recorded_sale(qtbot, screen, shop, paid_with):
    paid_with(Tender("yape", Decimal("58.05"), "123456"))
    scan(qtbot, screen, shop.bag)
    scan(qtbot, screen, shop.purse)
    screen.cart.set_line_discount(0, Discount(DiscountKind.PERCENT, Decimal("10")))
    screen.cart.set_order_discount(Discount(DiscountKind.AMOUNT, Decimal("5")))
    click(qtbot, screen, "payButton")

    sale = history.get_sale(shop.store, "B001-000001")
    assert sale.total == Decimal("58.05") == sum(ln.net for ln in sale.lines)
    assert sale.line_discounts == Decimal("4.50")
    assert sale.order_discount == Decimal("5.00")
    assert [p.reference for p in sale.payments] == ["123456"]
    assert screen.message.text() == "Venta B001-000001 registrada"


def test_enter_on_the_empty_scan_field_pays(qtbot, screen, shop, paid_with):
    calls = paid_with(Tender("card", Decimal("45.00")))
    scan(qtbot, screen, shop.bag)

    # A scanner that ends codes with CR and LF sends a second Enter at once: no payment.
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_Return)
    assert calls == []

    qtbot.wait(int(sale_screen_module.DOUBLE_ENTER_GUARD_S * 1000) + 50)
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_Return)
    assert len(calls) == 1
    assert history.get_sale(shop.store, "B001-000001").payments[0].method == "card"


def test_a_refused_payment_keeps_the_cart_and_writes_nothing(qtbot, screen, shop, paid_with):
    calls = paid_with(Tender("cash", Decimal("20")))
    scan(qtbot, screen, shop.bag)
    click(qtbot, screen, "payButton")

    assert "faltan" in calls[0]["error"]
    assert cart_codes(screen) == [("BAG001", 1)]
    assert history.last_sale_number(shop.store, "B001") is None
    assert catalogue.find_item(shop.store, shop.bag).stock == 10


@pytest.mark.till_closed
def test_paying_with_the_till_closed_opens_it_with_the_float_counted(qtbot, shop, paid_with):
    """No "open with S/ 0.00": the seller counts the float by denomination, then the sale goes on."""
    update_settings(shop.store, after_payment="skip", user_id=SYSTEM_ID)
    calls = paid_with(Tender("cash", Decimal("5")))
    screen = SaleScreen(shop.store)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    opened = []
    screen.session_changed.connect(lambda: opened.append(True))
    assert screen.message.text().startswith("Caja cerrada")

    scan(qtbot, screen, shop.bought_in)
    seen = when_modal(lambda dialog: click(qtbot, dialog, "cancelButton"))
    click(qtbot, screen, "payButton")
    assert [d.objectName() for d in seen] == ["openTillDialog"]
    assert calls == [] and cash.current_session(shop.store) is None
    assert screen.message.property("kind") == "warning"

    def count_the_float(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "count_PEN_20"), "2")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "count_PEN_1"), "5")
        click(qtbot, dialog, "openTillButton")

    when_modal(count_the_float)
    click(qtbot, screen, "payButton")
    session = cash.current_session(shop.store)
    assert session is not None and session.opening_float_pen == Decimal("45.00")
    assert opened == [True]
    assert len(calls) == 1
    assert history.get_sale(shop.store, "B001-000001").total == Decimal("5.00")


def test_the_real_payment_dialog_pays_cash_with_change(qtbot, screen, shop):
    """The full path with the real dialog: S/ 100 cash for S/ 67.55 → due S/ 67.50, change S/ 32.50."""
    scan(qtbot, screen, shop.bag)
    scan(qtbot, screen, shop.purse)
    seen_change: list[str] = []

    def pay_cash(dialog: QWidget) -> None:
        click(qtbot, dialog, "method_cash")
        field = dialog.findChild(QLineEdit, "tenderedInput")
        field.selectAll()
        qtbot.keyClicks(field, "100")
        seen_change.append(dialog.findChild(QWidget, "changeLabel").text())
        click(qtbot, dialog, "confirmPaymentButton")

    when_modal(pay_cash)
    click(qtbot, screen, "payButton")

    assert seen_change and "32.50" in seen_change[0]
    assert screen.message.text() == "Venta B001-000001 registrada — vuelto S/ 32.50"
    sale = history.get_sale(shop.store, "B001-000001")
    assert (sale.amount_due, sale.change) == (Decimal("67.50"), Decimal("32.50"))


def test_ctrl_p_reprints_the_last_receipt(qtbot, screen):
    """With no sale yet, the reprint says so in a notice that does not block the till."""
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    notices = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(notices) == 1
    assert "Todavía no hay ninguna nota" in notices[0].text()
    assert not notices[0].isModal()
    notices[0].close()


@pytest.mark.parametrize(("language", "words"), [("en", "Paid with:"), ("fr", "Payé en :"), ("es", "Pago:")])
def test_the_receipt_prints_in_the_language_chosen_at_payment(qtbot, screen, shop, monkeypatch, language, words):
    """The seller switches a tourist's receipt to English or French in the payment dialog."""
    update_settings(shop.store, after_payment="print", printer="Caja", user_id=SYSTEM_ID)
    printed: list[bytes] = []
    monkeypatch.setattr(print_or_save, "print_pdf", lambda pdf, printer, title="": printed.append(pdf))

    def choose_language_and_pay(dialog: PaymentDialog) -> int:
        qtbot.mouseClick(dialog.findChild(QPushButton, f"receiptLanguage_{language}"), Qt.MouseButton.LeftButton)
        assert dialog.receipt_language == language
        qtbot.mouseClick(dialog.ui.quick_50, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.ui.confirmPaymentButton, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PaymentDialog, "exec", choose_language_and_pay)
    scan(qtbot, screen, shop.purse)
    screen.pay()
    [pdf] = printed
    text = pdf_text(pdf)
    assert words in text
    assert ("Vuelto" in text) == (language == "es")
