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

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..services import cash, till_catalogue, till_stock
from ..services.catalogue_views import ItemInfo
from ..services.errors import NotFound, UserError
from ..services.settings import ShopSettings, get_settings
from ..store import Store
from .cart_model import CartModel, ParkedCart, line_message
from .cart_panel import CartPanel
from .cart_table import ScanLineEdit
from .product_grid import ProductGrid
from .sale_parking import CartParking
from .tile_photos import TilePhotos
from .widgets.i18n import money
from .widgets.style import repolish
from .widgets.text import sentence

if TYPE_CHECKING:
    from ..domain.payments import Tender
    from ..services.printers import PrinterProfile
    from ..services.sales import SaleResult

log = logging.getLogger(__name__)

FILTER_DELAY_MS = 60  # a scanner types a whole code within this; people see no lag
DOUBLE_ENTER_GUARD_S = 0.3  # scanners that send CR and LF must not open the payment


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
        self._session_open = False
        self._stock_location: str | None = self.settings.till_location
        self._last_scan_at = 0.0

        self.cart = CartModel(self)
        self.parking = CartParking(self)
        self._build()
        self._connect()
        self._shortcuts()
        self.reload_catalogue()
        self._update_buttons()

    # -- building ----------------------------------------------------------------------

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        button.setAutoDefault(False)
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
        self.tile_photos = TilePhotos(self.store, self)
        self.grid.set_photos(self.tile_photos)

        search_row = QHBoxLayout()
        search_row.setSpacing(10)
        search_row.addWidget(self.scan_input, 1)
        search_row.addWidget(self.reprint_button)

        # Beside the message that says what "Quitar" took out (the cart panel has no width to spare).
        self.undo_button = self._button(self.tr("Deshacer (Ctrl+Z)"), "undoRemoveButton", self.undo_remove)
        self.undo_button.hide()
        message_row = QHBoxLayout()
        message_row.setSpacing(10)
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.undo_button)

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addLayout(search_row)
        left.addLayout(message_row)
        left.addWidget(self.grid, 1)

        self.cart_panel = CartPanel(self.cart, self.store, self)
        panel = self.cart_panel
        self.cart_table, self.done_panel, self.cart_stack = panel.table, panel.done, panel.stack
        self.summary, self.total_label = panel.summary, panel.total_label
        self.remove_button = panel.remove_button
        for button, slot in (
            (panel.recall_button, self.recall),
            (panel.park_button, self.park),
            (panel.clear_button, self.clear_cart),
            (panel.minus_button, lambda: self.step_quantity(-1)),
            (panel.plus_button, lambda: self.step_quantity(+1)),
            (panel.quantity_button, self.edit_quantity),
            (panel.discount_button, self.edit_line_discount),
            (panel.remove_button, self.remove_line),
            (panel.order_discount_button, self.edit_order_discount),
            (panel.pay_button, self.pay),
        ):
            button.clicked.connect(lambda _checked=False, act=slot: act())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(14)
        layout.addLayout(left, 1)
        layout.addWidget(self.cart_panel, 0)

    def _connect(self) -> None:
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.scan_input.textChanged.connect(lambda _text: self._filter_timer.start())
        self.scan_input.returnPressed.connect(self._enter_pressed)
        self.scan_input.step_selection.connect(self._step_selection)
        self.scan_input.escape_pressed.connect(self.close_done_panel)
        self.scan_input.undo_requested.connect(self.undo_remove)
        self.done_panel.dismissed.connect(self.close_done_panel)
        self.grid.item_chosen.connect(self._tile_chosen)
        for changed in (self.cart.totals_changed, self.cart.modelReset, self.cart.rowsInserted, self.cart.rowsRemoved):
            changed.connect(lambda *_: self._update_buttons())
        self.cart_table.doubleClicked.connect(lambda _index: self.edit_quantity())

    def _shortcuts(self) -> None:
        for keys, slot in (
            ("F2", self.focus_search),
            ("F4", self.edit_quantity),
            ("F8", self.edit_line_discount),
            ("F9", self.edit_order_discount),
            ("F12", self.pay),
            ("F5", lambda: self._on_done_panel(self.done_panel.print_receipt)),
            ("F6", lambda: self._on_done_panel(self.done_panel.save_receipt)),
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
        self.tile_photos.forget()  # photos may have changed with the catalogue: read again as painted
        self.grid.set_index(till_catalogue.CatalogueIndex(items))
        self.cart.refresh_items(self.grid.index.by_code)
        self.parking.load()
        self._update_buttons()
        self.refresh_session()

    def refresh_session(self) -> None:
        self._session_open = cash.current_session(self.store) is not None
        if not self.message.text() or self.message.property("kind") in ("idle", "closed"):
            self._show_idle()

    def refresh_stock(self, codes: list[str] | None = None) -> None:
        """Show current stock for ``codes`` (every item when ``None``) without reloading the catalogue."""
        levels = till_stock.stock_at(self.store, codes, self._stock_location)
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
        self._keep_two_lines()

    def _keep_two_lines(self) -> None:
        """The message always has room for two lines: a longer one never pushes the products down.

        Set again after each restyling (the stylesheet's own minimum would take its place).
        """
        label = self.message
        padding = label.height() - label.contentsRect().height() if label.isVisible() else 0
        label.setMinimumHeight(2 * label.fontMetrics().lineSpacing() + padding)

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
                (self.close_done_panel if self.sale_done_shown() else self.pay)()  # Enter: done, or pay
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
        """Put one unit of ``item`` into the cart and say so; the first item of a sale closes the last one's panel."""
        self._leave_done_panel()
        row = self.cart.add_item(item)
        self._select(row)
        self.show_message(*line_message(self.cart.entry(row), added=True))
        self.refocus()

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
            self.show_message(sentence(str(exc)), "error")
            return False
        return True

    def step_quantity(self, delta: int) -> None:
        """+1 or −1 on the selected line (never below one: use "Quitar")."""
        row = self.selected_row()
        if row is not None and self._apply(lambda: self.cart.change_quantity(row, delta)):
            self._select(row)
            self._say_line(row)
        self.refocus()

    @Slot()
    def edit_quantity(self) -> None:
        """Type the quantity of the selected line (F4)."""
        row = self.selected_row()
        if row is not None:
            from .cart_dialogs import QuantityDialog  # the cart's dialogs load on first use, not at start

            entry = self.cart.entry(row)
            quantity, accepted = QuantityDialog.run(self, entry.item.product_name, entry.quantity, entry.item.stock)
            if accepted and self._apply(lambda: self.cart.set_quantity(row, quantity)):
                self._select(row)
                self._say_line(row)
        self.refocus()

    def _say_line(self, row: int) -> None:
        """What the line now holds: the stock warning when it sells more than there is."""
        self.show_message(*line_message(self.cart.entry(row)))

    @Slot()
    def edit_line_discount(self) -> None:
        """Give the selected line a discount in soles or percent (F8); past the seller's limit, approved now."""
        row = self.selected_row()
        if row is not None and self.cart.priced is not None:
            from .discount_limit import ask_line_discount, discount_given

            discount, refused = ask_line_discount(self, self.store, self.cart, row)
            if refused:
                self.show_message(refused, "error")
            elif discount is not None and self._apply(lambda: self.cart.set_line_discount(row, discount)):
                self._select(row)
                self.show_message(discount_given(discount, self.cart.entry(row).item.product_name), "success")
        self.refocus()

    @Slot()
    def edit_order_discount(self) -> None:
        """A discount on the whole sale, in soles or percent (F9); past the seller's limit, approved now."""
        if self.cart.priced is not None:
            from .discount_limit import ask_order_discount, discount_given

            discount, refused = ask_order_discount(self, self.store, self.cart)
            if refused:
                self.show_message(refused, "error")
            elif discount is not None and self._apply(lambda: self.cart.set_order_discount(discount)):
                self.show_message(discount_given(discount, ""), "success")
        self.refocus()

    @Slot()
    def remove_line(self) -> None:
        row = self.selected_row()
        if row is not None:
            name = self.cart.entry(row).item.product_name
            self.cart.remove(row)
            self._select(min(row, self.cart.rowCount() - 1) if self.cart.rowCount() else None)
            self.show_message(self.tr("Se quitó {name}. Para volver a ponerlo: Deshacer (Ctrl+Z).").format(name=name))
        self.refocus()

    @Slot()
    def undo_remove(self) -> None:
        """Put back the line "Quitar" just took out, where it was (Ctrl+Z)."""
        entry = self.cart.undo_remove()
        if entry is not None:
            self._select(self.cart.row_of(entry.item.code))
            self.show_message(self.tr("Volvió a la venta: {name}.").format(name=entry.item.product_name))
        self.refocus()

    @Slot()
    def clear_cart(self) -> None:
        """Empty the cart after a confirmation."""
        from .confirm import confirm

        if not self.cart.is_empty() and confirm(
            self,
            self.tr("Vaciar la venta"),
            self.tr("¿Quitar los {n} artículos de esta venta?").format(n=self.cart.units),
            self.tr("Sí, vaciar"),
        ):
            self.cart.clear()
            self.show_message(self.tr("Venta vaciada."))
        self.refocus()

    # -- parking -----------------------------------------------------------------------

    @property
    def parked(self) -> list[ParkedCart]:
        """The carts parked at this till, kept in the database."""
        return self.parking.carts

    @Slot()
    def park(self) -> None:
        """Put the cart aside (a customer went to fetch money)."""
        self.parking.park()
        self._update_buttons()
        self.refocus()

    @Slot()
    def recall(self) -> None:
        """Bring back a parked cart; a cart in progress is parked in its place."""
        wanted = self.parking.take_back()
        if wanted is not None:
            self._leave_done_panel()
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
        from ..services.printers import printer_profile
        from .payment_dialog import PaymentDialog

        settings = get_settings(self.store)
        printer = printer_profile(self.store)  # read now: the receipt is made from memory once paid
        chosen: list[str] = []  # the customer's receipt language, told by the dialog once paid
        result, accepted = PaymentDialog.run(
            self, self.cart.total, settings, self.complete_sale, receipt_language=chosen.append
        )
        if accepted and result is not None:
            self.show_sale_done(result, settings, chosen[-1] if chosen else "es", printer)
        self.refocus()

    def complete_sale(self, tenders: tuple[Tender, ...]) -> SaleResult:
        """Record the cart as a sale paid with ``tenders`` (called by the payment dialog).

        Raises:
            UserError: the sale cannot be recorded; nothing was written and the cart is kept.
        """
        from .checkout import record_cart  # with the payment dialog, not at start

        return record_cart(self, self.store, self.cart, tenders, self._stock_location)

    def _ensure_session(self) -> bool:
        """The till must be open to take money: when it is not, count the float and open it now."""
        self._session_open = cash.current_session(self.store) is not None
        if not self._session_open:
            from .checkout import open_till_to_pay

            self.show_message(self.tr("Para cobrar, la caja debe estar abierta: cuente el fondo."), "warning")
            self._session_open = open_till_to_pay(self, self.store)
            if not self._session_open:
                self.show_message(self.tr("Caja cerrada: no se puede cobrar sin abrirla."), "warning")
                return False
            self.session_changed.emit()
        return True

    def show_sale_done(
        self,
        result: SaleResult,
        settings: ShopSettings,
        receipt_language: str = "es",
        printer: PrinterProfile | None = None,
    ) -> None:
        """The sale is recorded: the cart gives way to the change and the receipt choices.

        ``printer`` is this till's printer profile, read before the sale (read now when not given).
        """
        sold = [entry.item.code for entry in self.cart.entries]
        self.cart.clear()
        self.cart_stack.setCurrentWidget(self.done_panel)
        if result.change:
            text = self.tr("Venta {number} registrada — vuelto {change}").format(
                number=result.number, change=money(result.change)
            )
        else:
            text = self.tr("Venta {number} registrada").format(number=result.number)
        self.show_message(text, "success")
        self.refresh_stock(sold)
        self.sale_completed.emit(result.number)
        self.done_panel.show_sale(
            result, receipt_language, print_now=settings.after_payment == "print", settings=settings, printer=printer
        )

    def sale_done_shown(self) -> bool:
        """Whether the last sale's change and receipt choices are on view."""
        return self.cart_stack.currentWidget() is self.done_panel

    def _on_done_panel(self, act: Callable[[], object]) -> None:
        """F5, F6, Esc: for the finished sale's panel, when it is on view."""
        if self.sale_done_shown():
            act()
        self.refocus()

    @Slot()
    def close_done_panel(self) -> None:
        """No (more) receipt: back to the empty cart (Esc, or "Sin nota")."""
        if self.sale_done_shown():
            self._leave_done_panel()
            self._show_idle()
        self.refocus()

    def _leave_done_panel(self) -> None:
        self.cart_stack.setCurrentWidget(self.cart_table)

    def start_for_new_user(self) -> None:
        """Someone else is at the till now: nothing of the last person's sale stays on view."""
        self._leave_done_panel()
        self._show_idle()

    @Slot()
    def reprint_last(self) -> None:
        """Print the last receipt of this till again, marked COPIA (Ctrl+P)."""
        try:
            from .receipt_actions import reprint_last

            reprint_last(self, self.store)
        except UserError as exc:
            self.show_message(sentence(str(exc)), "error")
        except Exception as exc:
            log.exception("reprint failed")
            self.show_message(self.tr("No se pudo reimprimir: {error}").format(error=exc), "error")
        self.refocus()

    # -- state -------------------------------------------------------------------------

    @Slot()
    def _update_buttons(self) -> None:
        """The total, and which buttons can act now."""
        self.cart_panel.show_cart(self.cart, len(self.parked))
        self.undo_button.setVisible(self.cart.can_undo_remove)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.cart_panel.fit_to(self.width())

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._keep_two_lines()
        QTimer.singleShot(0, self.refocus)
