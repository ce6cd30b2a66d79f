"""A damaged or foreign database at start: diagnosed without touching it, restored from the newest backup."""

from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest

from mamakilla_pos.services import backup, catalogue, startup
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import open_store
from mamakilla_pos.store.engine import sqlite_path


@pytest.fixture
def shop_file(shop):
    path = sqlite_path(shop.store.url)
    if path is None:
        pytest.skip("the start-up check is about the SQLite file")
    made = backup.auto_backup(shop.store, "prueba")
    assert made.path is not None
    shop.store.dispose()
    return path, made.path


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_sound_database_and_a_missing_one_are_fine(shop_file, tmp_path):
    path, _ = shop_file
    assert startup.diagnose(path) is None
    assert startup.diagnose(tmp_path / "nueva.db") is None


def test_a_truncated_file_is_damaged_and_left_untouched(shop_file):
    path, made = shop_file
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = _digest(path)
    problem = startup.diagnose(path)
    assert problem is not None and problem.kind == "damaged"
    assert "incompleto" in problem.message
    assert problem.backup == made and problem.backup_counts["stock_movements"] == 4
    assert _digest(path) == before


def test_random_bytes_are_damaged(shop_file):
    path, _ = shop_file
    path.write_bytes(os.urandom(8192))
    for sidecar in ("-wal", "-shm"):
        (path.parent / (path.name + sidecar)).unlink(missing_ok=True)
    problem = startup.diagnose(path)
    assert problem is not None and problem.kind == "damaged"


def test_a_database_from_a_newer_version(shop_file):
    path, _ = shop_file
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    problem = startup.diagnose(path)
    assert problem is not None and problem.kind == "newer"
    assert "más nueva" in problem.message


def test_a_database_of_another_program(tmp_path):
    path = tmp_path / "otro.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE clientes (id INTEGER)")
    problem = startup.diagnose(path)
    assert problem is not None and problem.kind == "foreign"


def test_restoring_over_a_damaged_file_keeps_it_aside_byte_for_byte(shop_file):
    path, made = shop_file
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    damaged = _digest(path)
    problem = startup.diagnose(path)
    assert problem is not None and problem.backup == made
    aside = backup.restore_over_damaged(path, problem.backup)
    assert _digest(aside) == damaged
    restored = open_store(f"sqlite:///{path}")
    try:
        assert verify(restored) == []
        assert catalogue.find_item(restored, "BAG001").stock == 10
    finally:
        restored.dispose()
