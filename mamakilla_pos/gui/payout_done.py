"""The payout dialog's last page: what was paid, and the slip to show, print and sign."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ..services.payouts import PayoutResult
from .payout_slips import paper_combo
from .widgets.i18n import money


class PayoutDonePage(QWidget):
    """The payouts made, one line each when there are several, the paper and the slip button.

    Signals:
        slip_wanted(): show the chosen payout's slip (button or double click).
    """

    slip_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done_label = QLabel(self)
        self.done_label.setObjectName("payoutDoneLabel")
        self.done_label.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Imprima la constancia: salen dos ejemplares, uno para el centro y otro para la artesana. "
                "Las dos firman ambos."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.results_list = QListWidget(self)
        self.results_list.setObjectName("payoutResultsList")
        self.results_list.itemDoubleClicked.connect(lambda _item: self.slip_wanted.emit())
        self.paper = paper_combo(self)
        self.slip_button = QPushButton(self.tr("Ver e imprimir la constancia"), self)
        self.slip_button.setObjectName("showSlipButton")
        self.slip_button.setAutoDefault(False)
        self.slip_button.clicked.connect(lambda _checked=False: self.slip_wanted.emit())
        self.close_button = QPushButton(self.tr("Terminar"), self)
        self.close_button.setObjectName("closePayoutButton")
        self.close_button.setMinimumHeight(64)
        self.close_button.setMinimumWidth(180)
        self.close_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(QLabel(self.tr("Papel:"), self))
        row.addWidget(self.paper)
        row.addStretch(1)
        row.addWidget(self.slip_button, 2)
        row.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.done_label)
        column.addWidget(hint)
        column.addWidget(self.results_list, 1)
        column.addStretch(0)
        column.addLayout(row)

    def show_results(self, results: Sequence[PayoutResult], method: str) -> None:
        """Say what was paid (``method`` as said after "paid": "en efectivo", "Yape"…) and list the payouts."""
        if len(results) == 1:
            r = results[0]
            text = self.tr("Pago {number} registrado: {amount} a {name} ({method}).").format(
                number=r.number, amount=money(r.amount), name=r.maker, method=method
            )
            if r.kept:
                text += " " + self.tr("Quedan {amount} en su saldo.").format(amount=money(r.kept))
        else:
            text = self.tr("{count} pagos registrados ({method}).").format(count=len(results), method=method)
        self.done_label.setText(text)
        self.results_list.clear()
        for r in results:
            item = QListWidgetItem(f"{r.number}   ·   {r.maker}   ·   {money(r.amount)}")
            item.setData(Qt.ItemDataRole.UserRole, r.number)
            self.results_list.addItem(item)
        self.results_list.setCurrentRow(0)
        self.results_list.setVisible(len(results) > 1)
        self.slip_button.setText(
            self.tr("Ver e imprimir la constancia")
            if len(results) == 1
            else self.tr("Ver e imprimir la constancia elegida")
        )

    def add_line(self, text: str) -> None:
        """Add a line under what was paid (the drawer did not open…)."""
        self.done_label.setText(f"{self.done_label.text()}\n{text}")

    def current_number(self) -> str | None:
        """The chosen payout's number (the first one when only one was made)."""
        item = self.results_list.currentItem() or self.results_list.item(0)
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))
