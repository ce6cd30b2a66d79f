"""Upgrading a database whose till lived in the shop's settings: it becomes the first till.

Runs on SQLite by default and on PostgreSQL with ``MAMAKILLA_TEST_PG`` set.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, insert, text
from sqlalchemy.exc import IntegrityError

from mamakilla_pos.services.settings import get_settings
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import models, open_store
from mamakilla_pos.store.engine import make_engine
from mamakilla_pos.store.migrate import upgrade

BEFORE_TILLS = "20261207_2430"
PG_ENV = "MAMAKILLA_TEST_PG"


def _session_row(till: str, location_id: int, opened: datetime, closed: datetime | None) -> dict[str, object]:
    return {
        "id": uuid.uuid4(),
        "till": till,
        "location_id": location_id,
        "opened_at": opened,
        "opened_by_id": None,
        "opening_float_pen_cents": Decimal("50.00"),
        "opening_float_usd_cents": Decimal("0.00"),
        "opening_count": "{}",
        "closed_at": closed,
        "closed_by_id": None,
        "counted_pen_cents": None,
        "counted_usd_cents": None,
        "closing_count": "{}",
        "note": "",
    }


@pytest.fixture
def empty_db_url(tmp_path) -> Iterator[str]:
    """An empty database (no revision at all) of the kind this run tests."""
    base = os.environ.get(PG_ENV)
    if not base:
        yield f"sqlite:///{tmp_path / 'shop.db'}"
        return
    name = f"mk_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield base.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def shared_settings_db(empty_db_url) -> str:
    """A shop at the revision before tills: B002 at the fair in its settings; B001 had sessions too."""
    db_url = empty_db_url
    engine = make_engine(db_url)
    try:
        upgrade(engine, BEFORE_TILLS)
        sessions = models.CashSession.__table__
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO locations (id, code, name, kind, active) VALUES"
                    " (1, 'taller', 'Taller', 'workshop', :yes), (2, 'feria', 'Feria San Blas', 'fair', :yes)"
                ),
                {"yes": True},
            )
            conn.execute(
                text("INSERT INTO settings (key, value) VALUES ('till_series', 'B002'), ('till_location', 'feria')")
            )
            conn.execute(
                insert(sessions),
                [
                    _session_row("B001", 1, datetime(2026, 11, 1, 9), datetime(2026, 11, 1, 19)),
                    _session_row("B002", 2, datetime(2026, 11, 2, 9), None),
                ],
            )
    finally:
        engine.dispose()
    return db_url


def test_the_till_in_the_settings_becomes_the_first_till(shared_settings_db):
    store = open_store(shared_settings_db)
    try:
        with store.engine.connect() as conn:
            tills = conn.execute(
                text(
                    "SELECT t.code, t.series, l.code FROM tills t JOIN locations l ON l.id = t.location_id"
                    " ORDER BY t.code"
                )
            ).all()
            settings = conn.execute(text("SELECT key FROM settings WHERE key LIKE 'till%'")).all()
            here = conn.execute(text("SELECT till_code FROM this_till")).scalars().all()
        assert [tuple(row) for row in tills] == [("B001", "B001", "taller"), ("B002", "B002", "feria")]
        assert settings == []  # never shop-wide again
        if store.engine.dialect.name == "sqlite":
            assert here == ["B002"] and store.till == "B002"  # the file is the till its settings named
        else:
            assert here == [] and store.till is None  # two tills on a shared database: each computer names its own
        assert verify(store) == []

        # A till has one open session at most, whatever writes to the table.
        with pytest.raises(IntegrityError), store.engine.begin() as conn:
            conn.execute(
                insert(models.CashSession.__table__), [_session_row("B002", 2, datetime(2026, 11, 2, 10), None)]
            )
    finally:
        store.dispose()


def test_a_program_named_a_till_is_that_till(shared_settings_db, monkeypatch):
    monkeypatch.setenv("MAMAKILLA_TILL", "b001")
    store = open_store(shared_settings_db)
    try:
        assert store.till == "B001"
        settings = get_settings(store)
        assert (settings.till, settings.till_series, settings.till_location) == ("B001", "B001", "taller")
    finally:
        store.dispose()
    fair = open_store(shared_settings_db, till="B002")
    try:
        settings = get_settings(fair)
        assert (settings.till, settings.till_series, settings.till_location) == ("B002", "B002", "feria")
    finally:
        fair.dispose()
