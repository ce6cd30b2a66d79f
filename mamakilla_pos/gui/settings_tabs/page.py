"""What every tab of Ajustes shares: a column of labelled fields with hints, and reading numbers typed in them."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from ...services.errors import UserError

Row = tuple[str, str, QWidget, str]
"""``(setting, label, field, hint)``: one row of a tab; no setting for a choice kept outside the shop's settings."""


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

    def _lay_out(self, rows: list[Row]) -> None:
        """Lay the tab out, one row per ``(setting, label, field, hint)``; the hint goes under the field."""
        grid = QGridLayout(self)
        grid.setContentsMargins(20, 18, 20, 18)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        row = 0
        for key, text, field, hint in rows:
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setBuddy(field)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(field, row, 1)
            row += 1
            if hint:
                hint_label = QLabel(hint, self)
                hint_label.setProperty("role", "fieldHint")
                hint_label.setWordWrap(True)
                grid.addWidget(hint_label, row, 1)
                row += 1
            grid.setRowMinimumHeight(row, 10)
            row += 1
            if key:
                self.fields[key] = field
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(row, 1)

    def _line(self, name: str, text: str, max_length: int = 1000) -> QLineEdit:
        field = QLineEdit(text, self)
        field.setObjectName(name)
        field.setMaxLength(max_length)
        field.setCursorPosition(0)  # a long text shows its beginning
        return field

    def _number(self, name: str, text: str, pattern: str) -> QLineEdit:
        field = self._line(name, text, 12)
        field.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), field))
        field.setMaximumWidth(200)
        return field

    def _combo(self, name: str, choices: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for label, value in choices:
            combo.addItem(label, value)
        if combo.findData(current) < 0:
            combo.addItem(current, current)
        combo.setCurrentIndex(combo.findData(current))
        return combo
