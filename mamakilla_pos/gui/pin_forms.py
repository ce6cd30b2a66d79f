"""Small forms for PINs: a new PIN typed twice, and the one a coordinator with a short PIN is asked for at login.

A coordinator's PIN has 6 digits, a seller's 4 to 6 (see
:mod:`mamakilla_pos.services.pins`); each form says how many its person's
PIN needs and checks it before the service does, in the screens' language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt, Slot
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..services.errors import UserError
from .widgets.i18n import tr
from .widgets.text import sentence

SELLER_DIGITS = (4, 6)


def digits_text(digits: tuple[int, int]) -> str:
    """``6 números`` or ``4 a 6 números``, in the screens' language."""
    low, high = digits
    if low == high:
        return tr("%1 números").replace("%1", str(low))
    return tr("%1 a %2 números").replace("%1", str(low)).replace("%2", str(high))


def digits_problem(pin: str, digits: tuple[int, int]) -> str:
    """What is wrong with ``pin`` for a person whose PIN has ``digits``, or ``""``."""
    low, high = digits
    if pin.isdigit() and low <= len(pin) <= high:
        return ""
    return tr("El PIN debe tener %1.").replace("%1", digits_text(digits))


def _pin_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(6)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), field))
    font = QFont(field.font())
    font.setPointSize(20)
    field.setFont(font)
    field.setMinimumHeight(54)
    return field


class _FormDialog(QDialog):
    """A small form whose ``apply`` callback calls the service; its error stays in the dialog."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self.apply: Callable[[], object] | None = None
        self.heading = QLabel(title, self)
        self.heading.setProperty("role", "title")
        self.form = QGridLayout()
        self.form.setVerticalSpacing(12)
        self.form.setHorizontalSpacing(14)
        self.form.setColumnStretch(1, 1)
        self.error = QLabel(self)
        self.error.setObjectName("userFormError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.cancel_button = QPushButton(self.tr("Cancelar"), self)
        self.cancel_button.setObjectName("cancelUserFormButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Guardar"), self)
        self.save_button.setObjectName("saveUserFormButton")
        self.save_button.setProperty("role", "primary")
        self.save_button.setMinimumWidth(180)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def add_row(self, text: str, field: QWidget) -> None:
        row = self.form.rowCount()
        label = QLabel(text, self)
        if isinstance(field, QLineEdit):
            label.setBuddy(field)
        self.form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.addWidget(field, row, 1)

    def show_error(self, text: str) -> None:
        self.error.setText(sentence(text))
        self.error.setVisible(bool(text))

    def check(self) -> str:
        """An error message when the form is not complete, else ``""``."""
        return ""

    @Slot()
    def _save(self) -> None:
        problem = self.check()
        if problem:
            self.show_error(problem)
            return
        try:
            if self.apply is not None:
                self.apply()
        except UserError as exc:
            self.show_error(str(exc))
            return
        self.accept()


class NewPinDialog(_FormDialog):
    """A new PIN, typed twice; with ``ask_old`` also the current one (changing one's own PIN).

    ``digits``: how many digits the person's PIN has (a coordinator's 6, a seller's 4 to 6).
    """

    def __init__(
        self, title: str, ask_old: bool, parent: QWidget | None = None, digits: tuple[int, int] = SELLER_DIGITS
    ) -> None:
        super().__init__(title, parent)
        self.digits = digits
        self.old_input = _pin_field(self, "oldPin") if ask_old else None
        if self.old_input is not None:
            self.add_row(self.tr("PIN actual"), self.old_input)
        self.pin_input = _pin_field(self, "newPin")
        self.again_input = _pin_field(self, "newPinAgain")
        self.add_row(self.tr("PIN nuevo (%1)").replace("%1", digits_text(digits)), self.pin_input)
        self.add_row(self.tr("Repita el PIN nuevo"), self.again_input)
        (self.old_input or self.pin_input).setFocus()

    def check(self) -> str:
        if self.pin_input.text() != self.again_input.text():
            self.pin_input.clear()
            self.again_input.clear()
            self.pin_input.setFocus()
            return self.tr("Los dos PIN nuevos no son iguales. Escríbalos otra vez.")
        problem = digits_problem(self.pin_input.text(), self.digits)
        if problem:
            self.pin_input.clear()
            self.again_input.clear()
            self.pin_input.setFocus()
        return problem


class ShortPinDialog(NewPinDialog):
    """At login, a coordinator whose PIN is shorter than a coordinator's now is asked for a new one.

    ``apply`` (set by the caller) changes the PIN; until she has a new one she does not enter.
    """

    def __init__(self, name: str, digits: tuple[int, int], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Elija un PIN nuevo"), False, parent, digits)
        self.setObjectName("shortPinDialog")
        self.why = QLabel(
            self.tr(
                "%1, su PIN es corto. Ahora el PIN de una coordinadora tiene %2, "
                "para que nadie pueda adivinarlo. Elija uno nuevo y escríbalo dos veces. "
                "Desde hoy entra con el PIN nuevo."
            )
            .replace("%1", name)
            .replace("%2", digits_text(digits)),
            self,
        )
        self.why.setObjectName("shortPinWhy")
        self.why.setWordWrap(True)
        self.why.setProperty("role", "hint")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.why)
        self.save_button.setText(self.tr("Guardar y entrar"))
        self.pin_input.setFocus()
