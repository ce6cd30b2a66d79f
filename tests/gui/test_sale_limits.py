"""Limits asked at the moment: a seller's discount per line, absurd quantities and floats, a S/ 10,000 total."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QStyle, QWidget

from mamakilla_pos.domain.pricing import Discount, DiscountKind
from mamakilla_pos.gui.main_window import MainWindow
from mamakilla_pos.services import auth, cash, catalogue, history, settings, stock
from mamakilla_pos.services.actors import SYSTEM_ID

COORDINATOR_PIN, SELLER_PIN = "739164", "5820"
PERSON_MS = 150


@pytest.fixture
def people(shop):
    carmen = auth.create_user(shop.store, "Carmen Ayma", "coordinator", COORDINATOR_PIN, by=SYSTEM_ID)
    rosa = auth.create_user(shop.store, "Rosa Quispe", "seller", SELLER_PIN, by=carmen.id)
    settings.update_settings(shop.store, after_payment="skip", user_id=SYSTEM_ID)
    return carmen, rosa


@pytest.fixture
def window(qtbot, shop):
    widget = MainWindow(shop.store)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def log_in(qtbot, window: MainWindow, user, pin: str) -> None:
    window.till_user.log_in(auth.login(window.store, user.id, pin))
    qtbot.waitUntil(lambda: window.sale_screen.scan_input.hasFocus())


def give_discount(qtbot, percent: str, check=None):  # type: ignore[no-untyped-def]
    """An answer for the discount dialog: ``percent`` in percent, Aplicar."""

    def act(dialog: QWidget) -> None:
        if check is not None:
            check(dialog)
        dialog.percent_button.setChecked(True)
        field = dialog.findChild(QLineEdit, "discountInput")
        field.setText(percent)
        dialog.accept()

    return act


@pytest.mark.till_closed
def test_a_seller_is_asked_for_approval_when_she_gives_twenty_percent_on_one_line(
    qtbot, window, shop, people, when_modal, type_keys
):
    _, rosa = people
    cash.open_session(shop.store, user_id=SYSTEM_ID)
    log_in(qtbot, window, rosa, SELLER_PIN)
    screen = window.sale_screen
    for _ in range(4):
        type_keys(shop.bag)
    type_keys(shop.purse)  # selected: the purse line
    shown: list[str] = []
    asked: list[QWidget] = []

    def refuse_approval(dialog: QWidget) -> None:
        asked.append(dialog)
        shown.append(dialog.findChild(QLabel, "approvalDetail").text())
        dialog.reject()

    when_modal(give_discount(qtbot, "20", lambda d: shown.append(d.limit_label.text())))
    when_modal(refuse_approval, "approvalDialog")  # opens as the discount dialog closes
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_F8)

    assert "10 %" in shown[0]  # the limit was shown in the discount dialog
    assert asked, "the approval was not asked when the discount was given"
    assert "20 %" in shown[1] and "10 %" in shown[1]
    assert screen.cart.entries[1].discount.value == 0
    assert screen.message.property("kind") == "error" and "no aplicado" in screen.message.text()
    qtbot.waitUntil(lambda: screen.scan_input.hasFocus())  # the window is active again

    def approve(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.pin_entry.pin_input, COORDINATOR_PIN, Qt.KeyboardModifier.NoModifier, PERSON_MS)
        qtbot.keyClick(dialog.pin_entry.pin_input, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, PERSON_MS)

    when_modal(give_discount(qtbot, "20"))
    when_modal(approve, "approvalDialog")
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_F8)
    assert screen.cart.entries[1].discount == Discount(DiscountKind.PERCENT, Decimal("20"))
    assert screen.message.text() == "Descuento de 20 % en Monedero de cuero."

    # At payment, no second prompt: the approval given then is used.
    from mamakilla_pos.domain.payments import Tender

    result = screen.complete_sale((Tender("cash", Decimal("200")),))
    assert history.get_sale(shop.store, result.number).line_discounts == Decimal("4.51")


def test_a_discount_within_the_limit_asks_nothing(qtbot, window, shop, people, when_modal, type_keys):
    _, rosa = people
    log_in(qtbot, window, rosa, SELLER_PIN)
    type_keys(shop.bag)
    seen = when_modal(give_discount(qtbot, "10"))
    qtbot.keyClick(window.sale_screen.scan_input, Qt.Key.Key_F8)
    assert len(seen) == 1  # the discount dialog only
    assert window.sale_screen.cart.entries[0].discount.value == Decimal("10")


def test_a_quantity_of_1234_cannot_be_typed_and_21_asks_first(qtbot, window, shop, when_modal, type_keys):
    screen = window.sale_screen
    type_keys(shop.bag)
    typed: list[str] = []

    def type_1234(dialog: QWidget) -> None:
        field = dialog.findChild(QLineEdit, "quantityInput")
        field.selectAll()
        qtbot.keyClicks(field, "1234", Qt.KeyboardModifier.NoModifier, PERSON_MS)
        typed.append(field.text())
        error = dialog.findChild(QLabel, "quantityError")
        typed.append(error.text() if error is not None and error.isVisible() else "")
        dialog.reject()

    when_modal(type_1234)
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_F4)
    assert typed == ["123", "Como máximo 999 unidades en una línea."]  # the refused key is told, not dropped unseen

    questions: list[str] = []

    def answer(button: str):  # type: ignore[no-untyped-def]
        def act(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            questions.append(box.text())
            box.findChild(QWidget, button).click()

        return act

    def type_21(dialog: QWidget, button: str) -> None:
        field = dialog.findChild(QLineEdit, "quantityInput")
        field.setText("21")
        when_modal(answer(button))
        dialog.accept()
        if dialog.isVisible():  # "Corregir": the dialog stays for another number
            dialog.reject()

    qtbot.waitUntil(lambda: screen.scan_input.hasFocus())
    when_modal(lambda d: type_21(d, "cancelButton"))
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_F4)
    assert screen.cart.entries[0].quantity == 1
    qtbot.waitUntil(lambda: screen.scan_input.hasFocus())
    assert "¿Vender 21 unidades de Bolso bordado?" in questions[0] and "Hay 10 en stock." in questions[0]

    when_modal(lambda d: type_21(d, "confirmButton"))
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_F4)
    assert screen.cart.entries[0].quantity == 21


@pytest.mark.till_closed
def test_a_float_of_millions_cannot_be_typed_and_a_large_one_asks_first(qtbot, shop, when_modal):
    from mamakilla_pos.gui.open_till_dialog import OpenTillDialog

    dialog = OpenTillDialog(shop.store)
    qtbot.addWidget(dialog)
    dialog.show()
    notes = dialog.findChild(QLineEdit, "count_PEN_200")
    qtbot.keyClicks(notes, "99999")
    assert notes.text() == "999"  # at most 999 notes of a kind
    notes.setText("100")  # S/ 20,000.00
    asked: list[str] = []

    def look_again(box: QWidget) -> None:
        asked.append(box.text())
        box.findChild(QWidget, "cancelButton").click()

    when_modal(look_again)
    dialog.open_button.click()
    assert asked and "S/ 20,000.00" in asked[0]
    assert cash.current_session(shop.store) is None and dialog.isVisible()

    notes.setText("1")
    dialog.open_button.click()  # S/ 200.00: a fair's float, no question
    session = cash.current_session(shop.store)
    assert session is not None and session.opening_float_pen == Decimal("200.00")


def test_the_grid_keeps_its_columns_whatever_the_total(qtbot, window, shop, type_keys):
    catalogue.add_item(
        shop.store, catalogue.NewItem("Tapiz grande", "Tapices", Decimal("999.00"), (("Rosa Quispe", 1),), "TAP001")
    )
    stock.produce(shop.store, "TAP001", 1000, user_id=SYSTEM_ID)
    screen = window.sale_screen
    screen.reload_catalogue()
    QApplication.processEvents()

    def layout() -> tuple[int, int, int]:
        QApplication.processEvents()
        view = screen.grid.view
        return screen.cart_panel.width(), view.viewport().width(), view.gridSize().width()

    before = layout()
    type_keys("TAP001")
    for quantity in (11, 101, 999):  # S/ 10,989.00 · S/ 100,899.00 · S/ 998,001.00
        screen.cart.set_quantity(0, quantity)
        assert layout() == before, screen.total_label.text()
    assert screen.total_label.text() == "S/ 998,001.00"
    assert screen.total_label.shown_point_size() < screen.total_label.font().pointSizeF()  # drawn smaller to fit


def test_every_figure_of_the_cart_is_shown_whole(qtbot, styled, shop, type_keys):
    window = MainWindow(shop.store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.sale_screen.scan_input.hasFocus())
    catalogue.add_item(
        shop.store, catalogue.NewItem("Tapiz grande", "Tapices", Decimal("1250.00"), (("Rosa Quispe", 1),), "TAP001")
    )
    stock.produce(shop.store, "TAP001", 1000, user_id=SYSTEM_ID)
    screen = window.sale_screen
    screen.reload_catalogue()
    type_keys("TAP001")
    type_keys(shop.bag)
    table, cart = screen.cart_table, screen.cart
    panel_width = screen.cart_panel.width()

    def cut_off() -> list[str]:
        """The figures (price, discount, amount) drawn narrower than their text."""
        QApplication.processEvents()
        cut = []
        for row in range(cart.rowCount()):
            for column in (cart.UNIT_PRICE, cart.DISCOUNT, cart.AMOUNT):
                index = cart.index(row, column)
                text = str(index.data() or "")
                role_font = index.data(Qt.ItemDataRole.FontRole)
                font = role_font.resolve(table.font()) if role_font is not None else table.font()
                needed = QFontMetrics(font).horizontalAdvance(text) + 2 * table.style().pixelMetric(
                    QStyle.PixelMetric.PM_FocusFrameHMargin
                )
                if table.visualRect(index).width() < needed + 8:
                    cut.append(text)
        return cut

    assert cut_off() == []
    for quantity in (8, 80, 799):  # S/ 10,000.00 · S/ 100,000.00 · S/ 998,750.00 on one line
        cart.set_quantity(0, quantity)
        assert cut_off() == [], cart.index(0, cart.AMOUNT).data()
        assert screen.cart_panel.width() == panel_width  # the table makes room inside, the screen stays put
