"""What a till with a shop server does only with the server (DESIGN.md §9).

Payouts and stocktakes are made online (refused with the server out of
reach), a share entry is never paid twice by two tills, and master data is
changed on the server only. Real PostgreSQL, real SQLite tills.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import sell
from sqlalchemy import select, text

from mamakilla_pos.services import catalogue, catalogue_products, payouts, server, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.clock import now
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.server_join import join
from mamakilla_pos.services.settings import get_settings, update_settings
from mamakilla_pos.services.sync_net import sync
from mamakilla_pos.services.sync_outbox import waiting_in
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import Store, models, open_store

NOWHERE = "postgresql+psycopg://postgres@127.0.0.1:1/nada"


@pytest.fixture
def shop(till: Store, server_url: str) -> Iterator[tuple[Store, Store]]:
    server.publish(till, server_url)
    on_server = open_store(server_url)
    yield till, on_server
    on_server.dispose()


def _unplug(store: Store) -> str:
    """The till's server out of reach (its address made one nobody answers); returns the real one."""
    link = server.link_of(store)
    assert link is not None
    with store.session() as session, session.begin():
        session.execute(text("UPDATE sync_link SET server_url = :url"), {"url": NOWHERE})
    return link.server_url


def _plug(store: Store, url: str) -> None:
    with store.session() as session, session.begin():
        session.execute(text("UPDATE sync_link SET server_url = :url"), {"url": url})


def _journal_head(store: Store) -> tuple[object, ...]:
    with store.session() as session:
        return tuple(session.execute(text("SELECT seq, hash FROM journal_head")).one())


def _owed(store: Store) -> payouts.MakerDue:
    return payouts.makers_due(store, now().date())[0]


def test_a_payout_offline_is_refused_saying_why_and_online_it_reaches_the_server(shop: tuple[Store, Store]) -> None:
    till, on_server = shop
    due = _owed(till)
    real = _unplug(till)
    before = _journal_head(till)
    with pytest.raises(UserError, match=r"ninguna participación se pague dos veces.*no se pudo conectar"):
        payouts.pay_maker(till, due.maker_id, now().date(), "transfer", "OP-1", user_id=SYSTEM_ID)
    assert _journal_head(till) == before  # nothing paid

    _plug(till, real)
    paid = payouts.pay_maker(till, due.maker_id, now().date(), "transfer", "OP-1", user_id=SYSTEM_ID)
    assert paid is not None
    with till.session() as session:
        assert waiting_in(session) == 0  # sent before the lock went
    with on_server.session() as session:
        number = session.execute(select(models.Payout.number).where(models.Payout.id == paid.id)).scalar()
    assert number == paid.number
    assert verify(till) == [] and verify(on_server) == []


def test_a_share_entry_paid_at_one_till_is_not_paid_again_at_another(shop: tuple[Store, Store], tmp_path: Path) -> None:
    first, on_server = shop
    second = open_store(f"sqlite:///{tmp_path / 'feria.db'}")
    try:
        join(second, on_server.url, "F001")  # it holds the same unpaid entries as the first till
        due = _owed(first)
        assert _owed(second).maker_id == due.maker_id
        paid_before = _payouts(on_server)
        payouts.pay_maker(first, due.maker_id, now().date(), "transfer", "OP-1", user_id=SYSTEM_ID)
        # online, the second till first takes the payout from the server: nothing is left to pay her
        assert payouts.pay_maker(second, due.maker_id, now().date(), "transfer", "OP-2", user_id=SYSTEM_ID) is None
        assert due.maker_id not in {d.maker_id for d in payouts.makers_due(second, now().date())}
        assert _payouts(on_server) == paid_before + 1 and _payouts(second) == _payouts(on_server)
        assert verify(on_server) == [] and verify(second) == []
    finally:
        second.dispose()


def _payouts(store: Store) -> int:
    with store.session() as session:
        return len(session.execute(select(models.Payout.id)).all())


def test_payout_numbers_of_two_tills_never_collide_on_the_server(shop: tuple[Store, Store], tmp_path: Path) -> None:
    first, on_server = shop
    second = open_store(f"sqlite:///{tmp_path / 'feria.db'}")
    try:
        join(second, on_server.url, "F001")
        makers = payouts.makers_due(first, now().date())
        assert len(makers) >= 3
        # the back office pays first: the server numbers its slips with a counter of its own from then on
        zero = payouts.pay_maker(on_server, makers[0].maker_id, now().date(), "transfer", "OP-0", user_id=SYSTEM_ID)
        one = payouts.pay_maker(first, makers[1].maker_id, now().date(), "transfer", "OP-1", user_id=SYSTEM_ID)
        two = payouts.pay_maker(second, makers[2].maker_id, now().date(), "transfer", "OP-2", user_id=SYSTEM_ID)
        assert zero is not None and one is not None and two is not None
        assert len({zero.number, one.number, two.number}) == 3
        with second.session() as session:
            assert waiting_in(session) == 0
        sell(first, catalogue.catalogue(first)[0].code)  # the back office pays next, on the server itself
        sync(first)
        owed = payouts.makers_due(on_server, now().date())[0]
        three = payouts.pay_maker(on_server, owed.maker_id, now().date(), "transfer", "OP-3", user_id=SYSTEM_ID)
        # its counter went past the tills' slips it took: the next number after all of them, none reused
        assert three is not None and three.number == f"P-{int(max(one.number, two.number)[2:]) + 1:06d}"
        assert verify(on_server) == []
    finally:
        second.dispose()


def test_a_stocktake_offline_is_refused_and_online_it_reaches_the_server(shop: tuple[Store, Store]) -> None:
    till, on_server = shop
    code = catalogue.catalogue(till)[0].code
    real = _unplug(till)
    with pytest.raises(UserError, match="inventarios se hacen con el servidor"):
        stock.stocktake(till, {code: 7}, "taller", user_id=SYSTEM_ID)
    _plug(till, real)
    stock.stocktake(till, {code: 7}, "taller", user_id=SYSTEM_ID)
    assert stock.stock_of(till, code, "taller") == 7
    assert stock.stock_of(on_server, code, "taller") == 7
    assert verify(till) == [] and verify(on_server) == []


def test_master_data_is_changed_on_the_server_not_at_a_till(shop: tuple[Store, Store], tmp_path: Path) -> None:
    till, on_server = shop
    item = catalogue.find_item(till, catalogue.catalogue(till)[0].code)
    before = _journal_head(till)
    with pytest.raises(UserError, match="el catálogo se cambian en el servidor"):
        catalogue_products.set_price(till, item.product_id, item.price + Decimal("1.00"), user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="ajustes de la tienda"):
        update_settings(till, shop_name="Otra", user_id=SYSTEM_ID)
    assert _journal_head(till) == before and catalogue.find_item(till, item.code).price == item.price
    update_settings(till, backup_folder=str(tmp_path), user_id=SYSTEM_ID)  # the till's own: allowed
    assert get_settings(till).backup_folder == str(tmp_path)
    catalogue_products.set_price(on_server, item.product_id, item.price + Decimal("1.00"), user_id=SYSTEM_ID)
    sync(till)
    assert catalogue.find_item(till, item.code).price == item.price + Decimal("1.00")
    sell(till, item.code)  # documents are the till's own
    assert verify(till) == [] and verify(on_server) == []
