"""The periods the reports cover, and the read that never blocks the till.

The long-running entry points take an optional ``progress(done, total)``
callback; when it returns ``False`` they stop by raising :class:`Cancelled`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from ..store import Store
from ..store.engine import sqlite_path
from .clock import now
from .errors import UserError

ProgressFn = Callable[[int, int], bool]
"""``progress(done, total)``: called as work advances; returning ``False`` cancels it."""


class Cancelled(Exception):
    """The person cancelled a long piece of work; nothing was written."""


def tick(progress: ProgressFn | None, done: int, total: int) -> None:
    """Report progress; raise :class:`Cancelled` when the callback asks to stop."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled


# -- periods ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """Whole days from ``start`` to ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise UserError("la fecha final es anterior a la inicial")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def bounds(self) -> tuple[datetime, datetime]:
        """``[low, high)`` as datetimes: midnight of ``start`` to midnight after ``end``."""
        return datetime.combine(self.start, time()), datetime.combine(self.end + timedelta(days=1), time())

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))


def period_for(kind: str, today: date | None = None) -> Period:
    """The period a picker choice means: ``today``, ``week`` (Monday to today),
    ``month`` (the 1st to today) or ``year`` (1 January to today).

    Raises:
        UserError: an unknown kind (``custom`` periods are built with :class:`Period`).
    """
    day = today or now().date()
    if kind == "today":
        return Period(day, day)
    if kind == "week":
        return Period(day - timedelta(days=day.weekday()), day)
    if kind == "month":
        return Period(day.replace(day=1), day)
    if kind == "year":
        return Period(day.replace(month=1, day=1), day)
    raise UserError(f"periodo desconocido: {kind}")


# -- a consistent read that never blocks the till ------------------------------------------------


def _read_only_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA query_only=1")
    cursor.execute("PRAGMA mmap_size=268435456")  # reads without copying pages: a year's report scans whole tables
    cursor.close()


def _deferred_begin(connection) -> None:  # type: ignore[no-untyped-def]
    connection.exec_driver_sql("BEGIN")


@contextmanager
def read_session(store: Store) -> Iterator[Session]:
    """A session that sees one snapshot of the database and takes no write lock.

    The shop's engine starts every SQLite transaction with ``BEGIN IMMEDIATE``
    (right for writers); a year's report or a full export would then hold the
    till's write lock for its whole duration. Here a SQLite file is read on its
    own read-only connection in a deferred transaction, which in WAL mode sees
    a stable snapshot while sales go on being recorded. Other databases read
    at ``REPEATABLE READ``.
    """
    path = sqlite_path(store.url)
    if store.url.startswith("sqlite") and path is not None:
        engine = create_engine(store.url, poolclass=NullPool)
        event.listen(engine, "connect", _read_only_pragmas)
        event.listen(engine, "begin", _deferred_begin)
        try:
            with Session(engine) as session:
                yield session
        finally:
            engine.dispose()
    elif store.url.startswith("sqlite"):
        with store.session() as session:  # an in-memory database has only the one connection
            yield session
    else:
        with store.engine.connect() as connection:
            snapshot = connection.execution_options(isolation_level="REPEATABLE READ")
            with Session(bind=snapshot) as session:
                yield session
