"""The shop's catalogue for customers and partners: what is listed, in which order, with whose credit.

:func:`catalogue_entries` reads the products to list (all that are sold, or
the categories and products chosen), with the first names of the women who
made them and the units the shop can sell now. The documents made from them
(the photo PDF, the partner line sheet, the cards, the Meta feed) are in
:mod:`.catalogue_files`. Photos are read a few at a time, as each page or
card needs them: a catalogue of thousands of products never holds every
picture in memory.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from ..domain.language import Formats
from ..domain.text import fold
from ..store import Store
from ..store.models import Category, Item, ItemMaker, Location, Maker, Product, StockMovement
from .errors import UserError
from .settings import ShopSettings, load_in

SELLABLE_KINDS = ("workshop", "fair")
"""Locations whose units the shop can sell now; a partner shop's units are on consignment there."""


@dataclass(frozen=True)
class CatalogueChoice:
    """What to list: every product sold, or only these categories and these products (names or item codes)."""

    categories: tuple[str, ...] = ()
    products: tuple[str, ...] = ()

    @property
    def everything(self) -> bool:
        return not self.categories and not self.products


@dataclass(frozen=True)
class CatalogueEntry:
    """A product as the catalogue lists it.

    Attributes:
        feed_id: its stable id in the Meta feed and the name of its card files (``P00012``).
        credit: first names of the women who made it, joined (``Rosa y Ana``); empty when
            the center made it.
        available: units at the workshop and the fairs (not at a partner shop), never below 0.
        has_photo: it has a main photo (read with :func:`.photos.main_large` when drawn).
    """

    product_id: int
    feed_id: str
    name: str
    category: str
    price: Decimal
    description: str
    credit: str
    codes: tuple[str, ...]
    available: int
    has_photo: bool

    @property
    def slug(self) -> str:
        """The name for a file or a web address: ``bolso-bordado-nusta``."""
        return slug(self.name)


@dataclass(frozen=True)
class ShopContact:
    """What the catalogue says about the shop."""

    name: str
    address: str
    phone: str
    instagram_url: str
    catalogue_url: str
    image_base_url: str

    @classmethod
    def of(cls, settings: ShopSettings) -> ShopContact:
        return cls(
            settings.shop_name,
            settings.shop_address,
            settings.shop_phone,
            settings.instagram_url,
            settings.catalogue_url,
            settings.image_base_url,
        )

    @property
    def instagram_handle(self) -> str:
        """``@mamakilla.cusco`` from ``https://www.instagram.com/mamakilla.cusco/``; the link itself otherwise."""
        found = re.fullmatch(r"https?://(?:www\.)?instagram\.com/([A-Za-z0-9_.]+)/?", self.instagram_url)
        return f"@{found.group(1)}" if found else self.instagram_url


def slug(text: str) -> str:
    """``Cartuchera bordada Ñusta`` → ``cartuchera-bordada-nusta`` (ASCII letters, digits and hyphens)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60].rstrip("-") or "producto"


def feed_id(product_id: int) -> str:
    return f"P{product_id:05d}"


def credit(first_names: Sequence[str]) -> str:
    """First names joined in Spanish, each once: ``Rosa``, ``Rosa y Ana``."""
    unique = list(dict.fromkeys(first_names))
    return Formats("es").names(unique)


def shop_contact(store: Store) -> ShopContact:
    with store.session() as session:
        return ShopContact.of(load_in(session))


def catalogue_entries(store: Store, choice: CatalogueChoice | None = None) -> list[CatalogueEntry]:
    """The products to list, by category then name: every active product, or those chosen.

    Raises:
        UserError: a category or a product chosen that does not exist.
    """
    from .photos import owners_with_photos

    choice = choice or CatalogueChoice()
    with store.session() as session:
        products = session.execute(
            select(Product.id, Product.name, Category.name, Product.price, Product.description)
            .join(Category, Category.id == Product.category_id)
            .where(Product.active)
        ).all()
        items = session.execute(select(Item.id, Item.code, Item.product_id).where(Item.active)).all()
        makers = session.execute(
            select(ItemMaker.item_id, ItemMaker.position, Maker.name).join(Maker, Maker.id == ItemMaker.maker_id)
        ).all()
        stock = session.execute(
            select(Item.product_id, func.sum(StockMovement.quantity))
            .join(StockMovement, StockMovement.item_id == Item.id)
            .join(Location, Location.id == StockMovement.location_id)
            .where(Item.active, Location.active, Location.kind.in_(SELLABLE_KINDS))
            .group_by(Item.product_id)
        ).all()
        categories = set(session.execute(select(Category.name)).scalars())
    chosen = _chosen(products, items, categories, choice)
    with_photo = owners_with_photos(store)
    codes: dict[int, list[str]] = {}
    item_product = {}
    for item_id, code, product_id in sorted(items, key=lambda row: row[1]):
        codes.setdefault(product_id, []).append(code)
        item_product[item_id] = product_id
    names: dict[int, list[str]] = {}
    for item_id, _position, name in sorted(makers, key=lambda row: (item_product.get(row[0], 0), row[0], row[1])):
        if item_id in item_product:
            names.setdefault(item_product[item_id], []).append(name)
    units = {product_id: int(total or 0) for product_id, total in stock}
    entries = [
        CatalogueEntry(
            product_id=product_id,
            feed_id=feed_id(product_id),
            name=name,
            category=category,
            price=price,
            description=description,
            credit=credit(_first_names(names.get(product_id, []))),
            codes=tuple(codes.get(product_id, ())),
            available=max(0, units.get(product_id, 0)),
            has_photo=product_id in with_photo,
        )
        for product_id, name, category, price, description in products
        if product_id in chosen and product_id in codes
    ]
    return sorted(entries, key=lambda e: (fold(e.category), fold(e.name)))


def _first_names(full_names: Sequence[str]) -> list[str]:
    """Each maker's first name, or first name and surname where two makers share a first name."""
    unique = list(dict.fromkeys(full_names))
    firsts = [name.split()[0] if name.split() else name for name in unique]
    return [
        first if firsts.count(first) == 1 else " ".join(name.split()[:2])
        for first, name in zip(firsts, unique, strict=True)
    ]


def _chosen(
    products: Sequence[Sequence[object]],
    items: Sequence[Sequence[object]],
    categories: set[str],
    choice: CatalogueChoice,
) -> set[int]:
    """The ids of the products the choice names (every one when it names none)."""
    if choice.everything:
        return {int(p[0]) for p in products}  # type: ignore[call-overload]
    by_category = {fold(c): c for c in categories}
    unknown = [c for c in choice.categories if fold(c) not in by_category]
    if unknown:
        raise UserError(f"no existe la categoría «{unknown[0]}»")
    wanted_categories = {fold(c) for c in choice.categories}
    by_name = {fold(str(p[1])): int(p[0]) for p in products}  # type: ignore[call-overload]
    by_code = {str(code).casefold(): int(product_id) for _item, code, product_id in items}  # type: ignore[call-overload]
    chosen = {int(p[0]) for p in products if fold(str(p[2])) in wanted_categories}  # type: ignore[call-overload]
    for asked in choice.products:
        found = by_name.get(fold(asked)) or by_code.get(asked.strip().casefold())
        if found is None:
            raise UserError(f"no existe el producto «{asked}» (o no está a la venta)")
        chosen.add(found)
    return chosen
