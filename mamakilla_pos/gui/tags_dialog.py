"""Print hang tags: how many of each item, which label paper, and where a half-used sheet starts."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, Signal, Slot
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..printing import PrintError, print_pdf
from ..services.catalogue import find_item
from ..services.errors import UserError
from ..services.settings import get_settings
from ..services.tags import MAX_COPIES, TagLayoutInfo, TagRequest, tag_layouts, tags_pdf
from ..store import Store
from .catalogue_common import QuantityInput, big_button, error_label, hint_label, title_label
from .widgets.i18n import QT_TR_NOOP, makers_of, plural, tr
from .widgets.pdf_view import PdfViewDialog
from .widgets.print_or_save import documents_folder
from .widgets.style import Palette
from .widgets.text import sentence

# The titles of the label papers of documents.hang_tags.LAYOUTS, listed here so that lupdate
# extracts them; translated where shown with ``tr(info.title)``.
LAYOUT_TITLES = (
    QT_TR_NOOP("A4, 21 etiquetas de 63,5 × 38,1 mm (3 × 7)"),
    QT_TR_NOOP("A4, 24 etiquetas de 70 × 37 mm (3 × 8)"),
    QT_TR_NOOP("A4, 14 etiquetas de 99,1 × 38,1 mm (2 × 7)"),
    QT_TR_NOOP("Rollo de etiquetas de 50 × 30 mm"),
    QT_TR_NOOP("Rollo de etiquetas de 60 × 40 mm"),
)

SETTINGS_LAYOUT = "tags/layout"
SETTINGS_START = "tags/next_start"


def start_key(store: Store) -> str:
    """Where this computer keeps the next free label of a half-used sheet, one place per shop database."""
    digest = hashlib.sha256(store.url.encode("utf-8")).hexdigest()[:16]
    return f"{SETTINGS_START}/{digest}"


def tags_folder() -> Path:
    """Where tag sheets are offered to be saved: ``~/Documents/Mama Killa/Etiquetas``."""
    return documents_folder("Etiquetas")


class StartPicker(QWidget):
    """A small picture of the label sheet: click the first free label of a half-used sheet.

    Signals:
        changed(int): a new start position was chosen.
    """

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start = 1
        self._buttons: list[QPushButton] = []
        self._grid = QGridLayout(self)
        self._grid.setSpacing(3)
        self._grid.setContentsMargins(8, 8, 8, 8)
        self.setObjectName("startPicker")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "QWidget#startPicker { background: white; border: 1px solid #BBB; }"
            "QPushButton { min-height: 0px; padding: 0px; border-radius: 3px; font-size: 10pt;"
            f" border: 1px solid {Palette.border}; background: {Palette.surface}; }}"
            'QPushButton[used="true"] { background: #D9D2CB; color: #8C827C; }'
            f"QPushButton:checked {{ background: {Palette.primary}; color: white; border-color: {Palette.primary}; }}"
        )

    def set_sheet(self, columns: int, rows: int, start: int) -> None:
        for button in self._buttons:
            self._grid.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        width = 76 if columns <= 2 else 60
        for position in range(1, columns * rows + 1):
            button = QPushButton(str(position), self)
            button.setObjectName(f"start_{position}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFixedSize(QSize(width, 34))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, p=position: self.choose(p))
            row, column = divmod(position - 1, columns)
            self._grid.addWidget(button, row, column)
            self._buttons.append(button)
        self.choose(start if 1 <= start <= len(self._buttons) else 1)

    def choose(self, position: int) -> None:
        self.start = position
        for number, button in enumerate(self._buttons, start=1):
            button.setChecked(number == position)
            button.setProperty("used", "true" if number < position else "false")
            button.style().unpolish(button)
            button.style().polish(button)
        self.changed.emit(position)


class TagsDialog(QDialog):
    """Choose copies per item, the label paper and the start position, then see and print the tags."""

    def __init__(self, store: Store, requests: Sequence[TagRequest], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("tagsDialog")
        self.setWindowTitle(self.tr("Imprimir etiquetas"))
        self.outcome = ""
        self.printed = False
        self.layouts: list[TagLayoutInfo] = tag_layouts()
        self.codes: list[str] = []
        self.copies: list[QuantityInput] = []

        heading = title_label(self.tr("Etiquetas para colgar"), self)
        scroll = self._build_lines(store, requests)

        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("layoutCombo")
        for info in self.layouts:
            self.layout_combo.addItem(tr(info.title), info.key)
        saved = QSettings().value(SETTINGS_LAYOUT, "")
        found = self.layout_combo.findData(saved)
        if found >= 0:
            self.layout_combo.setCurrentIndex(found)

        self.start_caption = QLabel(self.tr("Empezar en la etiqueta (para hojas ya usadas):"), self)
        self.start_picker = StartPicker(self)
        self.guides_check = QCheckBox(self.tr("Dibujar el borde de cada etiqueta (para recortar en papel común)"), self)
        self.guides_check.setObjectName("guidesCheck")
        self.summary = hint_label("", self)
        self.summary.setObjectName("tagsSummary")
        self.error = error_label(self)

        self.preview_button = big_button(self.tr("Ver e imprimir"), "previewButton", self, self.preview, "primary")
        self.preview_button.setMinimumHeight(56)
        self.preview_button.setDefault(True)
        self.close_button = big_button(self.tr("Cerrar"), "closeButton", self, self.reject)
        self.close_button.setMinimumHeight(56)

        paper_row = QHBoxLayout()
        paper_row.addWidget(QLabel(self.tr("Papel:"), self))
        paper_row.addWidget(self.layout_combo, 1)

        start_row = QHBoxLayout()
        start_row.addWidget(self.start_picker)
        start_row.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button, 2)
        buttons.addWidget(self.close_button, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(scroll)
        layout.addLayout(paper_row)
        layout.addWidget(self.start_caption)
        layout.addLayout(start_row)
        layout.addWidget(self.guides_check)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(760)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(800, min(740, screen.height() - 40) if screen else 720)

        self.layout_combo.currentIndexChanged.connect(self._layout_changed)
        self.start_picker.changed.connect(self._update_summary)
        self._layout_changed(start=int(QSettings().value(start_key(store), 1) or 1))

    def _build_lines(self, store: Store, requests: Sequence[TagRequest]) -> QScrollArea:
        """One line per item: what it is and how many tags to print."""
        lines = QWidget(self)
        grid = QGridLayout(lines)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        for row, request in enumerate(requests):
            try:
                item = find_item(store, request.item_code)
                text = f"{item.product_name}\n{item.code} · {makers_of(item)}"
            except UserError:
                text = request.item_code
            label = QLabel(text, lines)
            label.setWordWrap(True)
            label.setMinimumHeight(56)
            spin = QuantityInput(max(0, min(MAX_COPIES, request.copies)), lines, f"copies_{request.item_code}", 0)
            spin.input.setValidator(QIntValidator(0, MAX_COPIES, spin))
            spin.input.textChanged.connect(self._update_summary)
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            self.codes.append(request.item_code)
            self.copies.append(spin)
        grid.setColumnStretch(0, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(lines)
        scroll.setStyleSheet("QScrollArea { background: transparent; }")
        lines.setObjectName("tagLines")
        lines.setStyleSheet("QWidget#tagLines { background: transparent; }")
        scroll.setMinimumHeight(min(len(self.copies), 3) * 68)
        scroll.setMaximumHeight(max(len(self.copies), 1) * 68 + 8)
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        return scroll

    # -- state ---------------------------------------------------------------------------

    def current_layout(self) -> TagLayoutInfo:
        return self.layouts[max(0, self.layout_combo.currentIndex())]

    def requests(self) -> list[TagRequest]:
        """What will be printed: items with at least one copy."""
        return [
            TagRequest(code, spin.value()) for code, spin in zip(self.codes, self.copies, strict=True) if spin.value()
        ]

    def total(self) -> int:
        return sum(spin.value() for spin in self.copies)

    @Slot()
    def _layout_changed(self, _index: int = 0, start: int = 1) -> None:
        info = self.current_layout()
        sheet = not info.is_roll
        self.start_caption.setVisible(sheet)
        self.start_picker.setVisible(sheet)
        if sheet:
            self.start_picker.set_sheet(info.columns, info.rows, start)
        self._update_summary()

    @Slot()
    def _update_summary(self) -> None:
        info = self.current_layout()
        count = self.total()
        labels = plural(count, self.tr("{n} etiqueta"), self.tr("{n} etiquetas"))
        if info.is_roll:
            text = self.tr("{labels} del rollo").format(labels=labels)
        else:
            sheets = (self.start_picker.start - 1 + count + info.per_page - 1) // info.per_page if count else 0
            text = self.tr("{labels} en {sheets}, desde la etiqueta {start}").format(
                labels=labels,
                sheets=plural(sheets, self.tr("{n} hoja"), self.tr("{n} hojas")),
                start=self.start_picker.start,
            )
        self.summary.setText(text)
        self.preview_button.setEnabled(count > 0)

    # -- printing ------------------------------------------------------------------------

    def build_pdf(self) -> bytes:
        """The tags as chosen.

        Raises:
            UserError: nothing to print or the items cannot be found.
        """
        info = self.current_layout()
        start = 1 if info.is_roll else self.start_picker.start
        return tags_pdf(self.store, self.requests(), info.key, start, self.guides_check.isChecked())

    @Slot()
    def preview(self) -> None:
        """Show the tags as they will print, with Imprimir and Guardar PDF."""
        try:
            pdf = self.build_pdf()
        except UserError as exc:
            self.error.setText(sentence(str(exc)))
            return
        self.error.setText("")
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        outcome, _ = PdfViewDialog.run(
            self, pdf, self.tr("Etiquetas"), tags_folder() / f"etiquetas-{stamp}.pdf", self._print
        )
        if outcome:
            self.outcome = outcome
            self._remember(printed=self.printed)
            self.accept()

    def _print(self, pdf: bytes) -> tuple[bool, str]:
        printer = get_settings(self.store).printer
        if not printer:
            return False, self.tr(
                "No hay una impresora elegida en Ajustes: guarde el PDF e imprímalo desde el archivo."
            )
        try:
            print_pdf(pdf, printer, title=self.tr("Etiquetas"))
        except PrintError as exc:
            return False, sentence(str(exc))
        self.printed = True
        return True, ""

    def _remember(self, printed: bool) -> None:
        """Keep the paper; once the labels printed, the next free label of the sheet (for this database).

        A print that failed (or a PDF only saved) leaves the sheet as it was.
        """
        info = self.current_layout()
        settings = QSettings()
        settings.setValue(SETTINGS_LAYOUT, info.key)
        if printed and not info.is_roll:
            next_start = (self.start_picker.start - 1 + self.total()) % info.per_page + 1
            settings.setValue(start_key(self.store), next_start)
            self.start_picker.choose(next_start)

    @classmethod
    def run(cls, parent: QWidget | None, store: Store, requests: Sequence[TagRequest]) -> tuple[str, bool]:
        """Show the dialog; ``(outcome, accepted)`` with outcome ``printed`` or ``saved``."""
        dialog = cls(store, requests, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.outcome, accepted
        finally:
            dialog.deleteLater()
