"""``publish SERVER_URL``: a till's shop, history included, copied into an empty PostgreSQL server (DESIGN.md §9).

Real PostgreSQL; the till is a real SQLite file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from mamakilla_pos.services import demo, locations, server
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import Store, open_store
from mamakilla_pos.store.copy import shop_tables
from mamakilla_pos.store.engine import make_engine
from mamakilla_pos.store.migrate import upgrade


def _all_rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every shop table, as typed values, in key order."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                table.name: [tuple(row) for row in conn.execute(select(table).order_by(*table.primary_key.columns))]
                for table in shop_tables(skip=server.LOCAL_ONLY)
            }
    finally:
        engine.dispose()


def _count(url: str, sql: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(sql)).scalar_one())
    finally:
        engine.dispose()


def test_every_row_of_the_shop_is_on_the_server_and_it_verifies(till: Store, server_url: str) -> None:
    before = _all_rows(till.url)
    assert len(before["sales"]) > 20 and len(before["journal"]) > 100
    done = server.publish(till, server_url)
    assert done.sales == len(before["sales"]) and done.journal == len(before["journal"])
    assert done.rows == sum(len(rows) for rows in before.values())
    after = _all_rows(server_url)
    for name, rows in before.items():
        assert after[name] == rows, name  # every column of every row, UUIDs, times, céntimos and pictures alike

    on_server = open_store(server_url)
    try:
        assert verify(on_server) == []
        with on_server.engine.connect() as conn:
            chain = conn.execute(text("SELECT till, base_seq, seq, hash FROM till_chains")).one()
            last = before["journal"][-1]
            assert tuple(chain) == ("B001", last[0], last[0], last[-1])
            assert conn.execute(text("SELECT count(*) FROM shop_server")).scalar_one() == 1
    finally:
        on_server.dispose()

    link = server.link_of(till)
    assert link is not None and link.server_url == server_url and link.till == "B001"
    assert (link.pushed_seq, link.pushed_hash) == (last[0], last[-1])
    assert verify(till) == []


def test_the_server_adds_rows_after_the_copied_keys(till: Store, server_url: str) -> None:
    server.publish(till, server_url)
    on_server = open_store(server_url)
    try:
        top = _count(server_url, "SELECT max(id) FROM locations")
        locations.add_location(on_server, "feria2", "Feria de Pisac", "fair", user_id=SYSTEM_ID)
        assert _count(server_url, "SELECT max(id) FROM locations") == top + 1
        assert verify(on_server) == []
    finally:
        on_server.dispose()


def test_a_server_that_is_not_empty_is_refused_and_nothing_changes(till: Store, server_url: str, tmp_path) -> None:
    server.publish(till, server_url)
    rows = _all_rows(server_url)
    other = open_store(f"sqlite:///{tmp_path / 'otra.db'}")
    try:
        demo.load_demo(other)
        with pytest.raises(UserError, match="no está vacía"):
            server.publish(other, server_url)
        assert server.link_of(other) is None
    finally:
        other.dispose()
    assert _all_rows(server_url) == rows


def test_a_server_at_another_schema_version_is_refused(till: Store, server_url: str) -> None:
    engine = make_engine(server_url)
    upgrade(engine, "20261207_2340")  # an older version of the program made this database
    engine.dispose()
    with pytest.raises(UserError, match="otra versión del esquema"):
        server.publish(till, server_url)
    assert server.link_of(till) is None
    assert _count(server_url, "SELECT count(*) FROM sales") == 0


def test_publishing_twice_from_one_till_is_refused(till: Store, server_url: str, new_database) -> None:  # type: ignore[no-untyped-def]
    server.publish(till, server_url)
    second = new_database()
    with pytest.raises(UserError, match="ya es de la tienda del servidor"):
        server.publish(till, second)
    engine = create_engine(second)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar_one() == 0
    finally:
        engine.dispose()


def test_a_server_that_is_not_postgresql_is_refused(till: Store, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="PostgreSQL"):
        server.publish(till, f"sqlite:///{tmp_path / 'server.db'}")
    assert server.link_of(till) is None


def test_a_publish_cut_short_after_the_schema_is_simply_run_again(till: Store, server_url: str) -> None:
    engine = make_engine(server_url)
    upgrade(engine)  # as far as a publish gets before it copies anything
    engine.dispose()
    done = server.publish(till, server_url)
    assert _count(server_url, "SELECT count(*) FROM sales") == done.sales > 0


def test_a_till_that_sells_while_it_publishes_keeps_what_it_sold_after_the_copy_waiting(
    till: Store, server_url: str
) -> None:
    with till.snapshot() as snapshot:
        head = snapshot.execute(text("SELECT seq FROM journal_head")).scalar_one()
    done = server.publish(till, server_url)
    link = server.link_of(till)
    assert link is not None and link.pushed_seq == head == done.journal
    with till.session() as session:
        assert session.execute(select(func.count()).select_from(text("journal"))).scalar_one() == head


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mamakilla_pos.cli", *args]
    return subprocess.run(command, capture_output=True, text=True, env=dict(os.environ), timeout=300)


def test_publish_on_the_command_line(till: Store, server_url: str, tmp_path: Path) -> None:
    url = till.url
    till.dispose()
    done = _run("--db", url, "publish", server_url)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1 and "B001" in done.stdout and "32 notas" in done.stdout

    again = _run("--db", url, "publish", server_url)
    assert again.returncode == 1 and again.stderr.count("\n") == 1 and "Traceback" not in again.stderr
    assert "ya es de la tienda" in again.stderr

    other = open_store(f"sqlite:///{tmp_path / 'otra.db'}")
    demo.load_demo(other)
    other_url = other.url
    other.dispose()
    for target, said in (
        (server_url, "no está vacía"),
        ("postgresql+psycopg://postgres@127.0.0.1:1/nada", "no se pudo conectar"),
        ("mysql://x@y/z", "PostgreSQL"),
    ):
        refused = _run("--db", other_url, "publish", target)
        assert refused.returncode == 1 and refused.stderr.count("\n") == 1, refused.stderr
        assert said in refused.stderr and "Traceback" not in refused.stderr
    assert _run("--db", server_url, "verify").returncode == 0
