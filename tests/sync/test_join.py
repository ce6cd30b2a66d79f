"""``join``: a new till of a shop that has a server, and the connection test (DESIGN.md §7, §9).

Real PostgreSQL (the server, made by ``publish`` from the demo till) and
real SQLite files for the tills.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import sell
from sqlalchemy import create_engine, select, text

from mamakilla_pos.cli import main
from mamakilla_pos.services import cash, catalogue, server
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.server_join import check_server, join
from mamakilla_pos.services.settings import get_settings, update_settings
from mamakilla_pos.services.sync_net import sync
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import Store, models, open_store


@pytest.fixture
def shop(till: Store, server_url: str, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    """The demo till published, with a printer and a backup folder of its own."""
    update_settings(till, printer="cups:PDF", backup_folder=str(tmp_path / "copias"), user_id=SYSTEM_ID)
    server.publish(till, server_url)
    on_server = open_store(server_url)
    yield till, on_server
    on_server.dispose()


@pytest.fixture
def new_file(tmp_path: Path) -> Iterator[Store]:
    store = open_store(f"sqlite:///{tmp_path / 'feria.db'}")
    from mamakilla_pos.services.setup import ensure_defaults

    ensure_defaults(store)
    yield store
    store.dispose()


def _state(url: str) -> tuple[object, ...]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return (
                tuple(conn.execute(text("SELECT seq, hash FROM journal_head")).one()),
                conn.execute(text("SELECT count(*) FROM tills")).scalar_one(),
                conn.execute(text("SELECT count(*) FROM items")).scalar_one(),
            )
    finally:
        engine.dispose()


def test_a_joined_till_has_the_shop_sells_and_syncs(shop: tuple[Store, Store], new_file: Store) -> None:
    first, on_server = shop
    done = join(new_file, on_server.url, "f001", location_code="feria")
    assert (done.till, done.series, done.location) == ("F001", "F001", "feria")
    assert new_file.till == "F001"
    assert done.items == len(catalogue.catalogue(first)) and done.users > 0
    with new_file.session() as session:
        tills = dict(session.execute(text("SELECT code, series FROM tills")).all())
    assert tills == {"B001": "B001", "F001": "F001"}
    here = get_settings(new_file)
    assert here.shop_name == get_settings(first).shop_name
    assert here.printer != "cups:PDF"
    assert here.backup_folder != get_settings(first).backup_folder  # a till's own folder is its own
    assert verify(new_file) == [] and verify(on_server) == []

    code = catalogue.catalogue(new_file)[0].code
    cash.open_session(new_file, {Decimal("20"): 5}, user_id=SYSTEM_ID)
    sale = sell(new_file, code)
    assert sale.number.startswith("F001")
    pushed = sync(new_file)
    assert pushed.pushed.documents["sale"] == 1 and pushed.waiting == 0
    sync(first)  # the first till pulls the new till
    with first.session() as session:
        assert session.execute(text("SELECT series FROM tills WHERE code = 'F001'")).scalar_one() == "F001"
    with on_server.session() as session:
        row = session.execute(
            select(models.Sale.number, models.CashSession.till).join(
                models.CashSession, models.CashSession.id == models.Sale.cash_session_id
            )
        ).all()
    assert (sale.number, "F001") in row
    assert verify(new_file) == [] and verify(on_server) == [] and verify(first) == []


def test_a_code_the_server_has_is_refused_and_nothing_changes(
    shop: tuple[Store, Store], new_file: Store, tmp_path: Path
) -> None:
    _first, on_server = shop
    before_server, before_file = _state(on_server.url), _state(new_file.url)
    with pytest.raises(UserError, match="ya tiene la caja B001"):
        join(new_file, on_server.url, "B001")
    assert _state(on_server.url) == before_server and _state(new_file.url) == before_file
    assert server.link_of(new_file) is None

    join(new_file, on_server.url, "F001")
    other = open_store(f"sqlite:///{tmp_path / 'otra.db'}")
    try:
        before_server = _state(on_server.url)
        with pytest.raises(UserError, match="ya tiene la caja F001"):
            join(other, on_server.url, "F001")
        assert _state(on_server.url) == before_server
    finally:
        other.dispose()


def test_a_file_with_a_shop_of_its_own_is_refused(shop: tuple[Store, Store], tmp_path: Path) -> None:
    _first, on_server = shop
    from mamakilla_pos.services import demo

    full = open_store(f"sqlite:///{tmp_path / 'llena.db'}")
    try:
        demo.load_demo(full)
        before_server, before_file = _state(on_server.url), _state(full.url)
        with pytest.raises(UserError, match="ya tiene una tienda"):
            join(full, on_server.url, "F002")
        assert _state(on_server.url) == before_server and _state(full.url) == before_file
    finally:
        full.dispose()


def test_a_database_that_is_no_shop_server_is_refused(new_file: Store, new_database) -> None:  # type: ignore[no-untyped-def]
    empty = new_database()
    with pytest.raises(UserError, match="no es el servidor de una tienda"):
        join(new_file, empty, "F001")
    with pytest.raises(UserError, match="no se pudo conectar"):
        join(new_file, "postgresql+psycopg://postgres@127.0.0.1:1/nada", "F001")
    with pytest.raises(UserError, match="PostgreSQL"):
        join(new_file, "sqlite:///otra.db", "F001")
    assert server.link_of(new_file) is None


def test_the_connection_test_says_in_plain_words_what_it_found(shop: tuple[Store, Store], new_database) -> None:  # type: ignore[no-untyped-def]
    _first, on_server = shop
    found = check_server(on_server.url)
    assert (found.ok, found.state, found.tills) == (True, "shop", ("B001",))
    assert "B001" in found.message
    empty = check_server(new_database())
    assert (empty.ok, empty.state) == (True, "empty") and "vacía" in empty.message
    gone = check_server("postgresql+psycopg://postgres@127.0.0.1:1/nada")
    assert (gone.ok, gone.state) == (False, "unreachable") and "No se pudo conectar" in gone.message
    assert check_server("mysql://x/y").state == "other"


def test_join_on_the_command_line_makes_the_file(
    shop: tuple[Store, Store], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _first, on_server = shop
    path = tmp_path / "nueva" / "caja.db"
    assert main(["--db", f"sqlite:///{path}", "join", on_server.url, "--till", "F003"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "F003" in out
    assert main(["--db", f"sqlite:///{path}", "verify"]) == 0
    capsys.readouterr()
    again = tmp_path / "otra" / "caja.db"
    assert main(["--db", f"sqlite:///{again}", "join", on_server.url, "--till", "F003"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ya tiene la caja F003" in err and "Traceback" not in err
    assert not again.exists()  # a file made for a join that failed is removed again
