"""The sale screen: scan or tap items into the cart, then take payment.

Everything a seamstress does here ends with the focus back in the scan
field, so a USB scanner (which types the code and Enter) always works.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import cash, till, till_catalogue
from ..services.errors import NotFound, UserError
from ..services.parked import ParkedLine, parked_sales, take_back
from ..services.parked import park as park_sale
from ..services.settings import ShopSettings, get_settings
from ..services.views import ItemInfo
from ..store import Store
from .cart_model import OVER_STOCK_ROLE, CartEntry, CartModel, ParkedCart
from .i18n import makers_of, money
from .product_grid import ProductGrid, two_lines
from .session import current_user_id
from .style import HEADER_POINT_SIZE, Palette, repolish

if TYPE_CHECKING:
    from ..domain.payments import Tender
    from ..domain.pricing import Discount
    from ..services.sales import SaleResult

log = logging.getLogger(__name__)

FILTER_DELAY_MS = 60  # a scanner types a whole code within this; people see no lag
DOUBLE_ENTER_GUARD_S = 0.3  # scanners that send CR and LF must not open the payment


def _sentence(text: str) -> str:
    """A service message as a sentence: capital first letter, the rest untouched."""
    return text[:1].upper() + text[1:]


class ScanLineEdit(QLineEdit):
    """The scan/search field: arrows move the cart selection, Esc clears the text.

    Signals:
        step_selection(int): Up (-1) or Down (+1) was pressed.
        undo_requested(): Ctrl+Z with nothing typed (the field's own undo is for what is typed).
    """

    step_selection = Signal(int)
    undo_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo) and not self.text():
            self.undo_requested.emit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step_selection.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class CartLineDelegate(QStyledItemDelegate):
    """Keeps an over-stock line amber even when selected; marks the selection with a bar."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        over = bool(index.data(OVER_STOCK_ROLE))
        if over:
            background = QColor("#FFD778") if selected else Palette.color("warning_row")
        else:
            background = Palette.color("primary_soft") if selected else Palette.color("surface")
        painter.fillRect(option.rect, background)
        if selected and index.column() == 0:
            painter.fillRect(option.rect.adjusted(0, 0, -(option.rect.width() - 5), 0), Palette.color("primary"))
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.state &= ~QStyle.StateFlag.State_Selected
        plain.state &= ~QStyle.StateFlag.State_HasFocus
        plain.backgroundBrush = QBrush(Qt.BrushStyle.NoBrush)
        if index.column() in (CartModel.PRODUCT, CartModel.MAKERS):
            # Names get two lines: the cart is narrow and names are long.
            text_rect = option.rect.adjusted(8, 2, -6, -2)
            lines = two_lines(plain.text, QFontMetrics(plain.font), text_rect.width())
            painter.save()
            painter.setFont(plain.font)
            painter.setPen(plain.palette.color(QPalette.ColorRole.Text))
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            if isinstance(foreground, QBrush):
                painter.setPen(foreground.color())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "\n".join(lines))
            painter.restore()
            return
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)


