"""Opening the till with a counted float."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import (
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.limits import large_float_drawers
from ..services import cash
from ..services.cash_figures import CashSessionInfo
from ..services.errors import UserError
from ..services.settings import get_settings
from ..store import Store
from .till_dialog import TillDialog, big_till_button
from .widgets.denomination_counter import DenominationCounter
from .widgets.i18n import money, tr
from .widgets.keypad import Keypad
from .widgets.style import TILL_DIALOG_STYLE
from .widgets.text import sentence


class OpenTillDialog(TillDialog):
    """Open the till: count the float by denomination, in soles and dollars."""

    def __init__(self, store: Store, user_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openTillDialog")
        self.setWindowTitle(self.tr("Abrir la caja"))
        self.setStyleSheet(TILL_DIALOG_STYLE)
        self.store = store
        self.user_id = user_id
        self.session: CashSessionInfo | None = None

        title = QLabel(self.tr("Abrir la caja {till}").format(till=get_settings(store).till_series), self)
        title.setProperty("role", "title")
        hint = QLabel(
            self.tr(
                "Cuente el dinero con el que empieza (el fondo para dar vuelto): "
                "escriba cuántos billetes y monedas hay de cada uno. Enter pasa a la fila siguiente."
            ),
            self,
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)

        self.counter = DenominationCounter(("PEN", "USD"), self)
        self.counter.changed.connect(self._refresh)
        self.keypad = Keypad(self)
        self.keypad.setMaximumWidth(340)
        self.summary = QLabel(self)
        self.summary.setObjectName("floatLabel")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.error = self._error_label()

        self.open_button = big_till_button(self, self.tr("Abrir la caja"), "openTillButton", primary=True)
        self.cancel_button = big_till_button(self, self.tr("Cancelar (Esc)"), "cancelButton")
        self.open_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.counter.finished.connect(lambda: self.open_button.setFocus(Qt.FocusReason.TabFocusReason))
        QWidget.setTabOrder(self.counter.inputs()[-1], self.open_button)

        side = QVBoxLayout()
        side.setSpacing(10)
        side.addWidget(self.counter.panels["USD"])
        side.addWidget(self.keypad, 1)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(self.summary)
        right.addStretch(1)
        right.addWidget(self.error)
        right.addWidget(self.open_button)
        right.addWidget(self.cancel_button)
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(self.counter.panels["PEN"], 5)
        body.addLayout(side, 4)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
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
                self.store, self.counter.counts("PEN"), self.counter.counts("USD"), self.user_id
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
