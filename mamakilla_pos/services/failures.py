"""Failures of the database or the disk, told apart so a person can be told what to do.

A sale, a refund, a payout or a closing that fails because the database is
busy (another till or a long task holds its lock) or because the disk is
full wrote nothing: its transaction was rolled back, and the same action can
simply be tried again. :func:`storage_failure` recognises those failures in
whatever form they arrive (SQLAlchemy's wrapper, the ``sqlite3`` or
``psycopg`` error underneath, an ``OSError``); the screens and the command
line word them.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator

BUSY = "busy"
FULL = "full"

_SQLITE_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
# PostgreSQL: lock_not_available, query_canceled (statement timeout), deadlock_detected,
# serialization_failure, idle_in_transaction_session_timeout; disk_full.
_PG_BUSY = {"55P03", "57014", "40P01", "40001", "25P03"}
_PG_FULL = {"53100"}

MESSAGES = {
    BUSY: "la base de datos está ocupada (otra caja o una tarea larga la está usando): intente de nuevo",
    FULL: "el disco está lleno: libere espacio e intente de nuevo",
}


def _chain(error: BaseException) -> Iterator[BaseException]:
    """``error``, the driver error it wraps, and the errors it was raised from."""
    seen: set[int] = set()
    stack = [error]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for inner in (getattr(current, "orig", None), current.__cause__, current.__context__):
            if isinstance(inner, BaseException):
                stack.append(inner)


def storage_failure(error: BaseException) -> str | None:
    """:data:`BUSY` (locked or timed out: try again), :data:`FULL` (no space left), or ``None``."""
    for current in _chain(error):
        if isinstance(current, OSError) and current.errno in (errno.ENOSPC, errno.EDQUOT):
            return FULL
        if isinstance(current, sqlite3.Error):
            code = getattr(current, "sqlite_errorcode", None)
            primary = None if code is None else code & 0xFF  # extended codes keep the primary in the low byte
            text = str(current).lower()
            if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
                return FULL
            if primary in _SQLITE_BUSY or "database is locked" in text:
                return BUSY
        state = getattr(current, "sqlstate", None)
        if state in _PG_FULL:
            return FULL
        if state in _PG_BUSY:
            return BUSY
    return None


def storage_message(error: BaseException) -> str | None:
    """What a busy database or a full disk means for a person, in Spanish; ``None`` for other errors."""
    kind = storage_failure(error)
    return None if kind is None else MESSAGES[kind]
