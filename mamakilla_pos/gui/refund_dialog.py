"""Return units of an earlier sale: choose how many of each line, how the money goes back, and why."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.payments import REFERENCE_METHODS
from ..services.errors import UserError
from ..services.history import get_sale
from ..services.refund_quote import quote_refund
from ..services.refunds import RefundLine, RefundRequest, refund
from ..services.sale_views import SaleLineView, SaleView
from ..services.sales import SaleResult
from ..store import Store
from .approval import with_approval
from .failure import not_saved
from .till_user import current_user_id
from .widgets.i18n import money
from .widgets.style import REFUND_DIALOG_STYLE
from .widgets.text import sentence

REFUND_METHODS = ("cash", "yape", "plin", "card", "transfer")


class _LineRow(QFrame):
    """One line of the sale: what it is, how many can still be returned, and a − [n] + control."""

    def __init__(self, line: SaleLineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refundLine")
        self.line = line
        left = line.quantity - line.returned
        name = QLabel(line.product_name, self)
        name.setWordWrap(True)
        name_font = QFont(self.font())
        name_font.setPointSize(15)
        name_font.setBold(True)
        name.setFont(name_font)
        details = self.tr("Vendidas: %1 × %2").replace("%1", str(line.quantity))
        details = details.replace("%2", money(line.unit_price))
        if line.makers:
            details += " · " + self.tr("hecho por %1").replace("%1", line.makers)
        if line.returned:
            details += " · " + self.tr("ya devueltas: %1").replace("%1", str(line.returned))
        info = QLabel(details, self)
        info.setProperty("role", "muted")
        info.setWordWrap(True)

        step_font = QFont(self.font())
        step_font.setPointSize(20)
        step_font.setBold(True)
        self.minus = QPushButton("−", self)
        self.plus = QPushButton("+", self)
        self.spin = QSpinBox(self)
        self.spin.setObjectName(f"refund_qty_{line.position}")
        self.spin.setRange(0, max(left, 0))
        self.spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        spin_font = QFont(self.font())
        spin_font.setPointSize(20)
        spin_font.setBold(True)
        self.spin.setFont(spin_font)
        self.spin.setFixedSize(80, 56)
        for button, step in ((self.minus, -1), (self.plus, 1)):
            button.setObjectName(f"refund_{'minus' if step < 0 else 'plus'}_{line.position}")
            button.setFont(step_font)
            button.setFixedSize(56, 56)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, s=step: self.spin.stepBy(s))
        of_left = QLabel(self.tr("de %1").replace("%1", str(left)), self)
        of_left.setProperty("role", "muted")
        of_left.setMinimumWidth(60)
        if left <= 0:
            for widget in (self.minus, self.plus, self.spin):
                widget.setEnabled(False)
            of_left.setText(self.tr("ya devuelto todo"))

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(name)
        text.addWidget(info)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 10, 8)
        row.setSpacing(8)
        row.addLayout(text, 1)
        row.addWidget(self.minus)
        row.addWidget(self.spin)
        row.addWidget(self.plus)
        row.addWidget(of_left)

    @property
    def left(self) -> int:
        return self.spin.maximum()


class RefundDialog(QDialog):
    """Choose units to return from sale ``sale``; confirm records the refund through ``refunds.refund``.

    The amount to pay back is worked out by the service (DESIGN.md §4 rule 6)
    and shown once the refund is recorded.
    """

    def __init__(self, store: Store, sale: SaleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refundDialog")
        self.setWindowTitle(self.tr("Devolución de la venta %1").replace("%1", sale.number))
        self.setStyleSheet(REFUND_DIALOG_STYLE)
        self.result_refund: SaleResult | None = None
        self._store = store
        self._sale = sale

        title_font = QFont(self.font())
        title_font.setPointSize(20)
        title_font.setBold(True)

        title = QLabel(self.tr("Devolver productos de la venta %1").replace("%1", sale.number), self)
        title.setFont(title_font)
        when = QLabel(
            self.tr("Vendida el %1 · total %2")
            .replace("%1", sale.created_at.strftime("%d/%m/%Y %H:%M"))
            .replace("%2", money(sale.total)),
            self,
        )
        when.setProperty("role", "muted")

        scroll = self._lines(sale)
        self.all_button = QPushButton(self.tr("Devolver todo"), self)
        self.all_button.setObjectName("refundAllButton")
        self.all_button.setMinimumHeight(48)
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(self._choose_all)

        form = self._how_form()
        footer = self._footer()

        head = QHBoxLayout()
        head_text = QVBoxLayout()
        head_text.addWidget(title)
        head_text.addWidget(when)
        head.addLayout(head_text, 1)
        head.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(scroll, 1)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(footer)

        used = [p.method for p in sale.payments if p.method in REFUND_METHODS and p.handed_over]
        self._method_buttons[used[0] if used else "cash"].setChecked(True)
        self.resize(980, 700)
        self._update()

    def _lines(self, sale: SaleView) -> QScrollArea:
        """One row per line of the sale: what was bought, and how many to return."""
        lines_box = QWidget(self)
        lines_box.setObjectName("refundLinesBox")
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.setSpacing(8)
        self.rows = [_LineRow(line, lines_box) for line in sale.lines]
        for row in self.rows:
            lines_layout.addWidget(row)
            row.spin.valueChanged.connect(self._update)
        lines_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("refundLines")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(lines_box)
        scroll.viewport().setAutoFillBackground(False)
        return scroll

    def _how_form(self) -> QVBoxLayout:
        """How the money goes back (method and operation number) and why (the reason)."""
        label_font = QFont(self.font())
        label_font.setPointSize(14)
        label_font.setBold(True)
        method_caption = QLabel(self.tr("¿Cómo se devuelve el dinero?"), self)
        method_caption.setFont(label_font)
        self._method_buttons: dict[str, QPushButton] = {}
        self._method_group = QButtonGroup(self)
        methods = QHBoxLayout()
        methods.setSpacing(8)
        names = {
            "cash": self.tr("Efectivo"),
            "yape": self.tr("Yape"),
            "plin": self.tr("Plin"),
            "card": self.tr("Tarjeta"),
            "transfer": self.tr("Transferencia"),
        }
        method_font = QFont(self.font())
        method_font.setPointSize(15)
        for method in REFUND_METHODS:
            button = QPushButton(names[method], self)
            button.setObjectName(f"refund_method_{method}")
            button.setCheckable(True)
            button.setFont(method_font)
            button.setMinimumSize(130, 56)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(self._update)
            self._method_group.addButton(button)
            self._method_buttons[method] = button
            methods.addWidget(button)

        self.reference_input = QLineEdit(self)
        self.reference_input.setObjectName("refundReferenceInput")
        self.reference_input.setPlaceholderText(self.tr("N.º de operación"))
        self.reference_input.setMinimumHeight(56)
        self.reference_input.setMinimumWidth(200)
        self.reference_input.setMaxLength(40)

        reason_caption = QLabel(self.tr("Motivo (obligatorio)"), self)
        reason_caption.setFont(label_font)
        self.reason_input = QLineEdit(self)
        self.reason_input.setObjectName("refundReasonInput")
        self.reason_input.setMinimumHeight(48)
        self.reason_input.setMaxLength(200)
        self.reason_input.setPlaceholderText(self.tr("Toque un motivo o escríbalo"))
        self.reason_input.textChanged.connect(self._update)
        reasons = QHBoxLayout()
        reasons.setSpacing(8)
        for position, reason in enumerate(
            (
                self.tr("Producto con falla"),
                self.tr("Cambio por otro producto"),
                self.tr("Al cliente no le gustó"),
                self.tr("Error al cobrar"),
            ),
            start=1,
        ):
            button = QPushButton(reason, self)
            button.setObjectName(f"reason_{position}")
            button.setMinimumHeight(48)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, r=reason: self.reason_input.setText(r))
            reasons.addWidget(button)

        methods.addWidget(self.reference_input, 1)
        form = QVBoxLayout()
        form.setSpacing(6)
        form.addWidget(method_caption)
        form.addLayout(methods)
        form.addSpacing(4)
        form.addWidget(reason_caption)
        form.addLayout(reasons)
        form.addWidget(self.reason_input)
        return form

    def _footer(self) -> QHBoxLayout:
        """The amount to give back, the error line, Cancelar and Devolver."""
        self.amount_label = QLabel(self)
        self.amount_label.setObjectName("refundAmountLabel")
        self.amount_label.setWordWrap(True)
        amount_font = QFont(self.font())
        amount_font.setPointSize(17)
        amount_font.setBold(True)
        self.amount_label.setFont(amount_font)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("refundError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        big = QFont(self.font())
        big.setPointSize(16)
        big.setBold(True)
        self.cancel_button = QPushButton(self.tr("Cancelar (Esc)"), self)
        self.cancel_button.setObjectName("cancelRefundButton")
        self.confirm_button = QPushButton(self.tr("Devolver"), self)
        self.confirm_button.setObjectName("confirmRefundButton")
        for button in (self.cancel_button, self.confirm_button):
            button.setFont(big)
            button.setMinimumHeight(64)
            button.setAutoDefault(False)
        self.confirm_button.setMinimumWidth(300)
        self.cancel_button.clicked.connect(self.reject)
        self.confirm_button.clicked.connect(self._confirm)
        footer = QHBoxLayout()
        footer.addWidget(self.amount_label, 1)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.confirm_button)
        return footer

    # -- public -------------------------------------------------------------------------------------

    @classmethod
    def run(cls, parent: QWidget | None, store: Store, number: str) -> tuple[SaleResult | None, bool]:
        """Ask what to return from sale ``number``; ``(the refund, True)`` or ``(None, False)``."""
        dialog = cls(store, get_sale(store, number), parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.result_refund if accepted else None), accepted
        finally:
            dialog.deleteLater()

    @property
    def method(self) -> str:
        """The chosen way to pay the money back."""
        return next(m for m, b in self._method_buttons.items() if b.isChecked())

    def request(self) -> RefundRequest:
        """The refund as chosen so far."""
        reference = self.reference_input.text().strip() if self.method in REFERENCE_METHODS else ""
        return RefundRequest(
            sale_number=self._sale.number,
            lines=tuple(RefundLine(row.line.id, row.spin.value()) for row in self.rows if row.spin.value()),
            method=self.method,
            reference=reference,
            reason=self.reason_input.text().strip(),
            user_id=current_user_id(self),
        )

    # -- Qt overrides -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter must not record a refund by accident: only the button does."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- slots --------------------------------------------------------------------------------------

    @Slot()
    def _choose_all(self) -> None:
        for row in self.rows:
            row.spin.setValue(row.left)

    def _update(self) -> None:
        request = self.request()
        self.reference_input.setEnabled(request.method in REFERENCE_METHODS)
        self.all_button.setEnabled(any(row.left for row in self.rows))
        self.confirm_button.setEnabled(bool(request.lines) and bool(request.reason))
        self.error_label.hide()
        self._show_amount(request)

    def _show_amount(self, request: RefundRequest) -> None:
        """The money going back, on the button that records it: "Devolver S/ 8.00"."""
        if not request.lines:
            self.confirm_button.setText(self.tr("Devolver"))
            self.amount_label.setText(self.tr("Elija cuántas unidades vuelven."))
            return
        try:
            quote = quote_refund(self._store, request.sale_number, request.lines, request.method)
        except UserError as exc:
            self.confirm_button.setText(self.tr("Devolver"))
            message = str(exc)
            self.amount_label.setText(sentence(message))
            return
        self.confirm_button.setText(self.tr("Devolver %1").replace("%1", money(quote.due)))
        ways = {
            "cash": self.tr("Se devuelven %1 en efectivo"),
            "yape": self.tr("Se devuelven %1 por Yape"),
            "plin": self.tr("Se devuelven %1 por Plin"),
            "card": self.tr("Se devuelven %1 a la tarjeta"),
            "transfer": self.tr("Se devuelven %1 por transferencia"),
        }
        text = ways[request.method].replace("%1", money(quote.due))
        if quote.rounding:
            text += " " + self.tr("(redondeo %1)").replace("%1", money(quote.rounding))
        self.amount_label.setText(text)

    @Slot()
    def _confirm(self) -> None:
        request = self.request()
        if not request.lines or not request.reason:
            return
        self.confirm_button.setEnabled(False)
        try:
            # A seller gets the coordinator's PIN prompt here; the choices stay as they are.
            self.result_refund = with_approval(
                self,
                self._store,
                lambda approval: refund(self._store, replace(request, approval=approval)),
                self.tr("Devolución de la venta %1").replace("%1", self._sale.number),
            )
        except Exception as exc:  # nothing was saved: the choices stay, Devolver can be pressed again
            self.error_label.setText(not_saved(exc, self.tr("la devolución no se guardó")))
            self.error_label.show()
            self.confirm_button.setEnabled(True)
            return
        self.accept()
