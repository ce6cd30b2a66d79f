"""Products and items: create, edit, price changes journaled, items per maker or joint, codes."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from helpers import photo_bytes
from sqlalchemy import select

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import catalogue, catalogue_makers, catalogue_products, photos
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.catalogue_views import ProductChange
from mamakilla_pos.services.errors import NotFound, UserError
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store.models import JournalEntry


def _journal(store, kind: str) -> list[dict]:
    with store.session() as session:
        rows = session.execute(select(JournalEntry.payload).where(JournalEntry.kind == kind).order_by(JournalEntry.seq))
        return [json.loads(payload) for payload in rows.scalars()]


def _makers(store) -> dict[str, int]:
    return {m.name: m.id for m in catalogue_makers.list_makers(store, include_inactive=True)}


def test_create_product_and_items(store):
    rosa = catalogue_makers.create_maker(store, "Rosa Quispe", user_id=SYSTEM_ID)
    ana = catalogue_makers.create_maker(store, "Ana Huamán", user_id=SYSTEM_ID)
    product = catalogue_products.create_product(
        store,
        "Bolso bordado Inti",
        "Bolsos",
        Decimal("85.00"),
        description="Bordado a mano",
        photos=[photos.prepare_photo(photo_bytes(900, 600))],
        user_id=SYSTEM_ID,
    )
    assert (product.name, product.category, product.price) == ("Bolso bordado Inti", "Bolsos", Decimal("85.00"))
    assert product.items == ()
    solo = catalogue.add_product_item(store, product.id, [(rosa.id, 1)], user_id=SYSTEM_ID)
    joint = catalogue.add_product_item(
        store, product.id, [(rosa.id, 2), (ana.id, 1)], code="INTI-J1", user_id=SYSTEM_ID
    )
    assert solo.code == "MK000001"
    assert [(m.name, m.weight) for m in joint.makers] == [("Rosa Quispe", 2), ("Ana Huamán", 1)]
    shown = catalogue_products.get_product(store, product.id)
    assert [i.code for i in shown.items] == ["INTI-J1", "MK000001"]
    assert shown.description == "Bordado a mano"
    assert [p.main for p in photos.list_photos(store, photos.Owner("product", product.id))] == [True]
    assert catalogue_products.list_categories(store) == ["Bolsos"]
    assert catalogue.find_item(store, "inti-j1".upper()).product_name == "Bolso bordado Inti"
    assert verify(store) == []


def test_item_rules(store):
    rosa = catalogue_makers.create_maker(store, "Rosa Quispe", user_id=SYSTEM_ID)
    product = catalogue_products.create_product(store, "Monedero", "Monederos", Decimal("18.00"), user_id=SYSTEM_ID)
    catalogue.add_product_item(store, product.id, [(rosa.id, 1)], code="MON1", user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="con esas artesanas"):
        catalogue.add_product_item(store, product.id, [(rosa.id, 1)], user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="ya existe el artículo con código MON1"):
        other = catalogue_makers.create_maker(store, "Luz Mamani", user_id=SYSTEM_ID)
        catalogue.add_product_item(store, product.id, [(other.id, 1)], code="MON1", user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="al menos una artesana"):
        catalogue.add_product_item(store, product.id, [], user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="peso"):
        catalogue.add_product_item(store, product.id, [(other.id, 0)], user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="no válido"):
        catalogue.add_product_item(store, product.id, [(other.id, 1)], code="MON 2", user_id=SYSTEM_ID)
    with pytest.raises(NotFound):
        catalogue.add_product_item(store, 999, [(other.id, 1)], user_id=SYSTEM_ID)


def test_generated_codes_are_unique_and_skip_taken_ones(store):
    rosa = catalogue_makers.create_maker(store, "Rosa Quispe", user_id=SYSTEM_ID)
    codes = []
    for n in range(4):
        product = catalogue_products.create_product(
            store, f"Producto {n}", "Otros", Decimal("10.00"), user_id=SYSTEM_ID
        )
        code = "MK000003" if n == 0 else ""
        codes.append(catalogue.add_product_item(store, product.id, [(rosa.id, 1)], code=code, user_id=SYSTEM_ID).code)
    assert codes == ["MK000003", "MK000002", "MK000004", "MK000005"]
    assert len(set(codes)) == 4


def test_price_change_is_journaled_and_old_sales_keep_their_price(shop):
    store = shop.store
    record_sale(store, SaleRequest((LineRequest(shop.bag),), (Tender("card", Decimal("45.00")),), user_id=SYSTEM_ID))
    bag = catalogue.find_item(store, shop.bag)
    changed = catalogue_products.set_price(store, bag.product_id, Decimal("50.00"), user_id=SYSTEM_ID)
    assert changed.price == Decimal("50.00")
    entry = _journal(store, "price")[-1]
    assert entry["changes"]["price"] == ["45.00", "50.00"]
    assert entry["product"] == "Bolso bordado"
    sale = record_sale(
        store, SaleRequest((LineRequest(shop.bag),), (Tender("card", Decimal("50.00")),), user_id=SYSTEM_ID)
    )
    assert sale.total == Decimal("50.00")
    assert verify(store) == []


def test_update_product_details(shop):
    store = shop.store
    bag = catalogue.find_item(store, shop.bag)
    product = catalogue_products.update_product(
        store,
        bag.product_id,
        ProductChange(name="Bolso bordado Killa", category="Bordados", description="Hilo de alpaca"),
        user_id=SYSTEM_ID,
    )
    assert (product.name, product.category, product.description) == (
        "Bolso bordado Killa",
        "Bordados",
        "Hilo de alpaca",
    )
    changes = _journal(store, "product")[-1]["changes"]
    assert changes["name"] == ["Bolso bordado", "Bolso bordado Killa"]
    assert changes["category"] == ["Bolsos", "Bordados"]
    with pytest.raises(UserError, match="ya existe el producto"):
        catalogue_products.update_product(
            store, bag.product_id, ProductChange(name="monedero de cuero"), user_id=SYSTEM_ID
        )
    with pytest.raises(UserError, match="negativo"):
        catalogue_products.update_product(store, bag.product_id, ProductChange(price=Decimal("-1")), user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="dos decimales"):
        catalogue_products.update_product(
            store, bag.product_id, ProductChange(price=Decimal("1.005")), user_id=SYSTEM_ID
        )
    with pytest.raises(TypeError, match="colour"):  # a product has no such detail: it cannot even be asked for
        ProductChange(colour="rojo")


def test_withdrawn_product_leaves_the_till_catalogue(shop):
    store = shop.store
    bag = catalogue.find_item(store, shop.bag)
    catalogue_products.update_product(store, bag.product_id, ProductChange(active=False), user_id=SYSTEM_ID)
    assert shop.bag not in [i.code for i in catalogue.catalogue(store)]
    assert bag.product_id not in [p.id for p in catalogue_products.list_products(store)]
    assert bag.product_id in [p.id for p in catalogue_products.list_products(store, include_inactive=True)]
    catalogue.set_item_active(store, shop.purse, False, user_id=SYSTEM_ID)
    assert shop.purse not in [i.code for i in catalogue.catalogue(store)]


def test_item_makers_can_be_corrected_until_it_is_sold(shop):
    store = shop.store
    makers = _makers(store)
    fixed = catalogue.set_item_makers(
        store, shop.pencil_case, [(makers["Luz Mamani"], 1), (makers["Ana Huamán"], 2)], user_id=SYSTEM_ID
    )
    assert [(m.name, m.weight) for m in fixed.makers] == [("Luz Mamani", 1), ("Ana Huamán", 2)]
    assert fixed.stock == 10
    assert _journal(store, "item")[-1]["makers"][1] == [[makers["Luz Mamani"], 1], [makers["Ana Huamán"], 2]]
    record_sale(
        store, SaleRequest((LineRequest(shop.pencil_case),), (Tender("card", Decimal("30.00")),), user_id=SYSTEM_ID)
    )
    with pytest.raises(UserError, match="ya se vendió"):
        catalogue.set_item_makers(store, shop.pencil_case, [(makers["Luz Mamani"], 1)], user_id=SYSTEM_ID)
    assert verify(store) == []


def test_list_products_with_items_and_stock(shop):
    products = {p.name: p for p in catalogue_products.list_products(shop.store)}
    assert list(products) == ["Bolso bordado", "Cartuchera Ñusta", "Llavero de alpaca", "Monedero de cuero"]
    assert products["Bolso bordado"].stock == 10
    assert products["Llavero de alpaca"].center_made
    assert [i.code for i in products["Monedero de cuero"].items] == [shop.purse]
