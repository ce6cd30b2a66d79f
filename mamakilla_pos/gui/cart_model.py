"""The cart being rung up, as a table model.

Every amount shown comes from :func:`~mamakilla_pos.services.quote.quote_cart`,
the same pricing the sale will record; the model only keeps what was rung
up (items, quantities, discounts) and formats.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from ..domain.money import ZERO
from ..domain.pricing import NO_DISCOUNT, CartLine, Discount, DiscountKind, PricedCart
from ..services.catalogue_views import ItemInfo
from ..services.errors import UserError
from ..services.quote import quote_cart
from .widgets.i18n import amount, makers_of, money, tr
from .widgets.style import Palette

if TYPE_CHECKING:
    from ..services.auth import Approval
    from ..services.sales import LineRequest

_Index = QModelIndex | QPersistentModelIndex

OVER_STOCK_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class CartEntry:
    """One line as rung up: the item, how many, and the line's own discount."""

    item: ItemInfo
    quantity: int = 1
    discount: Discount = NO_DISCOUNT

    @property
    def over_stock(self) -> bool:
        """Whether this line sells more units than the till location holds."""
        return self.quantity > self.item.stock


@dataclass(frozen=True)
class ParkedCart:
    """A cart put aside while its customer fetches money; ``id`` is its number once kept in the database."""

    parked_at: datetime
    entries: tuple[CartEntry, ...]
    order_discount: Discount
    total: Decimal
    id: int = 0

    @property
    def units(self) -> int:
        return sum(e.quantity for e in self.entries)


def discount_text(discount: Discount) -> str:
    """How a discount was typed: ``10 %`` or ``S/ 5.00``."""
    if discount.kind is DiscountKind.PERCENT:
        return f"{discount.value.normalize():f} %"
    return money(discount.value)


def line_message(entry: CartEntry, added: bool = False) -> tuple[str, str]:
    """What the sale screen says of a line just changed (``added``: one more unit), and how.

    A warning when the line sells more than the stock.
    """
    item = entry.item
    if entry.over_stock:
        if item.stock > 0:
            text = tr("⚠ {name}: se venden {qty} y solo hay {stock} en stock.")
        else:  # none, or less than none when more was sold than counted: never "solo hay -3"
            text = tr("⚠ {name}: se venden {qty} y no hay en stock.")
        return text.format(stock=item.stock, name=item.product_name, qty=entry.quantity), "warning"
    if added:
        text = tr("{qty} × {name} — {makers} — {price}")
        return text.format(
            qty=entry.quantity, name=item.product_name, makers=makers_of(item), price=money(item.price)
        ), "info"
    return tr("{name}: {qty} unidades").format(name=item.product_name, qty=entry.quantity), "info"


