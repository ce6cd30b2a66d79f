"""Reading the journal: entries filtered by day, kind, person and reference, newest first, a page at a time."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select

from ..store import Store
from ..store.images import JOURNALED, layout
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
    return named_rows(value) if isinstance(value, dict) else {"valor": value}


def named_rows(payload: dict[str, Any]) -> dict[str, Any]:
    """The payload with each row image as column → value, for people to read.

    Images list their values in the columns the journal holds for their
    table (see :mod:`mamakilla_pos.store.images`); they are named here by
    the table's columns now. An image of another length (written before a
    column was added) is left as it is.
    """
    rows = payload.get("rows")
    if not isinstance(rows, dict):
        return payload
    named: dict[str, Any] = {}
    for table, images in rows.items():
        columns = layout(table).columns if table in JOURNALED else ()
        named[table] = [
            dict(zip(columns, image, strict=True)) if isinstance(image, list) and len(image) == len(columns) else image
            for image in images or []
        ]
    return {**payload, "rows": named}


def list_entries(
    store: Store, where: JournalFilter | None = None, limit: int = PAGE_SIZE, offset: int = 0
) -> JournalPage:
    """Entries matching ``where``, newest first: ``limit`` of them from ``offset``.

    The entries are shown as stored (row images with their columns named,
    :func:`named_rows`), even when someone altered them: ``verify`` is what
    says whether the chain still holds.
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


# -- what the entries refer to, by name ---------------------------------------------------------------


@dataclass(frozen=True)
class MovementRecord:
    """A stock movement as an entry records it."""

    item_id: int | None
    location_id: int | None
    quantity: int
    kind: str


@dataclass(frozen=True)
class JournalNames:
    """Names of what a page of entries refers to by id: items, places, makers, products, people."""

    items: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → (code, product name)
    locations: dict[int, str] = field(default_factory=dict)
    location_codes: dict[str, str] = field(default_factory=dict)  # code → name
    makers: dict[int, str] = field(default_factory=dict)
    products: dict[int, str] = field(default_factory=dict)
    users: dict[int, str] = field(default_factory=dict)


def _image_rows(payload: dict[str, Any], table: str) -> list[dict[str, Any]]:
    """Rows of ``table`` imaged in an entry, column → value: as :func:`named_rows` gives them,
    or a ``{"columns": [...], "rows": [[...]]}`` block."""
    images = payload.get("rows")
    image = images.get(table) if isinstance(images, dict) else None
    if isinstance(image, list):
        return [row for row in image if isinstance(row, dict)]
    if not isinstance(image, dict):
        return []
    columns = image.get("columns") or []
    return [dict(zip(columns, row, strict=False)) for row in image.get("rows") or [] if isinstance(row, list)]


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def movements_of(payload: dict[str, Any]) -> list[MovementRecord]:
    """The stock movements an entry records, in either of the forms the journal has used."""
    found = [
        MovementRecord(_int(m[1]), _int(m[2]), _int(m[3]) or 0, str(m[4]))
        for m in payload.get("movements") or []
        if isinstance(m, list) and len(m) >= 5
    ]
    if found:
        return found
    return [
        MovementRecord(
            _int(r.get("item_id")), _int(r.get("location_id")), _int(r.get("quantity")) or 0, str(r.get("kind", ""))
        )
        for r in _image_rows(payload, "stock_movements")
    ]


def _ids(rows: Sequence[JournalRow]) -> dict[str, set[int]]:
    wanted: dict[str, set[int]] = {"items": set(), "makers": set(), "products": set(), "users": set()}
    for row in rows:
        p = row.payload
        for movement in movements_of(p):
            if movement.item_id is not None:
                wanted["items"].add(movement.item_id)
        for line in p.get("lines") or []:
            if isinstance(line, list) and len(line) > 1 and _int(line[1]) is not None:
                wanted["items"].add(int(line[1]))
        created = p.get("created")
        for maker in (created.get("makers") if isinstance(created, dict) else None) or []:
            if isinstance(maker, list) and maker and _int(maker[0]) is not None:
                wanted["makers"].add(int(maker[0]))
        if row.kind == "payout" and _int(p.get("maker")) is not None:
            wanted["makers"].add(int(p["maker"]))
        ref = _int(row.ref)
        if ref is not None:
            kind = {"maker": "makers", "product": "products", "price": "products", "user": "users"}.get(row.kind)
            kind = "users" if row.kind.startswith("user") else kind
            if kind:
                wanted[kind].add(ref)
    return wanted


def journal_names(store: Store, rows: Sequence[JournalRow]) -> JournalNames:
    """The names of the items, places, makers, products and people ``rows`` refer to by id."""
    from ..store.models import Item, Location, Maker, Product, User

    wanted = _ids(rows)
    with store.session() as session:
        items = {
            item.id: (item.code, item.product.name)
            for item in session.execute(select(Item).where(Item.id.in_(wanted["items"] or {0}))).unique().scalars()
        }
        places = session.execute(select(Location.id, Location.code, Location.name)).all()
        makers = dict(session.execute(select(Maker.id, Maker.name).where(Maker.id.in_(wanted["makers"] or {0}))).all())
        products = dict(
            session.execute(select(Product.id, Product.name).where(Product.id.in_(wanted["products"] or {0}))).all()
        )
        users = dict(session.execute(select(User.id, User.name).where(User.id.in_(wanted["users"] or {0}))).all())
    return JournalNames(
        items=items,
        locations={place_id: name for place_id, _code, name in places},
        location_codes={code: name for _id, code, name in places},
        makers=makers,
        products=products,
        users=users,
    )
