"""What the till's cash dialogs share: their look, their buttons and how they run."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QWidget,
)


def big_till_button(parent: QWidget, text: str, name: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.setMinimumHeight(56)
    font = QFont(button.font())
    font.setPointSize(15)
    font.setBold(primary)
    button.setFont(font)
    if primary:
        button.setProperty("role", "primary")
    return button


class TillDialog(QDialog):
    """Enter moves on instead of accepting; a focused button is pressed with Enter.

    A line edit passes Enter on to its dialog; :meth:`_enter_in` says where
    the focus goes from there, so one Enter never both moves and presses.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                if focused.isEnabled():
                    focused.click()
            elif focused is not None:
                self._enter_in(focused)
            event.accept()
            return
        super().keyPressEvent(event)

    def _enter_in(self, focused: QWidget) -> None:
        """Enter was pressed in ``focused`` (not a button)."""

    def _error_label(self) -> QLabel:
        label = QLabel("", self)
        label.setObjectName("errorLabel")
        label.setProperty("role", "error")
        label.setWordWrap(True)
        label.setStyleSheet("QLabel { color: #9B1C22; font-weight: bold; font-size: 14pt; }")
        label.hide()
        return label

    def _fit(self, width: int, height: int) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() - 20), min(height, screen.height() - 40)
        self.resize(width, height)
