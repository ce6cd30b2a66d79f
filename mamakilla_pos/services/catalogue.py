"""Makers, products, items and locations."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..store import Store
from ..store.models import Category, Item, ItemMaker, Location, Maker, Product, StockMovement
from .errors import NotFound, UserError
from .views import ItemInfo, MakerInfo, MakerPart

LOCATION_KINDS = ("workshop", "fair", "partner")
DEFAULT_LOCATIONS = (("taller", "Taller Mama Killa", "workshop"),)


def fold(text: str) -> str:
    """Lower case without accents, for searching: ``Huamán`` → ``huaman``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def item_info(item: Item, stock: int = 0) -> ItemInfo:
    return ItemInfo(
        id=item.id,
        code=item.code,
        product_id=item.product_id,
        product_name=item.product.name,
        category=item.product.category.name,
        price=item.product.price,
        makers=tuple(MakerPart(m.maker_id, m.maker.name, m.weight) for m in item.makers),
        center_made=item.product.center_made,
        photo_path=item.product.photo_path,
        stock=stock,
    )


# -- locations -------------------------------------------------------------------


def location_by_code(session: Session, code: str) -> Location:
    location = session.execute(select(Location).where(Location.code == code)).scalar_one_or_none()
    if location is None:
        raise NotFound(f"no existe la ubicación «{code}»")
    return location


def ensure_location(session: Session, code: str, name: str | None = None, kind: str = "fair") -> Location:
    """The location with ``code``, created when missing."""
    location = session.execute(select(Location).where(Location.code == code)).scalar_one_or_none()
    if location is None:
        if kind not in LOCATION_KINDS:
            raise UserError(f"tipo de ubicación desconocido: {kind}")
        location = Location(code=code, name=name or code.capitalize(), kind=kind)
        session.add(location)
        session.flush()
    return location


def add_location(store: Store, code: str, name: str, kind: str) -> None:
    with store.session() as session, session.begin():
        if session.execute(select(Location).where(Location.code == code)).first():
            raise UserError(f"ya existe la ubicación «{code}»")
        ensure_location(session, code, name, kind)


