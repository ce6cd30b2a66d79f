"""Refusals over the network (DESIGN.md §9): a server at a newer schema, a till whose chain was rewritten.

Each is one clear line on the command line, exit 1, and nothing changes
on either side. (A file of another shop, a file cut short or changed and a
rewritten chain in a file are in ``test_sync_file.py``.)
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import sell
from sqlalchemy import create_engine, text

from mamakilla_pos.cli import main
from mamakilla_pos.services import catalogue, server
from mamakilla_pos.services.sync_net import sync
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import Store, open_store


@pytest.fixture
def published(till: Store, server_url: str) -> Iterator[tuple[Store, str]]:
    server.publish(till, server_url)
    yield till, server_url


def _server_state(url: str) -> tuple[object, ...]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return (
                tuple(conn.execute(text("SELECT seq, hash FROM journal_head")).one()),
                tuple(conn.execute(text("SELECT till, seq, hash FROM till_chains ORDER BY till")).all()),
                conn.execute(text("SELECT count(*) FROM sales")).scalar_one(),
            )
    finally:
        engine.dispose()


def _till_state(store: Store) -> tuple[object, ...]:
    with store.session() as session:
        return (
            tuple(session.execute(text("SELECT seq, hash FROM journal_head")).one()),
            tuple(session.execute(text("SELECT pushed_seq, pulled_seq FROM sync_link")).one()),
        )


def test_a_server_at_a_newer_schema_is_refused_in_one_line(
    published: tuple[Store, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    till, url = published
    sell(till, catalogue.catalogue(till)[0].code)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '2099_01_01_0000'"))
    engine.dispose()
    before_server, before_till = _server_state(url), _till_state(till)
    assert main(["--db", till.url, "sync"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "versión más nueva" in err and "actualice esta caja" in err
    assert "Traceback" not in err
    assert _server_state(url) == before_server and _till_state(till) == before_till
    new = tmp_path / "nueva.db"
    assert main(["--db", f"sqlite:///{new}", "join", url, "--till", "F009"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "versión más nueva" in err and not new.exists()
    assert _server_state(url) == before_server


def test_a_till_whose_chain_was_rewritten_is_refused_and_nothing_changes(
    published: tuple[Store, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    till, url = published
    codes = [item.code for item in catalogue.catalogue(till)]
    path = Path(till.url.removeprefix("sqlite:///"))
    till.checkpoint()
    till.dispose()
    shutil.copy(path, tmp_path / "antes.db")  # the file as it was (a copy put back later)
    reopened = open_store(till.url)
    sell(reopened, codes[0])
    sync(reopened)
    reopened.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copy(tmp_path / "antes.db", path)  # the old file back, and another sale in its place
    rewritten = open_store(till.url)
    try:
        sell(rewritten, codes[1])
        before_server, before_till = _server_state(url), _till_state(rewritten)
        assert main(["--db", rewritten.url, "sync"]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "reescribió su diario" in err and "Traceback" not in err
        assert _server_state(url) == before_server and _till_state(rewritten) == before_till
        server_store = open_store(url)
        try:
            assert verify(server_store) == []
        finally:
            server_store.dispose()
    finally:
        rewritten.dispose()
