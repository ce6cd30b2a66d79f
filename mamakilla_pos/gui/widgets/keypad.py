"""An on-screen numeric keypad for touch screens and for people unused to keyboards."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

BACKSPACE = "⌫"
CLEAR = "C"

# (key, row, column, row span, column span, objectName)
_LAYOUT = (
    ("7", 0, 0, 1, 1, "key_7"),
    ("8", 0, 1, 1, 1, "key_8"),
    ("9", 0, 2, 1, 1, "key_9"),
    (BACKSPACE, 0, 3, 2, 1, "key_back"),
    ("4", 1, 0, 1, 1, "key_4"),
    ("5", 1, 1, 1, 1, "key_5"),
    ("6", 1, 2, 1, 1, "key_6"),
    ("1", 2, 0, 1, 1, "key_1"),
    ("2", 2, 1, 1, 1, "key_2"),
    ("3", 2, 2, 1, 1, "key_3"),
    (CLEAR, 2, 3, 2, 1, "key_clear"),
    ("0", 3, 0, 1, 2, "key_0"),
    (".", 3, 2, 1, 1, "key_dot"),
)


class Keypad(QWidget):
    """Digits, a decimal point, backspace and clear, typed into a line edit.

    The keys never take the focus: they type into the line edit that has it
    (so an operation number can be keyed in too), or into the target set with
    :meth:`set_target` when no line edit of the window has the focus.
    """

    key_pressed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: QLineEdit | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        font = QFont(self.font())
        font.setPointSize(20)
        font.setBold(True)
        for key, row, column, row_span, column_span, name in _LAYOUT:
            button = QPushButton(key, self)
            button.setObjectName(name)
            button.setFont(font)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setMinimumSize(QSize(72, 60))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            if key == BACKSPACE:
                button.setToolTip(self.tr("Borrar el último número"))
            elif key == CLEAR:
                button.setToolTip(self.tr("Borrar todo"))
            button.clicked.connect(lambda _checked=False, k=key: self._press(k))
            grid.addWidget(button, row, column, row_span, column_span)

    def set_target(self, line_edit: QLineEdit) -> None:
        """Type into ``line_edit`` when no other line edit of the window has the focus."""
        self._target = line_edit

    def _receiver(self) -> QLineEdit | None:
        focused = self.window().focusWidget()
        if isinstance(focused, QLineEdit) and focused.isEnabled() and not focused.isReadOnly():
            return focused
        return self._target

    @Slot(str)
    def _press(self, key: str) -> None:
        line_edit = self._receiver()
        if line_edit is not None:
            if key == BACKSPACE:
                line_edit.backspace()
            elif key == CLEAR:
                line_edit.clear()
            else:
                line_edit.insert(key)  # replaces a selection and respects the validator
            line_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.key_pressed.emit(key)
