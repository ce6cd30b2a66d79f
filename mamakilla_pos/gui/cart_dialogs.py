"""Small dialogs of the sale screen: quantity, discount, recall a parked cart.

Each offers ``run(...) -> (value, accepted)`` so callers and tests stay short.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.limits import MAX_LINE_QUANTITY, is_large_quantity
from ..domain.money import MoneyError, parse_money
from ..domain.pricing import NO_DISCOUNT, Discount, DiscountKind
from .cart_model import ParkedCart
from .confirm import confirm
from .widgets.i18n import money, tr


def _error_label(parent: QWidget) -> QLabel:
    """A red line for a mistake; it takes no room until there is one."""
    label = QLabel("", parent)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(dialog)
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setObjectName("okButton")
    ok.setProperty("role", "primary")
    ok.setDefault(True)
    cancel = box.addButton(tr("Cancelar (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancelButton")
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class QuantityDialog(QDialog):
    """Type how many units a line has, or step with − and +.

    At most :data:`~mamakilla_pos.domain.limits.MAX_LINE_QUANTITY`; more than
    :data:`~mamakilla_pos.domain.limits.LARGE_LINE_QUANTITY` only once confirmed.
    """

    def __init__(self, product: str, quantity: int, parent: QWidget | None = None, stock: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cantidad"))
        self.setMinimumWidth(420)
        self._product = product
        self._stock = stock
        title = QLabel(product, self)
        title.setProperty("role", "title")
        title.setWordWrap(True)

        self.input = QLineEdit(str(quantity), self)
        self.input.setObjectName("quantityInput")
        self.input.setValidator(QIntValidator(1, MAX_LINE_QUANTITY, self))
        self.input.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.input.setStyleSheet("font-size: 24pt; font-weight: bold;")
        self.input.selectAll()
        minus = QPushButton("−", self)
        minus.setProperty("role", "step")
        minus.clicked.connect(lambda: self._step(-1))
        plus = QPushButton("+", self)
        plus.setProperty("role", "step")
        plus.clicked.connect(lambda: self._step(+1))
        for button in (minus, plus):
            button.setAutoDefault(False)
            button.setMinimumHeight(56)

        row = QHBoxLayout()
        row.addWidget(minus)
        row.addWidget(self.input, 1)
        row.addWidget(plus)

        self.error = _error_label(self)
        self.error.setObjectName("quantityError")
        self.input.inputRejected.connect(self._too_many)
        self.input.textChanged.connect(lambda _text: _show_error(self.error, ""))

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Aceptar")))

    def _too_many(self) -> None:
        """A key the field refused: say why instead of dropping it unseen."""
        if self.input.text().isdigit() and len(self.input.text()) >= len(str(MAX_LINE_QUANTITY)):
            text = self.tr("Como máximo {n} unidades en una línea.").format(n=MAX_LINE_QUANTITY)
            _show_error(self.error, text)

    def _step(self, delta: int) -> None:
        self.input.setText(str(min(MAX_LINE_QUANTITY, max(1, self.value() + delta))))
        self.input.setFocus()

    def value(self) -> int:
        try:
            return int(self.input.text())
        except ValueError:
            return 0

    def accept(self) -> None:
        quantity = self.value()
        if quantity < 1:
            _show_error(self.error, self.tr("La cantidad debe ser 1 o más."))
            return
        if is_large_quantity(quantity) and not self._large_confirmed(quantity):
            self.input.selectAll()
            self.input.setFocus()
            return
        super().accept()

    def _large_confirmed(self, quantity: int) -> bool:
        """Whether the seller means this many units (a slip of the finger is far more likely)."""
        text = self.tr("¿Vender {n} unidades de {name}?").format(n=quantity, name=self._product)
        if self._stock is not None:
            text += "\n" + self.tr("Hay {stock} en stock.").format(stock=self._stock)
        return confirm(
            self,
            self.tr("¿Tantas unidades?"),
            text,
            self.tr("Sí, {n} unidades").format(n=quantity),
            self.tr("Corregir"),
        )

    @classmethod
    def run(cls, parent: QWidget | None, product: str, quantity: int, stock: int | None = None) -> tuple[int, bool]:
        dialog = cls(product, quantity, parent, stock)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.value(), accepted


class DiscountDialog(QDialog):
    """A discount in soles or in percent, with quick percent buttons."""

    QUICK_PERCENTS = (5, 10, 15, 20)

    def __init__(
        self, title: str, base: Decimal, current: Discount, parent: QWidget | None = None, limit_note: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Descuento"))
        self.setMinimumWidth(480)
        heading = QLabel(title, self)
        heading.setProperty("role", "title")
        heading.setWordWrap(True)
        base_label = QLabel(self.tr("Importe: {amount}").format(amount=money(base)), self)
        base_label.setProperty("role", "hint")
        self.limit_label = QLabel(limit_note, self)
        self.limit_label.setObjectName("discountLimitLabel")
        self.limit_label.setWordWrap(True)
        self.limit_label.setStyleSheet("QLabel { color: #7A4E00; background: #FFF1C9; padding: 6px 10px; }")
        self.limit_label.setVisible(bool(limit_note))

        self.amount_button = QPushButton(self.tr("En soles (S/)"), self)
        self.amount_button.setObjectName("discountAmountButton")
        self.percent_button = QPushButton(self.tr("En porcentaje (%)"), self)
        self.percent_button.setObjectName("discountPercentButton")
        self._kind = QButtonGroup(self)
        for button in (self.amount_button, self.percent_button):
            button.setCheckable(True)
            button.setAutoDefault(False)
            self._kind.addButton(button)
        percent = current.kind is DiscountKind.PERCENT
        (self.percent_button if percent else self.amount_button).setChecked(True)

        self.input = QLineEdit(self)
        self.input.setObjectName("discountInput")
        self.input.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.input.setStyleSheet("font-size: 22pt; font-weight: bold;")
        if current.value:
            self.input.setText(f"{current.value.normalize():f}" if percent else f"{current.value:.2f}")
        self.input.setPlaceholderText("0")

        kinds = QHBoxLayout()
        kinds.addWidget(self.amount_button)
        kinds.addWidget(self.percent_button)

        quick = QGridLayout()
        for column, value in enumerate(self.QUICK_PERCENTS):
            button = QPushButton(f"{value} %", self)
            button.setObjectName(f"quickPercent{value}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, v=value: self._quick(v))
            quick.addWidget(button, 0, column)
        none = QPushButton(self.tr("Sin descuento"), self)
        none.setObjectName("noDiscountButton")
        none.setAutoDefault(False)
        none.clicked.connect(self._none)
        quick.addWidget(none, 1, 0, 1, len(self.QUICK_PERCENTS))

        self.error = _error_label(self)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(base_label)
        layout.addWidget(self.limit_label)
        layout.addLayout(kinds)
        layout.addWidget(self.input)
        layout.addLayout(quick)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Aplicar")))
        self.input.setFocus()
        self._discount: Discount = current

    def _quick(self, percent: int) -> None:
        self.percent_button.setChecked(True)
        self.input.setText(str(percent))
        self.accept()

    def _none(self) -> None:
        self.input.setText("")
        self.accept()

    def discount(self) -> Discount:
        return self._discount

    def accept(self) -> None:
        text = self.input.text().strip().rstrip("%").strip()
        if not text:
            self._discount = NO_DISCOUNT
            super().accept()
            return
        try:
            value = parse_money(text)
        except MoneyError:
            _show_error(self.error, self.tr("Escriba un número, por ejemplo 5 o 2.50"))
            return
        kind = DiscountKind.PERCENT if self.percent_button.isChecked() else DiscountKind.AMOUNT
        if value < 0 or (kind is DiscountKind.PERCENT and value > 100):
            _show_error(self.error, self.tr("El descuento va de 0 a 100 %"))
            return
        self._discount = Discount(kind, value)
        super().accept()

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        title: str,
        base: Decimal,
        current: Discount = NO_DISCOUNT,
        limit_note: str = "",
    ) -> tuple[Discount, bool]:
        """Ask for a discount on ``base``; ``limit_note`` tells a seller how far she may go alone."""
        dialog = cls(title, base, current, parent, limit_note)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.discount(), accepted


class ParkedCartsDialog(QDialog):
    """Choose a parked cart to bring back."""

    def __init__(self, parked: Sequence[ParkedCart], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ventas aparcadas"))
        self.setMinimumSize(560, 380)
        heading = QLabel(self.tr("Elija la venta que desea recuperar"), self)
        heading.setProperty("role", "title")
        self.list = QListWidget(self)
        self.list.setObjectName("parkedList")
        # Each cart on two lines, the first product under its time and total: never a sideways scroll.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSpacing(2)
        today = date.today()
        for cart in parked:
            first = cart.entries[0].item.product_name if cart.entries else ""
            text = self.tr("{time}  ·  {total}  ·  {units} art.\n{first}").format(
                time=f"{cart.parked_at:%H:%M}" if cart.parked_at.date() == today else f"{cart.parked_at:%d/%m %H:%M}",
                total=money(cart.total),
                units=cart.units,
                first=first,
            )
            QListWidgetItem(text, self.list)
        if parked:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(_buttons(self, self.tr("Recuperar")))

    def chosen(self) -> int:
        return self.list.currentRow()

    @classmethod
    def run(cls, parent: QWidget | None, parked: Sequence[ParkedCart]) -> tuple[int, bool]:
        dialog = cls(parked, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen() >= 0
        return dialog.chosen(), accepted
