"""Import products from a spreadsheet (CSV or XLSX), as ``mamakilla-pos import products`` does.

The rows are shown first; importing checks every row and writes nothing
unless all of them are good, listing each bad row in Spanish.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QWidget,
)

from ..services.errors import UserError
from ..services.importing import PRODUCT_COLUMNS, ImportFailed, import_products, read_rows
from ..store import Store
from .catalogue_common import RowsModel, setup_table, stretch_column
from .forms.ui_import_dialog import Ui_ImportProductsDialog
from .widgets.i18n import QT_TR_NOOP, tr

HEADERS = {
    "code": QT_TR_NOOP("Código"),
    "product": QT_TR_NOOP("Producto"),
    "category": QT_TR_NOOP("Categoría"),
    "price": QT_TR_NOOP("Precio"),
    "makers": QT_TR_NOOP("Artesanas"),
    "quantity": QT_TR_NOOP("Cantidad"),
    "location": QT_TR_NOOP("Ubicación"),
}
"""Column headings of the preview (translated where shown)."""


class ImportProductsDialog(QDialog):
    """Choose a file, look at its rows, import them all or none."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportProductsDialog()
        self.ui.setupUi(self)
        self.store = store
        self.path: Path | None = None
        self.summary = ""
        self.file_label = self.ui.importFile
        self.ui.chooseFileButton.clicked.connect(self.choose_file)

        self.model = RowsModel([self.tr("Línea"), *(tr(HEADERS[c]) for c in PRODUCT_COLUMNS)])
        self.model.align_right = {0, 4, 6}
        self.view = self.ui.importPreview
        self.view.setModel(self.model)
        setup_table(self.view, "importPreview")
        stretch_column(self.view, 2)
        makers_column = 1 + PRODUCT_COLUMNS.index("makers")
        self.view.horizontalHeader().setSectionResizeMode(makers_column, QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().resizeSection(makers_column, 300)

        self.banner = self.ui.importMessage
        self.errors = self.ui.importErrors
        self.errors.hide()
        self.import_button = self.ui.importButton
        self.import_button.clicked.connect(self.do_import)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(
            min(1200, screen.width() - 60) if screen else 1100, min(700, screen.height() - 60) if screen else 640
        )

    @Slot()
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Elegir planilla"), str(Path.home()), self.tr("Planillas (*.csv *.xlsx *.xlsm)")
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Show the rows of ``path`` (nothing is written)."""
        self.path = path
        self.file_label.setText(str(path))
        self.errors.clear()
        self.errors.hide()
        try:
            rows = list(read_rows(path, PRODUCT_COLUMNS))
        except UserError as exc:
            self.model.set_rows([])
            self.banner.say(str(exc), "error")
            self.import_button.setEnabled(False)
            return
        self.model.set_rows([[str(line), *(row[c] for c in PRODUCT_COLUMNS)] for line, row in rows])
        self.banner.say(self.tr("{count} filas. Revise y pulse «Importar».").format(count=len(rows)), "info")
        self.import_button.setEnabled(bool(rows))

    @Slot()
    def do_import(self) -> None:
        """Import every row, or none when any row is bad (the bad rows are listed)."""
        if self.path is None:
            return
        try:
            result = import_products(self.store, self.path)
        except ImportFailed as exc:
            self.banner.say(str(exc), "error")
            self.errors.clear()
            self.errors.addItems(exc.errors)
            self.errors.show()
            return
        except UserError as exc:
            self.banner.say(str(exc), "error")
            return
        self.summary = self.tr(
            "Importadas {rows} filas: {created} artículos nuevos, {units} unidades producidas."
        ).format(rows=result.rows, created=result.created, units=result.units)
        self.accept()

    @classmethod
    def run(cls, parent: QWidget | None, store: Store) -> tuple[str, bool]:
        """``(summary, accepted)``: accepted once a file was imported."""
        dialog = cls(store, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.summary, accepted
        finally:
            dialog.deleteLater()
