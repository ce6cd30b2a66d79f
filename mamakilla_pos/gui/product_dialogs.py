"""The product and item dialogs: a new design (name, category, price), and an item's makers with their weights."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QRegularExpression, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QWidget,
)

from ..domain.money import MoneyError, parse_money
from ..services import catalogue_products
from ..services.catalogue_views import ItemInfo, MakerInfo, ProductInfo
from ..services.errors import UserError
from ..store import Store
from .catalogue_common import dialog_button_order, fill_dialog_buttons, tab_chain
from .forms.ui_item_dialog import Ui_ItemDialog
from .forms.ui_product_dialog import Ui_ProductDialog
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


class ProductDialog(QDialog):
    """Create a product: name, category, price, description and its photos (optional)."""

    def __init__(self, store: Store, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_ProductDialog()
        self.ui.setupUi(self)
        self.store = store
        self.product: ProductInfo | None = None
        self.name_input = self.ui.productNameInput
        self.name_input.setText(name)
        self.category_input = self.ui.categoryInput
        self.category_input.addItems(catalogue_products.list_categories(store))
        self.category_input.setCurrentText("")
        self.category_input.lineEdit().setPlaceholderText(self.tr("Bolsos, Monederos…"))
        self.price_input = self.ui.priceInput
        self.price_input.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9.,]{0,10}"), self))
        self.description_input = self.ui.descriptionInput
        self.photos = PhotoStrip(store, None, self.ui.photosBox, icon_size=64, compact=True)
        self.ui.photosLayout.addWidget(self.photos)
        self.error = self.ui.errorLabel
        self.ok_button = fill_dialog_buttons(self.ui.buttonBox, self, self.tr("Crear producto"))
        tab_chain(self.description_input, *self.photos.tab_order(), *dialog_button_order(self.ui.buttonBox))
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
        self.ui = Ui_ItemDialog()
        self.ui.setupUi(self)
        self.store = store
        self.makers = list(makers)
        self.rows: list[tuple[QComboBox, QComboBox]] = []
        self.ui.titleLabel.setText(product_name)
        self._fill_makers(current)
        self.no_makers = self.ui.noMakersHint
        self.no_makers.setStyleSheet(f"QLabel {{ color: {Palette.warning_text}; font-weight: bold; }}")
        self.no_makers.setVisible(not self.makers)
        self.new_maker_button = self.ui.newMakerButton
        self.new_maker_button.setVisible(store is not None)
        self.new_maker_button.clicked.connect(self.new_maker)
        self.code_input = self.ui.codeInput
        self.code_input.setValidator(QRegularExpressionValidator(QRegularExpression(CODE_PATTERN), self))
        if current is not None:
            self.code_input.setText(current.code)
            self.code_input.setReadOnly(True)
        self.error = self.ui.errorLabel
        self.ok_button = fill_dialog_buttons(self.ui.buttonBox, self, self.tr("Guardar"))

    def _fill_makers(self, current: ItemInfo | None) -> None:
        """Offer every maker and the weights in each row of the form, filled from ``current``."""
        existing = [(m.maker_id, m.weight) for m in current.makers] if current else []
        for index in range(self.MAX_MAKERS):
            combo: QComboBox = getattr(self.ui, f"maker{index}")
            combo.addItem(self.tr("— nadie —") if index else self.tr("— elija —"), None)
            for maker in self.makers:
                combo.addItem(maker.name, maker.id)
            weight: QComboBox = getattr(self.ui, f"weight{index}")
            for value in range(1, 10):
                weight.addItem(str(value), value)
            if index < len(existing):
                found = combo.findData(existing[index][0])
                combo.setCurrentIndex(max(found, 0))
                weight.setCurrentIndex(max(0, weight.findData(existing[index][1])))
            self.rows.append((combo, weight))

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
