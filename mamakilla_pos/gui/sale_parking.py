"""Carts put aside at this till, kept in the database so that a restart or a flat battery loses none."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..services.catalogue_views import ItemInfo
from ..services.errors import UserError
from ..services.parked import ParkedLine, parked_sales, take_back
from ..services.parked import park as park_sale
from ..store import Store
from .cart_model import CartEntry, CartModel, ParkedCart
from .till_user import current_user_id
from .widgets.i18n import money
from .widgets.text import sentence

if TYPE_CHECKING:
    from .sale_screen import SaleScreen


def parked_carts(store: Store, series: str, lookup: Callable[[str], ItemInfo | None]) -> list[ParkedCart]:
    """The carts parked at till ``series``, their items as the catalogue (``lookup`` by code) has them now.

    A cart whose every item has left the catalogue cannot be sold any more and is not listed.
    """
    carts = []
    for kept in parked_sales(store, series):
        entries = tuple(
            CartEntry(item, line.quantity, line.discount) for line in kept.lines if (item := lookup(line.code))
        )
        if entries:
            carts.append(ParkedCart(kept.parked_at, entries, kept.order_discount, kept.total, kept.id))
    return carts


def keep_parked(store: Store, series: str, cart: CartModel, user_id: int | None) -> ParkedCart:
    """Write ``cart`` to the database as parked at till ``series``, then empty it.

    Raises:
        UserError: it could not be kept; the cart stays as it is.
    """
    lines = tuple(ParkedLine(e.item.code, e.quantity, e.discount) for e in cart.entries)
    total, discount = cart.total, cart.order_discount
    kept = park_sale(store, series, lines, discount, total, user_id=user_id)
    parked = ParkedCart(kept.parked_at, cart.entries, discount, total, kept.id)
    cart.clear()
    return parked


class CartParking(QObject):
    """The carts parked at the sale screen's till, and the two acts on them: put the cart aside, take one back.

    Both work on the screen's cart and say on its banner what went wrong or,
    for parking, what was done; the screen gives the focus back after each.
    """

    def __init__(self, screen: SaleScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.carts: list[ParkedCart] = []

    def load(self) -> None:
        """Read the carts parked at this till: still there after a restart."""
        screen = self.screen
        self.carts = parked_carts(screen.store, screen.settings.till_series, screen.grid.index.by_code)

    def park(self) -> None:
        """Put the screen's cart aside (a customer went to fetch money); an empty cart stays as it is."""
        screen = self.screen
        if screen.cart.is_empty():
            return
        try:
            parked = keep_parked(screen.store, screen.settings.till_series, screen.cart, current_user_id(screen))
        except UserError as exc:
            screen.show_message(sentence(str(exc)), "error")
            return
        self.carts.append(parked)
        screen.show_message(
            self.tr("Venta de {total} aparcada. Recupérela con «Recuperar».").format(total=money(parked.total)),
            "success",
        )

    def take_back(self) -> ParkedCart | None:
        """The parked cart the seller chooses, no longer parked; the cart in progress is parked in its place.

        ``None`` when none was chosen, or when another window took it back meanwhile (said on the banner).
        """
        screen = self.screen
        if not self.carts:
            return None
        from .cart_dialogs import ParkedCartsDialog  # only when a cart is brought back

        chosen, accepted = ParkedCartsDialog.run(screen, self.carts)
        if not accepted or not 0 <= chosen < len(self.carts):
            return None
        wanted = self.carts[chosen]
        try:
            take_back(screen.store, wanted.id)
        except UserError as exc:  # taken back at another window meanwhile
            self.load()
            screen.show_message(sentence(str(exc)), "warning")
            return None
        self.carts.pop(chosen)
        if not screen.cart.is_empty():
            self.carts.append(
                keep_parked(screen.store, screen.settings.till_series, screen.cart, current_user_id(screen))
            )
        return wanted
