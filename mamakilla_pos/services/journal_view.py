"""Reading the journal: entries filtered by day, kind, person and reference, newest first, a page at a time."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select

from ..store import Store
from ..store.models import JournalEntry

PAGE_SIZE = 100


@dataclass(frozen=True)
class JournalFilter:
    """Which entries to list; every field left empty lets everything through.

    ``since`` and ``until`` are whole days, both included. ``text`` is looked
    for anywhere in the reference (a receipt or payout number, a session id),
    without regard to case.
    """

    since: date | None = None
    until: date | None = None
    kind: str = ""
    actor: str = ""
    text: str = ""


@dataclass(frozen=True)
class JournalRow:
    """One journal entry as the screen shows it."""

    seq: int
    created_at: datetime
    actor: str
    kind: str
    ref: str
    payload: dict[str, Any]
    hash: str
    prev_hash: str


@dataclass(frozen=True)
class JournalPage:
    """A page of entries and how many entries match in all."""

    rows: tuple[JournalRow, ...]
    total: int
    offset: int
    limit: int

    @property
    def has_next(self) -> bool:
        return self.offset + len(self.rows) < self.total

    @property
    def has_previous(self) -> bool:
        return self.offset > 0


def _filtered(query: Select[Any], where: JournalFilter) -> Select[Any]:
    if where.since is not None:
        query = query.where(JournalEntry.created_at >= datetime.combine(where.since, time.min))
    if where.until is not None:
        query = query.where(JournalEntry.created_at < datetime.combine(where.until + timedelta(days=1), time.min))
    if where.kind:
        query = query.where(JournalEntry.kind == where.kind)
    if where.actor:
        query = query.where(JournalEntry.actor == where.actor)
    text = where.text.strip()
    if text:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(func.lower(JournalEntry.ref).like(f"%{escaped.lower()}%", escape="\\"))
    return query


def _payload(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {"texto": text}
    return value if isinstance(value, dict) else {"valor": value}


def list_entries(
    store: Store, where: JournalFilter | None = None, limit: int = PAGE_SIZE, offset: int = 0
) -> JournalPage:
    """Entries matching ``where``, newest first: ``limit`` of them from ``offset``.

    The entries are shown exactly as stored, even when someone altered them:
    ``verify`` is what says whether the chain still holds.
    """
    where = where or JournalFilter()
    limit = max(1, limit)
    offset = max(0, offset)
    with store.session() as session:
        total = session.execute(_filtered(select(func.count(JournalEntry.seq)), where)).scalar_one()
        query = _filtered(select(JournalEntry), where).order_by(JournalEntry.seq.desc()).limit(limit).offset(offset)
        rows = tuple(
            JournalRow(e.seq, e.created_at, e.actor, e.kind, e.ref, _payload(e.payload), e.hash, e.prev_hash)
            for e in session.execute(query).scalars()
        )
    return JournalPage(rows, int(total), offset, limit)


def journal_kinds(store: Store) -> list[str]:
    """Every kind of entry the journal holds, for a filter list."""
    with store.session() as session:
        return list(session.execute(select(JournalEntry.kind).distinct().order_by(JournalEntry.kind)).scalars())


def journal_actors(store: Store) -> list[str]:
    """Everyone who appears in the journal (and ``sistema``), for a filter list."""
    with store.session() as session:
        return list(session.execute(select(JournalEntry.actor).distinct().order_by(JournalEntry.actor)).scalars())
