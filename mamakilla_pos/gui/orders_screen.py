"""Custom orders (encargos): the list by due date, one-tap status changes, and an order's page (DESIGN.md §10).

The order's page shows its payments and its history, takes an advance,
delivers it (the pickup sale) and gives the WhatsApp message to copy when it
is ready. The screens call the services only.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.money import MoneyError, format_amount, parse_money
from ..domain.orders import STATUS_LABELS, next_status
from ..domain.payments import METHODS, Tender
from ..services import order_close, order_views, orders
from ..services.catalogue_makers import list_makers
from ..services.errors import UserError
from ..store import Store
from .till_user import current_user_id
from .widgets.i18n import tr
from .widgets.text import sentence


def status_label(status: str) -> str:
    """An order's status in words, in the program's language."""
    labels = {
        "presupuesto": tr("Presupuesto"),
        "confirmado": tr("Confirmado"),
        "en_confeccion": tr("En confección"),
        "listo": tr("Listo"),
        "entregado": tr("Entregado"),
        "anulado": tr("Anulado"),
    }
    return labels.get(status, STATUS_LABELS.get(status, status))


def method_label(method: str) -> str:
    labels = {
        "cash": tr("Efectivo"),
        "usd": tr("Dólares"),
        "yape": tr("Yape"),
        "plin": tr("Plin"),
        "card": tr("Tarjeta"),
        "transfer": tr("Transferencia"),
    }
    return labels.get(method, method)


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _methods(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for method in METHODS:
        combo.addItem(method_label(method), method)
    return combo


class OrdersScreen(QWidget):
    """The orders due this week, overdue, ready for pickup, or by maker; a tap moves one on."""

    FILTERS = ("open", "week", "overdue", "ready", "all")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("ordersScreen")
        self.views: list[order_views.OrderView] = []
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Encargos"), self)
        title.setObjectName("ordersTitle")
        layout.addWidget(title)
        filters = QHBoxLayout()
        self.filter = QComboBox(self)
        self.filter.setObjectName("orderFilter")
        names = (
            self.tr("Abiertos"),
            self.tr("Vencen esta semana"),
            self.tr("Atrasados"),
            self.tr("Listos para recoger"),
            self.tr("Todos"),
        )
        for key, name in zip(self.FILTERS, names, strict=True):
            self.filter.addItem(name, key)
        self.maker = QComboBox(self)
        self.maker.setObjectName("makerFilter")
        self.maker.addItem(self.tr("Todas las artesanas"), None)
        for info in list_makers(store):
            self.maker.addItem(info.name, info.id)
        filters.addWidget(self.filter)
        filters.addWidget(self.maker)
        layout.addLayout(filters)
        headers = [
            self.tr("Encargo"),
            self.tr("Clienta"),
            self.tr("Entrega"),
            self.tr("Estado"),
            self.tr("Precio"),
            self.tr("Pagado"),
            self.tr("Saldo"),
            self.tr("Artesanas"),
        ]
        self.table = _table(self, "ordersTable", headers)
        self.table.doubleClicked.connect(self.open_order)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.next_button = QPushButton(self.tr("Siguiente estado"), self)
        self.next_button.setObjectName("nextStatusButton")
        self.next_button.clicked.connect(self.advance_status)
        self.open_button = QPushButton(self.tr("Ver encargo"), self)
        self.open_button.setObjectName("openOrderButton")
        self.open_button.clicked.connect(self.open_order)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self.message = QLabel("", self)
        self.message.setObjectName("ordersMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.filter.currentIndexChanged.connect(self.reload)
        self.maker.currentIndexChanged.connect(self.reload)
        self.reload()

    def _wanted(self, view: order_views.OrderView, today: date) -> bool:
        key = self.filter.currentData()
        if key == "week":
            return view.due_within(today)
        if key == "overdue":
            return view.overdue(today)
        if key == "ready":
            return view.status == "listo"
        return key == "all" or view.open

    @Slot()
    def reload(self) -> None:
        """Read the orders again and show those the filters ask for."""
        today = date.today()
        every = order_views.list_orders(self.store, maker_id=self.maker.currentData())
        self.views = [v for v in every if self._wanted(v, today)]
        rows = [
            [
                v.number,
                v.customer_name,
                f"{v.due_on:%d/%m/%Y}",
                status_label(v.status),
                format_amount(v.price),
                format_amount(v.paid),
                format_amount(v.balance),
                v.maker_names(),
            ]
            for v in self.views
        ]
        _fill(self.table, rows)
        if self.views:
            self.table.selectRow(0)

    def selected(self) -> order_views.OrderView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.views[rows[0].row()] if rows else None

    @Slot()
    def advance_status(self) -> None:
        """One tap: the selected order goes to its next status."""
        view = self.selected()
        if view is None:
            return
        target = next_status(view.status)
        if target is None:
            self.message.setText(self.tr("Este encargo no tiene un estado siguiente."))
            return
        try:
            orders.set_status(self.store, view.number, target, current_user_id(self))
        except UserError as exc:
            self.message.setText(sentence(str(exc)))
            return
        self.message.setText(f"{view.number}: {status_label(target)}")
        self.reload()

    @Slot()
    def open_order(self) -> None:
        view = self.selected()
        if view is None:
            return
        page = OrderPage(self.store, view.number, self)
        page.exec()
        self.reload()


class OrderPage(QDialog):
    """One order: what, for whom, when, its payments and its history; an advance, the pickup, the message."""

    def __init__(self, store: Store, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.number = number
        self.setObjectName("orderPage")
        self.setWindowTitle(self.tr("Encargo %1").replace("%1", number))
        layout = QVBoxLayout(self)
        self.summary = QLabel("", self)
        self.summary.setObjectName("orderSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        headers = [self.tr("Fecha"), self.tr("Movimiento"), self.tr("Método"), self.tr("Importe")]
        self.payments = _table(self, "paymentsTable", headers)
        layout.addWidget(self.payments)
        self.history = _table(
            self, "historyTable", [self.tr("Fecha"), self.tr("Quién"), self.tr("Estado"), self.tr("Nota")]
        )
        layout.addWidget(self.history)
        advance = QHBoxLayout()
        self.advance_method = _methods(self, "advanceMethod")
        self.advance_amount = QLineEdit(self)
        self.advance_amount.setObjectName("advanceAmount")
        self.advance_amount.setPlaceholderText(self.tr("Seña"))
        self.advance_button = QPushButton(self.tr("Recibir seña"), self)
        self.advance_button.setObjectName("takeAdvanceButton")
        self.advance_button.clicked.connect(self.take_advance)
        for widget in (self.advance_method, self.advance_amount, self.advance_button):
            advance.addWidget(widget)
        layout.addLayout(advance)
        pickup = QHBoxLayout()
        self.pickup_method = _methods(self, "pickupMethod")
        self.pickup_amount = QLineEdit(self)
        self.pickup_amount.setObjectName("pickupAmount")
        self.pickup_amount.setPlaceholderText(self.tr("Saldo recibido"))
        self.pickup_button = QPushButton(self.tr("Entregar y cobrar"), self)
        self.pickup_button.setObjectName("pickupButton")
        self.pickup_button.clicked.connect(self.deliver)
        for widget in (self.pickup_method, self.pickup_amount, self.pickup_button):
            pickup.addWidget(widget)
        layout.addLayout(pickup)
        self.whatsapp = QPlainTextEdit(self)
        self.whatsapp.setObjectName("whatsappText")
        self.whatsapp.setMaximumHeight(60)
        layout.addWidget(self.whatsapp)
        self.copy_button = QPushButton(self.tr("Copiar mensaje de WhatsApp"), self)
        self.copy_button.setObjectName("copyWhatsappButton")
        self.copy_button.clicked.connect(self.copy_message)
        layout.addWidget(self.copy_button)
        self.error = QLabel("", self)
        self.error.setObjectName("orderError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.reload()

    def reload(self) -> None:
        view = order_views.get_order(self.store, self.number)
        self.view = view
        phone = f" · {view.customer_phone}" if view.customer_phone else ""
        self.summary.setText(
            f"{view.number} — {view.customer_name}{phone}\n{view.description}\n"
            + self.tr("Entrega %1 · %2 · Precio S/ %3 · Pagado S/ %4 · Saldo S/ %5")
            .replace("%1", f"{view.due_on:%d/%m/%Y}")
            .replace("%2", status_label(view.status))
            .replace("%3", format_amount(view.price))
            .replace("%4", format_amount(view.paid))
            .replace("%5", format_amount(view.balance))
        )
        kinds = {"advance": self.tr("Seña"), "return": self.tr("Seña devuelta")}
        _fill(
            self.payments,
            [
                [f"{p.at:%d/%m %H:%M}", kinds.get(p.kind, p.kind), method_label(p.method), format_amount(p.amount_pen)]
                for p in view.payments
            ],
        )
        _fill(self.history, [[f"{e.at:%d/%m %H:%M}", e.user, status_label(e.status), e.note] for e in view.history])
        self.whatsapp.setPlainText(view.whatsapp())
        for widget in (self.advance_button, self.pickup_button):
            widget.setEnabled(view.open)
        self.pickup_amount.setText(format_amount(view.balance) if view.balance else "")

    def _amount(self, field: QLineEdit) -> Decimal | None:
        try:
            return parse_money(field.text())
        except MoneyError:
            self.error.setText(self.tr("Escriba un monto, por ejemplo 50.00."))
            return None

    @Slot()
    def take_advance(self) -> None:
        amount = self._amount(self.advance_amount)
        if amount is None:
            return
        tender = Tender(self.advance_method.currentData(), amount)
        try:
            orders.take_advance(self.store, self.number, tender, current_user_id(self))
        except UserError as exc:
            self.error.setText(sentence(str(exc)))
            return
        self.error.setText("")
        self.advance_amount.clear()
        self.reload()

    @Slot()
    def deliver(self) -> None:
        tenders: tuple[Tender, ...] = ()
        if self.view.balance:
            amount = self._amount(self.pickup_amount)
            if amount is None:
                return
            tenders = (Tender(self.pickup_method.currentData(), amount),)
        try:
            sale = order_close.deliver(self.store, self.number, tenders, current_user_id(self))
        except UserError as exc:
            self.error.setText(sentence(str(exc)))
            return
        self.error.setText(self.tr("Entregado: nota %1.").replace("%1", sale.number))
        self.reload()

    @Slot()
    def copy_message(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.whatsapp.toPlainText())
