"""Makers, products, items and locations."""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import BigInteger, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from ..domain.money import ZERO, to_json
from ..domain.text import fold
from ..store import Store
from ..store.models import (
    Category,
    Item,
    ItemMaker,
    Location,
    Maker,
    Payout,
    Product,
    Sale,
    SaleLine,
    ShareEntry,
    StockMovement,
)
from ..store.types import Money
from . import photos as photo_service
from .catalogue_views import (
    ItemInfo,
    LocationStock,
    MakerInfo,
    MakerPage,
    MakerPart,
    ProductInfo,
)
from .clock import now
from .errors import NotFound, UserError
from .locations import journal_edit_in, location_by_code_in

if TYPE_CHECKING:
    from ..documents.photos import PreparedPhoto


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
        stock=stock,
        active=item.active and item.product.active,
    )


def _plain(value: object) -> object:
    """A value as the journal keeps it: amounts with two decimals, dates ISO, the rest as is."""
    if isinstance(value, Decimal):
        return to_json(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


# -- makers ----------------------------------------------------------------------

MAKER_FIELDS = ("name", "short_code", "phone", "dni", "joined_on", "trainer_id", "notes")


def _short_code(session: Session, name: str) -> str:
    parts = [p for p in re.split(r"\s+", fold(name)) if p]
    base = "".join(p[0] for p in parts[:3]).upper() or "A"
    base = re.sub(r"[^A-Z0-9]", "", base) or "A"
    code, n = base, 1
    while session.execute(select(Maker.id).where(Maker.short_code == code)).first():
        n += 1
        code = f"{base}{n}"
    return code


def _find_or_create_maker(session: Session, name: str) -> Maker:
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


def validate_dni(dni: str) -> str:
    """The DNI without spaces: empty, or exactly 8 digits.

    Raises:
        UserError: anything else.
    """
    clean = re.sub(r"[\s.-]", "", dni or "")
    if clean and not re.fullmatch(r"\d{8}", clean):
        raise UserError("el DNI tiene 8 dígitos")
    return clean


def _maker_by_id(session: Session, maker_id: int) -> Maker:
    maker = session.get(Maker, maker_id)
    if maker is None:
        raise NotFound("no existe la artesana")
    return maker


def _clean_maker_value(session: Session, maker: Maker | None, field: str, value: Any) -> Any:
    """Check and tidy one field of a maker; raises :class:`UserError` in Spanish."""
    own_id = maker.id if maker is not None else None
    if field == "name":
        clean = " ".join(str(value or "").split())
        if not clean:
            raise UserError("falta el nombre de la artesana")
        if len(clean) > 120:
            raise UserError("el nombre es demasiado largo (120 letras como máximo)")
        for other_id, other in session.execute(select(Maker.id, Maker.name)):
            if other_id != own_id and fold(other) == fold(clean):
                raise UserError(f"ya existe la artesana «{other}»")
        return clean
    if field == "short_code":
        code = re.sub(r"\s+", "", str(value or "")).upper()
        if not code:
            return ""
        if not re.fullmatch(r"[A-Z0-9]{1,16}", code):
            raise UserError("el código corto lleva solo letras y números (hasta 16)")
        taken = session.execute(select(Maker.id).where(Maker.short_code == code)).scalar_one_or_none()
        if taken is not None and taken != own_id:
            raise UserError(f"el código corto {code} ya es de otra artesana")
        return code
    if field == "phone":
        phone = " ".join(str(value or "").split())
        if phone and not re.fullmatch(r"\+?[\d\s()-]{6,32}", phone):
            raise UserError("el teléfono lleva solo números (por ejemplo 984 123 456)")
        return phone
    if field == "dni":
        return validate_dni(str(value or ""))
    if field == "joined_on":
        if value is None:
            return None
        if isinstance(value, datetime) or not isinstance(value, date):
            raise UserError("la fecha de ingreso no es válida")
        if value > now().date():
            raise UserError("la fecha de ingreso no puede ser futura")
        return value
    if field == "trainer_id":
        if value is None:
            return None
        trainer = _maker_by_id(session, int(value))
        if own_id is not None:
            seen: set[int] = set()
            current: Maker | None = trainer
            while current is not None and current.id not in seen:
                if current.id == own_id:
                    raise UserError("una artesana no puede ser su propia formadora (ni la de quien la formó)")
                seen.add(current.id)
                current = session.get(Maker, current.trainer_id) if current.trainer_id else None
        return trainer.id
    if field == "notes":
        return str(value or "").strip()
    raise UserError(f"dato desconocido de la artesana: {field}")


def create_maker(
    store: Store,
    name: str,
    *,
    phone: str = "",
    dni: str = "",
    short_code: str = "",
    joined_on: date | None = None,
    trainer_id: int | None = None,
    notes: str = "",
    photos: Sequence[PreparedPhoto] = (),
    user_id: int | None = None,
) -> MakerInfo:
    """Add a maker; her name must be new. An empty short code is made from her initials.

    Raises:
        UserError: a name or short code already taken, a DNI that is not 8 digits…
    """
    values = {
        "name": name,
        "short_code": short_code,
        "phone": phone,
        "dni": dni,
        "joined_on": joined_on,
        "trainer_id": trainer_id,
        "notes": notes,
    }
    with store.session() as session, session.begin():
        clean = {field: _clean_maker_value(session, None, field, value) for field, value in values.items()}
        clean["short_code"] = clean["short_code"] or _short_code(session, clean["name"])
        maker = Maker(**clean)
        session.add(maker)
        session.flush()
        journal_edit_in(session, "maker", str(maker.id), {"created": {k: _plain(v) for k, v in clean.items()}}, user_id)
        for photo in photos:
            photo_service.add_prepared_in(session, photo_service.Owner("maker", maker.id), photo, user_id)
        return _maker_info(session, maker)


def update_maker(store: Store, maker_id: int, user_id: int | None = None, **changes: Any) -> MakerInfo:
    """Change some of a maker's details (``name``, ``phone``, ``dni``, ``trainer_id``…).

    The change is journaled with the old and new values.

    Raises:
        NotFound: no such maker.
        UserError: an unknown field or a value that is not valid.
    """
    unknown = set(changes) - set(MAKER_FIELDS)
    if unknown:
        raise UserError(f"dato desconocido de la artesana: {', '.join(sorted(unknown))}")
    with store.session() as session, session.begin():
        maker = _maker_by_id(session, maker_id)
        diff: dict[str, list[object]] = {}
        for field, value in changes.items():
            clean = _clean_maker_value(session, maker, field, value)
            if field == "short_code" and not clean:
                clean = maker.short_code
            old = getattr(maker, field)
            if old != clean:
                diff[field] = [_plain(old), _plain(clean)]
                setattr(maker, field, clean)
        if diff:
            session.flush()
            journal_edit_in(session, "maker", str(maker.id), {"changes": diff}, user_id)
        return _maker_info(session, maker)


def set_maker_active(store: Store, maker_id: int, active: bool, user_id: int | None = None) -> MakerInfo:
    """Deactivate a maker (she leaves the lists, her history stays) or bring her back."""
    with store.session() as session, session.begin():
        maker = _maker_by_id(session, maker_id)
        if maker.active != active:
            maker.active = active
            journal_edit_in(session, "maker", str(maker.id), {"active": active}, user_id)
        return _maker_info(session, maker)


def deactivate_maker(store: Store, maker_id: int, user_id: int | None = None) -> MakerInfo:
    """Take a maker off the lists; her items, sales and shares stay as they are."""
    return set_maker_active(store, maker_id, False, user_id)


def _maker_has_history(session: Session, maker_id: int) -> str:
    """Why a maker cannot be deleted, or ``""`` when nothing refers to her."""
    if session.execute(select(ShareEntry.id).where(ShareEntry.maker_id == maker_id).limit(1)).first():
        return "tiene ventas"
    if session.execute(select(Payout.id).where(Payout.maker_id == maker_id).limit(1)).first():
        return "tiene pagos"
    if session.execute(select(ItemMaker.item_id).where(ItemMaker.maker_id == maker_id).limit(1)).first():
        return "tiene artículos"
    return ""


def delete_maker(store: Store, maker_id: int, user_id: int | None = None) -> None:
    """Delete a maker added by mistake: only one with no items, sales nor payouts.

    Women she trained keep their history; their trainer is cleared.

    Raises:
        UserError: she has items, sales or payouts: deactivate her instead.
    """
    with store.session() as session, session.begin():
        maker = _maker_by_id(session, maker_id)
        why = _maker_has_history(session, maker_id)
        if why:
            raise UserError(f"{maker.name} {why}: no se puede eliminar, desactívela")
        for trainee in session.execute(select(Maker).where(Maker.trainer_id == maker_id)).scalars():
            trainee.trainer_id = None
        name = maker.name
        session.delete(maker)
        session.flush()
        journal_edit_in(session, "maker", str(maker_id), {"deleted": name}, user_id)


def _maker_info(session: Session, maker: Maker, trainer: str | None = None) -> MakerInfo:
    if trainer is None:
        trainer_row = session.get(Maker, maker.trainer_id) if maker.trainer_id else None
        trainer = trainer_row.name if trainer_row else ""
    return MakerInfo(
        maker.id,
        maker.name,
        maker.short_code,
        maker.phone,
        maker.dni,
        maker.joined_on,
        trainer,
        maker.active,
        maker.trainer_id,
        maker.notes,
    )


def list_makers(store: Store, include_inactive: bool = False) -> list[MakerInfo]:
    """Makers by name (active ones only unless ``include_inactive``)."""
    with store.session() as session:
        query = select(Maker).order_by(Maker.name)
        if not include_inactive:
            query = query.where(Maker.active)
        makers = list(session.execute(query).scalars())
        names = dict(session.execute(select(Maker.id, Maker.name)).all())
        return [_maker_info(session, m, names.get(m.trainer_id, "") if m.trainer_id else "") for m in makers]


def get_maker(store: Store, maker_id: int) -> MakerInfo:
    """One maker.

    Raises:
        NotFound: no such maker.
    """
    with store.session() as session:
        return _maker_info(session, _maker_by_id(session, maker_id))


def _month_bounds(today: date) -> tuple[datetime, datetime]:
    start = today.replace(day=1)
    following = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return datetime.combine(start, time()), datetime.combine(following, time())


def maker_page(store: Store, maker_id: int, today: date | None = None) -> MakerPage:
    """A maker's page: her items, her stock by location, this month's sales and her unpaid shares.

    Raises:
        NotFound: no such maker.
    """
    today = today or now().date()
    low, high = _month_bounds(today)
    with store.session() as session:
        maker = _maker_by_id(session, maker_id)
        info = _maker_info(session, maker)
        item_ids = list(session.execute(select(ItemMaker.item_id).where(ItemMaker.maker_id == maker_id)).scalars())
        items = (
            session.execute(select(Item).join(Product).where(Item.id.in_(item_ids)).order_by(Product.name, Item.code))
            .unique()
            .scalars()
            .all()
        )
        totals = {
            item_id: int(total)
            for item_id, total in session.execute(
                select(StockMovement.item_id, func.sum(StockMovement.quantity))
                .where(StockMovement.item_id.in_(item_ids))
                .group_by(StockMovement.item_id)
            )
        }
        stock = tuple(
            LocationStock(code, name, int(units))
            for code, name, units in session.execute(
                select(Location.code, Location.name, func.sum(StockMovement.quantity))
                .join(StockMovement, StockMovement.location_id == Location.id)
                .where(StockMovement.item_id.in_(item_ids))
                .group_by(Location.id, Location.code, Location.name)
                .order_by(Location.id)
            )
            if units
        )
        sold = session.execute(
            select(Sale.kind, func.sum(SaleLine.quantity), func.sum(SaleLine.net, type_=Money()))
            .join(SaleLine, SaleLine.sale_id == Sale.id)
            .where(SaleLine.item_id.in_(item_ids), Sale.created_at >= low, Sale.created_at < high)
            .group_by(Sale.kind)
        ).all()
        units, amount = 0, ZERO
        for kind, quantity, net in sold:
            sign = -1 if kind == "refund" else 1
            units += sign * int(quantity or 0)
            amount += sign * (net or ZERO)
        month_share = session.execute(
            select(func.coalesce(func.sum(ShareEntry.amount, type_=Money()), ZERO)).where(
                ShareEntry.maker_id == maker_id, ShareEntry.created_at >= low, ShareEntry.created_at < high
            )
        ).scalar_one()
        unpaid = session.execute(
            select(func.coalesce(func.sum(ShareEntry.amount, type_=Money()), ZERO)).where(
                ShareEntry.maker_id == maker_id, ShareEntry.payout_id.is_(None)
            )
        ).scalar_one()
        trainees = tuple(
            session.execute(select(Maker.name).where(Maker.trainer_id == maker_id).order_by(Maker.name)).scalars()
        )
        has_sales = session.execute(select(ShareEntry.id).where(ShareEntry.maker_id == maker_id).limit(1)).first()
        return MakerPage(
            maker=info,
            items=tuple(item_info(item, totals.get(item.id, 0)) for item in items),
            stock=stock,
            month_start=low.date(),
            month_units=units,
            month_amount=amount,
            month_share=month_share,
            unpaid=unpaid,
            trainees=trainees,
            has_sales=has_sales is not None,
        )


# -- products and items ----------------------------------------------------------


def _find_or_create_category(session: Session, name: str) -> Category:
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
        product = Product(name=clean, category=_find_or_create_category(session, category), price=price)
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


def _stock_by_item(session: Session, location_id: int | None = None) -> dict[int, int]:
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
        stock = _stock_by_item(session).get(item.id, 0)
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
    with _no_gc(), store.session() as session:
        location_id = location_by_code_in(session, location_code).id if location_code else None
        stock = _stock_by_item(session, location_id)
        makers = _makers_by_item(session)
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
def _no_gc() -> Iterator[None]:
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
        makers = [(_find_or_create_maker(session, name), weight) for name, weight in new.makers]
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


def list_categories(store: Store) -> list[str]:
    """Category names, alphabetically."""
    with store.session() as session:
        return sorted(session.execute(select(Category.name)).scalars(), key=fold)


def _product_by_id(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound("no existe el producto")
    return product


def _product_info(session: Session, product: Product, stock: dict[int, int] | None = None) -> ProductInfo:
    stock = _stock_by_item(session) if stock is None else stock
    items = sorted(product.items, key=lambda i: i.code)
    return ProductInfo(
        id=product.id,
        name=product.name,
        category=product.category.name,
        price=product.price,
        description=product.description,
        center_made=product.center_made,
        active=product.active,
        items=tuple(item_info(item, stock.get(item.id, 0)) for item in items),
    )


def list_products(store: Store, include_inactive: bool = False) -> list[ProductInfo]:
    """Products by name, each with its items and their stock.

    Plain columns in four queries whatever the number of products (not one
    query per product for its items): 10,000 products list in a blink.
    """
    with _no_gc(), store.session() as session:
        stock = _stock_by_item(session)
        makers = _makers_by_item(session)
        connection = session.connection()
        query = select(
            Product.id,
            Product.name,
            Category.name,
            Product.price,
            Product.description,
            Product.center_made,
            Product.active,
        ).join(Category, Category.id == Product.category_id)
        if not include_inactive:
            query = query.where(Product.active)
        products = connection.execute(query).all()
        items_of: dict[int, list[tuple[int, str, bool]]] = {}
        for item_id, code, product_id, active in connection.execute(
            select(Item.id, Item.code, Item.product_id, Item.active).order_by(Item.code)
        ).all():
            items_of.setdefault(product_id, []).append((item_id, code, bool(active)))
    result = []
    for product_id, name, category, price, description, center_made, active in products:
        center_made, active = bool(center_made), bool(active)
        items = tuple(
            ItemInfo(
                item_id,
                code,
                product_id,
                name,
                category,
                price,
                tuple(makers.get(item_id, ())),
                center_made,
                stock.get(item_id, 0),
                item_active and active,
            )
            for item_id, code, item_active in items_of.get(product_id, ())
        )
        info = ProductInfo(product_id, name, category, price, description, center_made, active, items)
        result.append(info)
    return sorted(result, key=lambda p: fold(p.name))


def _makers_by_item(session: Session) -> dict[int, list[MakerPart]]:
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


def get_product(store: Store, product_id: int) -> ProductInfo:
    """One product with its items.

    Raises:
        NotFound: no such product.
    """
    with store.session() as session:
        return _product_info(session, _product_by_id(session, product_id))


def _clean_product_name(session: Session, name: str, own_id: int | None) -> str:
    clean = " ".join(str(name or "").split())
    if not clean:
        raise UserError("falta el nombre del producto")
    if len(clean) > 160:
        raise UserError("el nombre del producto es demasiado largo (160 letras como máximo)")
    for other_id, other in session.execute(select(Product.id, Product.name)):
        if other_id != own_id and fold(other) == fold(clean):
            raise UserError(f"ya existe el producto «{other}»")
    return clean


def _clean_price(value: object) -> Decimal:
    if not isinstance(value, Decimal):
        raise UserError("el precio no es un monto")
    if value < 0:
        raise UserError("el precio no puede ser negativo")
    if value != value.quantize(Decimal("0.01")):
        raise UserError("el precio tiene como máximo dos decimales")
    return value.quantize(Decimal("0.01"))


def create_product(
    store: Store,
    name: str,
    category: str,
    price: Decimal,
    *,
    description: str = "",
    photos: Sequence[PreparedPhoto] = (),
    center_made: bool = False,
    user_id: int | None = None,
) -> ProductInfo:
    """Add a product (a design); its items are added with :func:`add_product_item`.

    Raises:
        UserError: the name is empty or taken, the price negative.
    """
    with store.session() as session, session.begin():
        product = Product(
            name=_clean_product_name(session, name, None),
            category=_find_or_create_category(session, category),
            price=_clean_price(price),
            description=description.strip(),
            center_made=center_made,
        )
        session.add(product)
        session.flush()
        created = {
            "name": product.name,
            "category": product.category.name,
            "price": to_json(product.price),
            "center_made": center_made,
        }
        journal_edit_in(session, "product", str(product.id), {"created": created}, user_id)
        for photo in photos:
            photo_service.add_prepared_in(session, photo_service.Owner("product", product.id), photo, user_id)
        return _product_info(session, product)


PRODUCT_FIELDS = ("name", "category", "price", "description", "active")


def update_product(store: Store, product_id: int, user_id: int | None = None, **changes: Any) -> ProductInfo:
    """Change a product's name, category, price, description or whether it is sold (photos: :mod:`.photos`).

    A new price applies to sales from now on (each sale line keeps the price
    it was sold at); the change is journaled with the old and the new price.

    Raises:
        NotFound: no such product.
        UserError: an unknown field or a value that is not valid.
    """
    unknown = set(changes) - set(PRODUCT_FIELDS)
    if unknown:
        raise UserError(f"dato desconocido del producto: {', '.join(sorted(unknown))}")
    with store.session() as session, session.begin():
        product = _product_by_id(session, product_id)
        diff: dict[str, list[object]] = {}

        def change(field: str, old: object, new: object) -> bool:
            if old == new:
                return False
            diff[field] = [_plain(old), _plain(new)]
            return True

        for field, value in changes.items():
            if field == "name":
                clean = _clean_product_name(session, value, product.id)
                if change("name", product.name, clean):
                    product.name = clean
            elif field == "category":
                category = _find_or_create_category(session, str(value or ""))
                if change("category", product.category.name, category.name):
                    product.category = category
            elif field == "price":
                price = _clean_price(value)
                if change("price", product.price, price):
                    product.price = price
            elif field == "description":
                text = str(value or "").strip()
                if change("description", product.description, text):
                    product.description = text
            elif field == "active" and change("active", product.active, bool(value)):
                product.active = bool(value)
        if diff:
            session.flush()
            kind = "price" if set(diff) == {"price"} else "product"
            journal_edit_in(session, kind, str(product.id), {"product": product.name, "changes": diff}, user_id)
        return _product_info(session, product)


def set_price(store: Store, product_id: int, price: Decimal, user_id: int | None = None) -> ProductInfo:
    """Change a product's price from now on; journaled with the old and the new price."""
    return update_product(store, product_id, user_id, price=price)


def _makers_by_id(session: Session, makers: Sequence[tuple[int, int]]) -> list[tuple[Maker, int]]:
    return [(_maker_by_id(session, maker_id), int(weight)) for maker_id, weight in makers]


def add_product_item(
    store: Store,
    product_id: int,
    makers: Sequence[tuple[int, int]],
    code: str = "",
    user_id: int | None = None,
) -> ItemInfo:
    """Add an item of a product: made by one maker, or jointly with weights (sewing 2, embroidery 1).

    ``makers`` are ``(maker id, weight)`` in the order the share split lists
    them. An empty ``code`` gets the next free ``MK000123`` code.

    Raises:
        UserError: no maker (unless the center made the product), a bad or
            taken code, a weight below 1, or an item with these very makers exists.
    """
    with store.session() as session, session.begin():
        product = _product_by_id(session, product_id)
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


def set_item_makers(
    store: Store, item_code: str, makers: Sequence[tuple[int, int]], user_id: int | None = None
) -> ItemInfo:
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
        return item_info(item, _stock_by_item(session).get(item.id, 0))


def set_item_active(store: Store, item_code: str, active: bool, user_id: int | None = None) -> ItemInfo:
    """Stop offering an item at the till (or offer it again); its history stays."""
    with store.session() as session, session.begin():
        item = item_by_code_in(session, item_code)
        if item.active != active:
            item.active = active
            journal_edit_in(session, "item", item.code, {"active": active}, user_id)
        return item_info(item, _stock_by_item(session).get(item.id, 0))
