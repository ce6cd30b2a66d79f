"""The count at a partner's place: units scanned or typed there, what is missing, and what the coordinator decides."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QColor, QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services import catalogue, consignment, partner_count
from ..services.consignment import CountLine
from ..services.errors import UserError
from ..services.partner_count import CountResult
from ..services.partners import PartnerInfo
from ..store import Store
from .approval import with_approval
from .catalogue_common import dialog_buttons, error_label, hint_label, title_label
from .partner_dialogs import failure_text
from .till_user import current_user_id
from .widgets.style import Palette
from .widgets.text import sentence


class PartnerCountDialog(QDialog):
    """Scan every unit found at the partner's place; each item missing gets a decision: sold or lost."""

    CODE, PRODUCT, EXPECTED, COUNTED, MISSING, DECISION = range(6)

    def __init__(self, store: Store, partner: PartnerInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.partner = store, partner
        self.counted: dict[str, int] = {}
        self.lines: list[CountLine] = []
        self.result_: CountResult | None = None
        self.setObjectName("partnerCountDialog")
        self.setWindowTitle(self.tr("Conteo en {partner}").format(partner=partner.name))
        self.setMinimumWidth(860)
        self.code_input = QLineEdit(self)
        self.code_input.setObjectName("countCodeInput")
        self.code_input.setPlaceholderText(self.tr("Escanee cada etiqueta o escriba el código"))
        self.code_input.returnPressed.connect(self.add_count)
        self.quantity_input = QLineEdit("1", self)
        self.quantity_input.setObjectName("countQuantityInput")
        self.quantity_input.setValidator(QIntValidator(0, 9999, self))
        self.quantity_input.setMaximumWidth(90)
        self.quantity_input.returnPressed.connect(self.add_count)
        form = QFormLayout()
        form.addRow(self.tr("Código"), self.code_input)
        form.addRow(self.tr("Unidades contadas"), self.quantity_input)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("countTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Código"),
                self.tr("Producto"),
                self.tr("Según los libros"),
                self.tr("Contadas"),
                self.tr("Faltan"),
                self.tr("Decisión"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(self.PRODUCT, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(self.DECISION, QHeaderView.ResizeMode.ResizeToContents)
        self.error = error_label(self)
        box, self.ok_button = dialog_buttons(self, self.tr("Registrar lo decidido"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title_label(self.windowTitle(), self))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Escanee cada unidad que está en la tienda. Lo que no se cuenta falta: vendido sin "
                    "reportar (se cobra a la tienda a precio de etiqueta, menos su comisión) o perdido "
                    "(sale del stock). Decide una coordinadora."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.refresh()
        self.code_input.setFocus()

    def decisions(self) -> dict[str, str]:
        """The decision chosen for each item missing."""
        chosen = {}
        for row, line in enumerate(self.lines):
            combo = self.table.cellWidget(row, self.DECISION)
            if isinstance(combo, QComboBox):
                chosen[line.item_code] = str(combo.currentData())
        return chosen

    def set_decision(self, code: str, decision: str) -> None:
        for row, line in enumerate(self.lines):
            combo = self.table.cellWidget(row, self.DECISION)
            if line.item_code == code and isinstance(combo, QComboBox):
                combo.setCurrentIndex(combo.findData(decision))

    @Slot()
    def add_count(self) -> None:
        code = self.code_input.text().strip()
        if not code:
            return
        try:
            item = catalogue.find_item(self.store, code)
        except UserError as exc:
            self.error.setText(sentence(str(exc)))
            return
        units = int(self.quantity_input.text() or "0")
        self.counted[item.code] = self.counted.get(item.code, 0) + units
        self.code_input.clear()
        self.quantity_input.setText("1")
        self.error.setText("")
        self.refresh()
        self.code_input.setFocus()

    @Slot()
    def refresh(self) -> None:
        """The books against the count so far; a decision for each item missing (sold, by default)."""
        kept = self.decisions()
        self.lines = consignment.count_at_partner(self.store, self.partner.code, self.counted)
        self.table.setRowCount(len(self.lines))
        red = QColor(Palette.error_text)
        for row, line in enumerate(self.lines):
            cells = (
                line.item_code,
                line.product_name,
                str(line.expected),
                str(line.counted),
                str(max(line.missing, 0)),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column >= self.EXPECTED:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if line.missing > 0:
                    cell.setForeground(red)
                self.table.setItem(row, column, cell)
            old = self.table.cellWidget(row, self.DECISION)
            if old is not None:
                old.hide()  # deleted later by the view: never shown meanwhile
                self.table.removeCellWidget(row, self.DECISION)
            self.table.setItem(row, self.DECISION, QTableWidgetItem(self._state(line)))
            if line.missing > 0:
                combo = QComboBox(self.table)
                combo.setObjectName(f"decision_{line.item_code}")
                combo.addItem(self.tr("Vendido sin reportar"), "sold")
                combo.addItem(self.tr("Perdido"), "lost")
                combo.setCurrentIndex(max(combo.findData(kept.get(line.item_code, "sold")), 0))
                self.table.setCellWidget(row, self.DECISION, combo)
        self.ok_button.setEnabled(any(line.missing > 0 for line in self.lines))

    def _state(self, line: CountLine) -> str:
        if line.missing < 0:
            return self.tr("Hay {n} de más: revise").format(n=-line.missing)
        return ""

    def accept(self) -> None:
        user = current_user_id(self)
        decisions = self.decisions()
        detail = "; ".join(
            self.tr("{product}: faltan {n}").format(product=line.product_name, n=line.missing)
            for line in self.lines
            if line.missing > 0
        )
        try:
            self.result_ = with_approval(
                self,
                self.store,
                lambda approval: partner_count.settle_count(
                    self.store, self.partner.code, self.counted, decisions, user, approval
                ),
                detail,
            )
        except UserError as exc:
            self.error.setText(failure_text(exc))
            return
        super().accept()
