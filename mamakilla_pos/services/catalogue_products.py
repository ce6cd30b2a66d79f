"""The products: their records, their details checked, and their list with items and stock."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.money import to_json
from ..domain.text import fold
from ..store import Store
from ..store.models import (
    Category,
    Item,
    Product,
)
from . import photos as photo_service
from .catalogue import find_or_create_category_in, makers_by_item_in, no_gc, product_by_id_in, stock_by_item_in
from .catalogue_views import (
    ItemInfo,
    Keep,
    ProductChange,
    ProductInfo,
    item_info,
)
from .errors import UserError
from .locations import journal_edit_in, journal_value

if TYPE_CHECKING:
    from ..documents.photos import PreparedPhoto


def list_categories(store: Store) -> list[str]:
    """Category names, alphabetically."""
    with store.session() as session:
        return sorted(session.execute(select(Category.name)).scalars(), key=fold)


def _product_info(session: Session, product: Product, stock: dict[int, int] | None = None) -> ProductInfo:
    stock = stock_by_item_in(session) if stock is None else stock
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
    with no_gc(), store.session() as session:
        stock = stock_by_item_in(session)
        makers = makers_by_item_in(session)
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


def get_product(store: Store, product_id: int) -> ProductInfo:
    """One product with its items.

    Raises:
        NotFound: no such product.
    """
    with store.session() as session:
        return _product_info(session, product_by_id_in(session, product_id))


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
    user_id: int,
) -> ProductInfo:
    """Add a product (a design); its items are added with :func:`add_product_item`.

    Raises:
        UserError: the name is empty or taken, the price negative.
    """
    with store.session() as session, session.begin():
        product = Product(
            name=_clean_product_name(session, name, None),
            category=find_or_create_category_in(session, category),
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


def update_product(store: Store, product_id: int, change: ProductChange, user_id: int) -> ProductInfo:
    """Change what ``change`` sets of a product: name, category, price, description, whether it is sold.

    Photos are changed with :mod:`.photos`. A new price applies to sales from
    now on (each sale line keeps the price it was sold at); the change is
    journaled with the old and the new price.

    Raises:
        NotFound: no such product.
        UserError: a value that is not valid.
    """
    with store.session() as session, session.begin():
        product = product_by_id_in(session, product_id)
        diff: dict[str, list[object]] = {}

        def differs(field: str, old: object, new: object) -> bool:
            if old == new:
                return False
            diff[field] = [journal_value(old), journal_value(new)]
            return True

        if not isinstance(change.name, Keep):
            name = _clean_product_name(session, change.name, product.id)
            if differs("name", product.name, name):
                product.name = name
        if not isinstance(change.category, Keep):
            category = find_or_create_category_in(session, change.category or "")
            if differs("category", product.category.name, category.name):
                product.category = category
        if not isinstance(change.price, Keep):
            price = _clean_price(change.price)
            if differs("price", product.price, price):
                product.price = price
        if not isinstance(change.description, Keep):
            text = (change.description or "").strip()
            if differs("description", product.description, text):
                product.description = text
        if not isinstance(change.active, Keep) and differs("active", product.active, change.active):
            product.active = change.active
        if diff:
            session.flush()
            kind = "price" if set(diff) == {"price"} else "product"
            journal_edit_in(session, kind, str(product.id), {"product": product.name, "changes": diff}, user_id)
        return _product_info(session, product)


def set_price(store: Store, product_id: int, price: Decimal, user_id: int) -> ProductInfo:
    """Change a product's price from now on; journaled with the old and the new price."""
    return update_product(store, product_id, ProductChange(price=price), user_id)
