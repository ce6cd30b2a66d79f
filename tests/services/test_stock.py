"""Stock: production, transfers, adjustments, stocktakes; levels are the sum of movements (DESIGN.md §5)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import catalogue, history, locations, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import NotFound, UserError
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify

D = Decimal


def movements(store, code: str) -> list[tuple[str, str, int, str]]:
    """``(kind, location, quantity, reason)`` of an item's movements, in the order they were written."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT m.kind, l.code, m.quantity, m.reason FROM stock_movements m"
                " JOIN items i ON i.id = m.item_id JOIN locations l ON l.id = m.location_id"
                " WHERE i.code = :c ORDER BY m.created_at, m.kind, l.code"
            ),
            {"c": code},
        ).all()
    return [tuple(r) for r in rows]


def journal_kinds(store) -> list[str]:
    with store.engine.connect() as conn:
        return list(conn.execute(text("SELECT kind FROM journal ORDER BY seq")).scalars())


def levels(store) -> dict[tuple[str, str], int]:
    return {(s.item_code, s.location): s.quantity for s in stock.stock_levels(store)}


@pytest.fixture
def fair(shop):
    locations.add_location(shop.store, "feria", "Feria de San Blas", "fair", user_id=SYSTEM_ID)
    return shop


def test_production_adds_units_and_is_journaled(shop, probe):
    before = journal_kinds(shop.store)
    assert stock.produce(shop.store, "BAG001", 6, user_id=SYSTEM_ID) == 16
    assert probe.level("BAG001") == 16
    assert sorted(m[2] for m in movements(shop.store, "BAG001") if m[0] == "production") == [6, 10]
    assert journal_kinds(shop.store) == [*before, "production"]
    assert verify(shop.store) == []


@pytest.mark.parametrize("quantity", [0, -3])
def test_production_of_nothing_is_refused(shop, probe, quantity):
    before = probe.counts()
    with pytest.raises(UserError):
        stock.produce(shop.store, "BAG001", quantity, user_id=SYSTEM_ID)
    assert probe.counts() == before


def test_production_of_an_unknown_item_or_at_an_unknown_place_is_refused(shop, probe):
    before = probe.counts()
    with pytest.raises(NotFound):
        stock.produce(shop.store, "NOPE01", 3, user_id=SYSTEM_ID)
    with pytest.raises(NotFound):
        stock.produce(shop.store, "BAG001", 3, "luna", user_id=SYSTEM_ID)
    assert probe.counts() == before


def test_transfer_between_the_workshop_and_a_fair(fair, probe):
    store = fair.store
    stock.transfer(store, "BAG001", 4, "taller", "feria", user_id=SYSTEM_ID)
    assert (probe.level("BAG001", "taller"), probe.level("BAG001", "feria")) == (6, 4)
    assert movements(store, "BAG001")[-2:] == [("transfer_in", "feria", 4, ""), ("transfer_out", "taller", -4, "")]
    assert journal_kinds(store)[-1] == "transfer"

    stock.transfer(store, "BAG001", 1, "feria", "taller", user_id=SYSTEM_ID)
    assert (probe.level("BAG001", "taller"), probe.level("BAG001", "feria")) == (7, 3)
    assert levels(store)[("BAG001", "feria")] == 3
    assert verify(store) == []


@pytest.mark.parametrize(
    ("quantity", "source", "target"),
    [(0, "taller", "feria"), (-2, "taller", "feria"), (2, "taller", "taller"), (2, "taller", "luna")],
)
def test_bad_transfers_are_refused(fair, probe, quantity, source, target):
    before = probe.counts()
    sums = probe.movement_sums()
    with pytest.raises(UserError):
        stock.transfer(fair.store, "BAG001", quantity, source, target, user_id=SYSTEM_ID)
    assert probe.counts() == before
    assert probe.movement_sums() == sums


def test_adjustment_with_a_reason(shop, probe):
    assert stock.adjust(shop.store, "PUR001", -1, "taller", "damaged", user_id=SYSTEM_ID) == 9
    assert stock.adjust(shop.store, "PUR001", 2, "taller", "found", user_id=SYSTEM_ID) == 11
    assert sorted(m for m in movements(shop.store, "PUR001") if m[0] == "adjustment") == [
        ("adjustment", "taller", -1, "damaged"),
        ("adjustment", "taller", 2, "found"),
    ]
    assert journal_kinds(shop.store)[-2:] == ["adjustment", "adjustment"]
    assert probe.level("PUR001") == 11
    assert verify(shop.store) == []


