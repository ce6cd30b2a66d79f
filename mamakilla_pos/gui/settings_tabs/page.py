"""What every tab of Ajustes shares: a column of labelled fields with hints, and reading numbers typed in them.

Each tab is a Designer form (``ui/settings_*_tab.ui``, compiled into
``gui/forms``): a label on the left of each field, its hint under it; the tab
fills the fields in from the settings and lists them in ``fields``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ...services.errors import UserError


class FieldError(UserError):
    """A field the dialog itself cannot read; ``field`` is its setting."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def decimal_typed(text: str) -> Decimal | None:
    """A number typed with a dot or a comma; ``None`` when it is not one."""
    raw = text.strip().replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d*)?|\.\d+", raw):
        return None
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def number_in(key: str, field: QLineEdit, error: str) -> Decimal:
    """The number typed in ``field`` (setting ``key``); ``error`` says what to type when it is not one.

    Raises:
        FieldError: the text is not a number.
    """
    value = decimal_typed(field.text())
    if value is None:
        raise FieldError(key, error)
    return value


class SettingsPage(QWidget):
    """A tab of Ajustes: one row per setting, its label on the left and its hint under the field.

    Attributes:
        fields: the widget that edits each setting of the tab, by :class:`ShopSettings` field name.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}

    def values(self) -> dict[str, object]:
        """The tab's settings as typed, as the settings service wants them.

        Raises:
            FieldError: a field cannot be read (a number that is not one, a bad RUC…).
        """
        raise NotImplementedError

    @staticmethod
    def _show_text(field: QLineEdit, text: str, pattern: str = "") -> QLineEdit:
        """``field`` (of a form) showing ``text`` from its beginning; typing limited to ``pattern`` when given."""
        field.setText(text)
        field.setCursorPosition(0)  # a long text shows its beginning
        if pattern:
            field.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), field))
        return field

    @staticmethod
    def _fill(combo: QComboBox, choices: list[tuple[str, str]], current: str) -> QComboBox:
        """``combo`` (of a form) offering ``choices`` ``(label, value)``, ``current`` chosen (added when missing)."""
        for label, value in choices:
            combo.addItem(label, value)
        if combo.findData(current) < 0:
            combo.addItem(current, current)
        combo.setCurrentIndex(combo.findData(current))
        return combo
