"""Many journal entries at once, for the long writers (imports).

The entries continue the chain exactly as :func:`.journal.append_in` would,
one after the other (same canonical content, same hash), but the chain is
computed in memory and written with one insert and one update of the head:
a 100,000-row import must not cost a statement pair per entry.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..store import models, tables
from ..store.bulk import insert_rows, parameters, stage_parameters
from ..store.chain import canonical_tail
from .journal import GENESIS

_HEAD = tables.journal_head.c


@dataclass(frozen=True)
class Entry:
    """An entry to append: what the journal keeps of one document or change (payload already as JSON text)."""

    kind: str
    ref: str
    payload: str
    actor: str
    created_at: datetime

    @cached_property
    def tail(self) -> bytes:
        """Its hashed text after ``[seq,`` (:func:`~mamakilla_pos.store.chain.canonical_tail`), UTF-8:
        ask for it before the head is locked and only the hashing is left for then."""
        return canonical_tail(self.created_at.isoformat(), self.actor, self.kind, self.ref, self.payload).encode()


@dataclass(frozen=True)
class _Written:
    seq: int
    created_at: datetime
    actor: str
    kind: str
    ref: str
    payload: str
    prev_hash: str
    hash: str


def stage_entries_in(connection: Connection, entries: Sequence[Entry], token: str) -> str:
    """SQLite: put ``entries`` (all but their place in the chain) into a temporary table of ``connection``
    before the write lock, for :func:`append_all_in` to copy in; returns the table's name."""
    rows = [_Written(n, e.created_at, e.actor, e.kind, e.ref, e.payload, "", "") for n, e in enumerate(entries, 1)]
    return stage_parameters(
        connection, models.JournalEntry, parameters(connection.dialect, models.JournalEntry, rows), token
    )


def append_all_in(session: Session, entries: Sequence[Entry], staged: str | None = None) -> str:
    """Append ``entries`` in order inside the caller's transaction; returns the new head hash.

    The head row is locked first (``FOR UPDATE`` where the database has it), so
    a till selling meanwhile chains its sale after the whole batch. With
    ``staged`` (the entries as :func:`stage_entries_in` put them on this
    session's connection) only their place in the chain is written row by row.
    """
    session.flush()
    connection = session.connection()
    head = connection.execute(select(_HEAD.seq, _HEAD.hash).where(_HEAD.id == 1).with_for_update()).first()
    seq, prev = (0, GENESIS) if head is None else (head[0], head[1])
    if not entries:
        return prev
    rows = []
    links = []
    sha256 = hashlib.sha256
    for position, entry in enumerate(entries, 1):
        seq += 1
        digest = sha256(f"{prev}[{seq},".encode() + entry.tail).hexdigest()
        if staged is None:
            rows.append(
                _Written(seq, entry.created_at, entry.actor, entry.kind, entry.ref, entry.payload, prev, digest)
            )
        else:
            links.append((position, seq, prev, digest))
        prev = digest
    if staged is None:
        insert_rows(connection, models.JournalEntry, rows)
    else:
        _insert_staged(connection, staged, links)
    values = {"seq": seq, "hash": prev}
    if head is None:
        connection.execute(
            insert(tables.journal_head).values(id=1, seq=bindparam("seq"), hash=bindparam("hash")), values
        )
    else:
        connection.execute(
            update(tables.journal_head).where(_HEAD.id == 1).values(seq=bindparam("seq"), hash=bindparam("hash")),
            values,
        )
    return prev


def _insert_staged(connection: Connection, staged: str, links: list[tuple[int, int, str, str]]) -> None:
    """Copy staged entries into the journal with their place in the chain (a temporary table of its own)."""
    chain = f"{staged}_chain"
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(f'CREATE TEMP TABLE "{chain}" (position INTEGER PRIMARY KEY, seq, prev_hash, hash)')
        cursor.executemany(f'INSERT INTO temp."{chain}" VALUES (?, ?, ?, ?)', links)
        cursor.execute(
            f"INSERT INTO main.journal (seq, created_at, actor, kind, ref, payload, prev_hash, hash) "
            f"SELECT c.seq, s.created_at, s.actor, s.kind, s.ref, s.payload, c.prev_hash, c.hash "
            f'FROM temp."{chain}" c JOIN temp."{staged}" s ON s.seq = c.position ORDER BY c.position'
        )
    finally:
        cursor.close()
