"""What each maker earned, had refunded, was paid and is still owed, and every entry behind it.

The top table lists every maker for the chosen period; choosing one shows
below, line by line, the share entries that make up her figures. Pagar…
opens the payout dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.clock import now
from ..services.errors import UserError
from ..services.shares import MakerOverview, ShareLine, maker_overview, overview_totals, share_lines
from ..store import Store
from .till_user import current_user_id
from .widgets.i18n import amount, money, tr
from .widgets.style import SHARES_STYLE, Palette
from .widgets.table_model import Column, ColumnsModel
from .widgets.text import sentence

_Index = QModelIndex | QPersistentModelIndex

REVERSAL_TEXT = QColor(Palette.error_text)
MUTED_TEXT = QColor(Palette.muted)
OWED_TEXT = QColor(Palette.success_text)
TOTAL_ROW = QColor(Palette.background)


def signed_amount(value: Decimal) -> str:
    """``1,234.50`` or ``−13.50`` with a true minus sign, easy to see."""
    text = amount(abs(value))
    return f"−{text}" if value < 0 else text


def signed_money(value: Decimal) -> str:
    """``S/ 13.50`` or ``−S/ 13.50``."""
    text = money(abs(value))
    return f"−{text}" if value < 0 else text


def percent(rate: Decimal) -> str:
    """``0.45`` → ``45 %``, ``0.125`` → ``12,5 %``."""
    return f"{(rate * 100).quantize(Decimal('0.01')).normalize():f} %".replace(".", ",")


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


# -- a table of plain rows ---------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """A table row: its texts and how to show it (``""``, ``reversal``, ``total``, ``muted``)."""

    cells: tuple[str, ...]
    kind: str = ""
    owed_column: int = -1  # a column to show in green when it holds money owed


def _row_colour(row: Row, column: int) -> QColor | None:
    if row.kind == "reversal":
        return REVERSAL_TEXT
    if row.kind == "muted":
        return MUTED_TEXT
    return OWED_TEXT if column == row.owed_column else None


def _row_column(column: int, title: str, right: bool) -> Column[Row]:
    """Column ``column`` of :class:`Row` records, whose title is already translated."""
    return Column(
        title,
        lambda row: row.cells[column],
        right=right,
        tooltip=lambda row: row.cells[column],
        colour=lambda row: _row_colour(row, column),
        background=lambda row: TOTAL_ROW if row.kind == "total" else None,
        bold=lambda row: row.kind == "total" or column == row.owed_column,
        translated=True,
    )


class RowsModel(ColumnsModel[Row]):
    """Rows of text with right-aligned money columns; refunds in red, a total row in bold."""

    def __init__(self, headers: Sequence[str], right: Sequence[int], parent: QWidget | None = None) -> None:
        on_right = frozenset(right)
        columns = [_row_column(i, title, i in on_right) for i, title in enumerate(headers)]
        super().__init__(columns, parent, align_headers=True)

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.set_records(rows)

    def row_at(self, row: int) -> Row:
        return self.record(row)


def make_table(parent: QWidget, name: str, model: QAbstractTableModel, stretch: int) -> QTableView:
    """A read-only table with large rows, whole-row selection and one stretching column."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(False)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(46)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def share_line_rows(lines: Sequence[ShareLine]) -> list[Row]:
    """Rows for :func:`share_line_headers`: one per entry, refunds negative and in red."""
    pending = tr("pendiente")
    rows = []
    for line in lines:
        if line.is_carry:
            rows.append(_carry_row(line, pending))
            continue
        product = line.product_sold
        if line.is_reversal:
            product = tr("Devolución: {product} (nota {sale})").format(product=line.product, sale=line.refund_of)
        rate = percent(line.rate) + (f" × {line.portion}" if line.portion else "")
        rows.append(
            Row(
                (
                    f"{line.created_at:%d/%m/%Y %H:%M}",
                    line.receipt,
                    product,
                    str(line.signed_quantity).replace("-", "−"),
                    signed_amount(line.signed_net),
                    rate,
                    signed_amount(line.amount),
                    line.payout or pending,
                ),
                "reversal" if line.is_reversal else "",
            )
        )
    return rows


def _carry_row(line: ShareLine, pending: str) -> Row:
    """The céntimos a cash payout could not pay in coins: left by it (negative), then waiting for the next."""
    if line.amount < 0:
        what = tr("Céntimos que quedan en su saldo (pago en monedas)")
    else:
        what = tr("Céntimos de su pago anterior")
    cells = (f"{line.created_at:%d/%m/%Y %H:%M}", line.receipt, what, "", "", "", signed_amount(line.amount))
    return Row((*cells, line.payout or pending), "")


