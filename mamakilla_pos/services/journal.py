"""The hash-chained journal: every completed document appends one entry.

Each entry's hash is SHA-256 of the previous entry's hash followed by the
entry's canonical content (sequence, time, actor, kind, reference and
payload as sorted, compact JSON). Changing, removing or re-ordering any
entry, or any document recorded in it, is therefore detectable.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from ..store import models, tables

GENESIS = "0" * 64


def canonical(seq: int, created_at: datetime, actor: str, kind: str, ref: str, payload: str) -> str:
    """The exact text that is hashed for an entry."""
    return json.dumps(
        [seq, created_at.isoformat(), actor, kind, ref, payload],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def entry_hash(prev_hash: str, content: str) -> str:
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


def dump_payload(payload: dict[str, Any]) -> str:
    """Payload as canonical JSON (sorted keys, no spaces, amounts already strings)."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


# On the plain tables (see store.tables): importing this module, as the till's start does, makes no model.
_HEAD_ROW = tables.journal_head.c
_HEAD = select(_HEAD_ROW.seq, _HEAD_ROW.hash).where(_HEAD_ROW.id == 1).with_for_update()
_NEW_HEAD = insert(tables.journal_head).values(id=1, seq=bindparam("seq"), hash=bindparam("hash"))
_SET_HEAD = update(tables.journal_head).where(_HEAD_ROW.id == 1).values(seq=bindparam("seq"), hash=bindparam("hash"))
_ENTRY = insert(tables.journal)


def append(
    session: Session, kind: str, ref: str, payload: dict[str, Any], actor: str, at: datetime
) -> models.JournalEntry:
    """Add an entry inside the caller's transaction.

    The head row is locked (``FOR UPDATE`` where the database supports it) so
    two tills writing at once still form one chain. Written with plain
    statements, not the ORM's unit of work: every sale appends an entry.
    The entry returned is not added to the session (it is already written).
    """
    return models.JournalEntry(**_write(session, kind, ref, payload, actor, at))


def write(session: Session, kind: str, ref: str, payload: dict[str, Any], actor: str, at: datetime) -> str:
    """:func:`append` for the hot path (sales, refunds): returns only the new entry's hash."""
    return _write(session, kind, ref, payload, actor, at)["hash"]  # type: ignore[return-value]


def _write(
    session: Session, kind: str, ref: str, payload: dict[str, Any], actor: str, at: datetime
) -> dict[str, object]:
    session.flush()  # what the caller left pending goes first, as the ORM would order it
    connection = session.connection()
    head = connection.execute(_HEAD).first()
    prev = GENESIS if head is None else head[1]
    seq = 1 if head is None else head[0] + 1
    text = dump_payload(payload)
    digest = entry_hash(prev, canonical(seq, at, actor, kind, ref, text))
    values = {
        "seq": seq,
        "created_at": at,
        "actor": actor,
        "kind": kind,
        "ref": ref,
        "payload": text,
        "prev_hash": prev,
        "hash": digest,
    }
    connection.execute(_ENTRY, values)
    connection.execute(_NEW_HEAD if head is None else _SET_HEAD, {"seq": seq, "hash": digest})
    if models.loaded():
        loaded = session.identity_map.get(session.identity_key(models.JournalHead, 1))
        if loaded is not None:  # someone read the head through the ORM in this session: not stale
            session.expire(loaded)
    return values


@dataclass(frozen=True)
class ChainProblem:
    """Where the chain breaks and why."""

    seq: int
    message: str


def check_chain(session: Session) -> Iterator[ChainProblem]:
    """Recompute the chain; yield every entry that was altered, removed or added."""
    prev = GENESIS
    expected_seq = 1
    last_seq = 0
    rows = session.execute(select(models.JournalEntry).order_by(models.JournalEntry.seq)).scalars()
    for entry in rows:
        if entry.seq != expected_seq:
            yield ChainProblem(expected_seq, f"faltan los registros {expected_seq}–{entry.seq - 1} del diario")
        if entry.prev_hash != prev:
            yield ChainProblem(entry.seq, f"el registro {entry.seq} del diario no sigue al anterior")
        digest = entry_hash(
            entry.prev_hash,
            canonical(entry.seq, entry.created_at, entry.actor, entry.kind, entry.ref, entry.payload),
        )
        if digest != entry.hash:
            yield ChainProblem(entry.seq, f"el registro {entry.seq} del diario ({entry.kind} {entry.ref}) fue alterado")
        prev = entry.hash
        expected_seq = entry.seq + 1
        last_seq = entry.seq
    head = session.get(models.JournalHead, 1)
    if head is not None and (head.seq != last_seq or head.hash != prev):
        yield ChainProblem(
            last_seq, f"el diario termina en {last_seq} pero su cabecera dice {head.seq}: faltan registros"
        )


def journal_payloads(session: Session, kind: str) -> dict[str, dict[str, Any]]:
    """Payloads of every entry of ``kind``, by reference."""
    rows = session.execute(
        select(models.JournalEntry.ref, models.JournalEntry.payload).where(models.JournalEntry.kind == kind)
    )
    return {ref: json.loads(payload) for ref, payload in rows}
