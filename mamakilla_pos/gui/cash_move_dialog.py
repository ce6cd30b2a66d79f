"""Cash put into or taken out of the drawer, with its reason."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import (
    QRegularExpression,
    Qt,
    Slot,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ..domain.drawer import DrawerShort, check_can_take
from ..domain.money import ZERO, MoneyError, parse_money
from ..services import cash
from ..services.cash_figures import CashMovementInfo, SessionReport
from ..services.errors import UserError
from ..store import Store
from .approval import with_approval
from .cash_reasons import DETAIL_REQUIRED, IN_REASONS, OUT_REASONS
from .forms.ui_cash_move_dialog import Ui_CashMoveDialog
from .till_dialog import TillDialog
from .till_user import current_user_id
from .widgets.i18n import money, tr
from .widgets.style import TILL_DIALOG_STYLE
from .widgets.text import sentence


class CashMoveDialog(TillDialog):
    """Put money into the drawer or take it out, with a reason."""

    def __init__(
        self, store: Store, direction: str = "out", user_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CashMoveDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(TILL_DIALOG_STYLE)
        self.store = store
        self.user_id = user_id if user_id is not None else current_user_id(parent)
        self.movement: CashMovementInfo | None = None
        self._short_shown = False  # the error line says the drawer holds less than typed
        try:
            self._report: SessionReport | None = cash.x_report(store)
        except UserError:
            self._report = None

        self.title = self.ui.titleLabel
        self.out_button, self.in_button = self.ui.direction_out, self.ui.direction_in
        self.pen_button, self.usd_button = self.ui.currency_PEN, self.ui.currency_USD
        self.amount = self.ui.amountInput
        self.drawer_label = self.ui.drawerLabel
        self.reasons_grid = self.ui.reasonsGrid
        self.detail = self.ui.detailInput
        self.detail_label = self.ui.detailLabel
        self.error = self.ui.errorLabel
        self.error.hide()
        self.keypad = self.ui.keypad
        self.confirm_button = self.ui.confirmMoveButton
        self.cancel_button = self.ui.cancelButton
        self._reasons = QButtonGroup(self)
        self.reason_buttons: list[QPushButton] = []
        self._reasons_for = ""

        self._direction = self._group(self.out_button, self.in_button)
        self._currency = self._group(self.pen_button, self.usd_button)
        (self.in_button if direction == "in" else self.out_button).setChecked(True)
        self.pen_button.setChecked(True)
        self.amount.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^\d{0,6}([.,]\d{0,2})?$"), self.amount)
        )
        self.amount.textChanged.connect(self._refresh)
        self.detail.textChanged.connect(self._refresh)
        self.keypad.set_target(self.amount)
        self._fit(980, 640)
        self._refresh()
        self.amount.setFocus()

    def _group(self, *buttons: QPushButton) -> QButtonGroup:
        """One choice among ``buttons``: choosing one refreshes the dialog."""
        group = QButtonGroup(self)
        for button in buttons:
            group.addButton(button)
            button.clicked.connect(self._refresh)
        return group

    def _choice(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setProperty("role", "choice")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    # -- what was chosen -----------------------------------------------------------------------

    @property
    def direction(self) -> str:
        return "in" if self.in_button.isChecked() else "out"

    @property
    def currency(self) -> str:
        return "USD" if self.usd_button.isChecked() else "PEN"

    def preset(self) -> str:
        button = self._reasons.checkedButton()
        return str(button.property("preset")) if button is not None else ""

    def presets(self) -> tuple[str, ...]:
        """The reasons offered for the direction chosen."""
        return IN_REASONS if self.direction == "in" else OUT_REASONS

    def choose_reason(self, preset: str) -> None:
        """Pick one of :meth:`presets`."""
        self.reason_buttons[self.presets().index(preset)].click()

    def _offer_reasons(self) -> None:
        """One button per reason of the direction chosen (``reason_0``…); a reason of the other one is dropped."""
        if self._reasons_for == self.direction:
            return
        self._reasons_for = self.direction
        for button in self.reason_buttons:
            self._reasons.removeButton(button)
            self.reasons_grid.removeWidget(button)
            button.deleteLater()
        self.reason_buttons = []
        for i, preset in enumerate(self.presets()):
            button = self._choice(tr(preset), f"reason_{i}")
            button.setProperty("preset", preset)
            button.clicked.connect(self._reason_chosen)
            self._reasons.addButton(button, i)
            self.reason_buttons.append(button)
            self.reasons_grid.addWidget(button, i // 2, i % 2)

    def reason(self) -> str:
        """The reason as stored: the preset, and the detail after a dash when one was written."""
        preset, detail = self.preset(), self.detail.text().strip()
        if preset == "Otro" and detail:
            return detail
        return f"{preset} — {detail}" if preset and detail else preset or detail

    def _amount(self) -> Decimal | None:
        text = self.amount.text().strip()
        if not text or text in {".", ","}:
            return None
        try:
            return parse_money(text)
        except MoneyError:
            return None

    # -- slots ---------------------------------------------------------------------------------

    def _enter_in(self, focused: QWidget) -> None:
        if focused is self.amount:
            (self.detail if self.preset() else self.reason_buttons[0]).setFocus(Qt.FocusReason.TabFocusReason)
        elif focused is self.detail:
            self.confirm_button.setFocus(Qt.FocusReason.TabFocusReason)

    @Slot()
    def _reason_chosen(self) -> None:
        self._refresh()
        self.detail.setFocus()

    @Slot()
    def _refresh(self) -> None:
        out = self.direction == "out"
        self._offer_reasons()
        self.setWindowTitle(self.tr("Sacar dinero de la caja") if out else self.tr("Poner dinero en la caja"))
        self.title.setText(self.windowTitle())
        preset = self.preset()
        if preset == "Pago a artesana":
            self.detail_label.setText(self.tr("¿A qué artesana? (obligatorio)"))
        elif preset == "Devolución de un adelanto":
            self.detail_label.setText(self.tr("¿Quién lo devuelve? (obligatorio)"))
        elif preset == "Otro":
            self.detail_label.setText(self.tr("Escriba el motivo (obligatorio)"))
        else:
            self.detail_label.setText(self.tr("Detalle (opcional)"))
        if self._report is not None:
            figures = self._report.figures(self.currency)
            self.drawer_label.setText(
                self.tr("En la caja debería haber {amount}.").format(amount=money(figures.expected, self.currency))
            )
        amount = self._amount()
        ready = amount is not None and amount > ZERO and bool(preset)
        if preset in DETAIL_REQUIRED and not self.detail.text().strip():
            ready = False
        short = self._drawer_short(amount) if out else None
        if short is not None:
            ready = False
            self._say(
                self.tr("No se puede sacar más de lo que debería haber en la caja ({amount}).").format(
                    amount=money(short.available, self.currency)
                )
            )
            self._short_shown = True
        elif self._short_shown:
            self._short_shown = False
            self._say("")
        self.confirm_button.setEnabled(ready)
        symbol = money(amount or ZERO, self.currency)
        self.confirm_button.setText(
            self.tr("Sacar {amount}").format(amount=symbol) if out else self.tr("Poner {amount}").format(amount=symbol)
        )

    def _drawer_short(self, amount: Decimal | None) -> DrawerShort | None:
        """Why ``amount`` cannot be taken out: more than the drawer should hold (DESIGN.md §4 rule 10)."""
        if self._report is None or amount is None:
            return None
        try:
            check_can_take(self._report.figures(self.currency), amount)
        except DrawerShort as short:
            return short
        return None

    def accept(self) -> None:
        amount = self._amount()
        if amount is None or amount <= ZERO:
            self._say(self.tr("Escriba el monto."))
            return
        if not self.preset():
            self._say(self.tr("Elija el motivo."))
            return
        if self.preset() in DETAIL_REQUIRED and not self.detail.text().strip():
            self._say(self.detail_label.text())
            return
        try:
            self.movement = with_approval(
                self,
                self.store,
                lambda approval: cash.move_cash(
                    self.store,
                    self.direction,
                    amount,
                    self.reason(),
                    self.currency,
                    user_id=self.user_id,
                    approval=approval,
                ),
            )
        except UserError as exc:
            self._say(sentence(str(exc)))
            return
        super().accept()

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    @classmethod
    def run(
        cls, parent: QWidget | None, store: Store, direction: str = "out", user_id: int | None = None
    ) -> tuple[CashMovementInfo | None, bool]:
        """Show the dialog; ``(the movement recorded, True)`` or ``(None, False)`` when cancelled."""
        dialog = cls(store, direction, user_id, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.movement if accepted else None), accepted
        finally:
            dialog.deleteLater()
