"""The product and item dialogs: a new design (name, category, price), and an item's makers with their weights."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QRegularExpression, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.money import MoneyError, parse_money
from ..services import catalogue_products
from ..services.catalogue_views import ItemInfo, MakerInfo, ProductInfo
from ..services.errors import UserError
from ..store import Store
from .catalogue_common import (
    big_button,
    dialog_buttons,
    error_label,
    hint_label,
    title_label,
)
from .photo_widgets import PhotoStrip
from .till_user import current_user_id
from .widgets.i18n import tr
from .widgets.style import Palette
from .widgets.text import sentence

CODE_PATTERN = r"[!-~]{0,16}"


def parse_price(text: str) -> Decimal:
    """A price typed by a person: ``45``, ``45.50``, ``S/ 45,50``.

    Raises:
        UserError: not an amount.
    """
    try:
        return parse_money(text)
    except MoneyError as exc:
        raise UserError(tr("escriba el precio como número, por ejemplo 45 o 45.50")) from exc


def _category_combo(store: Store, parent: QWidget, current: str = "") -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setObjectName("categoryInput")
    combo.addItems(catalogue_products.list_categories(store))
    combo.setCurrentText(current)
    combo.lineEdit().setPlaceholderText(tr("Bolsos, Monederos…"))
    return combo


class ProductDialog(QDialog):
    """Create a product: name, category, price, description and its photos (optional)."""

    def __init__(self, store: Store, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.store = store
        self.product: ProductInfo | None = None
        self.setObjectName("productDialog")
        self.setWindowTitle(self.tr("Nuevo producto"))
        self.setMinimumWidth(640)

        self.name_input = QLineEdit(name, self)
        self.name_input.setObjectName("productNameInput")
        self.name_input.setMaxLength(160)
        self.category_input = _category_combo(store, self)
        self.price_input = QLineEdit(self)
        self.price_input.setObjectName("priceInput")
        self.price_input.setPlaceholderText("0.00")
        self.price_input.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9.,]{0,10}"), self))
        self.description_input = QPlainTextEdit(self)
        self.description_input.setObjectName("descriptionInput")
        self.description_input.setFixedHeight(90)
        self.photos = PhotoStrip(store, None, self, icon_size=64, compact=True)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Nombre"), self.name_input)
        form.addRow(self.tr("Categoría"), self.category_input)
        form.addRow(self.tr("Precio (S/)"), self.price_input)
        form.addRow(self.tr("Descripción"), self.description_input)
        form.addRow(self.tr("Fotos"), self.photos)

        self.error = error_label(self)
        box, self.ok_button = dialog_buttons(self, self.tr("Crear producto"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title_label(self.tr("Nuevo producto"), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.name_input.setFocus()

    def accept(self) -> None:
        try:
            price = parse_price(self.price_input.text())
            self.product = catalogue_products.create_product(
                self.store,
                self.name_input.text(),
                self.category_input.currentText(),
                price,
                description=self.description_input.toPlainText(),
                photos=self.photos.pending,
                user_id=current_user_id(self),
            )
        except UserError as exc:
            self.error.setText(sentence(str(exc)))
            return
        super().accept()

    @classmethod
    def run(cls, parent: QWidget | None, store: Store, name: str = "") -> tuple[ProductInfo | None, bool]:
        dialog = cls(store, parent, name)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.product, accepted and dialog.product is not None
        finally:
            dialog.deleteLater()


class ItemDialog(QDialog):
    """Who made an item: one maker, or several with weights; and its code (generated when empty)."""

    MAX_MAKERS = 4

    def __init__(
        self,
        makers: Sequence[MakerInfo],
        product_name: str,
        parent: QWidget | None = None,
        current: ItemInfo | None = None,
        store: Store | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("itemDialog")
        self.setWindowTitle(self.tr("Artículo"))
        self.setMinimumWidth(680)
        self.makers = list(makers)
        self.rows: list[tuple[QComboBox, QComboBox]] = []

        heading = title_label(product_name, self)
        explain = hint_label(
            self.tr(
                "Elija quién lo hizo. Si lo hicieron entre varias, ponga el peso de cada una: "
                "por ejemplo costura 2 y bordado 1. La participación se reparte según esos pesos."
            ),
            self,
        )
        grid = self._makers_grid(current)
        self.no_makers = hint_label(
            self.tr("Todavía no hay artesanas: agregue a quien lo hizo con «+ Nueva artesana…»."), self
        )
        self.no_makers.setObjectName("noMakersHint")
        self.no_makers.setStyleSheet(f"QLabel {{ color: {Palette.warning_text}; font-weight: bold; }}")
        self.no_makers.setVisible(not self.makers)
        self.new_maker_button = big_button(self.tr("+ Nueva artesana…"), "newMakerButton", self, self.new_maker)
        self.new_maker_button.setVisible(store is not None)
        maker_row = QHBoxLayout()
        maker_row.addWidget(self.no_makers, 1)
        maker_row.addWidget(self.new_maker_button)

        self.code_input = QLineEdit(self)
        self.code_input.setObjectName("codeInput")
        self.code_input.setPlaceholderText(self.tr("vacío: se genera (MK000123)"))
        self.code_input.setValidator(QRegularExpressionValidator(QRegularExpression(CODE_PATTERN), self))
        code_row = QFormLayout()
        code_row.addRow(self.tr("Código de la etiqueta"), self.code_input)
        if current is not None:
            self.code_input.setText(current.code)
            self.code_input.setReadOnly(True)

        self.error = error_label(self)
        box, self.ok_button = dialog_buttons(self, self.tr("Guardar"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(grid)
        layout.addLayout(maker_row)
        layout.addLayout(code_row)
        layout.addWidget(self.error)
        layout.addWidget(box)

    def _makers_grid(self, current: ItemInfo | None) -> QGridLayout:
        """A maker and her weight a row, as many rows as an item may have makers, filled from ``current``."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(QLabel(self.tr("Artesana"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Peso"), self), 0, 1)
        existing = [(m.maker_id, m.weight) for m in current.makers] if current else []
        for index in range(self.MAX_MAKERS):
            combo = QComboBox(self)
            combo.setObjectName(f"maker{index}")
            combo.addItem(self.tr("— nadie —") if index else self.tr("— elija —"), None)
            for maker in self.makers:
                combo.addItem(maker.name, maker.id)
            weight = QComboBox(self)
            weight.setObjectName(f"weight{index}")
            for value in range(1, 10):
                weight.addItem(str(value), value)
            weight.setMinimumWidth(100)
            if index < len(existing):
                found = combo.findData(existing[index][0])
                combo.setCurrentIndex(max(found, 0))
                weight.setCurrentIndex(max(0, weight.findData(existing[index][1])))
            grid.addWidget(combo, index + 1, 0)
            grid.addWidget(weight, index + 1, 1)
            self.rows.append((combo, weight))
        grid.setColumnStretch(0, 1)
        return grid

    @Slot()
    def new_maker(self) -> None:
        """Add a maker on the spot (a new shop has none yet) and put her in the first free row."""
        if self.store is None:
            return
        from .maker_dialog import MakerDialog

        maker, accepted = MakerDialog.run(self, self.store)
        if not accepted or maker is None:
            return
        self.makers.append(maker)
        free = next((combo for combo, _weight in self.rows if combo.currentData() is None), self.rows[-1][0])
        for combo, _weight in self.rows:
            combo.addItem(maker.name, maker.id)
        free.setCurrentIndex(free.findData(maker.id))
        self.no_makers.hide()
        self.error.setText("")

    def chosen(self) -> list[tuple[int, int]]:
        """``(maker id, weight)`` in the order listed."""
        return [
            (combo.currentData(), int(weight.currentData()))
            for combo, weight in self.rows
            if combo.currentData() is not None
        ]

    def accept(self) -> None:
        chosen = self.chosen()
        if not chosen:
            self.error.setText(self.tr("Elija al menos una artesana."))
            return
        ids = [maker_id for maker_id, _w in chosen]
        if len(set(ids)) != len(ids):
            self.error.setText(self.tr("Una artesana figura dos veces."))
            return
        super().accept()

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        makers: Sequence[MakerInfo],
        product_name: str,
        current: ItemInfo | None = None,
        store: Store | None = None,
    ) -> tuple[tuple[list[tuple[int, int]], str], bool]:
        """``((makers with weights, code), accepted)``; with ``store``, a maker can be added on the spot."""
        dialog = cls(makers, product_name, parent, current, store)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.chosen(), dialog.code_input.text().strip()), accepted
        finally:
            dialog.deleteLater()
