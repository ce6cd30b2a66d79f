"""The sale screen's message always speaks of the cart as it is now, and of the person at the till."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.gui.main_window import MainWindow
from mamakilla_pos.gui.payment_dialog import PaymentDialog
from mamakilla_pos.services import auth, cash, catalogue, settings, stock
from mamakilla_pos.services.actors import SYSTEM_ID

PERSON_MS = 150


@pytest.fixture
def window(qtbot, shop, at_the_till):
    settings.update_settings(shop.store, after_payment="show", user_id=SYSTEM_ID)
    widget = MainWindow(shop.store)
    qtbot.addWidget(widget)
    at_the_till(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.sale_screen.scan_input.hasFocus())
    return widget


def set_quantity(qtbot, screen, when_modal, quantity: str) -> None:
    def act(dialog: QWidget) -> None:
        dialog.findChild(QLineEdit, "quantityInput").setText(quantity)
        dialog.accept()

    when_modal(act)
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: screen.scan_input.hasFocus())


def give_discount(qtbot, screen, when_modal, value: str, percent: bool) -> None:
    def act(dialog: QWidget) -> None:
        (dialog.percent_button if percent else dialog.amount_button).setChecked(True)
        dialog.findChild(QLineEdit, "discountInput").setText(value)
        dialog.accept()

    when_modal(act)
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: screen.scan_input.hasFocus())


def test_the_stock_warning_goes_once_the_quantity_is_back_within_stock(qtbot, window, shop, when_modal, type_keys):
    screen = window.sale_screen
    type_keys(shop.bag)
    set_quantity(qtbot, screen, when_modal, "12")
    assert screen.message.text() == "⚠ Bolso bordado: se venden 12 y solo hay 10 en stock."
    set_quantity(qtbot, screen, when_modal, "3")
    assert screen.message.text() == "Bolso bordado: 3 unidades"
    assert screen.message.property("kind") == "info"


def test_a_refused_discount_message_goes_once_a_valid_one_is_given(qtbot, window, shop, when_modal, type_keys):
    screen = window.sale_screen
    type_keys(shop.bag)
    give_discount(qtbot, screen, when_modal, "50", percent=False)
    assert screen.message.text().startswith("El descuento de la línea es mayor")
    give_discount(qtbot, screen, when_modal, "5", percent=True)
    assert screen.message.text() == "Descuento de 5 % en Bolso bordado."
    assert screen.message.property("kind") == "success"
    assert screen.cart.total == Decimal("42.75")


@pytest.mark.till_closed
def test_the_last_sale_is_not_shown_to_the_next_person(qtbot, shop, monkeypatch, type_keys):
    carmen = auth.create_user(shop.store, "Carmen Ayma", "coordinator", "739164", by=SYSTEM_ID)
    rosa = auth.create_user(shop.store, "Rosa Quispe", "seller", "5820", by=carmen.id)
    settings.update_settings(shop.store, after_payment="show", user_id=SYSTEM_ID)
    cash.open_session(shop.store, user_id=SYSTEM_ID)
    monkeypatch.setattr(
        PaymentDialog,
        "run",
        classmethod(lambda cls, parent, total, s, complete, **_: (complete((Tender("cash", Decimal("50")),)), True)),
    )
    window = MainWindow(shop.store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.till_user.log_in(auth.login(shop.store, rosa.id, "5820"))
    screen = window.sale_screen
    qtbot.waitUntil(lambda: screen.scan_input.hasFocus())
    type_keys(shop.bag)
    qtbot.keyClick(screen.scan_input, Qt.Key.Key_F12)
    assert screen.message.text() == "Venta B001-000001 registrada — vuelto S/ 5.00"
    assert screen.sale_done_shown()

    window.switch_user()
    window.till_user.log_in(auth.login(shop.store, carmen.id, "739164"))
    assert "B001-000001" not in screen.message.text()
    assert screen.message.text() == "Escanee un código o toque un producto."
    assert not screen.sale_done_shown()


@pytest.mark.till_closed
def test_a_longer_message_does_not_push_the_products_down(qtbot, styled, shop, when_modal, type_keys):
    catalogue.add_item(
        shop.store,
        catalogue.NewItem(
            "Bolso de cuero repujado Pachamama con flores de Sacsayhuamán",
            "Bolsos",
            Decimal("120.00"),
            (("Rosa Quispe", 1),),
            "LNG001",
        ),
    )
    stock.produce(shop.store, "LNG001", 2, user_id=SYSTEM_ID)
    cash.open_session(shop.store, user_id=SYSTEM_ID)
    window = MainWindow(shop.store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    screen = window.sale_screen
    qtbot.waitUntil(lambda: screen.scan_input.hasFocus())

    def grid_top() -> int:
        QApplication.processEvents()
        return screen.grid.mapTo(window, screen.grid.rect().topLeft()).y()

    idle = grid_top()
    type_keys("LNG001")
    set_quantity(qtbot, screen, when_modal, "5")  # the stock warning, on two lines
    assert screen.message.text().startswith("⚠ Bolso de cuero repujado Pachamama")
    assert screen.message.heightForWidth(screen.message.width()) > screen.message.fontMetrics().lineSpacing() * 1.5
    assert grid_top() == idle


def test_selling_what_is_not_in_stock_says_so_in_words(qtbot, window, shop, type_keys):
    catalogue.add_item(
        shop.store, catalogue.NewItem("Chuspa tejida", "Bolsos", Decimal("18.00"), (("Rosa Quispe", 1),), "CHU001")
    )
    screen = window.sale_screen
    screen.reload_catalogue()
    type_keys("CHU001")
    assert screen.message.text() == "⚠ Chuspa tejida: se venden 1 y no hay en stock."
    assert screen.message.property("kind") == "warning"
