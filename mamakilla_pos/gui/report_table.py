"""A report table on screen: the services' :class:`~mamakilla_pos.services.exports.Table`, translated and aligned.

Numbers are right-aligned and written the program's language's way, the
total row is bold, negative amounts are red. The tables' titles and the
service's own labels (concepts, payment methods, totals) are written in
Spanish by the services and translated here, where they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from ..domain.language import Formats
from ..services.exports import Column as TableColumn
from ..services.exports import Table
from .widgets.i18n import QT_TR_NOOP, amount, language, tr
from .widgets.style import Palette
from .widgets.table_model import Column, ColumnsModel

_NEGATIVE = QColor(Palette.error_text)
_TOTAL_ROW = QColor(Palette.background)

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


@dataclass(frozen=True)
class ReportRow:
    """A row of a report table on screen: its values, and whether it is the table's total."""

    values: tuple[object, ...]
    total: bool = False


def _is_negative(value: object) -> bool:
    return isinstance(value, Decimal | int) and not isinstance(value, bool) and value < 0


def _report_column(index: int, column: TableColumn) -> Column[ReportRow]:
    """Column ``index`` of a report (its title already translated): numbers right-aligned, negative ones red."""

    def text(row: ReportRow) -> str:
        return cell_text(row.values[index], column.kind)

    return Column(
        column.title,
        text,
        right=column.kind not in ("text", "date"),
        tooltip=text,
        colour=lambda row: _NEGATIVE if _is_negative(row.values[index]) else None,
        background=lambda row: _TOTAL_ROW if row.total else None,
        bold=lambda row: row.total,
        value=lambda row: row.values[index],
        translated=True,
    )


class ReportTableModel(ColumnsModel[ReportRow]):
    """An :class:`~mamakilla_pos.services.exports.Table` on screen: numbers right-aligned, the total row in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent, align_headers=True)
        self.table: Table | None = None

    def set_table(self, table: Table) -> None:
        self.table = table
        rows = [ReportRow(values) for values in table.rows]
        if table.total is not None:
            rows.append(ReportRow(table.total, total=True))
        self.set_records(rows, [_report_column(i, column) for i, column in enumerate(table.columns)])

    def is_total(self, row: int) -> bool:
        return self.record(row).total

    def text(self, row: int, column: int) -> str:
        return self.columns[column].text(self.record(row))


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
