"""A report table on screen: the services' :class:`~mamakilla_pos.services.exports.Table`, translated and aligned.

Numbers are right-aligned and written the program's language's way, the
total row is bold, negative amounts are red. The tables' titles and the
service's own labels (concepts, payment methods, totals) are written in
Spanish by the services and translated here, where they are shown.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from ..domain.language import Formats
from ..services.exports import Table
from .widgets.i18n import QT_TR_NOOP, amount, language, tr
from .widgets.style import Palette

_Index = QModelIndex | QPersistentModelIndex

# Texts of the tables of services.exports (written in Spanish there), listed so that lupdate
# extracts them; translated where shown (see translated_table).
_TABLE_TITLES = (
    QT_TR_NOOP("Resumen"),
    QT_TR_NOOP("Por día"),
    QT_TR_NOOP("Por mes"),
    QT_TR_NOOP("Por producto"),
    QT_TR_NOOP("Por categoría"),
    QT_TR_NOOP("Por artesana"),
    QT_TR_NOOP("Por ubicación"),
    QT_TR_NOOP("Por vendedora"),
    QT_TR_NOOP("Por método de pago"),
    QT_TR_NOOP("Más vendidos"),
    QT_TR_NOOP("Menos vendidos"),
    QT_TR_NOOP("Stock a precio de venta"),
)
_ROW_LABELS = (
    QT_TR_NOOP("Total"),
    QT_TR_NOOP("(sin usuaria)"),
    # the concepts of exports.summary_table
    QT_TR_NOOP("Ventas"),
    QT_TR_NOOP("Unidades vendidas"),
    QT_TR_NOOP("Bruto"),
    QT_TR_NOOP("Descuentos"),
    QT_TR_NOOP("Devoluciones"),
    QT_TR_NOOP("Unidades devueltas"),
    QT_TR_NOOP("Neto"),
    QT_TR_NOOP("Participación de las artesanas"),
    QT_TR_NOOP("Redondeo en efectivo (a favor del cliente)"),
    QT_TR_NOOP("Venta promedio"),
    QT_TR_NOOP("Stock a precio de venta"),
    # and the payment methods: i18n.PAYMENT_METHOD_NAMES
)

_LABEL_COLUMNS = frozenset({"concept", "method"})
"""Columns whose texts are labels of the service (translated), not names typed by people."""


class ReportTableModel(QAbstractTableModel):
    """An :class:`~mamakilla_pos.services.exports.Table` on screen: numbers right-aligned, the total row in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self._rows: list[tuple[object, ...]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        self._rows = list(table.rows) + ([table.total] if table.total is not None else [])
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def is_total(self, row: int) -> bool:
        return self.table is not None and self.table.total is not None and row == len(self._rows) - 1

    def text(self, row: int, column: int) -> str:
        assert self.table is not None
        return cell_text(self._rows[row][column], self.table.columns[column].kind)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if self.table is None or orientation != Qt.Orientation.Horizontal:
            return None
        column = self.table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if column.kind in ("text", "date") else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or self.table is None:
            return None
        row, column = index.row(), index.column()
        kind = self.table.columns[column].kind
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if kind in ("text", "date") else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(row):
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and self.is_total(row):
            return QBrush(QColor(Palette.background))
        if role == Qt.ItemDataRole.ForegroundRole:
            value = self._rows[row][column]
            if isinstance(value, Decimal | int) and not isinstance(value, bool) and value < 0:
                return QBrush(QColor(Palette.error_text))
        return None


def translated_table(table: Table, column_titles: dict[str, str]) -> Table:
    """``table`` with its title, column titles and the service's labels (concepts, methods, totals) translated."""
    labels = set(_ROW_LABELS)

    def cells(values: tuple[object, ...], total: bool) -> tuple[object, ...]:
        out = list(values)
        for i, column in enumerate(table.columns):
            value = out[i]
            # The first column of other tables holds names (products, makers…), except the total and a blank seller.
            label = column.key in _LABEL_COLUMNS or (i == 0 and (total or value == "(sin usuaria)"))
            if isinstance(value, str) and value in labels and label:
                out[i] = tr(value)
        return tuple(out)

    rows = tuple(cells(row, False) for row in table.rows)
    total = cells(table.total, True) if table.total is not None else None
    return replace(table.retitled(column_titles, tr(table.title)), rows=rows, total=total)


def cell_text(value: object, kind: str) -> str:
    """How a table value is written on screen."""
    if value is None:
        return ""
    if kind == "money":
        figure = Decimal(value)  # type: ignore[arg-type]
        return f"−{amount(-figure)}" if figure < 0 else amount(figure)
    if kind == "int":
        return Formats(language()).number(int(value))  # type: ignore[call-overload]
    if kind == "units":  # a maker's part of pieces, in tenths
        return Formats(language()).number(Decimal(value), 1)  # type: ignore[arg-type]
    if kind == "percent":
        return Formats(language()).percent(Decimal(value))  # type: ignore[arg-type]
    if kind == "date" and isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return str(value)


def table_view(parent: QWidget, name: str, model: ReportTableModel) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(38)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setMinimumSectionSize(90)
    view.setStyleSheet(
        f"QTableView {{ background: {Palette.surface}; alternate-background-color: #FAF7F3; border: none;"
        f" selection-background-color: {Palette.primary_soft}; selection-color: {Palette.text}; }}"
        " QTableView::item { padding: 0px 10px; }"
    )
    return view
