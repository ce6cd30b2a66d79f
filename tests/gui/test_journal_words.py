"""The journal in words: one sentence per entry, from entries the services really wrote;
entries of other shapes or kinds are still said plainly."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from helpers import photo_bytes

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.gui.journal_words import JournalWords
from mamakilla_pos.services import (
    auth,
    cash,
    catalogue,
    catalogue_makers,
    catalogue_products,
    history,
    journal_view,
    locations,
    photos,
    settings,
    stock,
    transfers,
)
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.catalogue_views import MakerChange
from mamakilla_pos.services.journal_view import JournalRow
from mamakilla_pos.services.payouts import pay_maker
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.transfer_views import TransferLine

D = Decimal


@pytest.fixture
def words(qapp) -> JournalWords:
    return JournalWords()


def sentences(store) -> list[tuple[str, str]]:
    """``(kind, sentence)`` of every entry, oldest first, as the journal screen says them."""
    words = JournalWords()
    rows = list(reversed(journal_view.list_entries(store, limit=1000).rows))
    names = journal_view.journal_names(store, rows)
    return [(row.kind, words.describe(row, names)) for row in rows]


def said(store, kind: str) -> list[str]:
    return [text for k, text in sentences(store) if k == kind]


@pytest.mark.till_closed
def test_every_kind_of_entry_is_said_in_words(qapp, shop):
    store = shop.store
    carmen = auth.create_user(store, "Carmen Ayma", "coordinator", "135790", by=SYSTEM_ID)
    rosa_user = auth.create_user(store, "Rosa Quispe", "seller", "2468", by=carmen.id)
    cash.open_session(store, {D("50"): 2}, None, user_id=carmen.id)
    sale = record_sale(
        store, SaleRequest((LineRequest(shop.bag, 1),), (Tender("cash", D("50")),), user_id=rosa_user.id)
    )
    line = history.get_sale(store, sale.number).lines[0]
    back = refund(store, RefundRequest(sale.number, (RefundLine(line.id, 1),), "cash", user_id=SYSTEM_ID))
    cash.move_cash(store, "out", D("15"), "Almuerzo", user_id=carmen.id)
    cash.move_cash(store, "in", D("20"), "Sencillo para dar vuelto", user_id=carmen.id)
    rosa = next(m for m in catalogue_makers.list_makers(store) if m.name == "Rosa Quispe")
    record_sale(
        store, SaleRequest((LineRequest(shop.purse, 2),), (Tender("yape", D("45.10"), "123"),), user_id=SYSTEM_ID)
    )
    payout = pay_maker(store, rosa.id, date.today(), "yape", "998877", user_id=carmen.id)
    assert payout is not None
    cash.close_session(store, {D("50"): 2, D("5"): 1}, None, "", user_id=carmen.id)
    locations.add_location(store, "feria", "Feria de San Blas", "fair", user_id=carmen.id)
    transfers.transfer_items(
        store, [TransferLine(shop.bag, 3), TransferLine(shop.purse, 2)], "taller", "feria", user_id=SYSTEM_ID
    )
    transfers.return_from_fair(store, "feria", "taller", user_id=SYSTEM_ID)
    stock.transfer(store, shop.pencil_case, 2, "taller", "feria", user_id=SYSTEM_ID)
    stock.adjust(store, shop.purse, -1, "taller", "damaged", note="costura rota", user_id=SYSTEM_ID)
    stock.stocktake(store, {shop.bag: 7, shop.pencil_case: 10}, "taller", user_id=SYSTEM_ID)
    bag = catalogue.find_item(store, shop.bag)
    catalogue_products.set_price(store, bag.product_id, D("49.50"), user_id=SYSTEM_ID)
    settings.update_settings(store, carmen.id, share_rate=D("0.50"), shop_name="Mama Killa Feria")
    nilda = catalogue_makers.create_maker(store, "Nilda Choque", user_id=carmen.id)
    catalogue_makers.update_maker(store, nilda.id, MakerChange(phone="984 111 222"), user_id=carmen.id)
    hers = catalogue.add_product_item(store, bag.product_id, [(nilda.id, 2), (rosa.id, 1)], user_id=carmen.id)
    catalogue_makers.set_maker_active(store, nilda.id, False, user_id=carmen.id)
    stock.transfer(store, shop.pencil_case, 2, "feria", "taller", user_id=SYSTEM_ID)
    locations.set_location_active(store, "feria", False, user_id=carmen.id)
    auth.reset_pin(store, rosa_user.id, "8642", carmen.id)
    bag_owner = photos.Owner("product", bag.product_id)
    first = photos.add_photo(store, bag_owner, photo_bytes(400, 400), user_id=carmen.id)
    second = photos.add_photo(store, bag_owner, photo_bytes(400, 400), user_id=carmen.id)
    photos.set_main_photo(store, second.id, carmen.id)
    photos.remove_photo(store, first.id, carmen.id)
    photos.add_photo(store, photos.Owner("maker", nilda.id), photo_bytes(400, 400), user_id=carmen.id)

    bag_name = f"Bolso bordado ({shop.bag})"
    assert said(store, "sale")[0] == f"Venta {sale.number} de S/ 45.00 por Rosa Quispe"
    assert said(store, "refund") == [f"Devolución {back.number} de S/ 45.00 (de la venta {sale.number}) por el sistema"]
    assert said(store, "cash_out")[0] == "Carmen Ayma sacó S/ 15.00 de la caja: Almuerzo"
    assert said(store, "cash_in") == ["Carmen Ayma puso S/ 20.00 en la caja: Sencillo para dar vuelto"]
    assert said(store, "session_open") == ["Carmen Ayma abrió la caja B001 con S/ 100.00 de fondo"]
    assert said(store, "session_close")[0].startswith("Carmen Ayma cerró la caja B001: 2 ventas, contado S/ 105.00")
    assert said(store, "payout") == [f"Pago {payout.number} a Rosa Quispe: S/ {payout.amount:.2f} (Yape)"]
    assert said(store, "transfer") == [
        "Traslado de 5 unidades de 2 artículos, de Taller Mama Killa a Feria de San Blas",
        "Retorno de feria: 5 unidades de 2 artículos, de Feria de San Blas a Taller Mama Killa",
        f"Traslado de 2 unidades de Cartuchera Ñusta ({shop.pencil_case}), de Taller Mama Killa a Feria de San Blas",
        f"Traslado de 2 unidades de Cartuchera Ñusta ({shop.pencil_case}), de Feria de San Blas a Taller Mama Killa",
    ]
    assert said(store, "production")[0] == (
        f"El sistema registró la producción de 10 unidades de {bag_name} en Taller Mama Killa"
    )
    assert said(store, "adjustment") == [
        f"Ajuste de Monedero de cuero ({shop.purse}) en Taller Mama Killa: -1 (Dañado: costura rota)"
    ]
    assert said(store, "stocktake") == ["Conteo en Taller Mama Killa: 2 artículos corregidos (3 faltaban, 2 sobraban)"]
    assert said(store, "price") == ["Precio de Bolso bordado: S/ 45.00 → S/ 49.50"]
    assert said(store, "settings")[-1] == (
        "Ajustes: parte de la artesana: 45.0\u00a0% → 50.0\u00a0% · nombre de la tienda: Mama Killa → Mama Killa Feria"
    )
    assert said(store, "maker")[-3:] == [
        "Artesana nueva: Nilda Choque",
        "Nilda Choque: teléfono: — → 984 111 222",
        "Nilda Choque quedó inactiva",
    ]
    assert said(store, "location") == ["Ubicación nueva: Feria de San Blas", "«Feria de San Blas» cerrada"]
    assert said(store, "user")[:2] == [
        "Usuaria nueva: Carmen Ayma (Coordinadora)",
        "Usuaria nueva: Rosa Quispe (Vendedora)",
    ]
    assert said(store, "user_pin") == ["Carmen Ayma dio un PIN nuevo a Rosa Quispe"]
    assert said(store, "item") == [f"Artículo nuevo {hers.code}: Bolso bordado de Nilda Choque y Rosa Quispe"]
    assert said(store, "photo") == [
        "Foto nueva de Bolso bordado",
        "Foto nueva de Bolso bordado",
        "Foto principal nueva de Bolso bordado",
        "Foto quitada de Bolso bordado",
        "Foto nueva de Nilda Choque",
    ]
    for kind, text in sentences(store):
        assert "{" not in text and "[" not in text, (kind, text)


def entry(kind: str, payload: dict, ref: str = "x", actor: str = "Rosa") -> JournalRow:
    return JournalRow(7, datetime(2026, 12, 6, 9, 30), actor, kind, ref, payload, "a" * 64, "b" * 64)


def test_payloads_of_other_shapes_and_unknown_kinds_are_still_said(words):
    # A sale whose payload gained keys, a movement recorded as a row image, a kind this screen does not know.
    assert words.describe(entry("sale", {"number": "B001-000123", "total": "45.00", "seller_id": 3, "new": [1]})) == (
        "Venta B001-000123 de S/ 45.00 por Rosa"
    )
    image = {
        "rows": {
            "stock_movements": {
                "columns": ["id", "item_id", "location_id", "quantity", "kind"],
                "rows": [["ab", 4, 1, 6, "production"]],
            }
        }
    }
    assert (
        words.describe(entry("production", image))
        == "Rosa registró la producción de 6 unidades de artículo 4 en ubicación 1"
    )
    assert words.describe(entry("sync_batch", {"documents": 12, "till": "F001", "rows": {}})) == (
        "sync_batch · documents: 12 · till: F001"
    )
    unreadable = entry("price", {"changes": "not a dict"}, ref="7")
    assert words.describe(unreadable) == "Cambio de precio · changes: not a dict"
    assert words.describe(entry("adjustment", {})) == "Ajuste de stock"
    assert words.describe(entry("rows", {"rows": {"products": {}, "items": {}}})) == (
        "Datos guardados de: artículos, productos"
    )
    assert words.reference(entry("session_open", {}, ref="0f6c2f0e-5d5b-4d0e-9d8c-3c3b0b8f8c11")) == ""
    assert words.reference(entry("sale", {}, ref="B001-000123")) == "B001-000123"
