"""Row images: the journal keeps every column of every row the app writes.

How it works
------------
Every table is either journaled or listed in :data:`NOT_JOURNALED` (a test
checks that each table is one or the other). A journaled table is either

- **master data** (:func:`master_data`): prices, products, makers, users,
  roles, settings, locations, cash sessions… rows that change. Whenever
  such a row is added, changed or deleted, the journal receives its full new
  image (or its key, for a deletion). ``verify`` replays those images in
  order, table by table and key by key, and the current rows must equal the
  last image of each: a row changed, added or deleted behind the app's back
  does not.
- **document rows** (:func:`document_rows`): sales, their lines, payments,
  share entries, stock movements, payouts, cash movements… rows written
  once, with the document that the journal entry records. Their image is in
  that entry; ``verify`` compares each image with the row. A column that a
  *later* document fills in (a share entry's ``payout_id``, set by the
  payout) is named in ``later`` and checked by that later document.

An image is the list of the row's column values (all of them, in the
table's column order, minus ``volatile`` ones such as a failed-PIN counter)
in one canonical form that every database gives back alike: money in
céntimos, UUIDs as 32 hex digits, times as ``YYYY-MM-DD HH:MM:SS.ffffff``,
booleans as 0/1, rates as decimal text, a picture (a ``LargeBinary`` column:
a photo's two sizes) as the SHA-256 of its bytes. A ``secret`` column (a PIN
hash) is imaged as its SHA-256 digest. A journal payload holds images as::

    "rows": {"products": [[3, "Bolso", ...]]},
    "deleted": {"item_makers": [[12, 4]]}

The columns an image lists are journaled too, once per table and not in
every entry: a ``rows`` entry may hold ``"columns": {"products": ["id",
"name", ...]}``, and every image after it, in the journal's order, lists
those columns, until a later ``columns`` says otherwise. The upgrade that
creates a database, and every upgrade after, journals the tables' columns
when they changed, with the master data as the migrations left it
(:func:`record_unjournaled`); so a column added by a migration is journaled
from then on without anything else to change.

Who writes the images: the services' session hooks
(:mod:`mamakilla_pos.services.journal`) image every master-data row the ORM
flushed, in one ``rows`` entry; document services put their rows' images
into their own entry (a sale: sale, lines, shares, payments, movements).
Master-data images and columns are only ever in ``rows`` entries, so a
replay reads those alone.

A new table registers here in one line:

- ``master_data("tills")``: nothing else to do when the services write it
  through the ORM; rows written with plain statements are announced with
  ``journal.touch_in(session, "tills", keys)``. Its rows as the migration that
  creates it leaves them are journaled by the upgrade.
- ``document_rows("orders")``: the service that completes the document
  passes its rows to ``journal.append_in(..., rows=journal.rows_of(order,
  *lines))`` (a row the ORM flushed without that is still imaged, in a
  ``rows`` entry, at commit).
- or an entry in :data:`NOT_JOURNALED` saying why not.
"""

from __future__ import annotations

import functools
import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, LargeBinary, Table, Uuid, select, tuple_
from sqlalchemy.engine import Connection

from . import chain, tables
from .types import DecimalText, Money

ROWS = "rows"  # the journal kind of master-data images


@dataclass(frozen=True)
class Journaled:
    """How a table is journaled (see the module's docstring)."""

    table: str
    master: bool
    volatile: tuple[str, ...] = ()
    secret: tuple[str, ...] = ()
    later: tuple[str, ...] = ()


JOURNALED: dict[str, Journaled] = {}

NOT_JOURNALED = {
    "journal": "the journal itself",
    "journal_head": "the journal's last entry, checked against the chain",
    "receipt_series": "counters: receipt and payout numbers are checked for gaps instead",
    "parked_sales": "carts put aside at a till, gone once taken back",
    "document_headers": "content-addressed: each row's id is the SHA-256 of its texts, which verify recomputes",
    "alembic_version": "the schema's revision",
    "sync_link": "where this till stands with its shop server, not shop data",
    "shop_server": "which shop a server is, written once by publish",
    "till_chains": "how far each till's chain reached the server, checked against till_entries",
    "till_entries": "each till's own chain as the server took it, checked by verify",
    "till_syncs": "how each sync of a till went on the server: a report, not shop data",
}


