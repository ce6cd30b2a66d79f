"""Read and write transactions: readers never block the till that sells.

A session the code only reads from (``with store.session() as session:``)
runs, on SQLite, in a *deferred* transaction: in WAL mode it reads one
snapshot and never holds up a writer, however long it reads (``verify``, a
backup, a year's report). A session begun to write
(``with store.session() as session, session.begin():`` — how every service
writes) takes the database's write lock as it begins (``BEGIN IMMEDIATE``):
two writers then queue for the lock instead of one failing half-way through
a sale because its snapshot went stale.

A session that was not begun to write cannot write: on SQLite its
connection is ``query_only`` (a write there fails at once with "attempt to
write a readonly database", in the tests, rather than now and then at a
busy till). Plain connections (``store.engine.connect()``) are left alone.

A long read that must see one consistent state on PostgreSQL too takes a
:func:`snapshot` session (repeatable read, no statement time limit).

On PostgreSQL every connection has a lock timeout and a statement timeout
(:data:`POSTGRES_OPTIONS`): a sale waiting for a lock gives up after a few
seconds with an error the till shows ("intente de nuevo") instead of hanging.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

WRITE = "mamakilla_write"
"""Execution option of a connection whose transaction writes: it takes the write lock at ``BEGIN``."""

READ_ONLY = "mamakilla_read_only"
"""Execution option of a session's connection that was not begun to write: it may not write."""

BUSY_TIMEOUT_MS = 5000
"""How long a SQLite writer waits for another writer's lock before giving up (a few seconds)."""

WAL_SIZE_LIMIT = 64 * 1024 * 1024
"""Bytes of SQLite WAL kept on disk once it has been copied back into the database."""

POSTGRES_OPTIONS = "-c lock_timeout=5s -c statement_timeout=30s -c idle_in_transaction_session_timeout=60s"
"""Session settings of every PostgreSQL connection: a sale waits at most a few seconds for a lock,
no statement runs away, and a transaction left open (a till that froze) lets its locks go."""


class ShopSession(Session):
    """A session that reads in a deferred transaction, and writes once begun with :meth:`begin`."""

    def begin(self, nested: bool = False) -> SessionTransaction:
        """Begin a transaction that writes: on SQLite it holds the write lock from this moment.

        The connection is taken at once, marked :data:`WRITE`, so that its
        ``BEGIN`` is ``BEGIN IMMEDIATE``.
        """
        transaction = super().begin(nested=nested)
        if not nested:
            self.connection(execution_options={WRITE: True, READ_ONLY: False})
        return transaction


def sessions(engine: Engine) -> sessionmaker[ShopSession]:
    """The session factory of a shop: sessions read until begun to write."""
    return sessionmaker(engine, class_=ShopSession, expire_on_commit=False, execution_options={READ_ONLY: True})


def sqlite_begin(connection: Any) -> None:
    """The ``BEGIN`` of a SQLite transaction: immediate for a writer, deferred for a reader."""
    options = connection.get_execution_options()
    if options.get(WRITE):
        _query_only(connection, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        _query_only(connection, bool(options.get(READ_ONLY)))
        connection.exec_driver_sql("BEGIN")


def _query_only(connection: Any, wanted: bool) -> None:
    # The state is kept with the pooled driver connection, so the pragma runs only when it changes.
    info = connection.connection.info
    if info.get(READ_ONLY, False) != wanted:
        connection.exec_driver_sql(f"PRAGMA query_only={int(wanted)}")
        info[READ_ONLY] = wanted


def snapshot(engine: Engine) -> Session:
    """A read-only session that sees one consistent state of the whole database, for as long as it reads.

    SQLite: a deferred transaction (in WAL mode, one snapshot that blocks no
    writer). PostgreSQL: repeatable read, without the statement and idle time
    limits a long check would otherwise hit.
    """
    if engine.dialect.name == "postgresql":
        repeatable = engine.execution_options(isolation_level="REPEATABLE READ")
        session = ShopSession(repeatable, expire_on_commit=False, execution_options={READ_ONLY: True})
        session.execute(text("SET LOCAL statement_timeout = 0"))
        session.execute(text("SET LOCAL idle_in_transaction_session_timeout = 0"))
        return session
    return _SqliteSnapshot(engine, expire_on_commit=False, execution_options={READ_ONLY: True})


class _SqliteSnapshot(ShopSession):
    """A long SQLite read that pays, as it ends, for the checkpoint it held back.

    While a snapshot is read, the WAL cannot be copied back into the database
    past it, so it grows with every sale the tills make meanwhile. The first
    commit after the read would otherwise copy all of it inside a sale; this
    session copies it itself, at once, as it closes.
    """

    def close(self) -> None:
        bind = self.get_bind()
        super().close()
        checkpoint(bind)  # type: ignore[arg-type]


def checkpoint(engine: Engine) -> None:
    """Copy what the WAL holds back into the SQLite file now, without waiting for anyone (a passive checkpoint)."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")  # type: ignore[union-attr]
    finally:
        raw.close()
