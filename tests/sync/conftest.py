"""Fixtures for the shop server: a new, empty PostgreSQL database and a till's own SQLite file.

A shop server is always PostgreSQL: these tests run with ``MAMAKILLA_TEST_PG``
set (as ``.ci/run`` does) and are skipped without it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import create_engine, text

from mamakilla_pos.services import demo
from mamakilla_pos.store import Store, open_store

PG = os.environ.get("MAMAKILLA_TEST_PG")


def pytest_collection_modifyitems(config, items):  # type: ignore[no-untyped-def]
    skip = pytest.mark.skip(reason="a shop server is a PostgreSQL database (MAMAKILLA_TEST_PG)")
    for item in items:
        if not PG and "tests/sync/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(skip)


@pytest.fixture
def new_database() -> Iterator[Callable[[], str]]:
    """Make new, empty PostgreSQL databases (what a shop server is before ``publish``); all dropped at the end."""
    assert PG is not None
    admin = create_engine(PG, isolation_level="AUTOCOMMIT")
    made: list[str] = []

    def make() -> str:
        name = f"sync_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        made.append(name)
        return PG.rsplit("/", 1)[0] + "/" + name

    yield make
    with admin.connect() as conn:
        for name in made:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def server_url(new_database) -> str:  # type: ignore[no-untyped-def]
    return new_database()


@pytest.fixture
def till(tmp_path) -> Iterator[Store]:  # type: ignore[no-untyped-def]
    """The demo shop in a till's own SQLite file."""
    store = open_store(f"sqlite:///{tmp_path / 'caja.db'}")
    demo.load_demo(store)
    yield store
    store.dispose()