def master_data(table: str, *, volatile: Sequence[str] = (), secret: Sequence[str] = ()) -> None:
    """Journal ``table`` as master data: every change is imaged, ``verify`` replays them."""
    JOURNALED[table] = Journaled(table, True, tuple(volatile), tuple(secret))


def document_rows(table: str, *, later: Sequence[str] = ()) -> None:
    """Journal ``table`` as rows written once with a document, imaged in the document's entry."""
    JOURNALED[table] = Journaled(table, False, later=tuple(later))


master_data("settings")
master_data("roles")
master_data("users", volatile=("failed_pins", "locked_until"), secret=("pin_hash",))
master_data("locations")
master_data("makers")
master_data("categories")
master_data("products")
master_data("items")
master_data("item_makers")
master_data("tills")
master_data("this_till")
master_data("cash_sessions")  # opened, then closed: the close changes the row
master_data("photos")  # each picture imaged as the SHA-256 of its bytes
document_rows("sales")
document_rows("sale_lines")
document_rows("payments")
document_rows("share_entries", later=("payout_id",))
document_rows("stock_movements")
document_rows("payouts")
document_rows("cash_movements")
master_data("orders")  # its status changes, and the sale that delivered it
master_data("order_makers")
document_rows("order_payments")
document_rows("order_events")
master_data("partners")
document_rows("consignment_notes")
document_rows("consignment_lines")
document_rows("partner_reports")
document_rows("partner_sale_lines")
document_rows("partner_line_makers")
document_rows("partner_payments")
document_rows("partner_settlements")


# -- canonical values --------------------------------------------------------------------


def _cents(value: Any) -> Any:
    return None if value is None else int(Decimal(value).scaleb(2))


def _text(value: Any) -> Any:
    return None if value is None else str(Decimal(value))


def _hex(value: Any) -> Any:
    if value is None:
        return None
    return value.hex if isinstance(value, uuid.UUID) else uuid.UUID(str(value)).hex


