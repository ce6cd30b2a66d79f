"""Stock by item and location: production by maker, transfers, adjustments, stocktakes, history."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import catalogue, catalogue_makers, locations, sales, stock, transfers
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import NotFound, UserError
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify


@pytest.fixture
def fair(shop):
    locations.add_location(shop.store, "feria", "Feria San Blas", "fair", user_id=SYSTEM_ID)
    return shop


def _levels(store) -> dict[tuple[str, str], int]:
    return {(row.item_code, code): units for row in stock.stock_table(store).rows for code, units in row.levels.items()}


def _makers(store) -> dict[str, int]:
    return {m.name: m.id for m in catalogue_makers.list_makers(store, include_inactive=True)}


def test_production_choices_put_her_items_first(shop):
    rosa = _makers(shop.store)["Rosa Quispe"]
    choices = stock.production_choices(shop.store, rosa)
    assert [(c.product_name, c.item_code) for c in choices] == [
        ("Bolso bordado", shop.bag),
        ("Monedero de cuero", shop.purse),
        ("Bolso bordado", ""),
        ("Cartuchera Ñusta", ""),
    ]
    assert choices[0].makers == "Rosa Quispe, Ana Huamán"
    assert choices[0].stock == 10


def test_produce_for_maker_creates_her_item_once(shop, probe):
    store = shop.store
    luz = _makers(store)["Luz Mamani"]
    bag = catalogue.find_item(store, shop.bag)
    first = stock.produce_for_maker(store, luz, bag.product_id, 6, user_id=SYSTEM_ID)
    assert first.item_created
    assert first.item.code not in (shop.bag, shop.purse)
    assert [m.name for m in first.item.makers] == ["Luz Mamani"]
    assert (first.quantity, first.location_code, first.level) == (6, "taller", 6)
    again = stock.produce_for_maker(store, luz, bag.product_id, 2, user_id=SYSTEM_ID)
    assert not again.item_created
    assert again.item.code == first.item.code
    assert again.level == 8 == probe.level(first.item.code)
    assert verify(store) == []


def test_produce_into_a_joint_item(shop, probe):
    store = shop.store
    ana = _makers(store)["Ana Huamán"]
    bag = catalogue.find_item(store, shop.bag)
    done = stock.produce_for_maker(store, ana, bag.product_id, 3, "taller", item_code=shop.bag, user_id=SYSTEM_ID)
    assert done.item.code == shop.bag and done.level == 13 == probe.level(shop.bag)
    luz = _makers(store)["Luz Mamani"]
    with pytest.raises(UserError, match="no es Bolso bordado de Luz Mamani"):
        stock.produce_for_maker(store, luz, bag.product_id, 3, item_code=shop.bag, user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="mayor que cero"):
        stock.produce_for_maker(store, ana, bag.product_id, 0, user_id=SYSTEM_ID)
    with pytest.raises(NotFound):
        stock.produce_for_maker(store, ana, bag.product_id, 1, "luna", user_id=SYSTEM_ID)


def test_transfer_adjust_and_levels(fair, probe):
    store = fair.store
    stock.transfer(store, fair.bag, 4, "taller", "feria", user_id=SYSTEM_ID)
    assert stock.stock_of(store, fair.bag, "feria") == 4
    assert stock.adjust(store, fair.bag, -1, "feria", "damaged", note="costura rota", user_id=SYSTEM_ID) == 3
    assert stock.adjust(store, fair.bag, 2, "taller", "found", user_id=SYSTEM_ID) == 8
    with pytest.raises(UserError, match="motivo"):
        stock.adjust(store, fair.bag, -1, "feria", "stolen", user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="mismo"):
        stock.transfer(store, fair.bag, 1, "feria", "feria", user_id=SYSTEM_ID)
    assert _levels(store)[(fair.bag, "feria")] == 3 == probe.level(fair.bag, "feria")
    assert _levels(store) == {k: v for k, v in probe.movement_sums().items() if v}
    assert verify(store) == []


def test_stock_table_filters_and_totals(fair):
    store = fair.store
    stock.transfer(store, fair.bag, 2, "taller", "feria", user_id=SYSTEM_ID)
    record_sale(
        store,
        SaleRequest(
            (LineRequest(fair.purse, 12),),
            (Tender("card", Decimal("270.60")),),
            location_code="taller",
            user_id=SYSTEM_ID,
        ),
    )
    table = stock.stock_table(store)
    assert table.locations == (("taller", "Taller Mama Killa"), ("feria", "Feria San Blas"))
    rows = {r.item_code: r for r in table.rows}
    assert rows[fair.purse].at("taller") == -2 and rows[fair.purse].total == -2
    assert rows[fair.bag].levels == {"taller": 8, "feria": 2}
    assert table.totals() == {"taller": 8 - 2 + 10 + 10, "feria": 2}
    rosa = _makers(store)["Rosa Quispe"]
    assert [r.item_code for r in stock.stock_table(store, maker_id=rosa).rows] == [fair.bag, fair.purse]
    assert [r.item_code for r in stock.stock_table(store, category="Cartucheras").rows] == [fair.pencil_case]
    assert [r.item_code for r in stock.stock_table(store, location_code="feria").rows] == [fair.bag]
    assert stock.is_low(2) and not stock.is_low(0) and not stock.is_low(3)


def test_stocktake_preview_then_book(fair, probe):
    store = fair.store
    stock.transfer(store, fair.bag, 3, "taller", "feria", user_id=SYSTEM_ID)
    stock.transfer(store, fair.purse, 2, "taller", "feria", user_id=SYSTEM_ID)
    preview = stock.stocktake_preview(store, {fair.bag: 2}, "feria")
    assert [(ln.item_code, ln.expected, ln.counted, ln.difference) for ln in preview] == [(fair.bag, 3, 2, -1)]
    full = stock.stocktake_preview(store, {fair.bag: 2}, "feria", missing_are_zero=True)
    assert {(ln.item_code, ln.difference) for ln in full} == {(fair.bag, -1), (fair.purse, -2)}
    assert probe.level(fair.bag, "feria") == 3  # a preview writes nothing
    booked = stock.stocktake(store, {fair.bag: 2, fair.purse: 2}, "feria", user_id=SYSTEM_ID)
    assert booked == {fair.bag: -1}
    assert probe.level(fair.bag, "feria") == 2
    with pytest.raises(UserError, match="negativo"):
        stock.stocktake(store, {fair.bag: -1}, "feria", user_id=SYSTEM_ID)
    assert stock.stocktake(store, {}, "feria", missing_are_zero=True, user_id=SYSTEM_ID) == {
        fair.bag: -2,
        fair.purse: -2,
    }
    assert probe.level(fair.purse, "feria") == 0
    assert verify(store) == []


def test_movement_history_says_who_when_and_why(fair, monkeypatch):
    store = fair.store
    later = datetime.now().replace(microsecond=0) + timedelta(hours=1)
    ticks = iter(later + timedelta(minutes=n) for n in range(60))
    monkeypatch.setattr(stock, "now", lambda: next(ticks))
    monkeypatch.setattr(transfers, "now", lambda: next(ticks))
    monkeypatch.setattr(sales, "now", lambda: next(ticks))
    stock.transfer(store, fair.bag, 2, "taller", "feria", user_id=SYSTEM_ID)
    sale = record_sale(
        store,
        SaleRequest(
            (LineRequest(fair.bag),), (Tender("card", Decimal("45.00")),), location_code="feria", user_id=SYSTEM_ID
        ),
    )
    stock.adjust(store, fair.bag, -1, "feria", "gift", note="para la madrina", user_id=SYSTEM_ID)
    history = stock.movement_history(store, fair.bag)
    assert [(m.kind, m.location, m.quantity, m.level_after) for m in history] == [
        ("adjustment", "Feria San Blas", -1, 0),
        ("sale", "Feria San Blas", -1, 1),
        ("transfer_in", "Feria San Blas", 2, 2),
        ("transfer_out", "Taller Mama Killa", -2, 8),
        ("production", "Taller Mama Killa", 10, 10),
    ]
    assert history[0].reason == "gift: para la madrina"
    assert history[1].document == sale.number
    assert history[0].user == ""


def test_transfer_to_a_closed_location_is_refused(fair):
    store = fair.store
    locations.set_location_active(store, "feria", False, user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="cerrada"):
        stock.transfer(store, fair.bag, 1, "taller", "feria", user_id=SYSTEM_ID)
