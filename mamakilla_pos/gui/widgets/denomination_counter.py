"""A drawer count: a panel per currency, a row per note and coin with its pieces, the row's amount and a total.

Counting works with the keyboard alone: digits type the pieces of the focused
denomination, Enter or Tab moves down, Up and Down move between rows; the
on-screen keypad types into the focused row for touch screens.
"""

from __future__ import annotations

from collections.abc import Sequence
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


class DenominationPanel(QFrame):
    """One currency's rows: each note and coin with its pieces and the row's amount, and the currency's total.

    The Designer forms of the till's dialogs place one panel per currency
    (promoted from a ``QFrame``) and set its ``currency`` property, which
    builds the rows; a :class:`DenominationCounter` then links the panels.

    Signals:
        changed(): a count changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "countPanel")
        self._currency = ""
        self.inputs: dict[Decimal, QLineEdit] = {}
        self._amounts: dict[Decimal, QLabel] = {}
        self._total = QLabel(self)

    def currency(self) -> str:
        return self._currency

    def setCurrency(self, currency: str) -> None:
        """Build the rows of ``currency`` (``PEN`` or ``USD``), once: the ``currency`` property of the forms."""
        if self._currency:
            raise ValueError(f"the panel already counts {self._currency}")
        self._currency = currency
        title = QLabel(self.tr("Soles (S/)") if currency == "PEN" else self.tr("Dólares (US$)"), self)
        title.setProperty("role", "panelTitle")
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        coins = set(PEN_COINS) if currency == "PEN" else set()
        for row, value in enumerate(COUNT_ORDER[currency]):
            label = QLabel(denomination_text(currency, value), self)
            label.setProperty("role", "denomination")
            grid.addWidget(label, row, 0)
            if currency == "PEN":
                # Dollars are all notes; soles mix coins and notes, which people count apart.
                kind = QLabel(self.tr("moneda") if value in coins else self.tr("billete"), self)
                kind.setProperty("role", "kind")
                grid.addWidget(kind, row, 1)
            grid.addWidget(QLabel("×", self), row, 2)
            grid.addWidget(self._count_field(value), row, 3)
            amount = QLabel(self)
            amount.setProperty("role", "rowAmount")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setMinimumWidth(96)
            grid.addWidget(amount, row, 4)
            self._amounts[value] = amount
        grid.setColumnStretch(4, 1)
        self._total.setObjectName(f"total_{currency}")
        self._total.setProperty("role", "panelTotal")
        self._total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: #DDD5CC;")
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(6)
        column.addWidget(title)
        column.addLayout(grid)
        column.addWidget(rule)
        column.addWidget(self._total)
        self._refresh()

    def _count_field(self, value: Decimal) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(count_name(self._currency, value))
        edit.setProperty("role", "count")
        edit.setValidator(QIntValidator(0, MAX_COUNT_PIECES, edit))
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit.setPlaceholderText("0")
        edit.setFixedWidth(COUNT_FIELD_WIDTH)
        edit.setAccessibleName(
            self.tr("Cantidad de {denomination}").format(denomination=denomination_text(self._currency, value))
        )
        edit.textChanged.connect(self._refresh)
        self.inputs[value] = edit
        return edit

    def counts(self) -> dict[Decimal, int]:
        """``{denomination: pieces}`` of the non-empty rows."""
        result: dict[Decimal, int] = {}
        for value, edit in self.inputs.items():
            text = edit.text().strip()
            if text.isdigit() and int(text):
                result[value] = int(text)
        return result

    def total(self) -> Decimal:
        return count_total(self.counts())

    def set_counts(self, counts: dict[Decimal, int]) -> None:
        for value, edit in self.inputs.items():
            pieces = counts.get(value, 0)
            edit.setText(str(pieces) if pieces else "")

    @Slot()
    def _refresh(self) -> None:
        for value, edit in self.inputs.items():
            text = edit.text().strip()
            pieces = int(text) if text.isdigit() else 0
            self._amounts[value].setText(money(count_total({value: pieces}), self._currency) if pieces else "")
        self._total.setText(self.tr("Total: {amount}").format(amount=money(self.total(), self._currency)))
        self.changed.emit()


class DenominationCounter(QObject):
    """The panels of a drawer count, one per currency, counted as one: Tab, Enter and the arrows run through
    every row of every panel in turn.

    Signals:
        changed(): a count changed.
        finished(): Enter was pressed on the last row.
    """

    changed = Signal()
    finished = Signal()

    def __init__(self, panels: Sequence[DenominationPanel], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panels: dict[str, DenominationPanel] = {panel.currency(): panel for panel in panels}
        self._order: list[QLineEdit] = [edit for panel in panels for edit in panel.inputs.values()]
        previous: QWidget | None = None
        for edit in self._order:
            edit.installEventFilter(self)
            if previous is not None:
                QWidget.setTabOrder(previous, edit)
            previous = edit
        for panel in panels:
            panel.changed.connect(self.changed)

    # -- reading and setting -------------------------------------------------------------------

    def inputs(self) -> list[QLineEdit]:
        """The count fields in the order Tab and Enter visit them."""
        return list(self._order)

    def input_for(self, currency: str, value: Decimal | str) -> QLineEdit:
        return self.panels[currency].inputs[Decimal(value)]

    def counts(self, currency: str) -> dict[Decimal, int]:
        """``{denomination: pieces}`` of the non-empty rows of ``currency``."""
        return self.panels[currency].counts()

    def total(self, currency: str) -> Decimal:
        return self.panels[currency].total()

    def set_counts(self, currency: str, counts: dict[Decimal, int]) -> None:
        self.panels[currency].set_counts(counts)

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
