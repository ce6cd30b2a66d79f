"""A transfer list: scan or pick many items with their units, see what the origin holds, move them all at once.

Preparing a fair: scan each tag (or type a code or a name), adjust the
units, check each line against what the origin holds (lines asking for more
turn red and need a coordinator's PIN), then move everything in one go and
print the packing slip. At the end of the fair the same screen lists what is
left at the stand, with what went out and what was sold, and brings it back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt, Slot
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.text import fold
from ..printing import PrintError, print_pdf
from ..services import catalogue, locations, transfer_docs, transfers
from ..services.errors import UserError
from ..services.settings import get_settings
from ..services.transfer_views import FairOuting, TransferLine, TransferListResult
from ..store import Store
from .approval import with_approval
from .catalogue_common import Banner, big_button, error_label, hint_label, setup_scan_table, title_label
from .till_user import current_user_id
from .widgets.i18n import language, makers_of, plural
from .widgets.pdf_view import PdfViewDialog
from .widgets.print_or_save import documents_folder
from .widgets.style import Palette
from .widgets.text import sentence

MAX_UNITS = transfers.MAX_UNITS
_QUANTITY_STYLE = "QLineEdit { font-size: 16pt; font-weight: bold; min-height: 0px; padding: 0 6px; }"
_OVER_STYLE = (
    "QLineEdit { font-size: 16pt; font-weight: bold; min-height: 0px; padding: 0 6px;"
    f" color: {Palette.error_text}; background: {Palette.error_bg}; border: 2px solid {Palette.error_text}; }}"
)


@dataclass(frozen=True)
class ListLine:
    """A line of the list on screen; ``sent`` and ``sold`` only on the return from a fair."""

    code: str
    product: str
    makers: str
    quantity: int
    on_hand: int
    sent: int | None = None
    sold: int | None = None


def transfers_folder() -> Path:
    """Where packing slips are offered to be saved: ``~/Documents/Mama Killa/Traslados``."""
    return documents_folder("Traslados")


class TransferListDialog(QDialog):
    """Many items from one location to another, one transaction; or the return of a fair stand."""

    CODE, PRODUCT, MAKERS, SENT, SOLD, ON_HAND, QUANTITY = range(7)

    def __init__(
        self,
        store: Store,
        places: tuple[tuple[str, str], ...],
        source: str | None = None,
        first: str = "",
        fair: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.fair = fair
        self.places = places
        self.lines: list[ListLine] = []
        self.recorded: TransferListResult | None = None
        self.setObjectName("transferListDialog")
        names = dict(places)
        self.setWindowTitle(self.tr("Retorno de feria") if fair else self.tr("Lista de traslado"))

        self.source_combo = self._location_combo("sourceCombo")
        self.target_combo = self._location_combo("targetCombo")
        codes = [code for code, _ in places]
        start = fair or (source if source in names else codes[0])
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(start)))
        target = self._default_target(start, codes)
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(target)))
        self.source_combo.setEnabled(not fair)
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self.target_combo.currentIndexChanged.connect(self._update)

        self._build_scan(store)
        self._build_table(fair)

        self.summary = QLabel("", self)
        self.summary.setObjectName("transferSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("QLabel { font-size: 15pt; font-weight: bold; }")
        self.over_label = hint_label("", self)
        self.over_label.setObjectName("overStockLabel")
        self.over_label.setStyleSheet(f"QLabel {{ color: {Palette.error_text}; font-weight: bold; }}")
        self.note_input = QLineEdit(self)
        self.note_input.setObjectName("noteInput")
        self.note_input.setMaxLength(120)
        self.note_input.setPlaceholderText(self.tr("Nota (opcional): feria del domingo…"))
        self.error = error_label(self)
        self.remove_button = big_button(self.tr("Quitar línea"), "removeLineButton", self, self.remove_line)
        self.cancel_button = big_button(self.tr("Cancelar"), "cancelButton", self, self.reject)
        self.confirm_button = big_button("", "confirmTransferButton", self, self.confirm, "primary")
        self.confirm_button.setMinimumWidth(320)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self, self.confirm)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_line)

        self._lay_out(fair, names)
        self._fit_to_screen()
        if fair:
            self._load_fair()
        elif first:
            self.add_item(first)
        self._update()
        self.scan_input.setFocus()

    def _build_scan(self, store: Store) -> None:
        """The scan field, finding items by code or by a part of their name, and the message above the list."""
        self.scan_input = QLineEdit(self)
        self.scan_input.setObjectName("transferScan")
        self.scan_input.setPlaceholderText(self.tr("Escanee cada etiqueta, o escriba código o nombre y Enter"))
        self.scan_input.returnPressed.connect(self.scan)
        self._items = {item.code: item for item in catalogue.catalogue(store)}
        self._by_text = {f"{i.product_name} · {i.code} · {makers_of(i)}": i.code for i in self._items.values()}
        completer = QCompleter(QStringListModel(sorted(self._by_text), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._picked)
        self.scan_input.setCompleter(completer)
        self.message = Banner(self)
        self.message.setObjectName("transferMessage")

    def _build_table(self, fair: str) -> None:
        """The list's table (what went out and was sold, on a fair's return)."""
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("transferTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Código"),
                self.tr("Producto"),
                self.tr("Hecho por"),
                self.tr("Salió"),
                self.tr("Vendido"),
                self.tr("Hay allí") if fair else self.tr("Hay en origen"),
                self.tr("Cantidad"),
            ]
        )
        self.table.setColumnHidden(self.SENT, not fair)
        self.table.setColumnHidden(self.SOLD, not fair)
        setup_scan_table(self.table, self.PRODUCT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.MAKERS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.MAKERS, 200)
        header.setSectionResizeMode(self.QUANTITY, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(self.QUANTITY, 130)

    def _default_target(self, start: str, codes: list[str]) -> str:
        """A fair returns to the workshop; a list goes to the first other place."""
        others = [code for code in codes if code != start] or codes
        if self.fair:
            workshops = [code for code, _name, kind in locations.list_locations(self.store) if kind == "workshop"]
            return next((code for code in workshops if code in others), others[0])
        return others[0]

    def _location_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for code, location_name in self.places:
            combo.addItem(location_name, code)
        combo.setStyleSheet("QComboBox { font-size: 15pt; min-height: 44px; }")
        return combo

    def _lay_out(self, fair: str, names: dict[str, str]) -> None:
        title = (
            self.tr("Retorno de feria: {place}").format(place=names.get(fair, fair))
            if fair
            else self.tr("Lista de traslado")
        )
        ends = QHBoxLayout()
        ends.addWidget(QLabel(self.tr("Desde"), self))
        ends.addWidget(self.source_combo, 1)
        ends.addSpacing(12)
        ends.addWidget(QLabel("→", self))
        ends.addSpacing(12)
        ends.addWidget(QLabel(self.tr("Hacia"), self))
        ends.addWidget(self.target_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(title_label(title, self))
        if fair:
            layout.addWidget(
                hint_label(
                    self.tr(
                        "Lo que queda en la feria según el sistema. Cambie la cantidad de lo que de verdad volvió."
                    ),
                    self,
                )
            )
        layout.addLayout(ends)
        layout.addWidget(self.scan_input)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.over_label)
        layout.addWidget(self.note_input)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(
            min(1180, screen.width() - 40) if screen else 1100, min(720, screen.height() - 40) if screen else 700
        )

    # -- the lines -------------------------------------------------------------------------------

    def source(self) -> str:
        return str(self.source_combo.currentData())

    def target(self) -> str:
        return str(self.target_combo.currentData())

    def _load_fair(self) -> None:
        outing: FairOuting = transfers.fair_outing(self.store, self.fair)
        for line in outing.lines:
            if line.left > 0:
                self.lines.append(
                    ListLine(line.item_code, line.product_name, line.makers, line.left, line.left, line.sent, line.sold)
                )
        self._render()
        if not self.lines:
            self.message.say(self.tr("En esta ubicación no queda nada que traer de vuelta."), "info")

    def add_item(self, code: str, units: int = 1) -> bool:
        """One more line of ``code`` (or ``units`` more on its line); ``False`` when no such item."""
        index = next((i for i, line in enumerate(self.lines) if line.code == code), None)
        if index is not None:
            line = self.lines[index]
            self.lines[index] = replace(line, quantity=min(MAX_UNITS, self.quantity_of(index) + units))
        else:
            try:
                [held] = transfers.on_hand(self.store, self.source(), [code])
            except UserError as exc:
                self.message.say(str(exc), "error")
                return False
            self.lines.append(ListLine(held.item_code, held.product_name, held.makers, units, held.units))
            index = len(self.lines) - 1
        self._render()
        self.table.selectRow(index)
        self.table.scrollToItem(self.table.item(index, self.CODE))
        line = self.lines[index]
        self.message.say(
            self.tr("{product} ({code}): {units} en la lista").format(
                product=line.product, code=line.code, units=line.quantity
            ),
            "success",
        )
        return True

    @Slot()
    def scan(self) -> None:
        """A scanned tag (or a typed code) adds one unit; a name that fits one item adds it too."""
        text = self.scan_input.text().strip()
        self.scan_input.clear()
        if not text:
            return
        code = next((c for c in self._items if c.casefold() == text.casefold()), None)
        if code is None:
            code = self._by_text.get(text)
        if code is None:
            words = fold(text).split()
            found = [c for t, c in self._by_text.items() if all(w in fold(t) for w in words)]
            if len(found) == 1:
                code = found[0]
            elif found:
                self.message.say(
                    self.tr("Hay {count} productos con «{text}»: elija uno de la lista.").format(
                        count=len(found), text=text
                    ),
                    "warning",
                )
                self.scan_input.setText(text)
                self.scan_input.completer().complete()
                return
        if code is None:
            try:
                code = catalogue.find_item(self.store, text).code
            except UserError as exc:
                self.message.say(str(exc), "error")
                return
        self.add_item(code)

    @Slot(str)
    def _picked(self, text: str) -> None:
        code = self._by_text.get(text)
        if code is not None:
            self.add_item(code)
            self.scan_input.clear()

    def quantity_of(self, row: int) -> int:
        widget = self.table.cellWidget(row, self.QUANTITY)
        try:
            return int(widget.text()) if isinstance(widget, QLineEdit) else self.lines[row].quantity
        except ValueError:
            return 0

    def set_quantity(self, code: str, units: int) -> None:
        """Type ``units`` as the quantity of ``code``'s line."""
        row = next(i for i, line in enumerate(self.lines) if line.code == code)
        widget = self.table.cellWidget(row, self.QUANTITY)
        assert isinstance(widget, QLineEdit)
        widget.setText(str(units))
        self._typed()

    @Slot()
    def remove_line(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self._keep_typed()
        line = self.lines.pop(rows[0].row())
        self._render()
        self.message.say(self.tr("Quitado de la lista: {product}.").format(product=line.product), "info")

    def _keep_typed(self) -> None:
        self.lines = [replace(line, quantity=self.quantity_of(i)) for i, line in enumerate(self.lines)]

    @Slot()
    def _source_changed(self) -> None:
        """What each line's origin holds, read again."""
        self._keep_typed()
        if self.lines:
            held = {h.item_code: h.units for h in transfers.on_hand(self.store, self.source(), self.codes())}
            self.lines = [replace(line, on_hand=held.get(line.code, 0)) for line in self.lines]
        self._render()

    def codes(self) -> list[str]:
        return [line.code for line in self.lines]

    def _render(self) -> None:
        self.table.setRowCount(0)
        for row, line in enumerate(self.lines):
            self.table.insertRow(row)
            for column, text in (
                (self.CODE, line.code),
                (self.PRODUCT, line.product),
                (self.MAKERS, line.makers or self.tr("Taller")),
                (self.SENT, "" if line.sent is None else str(line.sent)),
                (self.SOLD, "" if line.sold is None else str(line.sold)),
                (self.ON_HAND, str(line.on_hand)),
            ):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text if column in (self.PRODUCT, self.MAKERS) else "")
                if column >= self.SENT:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
            edit = QLineEdit(str(line.quantity), self.table)
            edit.setObjectName(f"quantity_{line.code}")
            edit.setValidator(QIntValidator(0, MAX_UNITS, edit))
            edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
            edit.setMinimumWidth(110)
            edit.textEdited.connect(lambda _text: self._typed())
            self.table.setCellWidget(row, self.QUANTITY, edit)
        self._update()

    @Slot()
    def _typed(self) -> None:
        self._update()

    # -- what the list asks for ------------------------------------------------------------------

    def requested(self) -> list[TransferLine]:
        return [TransferLine(line.code, self.quantity_of(i)) for i, line in enumerate(self.lines)]

    def over_stock(self) -> list[ListLine]:
        """Lines asking for more than the origin holds."""
        return [line for i, line in enumerate(self.lines) if self.quantity_of(i) > line.on_hand]

    @Slot()
    def _update(self) -> None:
        units = sum(self.quantity_of(i) for i in range(len(self.lines)))
        over = {line.code for line in self.over_stock()}
        for row, line in enumerate(self.lines):
            cell = self.table.item(row, self.ON_HAND)
            edit = self.table.cellWidget(row, self.QUANTITY)
            if cell is None or edit is None:
                continue
            cell.setForeground(Palette.color("error_text" if line.code in over else "text"))
            cell.setBackground(Palette.color("error_bg" if line.code in over else "surface"))
            edit.setStyleSheet(_OVER_STYLE if line.code in over else _QUANTITY_STYLE)
            edit.setToolTip(self.tr("Más de lo que hay en origen") if line.code in over else "")
        if self.lines:
            self.summary.setText(
                self.tr("Unidades: {units} · Artículos: {items}").format(units=units, items=len(self.lines))
            )
        else:
            self.summary.setText(self.tr("La lista está vacía: escanee la primera etiqueta."))
        source_name = self.source_combo.currentText()
        self.over_label.setText(
            plural(
                len(over),
                self.tr("{n} línea en rojo pide más de lo que hay en {place}: hará falta el PIN de una coordinadora."),
                self.tr(
                    "{n} líneas en rojo piden más de lo que hay en {place}: hará falta el PIN de una coordinadora."
                ),
            ).format(place=source_name)
            if over
            else ""
        )
        self.over_label.setVisible(bool(over))
        target_name = self.target_combo.currentText()
        self.confirm_button.setText(
            self.tr("Traer {units} a {place}").format(units=units, place=target_name)
            if self.fair
            else self.tr("Trasladar {units} a {place}").format(units=units, place=target_name)
        )
        self.confirm_button.setEnabled(units > 0 and self.source() != self.target())

    # -- recording -------------------------------------------------------------------------------

    @Slot()
    def confirm(self) -> None:
        """Move every line in one go (asking a coordinator when a line exceeds the stock), then show the slip."""
        if not self.confirm_button.isEnabled():
            return
        empty = [line for i, line in enumerate(self.lines) if self.quantity_of(i) <= 0]
        if empty:
            self.error.setText(
                self.tr("Escriba la cantidad de {product}, o quite la línea.").format(product=empty[0].product)
            )
            return
        user = current_user_id(self)
        detail = "; ".join(
            self.tr("{product}: {units} (hay {held})").format(
                product=line.product, units=self.quantity_of(self.lines.index(line)), held=line.on_hand
            )
            for line in self.over_stock()[:3]
        )
        note = self.note_input.text()
        try:
            if self.fair:
                self.recorded = with_approval(
                    self,
                    self.store,
                    lambda approval: transfers.return_from_fair(
                        self.store,
                        self.fair,
                        self.target(),
                        self.requested(),
                        user_id=user,
                        note=note,
                        approval=approval,
                    ),
                    detail,
                )
            else:
                self.recorded = with_approval(
                    self,
                    self.store,
                    lambda approval: transfers.transfer_items(
                        self.store, self.requested(), self.source(), self.target(), user, note, approval
                    ),
                    detail,
                )
        except UserError as exc:
            self.error.setText(sentence(str(exc)))
            return
        self.show_slip()
        self.accept()

    def show_slip(self) -> str:
        """The packing (or return) slip of the list just recorded, with Imprimir and Guardar PDF."""
        if self.recorded is None:
            return ""
        pdf = transfer_docs.packing_slip_pdf(self.store, self.recorded, language())
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        title = self.tr("Lista de traslado {number}").format(number=self.recorded.number)
        outcome, _ = PdfViewDialog.run(
            self, pdf, title, transfers_folder() / f"traslado-{self.recorded.number}-{stamp}.pdf", self._print
        )
        return outcome

    def _print(self, pdf: bytes) -> tuple[bool, str]:
        printer = get_settings(self.store).printer
        if not printer:
            return False, self.tr(
                "No hay una impresora elegida en Ajustes: guarde el PDF e imprímalo desde el archivo."
            )
        try:
            print_pdf(pdf, printer, title=self.windowTitle())
        except PrintError as exc:
            return False, sentence(str(exc))
        return True, ""

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        store: Store,
        places: tuple[tuple[str, str], ...],
        source: str | None = None,
        first: str = "",
        fair: str = "",
    ) -> tuple[TransferListResult | None, bool]:
        """``(the list recorded, accepted)``; ``fair`` is the stand whose return this is."""
        dialog = cls(store, places, source, first, fair, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.recorded, accepted
        finally:
            dialog.deleteLater()
