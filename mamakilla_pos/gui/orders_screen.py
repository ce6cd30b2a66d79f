"""Custom orders (encargos): the list by due date, one-tap status changes, a new order (DESIGN.md §10).

An order's page (:mod:`.order_page`) shows its payments and its history,
takes an advance, delivers it, cancels it and prints its slip and work
ticket. The screens call the services only.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.money import format_amount
from ..domain.orders import next_status
from ..services import order_views, orders
from ..services.catalogue_makers import list_makers
from ..services.errors import UserError
from ..store import Store
from .order_form import NewOrderDialog
from .order_page import OrderPage
from .order_widgets import fill, method_label, status_label, table
from .till_user import current_user_id
from .widgets.text import sentence

__all__ = ["OrderPage", "OrdersScreen", "method_label", "status_label"]


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
        self.table = table(self, "ordersTable", headers)
        self.table.doubleClicked.connect(self.open_order)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.next_button = QPushButton(self.tr("Siguiente estado"), self)
        self.next_button.setObjectName("nextStatusButton")
        self.next_button.clicked.connect(self.advance_status)
        self.open_button = QPushButton(self.tr("Ver encargo"), self)
        self.open_button.setObjectName("openOrderButton")
        self.open_button.clicked.connect(self.open_order)
        self.new_button = QPushButton(self.tr("Nuevo encargo"), self)
        self.new_button.setObjectName("newOrderButton")
        self.new_button.clicked.connect(self.new_order)
        buttons.addWidget(self.new_button)
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
        fill(self.table, rows)
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

    @Slot()
    def new_order(self) -> None:
        """Take a new order in the form; once recorded it is shown selected in the list."""
        dialog = NewOrderDialog(self.store, current_user_id(self), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.number:
            return
        self.filter.setCurrentIndex(self.filter.findData("open"))
        self.maker.setCurrentIndex(0)
        self.reload()
        numbers = [v.number for v in self.views]
        if dialog.number in numbers:
            self.table.selectRow(numbers.index(dialog.number))
        self.message.setText(self.tr("Encargo %1 registrado.").replace("%1", dialog.number))
