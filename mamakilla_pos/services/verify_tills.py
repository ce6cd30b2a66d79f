"""``verify`` on a shop server: every till's own journal chain, as the server took it (DESIGN.md §9).

For each till the server holds a chain of (``till_chains``): from where the
server began to hold it (``base``: the journal entry a publish copied up to)
every entry it took (``till_entries``) must follow the one before, hash for
hash recomputed, and end at the head the server says it holds. Each entry
the server recorded in its own journal (``server_seq``) must be that entry:
same kind, reference, person and time, and for a document the same payload.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from ..store.chain import canonical, entry_hash

_HEADS = text("SELECT till, base_seq, base_hash, seq, hash FROM till_chains ORDER BY till")
_ENTRIES = text(
    "SELECT t.seq, t.created_at, t.actor, t.kind, t.ref, t.payload, t.prev_hash, t.hash, t.server_seq,"
    " j.created_at, j.actor, j.kind, j.ref, j.payload"
    " FROM till_entries t LEFT JOIN journal j ON j.seq = t.server_seq"
    " WHERE t.till = :till ORDER BY t.seq"
)


def check_till_chains_in(connection: Connection) -> Iterator[str]:
    """Every problem with the tills' chains a shop server holds (none on a till's own file)."""
    if not inspect(connection).has_table("till_chains"):
        return
    for till, base_seq, base_hash, head_seq, head_hash in connection.execute(_HEADS).all():
        if base_seq > 0:
            held = connection.execute(text("SELECT hash FROM journal WHERE seq = :seq"), {"seq": base_seq}).scalar()
            if held != base_hash:
                yield f"caja {till}: su cadena no empieza en el registro {base_seq} del diario del servidor"
        yield from _chain(connection, till, (base_seq, base_hash), (head_seq, head_hash))


def _chain(connection: Connection, till: str, base: tuple[int, str], head: tuple[int, str]) -> Iterator[str]:
    seq, digest = base
    for row in connection.execute(_ENTRIES, {"till": till}):
        number, at, actor, kind, ref, payload, prev, stated, server_seq = row[:9]
        if number != seq + 1 or prev != digest:
            yield f"caja {till}: su cadena está cortada en el registro {number} (sigue al {seq})"
            return
        if entry_hash(prev, canonical(number, at, actor, kind, ref, payload)) != stated:
            yield f"caja {till}: el registro {number} de su cadena fue cambiado (su huella no coincide)"
        if server_seq is not None and not _same(row):
            yield f"caja {till}: el registro {number} no es el {server_seq} del diario del servidor"
        seq, digest = number, stated
    if (seq, digest) != head:
        yield f"caja {till}: el servidor dice tener su cadena hasta el registro {head[0]}, pero llega al {seq}"


def _same(row: Any) -> bool:
    """Whether the server's journal entry is the till's entry (a ``rows`` entry: only the tables the server took)."""
    at, actor, kind, ref, payload = row[1], row[2], row[3], row[4], row[5]
    if row[9:13] != (at, actor, kind, ref) or row[13] is None:
        return False
    if kind == "rows":
        return True
    try:
        return bool(json.loads(row[13]) == json.loads(payload))
    except ValueError:
        return False
