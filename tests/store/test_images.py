"""Row images: which tables the journal keeps, and what an upgrade journals."""

from __future__ import annotations

import json

from sqlalchemy import text

from mamakilla_pos.store import models, open_store
from mamakilla_pos.store.base import Base
from mamakilla_pos.store.images import JOURNALED, NOT_JOURNALED, ROWS, layout, record_unjournaled


def test_every_table_is_journaled_or_says_why_not():
    models.load()
    tables = set(Base.metadata.tables)
    assert tables - set(JOURNALED) - set(NOT_JOURNALED) == set(), "register new tables in store/images.py"
    assert set(JOURNALED) & set(NOT_JOURNALED) == set()
    assert set(JOURNALED) <= tables


def test_an_image_has_every_column_but_the_volatile_ones():
    for table, spec in JOURNALED.items():
        columns = [c.name for c in Base.metadata.tables[table].columns]
        assert list(layout(table).columns) == [c for c in columns if c not in spec.volatile]
    assert "failed_pins" not in layout("users").columns and "pin_hash" in layout("users").columns


def _rows_entries(store) -> list[tuple[str, dict]]:
    with store.engine.connect() as conn:
        found = conn.execute(text("SELECT ref, payload FROM journal WHERE kind = :k ORDER BY seq"), {"k": ROWS}).all()
    return [(ref, json.loads(payload)) for ref, payload in found]


def test_a_new_database_journals_what_its_migrations_wrote_once(db_url):
    store = open_store(db_url)
    try:
        (entry,) = _rows_entries(store)
        assert entry[0].startswith("actualización")
        assert {r[0] for r in entry[1]["rows"]["roles"]} == {"coordinator", "seller"}
        assert entry[1]["columns"] == {t: list(layout(t).columns) for t in JOURNALED}
    finally:
        store.dispose()
    again = open_store(db_url)
    try:
        assert len(_rows_entries(again)) == 1  # nothing new to journal
    finally:
        again.dispose()


def test_what_a_migration_changes_in_master_data_is_journaled_after_it(db_url):
    store = open_store(db_url)
    try:
        with store.engine.begin() as conn:
            # As a migration would, without the services.
            conn.execute(text("UPDATE roles SET name = 'Coordinadora general' WHERE code = 'coordinator'"))
            # What migrate.upgrade runs at the head, in the upgrade's transaction.
            assert record_unjournaled(conn, "actualización de prueba") == 1
            assert record_unjournaled(conn, "otra vez") == 0
        last_ref, payload = _rows_entries(store)[-1]
        assert last_ref == "actualización de prueba"
        assert payload["rows"]["roles"] == [["coordinator", "Coordinadora general", payload["rows"]["roles"][0][2]]]
        assert "columns" not in payload  # the same columns as before
    finally:
        store.dispose()
