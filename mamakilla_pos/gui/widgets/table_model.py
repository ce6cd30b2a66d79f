"""A read-only table of plain records, its columns described once: :class:`Column` specs drive :class:`ColumnsModel`.

A screen lists what each column shows of a record (its text, alignment,
tooltip, colours and weight) instead of writing ``rowCount``/``data``/``headerData``
again: the model only hands the records to the view. A table whose columns
depend on what it shows (one per place, one per report column) is given new
columns with its records (:meth:`ColumnsModel.set_records`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from .i18n import tr

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its title (translated when shown), its text for a record, and how it looks.

    Attributes:
        title: the header, marked with ``QT_TR_NOOP`` and translated when shown
            (unless ``translated``: a title made at run time, already in the program's language).
        text: what the column shows of a record.
        right: numbers and money, aligned right.
        tooltip: the text shown on hover (the whole text of an elided cell), if any.
        colour: the text's colour for a record (``None``: the view's own).
        background: the cell's colour for a record (``None``: the view's own).
        bold: whether a record's cell is in bold.
        centre: centred (small counts), instead of left or right.
        monospace: in a fixed-width font (hashes, codes to compare).
        header_tooltip: the header's text on hover, if any.
        value: the record's value behind the text (``Qt.UserRole``), for sorting or reading back.
        translated: the title is already translated.
    """

    title: str
    text: Callable[[T], str]
    right: bool = False
    tooltip: Callable[[T], str | None] | None = None
    colour: Callable[[T], QColor | None] | None = None
    background: Callable[[T], QColor | None] | None = None
    bold: Callable[[T], bool] | None = None
    centre: bool = False
    monospace: bool = False
    header_tooltip: str = ""
    value: Callable[[T], object] | None = None
    translated: bool = False


class ColumnsModel(QAbstractTableModel, Generic[T]):
    """Records of type ``T`` a row, shown through ``columns``.

    ``align_headers``: every header aligned as its column, left ones too (else only right and centred ones).
    """

    def __init__(
        self, columns: Sequence[Column[T]], parent: QWidget | None = None, align_headers: bool = False
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.align_headers = align_headers
        self._records: list[T] = []

    def set_records(self, records: Sequence[T], columns: Sequence[Column[T]] | None = None) -> None:
        """Show ``records`` instead of what was shown, through ``columns`` when they change too."""
        self.beginResetModel()
        self._records = list(records)
        if columns is not None:
            self.columns = tuple(columns)
        self.endResetModel()

    @property
    def records(self) -> tuple[T, ...]:
        """The records shown, a row each."""
        return tuple(self._records)

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
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title if column.translated else tr(column.title)
        if role == Qt.ItemDataRole.TextAlignmentRole and (self.align_headers or column.right or column.centre):
            return self._alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tooltip:
            return column.header_tooltip
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
            return column.colour(record)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            return column.background(record)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(column, record)
        if role == Qt.ItemDataRole.UserRole and column.value is not None:
            return column.value(record)
        return None

    @staticmethod
    def _font(column: Column[T], record: T) -> QFont | None:
        bold = column.bold is not None and column.bold(record)
        if not bold and not column.monospace:
            return None
        font = QFont("monospace") if column.monospace else QFont()
        if column.monospace:
            font.setStyleHint(QFont.StyleHint.Monospace)
        font.setBold(bold)
        return font

    @staticmethod
    def _alignment(column: Column[T]) -> int:
        if column.centre:
            return int(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        side = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
        return int(side | Qt.AlignmentFlag.AlignVCenter)
