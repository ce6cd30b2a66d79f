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
from sqlalchemy.orm import Session

from ..store import models, tables
from ..store.bulk import insert_rows
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


def append_all_in(session: Session, entries: Sequence[Entry]) -> str:
    """Append ``entries`` in order inside the caller's transaction; returns the new head hash.

    The head row is locked first (``FOR UPDATE`` where the database has it), so
    a till selling meanwhile chains its sale after the whole batch.
    """
    session.flush()
    connection = session.connection()
    head = connection.execute(select(_HEAD.seq, _HEAD.hash).where(_HEAD.id == 1).with_for_update()).first()
    seq, prev = (0, GENESIS) if head is None else (head[0], head[1])
    if not entries:
        return prev
    rows = []
    sha256 = hashlib.sha256
    for entry in entries:
        seq += 1
        digest = sha256(f"{prev}[{seq},".encode() + entry.tail).hexdigest()
        rows.append(_Written(seq, entry.created_at, entry.actor, entry.kind, entry.ref, entry.payload, prev, digest))
        prev = digest
    insert_rows(connection, models.JournalEntry, rows)
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
