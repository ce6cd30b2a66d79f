"""Opening the till with a counted float."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import (
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QWidget,
)

from ..domain.limits import large_float_drawers
from ..services import cash
from ..services.cash_figures import CashSessionInfo
from ..services.errors import UserError
from ..services.settings import get_settings
from ..store import Store
from .forms.ui_open_till_dialog import Ui_OpenTillDialog
from .till_dialog import TillDialog
from .till_user import current_user_id
from .widgets.denomination_counter import DenominationCounter
from .widgets.i18n import money, tr
from .widgets.style import TILL_DIALOG_STYLE
from .widgets.text import sentence


class OpenTillDialog(TillDialog):
    """Open the till: count the float by denomination, in soles and dollars."""

    def __init__(self, store: Store, user_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OpenTillDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(TILL_DIALOG_STYLE)
        self.store = store
        self.user_id = user_id if user_id is not None else current_user_id(parent)
        self.session: CashSessionInfo | None = None
        self.ui.titleLabel.setText(self.tr("Abrir la caja {till}").format(till=get_settings(store).till_series))
        self.ui.errorLabel.hide()
        self.error = self.ui.errorLabel
        self.summary = self.ui.floatLabel
        self.keypad = self.ui.keypad
        self.open_button = self.ui.openTillButton
        self.cancel_button = self.ui.cancelButton

        self.counter = DenominationCounter((self.ui.countPanel_PEN, self.ui.countPanel_USD), self)
        self.counter.changed.connect(self._refresh)
        self.counter.finished.connect(lambda: self.open_button.setFocus(Qt.FocusReason.TabFocusReason))
        QWidget.setTabOrder(self.counter.inputs()[-1], self.open_button)
        self._fit(1180, 720)
        self._refresh()
        self.counter.focus_first()

    @Slot()
    def _refresh(self) -> None:
        pen, usd = self.counter.total("PEN"), self.counter.total("USD")
        self.summary.setText(self.tr("Fondo de caja:\n{pen}\n{usd}").format(pen=money(pen), usd=money(usd, "USD")))

    def accept(self) -> None:
        floats = {currency: self.counter.total(currency) for currency in ("PEN", "USD")}
        large = large_float_drawers(floats)
        if large and not self._large_float_confirmed({c: floats[c] for c in large}):
            self.counter.focus_first()
            return
        try:
            self.session = cash.open_session(
                self.store, self.counter.counts("PEN"), self.counter.counts("USD"), user_id=self.user_id
            )
        except UserError as exc:
            self.error.setText(sentence(str(exc)))
            self.error.show()
            return
        super().accept()

    def _large_float_confirmed(self, large: dict[str, Decimal]) -> bool:
        """Whether the seller means a float this big (a finger held on a key is far more likely)."""
        from .confirm import confirm

        amounts = " + ".join(money(amount, currency) for currency, amount in large.items())
        return confirm(
            self,
            self.tr("¿Tanto dinero de fondo?"),
            self.tr(
                "¿Abrir la caja con {amount} de fondo?\nEs mucho más que un fondo para dar vuelto: revise lo contado."
            ).format(amount=amounts),
            self.tr("Sí, abrir con {amount}").format(amount=amounts),
            self.tr("Revisar lo contado"),
        )

    @classmethod
    def run(
        cls, parent: QWidget | None, store: Store, user_id: int | None = None
    ) -> tuple[CashSessionInfo | None, bool]:
        """Show the dialog; ``(the open session, True)`` or ``(None, False)`` when cancelled.

        When the till is already open, says so and returns ``(None, False)``.
        """
        if cash.current_session(store) is not None:
            QMessageBox.information(parent, tr("Abrir la caja"), tr("La caja ya está abierta."))
            return None, False
        dialog = cls(store, user_id, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.session if accepted else None), accepted
        finally:
            dialog.deleteLater()
