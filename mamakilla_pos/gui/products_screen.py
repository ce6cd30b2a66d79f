"""Products and their items: name, category, price, description, photos; who made each item.

A product is a design; each of its items is that design as made by one
maker, or jointly by several with weights (sewing 2, embroidery 1). Item codes
are generated when not given and go on the hang tags.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.text import fold
from ..services import catalogue, catalogue_makers, catalogue_products, photos
from ..services.catalogue_views import ItemInfo, MakerInfo, ProductChange, ProductInfo
from ..services.errors import UserError
from ..services.tags import tags_of_last_production
from ..store import Store
from .catalogue_common import (
    Banner,
    PhotoBox,
    RowsModel,
    big_button,
    confirm,
    hint_label,
    panel,
    section_label,
    selected_row,
    setup_table,
    stretch_column,
    title_label,
)
from .photo_widgets import PhotosDialog, add_pictures
from .product_dialogs import ItemDialog, ProductDialog, parse_price
from .till_user import current_user_id
from .widgets.i18n import makers_of, money
from .widgets.style import Palette


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
        left_panel = self._build_list()
        right_panel = self._build_product()

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

    def _build_list(self) -> QWidget:
        """The left panel: search, filters, the products and their buttons."""
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
        return left_panel

    def _build_product(self) -> QWidget:
        """The right panel: the chosen product's details and its items."""
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
        item_buttons = self._build_items()

        right_panel, right = panel(self)
        right.addWidget(self.title)
        right.addLayout(details)
        right.addLayout(save_row)
        right.addWidget(section_label(self.tr("Artículos (uno por artesana o grupo)"), self))
        right.addWidget(self.item_table, 1)
        right.addLayout(item_buttons)
        self.empty_hint = hint_label(self.tr("Elija un producto de la lista o cree uno nuevo."), self)
        right.addWidget(self.empty_hint)
        return right_panel

    def _build_items(self) -> QHBoxLayout:
        """The product's items (one per maker or group) and the buttons that act on one."""
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
        item_buttons = QHBoxLayout()
        for button in (
            self.add_item_button,
            self.makers_button,
            self.item_active_button,
            self.tags_button,
            self.produce_button,
        ):
            item_buttons.addWidget(button)
        return item_buttons

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
                ProductChange(
                    name=self.name_input.text(),
                    category=self.category_input.currentText(),
                    price=price,
                    description=self.description_input.toPlainText(),
                    active=self.active_check.isChecked(),
                ),
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
