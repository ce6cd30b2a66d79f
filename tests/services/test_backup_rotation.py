"""Automatic backups: written with the online API, rotated, never a crash when the stick is out."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest

from mamakilla_pos.services import backup, settings
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.store.engine import sqlite_path


def _stamp(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def test_rotation_keeps_seven_days_four_weeks_twelve_months():
    today = date(2026, 11, 27)
    stamps = [_stamp(today - timedelta(days=n), h) for n in range(400) for h in (9, 18)]
    kept = backup.keep_set(stamps, today)
    days = {s.date() for s in kept}
    # One per day for the last seven days, the evening copy each time.
    assert all(_stamp(today - timedelta(days=n), 18) in kept for n in range(7))
    assert all(_stamp(today - timedelta(days=n), 9) not in kept for n in range(7))
    # Nothing older than twelve months survives, and far fewer files than made.
    assert min(days) >= date(2025, 12, 1)
    assert len(kept) < 7 + 5 + 13
    weeks = {d.isocalendar()[:2] for d in days if (today - d).days < 28}
    assert len(weeks) >= 4


def test_rotate_deletes_only_what_is_not_kept(tmp_path):
    today = date(2026, 11, 27)
    for n in range(10):
        day = today - timedelta(days=n)
        for hour in (9, 18):
            (tmp_path / f"mamakilla-{day:%Y%m%d}-{hour:02d}0000-auto.db").write_bytes(b"x")
    (tmp_path / "notas.txt").write_text("no es una copia")
    removed = backup.rotate(tmp_path, today)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert "notas.txt" in left
    assert len(removed) == 20 - (len(left) - 1)
    assert f"mamakilla-{today:%Y%m%d}-180000-auto.db" in left
    assert f"mamakilla-{today:%Y%m%d}-090000-auto.db" not in left


@pytest.fixture
def sqlite_shop(shop):
    if sqlite_path(shop.store.url) is None:
        pytest.skip("SQLite backups only; PostgreSQL uses pg_dump")
    return shop


def test_auto_backup_writes_a_sound_copy_beside_the_database(sqlite_shop):
    result = backup.auto_backup(sqlite_shop.store, "cierre")
    assert result.warning == ""
    assert result.path is not None and result.path.parent.name == "copias"
    with sqlite3.connect(result.path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM stock_movements").fetchone()[0] == 4
    assert backup.newest_backup(result.path.parent)[0] == result.path


def test_missing_usb_folder_gives_a_warning_not_a_crash(sqlite_shop, tmp_path):
    stick = tmp_path / "USB" / "copias"
    settings.update_settings(sqlite_shop.store, backup_folder=str(stick), user_id=SYSTEM_ID)
    result = backup.auto_backup(sqlite_shop.store)
    assert result.path is None
    assert "USB" in result.warning and str(stick) in result.warning
    assert not stick.exists()


def test_daily_backup_is_made_once_a_day(sqlite_shop):
    first = backup.backup_if_due(sqlite_shop.store)
    assert first is not None and first.path is not None
    assert backup.backup_if_due(sqlite_shop.store) is None


def test_newest_backup_skips_a_damaged_file(sqlite_shop):
    good = backup.auto_backup(sqlite_shop.store).path
    assert good is not None
    broken = good.parent / "mamakilla-29991231-235959-auto.db"
    broken.write_bytes(good.read_bytes()[:4096])
    assert backup.newest_backup(good.parent)[0] == good
