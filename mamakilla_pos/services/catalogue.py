"""The items of the catalogue, and what products and makers share with them."""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import BigInteger, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from ..store import Store
from ..store.models import (
    Category,
    Item,
    ItemMaker,
    Maker,
    Product,
    SaleLine,
    StockMovement,
)
from .catalogue_makers import find_or_create_maker_in, maker_by_id_in
from .catalogue_views import (
    ItemInfo,
    MakerPart,
    item_info,
)
from .errors import NotFound, UserError
from .locations import journal_edit_in, location_by_code_in

if TYPE_CHECKING:
    pass


# -- products and items ----------------------------------------------------------


def find_or_create_category_in(session: Session, name: str) -> Category:
    clean = " ".join(name.split()) or "Otros"
    category = session.execute(select(Category).where(Category.name == clean)).scalar_one_or_none()
    if category is None:
        category = Category(name=clean)
        session.add(category)
        session.flush()
    return category


def _find_or_create_product(session: Session, name: str, category: str, price: Decimal) -> Product:
    """The product called ``name``; created with ``category`` and ``price`` when new."""
    clean = " ".join(name.split())
    if not clean:
        raise UserError("falta el nombre del producto")
    if price < 0:
        raise UserError("el precio no puede ser negativo")
    product = session.execute(select(Product).where(Product.name == clean)).scalar_one_or_none()
    if product is None:
        product = Product(name=clean, category=find_or_create_category_in(session, category), price=price)
        session.add(product)
        session.flush()
    return product


def next_item_code_in(session: Session) -> str:
    """A fresh item code ``MK000123`` (Code 128 friendly)."""
    count = session.execute(select(func.count(Item.id))).scalar_one()
    n = count + 1
    while True:
        code = f"MK{n:06d}"
        if not session.execute(select(Item.id).where(Item.code == code)).first():
            return code
        n += 1


def create_item_in(session: Session, product: Product, makers: Sequence[tuple[Maker, int]], code: str = "") -> Item:
    """Add an item of ``product`` made by ``makers`` (maker, weight) in listed order."""
    code = code.strip() or next_item_code_in(session)
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


def _find_item_for_makers(session: Session, product: Product, makers: Sequence[tuple[Maker, int]]) -> Item | None:
    """The existing item of ``product`` with exactly these makers and weights."""
    wanted = [(m.id, w) for m, w in makers]
    for item in session.execute(select(Item).where(Item.product_id == product.id)).scalars():
        if [(im.maker_id, im.weight) for im in item.makers] == wanted:
            return item
    return None


def item_by_code_in(session: Session, code: str) -> Item:
    item = session.execute(select(Item).where(Item.code == code.strip())).unique().scalar_one_or_none()
    if item is None:
        raise NotFound(f"no existe el artículo con código {code.strip()}")
    return item


def stock_by_item_in(session: Session, location_id: int | None = None) -> dict[int, int]:
    """Units per item id (at ``location_id`` when given): read from ix_stock_movements_location_item alone."""
    query = select(StockMovement.item_id, func.sum(StockMovement.quantity)).group_by(StockMovement.item_id)
    if location_id is not None:
        query = query.where(StockMovement.location_id == location_id)
    session.flush()
    return {item_id: int(total) for item_id, total in session.connection().execute(query).all()}


def find_item(store: Store, code: str) -> ItemInfo:
    """The item whose hang-tag code is ``code``.

    Raises:
        NotFound: no item has that code.
    """
    with store.session() as session:
        item = item_by_code_in(session, code)
        stock = stock_by_item_in(session).get(item.id, 0)
        return item_info(item, stock)


def catalogue(store: Store, location_code: str | None = None) -> list[ItemInfo]:
    """Every active item with its stock (at ``location_code`` when given), by product name."""
    from .till_catalogue import load

    return list(load(store, location_code))


