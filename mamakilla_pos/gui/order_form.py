"""The new-order form: who orders, what to make, for when, for how much, and who makes it (DESIGN.md §10).

Every field is reached with Tab; the makers are chosen one by one with a
weight (Rosa 2, Ana 1 splits the share two to one). What is missing or
wrong is said in Spanish in the form and nothing is recorded.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.money import MoneyError, parse_money
from ..services import orders
from ..services.catalogue_makers import list_makers
from ..services.catalogue_products import list_products
from ..services.errors import UserError
from ..store import Store
from .photo_widgets import PhotoStrip
from .till_user import current_user_id
from .widgets.text import sentence

DEFAULT_DAYS = 14
"""A new order is due two weeks from today unless the seller picks another day."""


class NewOrderDialog(QDialog):
    """Take a new custom order; :attr:`number` is its number once recorded."""

    def __init__(self, store: Store, user_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user_id = user_id if user_id is not None else current_user_id(parent)
        self.number = ""
        self.chosen: list[tuple[int, str, int]] = []  # maker id, name, weight
        self.setObjectName("newOrderDialog")
        self.setWindowTitle(self.tr("Nuevo encargo"))
        form = QFormLayout()
        self.customer = self._line("customerNameInput", self.tr("Nombre y apellido"))
        self.phone = self._line("customerPhoneInput", self.tr("Celular o WhatsApp"))
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("descriptionInput")
        self.description.setPlaceholderText(self.tr("Qué hay que hacer: modelo, colores, bordado…"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.product = QComboBox(self)
        self.product.setObjectName("baseProductCombo")
        self.product.addItem(self.tr("Ninguno (a medida)"), None)
        for info in list_products(store):
            self.product.addItem(info.name, info.id)
        self.price = self._line("priceInput", self.tr("Por ejemplo 180.00"))
        self.due = QDateEdit(self)
        self.due.setObjectName("dueDateInput")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.due.setDate(QDate(date.today() + timedelta(days=DEFAULT_DAYS)))
        self.status = QComboBox(self)
        self.status.setObjectName("initialStatusCombo")
        self.status.addItem(self.tr("Confirmado"), "confirmado")
        self.status.addItem(self.tr("Presupuesto"), "presupuesto")
        form.addRow(self.tr("Clienta"), self.customer)
        form.addRow(self.tr("Teléfono"), self.phone)
        form.addRow(self.tr("Qué hacer"), self.description)
        form.addRow(self.tr("Producto base"), self.product)
        form.addRow(self.tr("Precio acordado (S/)"), self.price)
        form.addRow(self.tr("Fecha de entrega"), self.due)
        form.addRow(self.tr("Estado"), self.status)
        more = QFormLayout()  # the second column: who makes it, notes, photos
        more.addRow(self.tr("Artesanas"), self._makers_row())
        self.makers_list = QListWidget(self)
        self.makers_list.setObjectName("orderMakersList")
        self.makers_list.setMaximumHeight(80)
        more.addRow("", self.makers_list)
        self.notes = self._line("notesInput", self.tr("Notas (opcional)"))
        more.addRow(self.tr("Notas"), self.notes)
        self.photos = PhotoStrip(store, None, self, icon_size=64, compact=True)
        self.photos.setObjectName("newOrderPhotos")
        pictures = QFormLayout()  # under both columns: as wide as the form
        pictures.addRow(self.tr("Fotos"), self.photos)
        self.error = QLabel("", self)
        self.error.setObjectName("orderFormError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #9B1C1C; font-weight: bold; }")
        self.save_button = QPushButton(self.tr("Registrar encargo"), self)
        self.save_button.setObjectName("saveOrderButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.accept)
        self.close_button = QPushButton(self.tr("Cancelar"), self)
        self.close_button.setObjectName("closeOrderFormButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button, 2)
        buttons.addWidget(self.close_button, 1)
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addLayout(more, 1)
        layout.addLayout(columns)
        layout.addLayout(pictures)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.customer.setFocus()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        return field

    def _makers_row(self) -> QGridLayout:
        self.maker = QComboBox(self)
        self.maker.setObjectName("makerCombo")
        for info in list_makers(self.store):
            self.maker.addItem(info.name, info.id)
        self.weight = QSpinBox(self)
        self.weight.setObjectName("makerWeight")
        self.weight.setRange(1, 9)
        self.weight.setPrefix(self.tr("peso "))
        self.add_maker_button = QPushButton(self.tr("Agregar"), self)
        self.add_maker_button.setObjectName("addMakerButton")
        self.add_maker_button.setAutoDefault(False)
        self.add_maker_button.clicked.connect(self.add_maker)
        self.remove_maker_button = QPushButton(self.tr("Quitar"), self)
        self.remove_maker_button.setObjectName("removeMakerButton")
        self.remove_maker_button.setAutoDefault(False)
        self.remove_maker_button.clicked.connect(self.remove_maker)
        row = QGridLayout()  # the maker on a line of her own, her weight and the buttons under her name
        row.addWidget(self.maker, 0, 0, 1, 3)
        for column, widget in enumerate((self.weight, self.add_maker_button, self.remove_maker_button)):
            row.addWidget(widget, 1, column)
        return row

    @Slot()
    def add_maker(self) -> None:
        """Add the maker chosen with her weight (choosing her again changes her weight)."""
        maker_id = self.maker.currentData()
        if maker_id is None:
            return
        name, weight = self.maker.currentText(), self.weight.value()
        self.chosen = [c for c in self.chosen if c[0] != maker_id] + [(maker_id, name, weight)]
        self._show_makers()

    @Slot()
    def remove_maker(self) -> None:
        row = self.makers_list.currentRow()
        if 0 <= row < len(self.chosen):
            del self.chosen[row]
            self._show_makers()

    def _show_makers(self) -> None:
        self.makers_list.clear()
        for _, name, weight in self.chosen:
            self.makers_list.addItem(self.tr("%1 (peso %2)").replace("%1", name).replace("%2", str(weight)))
        self.makers_list.setCurrentRow(len(self.chosen) - 1)
        self._say("")

    def _say(self, message: str) -> None:
        self.error.setText(message)

    def _checked(self) -> orders.NewOrder | None:
        """The order as typed, or ``None`` after saying in the form what is missing."""
        if not self.customer.text().strip():
            return self._refuse(self.tr("Escriba el nombre de la clienta."), self.customer)
        if not self.description.toPlainText().strip():
            return self._refuse(self.tr("Escriba qué hay que hacer."), self.description)
        try:
            price = parse_money(self.price.text())
        except MoneyError:
            return self._refuse(self.tr("Escriba el precio acordado, por ejemplo 180.00."), self.price)
        if price <= 0:
            return self._refuse(self.tr("El precio acordado debe ser mayor que cero."), self.price)
        due = self.due.date().toPython()
        if due < date.today():
            return self._refuse(self.tr("La fecha de entrega no puede ser anterior a hoy."), self.due)
        if not self.chosen:
            return self._refuse(self.tr("Agregue al menos una artesana (elíjala y pulse Agregar)."), self.maker)
        return orders.NewOrder(
            customer_name=self.customer.text(),
            description=self.description.toPlainText(),
            price=price,
            due_on=due,
            makers=tuple((maker_id, weight) for maker_id, _, weight in self.chosen),
            customer_phone=self.phone.text(),
            product_id=self.product.currentData(),
            notes=self.notes.text(),
            status=str(self.status.currentData()),
            user_id=self.user_id,
        )

    def _refuse(self, message: str, field: QWidget) -> None:
        self._say(message)
        field.setFocus()
        return None

    def accept(self) -> None:
        """Record the order; on a refusal the form stays open with the reason."""
        new = self._checked()
        if new is None:
            return
        try:
            self.number = orders.create_order(self.store, new, self.photos.pending)
        except UserError as exc:
            self._say(sentence(str(exc)))
            return
        super().accept()
