"""Making the catalogue from the Reportes screen: the photo PDF, the partner line sheet, the cards, the Meta feed.

The person chooses what to make and, if not the whole catalogue, which
categories and products; the file (or the folder of cards) is made on a
worker thread behind a progress bar.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..services import catalogue_products
from ..services.catalogue_docs import CatalogueChoice
from ..store import Store
from .catalogue_common import KIND_COLOURS, big_button, hint_label, section_label, title_label
from .widgets.i18n import plural
from .widgets.text import sentence
from .widgets.worker import Worker

KINDS = ("pdf", "line_sheet", "cards", "feed")


class CatalogueDialog(QDialog):
    """Choose what to make of the catalogue and for which products, then save it."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueDialog")
        self.setWindowTitle(self.tr("Catálogo para clientes y tiendas"))
        self.store = store
        self.worker: Worker | None = None
        self.last_saved: Path | None = None

        self.kind_group = QButtonGroup(self)
        texts = {
            "pdf": self.tr("Catálogo con fotos (PDF, 6 productos por página)"),
            "line_sheet": self.tr("Lista de precios para tiendas aliadas (PDF)"),
            "cards": self.tr("Tarjetas para Instagram y WhatsApp (PNG)"),
            "feed": self.tr("Catálogo de Meta: Instagram y Facebook (CSV)"),
        }
        kinds = QVBoxLayout()
        self.kind_buttons: dict[str, QRadioButton] = {}
        for number, kind in enumerate(KINDS):
            button = QRadioButton(texts[kind], self)
            button.setObjectName(f"catalogueKind_{kind}")
            self.kind_group.addButton(button, number)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
        self.kind_buttons["pdf"].setChecked(True)
        self.commission_input = QLineEdit("30", self)
        self.commission_input.setObjectName("commissionInput")
        self.commission_input.setMaximumWidth(90)
        self.stories_check = QCheckBox(self.tr("También historias (1080 × 1920)"), self)
        self.stories_check.setObjectName("storiesCheck")
        self.stories_check.setChecked(True)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Comisión de la tienda (%)"), self))
        options.addWidget(self.commission_input)
        options.addSpacing(20)
        options.addWidget(self.stories_check)
        options.addStretch(1)
        self.kind_group.idToggled.connect(lambda *_: self._update_options())

        self.categories = self._list("catalogueCategories", catalogue_products.list_categories(store))
        self.products = self._list("catalogueProducts", [p.name for p in catalogue_products.list_products(store)])
        lists = QGridLayout()
        lists.addWidget(section_label(self.tr("Categorías"), self), 0, 0)
        lists.addWidget(section_label(self.tr("Productos"), self), 0, 1)
        lists.addWidget(self.categories, 1, 0)
        lists.addWidget(self.products, 1, 1)
        lists.setColumnStretch(1, 2)
        lists.setColumnStretch(0, 1)

        self.message = QLabel(self)
        self.message.setObjectName("catalogueMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = big_button(self.tr("Guardar…"), "saveCatalogueButton", self, self.save, "primary")
        close = big_button(self.tr("Cerrar"), "closeButton", self, self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title_label(self.windowTitle(), self))
        layout.addLayout(kinds)
        layout.addLayout(options)
        layout.addWidget(hint_label(self.tr("Sin nada marcado: todo el catálogo que está a la venta."), self))
        layout.addLayout(lists, 1)
        layout.addLayout(buttons)
        self._update_options()
        self.resize(900, 640)

    def _list(self, name: str, names: list[str]) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
        for text in names:
            item = QListWidgetItem(text, widget)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        return widget

    def kind(self) -> str:
        return KINDS[self.kind_group.checkedId()]

    def choice(self) -> CatalogueChoice:
        """What the lists have checked (nothing checked: everything)."""

        def checked(widget: QListWidget) -> tuple[str, ...]:
            items = (widget.item(row) for row in range(widget.count()))
            return tuple(i.text() for i in items if i.checkState() == Qt.CheckState.Checked)

        return CatalogueChoice(checked(self.categories), checked(self.products))

    def _update_options(self) -> None:
        self.commission_input.setEnabled(self.kind() == "line_sheet")
        self.stories_check.setEnabled(self.kind() == "cards")

    def say(self, text: str, kind: str = "info") -> None:
        colour = KIND_COLOURS.get(kind, KIND_COLOURS["info"])[0]
        self.message.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}")
        self.message.setText(sentence(text))

    def _ask_where(self, kind: str) -> Path | None:
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        )
        if kind == "cards":
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Carpeta para las tarjetas"), str(folder))
            return Path(chosen) if chosen else None
        name, pattern = {
            "pdf": ("catalogo.pdf", self.tr("PDF (*.pdf)")),
            "line_sheet": ("lista_tiendas_aliadas.pdf", self.tr("PDF (*.pdf)")),
            "feed": ("catalogo_meta.csv", self.tr("CSV (*.csv)")),
        }[kind]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Guardar"), str(folder / name), pattern)
        if not path:
            return None
        suffix = Path(name).suffix
        return Path(path if path.lower().endswith(suffix) else path + suffix)

    @Slot()
    def save(self) -> None:
        """Ask where, then make the chosen file on a worker thread."""
        if self.worker is not None and self.worker.is_running():
            return
        kind, choice = self.kind(), self.choice()
        commission, stories = self.commission_input.text().strip(), self.stories_check.isChecked()
        where = self._ask_where(kind)
        if where is None:
            return
        store = self.store

        def job(progress):  # type: ignore[no-untyped-def]
            from ..services import analytics, catalogue_files
            from ..services.exports import write_bytes

            def tick(done: int, total: int) -> None:
                analytics.tick(progress, done, total)  # Cancel stops it at the next page or card

            if kind == "cards":
                written = catalogue_files.write_cards(store, where, choice, stories, tick)
                return where, len(written)
            if kind == "pdf":
                data = catalogue_files.catalogue_pdf(store, choice, tick)
            elif kind == "line_sheet":
                data = catalogue_files.line_sheet_pdf(store, commission, choice, tick)
            else:
                data = catalogue_files.feed_csv(store, choice)
            return write_bytes(where, data), 0

        self.worker = Worker(job, self.tr("Preparando el catálogo…"), self)
        self.worker.finished.connect(self._done)
        self.worker.failed.connect(lambda message: self.say(message, "error"))
        self.worker.cancelled.connect(lambda: self.say(self.tr("Cancelado."), "info"))
        self.save_button.setEnabled(False)
        self.worker.finished.connect(lambda _r: self.save_button.setEnabled(True))
        self.worker.failed.connect(lambda _m: self.save_button.setEnabled(True))
        self.worker.cancelled.connect(lambda: self.save_button.setEnabled(True))
        self.worker.start()

    @Slot(object)
    def _done(self, result: object) -> None:
        path, cards = result  # type: ignore[misc]
        self.last_saved = path
        if cards:
            saved = plural(
                cards, self.tr("{n} tarjeta guardada en {path}"), self.tr("{n} tarjetas guardadas en {path}")
            )
            self.say(saved.format(path=path), "success")
        else:
            self.say(self.tr("Guardado en {path}").format(path=path), "success")

    @classmethod
    def run(cls, parent: QWidget | None, store: Store) -> None:
        dialog = cls(store, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
