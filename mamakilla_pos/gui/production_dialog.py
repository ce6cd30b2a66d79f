"""Record production: "Rosa finished 6 embroidered bags at the workshop".

Three steps, each one tap: who made it (a big button per maker), what she
made (her products first; a new product can be created here), how many and
where. Then the hang tags for those units are one button away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QIntValidator
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.text import fold
from ..services import catalogue_makers, locations, photos, stock
from ..services.catalogue_views import MakerInfo
from ..services.errors import UserError
from ..services.settings import get_settings
from ..services.stock_views import ProductionChoice, ProductionResult
from ..services.tags import TagRequest
from ..store import Store
from .approval import with_approval
from .catalogue_common import Banner, ChoiceGrid, big_button, error_label, hint_label, title_label, two_lines
from .till_user import current_user_id
from .widgets.i18n import money
from .widgets.style import Palette
from .widgets.text import sentence

QUICK_QUANTITIES = (1, 2, 3, 4, 5, 6, 8, 10, 12)
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1


class ProductionDialog(QDialog):
    """Who made what, how many and where → a production movement; then print the tags."""

    MAKER, PRODUCT, QUANTITY, DONE = range(4)

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        maker_id: int | None = None,
        product_id: int | None = None,
        item_code: str = "",
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("productionDialog")
        self.setWindowTitle(self.tr("Registrar producción"))
        self.makers: list[MakerInfo] = catalogue_makers.list_makers(store)
        self.maker: MakerInfo | None = None
        self.choices: list[ProductionChoice] = []
        self.choice: ProductionChoice | None = None
        self.location_code = get_settings(store).till_location
        self.results: list[ProductionResult] = []

        self.steps = QLabel(self)
        self.steps.setObjectName("stepsLabel")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._maker_page())
        self.stack.addWidget(self._product_page())
        self.stack.addWidget(self._quantity_page())
        self.stack.addWidget(self._done_page())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.steps)
        layout.addWidget(self.stack, 1)
        self._fit_to_screen()

        self.go(self.MAKER)
        if maker_id is not None:
            self.choose_maker(maker_id)
            if product_id is not None:
                wanted = next(
                    (
                        i
                        for i, c in enumerate(self.choices)
                        if c.product_id == product_id and (c.item_code == item_code or not item_code)
                    ),
                    None,
                )
                if wanted is not None:
                    self.choose_product(wanted)

    # -- pages -----------------------------------------------------------------------------

    def _maker_page(self) -> QWidget:
        page = QWidget(self)
        title = title_label(self.tr("¿Quién lo hizo?"), page)
        self.maker_grid = ChoiceGrid(4, lambda key: self.choose_maker(int(str(key))), page, height=84)
        self.maker_grid.setObjectName("makerGrid")
        self.maker_grid.set_choices(
            [(m.id, m.name.replace(" ", "\n", 1), f"maker_{m.id}") for m in self.makers],
            self._maker_faces(),
        )
        self.no_makers = hint_label(self.tr("Todavía no hay artesanas: agregue la primera aquí."), page)
        self.no_makers.setVisible(not self.makers)
        new_maker = big_button(self.tr("+ Nueva artesana…"), "newMakerButton", page, self.new_maker)
        cancel = big_button(self.tr("Cancelar"), "cancelButton", page, self.reject)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.no_makers)
        layout.addWidget(self.maker_grid, 1)
        row = QHBoxLayout()
        row.addWidget(new_maker)
        row.addStretch(1)
        row.addWidget(cancel)
        layout.addLayout(row)
        return page

    def _product_page(self) -> QWidget:
        page = QWidget(self)
        self.product_title = title_label("", page)
        self.product_search = QLineEdit(page)
        self.product_search.setObjectName("productSearch")
        self.product_search.setPlaceholderText(self.tr("Buscar producto…"))
        self.product_search.setClearButtonEnabled(True)
        self.product_search.textChanged.connect(self._fill_products)
        self.product_list = QListWidget(page)
        self.product_list.setObjectName("productChoiceList")
        self.product_list.itemClicked.connect(lambda item: self.choose_product(int(item.data(CHOICE_ROLE))))
        self.product_list.itemActivated.connect(lambda item: self.choose_product(int(item.data(CHOICE_ROLE))))
        back = big_button(self.tr("← Otra artesana"), "backToMakers", page, lambda: self.go(self.MAKER))
        new = big_button(self.tr("+ Producto nuevo…"), "newProductButton", page, self.new_product)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.product_title)
        layout.addWidget(self.product_search)
        layout.addWidget(self.product_list, 1)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(new)
        layout.addLayout(row)
        return page

    def _quantity_page(self) -> QWidget:
        page = QWidget(self)
        self.quantity_title = title_label("", page)
        self.quantity_title.setObjectName("quantityTitle")

        how_many = self._how_many(page)
        self._location_grid(page)

        self.quantity_error = error_label(page)
        back = big_button(self.tr("← Otro producto"), "backToProducts", page, lambda: self.go(self.PRODUCT))
        self.record_button = big_button("", "recordButton", page, self.record, "primary")
        self.record_button.setMinimumHeight(64)
        self.record_button.setMinimumWidth(360)
        record_font = QFont(self.font())
        record_font.setPointSize(19)
        record_font.setBold(True)
        self.record_button.setFont(record_font)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.quantity_title)
        layout.addLayout(how_many)
        layout.addWidget(QLabel(self.tr("¿Dónde quedan?"), page))
        layout.addWidget(self.location_grid)
        layout.addWidget(self.quantity_error)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.record_button)
        layout.addLayout(row)
        return page

    def _how_many(self, page: QWidget) -> QHBoxLayout:
        """How many were made: the field, − and +, and the usual quantities at one touch."""
        big = QFont(self.font())
        big.setPointSize(26)
        big.setBold(True)
        self.quantity_input = QLineEdit("1", page)
        self.quantity_input.setObjectName("quantityInput")
        self.quantity_input.setValidator(QIntValidator(1, 9999, page))
        self.quantity_input.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.quantity_input.setFont(big)
        self.quantity_input.setFixedWidth(150)
        self.quantity_input.setMinimumHeight(64)
        self.quantity_input.textChanged.connect(self._update_record_button)
        self.quantity_input.returnPressed.connect(self._record_by_key)
        minus = QPushButton("−", page)
        minus.setObjectName("minusButton")
        plus = QPushButton("+", page)
        plus.setObjectName("plusButton")
        for button, delta in ((minus, -1), (plus, 1)):
            button.setProperty("role", "step")
            button.setFixedSize(72, 64)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, d=delta: self.step_quantity(d))

        quick = QGridLayout()
        quick.setSpacing(8)
        quick_font = QFont(self.font())
        quick_font.setPointSize(18)
        quick_font.setBold(True)
        for index, value in enumerate(QUICK_QUANTITIES):
            button = QPushButton(str(value), page)
            button.setObjectName(f"quantity_{value}")
            button.setFont(quick_font)
            button.setAutoDefault(False)
            button.setMinimumSize(64, 56)
            button.clicked.connect(lambda _checked=False, v=value: self.set_quantity(v))
            quick.addWidget(button, 0, index)

        how_many = QHBoxLayout()
        how_many.setSpacing(10)
        how_many.addWidget(QLabel(self.tr("¿Cuántos?"), page))
        how_many.addWidget(minus)
        how_many.addWidget(self.quantity_input)
        how_many.addWidget(plus)
        how_many.addSpacing(16)
        how_many.addLayout(quick)
        how_many.addStretch(1)
        return how_many

    def _location_grid(self, page: QWidget) -> None:
        """Where the units made go: one button a location, the last one chosen marked."""
        self.location_grid = ChoiceGrid(3, self.choose_location, page, height=60)
        self.location_grid.setObjectName("locationGrid")
        places = locations.list_locations(self.store)
        self.location_grid.set_choices(
            [(code, two_lines(name, 24), f"location_{code}") for code, name, _kind in places]
        )
        self.location_names = {code: name for code, name, _kind in places}
        self.location_grid.setMaximumHeight(60 * ((len(places) + 2) // 3) + 10 * len(places))
        self.location_grid.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        if self.location_code not in self.location_grid.buttons and places:
            self.location_code = places[0][0]
        self.location_grid.mark(self.location_code)

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.done_banner = Banner(page)
        self.done_banner.setObjectName("doneMessage")
        self.done_detail = hint_label("", page)
        self.tags_button = big_button("", "printTagsButton", page, self.print_tags, "primary")
        self.tags_button.setMinimumHeight(72)
        tags_font = QFont(self.font())
        tags_font.setPointSize(20)
        tags_font.setBold(True)
        self.tags_button.setFont(tags_font)
        again = big_button(self.tr("Registrar otra producción"), "againButton", page, self.again)
        again.setMinimumHeight(56)
        close = big_button(self.tr("Terminar"), "finishButton", page, self.accept)
        close.setMinimumHeight(56)
        self.done_detail.setStyleSheet("QLabel { font-size: 15pt; }")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(self.done_banner)
        layout.addWidget(self.done_detail)
        layout.addSpacing(12)
        layout.addWidget(self.tags_button)
        layout.addStretch(2)
        row = QHBoxLayout()
        row.addWidget(again)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        return page

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width = min(1120, screen.width() - 60) if screen else 1100
        height = min(700, screen.height() - 60) if screen else 680
        self.resize(width, height)

    # -- steps -----------------------------------------------------------------------------

    def go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        names = [self.tr("1 Artesana"), self.tr("2 Producto"), self.tr("3 Cantidad y lugar")]
        parts = []
        for index, name in enumerate(names):
            if index == min(step, 2) and step != self.DONE:
                parts.append(f"<span style='color:{Palette.primary}; font-weight:bold'>{name}</span>")
            else:
                parts.append(f"<span style='color:{Palette.muted}'>{name}</span>")
        self.steps.setText("<span style='font-size:15pt'>" + "  ›  ".join(parts) + "</span>")
        if step == self.PRODUCT:
            self.product_search.setFocus()
        elif step == self.QUANTITY:
            self.quantity_input.setFocus()
            self.quantity_input.selectAll()

    def _maker_faces(self) -> list[bytes | None]:
        """Each maker's main photo, in the order of the grid (``None`` for one without a photo)."""
        faces = photos.main_tiles(self.store, [m.id for m in self.makers], "maker")
        return [faces.get(m.id) for m in self.makers]

    @Slot()
    def new_maker(self) -> None:
        """Add a maker on the spot (a new shop has none yet) and go on with her."""
        from .maker_dialog import MakerDialog

        maker, accepted = MakerDialog.run(self, self.store)
        if not accepted or maker is None:
            return
        self.makers = catalogue_makers.list_makers(self.store)
        self.maker_grid.set_choices(
            [(m.id, m.name.replace(" ", "\n", 1), f"maker_{m.id}") for m in self.makers],
            self._maker_faces(),
        )
        self.no_makers.hide()
        self.choose_maker(maker.id)

    @Slot()
    def choose_maker(self, maker_id: int) -> None:
        """Step 1 done: show what she can have made."""
        self.maker = next((m for m in self.makers if m.id == maker_id), None)
        if self.maker is None:
            self.maker = catalogue_makers.get_maker(self.store, maker_id)
        self.maker_grid.mark(maker_id)
        self.choices = stock.production_choices(self.store, maker_id)
        self.product_title.setText(self.tr("¿Qué terminó {name}?").format(name=self.maker.first_name))
        self.product_search.clear()
        self._fill_products()
        self.go(self.PRODUCT)

    @Slot()
    def _fill_products(self) -> None:
        words = fold(self.product_search.text()).split()
        self.product_list.clear()
        for index, choice in enumerate(self.choices):
            hay = fold(f"{choice.product_name} {choice.category} {choice.item_code} {choice.makers}")
            if not all(w in hay for w in words):
                continue
            if choice.item_code:
                detail = self.tr("{code} · {makers} · {stock} en stock").format(
                    code=choice.item_code, makers=choice.makers, stock=choice.stock
                )
            else:
                detail = self.tr("primera vez: se crea su artículo")
            text = f"{choice.product_name}  —  {money(choice.price)}\n{detail}"
            item = QListWidgetItem(text, self.product_list)
            item.setData(CHOICE_ROLE, index)
            if not choice.item_code:
                item.setForeground(Palette.color("muted"))

    @Slot()
    def new_product(self) -> None:
        """Create the product on the spot (named as typed in the search) and choose it."""
        from .product_dialogs import ProductDialog

        product, accepted = ProductDialog.run(self, self.store, self.product_search.text().strip())
        if not accepted or product is None or self.maker is None:
            return
        self.choices = stock.production_choices(self.store, self.maker.id)
        self.product_search.clear()
        self._fill_products()
        index = next((i for i, c in enumerate(self.choices) if c.product_id == product.id and not c.item_code), None)
        if index is not None:
            self.choose_product(index)

    def choose_product(self, index: int) -> None:
        """Step 2 done: ask how many and where."""
        if not 0 <= index < len(self.choices) or self.maker is None:
            return
        self.choice = self.choices[index]
        self.quantity_title.setText(
            self.tr("{name}: {product}").format(name=self.maker.first_name, product=self.choice.product_name)
        )
        self.quantity_error.setText("")
        self.set_quantity(1)
        self._update_record_button()
        self.go(self.QUANTITY)

    def quantity(self) -> int:
        try:
            return int(self.quantity_input.text())
        except ValueError:
            return 0

    def set_quantity(self, value: int) -> None:
        self.quantity_input.setText(str(max(1, value)))

    def step_quantity(self, delta: int) -> None:
        self.set_quantity(self.quantity() + delta)

    def choose_location(self, code: object) -> None:
        self.location_code = str(code)
        self.location_grid.mark(self.location_code)
        self._update_record_button()

    @Slot()
    def _update_record_button(self) -> None:
        count = self.quantity()
        where = self.location_names.get(self.location_code, self.location_code)
        self.record_button.setText(
            self.tr("Registrar {count} en {place}").format(count=count, place=where)
            if count
            else self.tr("Escriba la cantidad")
        )
        self.record_button.setEnabled(count > 0)

    @Slot()
    def _record_by_key(self) -> None:
        """Enter in the quantity records it, as the button would."""
        if self.record_button.isEnabled():
            self.record()

    @Slot()
    def record(self) -> None:
        """Step 3 done: write the production movement."""
        if self.maker is None or self.choice is None:
            return
        maker, choice, quantity = self.maker, self.choice, self.quantity()
        try:
            # A seller is asked for a coordinator's PIN (recording production is theirs).
            result = with_approval(
                self,
                self.store,
                lambda approval: stock.produce_for_maker(
                    self.store,
                    maker.id,
                    choice.product_id,
                    quantity,
                    self.location_code,
                    choice.item_code,
                    user_id=current_user_id(self),
                    approval=approval,
                ),
                self.tr("{count} × {product} de {name}").format(
                    count=quantity, product=choice.product_name, name=maker.name
                ),
            )
        except UserError as exc:
            self.quantity_error.setText(sentence(str(exc)))
            return
        self.results.append(result)
        self.done_banner.say(
            self.tr("{name} terminó {count} × {product} en {place}.").format(
                name=self.maker.name,
                count=result.quantity,
                product=result.item.product_name,
                place=result.location_name,
            ),
            "success",
            18,
        )
        detail = self.tr("Ahora hay {level} en {place}. Código del artículo: {code}.").format(
            level=result.level, place=result.location_name, code=result.item.code
        )
        if result.item_created:
            detail += " " + self.tr("(Es su primer artículo de este producto: se le dio un código nuevo.)")
        self.done_detail.setText(detail)
        self.tags_button.setText(self.tr("Imprimir {count} etiquetas").format(count=result.quantity))
        self.go(self.DONE)
        self.tags_button.setFocus()

    @Slot()
    def print_tags(self) -> None:
        """Open the tags of the units just recorded, ready to print."""
        if not self.results:
            return
        from .tags_dialog import TagsDialog

        last = self.results[-1]
        TagsDialog.run(self, self.store, [TagRequest(last.item.code, last.quantity)])

    @Slot()
    def again(self) -> None:
        self.choice = None
        self.go(self.MAKER)

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        store: Store,
        maker_id: int | None = None,
        product_id: int | None = None,
        item_code: str = "",
    ) -> tuple[list[ProductionResult], bool]:
        """Record production; ``(what was recorded, accepted)``."""
        dialog = cls(store, parent, maker_id, product_id, item_code)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.results, accepted
        finally:
            dialog.deleteLater()