class CartModel(QAbstractTableModel):
    """The lines of the current sale.

    Signals:
        totals_changed: the total, units or warnings may have changed.
    """

    QUANTITY, PRODUCT, MAKERS, UNIT_PRICE, DISCOUNT, AMOUNT = range(6)

    totals_changed = Signal()

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._entries: list[CartEntry] = []
        self._order_discount: Discount = NO_DISCOUNT
        self._priced: PricedCart | None = None
        self.approval: Approval | None = None  # a coordinator's PIN for this cart's discounts, given when asked
        self._removed: tuple[int, CartEntry, Discount] | None = None
        self._headers = (
            self.tr("Cant."),
            self.tr("Producto"),
            self.tr("Hecho por"),
            self.tr("P. unit."),
            self.tr("Dscto."),
            self.tr("Importe"),
        )

    # -- reading -----------------------------------------------------------------

    @property
    def entries(self) -> tuple[CartEntry, ...]:
        return tuple(self._entries)

    @property
    def order_discount(self) -> Discount:
        return self._order_discount

    @property
    def priced(self) -> PricedCart | None:
        """The cart priced by the sale rules, ``None`` when empty."""
        return self._priced

    @property
    def total(self) -> Decimal:
        return self._priced.total if self._priced else ZERO

    @property
    def units(self) -> int:
        return sum(e.quantity for e in self._entries)

    def is_empty(self) -> bool:
        return not self._entries

    def entry(self, row: int) -> CartEntry:
        return self._entries[row]

    def row_of(self, code: str) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.item.code == code:
                return row
        return None

    def over_stock_rows(self) -> list[int]:
        return [row for row, e in enumerate(self._entries) if e.over_stock]

    def lines_with(self, row: int | None = None, discount: Discount | None = None) -> list[CartLine]:
        """The lines as priced, with ``discount`` given to line ``row`` instead of its own (to check it first)."""
        return [
            CartLine(e.quantity, e.item.price, discount if i == row and discount is not None else e.discount)
            for i, e in enumerate(self._entries)
        ]

    def line_requests(self) -> tuple[LineRequest, ...]:
        """The lines as :func:`~mamakilla_pos.services.sales.record_sale` wants them."""
        from ..services.sales import LineRequest  # the sales service loads at the first payment, not at start

        return tuple(LineRequest(e.item.code, e.quantity, e.discount) for e in self._entries)

    # -- changing ----------------------------------------------------------------

    def add_item(self, item: ItemInfo) -> int:
        """Add one unit of ``item``: a new line, or +1 on its existing line. Returns the row."""
        row = self.row_of(item.code)
        if row is not None:
            self.change_quantity(row, +1)
            return row
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.append(CartEntry(item))
        self.endInsertRows()
        self._reprice()
        return row

    def change_quantity(self, row: int, delta: int) -> None:
        """Add ``delta`` units to a line; a line never goes below one unit (use :meth:`remove`)."""
        entry = self._entries[row]
        self.set_quantity(row, max(1, entry.quantity + delta))

    def set_quantity(self, row: int, quantity: int) -> None:
        """Set a line's units.

        Raises:
            UserError: the quantity is not positive, or the line's discount
                would exceed its amount.
        """
        self._change(lambda: self._replace(row, quantity=quantity), row)

    def set_line_discount(self, row: int, discount: Discount) -> None:
        """Give one line a discount (amount or percent).

        Raises:
            UserError: a negative discount, more than 100 %, or more than the line's amount.
        """
        self._change(lambda: self._replace(row, discount=discount), row)

    def set_order_discount(self, discount: Discount) -> None:
        """A discount on the whole sale, spread over the lines by the sale rules.

        Raises:
            UserError: a negative discount, more than 100 %, or more than the total.
        """

        def apply() -> None:
            self._order_discount = discount

        self._change(apply, None)

    @property
    def can_undo_remove(self) -> bool:
        """Whether a line removed can still be put back (:meth:`undo_remove`)."""
        return self._removed is not None

    def undo_remove(self) -> CartEntry | None:
        """Put back the line last removed, where it was; the line, or ``None`` when there is none."""
        if self._removed is None:
            return None
        row, entry, discount = self._removed
        self._removed = None
        self.restore(row, entry, discount)
        return entry

    def remove(self, row: int) -> None:
        """Take line ``row`` out; it can be put back with :meth:`undo_remove` until the cart is emptied."""
        self._removed = (row, self._entries[row], self._order_discount)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._entries[row]
        self.endRemoveRows()
        if not self._entries:
            self._order_discount = NO_DISCOUNT
        self._reprice()

    def restore(self, row: int, entry: CartEntry, order_discount: Discount) -> None:
        """Put back a line just removed, where it was, with the sale discount its removal may have dropped."""
        row = max(0, min(row, len(self._entries)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.insert(row, entry)
        self.endInsertRows()
        if len(self._entries) == 1:
            self._order_discount = order_discount
        self._reprice()

    def clear(self) -> None:
        self.beginResetModel()
        self._entries.clear()
        self._order_discount = NO_DISCOUNT
        self.approval = None
        self._removed = None
        self.endResetModel()
        self._reprice()

    def refresh_items(self, lookup: Callable[[str], ItemInfo | None]) -> None:
        """Take fresh item data (stock, price) from ``lookup`` by code."""
        changed = False
        for row, entry in enumerate(self._entries):
            fresh = lookup(entry.item.code)
            if fresh is not None and fresh != entry.item:
                self._entries[row] = replace(entry, item=fresh)
                changed = True
        if changed:
            self._reprice()
            self._emit_rows(0, len(self._entries) - 1)

    # -- parking -----------------------------------------------------------------

    def recall(self, parked: ParkedCart) -> None:
        """Put a parked cart back (the current cart is replaced)."""
        self.beginResetModel()
        self._entries = list(parked.entries)
        self._order_discount = parked.order_discount
        self.approval = None
        self._removed = None
        self.endResetModel()
        self._reprice()

    # -- Qt model ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        entry = self._entries[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, entry)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == OVER_STOCK_ROLE:
            return entry.over_stock
        if role == Qt.ItemDataRole.BackgroundRole and entry.over_stock:
            return QBrush(Palette.color("warning_row"))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.MAKERS:
                return QBrush(Palette.color("muted"))
            if column == self.DISCOUNT:
                return QBrush(Palette.color("error_text"))
        if role == Qt.ItemDataRole.FontRole and column in (self.QUANTITY, self.AMOUNT):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if entry.over_stock:
                return self.tr("Solo hay {stock} en stock: se vende más de lo que hay").format(stock=entry.item.stock)
            if entry.discount.value:
                return self.tr("Descuento de la línea: {d}").format(d=discount_text(entry.discount))
        return None

    def _text(self, row: int, column: int, entry: CartEntry) -> str:
        line = self._priced.lines[row] if self._priced else None
        if column == self.QUANTITY:
            return str(entry.quantity)
        if column == self.PRODUCT:
            return ("⚠ " if entry.over_stock else "") + entry.item.product_name
        if column == self.MAKERS:
            return makers_of(entry.item)
        # Line amounts are in soles without the sign, as on a receipt; the total has it.
        if column == self.UNIT_PRICE:
            return amount(entry.item.price)
        if column == self.DISCOUNT:
            if line is None or not line.line_discount:
                return ""
            return amount(-line.line_discount)
        if column == self.AMOUNT:
            return amount(line.amount) if line else ""
        return ""

    def _alignment(self, column: int) -> Qt.AlignmentFlag:
        if column == self.QUANTITY:
            return Qt.AlignmentFlag.AlignCenter
        if column in (self.UNIT_PRICE, self.DISCOUNT, self.AMOUNT):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    # -- internals ---------------------------------------------------------------

    def _replace(self, row: int, **changes: Any) -> None:
        self._entries[row] = replace(self._entries[row], **changes)

    def _change(self, mutate: Callable[[], None], row: int | None) -> None:
        """Apply a change only if the sale rules can still price the cart."""
        before_entries, before_discount = list(self._entries), self._order_discount
        mutate()
        try:
            self._priced = self._quote()
        except UserError:
            self._entries, self._order_discount = before_entries, before_discount
            raise
        if row is None:
            self._emit_rows(0, len(self._entries) - 1)
        else:
            self._emit_rows(row, row)
        self.totals_changed.emit()

    def _quote(self) -> PricedCart | None:
        if not self._entries:
            return None
        return quote_cart(self.lines_with(), self._order_discount)

    def _reprice(self) -> None:
        try:
            self._priced = self._quote()
        except UserError:
            # Removing a line or a new price can leave an amount discount larger than
            # what it applies to: drop the order discount first, then the line ones.
            self._order_discount = NO_DISCOUNT
            try:
                self._priced = self._quote()
            except UserError:
                self._entries = [replace(e, discount=NO_DISCOUNT) for e in self._entries]
                self._priced = self._quote()
        self.totals_changed.emit()

    def _emit_rows(self, first: int, last: int) -> None:
        if last >= first >= 0:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
