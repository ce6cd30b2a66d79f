"""What the till's cash dialogs share: how Enter moves through them, and their size on a small screen."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QPushButton,
    QWidget,
)


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

    def _fit(self, width: int, height: int) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() - 20), min(height, screen.height() - 40)
        self.resize(width, height)
