"""Migrations and the physical schema (DESIGN.md §3).

Runs on SQLite by default and on PostgreSQL with ``MAMAKILLA_TEST_PG`` set.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import BigInteger, Integer, inspect, text

from mamakilla_pos.services import catalogue
from mamakilla_pos.store import models, open_store
from mamakilla_pos.store.base import Base
from mamakilla_pos.store.migrate import alembic_config, current_revision, head_revision, known_revisions
from mamakilla_pos.store.types import Money


def _script() -> ScriptDirectory:
    assert models.Product.__tablename__ == "products"  # every model registered with Base.metadata
    return ScriptDirectory.from_config(alembic_config())


# -- the revision chain ------------------------------------------------------------


def test_revision_chain_is_linear():
    script = _script()
    revisions = list(script.walk_revisions())
    assert revisions, "no migrations found"
    assert len(script.get_heads()) == 1, f"several heads: {script.get_heads()}"
    assert len(script.get_bases()) == 1, f"several bases: {script.get_bases()}"
    for rev in revisions:
        down = rev.down_revision
        assert down is None or isinstance(down, str), f"{rev.revision} merges {down}"
        assert not rev.branch_labels, f"{rev.revision} has branch labels {rev.branch_labels}"
        assert not rev.dependencies, f"{rev.revision} depends on {rev.dependencies}"
    # Following down_revision from the head reaches the base through every revision.
    chain = []
    current: str | None = script.get_current_head()
    while current is not None:
        chain.append(current)
        current = script.get_revision(current).down_revision  # type: ignore[union-attr,assignment]
    assert len(chain) == len(revisions)
    assert chain[0] == head_revision()  # read from the files without Alembic: the same answer
    assert known_revisions() == {rev.revision for rev in revisions}
    assert chain[-1] == script.get_bases()[0]


# -- the migrated schema ------------------------------------------------------------


def test_open_store_migrates_to_head(db_url):
    store = open_store(db_url)
    try:
        assert current_revision(store.engine) == head_revision()
    finally:
        store.dispose()


def test_migrated_database_matches_the_models(db_url):
    store = open_store(db_url)
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        store.dispose()
    assert differences == [], "the migrations and the models differ:\n" + "\n".join(map(repr, differences))


def test_money_columns_are_integer_cents(db_url):
    """Every money column is named ``*_cents`` and is an integer in the database."""
    money_columns = {
        (table.name, column.name)
        for table in Base.metadata.tables.values()
        for column in table.columns
        if isinstance(column.type, Money)
    }
    assert money_columns, "no money columns in the models"
    misnamed = sorted(f"{t}.{c}" for t, c in money_columns if not c.endswith("_cents"))
    assert misnamed == []

    store = open_store(db_url)
    try:
        inspector = inspect(store.engine)
        found = {
            (table, column["name"]): column["type"]
            for table in inspector.get_table_names()
            for column in inspector.get_columns(table)
            if column["name"].endswith("_cents")
        }
    finally:
        store.dispose()
    assert set(found) >= money_columns
    not_integer = sorted(f"{t}.{c}: {kind}" for (t, c), kind in found.items() if not isinstance(kind, Integer))
    assert not_integer == []
    assert all(isinstance(found[key], BigInteger | Integer) for key in money_columns)


# -- SQLite connection settings ---------------------------------------------------------


def test_sqlite_pragmas(db_url):
    if not db_url.startswith("sqlite"):
        pytest.skip("SQLite only")
    store = open_store(db_url)
    try:
        with store.engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        store.dispose()


# -- money on disk ----------------------------------------------------------------------


def test_price_is_stored_as_integer_cents(store):
    catalogue.add_item(store, catalogue.NewItem("Bolso", "Bolsos", Decimal("22.55"), (("Rosa Quispe", 1),)))
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT price_cents FROM products")).scalars().all() == [2255]
        if store.engine.dialect.name == "sqlite":
            kinds = connection.execute(text("SELECT typeof(price_cents) FROM products")).scalars().all()
            assert kinds == ["integer"]
        else:
            kinds = connection.execute(text("SELECT pg_typeof(price_cents)::text FROM products")).scalars().all()
            assert kinds == ["bigint"]