def catalogue_rows(store: Store, location_code: str | None = None) -> list[tuple[Any, ...]]:
    """The rows of :func:`catalogue` (see :data:`.till_catalogue.Row`), as read from the database.

    Plain columns in three queries (items, their makers, stock), not ORM
    entities: 20,000 items load in a fraction of a second (DESIGN.md §8).
    """
    with no_gc(), store.session() as session:
        location_id = location_by_code_in(session, location_code).id if location_code else None
        stock = stock_by_item_in(session, location_id)
        makers = makers_by_item_in(session)
        no_makers: tuple[MakerPart, ...] = ()
        return [
            (
                item_id,
                code,
                product_id,
                name,
                category,
                cents,
                center_made,
                tuple(makers.get(item_id, no_makers)),
                stock.get(item_id, 0),
            )
            for item_id, code, product_id, name, category, cents, center_made in session.connection().execute(
                select(
                    Item.id,
                    Item.code,
                    Item.product_id,
                    Product.name,
                    Category.name,
                    type_coerce(Product.price, BigInteger()),
                    Product.center_made,
                )
                .join(Product, Product.id == Item.product_id)
                .join(Category, Category.id == Product.category_id)
                .where(Item.active, Product.active)
                .order_by(Product.name, Item.code)
            )
        ]


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """No cyclic garbage collection while tens of thousands of rows become objects.

    Nothing they make is cyclic, yet each batch of new objects would trigger
    collections that walk every object of the process: at 20,000 items that
    was nearly half the time of loading the catalogue.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
        product = _find_or_create_product(session, new.product, new.category, new.price)
        makers = [(find_or_create_maker_in(session, name), weight) for name, weight in new.makers]
        return item_info(create_item_in(session, product, makers, new.code))


def _search_makers(session: Session, text: str) -> list[Maker]:
    like = f"%{text}%"
    return list(
        session.execute(select(Maker).where(or_(Maker.name.ilike(like), Maker.short_code.ilike(like)))).scalars()
    )


def add_center_item(store: Store, product: str, category: str, price: Decimal, code: str = "") -> ItemInfo:
    """An item the center made or bought in: it earns no maker share."""
    with store.session() as session, session.begin():
        found = _find_or_create_product(session, product, category, price)
        found.center_made = True
        return item_info(create_item_in(session, found, [], code))


def product_by_id_in(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound("no existe el producto")
    return product


def makers_by_item_in(session: Session) -> dict[int, list[MakerPart]]:
    """Every item's makers and weights, in the order the share split lists them.

    Two plain reads (the makers' names, then the links as stored) and the
    order put right in Python for the few items with several makers: no join
    and no sort of every link in SQL.
    """
    connection = session.connection()
    return _makers_of_links(dict(connection.execute(_MAKER_NAMES).all()), connection.execute(_ITEM_MAKERS).all())


def _makers_of_links(names: dict[int, str], links: Sequence[Sequence[int]]) -> dict[int, list[MakerPart]]:
    """Every item's makers from the rows of ``item_makers`` ``(item_id, maker_id, weight, position)``."""
    parts: dict[tuple[int, int], MakerPart] = {}
    makers: dict[int, list[MakerPart]] = {}
    positions: dict[int, list[int]] = {}
    for item_id, maker_id, weight, position in links:
        key = (maker_id, weight)
        part = parts.get(key)
        if part is None:
            part = parts[key] = MakerPart(maker_id, names[maker_id], weight)
        found = makers.get(item_id)
        if found is None:
            makers[item_id] = [part]
            positions[item_id] = [position]
        else:
            found.append(part)
            positions[item_id].append(position)
    for item_id, found in makers.items():
        if len(found) > 1:
            order = positions[item_id]
            makers[item_id] = [part for _, part in sorted(zip(order, found, strict=True), key=lambda p: p[0])]
    return makers


_MAKER_NAMES = select(Maker.__table__.c.id, Maker.__table__.c.name)
_ITEM_MAKERS = select(
    ItemMaker.__table__.c.item_id,
    ItemMaker.__table__.c.maker_id,
    ItemMaker.__table__.c.weight,
    ItemMaker.__table__.c.position,
)


def _makers_by_id(session: Session, makers: Sequence[tuple[int, int]]) -> list[tuple[Maker, int]]:
    return [(maker_by_id_in(session, maker_id), int(weight)) for maker_id, weight in makers]


def add_product_item(
    store: Store,
    product_id: int,
    makers: Sequence[tuple[int, int]],
    code: str = "",
    *,
    user_id: int,
) -> ItemInfo:
    """Add an item of a product: made by one maker, or jointly with weights (sewing 2, embroidery 1).

    ``makers`` are ``(maker id, weight)`` in the order the share split lists
    them. An empty ``code`` gets the next free ``MK000123`` code.

    Raises:
        UserError: no maker (unless the center made the product), a bad or
            taken code, a weight below 1, or an item with these very makers exists.
    """
    with store.session() as session, session.begin():
        product = product_by_id_in(session, product_id)
        chosen = _makers_by_id(session, makers)
        if chosen:
            existing = _find_item_for_makers(session, product, chosen)
            if existing is not None:
                raise UserError(f"ya existe el artículo {existing.code} de {product.name} con esas artesanas")
        item = create_item_in(session, product, chosen, code)
        payload = {"product": product.name, "makers": [[m.id, w] for m, w in chosen]}
        journal_edit_in(session, "item", item.code, {"created": payload}, user_id)
        return item_info(item)


def _item_has_sales(session: Session, item_id: int) -> bool:
    return session.execute(select(SaleLine.id).where(SaleLine.item_id == item_id).limit(1)).first() is not None


def set_item_makers(store: Store, item_code: str, makers: Sequence[tuple[int, int]], user_id: int) -> ItemInfo:
    """Correct who made an item and her weight, while the item has not been sold.

    Once sold, the shares already follow the weights; a different group of
    makers is then a new item.

    Raises:
        UserError: the item was sold, or the makers are not valid.
    """
    with store.session() as session, session.begin():
        item = item_by_code_in(session, item_code)
        if _item_has_sales(session, item.id):
            raise UserError(f"el artículo {item.code} ya se vendió: sus artesanas no se pueden cambiar")
        chosen = _makers_by_id(session, makers)
        if not chosen and not item.product.center_made:
            raise UserError("un artículo necesita al menos una artesana (o un producto del centro)")
        seen: set[int] = set()
        for maker, weight in chosen:
            if weight <= 0:
                raise UserError("el peso de cada artesana debe ser mayor que cero")
            if maker.id in seen:
                raise UserError(f"{maker.name} figura dos veces en el artículo")
            seen.add(maker.id)
        others = session.execute(select(Item).where(Item.product_id == item.product_id, Item.id != item.id))
        for other in others.unique().scalars():
            if [(im.maker_id, im.weight) for im in other.makers] == [(m.id, w) for m, w in chosen]:
                raise UserError(f"ya existe el artículo {other.code} con esas artesanas")
        before = [[im.maker_id, im.weight] for im in item.makers]
        for link in list(item.makers):
            session.delete(link)
        session.flush()
        for position, (maker, weight) in enumerate(chosen):
            session.add(ItemMaker(item_id=item.id, maker_id=maker.id, weight=weight, position=position))
        session.flush()
        session.expire(item, ["makers"])
        after = [[m.id, w] for m, w in chosen]
        if before != after:
            journal_edit_in(session, "item", item.code, {"makers": [before, after]}, user_id)
        return item_info(item, stock_by_item_in(session).get(item.id, 0))


def set_item_active(store: Store, item_code: str, active: bool, user_id: int) -> ItemInfo:
    """Stop offering an item at the till (or offer it again); its history stays."""
    with store.session() as session, session.begin():
        item = item_by_code_in(session, item_code)
        if item.active != active:
            item.active = active
            journal_edit_in(session, "item", item.code, {"active": active}, user_id)
        return item_info(item, stock_by_item_in(session).get(item.id, 0))
