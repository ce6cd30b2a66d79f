"""First run: the shop's name, address and this till's receipt series, or the demo shop;
then the first coordinator (:class:`FirstCoordinatorPage`), who can register everyone else."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QFont, QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import auth
from ..services.actors import SYSTEM_ID
from ..services.errors import UserError
from ..services.settings import ShopSettings, get_settings
from ..services.setup import configure_shop, is_configured
from ..store import Store
from .pin_forms import digits_problem
from .widgets.text import sentence

log = logging.getLogger(__name__)


class SetupDialog(QDialog):
    """Asks, once, who the shop is; or opens the demo shop to practise."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.result_settings: ShopSettings | None = None
        defaults = get_settings(store)
        self.setWindowTitle(self.tr("Mama Killa — primera configuración"))
        self.setMinimumWidth(640)

        title = QLabel(self.tr("¡Bienvenida a la caja de Mama Killa!"), self)
        title.setProperty("role", "title")
        intro = QLabel(
            self.tr(
                "Escriba los datos de la tienda. Salen en cada nota de venta y se pueden cambiar después. "
                "Luego registrará a la primera coordinadora."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")

        self.name_input = QLineEdit(defaults.shop_name, self)
        self.name_input.setObjectName("shopNameInput")
        self.address_input = QLineEdit(defaults.shop_address, self)
        self.address_input.setObjectName("shopAddressInput")
        self.series_input = QLineEdit(defaults.till_series, self)
        self.series_input.setObjectName("tillSeriesInput")
        self.series_input.setMaxLength(8)
        self.series_input.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9]{1,8}"), self.series_input)
        )
        self.series_input.textEdited.connect(self._upper_series)
        series_hint = QLabel(self.tr("Cada caja tiene su serie: las notas salen B001-000001, B001-000002…"), self)
        series_hint.setWordWrap(True)
        series_hint.setProperty("role", "hint")

        form = labelled_form(
            self,
            (
                (self.tr("Nombre de la tienda"), self.name_input),
                (self.tr("Dirección"), self.address_input),
                (self.tr("Serie de esta caja"), self.series_input),
            ),
            series_hint,
        )

        self.error = QLabel("", self)
        self.error.setObjectName("setupError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()

        buttons = self._buttons()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons)
        self.name_input.setFocus()
        self.name_input.selectAll()

    def _buttons(self) -> QHBoxLayout:
        """Open the demo shop, or save and start."""
        self.demo_button = QPushButton(self.tr("Abrir la tienda de demostración"), self)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setAutoDefault(False)
        self.demo_button.clicked.connect(self._open_demo)
        self.join_button = QPushButton(self.tr("Unirse a una tienda con servidor…"), self)
        self.join_button.setObjectName("joinShopButton")
        self.join_button.setAutoDefault(False)
        self.join_button.clicked.connect(self._join_shop)
        self.save_button = QPushButton(self.tr("Guardar y empezar"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        return buttons

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
        self.setObjectName("firstCoordinatorPage")
        self.store = store

        card = QFrame(self)
        card.setObjectName("firstUserCard")
        card.setStyleSheet(
            "QFrame#firstUserCard { background: white; border: 1px solid #DDD5CC; border-radius: 16px; }"
        )
        card.setMaximumWidth(760)
        title = QLabel(self.tr("¿Quién coordina la caja?"), card)
        title.setProperty("role", "title")
        intro = QLabel(
            self.tr(
                "Registre a la primera coordinadora. Ella aprueba devoluciones, descuentos grandes, "
                "retiros de caja y pagos, y registra a las demás compañeras con su propio PIN."
            ),
            card,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")

        self._fields(card)
        pin_hint = QLabel(self.tr("6 números. Nadie más debe conocerlo."), card)
        pin_hint.setProperty("role", "hint")

        form = labelled_form(
            card,
            (
                (self.tr("Nombre"), self.name_input),
                (self.tr("PIN"), self.pin_input),
                (self.tr("Repita el PIN"), self.again_input),
            ),
            pin_hint,
        )

        self.error = QLabel("", card)
        self.error.setObjectName("firstUserError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.create_button = QPushButton(self.tr("Registrar y entrar"), card)
        self.create_button.setObjectName("createFirstUserButton")
        self.create_button.setProperty("role", "primary")
        self.create_button.setMinimumHeight(60)
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self._create)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 26, 32, 26)
        inner.setSpacing(14)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _fields(self, card: QFrame) -> None:
        """Her name, and her PIN typed twice: six digits, hidden."""
        digits = QRegularExpression(r"\d{0,6}")
        self.name_input = QLineEdit(card)
        self.name_input.setObjectName("firstUserName")
        self.name_input.setMaxLength(120)
        self.name_input.setPlaceholderText(self.tr("Nombre y apellido"))
        self.pin_input = QLineEdit(card)
        self.pin_input.setObjectName("firstUserPin")
        self.again_input = QLineEdit(card)
        self.again_input.setObjectName("firstUserPinAgain")
        pin_font = QFont(self.font())
        pin_font.setPointSize(22)
        for field in (self.pin_input, self.again_input):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(6)
            field.setValidator(QRegularExpressionValidator(digits, field))
            field.setFont(pin_font)
            field.setMinimumHeight(56)
            field.returnPressed.connect(self._create)
        self.name_input.returnPressed.connect(self.pin_input.setFocus)

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
            actor = auth.create_user(self.store, name, "coordinator", self.pin_input.text())
        except UserError as exc:
            self._show_error(str(exc))
            return
        self.pin_input.clear()
        self.again_input.clear()
        self._show_error("")
        self.created.emit(actor)


def labelled_form(parent: QWidget, fields: Sequence[tuple[str, QLineEdit]], hint: QLabel) -> QGridLayout:
    """Each field with its label on the left (the label its buddy, for Alt+letter), the hint under the last."""
    form = QGridLayout()
    form.setVerticalSpacing(12)
    form.setHorizontalSpacing(14)
    for row, (text, field) in enumerate(fields):
        label = QLabel(text, parent)
        label.setBuddy(field)
        form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addWidget(field, row, 1)
    form.addWidget(hint, len(fields), 1)
    form.setColumnStretch(1, 1)
    return form
