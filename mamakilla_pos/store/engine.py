"""Opening a shop database: engine, pragmas, migrations, session factory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from ..machine import named_till, remembered_till
from ..paths import default_url, sqlite_path
from .migrate import current_revision, head_revision, known_revisions, upgrade
from .transactions import (
    BUSY_TIMEOUT_MS,
    POSTGRES_OPTIONS,
    WAL_SIZE_LIMIT,
    ShopSession,
    checkpoint,
    sessions,
    snapshot,
    sqlite_begin,
)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, start transactions (see transactions.sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # first: the next pragma may wait for a lock
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # A WAL that grew during a long read is cut back to this size once copied into the database.
    cursor.execute(f"PRAGMA journal_size_limit={WAL_SIZE_LIMIT}")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine with the shop's connection settings (see :mod:`.transactions`)."""
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", sqlite_begin)
        return engine
    connect_args = {"options": POSTGRES_OPTIONS} if url.startswith("postgresql") else {}
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


@dataclass
class Store:
    """An open shop database: its URL, engine and session factory, and which till this program is.

    ``with store.session() as session:`` reads (on SQLite a deferred
    transaction that never blocks a till that sells);
    ``with store.session() as session, session.begin():`` writes, holding
    the write lock from ``begin()`` (see :mod:`.transactions`).

    ``till`` is the code of the till this program sells as (``None``: no
    till), found when the database is opened (see :mod:`mamakilla_pos.machine`).
    Every session knows it (``session.info["till"]``): services act for that
    till only.
    """

    url: str
    engine: Engine
    session: sessionmaker[ShopSession]
    till: str | None = None

    def __post_init__(self) -> None:
        self.be_till(self.till)

    def be_till(self, code: str | None) -> None:
        """From now on this program is till ``code`` (sessions made after this know it)."""
        self.till = code
        self.session.configure(info={TILL: code})

    def snapshot(self) -> Session:
        """A read-only session over one consistent state of the database (``verify``, long reads)."""
        return snapshot(self.engine)

    def checkpoint(self) -> None:
        """After a large write (an import): copy the WAL back into the SQLite file now, not inside the next sale."""
        if self.engine.dialect.name == "sqlite":
            checkpoint(self.engine)

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


class NewerDatabase(RuntimeError):
    """The database was written by a newer version of the app."""


TILL = "till"
"""The key of ``Session.info`` that holds the code of the till this program is."""


def this_till(engine: Engine, url: str, named: str | None = None) -> str | None:
    """Which till this program is on the database at ``url`` (see :mod:`mamakilla_pos.machine`)."""
    wanted = named_till(named)
    if wanted is not None:
        return wanted
    from sqlalchemy.exc import DBAPIError

    try:
        with engine.connect() as connection:
            own = None
            if sqlite_path(url) is not None:  # a till's own file; a shared server is no one till
                own = connection.exec_driver_sql("SELECT till_code FROM this_till WHERE id = 1").scalar()
            if own is None:
                own = remembered_till(url)
            if own is None:
                codes = connection.exec_driver_sql("SELECT code FROM tills LIMIT 2").scalars().all()
                own = codes[0] if len(codes) == 1 else None
            connection.rollback()
    except DBAPIError:  # a database older than tills, opened without upgrading it
        return None
    return own


def _copy_before_upgrade(engine: Engine, path: Path, revision: str) -> Path:
    """A consistent copy of a SQLite file about to be upgraded, beside it."""
    target = path.with_name(f"{path.stem}.antes-de-actualizar-{revision}{path.suffix}")
    raw = engine.raw_connection()
    try:
        import sqlite3

        out = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(out)  # type: ignore[union-attr]
        finally:
            out.close()
    finally:
        raw.close()
    return target


def open_store(url: str | None = None, *, migrate: bool = True, till: str | None = None) -> Store:
    """Open (and by default create or upgrade) the database at ``url``, as till ``till`` when named.

    An existing SQLite file is copied aside before an upgrade.

    Raises:
        NewerDatabase: the database comes from a newer version of the app.
    """
    url = url or default_url()
    engine = make_engine(url)
    if migrate:
        current = current_revision(engine)
        if current is not None and current not in known_revisions():
            engine.dispose()
            raise NewerDatabase(f"la base de datos es de una versión más nueva de la aplicación ({current})")
        path = sqlite_path(url)
        if current != head_revision():
            if current is not None and path is not None:
                _copy_before_upgrade(engine, path, current)
            upgrade(engine)
    return Store(url=url, engine=engine, session=sessions(engine), till=this_till(engine, url, till))
