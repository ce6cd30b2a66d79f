"""The hash-chained journal: every completed document appends one entry.

Each entry's hash is SHA-256 of the previous entry's hash followed by the
entry's canonical content (see :mod:`mamakilla_pos.store.chain`). Changing,
removing or re-ordering any entry, or any row recorded in it, is therefore
detectable.

Rows are recorded as *images*, every column of them (see
:mod:`mamakilla_pos.store.images`, which also lists the journaled tables):

- a document service passes its rows to :func:`append` (``rows=``), and
  their images go into the document's own entry;
- master data needs nothing from the service: session hooks installed here
  note every master-data row the ORM flushes (added, changed or deleted;
  changes to ``volatile`` columns alone do not count) and journal their new
  images in one ``rows`` entry, written just before the service's own entry
  (by the same person) or, for what is left, when the transaction commits
  (by the person of the transaction's last entry; ``sistema`` otherwise).
  A document row flushed but not imaged by its service is imaged there too.
  Rows written with plain SQL statements instead of the ORM are announced
  with :func:`touch`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import RelationshipProperty, Session

from ..store import images, models
from ..store.chain import GENESIS, canonical, dump_payload, entry_hash, write_entry
from .clock import now

__all__ = [
    "GENESIS",
    "ChainProblem",
    "append_in",
    "canonical",
    "check_chain_in",
    "dump_payload",
    "entry_hash",
    "journal_payloads_in",
    "rows_of",
    "touch_in",
    "write_in",
]

ROWS = images.ROWS
_TOUCHED = "journal.touched"  # {table: {primary key as Python values}}
_IMAGED = "journal.imaged"  # {(table, canonical key): image} already in an entry of this transaction
_ACTOR = "journal.actor"


def append_in(
    session: Session,
    kind: str,
    ref: str,
    payload: dict[str, Any],
    actor: str,
    at: datetime,
    rows: Mapping[str, Sequence[Any]] | None = None,
) -> models.JournalEntry:
    """Add an entry inside the caller's transaction.

    ``rows`` are the document's rows by table (model instances, or objects
    with the model's attribute names): their images go into the payload.
    The head row is locked (``FOR UPDATE`` where the database supports it) so
    two tills writing at once still form one chain. Written with plain
    statements, not the ORM's unit of work: every sale appends an entry.
    The entry returned is not added to the session (it is already written).
    """
    return models.JournalEntry(**_write(session, kind, ref, payload, actor, at, rows))


def write_in(
    session: Session,
    kind: str,
    ref: str,
    payload: dict[str, Any],
    actor: str,
    at: datetime,
    rows: Mapping[str, Sequence[Any]] | None = None,
) -> str:
    """:func:`append` for the hot path (sales, refunds): returns only the new entry's hash."""
    return _write(session, kind, ref, payload, actor, at, rows)["hash"]  # type: ignore[return-value]


def rows_of(*objects: Any) -> dict[str, list[Any]]:
    """Model instances grouped by table, as :func:`append` takes them."""
    groups: dict[str, list[Any]] = {}
    for obj in objects:
        groups.setdefault(obj.__table__.name, []).append(obj)
    return groups


def touch_in(session: Session, table: str, keys: Iterable[Sequence[Any]]) -> None:
    """Announce rows of a journaled table written with plain statements (primary keys as Python values)."""
    touched = session.info.setdefault(_TOUCHED, {})
    touched.setdefault(table, set()).update(tuple(k) for k in keys)


def _write(
    session: Session,
    kind: str,
    ref: str,
    payload: dict[str, Any],
    actor: str,
    at: datetime,
    rows: Mapping[str, Sequence[Any]] | None = None,
) -> dict[str, object]:
    session.flush()  # what the caller left pending goes first, as the ORM would order it
    if rows:
        payload = {**payload, **images.payload_rows(_image(session, rows))}
    _write_touched(session, actor, at, (kind, payload))  # master data changed so far, before the entry explaining it
    session.info[_ACTOR] = actor
    values = write_entry(session.connection(), kind, ref, payload, actor, at)
    if models.loaded():
        loaded = session.identity_map.get(session.identity_key(models.JournalHead, 1))
        if loaded is not None:  # someone read the head through the ORM in this session: not stale
            session.expire(loaded)
    return values