@pytest.mark.parametrize(("quantity", "reason"), [(-1, "roto"), (-1, ""), (0, "damaged")])
def test_bad_adjustments_are_refused(shop, probe, quantity, reason):
    before = probe.counts()
    with pytest.raises(UserError):
        stock.adjust(shop.store, "PUR001", quantity, "taller", reason, user_id=SYSTEM_ID)
    assert probe.counts() == before
    assert probe.level("PUR001") == 10


def test_stocktake_books_the_differences(shop, probe):
    store = shop.store
    record_sale(
        store, SaleRequest((LineRequest("BAG001", 2),), (Tender("card", D("90")),), user_id=SYSTEM_ID)
    )  # 8 bags left
    booked = stock.stocktake(store, {"BAG001": 7, "PUR001": 10, "CAS001": 12}, "taller", user_id=SYSTEM_ID)
    # bags 8 → 7 (−1), purses as expected (nothing booked), cases 10 → 12 (+2)
    assert booked == {"BAG001": -1, "CAS001": 2}
    assert (probe.level("BAG001"), probe.level("PUR001"), probe.level("CAS001")) == (7, 10, 12)
    assert ("stocktake", "taller", -1, "conteo") in movements(store, "BAG001")
    assert ("stocktake", "taller", 2, "conteo") in movements(store, "CAS001")
    assert not [m for m in movements(store, "PUR001") if m[0] == "stocktake"]
    assert journal_kinds(store)[-1] == "stocktake"
    # counting again the same figures books nothing and journals nothing
    before = probe.counts()
    assert stock.stocktake(store, {"BAG001": 7, "CAS001": 12}, "taller", user_id=SYSTEM_ID) == {}
    assert probe.counts() == before
    assert verify(store) == []


def test_stocktake_of_a_whole_location(fair, probe):
    store = fair.store
    stock.transfer(store, "BAG001", 3, "taller", "feria", user_id=SYSTEM_ID)
    stock.transfer(store, "KEY001", 5, "taller", "feria", user_id=SYSTEM_ID)
    booked = stock.stocktake(store, {"BAG001": 2}, "feria", missing_are_zero=True, user_id=SYSTEM_ID)
    assert booked == {"BAG001": -1, "KEY001": -5}
    assert (probe.level("BAG001", "feria"), probe.level("KEY001", "feria")) == (2, 0)
    assert probe.level("KEY001", "taller") == 5
    assert verify(store) == []


def test_a_negative_count_is_refused(shop, probe):
    before = probe.counts()
    with pytest.raises(UserError):
        stock.stocktake(shop.store, {"BAG001": 5, "PUR001": -1}, "taller", user_id=SYSTEM_ID)
    assert probe.counts() == before
    assert probe.level("BAG001") == 10


def test_stock_levels_are_the_sum_of_movements(fair, probe):
    store = fair.store
    stock.produce(store, "CAS001", 4, user_id=SYSTEM_ID)
    stock.transfer(store, "BAG001", 5, "taller", "feria", user_id=SYSTEM_ID)
    sale = record_sale(
        store,
        SaleRequest(
            (LineRequest("BAG001", 7), LineRequest("KEY001")),
            (Tender("card", D("320")),),
            location_code="feria",
            user_id=SYSTEM_ID,
        ),
    )  # 7 bags at a fair holding 5 → −2 there (warned); the keyring → −1 there
    assert len(sale.stock_warnings) == 2
    line = history.get_sale(store, sale.number).lines[0]
    refund(store, RefundRequest(sale.number, (RefundLine(line.id, 3),), method="card", user_id=SYSTEM_ID))
    stock.adjust(store, "PUR001", -2, "taller", "gift", user_id=SYSTEM_ID)
    stock.stocktake(store, {"CAS001": 13}, "taller", user_id=SYSTEM_ID)

    expected = {
        ("BAG001", "taller"): 5,
        ("BAG001", "feria"): 5 - 7 + 3,
        ("KEY001", "taller"): 10,
        ("KEY001", "feria"): -1,
        ("PUR001", "taller"): 8,
        ("CAS001", "taller"): 13,
    }
    assert levels(store) == expected
    assert probe.movement_sums() == expected
    for (code, location), units in expected.items():
        assert stock.stock_of(store, code, location) == units
    assert catalogue.find_item(store, "BAG001").stock == 5 + 1
    assert verify(store) == []
