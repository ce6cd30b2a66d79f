"""Pulls (DESIGN.md §9): the stock others moved, and prices, reach a till at its next sync.

Two tills of one shop (the demo till published, a second one joined), real
PostgreSQL and real SQLite files.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import sell
from sqlalchemy import select, text

from mamakilla_pos.services import cash, catalogue, catalogue_products, payouts, server, shares, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.clock import now
from mamakilla_pos.services.maker_statement import maker_statement
from mamakilla_pos.services.server_join import join
from mamakilla_pos.services.sync_net import sync
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import Store, models, open_store


@pytest.fixture
def shop(till: Store, server_url: str, tmp_path: Path) -> Iterator[tuple[Store, Store, Store]]:
    """The workshop's till (B001), the fair laptop (F001, joined) and the server; both tills open."""
    server.publish(till, server_url)
    on_server = open_store(server_url)
    fair = open_store(f"sqlite:///{tmp_path / 'feria.db'}")
    join(fair, server_url, "F001")
    for store in (till, fair):
        if cash.current_session(store) is None:
            cash.open_session(store, {Decimal("20"): 5}, user_id=SYSTEM_ID)
    yield till, fair, on_server
    fair.dispose()
    on_server.dispose()


def _levels(store: Store) -> dict[tuple[str, str], int]:
    return {(row.item_code, row.location): row.quantity for row in stock.stock_levels(store) if row.quantity}


def test_stock_others_moved_reaches_a_till_at_its_next_sync(shop: tuple[Store, Store, Store]) -> None:
    workshop, fair, on_server = shop
    code = catalogue.catalogue(workshop)[0].code
    before = stock.stock_of(fair, code, "taller")
    sell(workshop, code)
    sell(workshop, code)
    stock.produce(on_server, code, 5, "taller", user_id=SYSTEM_ID)  # the back office records production
    sync(workshop)
    assert stock.stock_of(fair, code, "taller") == before  # not yet
    done = sync(fair)
    assert done.pulled.get("stock_movements", 0) >= 1
    sell(fair, code)  # its own sale counts at once, on top of what it pulled
    sync(fair)
    sync(workshop)
    assert _levels(fair) == _levels(on_server) == _levels(workshop)
    assert verify(fair) == [] and verify(workshop) == [] and verify(on_server) == []


def test_a_price_changed_on_the_server_reaches_an_offline_till_later_and_its_sale_keeps_the_old_price(
    shop: tuple[Store, Store, Store],
) -> None:
    _workshop, fair, on_server = shop
    code = catalogue.catalogue(fair)[0].code
    item = catalogue.find_item(on_server, code)
    catalogue_products.set_price(on_server, item.product_id, item.price + Decimal("3.00"), user_id=SYSTEM_ID)
    link = server.link_of(fair)
    assert link is not None
    with fair.session() as session, session.begin():  # the fair has no network
        session.execute(text("UPDATE sync_link SET server_url = 'postgresql+psycopg://postgres@127.0.0.1:1/x'"))
    offline = sell(fair, code)
    assert offline.total == item.price
    with fair.session() as session, session.begin():  # back in town
        session.execute(text("UPDATE sync_link SET server_url = :url"), {"url": link.server_url})
    sync(fair)
    assert catalogue.find_item(fair, code).price == item.price + Decimal("3.00")
    with on_server.session() as session:
        total = session.execute(select(models.Sale.total).where(models.Sale.number == offline.number)).scalar_one()
    assert total == item.price
    assert verify(fair) == [] and verify(on_server) == []


def _payouts_of(store: Store) -> set[tuple[object, ...]]:
    with store.session() as session:
        return set(session.execute(select(models.Payout.id, models.Payout.number, models.Payout.amount)).all())


def _sessions(store: Store) -> list[models.CashSession]:
    with store.session() as session:
        return list(session.execute(select(models.CashSession)).scalars())


def _settled(store: Store) -> dict[object, object]:
    with store.session() as session:
        return dict(session.execute(select(models.ShareEntry.id, models.ShareEntry.payout_id)).all())


def test_payouts_made_at_another_till_or_the_back_office_reach_every_till_once(
    shop: tuple[Store, Store, Store],
) -> None:
    workshop, fair, on_server = shop
    day = now().date()
    owed = sorted(payouts.makers_due(workshop, day), key=lambda due: due.amount)
    assert len(owed) >= 2
    at_till = payouts.pay_maker(workshop, owed[0].maker_id, day, "cash", user_id=SYSTEM_ID)  # from its drawer
    at_office = payouts.pay_maker(on_server, owed[1].maker_id, day, "transfer", "OP-7", user_id=SYSTEM_ID)
    assert at_till is not None and at_office is not None
    assert {due.maker_id for due in payouts.makers_due(fair, day)} >= {owed[0].maker_id, owed[1].maker_id}

    done = sync(fair)
    assert done.pulled.get("payouts") == 2
    assert payouts.makers_due(fair, day) == payouts.makers_due(on_server, day)  # balances owed, carries included
    month = day.replace(day=1)
    assert shares.share_balances(fair, month, day) == shares.share_balances(on_server, month, day)
    for due in owed[:2]:
        assert (
            maker_statement(fair, due.maker_id, day).payments == maker_statement(on_server, due.maker_id, day).payments
        )
    assert _payouts_of(fair) == _payouts_of(on_server)
    assert _settled(fair) == {k: v for k, v in _settled(on_server).items() if k in _settled(fair)}

    drawer = cash.current_session(workshop)
    assert drawer is not None
    cash.close_session(workshop, None, None, "sin contar", user_id=SYSTEM_ID, backup=False)
    taken = sync(workshop)  # the back office's payout reaches the till that paid the other, its own not twice
    assert taken.pulled.get("payouts") == 1 and _payouts_of(workshop) == _payouts_of(on_server)
    again = sync(fair)  # each once: nothing more to take, nothing doubled on either side
    closed = [(s.id, s.till, s.closed_at) for s in _sessions(on_server) if s.id == drawer.id]
    assert closed[0][2] is not None  # the fair's copy of the workshop's drawer did not reopen it there
    assert [(s.id, s.till, s.closed_at) for s in _sessions(fair) if s.id == drawer.id] == closed
    assert "payouts" not in again.pulled and _payouts_of(fair) == _payouts_of(on_server)
    assert "payouts" not in sync(workshop).pulled
    assert payouts.makers_due(workshop, day) == payouts.makers_due(on_server, day)
    assert verify(fair) == [] and verify(workshop) == [] and verify(on_server) == []
