"""A full disk or a busy database: nothing half-written, a clear reason, and the same action works once it clears.

The disk is a real tmpfs filled to its last byte (``small_disk``); the busy
database is a real second connection holding the write lock.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest
from sqlalchemy import text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import backup, cash, settings
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.failures import BUSY, FULL, storage_failure, storage_message
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store.engine import sqlite_path

D = Decimal


def _sale(shop):  # type: ignore[no-untyped-def]
    return SaleRequest(
        (LineRequest(shop.bag), LineRequest(shop.purse)), (Tender("card", D("67.55")),), user_id=SYSTEM_ID
    )


def _documents(store) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    with store.engine.connect() as connection:
        return tuple(
            connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("sales", "sale_lines", "payments", "share_entries", "stock_movements", "journal")
        )


def test_a_sale_on_a_full_disk_writes_nothing_and_goes_through_once_there_is_room(disk_shop, small_disk):
    store = disk_shop.store
    empty = _documents(store)
    record_sale(store, _sale(disk_shop))
    before = _documents(store)
    one_sale = tuple(b - e for b, e in zip(before, empty, strict=True))
    small_disk.fill(sqlite_path(store.url))

    with pytest.raises(Exception) as failed:
        record_sale(store, _sale(disk_shop))
    assert storage_failure(failed.value) == FULL
    assert storage_message(failed.value) == "el disco está lleno: libere espacio e intente de nuevo"
    assert _documents(store) == before

    small_disk.free()
    done = record_sale(store, _sale(disk_shop))
    assert done.number.endswith("000002")  # the failed try used up no receipt number
    assert _documents(store) == tuple(b + n for b, n in zip(before, one_sale, strict=True))
    assert verify(store) == []


@pytest.mark.till_closed
def test_closing_the_till_on_a_full_disk_leaves_it_open_and_closes_once_there_is_room(disk_shop, small_disk):
    store = disk_shop.store
    settings.update_settings(store, backup_folder=str(small_disk.path.parent / "copias"), user_id=SYSTEM_ID)
    (small_disk.path.parent / "copias").mkdir()
    cash.open_session(store, {D("10"): 2}, user_id=SYSTEM_ID)
    small_disk.fill(sqlite_path(store.url))

    with pytest.raises(Exception) as failed:
        cash.close_session(store, {D("10"): 2}, {}, user_id=SYSTEM_ID)
    assert storage_failure(failed.value) == FULL
    assert cash.current_session(store) is not None

    small_disk.free()
    closed = cash.close_session(store, {D("10"): 2}, {}, user_id=SYSTEM_ID)
    assert closed.closed_at is not None and closed.backup_error == ""
    assert cash.current_session(store) is None


@pytest.mark.till_closed
def test_the_closing_backup_on_a_full_disk_is_one_line_and_leaves_nothing_behind(shop, small_disk):
    if sqlite_path(shop.store.url) is None:
        pytest.skip("SQLite backups")
    settings.update_settings(shop.store, backup_folder=str(small_disk.path), user_id=SYSTEM_ID)
    cash.open_session(shop.store, user_id=SYSTEM_ID)
    record_sale(shop.store, _sale(shop))
    small_disk.fill()

    closed = cash.close_session(
        shop.store, {D("50"): 1, D("10"): 1, D("5"): 2, D("2"): 1}, {}, "vuelto", user_id=SYSTEM_ID
    )
    assert closed.closed_at is not None  # the close itself is saved on its own disk
    assert closed.backup_path == ""
    assert closed.backup_error.startswith("No se pudo hacer la copia de seguridad: el disco está lleno")
    assert "\n" not in closed.backup_error
    assert sorted(p.name for p in small_disk.path.iterdir()) == ["relleno.bin"]


def test_a_backup_onto_a_full_disk_says_so_in_one_line_and_leaves_nothing(shop, small_disk):
    if sqlite_path(shop.store.url) is None:
        pytest.skip("SQLite backups")
    small_disk.fill()
    with pytest.raises(UserError) as refused:
        backup.backup(shop.store, small_disk.path / "copia.db")
    assert str(refused.value).startswith("el disco está lleno: la copia no se guardó")
    assert "\n" not in str(refused.value)
    assert sorted(p.name for p in small_disk.path.iterdir()) == ["relleno.bin"]
    small_disk.free()
    made = backup.backup(shop.store, small_disk.path / "copia.db")
    assert made.counts == backup.check_file(made.path)


def test_a_restore_with_no_room_to_set_the_database_aside_changes_nothing(disk_shop, small_disk, tmp_path):
    store = disk_shop.store
    copy = backup.backup(store, tmp_path / "copia.db").path
    record_sale(store, _sale(disk_shop))
    before = _documents(store)
    small_disk.fill(sqlite_path(store.url))

    with pytest.raises(UserError) as refused:
        backup.restore(store, copy)
    assert "el disco está lleno" in str(refused.value) and "\n" not in str(refused.value)
    assert sorted(p.name for p in small_disk.path.iterdir() if "antes-de-restaurar" in p.name) == []
    small_disk.free()
    assert _documents(store) == before
    assert verify(store) == []


def test_a_sale_while_another_program_holds_the_write_lock_fails_as_busy_and_goes_through_after(shop):
    path = sqlite_path(shop.store.url)
    if path is None:
        pytest.skip("SQLite locking (PostgreSQL: tests/store/test_transactions.py)")
    before = _documents(shop.store)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(Exception) as failed:
            record_sale(shop.store, _sale(shop))
        assert storage_failure(failed.value) == BUSY
        assert storage_message(failed.value).startswith("la base de datos está ocupada")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _documents(shop.store) == before
    record_sale(shop.store, _sale(shop))
    assert verify(shop.store) == []


def test_other_errors_are_not_taken_for_a_busy_database_or_a_full_disk():
    assert storage_failure(ValueError("no")) is None
    assert storage_failure(sqlite3.IntegrityError("UNIQUE constraint failed: sales.number")) is None
    assert storage_failure(OSError(13, "Permission denied")) is None
    assert storage_failure(OSError(28, "No space left on device")) == FULL
