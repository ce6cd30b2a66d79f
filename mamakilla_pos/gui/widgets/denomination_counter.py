"""A drawer count: a row per note and coin with its pieces, the row's amount and a total per currency.

Counting works with the keyboard alone: digits type the pieces of the focused
denomination, Enter or Tab moves down, Up and Down move between rows; the
on-screen keypad types into the focused row for touch screens.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.cash import PEN_COINS, count_total
from ...domain.language import Formats
from ...domain.limits import MAX_COUNT_PIECES
from ...services import cash_figures
from .i18n import language, money

COUNT_ORDER = {
    "PEN": tuple(sorted(cash_figures.DENOMINATIONS["PEN"], reverse=True)),
    "USD": tuple(sorted(cash_figures.DENOMINATIONS["USD"], reverse=True)),
}
COUNT_FIELD_WIDTH = 108
"""Wide enough for the five digits a count field takes, at its 17 pt bold."""


def denomination_text(currency: str, value: Decimal) -> str:
    """A note or coin as the language writes it: ``S/ 20``, ``S/ 0.50``; ``20 S/``, ``0,50 S/`` in French."""
    whole = value == value.to_integral_value()
    return Formats(language()).money(value, currency, places=0 if whole else 2)


def count_name(currency: str, value: Decimal) -> str:
    """``count_PEN_0_10``, ``count_USD_20``: the objectName of a row's field."""
    text = f"{value:.2f}".rstrip("0").rstrip(".").replace(".", "_")
    return f"count_{currency}_{text}"


class DenominationCounter(QWidget):
    """A row per denomination with its pieces, the row's amount and a running total per currency.

    Signals:
        changed(): a count changed.
        finished(): Enter was pressed on the last row.
    """

    changed = Signal()
    finished = Signal()

    def __init__(self, currencies: tuple[str, ...] = ("PEN", "USD"), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._inputs: dict[tuple[str, Decimal], QLineEdit] = {}
        self._amounts: dict[tuple[str, Decimal], QLabel] = {}
        self._totals: dict[str, QLabel] = {}
        self._order: list[QLineEdit] = []
        self.panels: dict[str, QFrame] = {}
        for currency in currencies:
            self.panels[currency] = self._panel(currency)
        previous: QWidget | None = None
        for edit in self._order:
            if previous is not None:
                QWidget.setTabOrder(previous, edit)
            previous = edit
        self._refresh()

    def _panel(self, currency: str) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("countPanel")
        title = QLabel(self.tr("Soles (S/)") if currency == "PEN" else self.tr("Dólares (US$)"), panel)
        title.setProperty("role", "panelTitle")
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        coins = set(PEN_COINS) if currency == "PEN" else set()
        for row, value in enumerate(COUNT_ORDER[currency]):
            label = QLabel(denomination_text(currency, value), panel)
            label.setProperty("role", "denomination")
            # Dollars are all notes; soles mix coins and notes, which people count apart.
            kind = QLabel(self.tr("moneda") if value in coins else self.tr("billete"), panel)
            kind.setProperty("role", "kind")
            kind.setVisible(currency == "PEN")
            edit = QLineEdit(panel)
            edit.setObjectName(count_name(currency, value))
            edit.setProperty("role", "count")
            edit.setValidator(QIntValidator(0, MAX_COUNT_PIECES, edit))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setPlaceholderText("0")
            edit.setFixedWidth(COUNT_FIELD_WIDTH)
            edit.setAccessibleName(
                self.tr("Cantidad de {denomination}").format(denomination=denomination_text(currency, value))
            )
            edit.textChanged.connect(self._refresh)
            edit.installEventFilter(self)
            amount = QLabel(panel)
            amount.setProperty("role", "rowAmount")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setMinimumWidth(96)
            times = QLabel("×", panel)
            grid.addWidget(label, row, 0)
            if currency == "PEN":
                grid.addWidget(kind, row, 1)
            grid.addWidget(times, row, 2)
            grid.addWidget(edit, row, 3)
            grid.addWidget(amount, row, 4)
            self._inputs[(currency, value)] = edit
            self._amounts[(currency, value)] = amount
            self._order.append(edit)
        grid.setColumnStretch(4, 1)
        total = QLabel(panel)
        total.setObjectName(f"total_{currency}")
        total.setProperty("role", "panelTotal")
        total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._totals[currency] = total
        rule = QFrame(panel)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: #DDD5CC;")
        column = QVBoxLayout(panel)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(6)
        column.addWidget(title)
        column.addLayout(grid)
        column.addWidget(rule)
        column.addWidget(total)
        return panel

    # -- reading and setting -------------------------------------------------------------------

    def inputs(self) -> list[QLineEdit]:
        """The count fields in the order Tab and Enter visit them."""
        return list(self._order)

    def input_for(self, currency: str, value: Decimal | str) -> QLineEdit:
        return self._inputs[(currency, Decimal(value))]

    def counts(self, currency: str) -> dict[Decimal, int]:
        """``{denomination: pieces}`` of the non-empty rows of ``currency``."""
        result: dict[Decimal, int] = {}
        for (cur, value), edit in self._inputs.items():
            text = edit.text().strip()
            if cur == currency and text.isdigit() and int(text):
                result[value] = int(text)
        return result

    def total(self, currency: str) -> Decimal:
        return count_total(self.counts(currency))

    def set_counts(self, currency: str, counts: dict[Decimal, int]) -> None:
        for (cur, value), edit in self._inputs.items():
            if cur == currency:
                pieces = counts.get(value, 0)
                edit.setText(str(pieces) if pieces else "")

    def focus_first(self) -> None:
        if self._order:
            self._order[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- keyboard ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLineEdit) and watched in self._order:
            if event.type() == QEvent.Type.FocusIn:
                # After a click the selection is lost again; select once the click is done.
                QTimer.singleShot(0, watched.selectAll)
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                key = event.key()
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                    self._step(watched, +1, finish=key != Qt.Key.Key_Down)
                    return True
                if key == Qt.Key.Key_Up:
                    self._step(watched, -1)
                    return True
        return super().eventFilter(watched, event)

    def _step(self, edit: QLineEdit, delta: int, finish: bool = False) -> None:
        index = self._order.index(edit) + delta
        if 0 <= index < len(self._order):
            self._order[index].setFocus(Qt.FocusReason.TabFocusReason)
            self._order[index].selectAll()
        elif index >= len(self._order) and finish:
            self.finished.emit()

    # -- showing -------------------------------------------------------------------------------

    @Slot()
    def _refresh(self) -> None:
        for (currency, value), edit in self._inputs.items():
            text = edit.text().strip()
            pieces = int(text) if text.isdigit() else 0
            self._amounts[(currency, value)].setText(money(count_total({value: pieces}), currency) if pieces else "")
        for currency, label in self._totals.items():
            label.setText(self.tr("Total: {amount}").format(amount=money(self.total(currency), currency)))
        self.changed.emit()
