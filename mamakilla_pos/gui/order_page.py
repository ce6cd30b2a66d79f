"""An order's page: what, for whom, when, its payments and its history (DESIGN.md §10).

It takes an advance, delivers the order (the pickup sale), cancels it (a
coordinator decides about the advance), prints its slip and work ticket,
and gives the WhatsApp message to copy when it is ready.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.money import ZERO, MoneyError, format_amount, parse_money
from ..domain.payments import Tender
from ..services import order_close, order_views, orders, photos
from ..services.errors import UserError
from ..services.settings import get_settings
from ..services.till_printer import CASH_METHODS
from ..store import Store
from .order_cancel import CancelOrderDialog, cancelled_message, held_by_method
from .order_print import SLIP, TICKET, show_order_document
from .order_widgets import fill, method_label, methods, status_label, table
from .photo_widgets import PhotoStrip
from .receipt_actions import after_sale
from .thermal import drawer_failed, kick_drawer
from .till_user import current_user_id
from .widgets.i18n import LANGUAGE_NAMES, language
from .widgets.text import sentence


class OrderPage(QDialog):
    """One order: what, for whom, when, its payments and its history; an advance, the pickup, the message."""

    def __init__(self, store: Store, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.number = number
        self.setObjectName("orderPage")
        self.setWindowTitle(self.tr("Encargo %1").replace("%1", number))
        layout = QVBoxLayout(self)
        left, right = QVBoxLayout(), QVBoxLayout()  # what the order is | what can be done with it
        self.summary = QLabel("", self)
        self.summary.setObjectName("orderSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        headers = [self.tr("Fecha"), self.tr("Movimiento"), self.tr("Método"), self.tr("Importe")]
        self.payments = table(self, "paymentsTable", headers)
        left.addWidget(self.payments)
        self.history = table(
            self, "historyTable", [self.tr("Fecha"), self.tr("Quién"), self.tr("Estado"), self.tr("Nota")]
        )
        left.addWidget(self.history)
        advance = QHBoxLayout()
        self.advance_method = methods(self, "advanceMethod")
        self.advance_amount = QLineEdit(self)
        self.advance_amount.setObjectName("advanceAmount")
        self.advance_amount.setPlaceholderText(self.tr("Seña"))
        self.advance_amount.setMinimumWidth(140)
        self.advance_button = QPushButton(self.tr("Recibir seña"), self)
        self.advance_button.setObjectName("takeAdvanceButton")
        self.advance_button.clicked.connect(self.take_advance)
        for widget in (self.advance_method, self.advance_amount, self.advance_button):
            advance.addWidget(widget)
        right.addLayout(advance)
        pickup = QHBoxLayout()
        self.pickup_method = methods(self, "pickupMethod")
        self.pickup_amount = QLineEdit(self)
        self.pickup_amount.setObjectName("pickupAmount")
        self.pickup_amount.setPlaceholderText(self.tr("Saldo recibido"))
        self.pickup_amount.setMinimumWidth(140)
        self.pickup_button = QPushButton(self.tr("Entregar y cobrar"), self)
        self.pickup_button.setObjectName("pickupButton")
        self.pickup_button.clicked.connect(self.deliver)
        for widget in (self.pickup_method, self.pickup_amount, self.pickup_button):
            pickup.addWidget(widget)
        right.addLayout(pickup)
        self.whatsapp = QPlainTextEdit(self)
        self.whatsapp.setObjectName("whatsappText")
        self.whatsapp.setMaximumHeight(60)
        right.addWidget(self.whatsapp)
        self.copy_button = QPushButton(self.tr("Copiar mensaje de WhatsApp"), self)
        self.copy_button.setObjectName("copyWhatsappButton")
        self.copy_button.clicked.connect(self.copy_message)
        right.addWidget(self.copy_button)
        self.photos = PhotoStrip(store, photos.Owner("order", order_views.get_order(store, number).id), self, 72, True)
        self.photos.setObjectName("orderPhotos")
        left.addWidget(self.photos)
        right.addLayout(self._print_row())
        self.cancel_button = QPushButton(self.tr("Anular encargo…"), self)
        self.cancel_button.setObjectName("cancelOrderButton")
        self.cancel_button.clicked.connect(self.cancel_order)
        right.addWidget(self.cancel_button)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout.addLayout(columns, 1)
        self.error = QLabel("", self)
        self.error.setObjectName("orderError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.reload()

    def _print_row(self) -> QGridLayout:
        """The language and paper the documents print in, and a button for each document."""
        self.language = QComboBox(self)
        self.language.setObjectName("orderLanguageCombo")
        self.language.setToolTip(self.tr("Idioma de la nota y de la orden de trabajo"))
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language())))
        self.paper = QComboBox(self)
        self.paper.setObjectName("slipPaperCombo")
        self.paper.setToolTip(self.tr("Papel de la nota del encargo"))
        self.paper.addItem(self.tr("Rollo 80 mm"), "80mm")
        self.paper.addItem(self.tr("Hoja A4"), "A4")
        self.slip_button = QPushButton(self.tr("Imprimir nota del encargo"), self)
        self.slip_button.setObjectName("printSlipButton")
        self.slip_button.clicked.connect(lambda: self.show_document(SLIP))
        self.ticket_button = QPushButton(self.tr("Imprimir orden de trabajo"), self)
        self.ticket_button.setObjectName("printTicketButton")
        self.ticket_button.clicked.connect(lambda: self.show_document(TICKET))
        grid = QGridLayout()
        for number, widget in enumerate((self.language, self.paper, self.slip_button, self.ticket_button)):
            grid.addWidget(widget, number // 2, number % 2)
        return grid

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
        fill(
            self.payments,
            [
                [f"{p.at:%d/%m %H:%M}", kinds.get(p.kind, p.kind), method_label(p.method), format_amount(p.amount_pen)]
                for p in view.payments
            ],
        )
        fill(
            self.history, [[f"{e.at:%d/%m %H:%M}", e.user, status_label(e.status), self._note(e)] for e in view.history]
        )
        self.whatsapp.setPlainText(view.whatsapp())
        for widget in (self.advance_button, self.pickup_button, self.cancel_button):
            widget.setEnabled(view.open)
        self.pickup_amount.setText(format_amount(view.balance) if view.balance else "")

    def _note(self, event: order_views.OrderEventView) -> str:
        """What a line of the history says: what was typed (notes, reasons) as typed; an advance in words."""
        if event.action == "advance":
            return self.tr("Seña recibida")
        return event.note

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
        if tender.method in CASH_METHODS:
            self._open_drawer()
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
            sale = order_close.deliver(self.store, self.number, tenders, user_id=current_user_id(self))
        except UserError as exc:
            self.error.setText(sentence(str(exc)))
            return
        self.error.setText(self.tr("Entregado: nota %1.").replace("%1", sale.number))
        self.reload()
        after_sale(self, self.store, sale.number, get_settings(self.store))

    @Slot()
    def copy_message(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.whatsapp.toPlainText())

    @Slot()
    def cancel_order(self) -> None:
        """A coordinator cancels the order: the advance is given back or kept, with a reason."""
        dialog = CancelOrderDialog(self.store, self.view, current_user_id(self), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.after_cancel(dialog)

    def after_cancel(self, dialog: CancelOrderDialog) -> None:
        """Say what became of the advance; the drawer opens when cash goes back to the customer."""
        kept = dialog.kept_sale
        returned = ZERO if kept is not None else dialog.view.paid
        self.error.setText(cancelled_message(dialog.view.number, kept, returned))
        if kept is None and any(method in CASH_METHODS for method, _, _ in held_by_method(dialog.view)):
            self._open_drawer()
        self.reload()

    def _open_drawer(self) -> None:
        """Cash went in or out: the till's drawer opens (when it has one on a thermal printer)."""
        kick_drawer(self, self.store, lambda error: error and self.error.setText(drawer_failed(error)))

    def show_document(self, kind: str) -> None:
        """The order slip or the work ticket, shown to print or save as PDF."""
        paper = str(self.paper.currentData()) if kind == SLIP else "A4"
        show_order_document(self, self.store, self.number, kind, paper, str(self.language.currentData()))
