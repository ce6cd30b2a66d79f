"""Every maker with a balance, for paying them all at once: name, entries, amount, operation number."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QWidget

from ..services.payouts import MakerDue
from .shares_screen import OWED_TEXT
from .widgets.i18n import amount

_Index = QModelIndex | QPersistentModelIndex


class DueModel(QAbstractTableModel):
    """Every maker with a balance: name, entries, amount, and her operation number when needed."""

    NAME, ENTRIES, AMOUNT, REFERENCE = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MakerDue] = []
        self.references: dict[int, str] = {}
        self.needs_reference = False
        self._headers = (self.tr("Artesana"), self.tr("Movimientos"), self.tr("A pagar"), self.tr("N.º de operación"))
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[MakerDue]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_needs_reference(self, needed: bool) -> None:
        self.needs_reference = needed
        if self.rows:
            self.dataChanged.emit(self.index(0, self.REFERENCE), self.index(len(self.rows) - 1, self.REFERENCE))

    def reference(self, maker_id: int) -> str:
        return self.references.get(maker_id, "").strip()

    def complete(self) -> bool:
        """Whether every row has what the chosen method needs."""
        return not self.needs_reference or all(self.reference(r.maker_id) for r in self.rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if section in (self.ENTRIES, self.AMOUNT) else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.REFERENCE and self.needs_reference:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        due = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NAME:
                return due.maker
            if column == self.ENTRIES:
                return str(due.entries)
            if column == self.AMOUNT:
                return amount(due.amount)
            if not self.needs_reference:
                return self.tr("no hace falta") if role == Qt.ItemDataRole.DisplayRole else ""
            text = self.references.get(due.maker_id, "")
            if role == Qt.ItemDataRole.DisplayRole and not text.strip():
                return self.tr("toque para escribirlo")
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if column in (self.ENTRIES, self.AMOUNT) else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.AMOUNT:
                return QBrush(OWED_TEXT)
            if column == self.REFERENCE and not (self.needs_reference and self.reference(due.maker_id)):
                return QBrush(Qt.GlobalColor.darkGray)
        if role == Qt.ItemDataRole.FontRole and column == self.AMOUNT:
            return self._bold
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.REFERENCE or role != Qt.ItemDataRole.EditRole:
            return False
        self.references[self.rows[index.row()].maker_id] = str(value)
        self.dataChanged.emit(index, index)
        return True
