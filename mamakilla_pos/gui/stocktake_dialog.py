"""A stocktake: first the kind of count, then scan or type what is there, then confirm the differences.

A **partial** count changes only the items scanned or typed. A **full**
count of a location takes everything not counted as gone: its cells start
empty (never "0"), and before booking, the items it would bring to zero are
listed for a second look.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services import stock
from ..services.errors import UserError
from ..services.stock_views import StockTable, StocktakeLine
from ..store import Store
from .approval import with_approval
from .catalogue_common import Banner, big_button, error_label, hint_label, setup_scan_table, title_label
from .till_user import current_user_id
from .widgets.i18n import plural, tr
from .widgets.style import Palette
from .widgets.text import sentence


class ListQuestion(QDialog):
    """A yes/no question over a list that may be long (it scrolls): "these items will go to 0"."""

    def __init__(self, title: str, head: str, lines: list[str], yes: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listQuestion")
        self.setWindowTitle(title)
        question = title_label(head, self)
        question.setObjectName("questionText")
        self.list = QListWidget(self)
        self.list.setObjectName("questionList")
        self.list.addItems(lines)
        self.list.setStyleSheet("QListWidget { font-size: 14pt; }")
        self.yes_button = big_button(yes, "confirmYes", self, self.accept, "primary")
        self.no_button = big_button(tr("Cancelar"), "confirmNo", self, self.reject)
        self.no_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.no_button)
        buttons.addWidget(self.yes_button)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.resize(760, min(560, 140 + 34 * len(lines)))
        self.no_button.setFocus()


def confirm_list(parent: QWidget, title: str, head: str, lines: list[str], yes: str) -> bool:
    """Ask ``head`` over ``lines``; ``True`` when the person chose ``yes``."""
    dialog = ListQuestion(title, head, lines, yes, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class StocktakeDialog(QDialog):
    """Count what is physically at a location (scan each tag or type the number), see the differences, confirm."""

    CODE, PRODUCT, EXPECTED, COUNTED, DIFFERENCE = range(5)
    FULL, PARTIAL = "full", "partial"

    def __init__(self, store: Store, table: StockTable, location: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.table_data = table
        self.setObjectName("stocktakeDialog")
        self.setWindowTitle(self.tr("Conteo de inventario"))
        self.booked: dict[str, int] = {}
        self.rows: dict[str, int] = {}
        self.expected: dict[str, int] = {}
        self.touched: set[str] = set()
        self.mode = ""
        self.products = {row.item_code: row.product_name for row in table.rows}

        self.location_combo = QComboBox(self)
        self.location_combo.setObjectName("stocktakeLocation")
        for code, name in table.locations:
            self.location_combo.addItem(name, code)
        self.location_combo.setCurrentIndex(max(self.location_combo.findData(location), 0))
        self.location_combo.setStyleSheet("QComboBox { font-size: 15pt; min-height: 44px; }")

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._count_page())
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.pages)
        self._fit_to_screen()
        self.full_button.setFocus()

    # -- pages ------------------------------------------------------------------------------------

    def _choice_page(self) -> QWidget:
        page = QWidget(self)
        self.full_button = big_button(self.tr("Conteo completo"), "fullCountButton", page, self.start_full, "primary")
        self.partial_button = big_button(self.tr("Conteo parcial"), "partialCountButton", page, self.start_partial)
        for button in (self.full_button, self.partial_button):
            button.setMinimumHeight(72)
            button.setAutoDefault(True)
        full_hint = hint_label(
            self.tr(
                "Se cuenta todo lo que hay en la ubicación. Lo que no se cuente queda en 0 "
                "(antes de guardar se muestra la lista)."
            ),
            page,
        )
        partial_hint = hint_label(self.tr("Se cuentan solo algunos artículos. Lo que no se escanee no cambia."), page)
        cancel = big_button(self.tr("Cancelar"), "cancelButton", page, self.reject)
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("Ubicación"), page))
        where.addWidget(self.location_combo, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(title_label(self.tr("¿Qué conteo va a hacer?"), page))
        layout.addLayout(where)
        layout.addSpacing(8)
        layout.addWidget(self.partial_button)
        layout.addWidget(partial_hint)
        layout.addSpacing(8)
        layout.addWidget(self.full_button)
        layout.addWidget(full_hint)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        layout.addLayout(row)
        return page

    def _count_page(self) -> QWidget:
        page = QWidget(self)
        self.count_title = title_label("", page)
        self.count_title.setObjectName("stocktakeTitle")
        self.scan_input = QLineEdit(page)
        self.scan_input.setObjectName("stocktakeScan")
        self.scan_input.setPlaceholderText(self.tr("Escanee cada etiqueta (o escriba el código y Enter)"))
        self.scan_input.returnPressed.connect(self.scan)
        self.message = Banner(page)
        self.message.setObjectName("stocktakeMessage")
        self.grid = QTableWidget(0, 5, page)
        self.grid.setObjectName("stocktakeTable")
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Código"), self.tr("Producto"), self.tr("Sistema"), self.tr("Contado"), self.tr("Diferencia")]
        )
        setup_scan_table(self.grid, self.PRODUCT)
        self.summary = QLabel("", page)
        self.summary.setObjectName("stocktakeSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("QLabel { font-size: 15pt; font-weight: bold; }")
        self.error = error_label(page)
        self.confirm_button = big_button(
            self.tr("Confirmar conteo"), "confirmStocktake", page, self.confirm_count, "primary"
        )
        close = big_button(self.tr("Cancelar"), "cancelCountButton", page, self.reject)
        for button in (self.confirm_button, close):
            button.setMinimumHeight(56)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.count_title)
        layout.addWidget(self.scan_input)
        layout.addWidget(self.message)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        return page

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(
            min(1100, screen.width() - 60) if screen else 1000, min(700, screen.height() - 60) if screen else 680
        )

    # -- the kind of count ------------------------------------------------------------------------

    def location(self) -> str:
        return str(self.location_combo.currentData())

    @Slot()
    def start_full(self) -> None:
        """Everything the location holds is listed, each waiting to be counted."""
        self._start(self.FULL)

    @Slot()
    def start_partial(self) -> None:
        """The list starts empty: only what is scanned or typed is counted."""
        self._start(self.PARTIAL)

    def _start(self, mode: str) -> None:
        self.mode = mode
        self.location_combo.setEnabled(False)
        place = self.location_combo.currentText()
        self.count_title.setText(
            self.tr("Conteo completo: {place}").format(place=place)
            if mode == self.FULL
            else self.tr("Conteo parcial: {place}").format(place=place)
        )
        self.grid.setRowCount(0)
        self.rows, self.expected, self.touched = {}, {}, set()
        if mode == self.FULL:
            code = self.location()
            for row in self.table_data.rows:
                if row.at(code):
                    self._add_row(row.item_code, row.product_name, row.at(code))
        self.pages.setCurrentIndex(1)
        self._update()
        self.scan_input.setFocus()

    def partial(self) -> bool:
        return self.mode == self.PARTIAL

    # -- counting ---------------------------------------------------------------------------------

    def _add_row(self, code: str, product: str, expected: int) -> int:
        index = self.grid.rowCount()
        self.grid.insertRow(index)
        self.grid.setItem(index, self.CODE, QTableWidgetItem(code))
        self.grid.setItem(index, self.PRODUCT, QTableWidgetItem(product))
        expected_item = QTableWidgetItem(str(expected))
        expected_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.setItem(index, self.EXPECTED, expected_item)
        cell = QLineEdit("", self.grid)
        cell.setObjectName(f"count_{code}")
        cell.setPlaceholderText(self.tr("sin contar"))
        cell.setValidator(QIntValidator(0, 99999, cell))
        cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cell.setMinimumWidth(130)
        cell.setStyleSheet("QLineEdit { font-size: 16pt; font-weight: bold; min-height: 0px; padding: 0px 6px; }")
        cell.textEdited.connect(lambda _text, c=code: self._counted(c))
        self.grid.setCellWidget(index, self.COUNTED, cell)
        difference = QTableWidgetItem("")
        difference.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.setItem(index, self.DIFFERENCE, difference)
        self.rows[code] = index
        self.expected[code] = expected
        return index

    def _counted(self, code: str) -> None:
        self.touched.add(code)
        self._update()

    def _cell(self, code: str) -> QLineEdit:
        widget = self.grid.cellWidget(self.rows[code], self.COUNTED)
        assert isinstance(widget, QLineEdit)
        return widget

    def counted(self, code: str) -> int:
        """Units counted so far of ``code`` (0 when the cell is empty)."""
        try:
            return int(self._cell(code).text())
        except ValueError:
            return 0

    def set_count(self, code: str, counted: int) -> None:
        self._cell(code).setText(str(counted))
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

    def counts(self) -> dict[str, int]:
        """Units counted per code: every listed item in a full count (empty is 0), only those counted in a partial."""
        return {code: self.counted(code) for code in self.rows if not self.partial() or code in self.touched}

    def preview(self) -> list[StocktakeLine]:
        return stock.stocktake_preview(self.store, self.counts(), self.location(), not self.partial())

    def zeroed(self) -> list[str]:
        """Codes a full count would bring from some units to none."""
        if self.partial():
            return []
        return [code for code in self.rows if self.expected[code] and not self.counted(code)]

    @Slot()
    def _update(self) -> None:
        missing = surplus = 0
        for code, index in self.rows.items():
            cell = self.grid.item(index, self.DIFFERENCE)
            if code not in self.touched:
                cell.setText(self.tr("→ 0") if self.mode == self.FULL and self.expected[code] else "")
                cell.setForeground(Palette.color("muted"))
                if self.mode == self.FULL:
                    missing += max(self.expected[code], 0)
                continue
            difference = self.counted(code) - self.expected[code]
            cell.setText(f"{difference:+d}" if difference else "0")
            if difference < 0:
                cell.setForeground(Palette.color("error_text"))
                missing -= difference
            elif difference > 0:
                cell.setForeground(Palette.color("success_text"))
                surplus += difference
            else:
                cell.setForeground(Palette.color("muted"))
        if not self.rows:
            self.summary.setText(self.tr("Escanee la primera etiqueta."))
        elif missing or surplus:
            self.summary.setText(
                self.tr("Faltan {missing} y sobran {surplus} unidades según el sistema.").format(
                    missing=missing, surplus=surplus
                )
            )
        else:
            self.summary.setText(self.tr("El conteo coincide con el sistema."))
        self.confirm_button.setEnabled(bool(self.rows))

    def zero_lines(self, codes: list[str]) -> tuple[str, list[str]]:
        """The question before a full count zeroes ``codes``, and one line per item."""
        lines = [
            self.tr("{product} ({code}): {units} → 0").format(
                product=self.products.get(code, code), code=code, units=self.expected[code]
            )
            for code in codes
        ]
        head = plural(
            len(codes),
            self.tr("Este artículo no se contó (o se contó 0) y quedará en 0 en {place}:"),
            self.tr("Estos {n} artículos no se contaron (o se contaron 0) y quedarán en 0 en {place}:"),
        ).format(place=self.location_combo.currentText())
        return head, lines

    @Slot()
    def confirm_count(self) -> None:
        """Book the differences as stocktake movements; a full count first shows what it will zero."""
        zeroed = self.zeroed()
        if zeroed:
            head, lines = self.zero_lines(zeroed)
            if not confirm_list(self, self.tr("Quedarán en 0"), head, lines, self.tr("Sí, dejarlos en 0")):
                return
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
