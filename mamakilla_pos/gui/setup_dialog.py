"""First run: the shop's name, address and this till's receipt series, or the demo shop;
then the first coordinator (:class:`FirstCoordinatorPage`), who can register everyone else.

Both are Designer forms: ``ui/setup_dialog.ui`` and ``ui/first_coordinator_page.ui``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from ..services import auth
from ..services.actors import SYSTEM_ID
from ..services.errors import UserError
from ..services.settings import ShopSettings, get_settings
from ..services.setup import configure_shop, is_configured
from ..store import Store
from .forms.ui_first_coordinator_page import Ui_FirstCoordinatorPage
from .forms.ui_setup_dialog import Ui_SetupDialog
from .pin_forms import digits_problem
from .widgets.text import sentence

log = logging.getLogger(__name__)


class SetupDialog(QDialog):
    """Asks, once, who the shop is; or opens the demo shop to practise."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.store = store
        self.result_settings: ShopSettings | None = None
        defaults = get_settings(store)
        self.name_input = self.ui.shopNameInput
        self.name_input.setText(defaults.shop_name)
        self.address_input = self.ui.shopAddressInput
        self.address_input.setText(defaults.shop_address)
        self.series_input = self.ui.tillSeriesInput
        self.series_input.setText(defaults.till_series)
        self.series_input.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9]{1,8}"), self.series_input)
        )
        self.series_input.textEdited.connect(self._upper_series)
        self.error = self.ui.setupError
        self.error.hide()
        self.demo_button = self.ui.demoButton
        self.demo_button.clicked.connect(self._open_demo)
        self.join_button = self.ui.joinShopButton
        self.join_button.clicked.connect(self._join_shop)
        self.save_button = self.ui.saveButton
        self.save_button.clicked.connect(self._save)
        self.name_input.setFocus()
        self.name_input.selectAll()

    def _join_shop(self) -> None:
        """A till of a shop that has a server takes the shop from it, instead of being set up here."""
        from .join_dialog import JoinShopDialog

        _joined, accepted = JoinShopDialog.run(self, self.store)
        if accepted:
            self.result_settings = get_settings(self.store)
            self.accept()

    @Slot(str)
    def _upper_series(self, text: str) -> None:
        position = self.series_input.cursorPosition()
        self.series_input.setText(text.upper())
        self.series_input.setCursorPosition(position)

    @Slot()
    def _save(self) -> None:
        if not self.name_input.text().strip():
            self._show_error(self.tr("Escriba el nombre de la tienda."))
            self.name_input.setFocus()
            return
        try:
            # The first run: nobody is registered yet, so the program itself sets the shop up.
            self.result_settings = configure_shop(
                self.store, self.name_input.text(), self.address_input.text(), self.series_input.text(), SYSTEM_ID
            )
        except UserError as exc:
            self._show_error(str(exc))
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    @Slot()
    def _open_demo(self) -> None:
        self._show_error("")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from ..services.demo import load_demo

            load_demo(self.store)
            if not is_configured(self.store):
                current = get_settings(self.store)
                configure_shop(self.store, current.shop_name, current.shop_address, current.till_series, SYSTEM_ID)
            self.result_settings = get_settings(self.store)
        except ImportError:
            log.exception("demo shop not available")
            self._show_error(self.tr("La tienda de demostración no está disponible en esta versión."))
            return
        except UserError as exc:
            self._show_error(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    @classmethod
    def run(cls, parent: QWidget | None, store: Store) -> tuple[ShopSettings | None, bool]:
        """Show the dialog; returns the saved settings and whether the shop is now set up."""
        dialog = cls(store, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.result_settings, accepted


class FirstCoordinatorPage(QWidget):
    """Set-up, last step: the first coordinator's name and PIN, typed twice.

    She can then register the other women of the till (Usuarias).

    Signals:
        created(object): the new coordinator's :class:`~mamakilla_pos.services.auth.Actor`.
    """

    created = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstCoordinatorPage()
        self.ui.setupUi(self)
        self.store = store
        self.name_input = self.ui.firstUserName
        self.pin_input = self.ui.firstUserPin
        self.again_input = self.ui.firstUserPinAgain
        digits = QRegularExpression(r"\d{0,6}")
        for field in (self.pin_input, self.again_input):
            field.setValidator(QRegularExpressionValidator(digits, field))
            field.returnPressed.connect(self._create)
        self.name_input.returnPressed.connect(self.pin_input.setFocus)
        self.error = self.ui.firstUserError
        self.error.hide()
        self.create_button = self.ui.createFirstUserButton
        self.create_button.clicked.connect(self._create)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.name_input.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(sentence(text))
        self.error.setVisible(bool(text))

    @Slot()
    def _create(self) -> None:
        name = self.name_input.text().strip()
        if not name:
            self._show_error(self.tr("Escriba el nombre de la coordinadora."))
            self.name_input.setFocus()
            return
        if self.pin_input.text() != self.again_input.text():
            self._show_error(self.tr("Los dos PIN no son iguales. Escríbalos otra vez."))
            self.pin_input.clear()
            self.again_input.clear()
            self.pin_input.setFocus()
            return
        problem = digits_problem(self.pin_input.text(), auth.pin_digits(self.store, "coordinator"))
        if problem:
            self._show_error(problem)
            self.pin_input.clear()
            self.again_input.clear()
            self.pin_input.setFocus()
            return
        try:
            actor = auth.create_user(self.store, name, "coordinator", self.pin_input.text(), SYSTEM_ID)
        except UserError as exc:
            self._show_error(str(exc))
            return
        self.pin_input.clear()
        self.again_input.clear()
        self._show_error("")
        self.created.emit(actor)