class CartTable(QTableView):
    """The cart's table: fixed columns sized for their content, a hint when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CartLineDelegate(self))

    def fit_columns(self) -> None:
        """Size the columns for the longest expected content; the product takes the rest."""
        self.ensurePolished()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(36)
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        heading_font = QFont(self.font())
        heading_font.setPointSize(HEADER_POINT_SIZE)
        heading_font.setBold(True)
        heading = QFontMetrics(heading_font)
        model = self.model()

        def fit(column: int, sample: str, font_metrics: QFontMetrics = metrics) -> int:
            title = str(model.headerData(column, Qt.Orientation.Horizontal)) if model else ""
            return max(font_metrics.horizontalAdvance(sample), heading.horizontalAdvance(title)) + 16

        widths = {
            CartModel.QUANTITY: fit(CartModel.QUANTITY, "999"),
            CartModel.MAKERS: fit(CartModel.MAKERS, "Marisol"),
            CartModel.UNIT_PRICE: fit(CartModel.UNIT_PRICE, "999.00"),
            CartModel.DISCOUNT: fit(CartModel.DISCOUNT, "-99.00"),
            CartModel.AMOUNT: fit(CartModel.AMOUNT, "9,999.00", QFontMetrics(bold)),
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        header.setSectionResizeMode(CartModel.PRODUCT, QHeaderView.ResizeMode.Stretch)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_columns()

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(Palette.color("muted"))
            painter.drawText(
                self.viewport().rect().adjusted(24, 0, -24, 0),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Escanee un código o toque un producto para empezar la venta."),
            )
            painter.end()


class SaleScreen(QWidget):
    """Ring up a sale: scan field, product grid, cart, total and pay button.

    Signals:
        sale_completed(str): a sale was recorded; its number.
        session_changed(): a cash session was opened from this screen.
    """

    sale_completed = Signal(str)
    session_changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings: ShopSettings = get_settings(store)
        self.parked: list[ParkedCart] = []
        self._session_open = False
        self._stock_location: str | None = self.settings.till_location
        self._last_scan_at = 0.0

        self.cart = CartModel(self)
        self._build()
        self._connect()
        self._shortcuts()
        self.reload_catalogue()
        self._update_totals()
        self._update_buttons()

    # -- building ----------------------------------------------------------------------

    def _button(self, text: str, name: str, slot: Callable[[], object], role: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        if role:
            button.setProperty("role", role)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build(self) -> None:
        self.scan_input = ScanLineEdit(self)
        self.scan_input.setObjectName("scanInput")
        self.scan_input.setPlaceholderText(self.tr("Escanee o busque… (F2)"))
        self.scan_input.setClearButtonEnabled(True)
        self.scan_input.setMaxLength(64)

        self.reprint_button = self._button(self.tr("Última nota (Ctrl+P)"), "reprintButton", self.reprint_last)

        self.message = QLabel(self)
        self.message.setObjectName("scanMessage")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self.grid = ProductGrid(self)

        search_row = QHBoxLayout()
        search_row.setSpacing(10)
        search_row.addWidget(self.scan_input, 1)
        search_row.addWidget(self.reprint_button)

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addLayout(search_row)
        left.addWidget(self.message)
        left.addWidget(self.grid, 1)

        # The cart panel.
        panel = QFrame(self)
        panel.setObjectName("cartPanel")
        panel.setMinimumWidth(640)
        panel.setMaximumWidth(760)

        self.cart_title = QLabel(self.tr("Venta actual"), panel)
        self.cart_title.setObjectName("cartTitle")
        self.recall_button = self._button(self.tr("Recuperar"), "recallButton", self.recall)
        self.park_button = self._button(self.tr("Aparcar"), "parkButton", self.park)
        self.clear_button = self._button(self.tr("Vaciar"), "clearButton", self.clear_cart, "danger")

        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(self.cart_title, 1)
        title_row.addWidget(self.park_button)
        title_row.addWidget(self.recall_button)
        title_row.addWidget(self.clear_button)

        self.cart_table = CartTable(panel)
        self.cart_table.setObjectName("cartTable")
        self.cart_table.setModel(self.cart)
        self.cart_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cart_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cart_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cart_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cart_table.setShowGrid(False)
        self.cart_table.setWordWrap(False)
        self.cart_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.cart_table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.cart_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cart_table.verticalHeader().setVisible(False)
        self.cart_table.verticalHeader().setDefaultSectionSize(50)
        self.cart_table.fit_columns()

        self.minus_button = self._button("−", "minusButton", lambda: self.step_quantity(-1), "step")
        self.plus_button = self._button("+", "plusButton", lambda: self.step_quantity(+1), "step")
        self.quantity_button = self._button(self.tr("Cant. (F4)"), "quantityButton", self.edit_quantity)
        self.discount_button = self._button(self.tr("Dscto. (F8)"), "discountButton", self.edit_line_discount)
        self.remove_button = self._button(self.tr("Quitar"), "removeButton", self.remove_line, "danger")
        self.undo_button = self._button(self.tr("Deshacer (Ctrl+Z)"), "undoRemoveButton", self.undo_remove)
        self.undo_button.hide()
        self._removed: tuple[int, CartEntry, Discount] | None = None

        line_row = QHBoxLayout()
        line_row.setSpacing(8)
        for button in (self.minus_button, self.plus_button, self.quantity_button, self.discount_button):
            line_row.addWidget(button)
        line_row.addStretch(1)
        line_row.addWidget(self.undo_button)
        line_row.addWidget(self.remove_button)

        self.summary = QLabel(panel)
        self.summary.setObjectName("summaryLabel")
        self.order_discount_button = self._button(
            self.tr("Dscto. a la venta (F9)"), "orderDiscountButton", self.edit_order_discount
        )
        caption = QLabel(self.tr("TOTAL"), panel)
        caption.setObjectName("totalCaption")
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.total_label = QLabel(money(self.cart.total), panel)
        self.total_label.setObjectName("totalLabel")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        left_totals = QVBoxLayout()
        left_totals.setSpacing(6)
        left_totals.addWidget(self.summary)
        left_totals.addWidget(self.order_discount_button, 0, Qt.AlignmentFlag.AlignLeft)
        right_totals = QVBoxLayout()
        right_totals.setSpacing(0)
        right_totals.addWidget(caption)
        right_totals.addWidget(self.total_label)
        total_row = QHBoxLayout()
        total_row.addLayout(left_totals)
        total_row.addStretch(1)
        total_row.addLayout(right_totals)

        self.pay_button = self._button(self.tr("Cobrar (F12)"), "payButton", self.pay)

        rule = QFrame(panel)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: #DDD5CC;")

        right = QVBoxLayout(panel)
        right.setContentsMargins(14, 12, 14, 14)
        right.setSpacing(8)
        right.addLayout(title_row)
        right.addWidget(self.cart_table, 1)
        right.addLayout(line_row)
        right.addWidget(rule)
        right.addLayout(total_row)
        right.addWidget(self.pay_button)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(14)
        layout.addLayout(left, 1)
        layout.addWidget(panel, 0)

    def _connect(self) -> None:
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.scan_input.textChanged.connect(lambda _text: self._filter_timer.start())
        self.scan_input.returnPressed.connect(self._enter_pressed)
        self.scan_input.step_selection.connect(self._step_selection)
        self.scan_input.undo_requested.connect(self.undo_remove)
        self.grid.item_chosen.connect(self._tile_chosen)
        self.cart.totals_changed.connect(self._update_totals)
        self.cart.modelReset.connect(self._update_buttons)
        self.cart.modelReset.connect(self._forget_removed)
        self.cart.rowsInserted.connect(self._update_buttons)
        self.cart.rowsRemoved.connect(self._update_buttons)
        self.cart_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.cart_table.doubleClicked.connect(lambda _index: self.edit_quantity())

    def _shortcuts(self) -> None:
        for keys, slot in (
            ("F2", self.focus_search),
            ("F4", self.edit_quantity),
            ("F8", self.edit_line_discount),
            ("F9", self.edit_order_discount),
            ("F12", self.pay),
            ("Ctrl+P", self.reprint_last),
            ("Ctrl+Z", self.undo_remove),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- catalogue ---------------------------------------------------------------------

    def reload_catalogue(self) -> None:
        """Read settings, the catalogue (stock at this till's location) and the cash session."""
        self.settings = get_settings(self.store)
        location = self.settings.till_location
        try:
            items = till_catalogue.load(self.store, location)
        except NotFound:
            location = None
            items = till_catalogue.load(self.store)
        self._stock_location = location
        self.grid.set_index(till_catalogue.CatalogueIndex(items))
        self.cart.refresh_items(self.grid.index.by_code)
        self._load_parked()
        self.refresh_session()

    def refresh_session(self) -> None:
        self._session_open = cash.current_session(self.store) is not None
        if not self.message.text() or self.message.property("kind") in ("idle", "closed"):
            self._show_idle()

    def refresh_stock(self, codes: list[str] | None = None) -> None:
        """Show current stock for ``codes`` (every item when ``None``) without reloading the catalogue."""
        levels = till.stock_at(self.store, codes, self._stock_location)
        fresh = {}
        for code, level in levels.items():
            item = self.grid.index.by_code(code)
            if item is not None and item.stock != level:
                fresh[code] = replace(item, stock=level)
        self.grid.replace_items(fresh)
        self.cart.refresh_items(self.grid.index.by_code)

    # -- messages ----------------------------------------------------------------------

    def show_message(self, text: str, kind: str = "info") -> None:
        """Show a non-blocking message in the banner (info, success, warning, error)."""
        self.message.setText(text)
        self.message.setProperty("kind", kind)
        repolish(self.message)

    def _show_idle(self) -> None:
        if self._session_open:
            self.show_message(self.tr("Escanee un código o toque un producto."), "idle")
        else:
            self.show_message(self.tr("Caja cerrada: se le pedirá abrirla al cobrar."), "closed")

    # -- scanning and finding ----------------------------------------------------------

    @Slot()
    def focus_search(self) -> None:
        self.scan_input.setFocus()
        self.scan_input.selectAll()

    def refocus(self) -> None:
        """Give the focus back to the scan field, as after every action.

        Without a window manager (a kiosk session) nothing reactivates the
        window when a dialog closes, and the scanner's keys would go nowhere;
        a window that is still showing, such as a receipt notice, keeps its turn.
        """
        window = self.window()
        active = QApplication.activeWindow()
        if window.isVisible() and (active is None or not active.isVisible()):
            window.activateWindow()
        self.scan_input.setFocus()

    def _apply_filter(self) -> None:
        self.grid.set_filter(self.scan_input.text())

    @Slot()
    def _enter_pressed(self) -> None:
        text = self.scan_input.text().strip()
        if not text:
            self.scan_input.clear()
            if time.monotonic() - self._last_scan_at > DOUBLE_ENTER_GUARD_S:
                self.pay()
            return
        self._last_scan_at = time.monotonic()
        self.scan(text)

    def scan(self, text: str) -> bool:
        """Add the item whose code is ``text``, or the only item matching it. Returns whether added."""
        item = self.grid.index.by_code(text)
        if item is None:
            found = self.grid.matches(text)
            if len(found) == 1:
                item = found[0]
            elif found:
                self._filter_timer.stop()
                self._apply_filter()
                self.show_message(
                    self.tr("{n} productos coinciden con «{text}»: toque el que desea.").format(
                        n=len(found), text=text
                    ),
                    "info",
                )
                return False
        if item is None:
            if " " in text:
                message = self.tr("Ningún producto coincide con «{text}».").format(text=text)
            else:
                message = self.tr("Código no encontrado: {code}").format(code=text)
            self.show_message(message, "error")
            self.scan_input.selectAll()
            return False
        self.scan_input.clear()
        self.add_item(item)
        return True

    @Slot(object)
    def _tile_chosen(self, item: ItemInfo) -> None:
        self.scan_input.clear()
        self.add_item(item)

    def add_item(self, item: ItemInfo) -> None:
        """Put one unit of ``item`` into the cart and say so."""
        row = self.cart.add_item(item)
        self._select(row)
        entry = self.cart.entry(row)
        if not self._warn_stock(row):
            self.show_message(
                self.tr("{qty} × {name} — {makers} — {price}").format(
                    qty=entry.quantity,
                    name=item.product_name,
                    makers=makers_of(item),
                    price=money(item.price),
                ),
                "info",
            )
        self.refocus()

    def _warn_stock(self, row: int) -> bool:
        entry = self.cart.entry(row)
        if not entry.over_stock:
            return False
        self.show_message(
            self.tr("⚠ {name}: se venden {qty} y solo hay {stock} en stock.").format(
                stock=entry.item.stock, name=entry.item.product_name, qty=entry.quantity
            ),
            "warning",
        )
        return True

    # -- cart lines --------------------------------------------------------------------

    def selected_row(self) -> int | None:
        """The selected line, or the last one when none is selected."""
        rows = self.cart_table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        return self.cart.rowCount() - 1 if self.cart.rowCount() else None

    def _select(self, row: int | None) -> None:
        if row is None or not 0 <= row < self.cart.rowCount():
            self.cart_table.clearSelection()
            return
        index = self.cart.index(row, 0)
        self.cart_table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.cart_table.scrollTo(index)
        self._update_buttons()

    @Slot(int)
    def _step_selection(self, delta: int) -> None:
        row = self.selected_row()
        if row is not None:
            self._select(min(max(0, row + delta), self.cart.rowCount() - 1))

    def _apply(self, change: Callable[[], None]) -> bool:
        try:
            change()
        except UserError as exc:
            self.show_message(_sentence(str(exc)), "error")
            return False
        return True

    def step_quantity(self, delta: int) -> None:
        """+1 or −1 on the selected line (never below one: use "Quitar")."""
        row = self.selected_row()
        if row is not None and self._apply(lambda: self.cart.change_quantity(row, delta)):
            self._select(row)
            if not self._warn_stock(row):
                entry = self.cart.entry(row)
                self.show_message(
                    self.tr("{name}: {qty} unidades").format(name=entry.item.product_name, qty=entry.quantity)
                )
        self.refocus()

    @Slot()
    def edit_quantity(self) -> None:
        """Type the quantity of the selected line (F4)."""
        row = self.selected_row()
        if row is not None:
            from .cart_dialogs import QuantityDialog  # the cart's dialogs load on first use, not at start

            entry = self.cart.entry(row)
            quantity, accepted = QuantityDialog.run(self, entry.item.product_name, entry.quantity)
            if accepted and self._apply(lambda: self.cart.set_quantity(row, quantity)):
                self._select(row)
                self._warn_stock(row)
        self.refocus()

    @Slot()
    def edit_line_discount(self) -> None:
        """Give the selected line a discount in soles or percent (F8)."""
        row = self.selected_row()
        priced = self.cart.priced
        if row is not None and priced is not None:
            from .cart_dialogs import DiscountDialog

            entry = self.cart.entry(row)
            discount, accepted = DiscountDialog.run(
                self,
                self.tr("Descuento en {name}").format(name=entry.item.product_name),
                priced.lines[row].gross,
                entry.discount,
            )
            if accepted and self._apply(lambda: self.cart.set_line_discount(row, discount)):
                self._select(row)
        self.refocus()

    @Slot()
    def edit_order_discount(self) -> None:
        """A discount on the whole sale, in soles or percent (F9)."""
        priced = self.cart.priced
        if priced is not None:
            from .cart_dialogs import DiscountDialog

            base = priced.total + priced.order_discount
            discount, accepted = DiscountDialog.run(
                self, self.tr("Descuento a toda la venta"), base, self.cart.order_discount
            )
            if accepted:
                self._apply(lambda: self.cart.set_order_discount(discount))
        self.refocus()

    @Slot()
    def remove_line(self) -> None:
        row = self.selected_row()
        if row is not None:
            entry, discount = self.cart.entry(row), self.cart.order_discount
            self.cart.remove(row)
            self._removed = (row, entry, discount)
            self.undo_button.show()
            self._select(min(row, self.cart.rowCount() - 1) if self.cart.rowCount() else None)
            self.show_message(
                self.tr("Se quitó {name}. Para volver a ponerlo: Deshacer (Ctrl+Z).").format(
                    name=entry.item.product_name
                )
            )
        self.refocus()

    @Slot()
    def undo_remove(self) -> None:
        """Put back the line "Quitar" just took out, where it was."""
        if self._removed is None:
            return
        row, entry, discount = self._removed
        self._forget_removed()
        self.cart.restore(row, entry, discount)
        self._select(min(row, self.cart.rowCount() - 1))
        self.show_message(self.tr("Volvió a la venta: {name}.").format(name=entry.item.product_name))
        self.refocus()

    def _forget_removed(self) -> None:
        self._removed = None
        self.undo_button.hide()

    def _confirm(self, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        accept.setObjectName("confirmButton")
        accept.setProperty("role", "primary")
        cancel = box.addButton(self.tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelButton")
        box.setDefaultButton(accept)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is accept

    @Slot()
    def clear_cart(self) -> None:
        """Empty the cart after a confirmation."""
        if not self.cart.is_empty() and self._confirm(
            self.tr("Vaciar la venta"),
            self.tr("¿Quitar los {n} artículos de esta venta?").format(n=self.cart.units),
            self.tr("Sí, vaciar"),
        ):
            self.cart.clear()
            self.show_message(self.tr("Venta vaciada."))
        self.refocus()

    # -- parking -----------------------------------------------------------------------

    def _load_parked(self) -> None:
        """The carts parked at this till, kept in the database: still there after a restart."""
        lookup = self.grid.index.by_code
        self.parked = []
        for kept in parked_sales(self.store, self.settings.till_series):
            entries = tuple(
                CartEntry(item, line.quantity, line.discount)
                for line in kept.lines
                if (item := lookup(line.code)) is not None
            )
            if entries:  # a cart whose every item has left the catalogue cannot be sold any more
                self.parked.append(ParkedCart(kept.parked_at, entries, kept.order_discount, kept.total, kept.id))
        self._update_buttons()

    def _keep_parked(self) -> ParkedCart:
        """Write the cart on screen to the database, then empty it: a restart does not lose a parked cart.

        Raises:
            UserError: it could not be kept; the cart stays on screen.
        """
        lines = tuple(ParkedLine(e.item.code, e.quantity, e.discount) for e in self.cart.entries)
        total, discount = self.cart.total, self.cart.order_discount
        kept = park_sale(self.store, self.settings.till_series, lines, discount, total, current_user_id(self))
        parked = ParkedCart(kept.parked_at, self.cart.entries, discount, total, kept.id)
        self.cart.clear()
        return parked

    @Slot()
    def park(self) -> None:
        """Put the cart aside (a customer went to fetch money)."""
        if not self.cart.is_empty():
            try:
                parked = self._keep_parked()
            except UserError as exc:
                self.show_message(_sentence(str(exc)), "error")
                self.refocus()
                return
            self.parked.append(parked)
            self.show_message(
                self.tr("Venta de {total} aparcada. Recupérela con «Recuperar».").format(total=money(parked.total)),
                "success",
            )
            self._update_buttons()
        self.refocus()

    @Slot()
    def recall(self) -> None:
        """Bring back a parked cart; a cart in progress is parked in its place."""
        if self.parked:
            from .cart_dialogs import ParkedCartsDialog  # only when a cart is brought back

            chosen, accepted = ParkedCartsDialog.run(self, self.parked)
            if accepted and 0 <= chosen < len(self.parked):
                wanted = self.parked[chosen]
                try:
                    take_back(self.store, wanted.id)
                except UserError as exc:  # taken back at another window meanwhile
                    self._load_parked()
                    self.show_message(_sentence(str(exc)), "warning")
                    self.refocus()
                    return
                self.parked.pop(chosen)
                if not self.cart.is_empty():
                    self.parked.append(self._keep_parked())
                self.cart.recall(wanted)
                self.cart.refresh_items(self.grid.index.by_code)
                self._select(self.cart.rowCount() - 1)
                self.show_message(
                    self.tr("Venta de {total} recuperada.").format(total=money(self.cart.total)),
                    "success",
                )
                self._update_buttons()
        self.refocus()

    # -- paying ------------------------------------------------------------------------

    @Slot()
    def pay(self) -> None:
        """Open the payment dialog (F12, or Enter on an empty scan field)."""
        if self.cart.is_empty():
            self.show_message(self.tr("Agregue productos antes de cobrar."))
            self.refocus()
            return
        if not self._ensure_session():
            self.refocus()
            return
        from .payment_dialog import PaymentDialog

        settings = get_settings(self.store)
        chosen: list[str] = []  # the customer's receipt language, told by the dialog once paid
        result, accepted = PaymentDialog.run(
            self, self.cart.total, settings, self.complete_sale, receipt_language=chosen.append
        )
        if accepted and result is not None:
            self._sale_done(result, settings, chosen[-1] if chosen else "es")
        self.refocus()

    def complete_sale(self, tenders: tuple[Tender, ...]) -> SaleResult:
        """Record the cart as a sale paid with ``tenders`` (called by the payment dialog).

        Raises:
            UserError: the sale cannot be recorded; nothing was written and the cart is kept.
        """
        from ..services.sales import SaleRequest, record_sale  # with the payment dialog, not at start
        from .approval import with_approval

        request = SaleRequest(
            lines=self.cart.line_requests(),
            tenders=tuple(tenders),
            order_discount=self.cart.order_discount,
            location_code=self._stock_location,
            user_id=current_user_id(self),
        )
        # A seller's big discount or changed price needs a coordinator's PIN: asked for here,
        # over the payment dialog; the cart stays as it is whatever the answer.
        return with_approval(
            self,
            self.store,
            lambda approval: record_sale(self.store, replace(request, approval=approval)),
            self.tr("Venta de %1").replace("%1", money(self.cart.total)),
        )

    def _ensure_session(self) -> bool:
        self._session_open = cash.current_session(self.store) is not None
        if self._session_open:
            return True
        if not self._confirm(
            self.tr("Caja cerrada"),
            self.tr("Para cobrar, la caja debe estar abierta.\n¿Abrir la caja ahora con S/ 0.00 de fondo?"),
            self.tr("Abrir la caja"),
        ):
            self.show_message(self.tr("Caja cerrada: no se puede cobrar sin abrirla."), "warning")
            return False
        try:
            cash.open_session(self.store)
        except UserError as exc:
            self.show_message(_sentence(str(exc)), "error")
            return False
        self._session_open = True
        self.session_changed.emit()
        return True

    def _sale_done(self, result: SaleResult, settings: ShopSettings, receipt_language: str = "es") -> None:
        sold = [entry.item.code for entry in self.cart.entries]
        self.cart.clear()
        if result.change:
            text = self.tr("Venta {number} registrada — vuelto {change}").format(
                number=result.number, change=money(result.change)
            )
        else:
            text = self.tr("Venta {number} registrada").format(number=result.number)
        self.show_message(text, "success")
        self.refresh_stock(sold)
        self.sale_completed.emit(result.number)
        try:
            from .receipt_actions import after_sale

            after_sale(self, self.store, result.number, settings, receipt_language)
        except Exception as exc:  # the sale is saved: a printer problem must not stop the till
            log.exception("receipt after sale %s failed", result.number)
            self.show_message(
                self.tr("{text}. No se pudo entregar la nota: {error}").format(text=text, error=exc), "warning"
            )

    @Slot()
    def reprint_last(self) -> None:
        """Print the last receipt of this till again, marked COPIA (Ctrl+P)."""
        try:
            from .receipt_actions import reprint_last

            reprint_last(self, self.store)
        except UserError as exc:
            self.show_message(_sentence(str(exc)), "error")
        except Exception as exc:
            log.exception("reprint failed")
            self.show_message(self.tr("No se pudo reimprimir: {error}").format(error=exc), "error")
        self.refocus()

    # -- state -------------------------------------------------------------------------

    @Slot()
    def _update_totals(self) -> None:
        self.total_label.setText(money(self.cart.total))
        units = self.cart.units
        parts = [self.tr("{n} artículo").format(n=units) if units == 1 else self.tr("{n} artículos").format(n=units)]
        priced = self.cart.priced
        if priced is not None and priced.order_discount:
            parts.append(self.tr("dscto. a la venta {amount}").format(amount=money(-priced.order_discount)))
        self.summary.setText("  ·  ".join(parts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_lines = not self.cart.is_empty()
        for button in (
            self.minus_button,
            self.plus_button,
            self.quantity_button,
            self.discount_button,
            self.remove_button,
            self.order_discount_button,
            self.park_button,
            self.clear_button,
            self.pay_button,
        ):
            button.setEnabled(has_lines)
        self.recall_button.setEnabled(bool(self.parked))
        self.recall_button.setText(
            self.tr("Recuperar ({n})").format(n=len(self.parked)) if self.parked else self.tr("Recuperar")
        )

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        QTimer.singleShot(0, self.refocus)
