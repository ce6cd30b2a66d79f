"""The orders screen and an order's page, driven with real widgets (DESIGN.md §10).

The S/ 180.00 order of ``tests/services/test_orders.py``: S/ 50.00 in cash and
S/ 30.00 by Yape taken on its page, then picked up paying the S/ 100.00 left.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget

from mamakilla_pos.gui.orders_screen import OrderPage, OrdersScreen
from mamakilla_pos.services import cash, catalogue_makers, history, order_views, orders

D = Decimal
LEFT = Qt.MouseButton.LeftButton


def _order(store, due_in: int = 5, customer: str = "Ana Torres") -> str:
    ids = {m.name: m.id for m in catalogue_makers.list_makers(store)}
    return orders.create_order(
        store,
        orders.NewOrder(
            customer,
            "Bolso bordado",
            D("180.00"),
            date.today() + timedelta(days=due_in),
            ((ids["Rosa Quispe"], 2), (ids["Ana Huamán"], 1)),
        ),
    )


def _cells(table: QTableWidget, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def _choose(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_list_filters_by_due_date_status_and_maker_and_a_tap_moves_an_order_on(qtbot, shop):
    store = shop.store
    soon = _order(store, 3, "Ana Torres")
    late = _order(store, -2, "Eva Quispe")
    far = _order(store, 30, "Lía Ccori")
    screen = OrdersScreen(store)
    qtbot.addWidget(screen)
    screen.show()
    table = screen.findChild(QTableWidget, "ordersTable")
    assert _cells(table, 0) == [late, soon, far]  # by due date
    filters = screen.findChild(QComboBox, "orderFilter")
    _choose(filters, "week")
    assert _cells(table, 0) == [soon]
    _choose(filters, "overdue")
    assert _cells(table, 0) == [late]
    # One tap after another: confirmado → en confección → listo; then it waits for the pickup.
    next_button = screen.findChild(QPushButton, "nextStatusButton")
    qtbot.mouseClick(next_button, LEFT)
    qtbot.mouseClick(next_button, LEFT)
    _choose(filters, "ready")
    assert _cells(table, 0) == [late] and _cells(table, 3) == ["Listo"]
    qtbot.mouseClick(next_button, LEFT)
    assert screen.findChild(QLabel, "ordersMessage").text() == "Este encargo no tiene un estado siguiente."
    _choose(filters, "all")
    makers = screen.findChild(QComboBox, "makerFilter")
    luz = next(m.id for m in catalogue_makers.list_makers(store) if m.name == "Luz Mamani")
    _choose(makers, luz)
    assert table.rowCount() == 0
    assert [e.status for e in order_views.get_order(store, late).history] == ["confirmado", "en_confeccion", "listo"]


def test_the_order_page_takes_advances_and_the_pickup(qtbot, shop):
    store = shop.store
    cash.open_session(store, {D("20"): 5})
    number = _order(store)
    page = OrderPage(store, number)
    qtbot.addWidget(page)
    page.show()
    method = page.findChild(QComboBox, "advanceMethod")
    amount = page.findChild(QLineEdit, "advanceAmount")
    take = page.findChild(QPushButton, "takeAdvanceButton")
    qtbot.keyClicks(amount, "50")
    qtbot.mouseClick(take, LEFT)
    _choose(method, "yape")
    qtbot.keyClicks(amount, "30")
    qtbot.mouseClick(take, LEFT)
    payments = page.findChild(QTableWidget, "paymentsTable")
    assert _cells(payments, 2) == ["Efectivo", "Yape"] and _cells(payments, 3) == ["50.00", "30.00"]
    assert "Saldo S/ 100.00" in page.findChild(QLabel, "orderSummary").text()
    # More than the balance is refused, in Spanish, and nothing changes.
    qtbot.keyClicks(amount, "100.10")
    qtbot.mouseClick(take, LEFT)
    assert "La seña no puede pasar el saldo del encargo (S/ 100.00)" in page.findChild(QLabel, "orderError").text()
    message = page.findChild(QPlainTextEdit, "whatsappText").toPlainText()
    assert message == "Hola Ana, su bolso bordado está listo. Saldo: S/ 100.00. Mama Killa"
    qtbot.mouseClick(page.findChild(QPushButton, "copyWhatsappButton"), LEFT)
    assert QGuiApplication.clipboard().text() == message
    # The pickup: the balance is already typed in; cash.
    assert page.findChild(QLineEdit, "pickupAmount").text() == "100.00"
    qtbot.mouseClick(page.findChild(QPushButton, "pickupButton"), LEFT)
    note = page.findChild(QLabel, "orderError").text()
    assert note.startswith("Entregado: nota B001-")
    sale = history.get_sale(store, note.removeprefix("Entregado: nota ").rstrip("."))
    assert [(p.method, p.amount_pen) for p in sale.payments] == [("anticipo", D("80.00")), ("cash", D("100.00"))]
    assert not page.findChild(QPushButton, "pickupButton").isEnabled()
    assert cash.x_report(store).pen.expected == D("250.00")
