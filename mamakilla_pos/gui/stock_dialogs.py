"""Dialogs of the stock screen: adjustment, stocktake and an item's movements (transfers: ``transfer_list_dialog``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services import stock
from ..services.errors import UserError
from ..services.stock_views import StockRow, StockTable, StocktakeLine
from ..store import Store
from .approval import with_approval
from .catalogue_common import (
    ROW_HEIGHT,
    Banner,
    ChoiceGrid,
    QuantityInput,
    RowsModel,
    big_button,
    dialog_buttons,
    error_label,
    hint_label,
    sentence,
    setup_table,
    stretch_column,
    title_label,
    two_lines,
)
from .i18n import tr
from .session import current_user_id
from .style import Palette


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


class StocktakeDialog(QDialog):
    """Count what is physically at a location (scan each tag or type the number), see the differences, confirm."""

    CODE, PRODUCT, EXPECTED, COUNTED, DIFFERENCE = range(5)

    def __init__(self, store: Store, table: StockTable, location: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.table_data = table
        self.setObjectName("stocktakeDialog")
        self.setWindowTitle(self.tr("Conteo de inventario"))
        self.booked: dict[str, int] = {}
        self.rows: dict[str, int] = {}
        self.products = {row.item_code: row.product_name for row in table.rows}

        self.location_combo = QComboBox(self)
        self.location_combo.setObjectName("stocktakeLocation")
        for code, name in table.locations:
            self.location_combo.addItem(name, code)
        found = self.location_combo.findData(location)
        self.location_combo.setCurrentIndex(max(found, 0))
        self.location_combo.currentIndexChanged.connect(self._load)

        self.scan_input = QLineEdit(self)
        self.scan_input.setObjectName("stocktakeScan")
        self.scan_input.setPlaceholderText(self.tr("Escanee cada etiqueta (o escriba el código y Enter)"))
        self.scan_input.returnPressed.connect(self.scan)
        self.message = Banner(self)
        self.message.setObjectName("stocktakeMessage")

        self.grid = QTableWidget(0, 5, self)
        self.grid.setObjectName("stocktakeTable")
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Código"), self.tr("Producto"), self.tr("Sistema"), self.tr("Contado"), self.tr("Diferencia")]
        )
        self.grid.verticalHeader().setVisible(False)
        self.grid.verticalHeader().setDefaultSectionSize(ROW_HEIGHT + 4)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setStyleSheet(
            f"QTableWidget {{ background: {Palette.surface}; border: 1px solid {Palette.border};"
            f" border-radius: 8px; selection-background-color: {Palette.primary_soft};"
            f" selection-color: {Palette.text}; }}"
        )
        header = self.grid.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.PRODUCT, QHeaderView.ResizeMode.Stretch)

        self.partial_check = QCheckBox(self.tr("Contar solo lo escaneado (lo demás no cambia)"), self)
        self.partial_check.setObjectName("partialCount")
        self.partial_check.setToolTip(
            self.tr("Sin marcar, todo lo que el sistema tiene aquí y no se contó queda en 0.")
        )
        self.partial_check.toggled.connect(self._update)
        self.touched: set[str] = set()
        self.summary = QLabel("", self)
        self.summary.setObjectName("stocktakeSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("QLabel { font-size: 15pt; font-weight: bold; }")
        self.error = error_label(self)
        self.confirm_button = big_button(
            self.tr("Confirmar conteo"), "confirmStocktake", self, self.confirm_count, "primary"
        )
        self.confirm_button.setMinimumHeight(56)
        close = big_button(self.tr("Cancelar"), "cancelButton", self, self.reject)
        close.setMinimumHeight(56)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ubicación"), self))
        top.addWidget(self.location_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.partial_check, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.confirm_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title_label(self.tr("Conteo de inventario"), self))
        layout.addLayout(top)
        layout.addWidget(self.scan_input)
        layout.addWidget(self.message)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._fit_to_screen()
        self._load()
        self.scan_input.setFocus()

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(
            min(1100, screen.width() - 60) if screen else 1000, min(700, screen.height() - 60) if screen else 680
        )

    def location(self) -> str:
        return str(self.location_combo.currentData())

    @Slot()
    def _load(self) -> None:
        """List every item the system holds at the location, each counted 0 so far."""
        code = self.location()
        self.grid.setRowCount(0)
        self.rows = {}
        self.touched = set()
        for row in self.table_data.rows:
            if row.at(code):
                self._add_row(row.item_code, row.product_name, row.at(code))
        self.message.clear_message()
        self._update()

    def _add_row(self, code: str, product: str, expected: int) -> int:
        index = self.grid.rowCount()
        self.grid.insertRow(index)
        self.grid.setItem(index, self.CODE, QTableWidgetItem(code))
        self.grid.setItem(index, self.PRODUCT, QTableWidgetItem(product))
        expected_item = QTableWidgetItem(str(expected))
        expected_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.setItem(index, self.EXPECTED, expected_item)
        spin = QLineEdit("0", self.grid)
        spin.setObjectName(f"count_{code}")
        spin.setValidator(QIntValidator(0, 99999, spin))
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        spin.setMinimumWidth(110)
        spin.setStyleSheet("QLineEdit { font-size: 16pt; font-weight: bold; min-height: 0px; padding: 0px 6px; }")
        spin.textEdited.connect(lambda _text, c=code: self._counted(c))
        self.grid.setCellWidget(index, self.COUNTED, spin)
        difference = QTableWidgetItem("")
        difference.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.setItem(index, self.DIFFERENCE, difference)
        self.rows[code] = index
        return index

    def _counted(self, code: str) -> None:
        self.touched.add(code)
        self._update()

    def _spin(self, code: str) -> QLineEdit:
        widget = self.grid.cellWidget(self.rows[code], self.COUNTED)
        assert isinstance(widget, QLineEdit)
        return widget

    def counted(self, code: str) -> int:
        """Units counted so far of ``code`` (0 when the cell is empty)."""
        try:
            return int(self._spin(code).text())
        except ValueError:
            return 0

    def set_count(self, code: str, counted: int) -> None:
        self._spin(code).setText(str(counted))
        self._counted(code)

    @Slot()
    def scan(self) -> None:
        """One scanned (or typed) tag: one more unit of that item counted."""
        text = self.scan_input.text().strip()
        self.scan_input.clear()
        if not text:
            return
        code = next((c for c in self.rows if c.casefold() == text.casefold()), None)
        if code is None:
            try:
                from ..services.catalogue import find_item

                item = find_item(self.store, text)
            except UserError as exc:
                self.message.say(str(exc), "error")
                return
            code = item.code
            self.products[code] = item.product_name
            self._add_row(code, item.product_name, stock.stock_of(self.store, code, self.location()))
        self.set_count(code, self.counted(code) + 1)
        self.grid.selectRow(self.rows[code])
        self.grid.scrollToItem(self.grid.item(self.rows[code], self.CODE))
        self.message.say(
            self.tr("{product} ({code}): {count} contados").format(
                product=self.products.get(code, code), code=code, count=self.counted(code)
            ),
            "success",
        )

    def partial(self) -> bool:
        return self.partial_check.isChecked()

    def counts(self) -> dict[str, int]:
        """Units counted per code: every listed item, or only those scanned or typed in a partial count."""
        return {code: self.counted(code) for code in self.rows if not self.partial() or code in self.touched}

    def preview(self) -> list[StocktakeLine]:
        return stock.stocktake_preview(self.store, self.counts(), self.location(), not self.partial())

    @Slot()
    def _update(self) -> None:
        missing = surplus = 0
        for code, index in self.rows.items():
            expected = int(self.grid.item(index, self.EXPECTED).text())
            difference = self.counted(code) - expected
            cell = self.grid.item(index, self.DIFFERENCE)
            if self.partial() and code not in self.touched:
                cell.setText("")
                continue
            cell.setText(f"{difference:+d}" if difference else "0")
            if difference < 0:
                cell.setForeground(Palette.color("error_text"))
                missing -= difference
            elif difference > 0:
                cell.setForeground(Palette.color("success_text"))
                surplus += difference
            else:
                cell.setForeground(Palette.color("muted"))
        if missing or surplus:
            self.summary.setText(
                self.tr("Faltan {missing} y sobran {surplus} unidades según el sistema.").format(
                    missing=missing, surplus=surplus
                )
            )
        else:
            self.summary.setText(self.tr("El conteo coincide con el sistema."))

    @Slot()
    def confirm_count(self) -> None:
        """Book the differences as stocktake movements."""
        try:
            self.booked = with_approval(
                self,
                self.store,
                lambda approval: stock.stocktake(
                    self.store,
                    self.counts(),
                    self.location(),
                    current_user_id(self),
                    missing_are_zero=not self.partial(),
                    approval=approval,
                ),
            )
        except UserError as exc:
            self.error.setText(sentence(str(exc)))
            return
        self.accept()

    @classmethod
    def run(
        cls, parent: QWidget | None, store: Store, table: StockTable, location: str | None = None
    ) -> tuple[dict[str, int], bool]:
        """``(differences booked per item code, accepted)``."""
        dialog = cls(store, table, location, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.booked, accepted
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
        for column, width in ((1, 230), (5, 200)):
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
            min(1100, screen.width() - 60) if screen else 1000, min(640, screen.height() - 60) if screen else 600
        )

    @classmethod
    def run(cls, parent: QWidget | None, store: Store, row: StockRow) -> None:
        dialog = cls(store, row, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