def _stamp(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    return f"{value:%Y-%m-%d %H:%M:%S}.{value.microsecond:06d}"


def _day(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _flag(value: Any) -> Any:
    return None if value is None else int(bool(value))


def _digest(value: Any) -> Any:
    return None if value is None else "sha256:" + hashlib.sha256(str(value).encode("utf-8")).hexdigest()


def _picture(value: Any) -> Any:
    """A picture (BLOB) in an image: the SHA-256 of its bytes, not the bytes."""
    return None if value is None else "sha256:" + hashlib.sha256(bytes(value)).hexdigest()


def _converter(column: Any) -> Callable[[Any], Any] | None:
    kind = column.type
    if isinstance(kind, LargeBinary):
        return _picture
    if isinstance(kind, Money):
        return _cents
    if isinstance(kind, DecimalText):
        return _text
    if isinstance(kind, Uuid):
        return _hex
    if isinstance(kind, DateTime):
        return _stamp
    if isinstance(kind, Date):
        return _day
    if isinstance(kind, Boolean):
        return _flag
    return None


def _identity(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Layout:
    """A journaled table's imaged columns and how to image a row of it."""

    spec: Journaled
    table: Table
    columns: tuple[str, ...]
    attrs: tuple[str, ...]  # the model's attribute for each column
    convert: tuple[Callable[[Any], Any], ...]  # Python value -> canonical value
    key: tuple[int, ...]  # positions of the primary key among ``columns``
    position: dict[str, int] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.spec.table

    def image(self, obj: Any) -> tuple[Any, ...]:
        """The image of a model instance (or any object with the model's attribute names)."""
        return tuple(conv(getattr(obj, attr)) for conv, attr in zip(self.convert, self.attrs, strict=True))

    def key_of(self, image: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(image[i] for i in self.key)

    def canonical_key(self, values: Sequence[Any]) -> tuple[Any, ...]:
        """A primary key given as Python values, in canonical form."""
        return tuple(self.convert[i](v) for i, v in zip(self.key, values, strict=True))


@functools.cache
def layout(name: str) -> Layout:
    """The layout of journaled table ``name`` (makes the models on first use)."""
    from . import models
    from .base import Base

    models.load()
    spec = JOURNALED[name]
    table = Base.metadata.tables[name]
    mapper = next(m for m in Base.registry.mappers if m.local_table is table)
    columns = [c for c in table.columns if c.name not in spec.volatile]
    convert: list[Callable[..., Any]] = []
    for column in columns:
        base = _converter(column) or _identity
        if column.name in spec.secret:
            convert.append(lambda v, base=base: _digest(base(v)))
        else:
            convert.append(base)
    names = tuple(c.name for c in columns)
    return Layout(
        spec,
        table,
        names,
        tuple(mapper.get_property_by_column(c).key for c in columns),
        tuple(convert),
        tuple(names.index(c.name) for c in table.primary_key.columns),
        {n: i for i, n in enumerate(names)},
    )


# -- reading current rows ----------------------------------------------------------------


def _raw_sqlite(connection: Connection) -> Any | None:
    """The driver's sqlite3 connection, for reads where every value is already canonical."""
    if connection.dialect.name != "sqlite":
        return None
    return connection.connection.driver_connection


def read_all(connection: Connection, lay: Layout) -> Iterator[tuple[Any, ...]]:
    """Every row of the table, imaged, in the table's natural order (insertion order on SQLite)."""
    raw = _raw_sqlite(connection)
    if raw is not None:
        # SQLite stores every value in its canonical form already: only secrets and pictures are converted.
        secret = [
            i for i, c in enumerate(lay.columns) if c in lay.spec.secret or isinstance(lay.table.c[c].type, LargeBinary)
        ]
        cursor = raw.execute(f"SELECT {', '.join(_quoted(c) for c in lay.columns)} FROM {_quoted(lay.name)}")
        cursor.arraysize = 2000
        while batch := cursor.fetchmany():
            if not secret:
                yield from batch
                continue
            for row in batch:
                values = list(row)
                for i in secret:
                    values[i] = lay.convert[i](values[i])
                yield tuple(values)
        return
    query = select(*(lay.table.c[c] for c in lay.columns))
    result = connection.execute(query.execution_options(stream_results=True, yield_per=2000))
    convert = lay.convert
    for row in result:
        yield tuple(conv(v) for conv, v in zip(convert, row, strict=True))


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def read_keys(connection: Connection, lay: Layout, keys: Iterable[Sequence[Any]]) -> dict[tuple[Any, ...], tuple]:
    """The images of the rows with primary keys ``keys`` (Python values), by canonical key."""
    wanted = [tuple(k) for k in keys]
    found: dict[tuple[Any, ...], tuple] = {}
    pk = [lay.table.c[lay.columns[i]] for i in lay.key]
    query = select(*(lay.table.c[c] for c in lay.columns))
    for start in range(0, len(wanted), 400):
        chunk = wanted[start : start + 400]
        where = pk[0].in_([k[0] for k in chunk]) if len(pk) == 1 else tuple_(*pk).in_(chunk)
        for row in connection.execute(query.where(where)):
            image = tuple(conv(v) for conv, v in zip(lay.convert, row, strict=True))
            found[lay.key_of(image)] = image
    return found


# -- payloads ------------------------------------------------------------------------------


def payload_rows(
    images: Mapping[str, Sequence[Sequence[Any]]], deleted: Mapping[str, Sequence[Sequence[Any]]] | None = None
) -> dict[str, Any]:
    """The ``rows`` (and ``deleted``) part of a journal payload, in the tables' current columns."""
    out: dict[str, Any] = {}
    rows = {t: [list(r) for r in rs] for t, rs in images.items() if rs}
    if rows:
        out["rows"] = rows
    gone = {t: [list(k) for k in ks] for t, ks in (deleted or {}).items() if ks}
    if gone:
        out["deleted"] = gone
    return out


def images_of(groups: Mapping[str, Sequence[Any]]) -> dict[str, list[tuple[Any, ...]]]:
    """Images of objects grouped by table (model instances or objects with the models' attribute names)."""
    out = {}
    for table, objects in groups.items():
        lay = layout(table)
        out[table] = [lay.image(obj) for obj in objects]
    return out


# -- replaying master data -------------------------------------------------------------------


@dataclass
class Recorded:
    """The last image of a master-data row, with the entry that recorded it."""

    seq: int
    columns: tuple[str, ...]
    values: tuple[Any, ...] | None  # None: deleted


@dataclass
class Difference:
    """A master-data row whose current state is not its last journaled image."""

    table: str
    key: tuple[Any, ...]
    current: tuple[Any, ...] | None  # None: the row is gone
    recorded: Recorded | None  # None: never journaled
    columns: tuple[str, ...] = ()  # the columns that differ


class Replay:
    """The journaled state of every master-data table (the last image of each row) and of the columns."""

    def __init__(self) -> None:
        self.state: dict[str, dict[tuple[Any, ...], Recorded]] = {}
        self.columns: dict[str, tuple[str, ...]] = {}

    def feed(self, seq: int, payload: Mapping[str, Any]) -> None:
        """Apply a ``rows`` entry: the columns it journals, then its master-data images."""
        for table, columns in (payload.get("columns") or {}).items():
            self.columns[table] = tuple(columns)
        for table, rows_of_table in (payload.get("rows") or {}).items():
            spec = JOURNALED.get(table)
            if spec is None or not spec.master:
                continue
            lay = layout(table)
            columns = self.columns.get(table, lay.columns)
            same = columns == lay.columns
            key_at = lay.key if same else tuple(columns.index(lay.columns[i]) for i in lay.key)
            rows = self.state.setdefault(table, {})
            for values in rows_of_table:
                image = tuple(values)
                rows[tuple(image[i] for i in key_at)] = Recorded(seq, columns, image)
        for table, keys in (payload.get("deleted") or {}).items():
            spec = JOURNALED.get(table)
            if spec is None or not spec.master:
                continue
            rows = self.state.setdefault(table, {})
            for key in keys:
                rows[tuple(key)] = Recorded(seq, (), None)

    def differences(self, connection: Connection) -> Iterator[Difference]:
        """Every master-data row whose current state differs from the replay, table by table."""
        for table, spec in JOURNALED.items():
            if spec.master:
                yield from self._differences(connection, layout(table))

    def _differences(self, connection: Connection, lay: Layout) -> Iterator[Difference]:
        recorded = self.state.get(lay.name, {})
        seen = set()
        for image in read_all(connection, lay):
            key = lay.key_of(image)
            seen.add(key)
            last = recorded.get(key)
            if last is None or last.values is None:
                yield Difference(lay.name, key, image, last)
            elif last.columns == lay.columns:
                if last.values != image:
                    differ = tuple(c for c, a, b in zip(lay.columns, last.values, image, strict=True) if a != b)
                    yield Difference(lay.name, key, image, last, differ)
            else:
                was = dict(zip(last.columns, last.values, strict=True))
                differ = tuple(c for c, v in zip(lay.columns, image, strict=True) if c in was and was[c] != v)
                stale = tuple(c for c in lay.columns if c not in was)
                if differ or stale:
                    yield Difference(lay.name, key, image, last, differ + stale)
        for key, last in recorded.items():
            if key not in seen and last.values is not None:
                yield Difference(lay.name, key, None, last)


def replay_rows_entries(connection: Connection) -> Replay:
    """The replay of every ``rows`` entry of the journal (where master-data images are)."""
    journal = tables.journal.c
    replay = Replay()
    query = select(journal.seq, journal.payload).where(journal.kind == ROWS).order_by(journal.seq)
    for seq, text in connection.execute(query):
        try:
            payload = json.loads(text)
        except ValueError:
            continue
        if isinstance(payload, dict):
            replay.feed(seq, payload)
    return replay


def record_unjournaled(connection: Connection, ref: str, actor: str = "sistema") -> int:
    """Journal every master-data row that differs from the journal's replay; returns how many.

    Runs after an upgrade: a migration changes tables without the services,
    and what it left becomes the journaled state (one ``rows`` entry, which
    also journals the columns of every table whose columns changed). Also
    how a shop written by other means (the benchmark's generator) gets its
    master data journaled.
    """
    replay = replay_rows_entries(connection)
    columns = {t: list(layout(t).columns) for t in JOURNALED if replay.columns.get(t) != layout(t).columns}
    images: dict[str, list[tuple[Any, ...]]] = {}
    deleted: dict[str, list[tuple[Any, ...]]] = {}
    for difference in replay.differences(connection):
        if difference.current is None:
            deleted.setdefault(difference.table, []).append(difference.key)
        else:
            images.setdefault(difference.table, []).append(difference.current)
    count = sum(map(len, images.values())) + sum(map(len, deleted.values()))
    if count or columns:
        payload = {**({"columns": columns} if columns else {}), **payload_rows(images, deleted)}
        chain.write_entry(connection, ROWS, ref[:64], payload, actor, datetime.now().replace(microsecond=0))
    return count
