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

TILL_DIALOG_STYLE = """
QFrame#countPanel, QFrame#summaryPanel {
    background: #FFFFFF;
    border: 1px solid #DDD5CC;
    border-radius: 12px;
}
QLabel[role="panelTitle"] { font-size: 17pt; font-weight: bold; }
QLabel[role="denomination"] { font-size: 16pt; font-weight: bold; }
QLabel[role="kind"] { font-size: 11pt; color: #6E625C; }
QLabel[role="rowAmount"] { font-size: 15pt; }
QLabel[role="panelTotal"] { font-size: 19pt; font-weight: bold; }
QLineEdit[role="count"] { font-size: 17pt; font-weight: bold; min-height: 40px; padding: 0px 8px; }
QLineEdit[role="count"]:focus { border: 3px solid #6B2D5C; background: #EFE2EC; }
QLabel[role="figureCaption"] { font-size: 14pt; color: #6E625C; }
QLabel[role="figure"] { font-size: 17pt; font-weight: bold; }
QLabel[role="explain"] { font-size: 11pt; color: #6E625C; }
QTreeWidget#nonCashTree { font-size: 13pt; border: 1px solid #DDD5CC; border-radius: 8px; background: #FFFFFF; }
QPushButton[role="choice"] { font-size: 14pt; min-height: 52px; }
QPushButton[role="choice"]:checked {
    background: #6B2D5C; border: 2px solid #4F1F44; color: white; font-weight: bold;
}
QPushButton[role="primary"] {
    background: #6B2D5C; border: 1px solid #6B2D5C; color: white; font-weight: bold;
}
QPushButton[role="primary"]:disabled { background: #C9B3C3; border-color: #C9B3C3; }
"""


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
