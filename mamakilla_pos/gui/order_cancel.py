"""Cancelling an order: a coordinator decides whether the advance goes back or is kept (DESIGN.md §10).

Given back, each advance returns by the method it came in (cash from the
drawer it went into); kept, it becomes a sale «seña retenida — encargo N»
whose 45 % goes to the order's makers. The reason is required and
journaled. A seller gets the coordinator's PIN prompt (permission
``order_cancel``).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.money import ZERO, format_amount
from ..services import order_close
from ..services.errors import UserError
from ..services.order_views import OrderView
from ..services.sales import SaleResult
from ..store import Store
from .approval import with_approval
from .order_widgets import method_label
from .till_user import current_user_id
from .widgets.i18n import tr
from .widgets.text import sentence


def held_by_method(view: OrderView) -> list[tuple[str, str, Decimal]]:
    """What the shop holds of the order's advances per method and currency (what a return gives back)."""
    held: dict[tuple[str, str], Decimal] = defaultdict(lambda: ZERO)
    for p in view.payments:
        held[(p.method, p.currency)] += p.amount if p.kind == "advance" else -p.amount
    return [(method, currency, amount) for (method, currency), amount in held.items() if amount > 0]


class CancelOrderDialog(QDialog):
    """Cancel order ``view``: return or keep its advance, with a reason; :attr:`kept_sale` is the sale of a kept one."""

    def __init__(
        self, store: Store, view: OrderView, user_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.view = store, view
        self.user_id = user_id if user_id is not None else current_user_id(parent)
        self.kept_sale: SaleResult | None = None
        self.setObjectName("cancelOrderDialog")
        self.setWindowTitle(self.tr("Anular encargo %1").replace("%1", view.number))
        layout = QVBoxLayout(self)
        title = QLabel(
            self.tr("Anular el encargo %1 de %2").replace("%1", view.number).replace("%2", view.customer_name), self
        )
        title.setObjectName("cancelOrderTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.return_radio = QRadioButton(self)
        self.return_radio.setObjectName("returnAdvanceRadio")
        self.keep_radio = QRadioButton(self)
        self.keep_radio.setObjectName("keepAdvanceRadio")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.return_radio)
        self.choice.addButton(self.keep_radio)
        if view.paid:
            parts = ", ".join(
                f"{method_label(method)} {'US$' if currency == 'USD' else 'S/'} {format_amount(amount)}"
                for method, currency, amount in held_by_method(view)
            )
            paid = format_amount(view.paid)
            self.return_radio.setText(self.tr("Devolver la seña a la clienta: %1").replace("%1", parts))
            self.keep_radio.setText(
                self.tr("Retener la seña (S/ %1): queda como venta «seña retenida» para las artesanas").replace(
                    "%1", paid
                )
            )
            layout.addWidget(QLabel(self.tr("La clienta dejó S/ %1 de seña. ¿Qué se hace?").replace("%1", paid), self))
            layout.addWidget(self.return_radio)
            layout.addWidget(self.keep_radio)
        else:
            self.return_radio.setChecked(True)
            self.return_radio.hide()
            self.keep_radio.hide()
            layout.addWidget(QLabel(self.tr("Este encargo no tiene seña."), self))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("cancelReasonInput")
        self.reason.setPlaceholderText(self.tr("Motivo de la anulación (obligatorio)"))
        self.reason.setMinimumWidth(420)  # the placeholder whole, in every language
        layout.addWidget(self.reason)
        self.error = QLabel("", self)
        self.error.setObjectName("cancelOrderError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #9B1C1C; font-weight: bold; }")
        layout.addWidget(self.error)
        self.confirm_button = QPushButton(self.tr("Anular encargo"), self)
        self.confirm_button.setObjectName("confirmCancelOrderButton")
        self.confirm_button.setDefault(True)  # Enter in the reason confirms
        self.confirm_button.clicked.connect(self.accept)
        self.back_button = QPushButton(self.tr("Volver"), self)
        self.back_button.setObjectName("backCancelOrderButton")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button, 2)
        buttons.addWidget(self.back_button, 1)
        layout.addLayout(buttons)
        (self.return_radio if view.paid else self.reason).setFocus()

    @Slot()
    def accept(self) -> None:
        """Cancel the order as chosen; the dialog stays open with the reason of a refusal."""
        if self.view.paid and self.choice.checkedButton() is None:
            self.error.setText(self.tr("Elija si se devuelve la seña o se retiene."))
            return
        reason = self.reason.text().strip()
        if not reason:
            self.error.setText(self.tr("Escriba el motivo de la anulación."))
            self.reason.setFocus()
            return
        keep = self.keep_radio.isChecked()
        try:
            self.kept_sale = with_approval(
                self,
                self.store,
                lambda approval: order_close.cancel(self.store, self.view.number, keep, reason, self.user_id, approval),
                self.view.number,
            )
        except UserError as exc:
            self.error.setText(sentence(str(exc)))
            return
        self.error.setText("")
        super().accept()


def cancelled_message(number: str, kept: SaleResult | None, returned: Decimal) -> str:
    """What the order's page says once the order is cancelled."""
    if kept is not None:
        text = tr("Encargo %1 anulado: la seña quedó como venta, nota %2.")
        return text.replace("%1", number).replace("%2", kept.number)
    if returned:
        return (
            tr("Encargo %1 anulado: devuelva S/ %2 a la clienta.")
            .replace("%1", number)
            .replace("%2", format_amount(returned))
        )
    return tr("Encargo %1 anulado.").replace("%1", number)
