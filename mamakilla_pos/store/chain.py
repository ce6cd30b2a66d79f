"""The journal's hash chain, at the level of a database connection.

Each entry's hash is SHA-256 of the previous entry's hash followed by the
entry's canonical content (sequence, time, actor, kind, reference and
payload as sorted, compact JSON). Changing, removing or re-ordering any
entry is therefore detectable, and the last hash (the *head*) stands for
the whole journal up to it.

The services append through :mod:`mamakilla_pos.services.journal`; what is
here is what also runs outside a use case: an upgrade recording the master
data a migration left (:mod:`.images`), the benchmark's data generator.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from json.encoder import encode_basestring as _quote  # the C encoder json.dumps uses
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection

from . import tables

GENESIS = "0" * 64

# An entry's columns, in the order the chain's readers take them.
ENTRY_COLUMNS = ("seq", "created_at", "actor", "kind", "ref", "payload", "prev_hash", "hash")
# The journal's entries in that order, for a caller to filter and sort.
ENTRIES = select(*(tables.journal.c[name] for name in ENTRY_COLUMNS))
# The same with plain SQL, in chain order, for a raw sqlite3 cursor.
ENTRIES_SQL = f"SELECT {', '.join(ENTRY_COLUMNS)} FROM journal ORDER BY seq"


def canonical(seq: int, created_at: datetime, actor: str, kind: str, ref: str, payload: str) -> str:
    """The exact text that is hashed for an entry."""
    return canonical_text(seq, created_at.isoformat(), actor, kind, ref, payload)


def canonical_text(seq: int, created_at: str, actor: str, kind: str, ref: str, payload: str) -> str:
    """:func:`canonical` with the time already in ISO form (``datetime.isoformat``).

    Exactly ``json.dumps([seq, created_at, actor, kind, ref, payload], ensure_ascii=False,
    separators=(",", ":"))``, written out: ``verify`` hashes every entry.
    """
    return f"[{int(seq)},{canonical_tail(created_at, actor, kind, ref, payload)}"


def canonical_tail(created_at: str, actor: str, kind: str, ref: str, payload: str) -> str:
    """What follows ``[seq,`` in :func:`canonical_text`: all of an entry's hashed text that its place in the
    chain does not change, so a long writer can make it before it takes the journal's head."""
    quote = _quote
    return f"{quote(created_at)},{quote(actor)},{quote(kind)},{quote(ref)},{quote(payload)}]"


def iso_of_stored(stamp: str) -> str:
    """``datetime.isoformat`` of a time as SQLite stores it (``YYYY-MM-DD HH:MM:SS.ffffff``)."""
    whole, _, fraction = stamp.partition(".")
    iso = whole[:10] + "T" + whole[11:]
    return iso if not fraction or not fraction.strip("0") else f"{iso}.{fraction.ljust(6, '0')}"


def entry_hash(prev_hash: str, content: str) -> str:
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


def dump_payload(payload: dict[str, Any]) -> str:
    """Payload as canonical JSON (sorted keys, no spaces, amounts already strings)."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


_HEAD_ROW = tables.journal_head.c
_HEAD = select(_HEAD_ROW.seq, _HEAD_ROW.hash).where(_HEAD_ROW.id == 1).with_for_update()
_NEW_HEAD = insert(tables.journal_head).values(id=1, seq=bindparam("seq"), hash=bindparam("hash"))
_SET_HEAD = update(tables.journal_head).where(_HEAD_ROW.id == 1).values(seq=bindparam("seq"), hash=bindparam("hash"))
_ENTRY = insert(tables.journal)


def write_entry(
    connection: Connection, kind: str, ref: str, payload: dict[str, Any], actor: str, at: datetime
) -> dict[str, object]:
    """Append one entry inside the connection's transaction; returns its columns.

    The head row is locked (``FOR UPDATE`` where the database supports it) so
    two tills writing at once still form one chain.
    """
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
    return values


def write_entries(connection: Connection, entries: list[tuple[str, str, dict[str, Any], str, datetime]]) -> list[int]:
    """Append ``(kind, ref, payload, actor, at)`` entries in order inside the connection's transaction,
    in three statements whatever their number (the head read and locked once, the rows, the new head);
    returns their sequence numbers."""
    if not entries:
        return []
    head = connection.execute(_HEAD).first()
    prev = GENESIS if head is None else head[1]
    seq = 0 if head is None else head[0]
    rows = []
    for kind, ref, payload, actor, at in entries:
        seq += 1
        text = dump_payload(payload)
        digest = entry_hash(prev, canonical(seq, at, actor, kind, ref, text))
        rows.append(
            {
                "seq": seq,
                "created_at": at,
                "actor": actor,
                "kind": kind,
                "ref": ref,
                "payload": text,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    connection.execute(_ENTRY, rows)
    connection.execute(_NEW_HEAD if head is None else _SET_HEAD, {"seq": seq, "hash": prev})
    return list(range(seq - len(rows) + 1, seq + 1))
