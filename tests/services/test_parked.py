"""Parked carts survive a restart and are taken back once (services/parked.py)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from mamakilla_pos.domain.pricing import NO_DISCOUNT, Discount, DiscountKind
from mamakilla_pos.services import auth, parked
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import NotFound, UserError
from mamakilla_pos.store import open_store


def test_a_parked_cart_is_still_there_after_a_restart_and_is_taken_back_once(shop) -> None:
    ten_percent = Discount(DiscountKind.PERCENT, D("10"))
    lines = (parked.ParkedLine(shop.bag, 2, ten_percent), parked.ParkedLine(shop.purse, 1))
    kept = parked.park(
        shop.store, "B001", lines, Discount(DiscountKind.AMOUNT, D("2.50")), D("100.05"), user_id=SYSTEM_ID
    )
    parked.park(shop.store, "B002", (parked.ParkedLine(shop.pencil_case, 1),), total=D("30"), user_id=SYSTEM_ID)

    reopened = open_store(shop.store.url)  # as after the till restarts
    try:
        [found] = parked.parked_sales(reopened, "B001")
    finally:
        reopened.dispose()
    assert found == kept
    assert found.lines == lines and found.units == 3
    assert found.order_discount == Discount(DiscountKind.AMOUNT, D("2.50")) and found.total == D("100.05")

    assert parked.take_back(shop.store, kept.id) == kept
    assert parked.parked_sales(shop.store, "B001") == []
    assert len(parked.parked_sales(shop.store, "B002")) == 1  # another till's cart stays
    with pytest.raises(NotFound):
        parked.take_back(shop.store, kept.id)


def test_carts_are_listed_oldest_first_with_who_parked_them(shop) -> None:
    rosa = auth.create_user(shop.store, "Rosa Quispe", "coordinator", "246813", by=SYSTEM_ID)
    first = parked.park(shop.store, "B001", (parked.ParkedLine(shop.bag, 1),), total=D("45"), user_id=rosa.id)
    second = parked.park(shop.store, "B001", (parked.ParkedLine(shop.purse, 1),), total=D("22.55"), user_id=SYSTEM_ID)
    assert [p.id for p in parked.parked_sales(shop.store, "B001")] == [first.id, second.id]
    assert (first.parked_by, second.parked_by) == ("Rosa Quispe", "")


@pytest.mark.parametrize(
    "lines",
    [(), (parked.ParkedLine("BAG001", 0, NO_DISCOUNT),)],
)
def test_an_empty_cart_or_a_line_of_no_units_is_not_parked(shop, lines) -> None:
    with pytest.raises(UserError):
        parked.park(shop.store, "B001", lines, user_id=SYSTEM_ID)
    assert parked.parked_sales(shop.store, "B001") == []
