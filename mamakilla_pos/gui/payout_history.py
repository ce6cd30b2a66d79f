"""Payouts made: per maker and per period, with their slips; and the totals per month for the funders."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import catalogue_makers
from ..services.errors import UserError
from ..services.payout_history import PayoutSummary, funder_totals, paid_total, payout_history, payout_years
from ..store import Store
from .payout_slips import paper_combo, show_slip
from .shares_screen import PeriodPicker, Row, RowsModel, make_table
from .widgets.i18n import QT_TR_NOOP, amount, money, tr
from .widgets.style import SHARES_STYLE
from .widgets.text import sentence

MONTHS = (
    QT_TR_NOOP("Ene"),
    QT_TR_NOOP("Feb"),
    QT_TR_NOOP("Mar"),
    QT_TR_NOOP("Abr"),
    QT_TR_NOOP("May"),
    QT_TR_NOOP("Jun"),
    QT_TR_NOOP("Jul"),
    QT_TR_NOOP("Ago"),
    QT_TR_NOOP("Set"),
    QT_TR_NOOP("Oct"),
    QT_TR_NOOP("Nov"),
    QT_TR_NOOP("Dic"),
)
"""Month abbreviations, the columns of the funders' table (translated where shown)."""


class PayoutHistoryScreen(QWidget):
    """Two tabs: the payouts made (filter by maker and period, reprint a slip) and the funders' totals.

    Signals:
        slip_shown(str): the slip of a payout was shown (its number).
    """

    slip_shown = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payoutHistoryScreen")
        self.store = store
        self._payouts: list[PayoutSummary] = []
        self.setStyleSheet(
            SHARES_STYLE
            + """
QTabBar::tab { min-height: 44px; padding: 0px 22px; font-size: 15pt; }
QTabBar::tab:selected { font-weight: bold; }
QTableView#funderTable { font-size: 13pt; }
QLabel#paidTotalLabel { font-size: 16pt; font-weight: bold; }
"""
        )
        title = QLabel(self.tr("Pagos a las artesanas"), self)
        title.setProperty("role", "screenTitle")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("payoutTabs")
        self.tabs.addTab(self._build_payouts(), self.tr("Pagos y constancias"))
        self.tabs.addTab(self._build_funders(), self.tr("Totales por mes (para los financiadores)"))
        self.message = QLabel(self)
        self.message.setObjectName("payoutHistoryMessage")
        self.message.setProperty("role", "message")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.refresh()

    # -- the payouts tab ----------------------------------------------------------------------------

    def _build_payouts(self) -> QWidget:
        page = QWidget(self)
        self.maker_combo = QComboBox(page)
        self.maker_combo.setObjectName("historyMakerCombo")
        self.maker_combo.setMinimumWidth(300)
        self.period = PeriodPicker(page, preset="this_year")
        filters = QHBoxLayout()
        filters.setSpacing(10)
        filters.addWidget(QLabel(self.tr("Artesana:"), page))
        filters.addWidget(self.maker_combo)
        filters.addSpacing(16)
        filters.addWidget(self.period)
        filters.addStretch(1)

        self.payouts = RowsModel(
            (
                self.tr("N.º"),
                self.tr("Fecha de pago"),
                self.tr("Artesana"),
                self.tr("Ventas que paga"),
                self.tr("Forma de pago"),
                self.tr("Mov."),
                self.tr("Importe"),
            ),
            (5, 6),
            self,
        )
        self.table = make_table(page, "payoutHistoryTable", self.payouts, 2)
        self.table.doubleClicked.connect(lambda _index: self.reprint())
        self.total_label = QLabel(page)
        self.total_label.setObjectName("paidTotalLabel")
        self.paper = paper_combo(page)
        self.reprint_button = QPushButton(self.tr("Ver constancia (copia)"), page)
        self.reprint_button.setObjectName("reprintSlipButton")
        self.reprint_button.setProperty("role", "primary")
        self.reprint_button.setMinimumHeight(56)
        self.reprint_button.clicked.connect(lambda _checked=False: self.reprint())
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(self.total_label, 1)
        bottom.addWidget(QLabel(self.tr("Papel:"), page))
        bottom.addWidget(self.paper)
        bottom.addWidget(self.reprint_button)

        column = QVBoxLayout(page)
        column.setContentsMargins(0, 10, 0, 0)
        column.setSpacing(10)
        column.addLayout(filters)
        column.addWidget(self.table, 1)
        column.addLayout(bottom)
        self.maker_combo.currentIndexChanged.connect(lambda _i: self._load_payouts())
        self.period.changed.connect(self._load_payouts)
        return page

    def _fill_makers(self) -> None:
        chosen = self.maker_combo.currentData()
        self.maker_combo.blockSignals(True)
        try:
            self.maker_combo.clear()
            self.maker_combo.addItem(self.tr("Todas"), None)
            for maker in catalogue_makers.list_makers(self.store, include_inactive=True):
                self.maker_combo.addItem(maker.name, maker.id)
            index = self.maker_combo.findData(chosen) if chosen is not None else 0
            self.maker_combo.setCurrentIndex(max(index, 0))
        finally:
            self.maker_combo.blockSignals(False)

    def choose_maker(self, name: str | None) -> None:
        index = 0 if name is None else self.maker_combo.findText(name)
        if index < 0:
            raise KeyError(name)
        self.maker_combo.setCurrentIndex(index)

    @Slot()
    def _load_payouts(self) -> None:
        try:
            self._payouts = payout_history(
                self.store, self.maker_combo.currentData(), self.period.start, self.period.end
            )
        except UserError as exc:
            self._say(sentence(str(exc)))
            self._payouts = []
        else:
            self._say("")
        methods = {
            "cash": self.tr("Efectivo"),
            "yape": "Yape",
            "plin": "Plin",
            "transfer": self.tr("Transferencia"),
        }
        rows = []
        for p in self._payouts:
            method = methods.get(p.method, p.method)
            if p.reference:
                method = f"{method} {p.reference}"
            rows.append(
                Row(
                    (
                        p.number,
                        f"{p.created_at:%d/%m/%Y %H:%M}",
                        p.maker,
                        self.tr("del {start} al {end}").format(
                            start=f"{p.period_from or p.cutoff:%d/%m/%Y}", end=f"{p.cutoff:%d/%m/%Y}"
                        ),
                        method,
                        str(p.entries),
                        amount(p.amount),
                    )
                )
            )
        self.payouts.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        count = len(self._payouts)
        self.total_label.setText(
            self.tr("{count} pagos · total pagado {amount}").format(
                count=count, amount=money(paid_total(self._payouts))
            )
            if count != 1
            else self.tr("1 pago · total pagado {amount}").format(amount=money(paid_total(self._payouts)))
        )
        self.reprint_button.setToolTip(
            "" if rows else self.tr("No hay pagos con estos filtros: cambie la artesana o las fechas.")
        )

    def current_number(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self._payouts):
            return None
        return self._payouts[index.row()].number

    def select_payout(self, number: str) -> None:
        for row, payout in enumerate(self._payouts):
            if payout.number == number:
                self.table.selectRow(row)
                return
        raise KeyError(number)

    def reprint(self) -> None:
        """Show the chosen payout's slip again, marked COPIA."""
        number = self.current_number()
        if number is None:
            self._say(
                self.tr("Elija un pago de la lista.")
                if self._payouts
                else self.tr("No hay pagos con estos filtros: cambie la artesana o las fechas.")
            )
            return
        self._say("")
        show_slip(self, self.store, number, True, self.paper.currentData())
        self.slip_shown.emit(number)

    # -- the funders tab ------------------------------------------------------------------------

    def _build_funders(self) -> QWidget:
        page = QWidget(self)
        self.year_combo = QComboBox(page)
        self.year_combo.setObjectName("funderYearCombo")
        self.year_combo.setMinimumWidth(140)
        note = QLabel(
            self.tr("Lo pagado a cada artesana en cada mes, según la fecha del pago (en soles)."),
            page,
        )
        note.setProperty("role", "muted")
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(QLabel(self.tr("Año:"), page))
        top.addWidget(self.year_combo)
        top.addSpacing(16)
        top.addWidget(note, 1)
        self.funders = RowsModel((self.tr("Artesana"), *(tr(m) for m in MONTHS), self.tr("Total")), range(1, 14), self)
        self.funder_table = make_table(page, "funderTable", self.funders, 0)
        header = self.funder_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.funder_summary = QLabel(page)
        self.funder_summary.setObjectName("funderSummary")
        self.funder_summary.setProperty("role", "muted")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 10, 0, 0)
        column.setSpacing(10)
        column.addLayout(top)
        column.addWidget(self.funder_table, 1)
        column.addWidget(self.funder_summary)
        self.year_combo.currentIndexChanged.connect(lambda _i: self._load_funders())
        return page

    def _fill_years(self) -> None:
        chosen = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        try:
            self.year_combo.clear()
            for year in payout_years(self.store):
                self.year_combo.addItem(str(year), year)
            index = self.year_combo.findData(chosen) if chosen is not None else 0
            self.year_combo.setCurrentIndex(max(index, 0))
        finally:
            self.year_combo.blockSignals(False)

    def choose_year(self, year: int) -> None:
        index = self.year_combo.findData(year)
        if index < 0:
            raise KeyError(year)
        self.year_combo.setCurrentIndex(index)

    @Slot()
    def _load_funders(self) -> None:
        year = self.year_combo.currentData()
        if year is None:
            return
        totals = funder_totals(self.store, year)

        def amounts(values) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
            return tuple(amount(v) if v else "–" for v in values)

        rows = [Row((m.maker, *amounts(m.months), amount(m.total))) for m in totals.makers]
        rows.append(Row((self.tr("Total"), *amounts(totals.months), amount(totals.total)), "total"))
        self.funders.set_rows(rows)
        self.funder_summary.setText(
            self.tr("{year}: {payouts} pagos a {makers} artesanas, {amount} en total.").format(
                year=year, payouts=totals.payouts, makers=len(totals.makers), amount=money(totals.total)
            )
        )

    # -- both ------------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reload the makers, the payouts and the years."""
        self._fill_makers()
        self._load_payouts()
        self._fill_years()
        self._load_funders()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.tabs.currentIndex() == 0:
            self.reprint()
            return
        super().keyPressEvent(event)
