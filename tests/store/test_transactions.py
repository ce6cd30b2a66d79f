"""Read and write transactions: a long read never locks a till out; a writer holds the lock from ``begin()``."""

from __future__ import annotations

import sqlite3
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import importing
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.failures import BUSY, storage_failure
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.store.engine import sqlite_path


def _sale(shop):  # type: ignore[no-untyped-def]
    return SaleRequest((LineRequest(shop.purse),), (Tender("card", Decimal("22.55")),), user_id=SYSTEM_ID)


def _sqlite_file(shop):  # type: ignore[no-untyped-def]
    path = sqlite_path(shop.store.url)
    if path is None:
        pytest.skip("SQLite locking")
    return path


def _sales(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM sales")).scalar_one()
    finally:
        engine.dispose()


def test_a_long_read_does_not_block_a_sale_in_another_process(shop, seller):
    """A read session stays open (as ``verify`` reading for minutes) while another till sells."""
    with shop.store.session() as session:
        before = session.execute(text("SELECT count(*) FROM sales")).scalar_one()
        till = seller(shop.store.url, [shop.bag, shop.purse], "--count", "5", "--pause", "0")
        sales = till.finish(stop=False)
        if shop.store.engine.dialect.name == "sqlite":
            # Still the same read (a WAL snapshot): it saw none of them, and none of them waited for it.
            assert session.execute(text("SELECT count(*) FROM sales")).scalar_one() == before
    assert [s.get("error") for s in sales] == [None] * 5
    assert _sales(shop.store.url) == before + 5


def test_a_snapshot_sees_one_state_while_another_till_sells(shop, seller):
    """``store.snapshot()`` (what ``verify`` reads through): one consistent state, on SQLite and PostgreSQL."""
    with shop.store.snapshot() as session:
        before = session.execute(text("SELECT count(*) FROM sales")).scalar_one()
        journal = session.execute(text("SELECT count(*) FROM journal")).scalar_one()
        till = seller(shop.store.url, [shop.bag], "--count", "3", "--pause", "0")
        assert [s.get("error") for s in till.finish(stop=False)] == [None] * 3
        assert session.execute(text("SELECT count(*) FROM sales")).scalar_one() == before
        assert session.execute(text("SELECT count(*) FROM journal")).scalar_one() == journal
    assert _sales(shop.store.url) == before + 3


def test_a_write_session_holds_the_write_lock_from_begin(shop):
    path = _sqlite_file(shop)
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with (
            shop.store.session() as session,
            session.begin(),
            pytest.raises(sqlite3.OperationalError, match="locked"),
        ):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_session_not_begun_to_write_cannot_write(shop):
    _sqlite_file(shop)
    with shop.store.session() as session, pytest.raises(Exception, match="readonly"):
        session.execute(text("UPDATE settings SET value = value"))
    with shop.store.session() as session, session.begin():
        session.execute(text("UPDATE settings SET value = value"))
    record_sale(shop.store, _sale(shop))  # reads and writes alternate on the pooled connections


def test_a_sale_gives_up_in_seconds_when_another_program_holds_the_write_lock(shop):
    """SQLite: a real second connection holds the write lock; the sale fails cleanly, as "busy"."""
    path = _sqlite_file(shop)
    before = _sales(shop.store.url)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(Exception) as failed:
            record_sale(shop.store, _sale(shop))
        assert storage_failure(failed.value) == BUSY
    finally:
        other.execute("ROLLBACK")
        other.close()
    record_sale(shop.store, _sale(shop))  # once the lock is free, the same sale goes through
    assert _sales(shop.store.url) == before + 1


def test_postgres_sale_waits_a_few_seconds_for_a_lock_then_fails_cleanly(shop):
    """PostgreSQL: a session holding a lock the sale needs makes it fail as "busy" instead of hanging."""
    if shop.store.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL lock timeout")
    before = _sales(shop.store.url)
    holder = create_engine(shop.store.url)
    outcome: dict[str, object] = {}
    try:
        with holder.connect() as connection:
            connection.execute(text("LOCK TABLE journal_head IN ACCESS EXCLUSIVE MODE"))

            def sell() -> None:
                started = time.monotonic()
                try:
                    record_sale(shop.store, _sale(shop))
                except Exception as exc:
                    outcome["error"] = exc
                outcome["seconds"] = time.monotonic() - started

            thread = threading.Thread(target=sell)
            thread.start()
            thread.join(120)
            held = thread.is_alive()
            connection.rollback()
            thread.join()
    finally:
        holder.dispose()
    assert not held, "the sale was still waiting for the lock after two minutes"
    assert storage_failure(outcome["error"]) == BUSY  # type: ignore[arg-type]
    record_sale(shop.store, _sale(shop))
    assert _sales(shop.store.url) == before + 1


def _wal_index(path) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """``(frames in the WAL, frames copied back into the database)`` read from the WAL-index (``-shm``) header."""
    header = Path(f"{path}-shm").read_bytes()[:100]
    return int.from_bytes(header[16:20], sys.byteorder), int.from_bytes(header[96:100], sys.byteorder)


def test_a_long_read_copies_back_the_wal_it_held_up_as_it_ends(shop):
    """The sales made during a snapshot pile up in the WAL; the snapshot copies them back itself, not the next sale."""
    path = _sqlite_file(shop)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint=0")  # no commit of this writer copies anything back
    try:
        with shop.store.snapshot() as session:
            session.execute(text("SELECT count(*) FROM sales")).scalar_one()
            for n in range(20):  # another till's writes, one transaction each
                writer.execute("INSERT INTO receipt_series (code, next_number) VALUES (?, 1)", (f"T{n:03d}",))
            frames, copied = _wal_index(path)
            assert copied < frames  # held up by the snapshot
        frames, copied = _wal_index(path)
        assert copied == frames
    finally:
        writer.close()


def test_an_import_copies_back_the_wal_it_wrote_as_it_ends(shop, tmp_path):
    """The rows an import wrote are copied into the database by the import, not by the next sale's commit."""
    path = _sqlite_file(shop)
    csv = tmp_path / "productos.csv"
    lines = [f"WAL{n:03d},Monedero {n},Monederos,22.55,Luz Mamani,2," for n in range(50)]
    csv.write_text("\n".join(["code,product,category,price,makers,quantity,location", *lines]) + "\n", encoding="utf-8")
    importing.import_products(shop.store, csv)
    frames, copied = _wal_index(path)
    assert frames > 0 and copied == frames
