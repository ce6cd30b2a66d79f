"""Sales history: a day's sales and refunds, one opened with its lines, reprint and refund."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Slot
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
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
from ..services.history import get_sale, list_sales
from ..services.sale_views import SaleLineView, SaleSummary, SaleView
from ..services.settings import get_settings
from ..store import Store
from .receipt_actions import after_sale, reprint
from .refund_dialog import RefundDialog
from .widgets.i18n import LANGUAGE_NAMES, QT_TR_NOOP, money, tr
from .widgets.style import HISTORY_STYLE, Palette
from .widgets.table_model import Column, ColumnsModel
from .widgets.text import sentence

_REFUND_TEXT = QColor(Palette.error_text)
_REFUND_ROW = QColor(Palette.error_bg)


def _is_refund(sale: SaleSummary) -> bool:
    return sale.kind == "refund"


def _refund_text(sale: SaleSummary) -> QColor | None:
    return _REFUND_TEXT if _is_refund(sale) else None


def _refund_row(sale: SaleSummary) -> QColor | None:
    return _REFUND_ROW if _is_refund(sale) else None


def _sale_column(title: str, text: Callable[[SaleSummary], str], **how: Any) -> Column[SaleSummary]:
    """A column of the day's sales: a refund's row in red on red."""
    return Column(title, text, colour=_refund_text, background=_refund_row, **how)


def _methods(sale: SaleSummary) -> str:
    return ", ".join(tr(label) for label in sale.methods.split(", ")) if sale.methods else ""


SALE_COLUMNS = (
    _sale_column(QT_TR_NOOP("Número"), lambda s: s.number),
    _sale_column(QT_TR_NOOP("Hora"), lambda s: s.created_at.strftime("%H:%M")),
    _sale_column(QT_TR_NOOP("Tipo"), lambda s: tr("DEVOLUCIÓN") if _is_refund(s) else tr("Venta"), bold=_is_refund),
    _sale_column(QT_TR_NOOP("Vendedora"), lambda s: " ".join(s.seller.split()[:2]) or "—", tooltip=lambda s: s.seller),
    _sale_column(QT_TR_NOOP("Pago"), _methods),
    _sale_column(
        QT_TR_NOOP("Total"),
        lambda s: money(-s.total if _is_refund(s) else s.total),
        right=True,
        bold=lambda _s: True,
    ),
)
"""The day's sales and refunds; refunds in red, their totals negative."""