def _image(session: Session, rows: Mapping[str, Sequence[Any]]) -> dict[str, list[tuple[Any, ...]]]:
    """Images of a document's rows; they need not be imaged again at commit."""
    found = images.images_of(rows)
    imaged = session.info.setdefault(_IMAGED, {})
    touched = session.info.get(_TOUCHED, {})
    for table, objects in rows.items():
        keys = touched.get(table)
        if keys:  # flushed just now by the ORM: imaged here, not read back at commit
            for obj in objects:
                state = inspect(obj, raiseerr=False)
                if state is not None:
                    keys.discard(tuple(state.mapper.primary_key_from_instance(obj)))
    for table, shots in found.items():
        spec = images.JOURNALED[table]
        if spec.master:
            raise ValueError(f"master data ({table}) is journaled at commit, not in a document's entry")
        lay = images.layout(table)
        for shot in shots:
            imaged[(table, lay.key_of(shot))] = shot
    return found


# -- the session hooks: master data journaled at commit ------------------------------------------


def _changed(obj: Any, volatile: tuple[str, ...]) -> bool:
    """Whether a flushed object changed anything but volatile columns."""
    state = inspect(obj)
    for prop in state.mapper.attrs:
        if isinstance(prop, RelationshipProperty) and prop.uselist:
            continue
        if prop.key in volatile:
            continue
        if state.attrs[prop.key].history.has_changes():
            return True
    return False


def _after_flush(session: Session, _context: object) -> None:
    journaled = images.JOURNALED
    touched = None
    dirty = session.dirty
    for obj in (*session.new, *dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        spec = journaled.get(table)  # type: ignore[arg-type]
        if spec is None:
            continue
        mapper = inspect(obj).mapper
        if obj in dirty and not _changed(obj, tuple(_attr_keys(mapper, spec.volatile))):
            continue
        if touched is None:
            touched = session.info.setdefault(_TOUCHED, {})
        touched.setdefault(table, set()).add(tuple(mapper.primary_key_from_instance(obj)))


def _attr_keys(mapper: Any, columns: tuple[str, ...]) -> Iterator[str]:
    for name in columns:
        yield mapper.get_property_by_column(mapper.local_table.c[name]).key


def _before_commit(session: Session) -> None:
    session.flush()
    _write_touched(session, session.info.get(_ACTOR, "sistema"), now())


def _write_touched(
    session: Session, actor: str, at: datetime, explained_by: tuple[str, Mapping[str, Any]] | None = None
) -> None:
    """Journal the images of the rows flushed (or touched) since the last ``rows`` entry.

    Master data a till with a shop server may not change is refused here
    (:func:`.server_rules.check_master_in`), whichever service changed it.
    """
    touched = session.info.pop(_TOUCHED, None)
    if not touched:
        return
    imaged = session.info.get(_IMAGED, {})
    connection = session.connection()
    shots: dict[str, list[tuple[Any, ...]]] = {}
    deleted: dict[str, list[tuple[Any, ...]]] = {}
    for table, keys in sorted(touched.items()):
        lay = images.layout(table)
        current = images.read_keys(connection, lay, keys)
        for key in sorted(keys, key=repr):
            canonical_key = lay.canonical_key(key)
            shot = current.get(canonical_key)
            if shot is None:
                deleted.setdefault(table, []).append(canonical_key)
            elif imaged.get((table, canonical_key)) != shot:
                shots.setdefault(table, []).append(shot)
    if not shots and not deleted:
        return
    if any(images.JOURNALED[name].master for name in (*shots, *deleted)):
        from .server_rules import check_master_in

        check_master_in(session, shots, deleted, explained_by)
    names = sorted({*shots, *deleted})
    ref = ",".join(names) if len(",".join(names)) <= 64 else f"{len(names)} tablas"
    write_entry(connection, ROWS, ref, images.payload_rows(shots, deleted), actor, at)


def _after_transaction_end(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        for key in (_TOUCHED, _IMAGED, _ACTOR):
            session.info.pop(key, None)


event.listen(Session, "after_flush", _after_flush)
event.listen(Session, "before_commit", _before_commit)
event.listen(Session, "after_transaction_end", _after_transaction_end)


# -- reading the chain back --------------------------------------------------------------------


@dataclass(frozen=True)
class ChainProblem:
    """Where the chain breaks and why."""

    seq: int
    message: str


def check_chain_in(session: Session) -> Iterator[ChainProblem]:
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


def journal_payloads_in(session: Session, kind: str) -> dict[str, dict[str, Any]]:
    """Payloads of every entry of ``kind``, by reference."""
    rows = session.execute(
        select(models.JournalEntry.ref, models.JournalEntry.payload).where(models.JournalEntry.kind == kind)
    )
    return {ref: json.loads(payload) for ref, payload in rows}