def list_locations(store: Store) -> list[tuple[str, str, str]]:
    """``(code, name, kind)`` of every active location."""
    with store.session() as session:
        rows = session.execute(
            select(Location.code, Location.name, Location.kind).where(Location.active).order_by(Location.id)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


# -- makers ----------------------------------------------------------------------


def _short_code(session: Session, name: str) -> str:
    parts = [p for p in re.split(r"\s+", fold(name)) if p]
    base = "".join(p[0] for p in parts[:3]).upper() or "A"
    base = re.sub(r"[^A-Z0-9]", "", base) or "A"
    code, n = base, 1
    while session.execute(select(Maker.id).where(Maker.short_code == code)).first():
        n += 1
        code = f"{base}{n}"
    return code


def find_or_create_maker(session: Session, name: str) -> Maker:
    """The maker called ``name`` (spaces tidied), created when unknown."""
    clean = " ".join(name.split())
    if not clean:
        raise UserError("falta el nombre de la artesana")
    maker = session.execute(select(Maker).where(Maker.name == clean)).scalar_one_or_none()
    if maker is None:
        maker = Maker(name=clean, short_code=_short_code(session, clean))
        session.add(maker)
        session.flush()
    return maker


def create_maker(store: Store, name: str, *, phone: str = "", dni: str = "") -> MakerInfo:
    """Add a maker; her name must be new."""
    if dni and not re.fullmatch(r"\d{8}", dni):
        raise UserError("el DNI tiene 8 dígitos")
    with store.session() as session, session.begin():
        clean = " ".join(name.split())
        if session.execute(select(Maker.id).where(Maker.name == clean)).first():
            raise UserError(f"ya existe la artesana «{clean}»")
        maker = find_or_create_maker(session, clean)
        maker.phone, maker.dni = phone, dni
        return _maker_info(maker)


def _maker_info(maker: Maker, trainer: str = "") -> MakerInfo:
    return MakerInfo(
        maker.id, maker.name, maker.short_code, maker.phone, maker.dni, maker.joined_on, trainer, maker.active
    )


def list_makers(store: Store, include_inactive: bool = False) -> list[MakerInfo]:
    with store.session() as session:
        query = select(Maker).order_by(Maker.name)
        if not include_inactive:
            query = query.where(Maker.active)
        return [_maker_info(m) for m in session.execute(query).scalars()]


# -- products and items ----------------------------------------------------------


def find_or_create_category(session: Session, name: str) -> Category:
    clean = " ".join(name.split()) or "Otros"
    category = session.execute(select(Category).where(Category.name == clean)).scalar_one_or_none()
    if category is None:
        category = Category(name=clean)
        session.add(category)
        session.flush()
    return category


def find_or_create_product(session: Session, name: str, category: str, price: Decimal) -> Product:
    """The product called ``name``; created with ``category`` and ``price`` when new."""
    clean = " ".join(name.split())
    if not clean:
        raise UserError("falta el nombre del producto")
    if price < 0:
        raise UserError("el precio no puede ser negativo")
    product = session.execute(select(Product).where(Product.name == clean)).scalar_one_or_none()
    if product is None:
        product = Product(name=clean, category=find_or_create_category(session, category), price=price)
        session.add(product)
        session.flush()
    return product


def next_item_code(session: Session) -> str:
    """A fresh item code ``MK000123`` (Code 128 friendly)."""
    count = session.execute(select(func.count(Item.id))).scalar_one()
    n = count + 1
    while True:
        code = f"MK{n:06d}"
        if not session.execute(select(Item.id).where(Item.code == code)).first():
            return code
        n += 1


def create_item(session: Session, product: Product, makers: Sequence[tuple[Maker, int]], code: str = "") -> Item:
    """Add an item of ``product`` made by ``makers`` (maker, weight) in listed order."""
    code = code.strip() or next_item_code(session)
    if not re.fullmatch(r"[\x21-\x7e]{1,32}", code):
        raise UserError(f"código de artículo no válido: «{code}»")
    if session.execute(select(Item.id).where(Item.code == code)).first():
        raise UserError(f"ya existe el artículo con código {code}")
    if not makers and not product.center_made:
        raise UserError("un artículo necesita al menos una artesana (o un producto del centro)")
    seen: set[int] = set()
    for maker, weight in makers:
        if weight <= 0:
            raise UserError("el peso de cada artesana debe ser mayor que cero")
        if maker.id in seen:
            raise UserError(f"{maker.name} figura dos veces en el artículo")
        seen.add(maker.id)
    item = Item(code=code, product=product)
    session.add(item)
    session.flush()
    for position, (maker, weight) in enumerate(makers):
        session.add(ItemMaker(item_id=item.id, maker_id=maker.id, weight=weight, position=position))
    session.flush()
    session.refresh(item)
    return item


def find_item_for_makers(session: Session, product: Product, makers: Sequence[tuple[Maker, int]]) -> Item | None:
    """The existing item of ``product`` with exactly these makers and weights."""
    wanted = [(m.id, w) for m, w in makers]
    for item in session.execute(select(Item).where(Item.product_id == product.id)).scalars():
        if [(im.maker_id, im.weight) for im in item.makers] == wanted:
            return item
    return None


def item_by_code(session: Session, code: str) -> Item:
    item = session.execute(select(Item).where(Item.code == code.strip())).unique().scalar_one_or_none()
    if item is None:
        raise NotFound(f"no existe el artículo con código {code.strip()}")
    return item


def _stock_by_item(session: Session, location_id: int | None = None) -> dict[int, int]:
    query = select(StockMovement.item_id, func.sum(StockMovement.quantity)).group_by(StockMovement.item_id)
    if location_id is not None:
        query = query.where(StockMovement.location_id == location_id)
    return {item_id: int(total) for item_id, total in session.execute(query)}


def find_item(store: Store, code: str) -> ItemInfo:
    """The item whose hang-tag code is ``code``.

    Raises:
        NotFound: no item has that code.
    """
    with store.session() as session:
        item = item_by_code(session, code)
        stock = _stock_by_item(session).get(item.id, 0)
        return item_info(item, stock)


def catalogue(store: Store, location_code: str | None = None) -> list[ItemInfo]:
    """Every active item with its stock (at ``location_code`` when given), by product name."""
    with store.session() as session:
        location_id = location_by_code(session, location_code).id if location_code else None
        stock = _stock_by_item(session, location_id)
        items = (
            session.execute(
                select(Item).join(Product).where(Item.active, Product.active).order_by(Product.name, Item.code)
            )
            .unique()
            .scalars()
            .all()
        )
        return [item_info(item, stock.get(item.id, 0)) for item in items]


class CatalogueIndex:
    """The catalogue held in memory for search-as-you-type and scanning.

    Searching folds accents and case once, when the index is built, so a
    keystroke over 20,000 items is a plain substring scan.
    """

    def __init__(self, items: Sequence[ItemInfo]) -> None:
        self.items = list(items)
        self._by_code = {item.code.casefold(): item for item in self.items}
        self._haystacks = [
            fold(" ".join([i.code, i.product_name, i.category, *(m.name for m in i.makers)])) for i in self.items
        ]

    def by_code(self, code: str) -> ItemInfo | None:
        """The item with exactly this code (any case), if any."""
        return self._by_code.get(code.strip().casefold())

    def search(self, text: str, category: str | None = None) -> list[ItemInfo]:
        """Items whose code, product, category or maker contain every word of ``text``."""
        words = fold(text).split()
        found = []
        for item, hay in zip(self.items, self._haystacks, strict=True):
            if category and item.category != category:
                continue
            if all(w in hay for w in words):
                found.append(item)
        return found

    def categories(self) -> list[str]:
        return sorted({item.category for item in self.items})


@dataclass(frozen=True)
class NewItem:
    """An item to create: product (created when new) and makers with weights."""

    product: str
    category: str
    price: Decimal
    makers: tuple[tuple[str, int], ...]
    code: str = ""


def add_item(store: Store, new: NewItem) -> ItemInfo:
    """Create a product (if new) and an item of it."""
    with store.session() as session, session.begin():
        product = find_or_create_product(session, new.product, new.category, new.price)
        makers = [(find_or_create_maker(session, name), weight) for name, weight in new.makers]
        return item_info(create_item(session, product, makers, new.code))


def search_makers(session: Session, text: str) -> list[Maker]:
    like = f"%{text}%"
    return list(
        session.execute(select(Maker).where(or_(Maker.name.ilike(like), Maker.short_code.ilike(like)))).scalars()
    )


def add_center_item(store: Store, product: str, category: str, price: Decimal, code: str = "") -> ItemInfo:
    """An item the center made or bought in: it earns no maker share."""
    with store.session() as session, session.begin():
        found = find_or_create_product(session, product, category, price)
        found.center_made = True
        return item_info(create_item(session, found, [], code))
