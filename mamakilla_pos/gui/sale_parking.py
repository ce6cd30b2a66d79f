"""Carts put aside at this till, kept in the database so that a restart or a flat battery loses none."""

from __future__ import annotations

from collections.abc import Callable

from ..services.catalogue_views import ItemInfo
from ..services.parked import ParkedLine, parked_sales
from ..services.parked import park as park_sale
from ..store import Store
from .cart_model import CartEntry, CartModel, ParkedCart


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
    kept = park_sale(store, series, lines, discount, total, user_id)
    parked = ParkedCart(kept.parked_at, cart.entries, discount, total, kept.id)
    cart.clear()
    return parked