def share_line_headers() -> tuple[str, ...]:
    return (
        tr("Fecha"),
        tr("Nota"),
        tr("Producto"),
        tr("Cant."),
        tr("Venta neta"),
        tr("%"),
        tr("Participación"),
        tr("Pago"),
    )


SHARE_LINE_RIGHT = (3, 4, 5, 6)


# -- choosing a period -------------------------------------------------------------------------


class PeriodPicker(QWidget):
    """A period: this month, last month, this year, last year, or any two dates.

    Signals:
        changed(): the period changed (read :attr:`start` and :attr:`end`).
    """

    changed = Signal()

    PRESETS = ("this_month", "last_month", "this_year", "last_year", "custom")

    def __init__(self, parent: QWidget | None = None, preset: str = "this_month") -> None:
        super().__init__(parent)
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("periodPreset")
        labels = (
            self.tr("Este mes"),
            self.tr("Mes pasado"),
            self.tr("Este año"),
            self.tr("Año pasado"),
            self.tr("Otras fechas"),
        )
        for key, label in zip(self.PRESETS, labels, strict=True):
            self.preset_combo.addItem(label, key)
        self.start_edit = self._date_edit("periodStart")
        self.end_edit = self._date_edit("periodEnd")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.preset_combo)
        row.addWidget(QLabel(self.tr("del"), self))
        row.addWidget(self.start_edit)
        row.addWidget(QLabel(self.tr("al"), self))
        row.addWidget(self.end_edit)
        self._quiet = False
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        self.start_edit.dateChanged.connect(self._dates_edited)
        self.end_edit.dateChanged.connect(self._dates_edited)
        self.set_preset(preset)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumWidth(150)
        return edit

    @property
    def start(self) -> date:
        return to_date(self.start_edit.date())

    @property
    def end(self) -> date:
        return to_date(self.end_edit.date())

    def set_preset(self, key: str) -> None:
        self.preset_combo.setCurrentIndex(self.PRESETS.index(key))
        self._preset_chosen()

    def set_period(self, start: date, end: date) -> None:
        """Show any two dates (the preset becomes "Otras fechas")."""
        self._quiet = True
        try:
            self.preset_combo.setCurrentIndex(self.PRESETS.index("custom"))
            self.start_edit.setDate(to_qdate(start))
            self.end_edit.setDate(to_qdate(end))
        finally:
            self._quiet = False
        self.changed.emit()

    @Slot()
    def _preset_chosen(self) -> None:
        key = self.preset_combo.currentData()
        if key == "custom" or self._quiet:
            return
        today = now().date()
        if key == "this_month":
            start, end = today.replace(day=1), today
        elif key == "last_month":
            end = today.replace(day=1) - timedelta(days=1)
            start = end.replace(day=1)
        elif key == "this_year":
            start, end = today.replace(month=1, day=1), today
        else:
            start, end = date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        self._quiet = True
        try:
            self.start_edit.setDate(to_qdate(start))
            self.end_edit.setDate(to_qdate(end))
        finally:
            self._quiet = False
        self.changed.emit()

    @Slot()
    def _dates_edited(self) -> None:
        if self._quiet:
            return
        self._quiet = True
        try:
            self.preset_combo.setCurrentIndex(self.PRESETS.index("custom"))
        finally:
            self._quiet = False
        self.changed.emit()


# -- the screen ---------------------------------------------------------------------------------


