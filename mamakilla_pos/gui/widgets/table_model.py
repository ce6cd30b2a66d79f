"""A read-only table of plain records, its columns described once: :class:`Column` specs drive :class:`ColumnsModel`.

A screen lists what each column shows of a record (its text, alignment,
tooltip and colour) instead of writing ``rowCount``/``data``/``headerData``
again: the model only hands the records to the view.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from .i18n import tr

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its title (translated when shown), its text for a record, and how it looks.

    Attributes:
        title: the header, marked with ``QT_TR_NOOP`` and translated when shown.
        text: what the column shows of a record.
        right: numbers and money, aligned right.
        tooltip: the text shown on hover (the whole text of an elided cell), if any.
        colour: the text's colour for a record (``None``: the view's own).
    """

    title: str
    text: Callable[[T], str]
    right: bool = False
    tooltip: Callable[[T], str] | None = None
    colour: Callable[[T], QColor | None] | None = None


class ColumnsModel(QAbstractTableModel, Generic[T]):
    """Records of type ``T`` a row, shown through ``columns``."""

    def __init__(self, columns: Sequence[Column[T]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._records: list[T] = []

    def set_records(self, records: Sequence[T]) -> None:
        """Show ``records`` instead of what was shown."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> T:
        """The record shown in ``row``."""
        return self._records[row]

    def row_where(self, found: Callable[[T], bool]) -> int:
        """The first row whose record is ``found``, or -1."""
        return next((i for i, r in enumerate(self._records) if found(r)), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt override)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt override)
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.columns[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].right:
            return self._alignment(self.columns[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        record, column = self._records[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(record)
            return QBrush(colour) if colour is not None else None
        return None

    @staticmethod
    def _alignment(column: Column[T]) -> int:
        side = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
        return int(side | Qt.AlignmentFlag.AlignVCenter)
