"""``verify`` on the shop server checks every till's own chain as the server took it (DESIGN.md §9)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import sell
from sqlalchemy import text

from mamakilla_pos.services import server
from mamakilla_pos.services.sync_net import sync
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import Store, open_store


@pytest.fixture
def synced(till: Store, server_url: str) -> Iterator[Store]:
    """The demo till published, three sales synced: the server, holding B001's chain."""
    server.publish(till, server_url)
    with till.session() as session:
        codes = [code for (code,) in session.execute(text("SELECT code FROM items ORDER BY code LIMIT 3"))]
    for code in codes:
        sell(till, code)
    sync(till)
    on_server = open_store(server_url)
    yield on_server
    on_server.dispose()


def _behind_the_back(store: Store, sql: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(text(sql))


def test_the_servers_copy_of_a_tills_chain_verifies(synced: Store) -> None:
    with synced.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM till_entries WHERE till = 'B001'")).scalar_one() >= 3
    assert verify(synced) == []


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ("UPDATE till_entries SET actor = 'otra' WHERE seq = (SELECT max(seq) FROM till_entries)", "fue cambiado"),
        ("DELETE FROM till_entries WHERE seq = (SELECT min(seq) FROM till_entries)", "cortada"),
        ("UPDATE till_chains SET seq = seq + 1", "dice tener su cadena hasta"),
        ("UPDATE till_chains SET base_hash = repeat('0', 64)", "no empieza"),
    ],
)
def test_a_tills_chain_changed_on_the_server_is_found(synced: Store, change: str, said: str) -> None:
    _behind_the_back(synced, change)
    problems = verify(synced)
    assert any(said in p and "caja B001" in p for p in problems), problems


def test_an_entry_the_server_recorded_that_is_not_the_tills_is_found(synced: Store) -> None:
    with synced.engine.connect() as conn:
        number = conn.execute(text("SELECT max(seq) FROM till_entries WHERE kind = 'sale'")).scalar_one()
    _behind_the_back(synced, f"UPDATE till_entries SET server_seq = server_seq - 1 WHERE seq = {number}")
    assert any(f"el registro {number} no es el" in p for p in verify(synced))