class SharesScreen(QWidget):
    """Balances per maker for a period, and the entries behind the chosen maker's figures.

    Signals:
        payouts_made(): a payout was recorded from this screen.
    """

    payouts_made = Signal()

    @property
    def user_id(self) -> int | None:
        """Who is at the till (the main window's login), for the services; ``None`` when nobody is."""
        return current_user_id(self)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharesScreen")
        self.store = store
        self._rows: list[MakerOverview] = []
        self.setStyleSheet(SHARES_STYLE)

        title = QLabel(self.tr("Participaciones"), self)
        title.setProperty("role", "screenTitle")
        self.period = PeriodPicker(self)
        self.pay_button = QPushButton(self.tr("Pagar a artesanas…"), self)
        self.pay_button.setObjectName("openPayoutButton")
        self.pay_button.setProperty("role", "primary")
        self.pay_button.setMinimumHeight(52)
        self.pay_button.setMinimumWidth(220)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.period)
        top.addSpacing(12)
        top.addWidget(self.pay_button)

        splitter = self._build_tables()

        self.message = QLabel(self)
        self.message.setObjectName("sharesMessage")
        self.message.setProperty("role", "message")
        self.message.setWordWrap(True)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.period.changed.connect(self.refresh)
        self.balance_table.selectionModel().currentRowChanged.connect(self._maker_chosen)
        self.balance_table.doubleClicked.connect(lambda _index: self.open_payout())
        self.pay_button.clicked.connect(lambda _checked=False: self.open_payout())
        self.refresh()

    def _build_tables(self) -> QSplitter:
        """The makers' balances above the entries behind the chosen maker's figures."""
        self.balances = RowsModel(
            (
                self.tr("Artesana"),
                self.tr("Generado"),
                self.tr("Devuelto"),
                self.tr("Pagado"),
                self.tr("Saldo del periodo"),
                self.tr("Por pagar hoy"),
            ),
            (1, 2, 3, 4, 5),
            self,
        )
        self.balance_table = make_table(self, "balancesTable", self.balances, 0)
        self.balance_table.setToolTip(
            self.tr("Elija una artesana para ver de dónde sale cada importe; doble clic para pagarle.")
        )
        explanation = QLabel(
            self.tr(
                "Saldo del periodo: lo que aún no se pagó de lo generado en estas fechas. "
                "Por pagar hoy: todo lo pendiente hasta hoy, sea de la fecha que sea."
            ),
            self,
        )
        explanation.setProperty("role", "muted")
        explanation.setWordWrap(True)

        self.detail_title = QLabel(self)
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setProperty("role", "sectionTitle")
        self.lines = RowsModel(share_line_headers(), SHARE_LINE_RIGHT, self)
        self.lines_table = make_table(self, "shareLinesTable", self.lines, 2)

        upper = QWidget(self)
        upper_box = QVBoxLayout(upper)
        upper_box.setContentsMargins(0, 0, 0, 0)
        upper_box.setSpacing(6)
        upper_box.addWidget(self.balance_table, 1)
        upper_box.addWidget(explanation)
        lower = QWidget(self)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 6, 0, 0)
        lower_box.setSpacing(6)
        lower_box.addWidget(self.detail_title)
        lower_box.addWidget(self.lines_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(10)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        return splitter

    # -- data ---------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reload the balances for the period, keeping the chosen maker."""
        chosen = self.current_maker_id()
        try:
            rows = maker_overview(self.store, self.period.start, self.period.end)
        except UserError as exc:
            self._say(sentence(str(exc)))
            rows = []
        else:
            self._say("")
        self._rows = rows
        table = [
            Row(
                (
                    r.maker if r.active else self.tr("{name} (inactiva)").format(name=r.maker),
                    amount(r.accrued),
                    amount(r.reversed),
                    amount(r.paid),
                    signed_amount(r.balance),
                    signed_amount(r.owed),
                ),
                "" if r.accrued or r.owed else "muted",
                5 if r.owed > 0 else -1,
            )
            for r in rows
        ]
        if rows:
            total = overview_totals(rows)
            table.append(
                Row(
                    (
                        self.tr("Total"),
                        amount(total.accrued),
                        amount(total.reversed),
                        amount(total.paid),
                        signed_amount(total.balance),
                        signed_amount(total.owed),
                    ),
                    "total",
                )
            )
        self.balances.set_rows(table)
        ids = [r.maker_id for r in rows]
        index = ids.index(chosen) if chosen in ids else (0 if ids else -1)
        if index >= 0:
            self.balance_table.selectionModel().setCurrentIndex(
                self.balances.index(index, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_lines()

    def current_maker_id(self) -> int | None:
        """The maker whose entries are shown, if any."""
        row = self.balance_table.currentIndex().row() if self.balance_table.currentIndex().isValid() else -1
        return self._rows[row].maker_id if 0 <= row < len(self._rows) else None

    def select_maker(self, name: str) -> None:
        """Show the entries of the maker called ``name``."""
        for row, overview in enumerate(self._rows):
            if overview.maker == name:
                self.balance_table.selectRow(row)
                return
        raise KeyError(name)

    @Slot()
    def _maker_chosen(self) -> None:
        self._show_lines()

    def _show_lines(self) -> None:
        maker_id = self.current_maker_id()
        if maker_id is None:
            self.detail_title.setText(self.tr("Elija una artesana para ver sus movimientos"))
            self.lines.set_rows([])
            return
        overview = next(r for r in self._rows if r.maker_id == maker_id)
        start, end = self.period.start, self.period.end
        lines = share_lines(self.store, maker_id, start, end)
        self.lines.set_rows(share_line_rows(lines))
        template = self.tr("{name}: 1 movimiento del {start} al {end}")
        if len(lines) != 1:
            template = self.tr("{name}: {count} movimientos del {start} al {end}")
        self.detail_title.setText(
            template.format(name=overview.maker, count=len(lines), start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}")
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- paying --------------------------------------------------------------------------------

    def open_payout(self) -> None:
        """Open the payout dialog on the chosen maker (or on everyone with a balance)."""
        from .payout_dialog import PayoutDialog

        _results, accepted = PayoutDialog.run(self, self.store, self.current_maker_id(), self.user_id)
        if accepted:
            self.payouts_made.emit()
        self.refresh()