class SalesTableModel(ColumnsModel[SaleSummary]):
    """The day's sales and refunds through :data:`SALE_COLUMNS`, found by number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(SALE_COLUMNS, parent, align_headers=True)

    def row_of(self, number: str) -> int:
        """The row of sale or refund ``number``, or -1."""
        return self.row_where(lambda sale: sale.number == number)


def _made_by(line: SaleLineView) -> str:
    made_by = tr("hecho por %1").replace("%1", line.makers) if line.makers else ""
    return f"{line.product_name}\n{made_by}".strip()


LINE_COLUMNS: tuple[Column[SaleLineView], ...] = (
    Column(QT_TR_NOOP("Cant."), lambda line: str(line.quantity), centre=True),
    Column(QT_TR_NOOP("Producto"), _made_by),
    Column(QT_TR_NOOP("Importe"), lambda line: money(line.net), right=True),
    Column(
        QT_TR_NOOP("Devueltas"),
        lambda line: str(line.returned) if line.returned else "",
        centre=True,
        colour=lambda line: _REFUND_TEXT if line.returned else None,
    ),
)
"""The lines of the opened sale or refund; units returned only when some were."""


class HistoryScreen(QWidget):
    """A day's sales and refunds (today by default); open one, reprint it, or refund some of it."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyScreen")
        self.setStyleSheet(HISTORY_STYLE)
        self._store = store
        self._sale: SaleView | None = None

        title_font = QFont(self.font())
        title_font.setPointSize(20)
        title_font.setBold(True)
        big = QFont(self.font())
        big.setPointSize(14)

        title = QLabel(self.tr("Ventas del día"), self)
        title.setFont(title_font)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("historyDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setFont(big)
        self.date_edit.setMinimumSize(190, 52)
        self.date_edit.setDate(QDate(now().date()))
        self.date_edit.dateChanged.connect(self.refresh)
        self.previous_button = self._button(self.tr("◀ Día anterior"), "previousDayButton", big)
        self.today_button = self._button(self.tr("Hoy"), "todayButton", big)
        self.next_button = self._button(self.tr("Día siguiente ▶"), "nextDayButton", big)
        self.previous_button.clicked.connect(lambda: self._move_day(-1))
        self.next_button.clicked.connect(lambda: self._move_day(1))
        self.today_button.clicked.connect(self.show_today)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("historyCount")
        self.count_label.setProperty("role", "muted")
        self.count_label.setFont(big)

        self._build_table(big)
        self.detail = self._build_detail(big)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 640])

        self.message_label = QLabel(self)
        self.message_label.setObjectName("historyMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setFont(big)
        self.message_label.hide()

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(title)
        bar.addSpacing(16)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.date_edit)
        bar.addWidget(self.next_button)
        bar.addWidget(self.today_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addWidget(self.message_label)
        layout.addWidget(splitter, 1)
        self._show_sale(None)

    def _build_table(self, big: QFont) -> None:
        """The day's sales and refunds, one a row."""
        self.model = SalesTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("salesTable")
        self.table.setModel(self.model)
        self.table.setFont(big)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)  # several payment methods wrap onto a second line
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(52)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    def _build_detail(self, big: QFont) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("saleDetail")
        heading = QFont(self.font())
        heading.setPointSize(18)
        heading.setBold(True)
        self.detail_title = QLabel(frame)
        self.detail_title.setObjectName("saleTitle")
        self.detail_title.setFont(heading)
        self.refund_tag = QLabel(self.tr("DEVOLUCIÓN"), frame)
        self.refund_tag.setObjectName("refundTag")
        self.refund_tag.setFont(big)
        self.detail_meta = QLabel(frame)
        self.detail_meta.setProperty("role", "muted")
        self.detail_meta.setWordWrap(True)
        self.detail_meta.setFont(big)
        self.lines_model = ColumnsModel(LINE_COLUMNS, self, align_headers=True)
        self.lines_table = QTableView(frame)
        self.lines_table.setObjectName("saleLinesTable")
        self.lines_table.setModel(self.lines_model)
        self.lines_table.setFont(big)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_table.setShowGrid(False)
        self.lines_table.verticalHeader().hide()
        self.lines_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lines_header = self.lines_table.horizontalHeader()
        lines_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lines_header.setStretchLastSection(False)
        self.lines_model.modelReset.connect(
            lambda: lines_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        )
        self.detail_totals = QLabel(frame)
        self.detail_totals.setObjectName("saleTotals")
        self.detail_totals.setWordWrap(True)
        self.detail_totals.setFont(big)
        self.detail_totals.setTextFormat(Qt.TextFormat.RichText)

        button_font = QFont(big)
        button_font.setPointSize(15)
        button_font.setBold(True)
        self.reprint_button = self._button(self.tr("Reimprimir (COPIA)"), "reprintButton", button_font)
        self.refund_button = self._button(self.tr("Devolver…"), "refundButton", button_font)
        for button in (self.reprint_button, self.refund_button):
            button.setMinimumHeight(60)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.refund_button.clicked.connect(self.refund_selected)
        # A tourist's copy may be printed in English or French; each language is named in itself.
        self.receipt_language = QComboBox(self)
        self.receipt_language.setObjectName("receiptLanguageCombo")
        self.receipt_language.setToolTip(self.tr("Idioma de la copia"))
        self.receipt_language.setMinimumHeight(60)
        for code, name in LANGUAGE_NAMES:
            self.receipt_language.addItem(name, code)

        title_row = QHBoxLayout()
        title_row.addWidget(self.detail_title, 1)
        title_row.addWidget(self.refund_tag)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.receipt_language)
        buttons.addWidget(self.refund_button)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(title_row)
        layout.addWidget(self.detail_meta)
        layout.addWidget(self.lines_table, 1)
        layout.addWidget(self.detail_totals)
        layout.addLayout(buttons)
        return frame

    def _button(self, text: str, name: str, font: QFont) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFont(font)
        button.setMinimumHeight(52)
        button.setAutoDefault(False)
        return button

    # -- public ---------------------------------------------------------------------------------------

    @property
    def day(self) -> date:
        """The day shown."""
        return self.date_edit.date().toPython()

    @Slot()
    def refresh(self) -> None:
        """Reload the day's sales, keeping the opened one open when it is still listed."""
        keep = self._sale.number if self._sale else None
        sales = list_sales(self._store, self.day)
        self.model.set_records(sales)
        self.table.setColumnHidden(3, not any(s.seller for s in sales))
        refunds = sum(1 for s in sales if s.kind == "refund")
        count = len(sales) - refunds
        parts = [(self.tr("1 venta") if count == 1 else self.tr("%1 ventas").replace("%1", str(count)))]
        if refunds:
            one = self.tr("1 devolución")
            parts.append(one if refunds == 1 else self.tr("%1 devoluciones").replace("%1", str(refunds)))
        self.count_label.setText(" · ".join(parts) if sales else self.tr("No hay ventas este día"))
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and sales:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.open_sale(self.model.record(row).number)
        else:
            self._show_sale(None)

    @Slot()
    def show_today(self) -> None:
        """Go back to today."""
        self.date_edit.setDate(QDate(now().date()))
        self.refresh()

    def select_sale(self, number: str) -> bool:
        """Select and open ``number`` in the list; ``False`` when it is not on the day shown."""
        row = self.model.row_of(number)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.open_sale(number)
        return True

    def open_sale(self, number: str) -> None:
        """Show the lines, totals and payments of sale or refund ``number``."""
        try:
            self._show_sale(get_sale(self._store, number))
        except UserError as exc:
            self._say(sentence(str(exc)), "error")
            self._show_sale(None)

    @Slot()
    def reprint_selected(self) -> None:
        """Print (or show) the opened document again, marked COPIA."""
        if self._sale is None:
            return
        reprint(self, self._store, self._sale.number, language=str(self.receipt_language.currentData()))

    @Slot()
    def refund_selected(self) -> None:
        """Open the refund dialog for the opened sale; on success deliver the refund receipt."""
        if self._sale is None or self._sale.kind != "sale":
            return
        original = self._sale.number
        try:
            result, accepted = RefundDialog.run(self, self._store, original)
        except UserError as exc:
            self._say(sentence(str(exc)), "error")
            return
        if not accepted or result is None:
            return
        self._say(
            self.tr("Devolución %1 registrada: entregue %2 al cliente.")
            .replace("%1", result.number)
            .replace("%2", money(result.amount_due)),
            "success",
        )
        self.refresh()
        self.select_sale(original)
        after_sale(self, self._store, result.number, get_settings(self._store), document=result.document)

    # -- Qt overrides ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """The list is reloaded each time the screen is shown: sales happen elsewhere."""
        super().showEvent(event)
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- showing ----------------------------------------------------------------------------------------

    def _move_day(self, days: int) -> None:
        self.date_edit.setDate(self.date_edit.date().addDays(days))

    @Slot(QModelIndex, QModelIndex)
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            number = self.model.record(current.row()).number
            if self._sale is None or self._sale.number != number:
                self.open_sale(number)

    def _say(self, message: str, kind: str) -> None:
        self.message_label.setText(message)
        self.message_label.setProperty("kind", kind)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setVisible(bool(message))

    def _show_sale(self, sale: SaleView | None) -> None:
        self._sale = sale
        lines = sale.lines if sale else ()
        self.lines_model.set_records(lines, LINE_COLUMNS if any(line.returned for line in lines) else LINE_COLUMNS[:3])
        self.reprint_button.setEnabled(sale is not None)
        self.refund_tag.setVisible(bool(sale and sale.kind == "refund"))
        if sale is None:
            self.detail_title.setText(self.tr("Elija una venta de la lista"))
            self.detail_meta.setText("")
            self.detail_totals.setText("")
            self.refund_button.setEnabled(False)
            return
        is_refund = sale.kind == "refund"
        self.detail_title.setText(sale.number)
        meta = [sale.created_at.strftime("%d/%m/%Y %H:%M")]
        if sale.seller:
            meta.append(sale.seller)
        if sale.location:
            meta.append(sale.location)
        if is_refund and sale.refund_of:
            meta.append(self.tr("devuelve la venta %1").replace("%1", sale.refund_of))
        self.detail_meta.setText(" · ".join(meta))
        self.detail_totals.setText(self._totals_text(sale))
        can_return = not is_refund and any(ln.returned < ln.quantity for ln in sale.lines)
        self.refund_button.setEnabled(can_return)
        self.refund_button.setToolTip("" if can_return else self.tr("No queda nada por devolver de esta nota"))

    def _totals_text(self, sale: SaleView) -> str:
        rows = []
        if sale.discounts:
            rows.append((self.tr("Subtotal"), money(sale.subtotal)))
            rows.append((self.tr("Descuentos"), money(-sale.discounts)))
        rows.append((self.tr("Total devuelto") if sale.kind == "refund" else self.tr("Total"), money(sale.total)))
        if sale.rounding:
            rows.append((self.tr("Redondeo"), money(-sale.rounding)))
            due = self.tr("A devolver") if sale.kind == "refund" else self.tr("A pagar")
            rows.append((due, money(sale.amount_due)))
        names = {
            "cash": self.tr("Efectivo"),
            "usd": self.tr("Dólares"),
            "yape": self.tr("Yape"),
            "plin": self.tr("Plin"),
            "card": self.tr("Tarjeta"),
            "transfer": self.tr("Transferencia"),
        }
        for payment in (p for p in sale.payments if p.handed_over):
            label = names.get(payment.method, payment.method)
            if payment.reference:
                label = self.tr("{method} (op. {reference})").format(method=label, reference=payment.reference)
            amount = money(payment.amount, payment.currency)
            if payment.currency != "PEN":
                amount += f" = {money(payment.amount_pen)}"
            rows.append((label, amount))
        if sale.change:
            rows.append((self.tr("Vuelto"), money(sale.change)))
        cells = "".join(
            f"<tr><td style='padding:2px 16px 2px 0'>{label}</td>"
            f"<td align='right' style='padding:2px 0'><b>{value}</b></td></tr>"
            for label, value in rows
        )
        return f"<table width='100%'>{cells}</table>"
