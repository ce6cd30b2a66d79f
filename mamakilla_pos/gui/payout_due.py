"""Every maker with a balance, for paying them all at once: name, entries, amount, operation number."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ..services.payouts import MakerDue
from .shares_screen import OWED_TEXT
from .widgets.i18n import QT_TR_NOOP, amount, tr
from .widgets.table_model import Column, ColumnsModel

_Index = QModelIndex | QPersistentModelIndex


class DueModel(ColumnsModel[MakerDue]):
    """Every maker with a balance: name, entries, amount, and her operation number when needed.

    The operation number is the one column typed in: a double click (or typing) edits it.
    """

    NAME, ENTRIES, AMOUNT, REFERENCE = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent, align_headers=True)
        self.references: dict[int, str] = {}
        self.needs_reference = False
        self.columns = (
            Column(QT_TR_NOOP("Artesana"), lambda due: due.maker),
            Column(QT_TR_NOOP("Movimientos"), lambda due: str(due.entries), right=True),
            Column(
                QT_TR_NOOP("A pagar"),
                lambda due: amount(due.amount),
                right=True,
                colour=lambda _due: OWED_TEXT,
                bold=lambda _due: True,
            ),
            Column(QT_TR_NOOP("N.º de operación"), self._reference_text, colour=self._reference_colour),
        )

    @property
    def rows(self) -> list[MakerDue]:
        """The makers listed, a row each."""
        return list(self.records)

    def set_rows(self, rows: Sequence[MakerDue]) -> None:
        self.set_records(rows)

    def set_needs_reference(self, needed: bool) -> None:
        self.needs_reference = needed
        if self.rowCount():
            self.dataChanged.emit(self.index(0, self.REFERENCE), self.index(self.rowCount() - 1, self.REFERENCE))

    def reference(self, maker_id: int) -> str:
        return self.references.get(maker_id, "").strip()

    def complete(self) -> bool:
        """Whether every row has what the chosen method needs."""
        return not self.needs_reference or all(self.reference(r.maker_id) for r in self.records)

    def _reference_text(self, due: MakerDue) -> str:
        if not self.needs_reference:
            return tr("no hace falta")
        text = self.references.get(due.maker_id, "")
        return text if text.strip() else tr("toque para escribirlo")

    def _reference_colour(self, due: MakerDue) -> QColor | None:
        return None if self.needs_reference and self.reference(due.maker_id) else QColor(Qt.GlobalColor.darkGray)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.REFERENCE and self.needs_reference:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            if index.column() != self.REFERENCE:
                return self.columns[index.column()].text(self.record(index.row()))
            due = self.record(index.row())
            return self.references.get(due.maker_id, "") if self.needs_reference else ""
        return super().data(index, role)

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.REFERENCE or role != Qt.ItemDataRole.EditRole:
            return False
        self.references[self.record(index.row()).maker_id] = str(value)
        self.dataChanged.emit(index, index)
        return True
