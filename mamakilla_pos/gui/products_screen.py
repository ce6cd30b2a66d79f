"""Products and their items: name, category, price, description, photos; who made each item.

A product is a design; each of its items is that design as made by one
maker, or jointly by several with weights (sewing 2, embroidery 1). Item codes
are generated when not given and go on the hang tags.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QRegularExpression, Qt, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.money import MoneyError, parse_money
from ..domain.text import fold
from ..services import catalogue, catalogue_makers, catalogue_products, photos
from ..services.catalogue_views import ItemInfo, MakerInfo, ProductInfo
from ..services.errors import UserError
from ..services.tags import tags_of_last_production
from ..store import Store
from .catalogue_common import (
    Banner,
    PhotoBox,
    RowsModel,
    big_button,
    confirm,
    dialog_buttons,
    error_label,
    hint_label,
    panel,
    section_label,
    selected_row,
    setup_table,
    stretch_column,
    title_label,
)
from .photo_widgets import PhotosDialog, PhotoStrip, add_pictures
from .till_user import current_user_id
from .widgets.i18n import makers_of, money, tr
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

    @Slot()
    def new_maker(self) -> None:
        """Add a maker on the spot (a new shop has none yet) and put her in the first free row."""
        if self.store is None:
            return
        from .makers_screen import MakerDialog

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


class ProductsScreen(QWidget):
    """List of products; the chosen product's details (editable) and its items."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("productsScreen")
        self.products: list[ProductInfo] = []
        self.current: ProductInfo | None = None
        self._build()
        self.refresh()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = Banner(self)
        self.banner.setObjectName("productsMessage")

        # Left: the list.
        self.search_input = QLineEdit(self)
        self.search_input.setObjectName("productSearch")
        self.search_input.setPlaceholderText(self.tr("Buscar producto…"))
        self.search_input.setClearButtonEnabled(True)
        self.search_input.textChanged.connect(self._fill_list)
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("categoryFilter")
        self.category_filter.currentIndexChanged.connect(self._fill_list)
        self.inactive_check = QCheckBox(self.tr("Ver retirados"), self)
        self.inactive_check.setObjectName("showInactiveProducts")
        self.inactive_check.toggled.connect(self.refresh)

        self.list_model = RowsModel([self.tr("Producto"), self.tr("Precio"), self.tr("Stock")])
        self.list_model.align_right = {1, 2}
        self.product_table = QTableView(self)
        self.product_table.setModel(self.list_model)
        setup_table(self.product_table, "productTable")
        stretch_column(self.product_table, 0)
        self.product_table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.new_button = big_button(self.tr("+ Nuevo producto"), "newProductButton", self, self.new_product, "primary")
        self.import_button = big_button(self.tr("Importar…"), "importButton", self, self.import_file)
        self.import_button.setToolTip(self.tr("Importar productos desde una planilla CSV o Excel"))

        left_panel, left = panel(self)
        left.addWidget(self.search_input)
        filters = QHBoxLayout()
        filters.addWidget(self.category_filter, 1)
        filters.addWidget(self.inactive_check)
        left.addLayout(filters)
        left.addWidget(self.product_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button, 1)
        buttons.addWidget(self.import_button)
        left.addLayout(buttons)

        # Right: the product.
        self.title = title_label("", self)
        self.photo = PhotoBox(112, self.tr("Sin foto"), self)
        self.photo.setObjectName("productPhoto")
        self.photo.setToolTip(self.tr("Arrastre aquí una foto del producto"))
        self.photo.take_drops(self._photos_dropped)
        self.name_input = QLineEdit(self)
        self.name_input.setObjectName("productNameInput")
        self.name_input.setMaxLength(160)
        self.category_input = QComboBox(self)
        self.category_input.setEditable(True)
        self.category_input.setObjectName("categoryInput")
        self.price_input = QLineEdit(self)
        self.price_input.setObjectName("priceInput")
        self.price_input.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9.,]{0,10}"), self))
        self.price_input.setMaximumWidth(160)
        self.description_input = QPlainTextEdit(self)
        self.description_input.setObjectName("descriptionInput")
        self.description_input.setFixedHeight(64)
        self.active_check = QCheckBox(self.tr("Se vende (aparece en la caja)"), self)
        self.active_check.setObjectName("productActive")
        self.photo_button = big_button(self.tr("Fotos…"), "productPhotoButton", self, self.edit_photos)
        self.save_button = big_button(self.tr("Guardar cambios"), "saveProductButton", self, self.save, "primary")

        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Nombre"), self.name_input)
        form.addRow(self.tr("Categoría"), self.category_input)
        form.addRow(self.tr("Precio (S/)"), self.price_input)
        form.addRow(self.tr("Descripción"), self.description_input)

        photo_column = QVBoxLayout()
        photo_column.addWidget(self.photo)
        photo_column.addWidget(self.photo_button)
        photo_column.addStretch(1)
        details = QHBoxLayout()
        details.addLayout(photo_column)
        details.addLayout(form, 1)

        save_row = QHBoxLayout()
        save_row.addWidget(self.active_check, 1)
        save_row.addWidget(self.save_button)

        self.item_model = RowsModel([self.tr("Código"), self.tr("Hecho por"), self.tr("Stock"), self.tr("Estado")])
        self.item_model.align_right = {2}
        self.item_table = QTableView(self)
        self.item_table.setModel(self.item_model)
        setup_table(self.item_table, "itemTable")
        stretch_column(self.item_table, 1)
        self.item_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.item_table.doubleClicked.connect(lambda _index: self.edit_item_makers())

        self.add_item_button = big_button(self.tr("+ Artículo"), "addItemButton", self, self.add_item)
        self.makers_button = big_button(self.tr("Artesanas…"), "itemMakersButton", self, self.edit_item_makers)
        self.makers_button.setToolTip(self.tr("Corregir quién hizo el artículo (solo si aún no se vendió)"))
        self.item_active_button = big_button(self.tr("Retirar"), "itemActiveButton", self, self.toggle_item)
        self.tags_button = big_button(self.tr("Etiquetas"), "itemTagsButton", self, self.print_tags)
        self.produce_button = big_button(self.tr("Producción"), "itemProduceButton", self, self.record_production)

        right_panel, right = panel(self)
        right.addWidget(self.title)
        right.addLayout(details)
        right.addLayout(save_row)
        right.addWidget(section_label(self.tr("Artículos (uno por artesana o grupo)"), self))
        right.addWidget(self.item_table, 1)
        item_buttons = QHBoxLayout()
        for button in (
            self.add_item_button,
            self.makers_button,
            self.item_active_button,
            self.tags_button,
            self.produce_button,
        ):
            item_buttons.addWidget(button)
        right.addLayout(item_buttons)
        self.empty_hint = hint_label(self.tr("Elija un producto de la lista o cree uno nuevo."), self)
        right.addWidget(self.empty_hint)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left_panel)
        splitter.addWidget(right_panel)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        left_panel.setMinimumWidth(470)
        right_panel.setMinimumWidth(740)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self._show_product(None)

    # -- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the products from the database, keeping the chosen one."""
        keep = self.current.id if self.current else None
        self.products = catalogue_products.list_products(self.store, include_inactive=self.inactive_check.isChecked())
        chosen = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("Todas las categorías"), None)
        for name in catalogue_products.list_categories(self.store):
            self.category_filter.addItem(name, name)
        found = self.category_filter.findData(chosen)
        self.category_filter.setCurrentIndex(max(found, 0))
        self.category_filter.blockSignals(False)
        self._fill_list()
        if keep is None and self.list_model.rowCount():
            keep = self.list_model.key(0)  # type: ignore[assignment]
        self.select_product(keep)

    def _visible(self) -> list[ProductInfo]:
        words = fold(self.search_input.text()).split()
        category = self.category_filter.currentData()
        shown = []
        for product in self.products:
            if category and product.category != category:
                continue
            hay = fold(" ".join([product.name, product.category, *(i.code for i in product.items)]))
            if all(w in hay for w in words):
                shown.append(product)
        return shown

    @Slot()
    def _fill_list(self) -> None:
        keep = self.current.id if self.current else None
        shown = self._visible()
        colours = {}
        for row, product in enumerate(shown):
            if not product.active:
                colours[row] = (Palette.muted, "")
            elif product.stock < 0:
                colours[row] = (Palette.error_text, Palette.error_bg)
        self.list_model.set_rows(
            [[p.name, money(p.price), str(p.stock)] for p in shown],
            [p.id for p in shown],
            colours,
        )
        if keep is not None:
            self.select_product(keep)

    def select_product(self, product_id: int | None) -> None:
        """Choose a product in the list (and show it)."""
        for row in range(self.list_model.rowCount()):
            if self.list_model.key(row) == product_id:
                self.product_table.selectRow(row)
                self.product_table.scrollTo(self.list_model.index(row, 0))
                self._show_product(self._product(product_id))
                return
        self.product_table.clearSelection()
        self._show_product(None)

    def _product(self, product_id: object) -> ProductInfo | None:
        return next((p for p in self.products if p.id == product_id), None)

    @Slot()
    def _selection_changed(self) -> None:
        row = selected_row(self.product_table)
        product = self._product(self.list_model.key(row)) if row is not None else None
        if product is not self.current:
            self._show_product(product)

    def _show_product(self, product: ProductInfo | None) -> None:
        self.current = product
        has = product is not None
        for widget in (
            self.name_input,
            self.category_input,
            self.price_input,
            self.description_input,
            self.active_check,
            self.photo_button,
            self.save_button,
            self.add_item_button,
        ):
            widget.setEnabled(has)
        self.empty_hint.setVisible(not has)
        if product is None:
            self.title.setText(self.tr("Productos"))
            for line in (self.name_input, self.price_input):
                line.clear()
            self.description_input.clear()
            self.photo.show_image(None, "")
            self.item_model.set_rows([])
            self._update_buttons()
            return
        self.title.setText(product.name)
        self.name_input.setText(product.name)
        self.category_input.clear()
        self.category_input.addItems(catalogue_products.list_categories(self.store))
        self.category_input.setCurrentText(product.category)
        self.price_input.setText(f"{product.price:.2f}")
        self.description_input.setPlainText(product.description)
        self.active_check.setChecked(product.active)
        self.show_main_photo()
        rows, colours = [], {}
        for row, item in enumerate(product.items):
            makers = " + ".join(
                f"{m.name} ×{m.weight}" if len(item.makers) > 1 else m.name for m in item.makers
            ) or self.tr("Taller (del centro)")
            state = self.tr("a la venta") if item.active else self.tr("retirado")
            rows.append([item.code, makers, str(item.stock), state])
            if item.stock < 0:
                colours[row] = (Palette.error_text, Palette.error_bg)
            elif not item.active:
                colours[row] = (Palette.muted, "")
        self.item_model.set_rows(rows, [i.code for i in product.items], colours)
        if product.items:
            self.item_table.selectRow(0)
        self._update_buttons()

    def current_item(self) -> ItemInfo | None:
        if self.current is None:
            return None
        row = selected_row(self.item_table)
        code = self.item_model.key(row) if row is not None else None
        return next((i for i in self.current.items if i.code == code), None)

    @Slot()
    def _update_buttons(self) -> None:
        item = self.current_item()
        for button in (self.makers_button, self.item_active_button, self.tags_button, self.produce_button):
            button.setEnabled(item is not None)
        self.item_active_button.setText(self.tr("Retirar") if item is None or item.active else self.tr("Reactivar"))

    # -- actions -----------------------------------------------------------------------------

    def _fail(self, exc: UserError) -> None:
        self.banner.say(str(exc), "error")

    @Slot()
    def new_product(self) -> None:
        """Create a product, then offer to add its first item."""
        product, accepted = ProductDialog.run(self, self.store)
        if not accepted or product is None:
            return
        self.banner.say(
            self.tr("Producto «{name}» creado. Agregue quién lo hizo.").format(name=product.name), "success"
        )
        self.search_input.clear()
        self.category_filter.setCurrentIndex(0)
        self.current = None
        self.refresh()
        self.select_product(product.id)
        self.add_item()

    def show_main_photo(self) -> None:
        """The chosen product's main photo, or "Sin foto"."""
        product = self.current
        tile = photos.main_tiles(self.store, [product.id]).get(product.id) if product else None
        self.photo.show_image(tile, self.tr("Sin foto") if product else "")

    @Slot()
    def edit_photos(self) -> None:
        """Add, crop, choose the main one or remove the chosen product's photos."""
        product = self.current
        if product is None:
            return
        if PhotosDialog.run(self, self.store, photos.Owner("product", product.id), product.name):
            self.show_main_photo()

    def _photos_dropped(self, pictures: list[tuple[str, bytes | None]]) -> None:
        """Pictures dropped on the product's photo: each cropped and added to its photos."""
        product = self.current
        if product is None:
            return
        added, refused = add_pictures(self, self.store, photos.Owner("product", product.id), pictures)
        if refused:
            self.banner.say(self.tr("No se agregó la foto: {reason}").format(reason=refused), "error")
        elif added:
            self.banner.say(self.tr("Foto agregada a «{name}».").format(name=product.name), "success")
        if added:
            self.show_main_photo()

    @Slot()
    def save(self) -> None:
        """Save the product's details; a new price is confirmed first (it applies from now on)."""
        product = self.current
        if product is None:
            return
        try:
            price = parse_price(self.price_input.text())
        except UserError as exc:
            self._fail(exc)
            return
        if price != product.price and not confirm(
            self,
            self.tr("Cambiar el precio"),
            self.tr(
                "¿Cambiar el precio de «{name}» de {old} a {new}?\nLas ventas ya hechas mantienen su precio."
            ).format(name=product.name, old=money(product.price), new=money(price)),
            self.tr("Cambiar precio"),
        ):
            return
        try:
            saved = catalogue_products.update_product(
                self.store,
                product.id,
                name=self.name_input.text(),
                category=self.category_input.currentText(),
                price=price,
                description=self.description_input.toPlainText(),
                active=self.active_check.isChecked(),
                user_id=current_user_id(self),
            )
        except UserError as exc:
            self._fail(exc)
            return
        self.banner.say(self.tr("Cambios guardados: {name}.").format(name=saved.name), "success")
        self.current = saved
        self.refresh()

    def _makers(self) -> list[MakerInfo]:
        return catalogue_makers.list_makers(self.store)

    @Slot()
    def add_item(self) -> None:
        """Add an item of the product: who made it (with weights) and its code."""
        product = self.current
        if product is None:
            return
        (makers, code), accepted = ItemDialog.run(self, self._makers(), product.name, store=self.store)
        if not accepted:
            return
        try:
            item = catalogue.add_product_item(self.store, product.id, makers, code, user_id=current_user_id(self))
        except UserError as exc:
            self._fail(exc)
            return
        self.banner.say(
            self.tr("Artículo {code} creado: {product} de {makers}.").format(
                code=item.code, product=item.product_name, makers=makers_of(item)
            ),
            "success",
        )
        self.refresh()
        self._select_item(item.code)

    def _select_item(self, code: str) -> None:
        for row in range(self.item_model.rowCount()):
            if self.item_model.key(row) == code:
                self.item_table.selectRow(row)

    @Slot()
    def edit_item_makers(self) -> None:
        item = self.current_item()
        if item is None or self.current is None:
            return
        (makers, _code), accepted = ItemDialog.run(self, self._makers(), self.current.name, item, self.store)
        if not accepted:
            return
        try:
            catalogue.set_item_makers(self.store, item.code, makers, user_id=current_user_id(self))
        except UserError as exc:
            self._fail(exc)
            return
        self.banner.say(self.tr("Artesanas del artículo {code} actualizadas.").format(code=item.code), "success")
        self.refresh()
        self._select_item(item.code)

    @Slot()
    def toggle_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        try:
            catalogue.set_item_active(self.store, item.code, not item.active, user_id=current_user_id(self))
        except UserError as exc:
            self._fail(exc)
            return
        text = (
            self.tr("Artículo {code} retirado de la caja.") if item.active else self.tr("Artículo {code} a la venta.")
        )
        self.banner.say(text.format(code=item.code), "success")
        self.refresh()
        self._select_item(item.code)

    @Slot()
    def print_tags(self) -> None:
        item = self.current_item()
        if item is None:
            return
        from .tags_dialog import TagsDialog

        TagsDialog.run(self, self.store, tags_of_last_production(self.store, [item.code]))

    @Slot()
    def record_production(self) -> None:
        item = self.current_item()
        if item is None or not item.makers:
            if item is not None:
                self.banner.say(self.tr("Los artículos del centro no se registran como producción."), "warning")
            return
        from .production_dialog import ProductionDialog

        results, _ = ProductionDialog.run(
            self, self.store, maker_id=item.makers[0].maker_id, product_id=item.product_id, item_code=item.code
        )
        if results:
            self.refresh()
            self._select_item(item.code)

    @Slot()
    def import_file(self) -> None:
        from .import_dialog import ImportProductsDialog

        summary, accepted = ImportProductsDialog.run(self, self.store)
        if accepted:
            self.banner.say(summary, "success")
            self.refresh()
