"""The catalogue made from the shop: the Meta feed, the cards named as the feed expects, the photo PDF,
the line sheet, what to list; and a maker's month read from her sales, shares and payouts."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import PurePosixPath
from urllib.parse import urlparse

import pytest
from helpers import pdf_text, photo_bytes, sell
from PIL import Image

from mamakilla_pos.services import (
    catalogue,
    catalogue_files,
    catalogue_makers,
    catalogue_products,
    history,
    locations,
    photos,
    stock,
)
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.catalogue_docs import CatalogueChoice, catalogue_entries, slug
from mamakilla_pos.services.catalogue_views import ProductChange
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.maker_statement import maker_statement, statement_pdf, statement_png
from mamakilla_pos.services.payouts import pay_maker
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.settings import update_settings

D = Decimal
IMAGES = "https://mamakilla.pe/img/catalogo"


@pytest.fixture
def listed(shop):
    """The small shop with its contact set, a photo on the bag, and every pencil case at the partner shop."""
    store = shop.store
    update_settings(
        store,
        image_base_url=IMAGES + "/",
        instagram_url="https://www.instagram.com/mamakilla.cusco/",
        shop_phone="984 123 456",
        user_id=SYSTEM_ID,
    )
    with store.session() as session, session.begin():
        locations.ensure_location_in(session, "colibri", "Casa Colibri", "partner")
        locations.ensure_location_in(session, "feria", "Feria de San Blas", "fair")
    stock.transfer(store, shop.pencil_case, 10, "taller", "colibri", user_id=SYSTEM_ID)
    stock.transfer(store, shop.purse, 4, "taller", "feria", user_id=SYSTEM_ID)
    bag = catalogue.find_item(store, shop.bag)
    photos.add_photo(
        store, photos.Owner("product", bag.product_id), photo_bytes(800, 800, (20, 40, 230)), user_id=SYSTEM_ID
    )
    return shop


def _feed(store, choice=None) -> list[dict[str, str]]:
    data = catalogue_files.feed_csv(store, choice)
    reader = csv.DictReader(io.StringIO(data.decode("utf-8")))
    assert tuple(reader.fieldnames or ()) == catalogue_files.FEED_COLUMNS
    return list(reader)


def test_the_feed_parses_as_csv_with_every_column_and_prices_in_soles(listed):
    rows = _feed(listed.store)
    by_title = {row["title"]: row for row in rows}
    assert set(by_title) == {"Bolso bordado", "Monedero de cuero", "Cartuchera Ñusta", "Llavero de alpaca"}
    for row in rows:
        assert all(row[column] for column in catalogue_files.FEED_COLUMNS), row
        assert re.fullmatch(r"\d+\.\d{2} PEN", row["price"]), row["price"]
        assert row["condition"] == "new" and row["brand"] == "Mama Killa"
        assert row["image_link"].startswith(IMAGES + "/P") and row["image_link"].endswith(".png")
        assert urlparse(row["link"]).scheme == "https"
    assert by_title["Monedero de cuero"]["price"] == "22.55 PEN"
    assert by_title["Bolso bordado"]["price"] == "45.00 PEN"
    assert len({row["id"] for row in rows}) == len(rows)
    assert "Rosa y Ana" in by_title["Bolso bordado"]["description"]


def test_availability_counts_only_what_the_shop_can_sell_now(listed):
    store = listed.store
    rows = {row["title"]: row["availability"] for row in _feed(store)}
    # All ten pencil cases are at the partner shop: none can be sold here now.
    assert rows["Cartuchera Ñusta"] == "out of stock"
    # Six purses at the workshop and four at the fair: all can be sold.
    assert rows["Monedero de cuero"] == "in stock"
    assert {e.name: e.available for e in catalogue_entries(store)}["Monedero de cuero"] == 10
    sell(store, (listed.purse, 6))
    stock.transfer(store, listed.purse, 4, "feria", "colibri", user_id=SYSTEM_ID)
    assert {row["title"]: row["availability"] for row in _feed(store)}["Monedero de cuero"] == "out of stock"
    stock.transfer(store, listed.pencil_case, 1, "colibri", "taller", user_id=SYSTEM_ID)
    assert {row["title"]: row["availability"] for row in _feed(store)}["Cartuchera Ñusta"] == "in stock"


def test_the_feed_needs_the_image_address(shop):
    update_settings(shop.store, image_base_url="", user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="falta la dirección de las imágenes"):
        catalogue_files.feed_csv(shop.store)


def test_cards_are_named_as_the_feed_links_them_and_exactly_sized(listed, tmp_path):
    store = listed.store
    folder = tmp_path / "tarjetas"
    folder.mkdir()
    cards = catalogue_files.write_cards(store, folder)
    assert len(cards) == 4
    names = {path.name for path in folder.iterdir()}
    feed_files = {PurePosixPath(urlparse(row["image_link"]).path).name for row in _feed(store)}
    assert feed_files <= names and len(names) == 8
    for card in cards:
        assert Image.open(card.square).size == (1080, 1080)
        assert card.story is not None and Image.open(card.story).size == (1080, 1920)
    bag = next(c for c in cards if c.entry.name == "Bolso bordado")
    assert bag.square.name == f"{bag.entry.feed_id}-bolso-bordado.png"
    assert Image.open(bag.square).convert("RGB").getpixel((540, 400))[2] > 180  # its photo
    again = tmp_path / "solo"
    again.mkdir()
    only = catalogue_files.write_cards(store, again, CatalogueChoice(products=("Bolso bordado",)), stories=False)
    assert [(c.entry.name, c.story) for c in only] == [("Bolso bordado", None)]


def test_the_catalogue_pdf_lists_every_product_and_price(listed):
    text = pdf_text(catalogue_files.catalogue_pdf(listed.store))
    for name, price in (
        ("Bolso bordado", "S/ 45.00"),
        ("Monedero de cuero", "S/ 22.55"),
        ("Cartuchera Ñusta", "S/ 30.00"),
        ("Llavero de alpaca", "S/ 5.00"),
    ):
        assert f"{name}" in text and price in text
    assert "hecho por Rosa y Ana" in text and "hecho por Luz" in text
    assert "WhatsApp 984 123 456" in text and "@mamakilla.cusco" in text


def test_the_line_sheet_for_a_partner_with_its_commission(listed):
    text = pdf_text(catalogue_files.line_sheet_pdf(listed.store, "30"))
    assert "S/ 45.00 S/ 13.50 S/ 31.50" in text and "S/ 22.55 S/ 6.76 S/ 15.79" in text
    with pytest.raises(UserError, match="comisión"):
        catalogue_files.line_sheet_pdf(listed.store, "cien")


def test_choosing_categories_and_products(listed):
    store = listed.store
    only = catalogue_entries(store, CatalogueChoice(categories=("monederos",), products=("CAS001",)))
    assert [e.name for e in only] == ["Cartuchera Ñusta", "Monedero de cuero"]
    with pytest.raises(UserError, match="no existe la categoría «Sombreros»"):
        catalogue_entries(store, CatalogueChoice(categories=("Sombreros",)))
    with pytest.raises(UserError, match="no existe el producto «Poncho»"):
        catalogue_entries(store, CatalogueChoice(products=("Poncho",)))
    bag = catalogue.find_item(store, listed.bag)
    catalogue_products.update_product(store, bag.product_id, ProductChange(active=False), user_id=SYSTEM_ID)
    assert "Bolso bordado" not in [e.name for e in catalogue_entries(store)]


def test_slugs_are_plain_and_never_empty():
    assert slug("Cartuchera bordada Ñusta") == "cartuchera-bordada-nusta"
    assert slug("¡¿!!") == "producto"
    assert len(slug("a" * 300)) <= 60


# -- a maker's month -----------------------------------------------------------------------------


def test_a_makers_month_from_her_sales_shares_and_payouts(listed):
    store = listed.store
    luz = next(m for m in catalogue_makers.list_makers(store) if m.name == "Luz Mamani")
    rosa = next(m for m in catalogue_makers.list_makers(store) if m.name == "Rosa Quispe")
    today = datetime.now()
    last_month = (today.replace(day=1) - timedelta(days=1)).replace(hour=11)
    stock.transfer(store, listed.pencil_case, 4, "colibri", "taller", user_id=SYSTEM_ID)
    sell(store, (listed.pencil_case, 2), at=last_month)  # last month: not in this month's figures
    stock.produce(store, listed.pencil_case, 3, user_id=SYSTEM_ID)
    sale = sell(store, (listed.pencil_case, 2))
    sell(store, (listed.bag, 1), location_code="feria")  # Rosa's, not Luz's
    line = history.get_sale(store, sale.number).lines[0]
    refund(store, RefundRequest(sale.number, (RefundLine(line.id, 1),), "card", user_id=SYSTEM_ID))
    month = maker_statement(store, luz.id)
    assert month.month == date(today.year, today.month, 1)
    assert month.made == 13  # the ten the shop started with, and three more
    assert month.sold == 1
    assert [(p.place, p.units) for p in month.places] == [("Taller Mama Killa", 1)]
    assert month.share == D("13.50")  # 45 % of 60.00, less 45 % of 30.00 returned
    assert month.paid == D("0.00")
    assert month.balance == D("13.50") + D("27.00")  # last month's share is still owed
    paid = pay_maker(store, luz.id, today.date(), "yape", "123456", user_id=SYSTEM_ID)
    assert paid is not None
    after = maker_statement(store, luz.id)
    assert after.paid == paid.amount == D("40.50") and after.balance == D("0.00")
    before = maker_statement(store, luz.id, last_month.date())
    assert (before.sold, before.share, before.balance) == (2, D("27.00"), D("27.00"))
    assert maker_statement(store, rosa.id).places[0].place == "Feria de San Blas"
    assert "Luz Mamani" in pdf_text(statement_pdf(after))
    assert Image.open(io.BytesIO(statement_png(after))).size == (1080, 1350)
