"""Dialogs of the stock screen: an adjustment and an item's movements.

Transfers are in ``transfer_list_dialog``, stocktakes in ``stocktake_dialog``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import stock
from ..services.errors import UserError
from ..services.stock_views import StockRow, StockTable
from ..store import Store
from .approval import with_approval
from .catalogue_common import (
    ChoiceGrid,
    QuantityInput,
    RowsModel,
    big_button,
    dialog_buttons,
    error_label,
    hint_label,
    setup_table,
    stretch_column,
    title_label,
    two_lines,
)
from .till_user import current_user_id
from .widgets.i18n import tr
from .widgets.style import Palette
from .widgets.text import sentence


def reason_label(code: str) -> str:
    """An adjustment reason code in words."""
    labels = {
        "damaged": tr("Dañado"),
        "gift": tr("Regalo"),
        "lost": tr("Perdido"),
        "sample": tr("Muestra"),
        "found": tr("Encontrado"),
        "correction": tr("Corrección"),
    }
    return labels.get(code, code)


def movement_label(kind: str) -> str:
    """A movement kind in words."""
    labels = {
        "production": tr("Producción"),
        "sale": tr("Venta"),
        "refund": tr("Devolución"),
        "transfer_out": tr("Traslado: sale"),
        "transfer_in": tr("Traslado: entra"),
        "adjustment": tr("Ajuste"),
        "stocktake": tr("Conteo"),
        "partner_sale": tr("Venta en tienda aliada"),
    }
    return labels.get(kind, kind)


REMOVING = ("damaged", "gift", "lost", "sample")


def _item_title(row: StockRow) -> str:
    return f"{row.product_name}  ·  {row.item_code}"


class AdjustDialog(QDialog):
    """Take units off (damaged, gift, lost, sample) or add some (found), with a reason."""

    def __init__(
        self, store: Store, row: StockRow, table: StockTable, location: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.row = row
        self.setObjectName("adjustDialog")
        self.setWindowTitle(self.tr("Ajustar stock"))
        self.setMinimumWidth(880)
        codes = [code for code, _ in table.locations]
        self.location = location if location in codes else codes[0]
        self.reason = ""
        self.sign = -1

        self.location_grid = ChoiceGrid(3, self._location, self, height=64)
        self.location_grid.set_choices(
            [(code, f"{two_lines(name)} ({row.at(code)})", f"location_{code}") for code, name in table.locations]
        )
        self.location_grid.setFixedHeight(((len(codes) + 2) // 3) * 74)
        self.reason_grid = ChoiceGrid(3, self._reason, self, height=56)
        self.reason_grid.set_choices(
            [(code, reason_label(code), f"reason_{code}") for code in stock.ADJUSTMENT_REASONS]
        )
        self.reason_grid.setFixedHeight(2 * 66)
        self.remove_button = big_button(self.tr("Quitar unidades"), "removeUnits", self, lambda: self._sign(-1))
        self.add_button = big_button(self.tr("Agregar unidades"), "addUnits", self, lambda: self._sign(1))
        for button in (self.remove_button, self.add_button):
            button.setCheckable(True)
        self.quantity = QuantityInput(1, self)
        self.note_input = QLineEdit(self)
        self.note_input.setObjectName("noteInput")
        self.note_input.setPlaceholderText(self.tr("Detalle (opcional): costura rota, regalo a la madrina…"))
        self.error = error_label(self)
        box, self.ok_button = dialog_buttons(self, self.tr("Guardar ajuste"))

        direction = QHBoxLayout()
        direction.addWidget(self.remove_button)
        direction.addWidget(self.add_button)
        direction.addStretch(1)
        how_many = QHBoxLayout()
        how_many.addWidget(QLabel(self.tr("Cantidad"), self))
        how_many.addWidget(self.quantity, 1)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title_label(_item_title(row), self))
        layout.addWidget(QLabel(self.tr("Dónde"), self))
        layout.addWidget(self.location_grid)
        layout.addWidget(QLabel(self.tr("Motivo"), self))
        layout.addWidget(self.reason_grid)
        layout.addLayout(direction)
        layout.addLayout(how_many)
        layout.addWidget(self.note_input)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self._location(self.location)
        self._sign(-1)

    def _location(self, code: object) -> None:
        self.location = str(code)
        self.location_grid.mark(self.location)

    def _reason(self, code: object) -> None:
        self.reason = str(code)
        self.reason_grid.mark(self.reason)
        if self.reason in REMOVING:
            self._sign(-1)
        elif self.reason == "found":
            self._sign(1)

    def _sign(self, sign: int) -> None:
        self.sign = sign
        self.remove_button.setChecked(sign < 0)
        self.add_button.setChecked(sign > 0)

    def change(self) -> int:
        return self.sign * self.quantity.value()

    def accept(self) -> None:
        if not self.reason:
            self.error.setText(self.tr("Elija el motivo del ajuste."))
            return
        if self.reason in REMOVING and self.sign > 0:
            self.error.setText(self.tr("Un producto dañado, regalado, perdido o de muestra se quita del stock."))
            return
        try:
            with_approval(
                self,
                self.store,
                lambda approval: stock.adjust(
                    self.store,
                    self.row.item_code,
                    self.change(),
                    self.location,
                    self.reason,
                    current_user_id(self),
                    note=self.note_input.text(),
                    approval=approval,
                ),
            )
        except UserError as exc:
            self.error.setText(sentence(str(exc)))
            return
        super().accept()

    @classmethod
    def run(
        cls, parent: QWidget | None, store: Store, row: StockRow, table: StockTable, location: str | None = None
    ) -> tuple[tuple[int, str, str], bool]:
        """``((signed change, location, reason), accepted)``."""
        dialog = cls(store, row, table, location, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.change(), dialog.location, dialog.reason), accepted
        finally:
            dialog.deleteLater()


class MovementsDialog(QDialog):
    """Every stock movement of one item: when, where, what, how many, the level left, who."""

    def __init__(self, store: Store, row: StockRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("movementsDialog")
        self.setWindowTitle(self.tr("Movimientos"))
        movements = stock.movement_history(store, row.item_code)
        self.model = RowsModel(
            [
                self.tr("Fecha y hora"),
                self.tr("Ubicación"),
                self.tr("Movimiento"),
                self.tr("Cantidad"),
                self.tr("Queda"),
                self.tr("Quién"),
                self.tr("Detalle"),
            ]
        )
        self.model.align_right = {3, 4}
        rows, colours = [], {}
        for index, m in enumerate(movements):
            detail = m.document
            if m.kind == "adjustment":
                code, _, note = m.reason.partition(":")
                detail = reason_label(code.strip()) + (f": {note.strip()}" if note.strip() else "")
            elif m.reason and m.kind != "stocktake":
                detail = m.reason
            rows.append(
                [
                    m.created_at.strftime("%d/%m/%Y %H:%M"),
                    m.location,
                    movement_label(m.kind),
                    f"{m.quantity:+d}",
                    str(m.level_after),
                    m.user or self.tr("—"),
                    detail,
                ]
            )
            if m.level_after < 0:
                colours[index] = (Palette.error_text, "")
        self.model.set_rows(rows, None, colours)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        setup_table(self.view, "movementsTable")
        stretch_column(self.view, 6)
        header = self.view.horizontalHeader()
        for column, width in ((1, 210), (5, 180)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        close = big_button(self.tr("Cerrar"), "closeButton", self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(_item_title(row), self))
        layout.addWidget(hint_label(row.makers, self))
        layout.addWidget(self.view, 1)
        row_layout = QHBoxLayout()
        row_layout.addStretch(1)
        row_layout.addWidget(close)
        layout.addLayout(row_layout)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(
            min(1240, screen.width() - 60) if screen else 1000, min(640, screen.height() - 60) if screen else 600
        )

    @classmethod
    def run(cls, parent: QWidget | None, store: Store, row: StockRow) -> None:
        dialog = cls(store, row, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
