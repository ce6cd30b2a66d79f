"""``sync``: a till and its shop server over the network (psycopg 3) (DESIGN.md §9).

**Push.** The till's outbox (:mod:`.sync_outbox`) goes to the server in
batches; each batch is taken in one transaction on the server
(:func:`.sync_take.take_in`), then the till notes that the server holds it.
A sync cut anywhere (the process killed, the connection dropped) loses
nothing and doubles nothing: a batch the server did not commit is sent
again; a batch it committed but the till did not note is sent again and
the server, which holds those entries, skips them (hash for hash).

**Pull.** The till's cursor (``sync_link.pulled_seq``) is a position in the
server's journal. The master data recorded there after it (``rows``
entries: catalogue, prices, makers, users and PINs, roles, the shop's
settings) names the rows to bring: their current state is read from the
server's tables and written into the till's, which journals them as its
own master data; the stock others moved meanwhile comes as one movement
per item and location (:mod:`.sync_stock`), the payouts others made with
the share entries they settled (:mod:`.sync_payouts`); then the cursor
moves to the server's last entry, in the same transaction (a pull that
finds the cursor moved by another pull of the till writes nothing). What a
till owns (its cash sessions, the orders it took, its own settings: series,
location, printer, backups) is never pulled; other tills' cash sessions are.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, Uuid, delete, select, text, tuple_, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from ..store import Store, models
from ..store.copy import shop_tables
from ..store.images import JOURNALED, ROWS, layout
from ..store.migrate import current_revision, head_revision, known_revisions
from . import journal
from .clock import now
from .errors import UserError
from .server import Link, first_line, link_of, server_engine, shown
from .server_rules import FROM_SERVER
from .sync_outbox import NO_SERVER, headers_in, pending_in, pictures_in, waiting_in
from .sync_payouts import Paid, others_payouts_in, write_payouts_in
from .sync_stock import Moves, others_moves_in, write_moves_in
from .sync_take import TILL_MASTER, Taken, check_entries, take_in

PUSH_BATCH = 500
"""Entries pushed in one transaction."""
TILL_SETTINGS = (
    "till_series",
    "till_location",
    "printer",
    "backup_folder",
    "receipt_paper",
    "after_payment",
    "configured",
)
"""Settings of one till, not of the shop: never pulled."""
TILL_SETTING_PREFIXES = ("printer:",)
NEVER_PULLED = tuple(t for t in (*TILL_MASTER, "this_till") if t != "cash_sessions")
"""Master data a till owns, and which till its file is. Other tills' cash sessions are pulled (the payouts
pulled point to them); a till's own never are."""


@dataclass(frozen=True)
class Synced:
    """What a sync did: the merge report of what went, what came, and what still waits."""

    server: str
    till: str
    pushed: Taken
    pulled: dict[str, int] = field(default_factory=dict)
    waiting: int = 0


def sync(store: Store) -> Synced:
    """Push this till's waiting documents to its shop server, then pull what changed there.

    Raises:
        UserError: the till has no server; the server cannot be reached, is of
            another shop or at another program version; the server refuses the
            till's chain. The till notes the error (``sync_link.last_error``).
    """
    link = link_of(store)
    if link is None:
        raise UserError(NO_SERVER)
    engine = server_engine(link.server_url)
    try:
        try:
            check_link(engine, link)
            pushed = push(store, engine, link)
            pulled = pull(store, engine, link)
        except SQLAlchemyError as exc:
            raise UserError(
                f"no se pudo sincronizar con el servidor {shown(link.server_url)}: {first_line(exc)}"
            ) from None
    except UserError as exc:
        _note(store, str(exc))
        raise
    finally:
        engine.dispose()
    _note(store, "")
    with store.session() as session:
        waiting = waiting_in(session)
    return Synced(shown(link.server_url), link.till, pushed, pulled, waiting)


def _note(store: Store, error: str) -> None:
    """The till remembers how its last sync went (the time only when it went through)."""
    values: dict[str, Any] = {"last_error": error[:500]}
    if not error:
        values["last_sync_at"] = now()
    try:
        with store.session() as session, session.begin():
            session.execute(update(models.SyncLink).where(models.SyncLink.id == 1).values(**values))
    except SQLAlchemyError:
        pass  # the error at hand is the one to tell


def check_link(engine: Engine, link: Link) -> None:
    revision = current_revision(engine)
    if revision != head_revision():
        newer = revision is not None and revision not in known_revisions()
        raise UserError(
            f"el servidor {shown(link.server_url)} es de una versión "
            f"{'más nueva' if newer else 'distinta'} de la aplicación ({revision}): "
            f"{'actualice esta caja' if newer else 'actualice el servidor'} antes de sincronizar"
        )
    with engine.connect() as connection:
        shop = connection.execute(select(models.ShopServer.shop_id)).scalar_one_or_none()
    if shop != link.shop_id:
        raise UserError(f"el servidor {shown(link.server_url)} es de otra tienda, no de la de esta caja")


def push(store: Store, engine: Engine, link: Link) -> Taken:
    with store.snapshot() as session:
        entries = pending_in(session, link.pushed_seq)
        headers = headers_in(session)
        pictures = pictures_in(session, entries)
    check_entries(link.till, (link.pushed_seq, link.pushed_hash), entries)
    taken = Taken()
    for start in range(0, len(entries), PUSH_BATCH):
        batch = entries[start : start + PUSH_BATCH]
        with engine.begin() as connection:
            taken.add(take_in(connection, link.till, batch, headers, pictures))
        last = batch[-1]
        with store.session() as session, session.begin():
            session.execute(
                update(models.SyncLink)
                .where(models.SyncLink.id == 1, models.SyncLink.pushed_seq < last[0])
                .values(pushed_seq=last[0], pushed_hash=last[7])
            )
    return taken


def _pulled_tables() -> list[Table]:
    return [t for t in shop_tables() if t.name in JOURNALED and JOURNALED[t.name].master and t.name not in NEVER_PULLED]


def _named(
    connection: Connection, after: int
) -> tuple[int, dict[str, set[tuple[Any, ...]]], dict[str, set[tuple[Any, ...]]]]:
    """The server's last entry, and the keys of the master rows changed (or deleted) after ``after``."""
    import json

    pulled = {t.name for t in _pulled_tables()}
    top = connection.execute(text("SELECT coalesce(max(seq), 0) FROM journal")).scalar_one()
    changed: dict[str, set[tuple[Any, ...]]] = {}
    gone: dict[str, set[tuple[Any, ...]]] = {}
    query = text("SELECT payload FROM journal WHERE kind = :kind AND seq > :after AND seq <= :top ORDER BY seq")
    for (payload_text,) in connection.execute(query, {"kind": ROWS, "after": after, "top": top}):
        payload = json.loads(payload_text)
        for table, images in (payload.get("rows") or {}).items():
            if table in pulled:
                lay = layout(table)
                changed.setdefault(table, set()).update(lay.key_of(image) for image in images)
        for table, keys in (payload.get("deleted") or {}).items():
            if table in pulled:
                gone.setdefault(table, set()).update(tuple(k) for k in keys)
    return int(top), changed, gone


def _own_setting(key: Sequence[Any]) -> bool:
    name = str(key[0])
    return name in TILL_SETTINGS or name.startswith(TILL_SETTING_PREFIXES)


def _rows_by_key(connection: Connection, table: Table, keys: Iterable[tuple[Any, ...]]) -> list[dict[str, Any]]:
    wanted = list(keys)
    pk = list(table.primary_key.columns)
    found: list[dict[str, Any]] = []
    for start in range(0, len(wanted), 400):
        chunk = wanted[start : start + 400]
        where = pk[0].in_([k[0] for k in chunk]) if len(pk) == 1 else tuple_(*pk).in_(chunk)
        found += [dict(row._mapping) for row in connection.execute(select(table).where(where))]
    return found


def _typed(name: str, keys: set[tuple[Any, ...]]) -> set[tuple[Any, ...]]:
    """Keys as images hold them (a UUID as 32 hex digits) as the table's columns take them."""
    pk = list(layout(name).table.primary_key.columns)
    if not any(isinstance(c.type, Uuid) for c in pk):
        return keys
    return {
        tuple(
            uuid.UUID(str(v)) if isinstance(c.type, Uuid) and v is not None else v for c, v in zip(pk, k, strict=True)
        )
        for k in keys
    }


def pull(store: Store, engine: Engine, link: Link) -> dict[str, int]:
    with store.session() as session:
        cursor = session.execute(select(models.SyncLink.pulled_seq)).scalar_one()
    reading = engine.execution_options(isolation_level="REPEATABLE READ")
    with reading.connect() as connection, connection.begin():
        top, changed, gone = _named(connection, cursor)
        for named in (changed, gone):
            for name in named:
                named[name] = _typed(name, named[name])
            if "settings" in named:
                named["settings"] = {k for k in named["settings"] if not _own_setting(k)}
        moves = others_moves_in(connection, link.till, cursor, top)
        paid = others_payouts_in(connection, link.till, cursor, top)
        changed.setdefault("cash_sessions", set()).update((s,) for s in paid.sessions())
        fetched = {
            t.name: _rows_by_key(connection, t, changed[t.name]) for t in _pulled_tables() if changed.get(t.name)
        }
    gone.pop("cash_sessions", None)  # never deleted; a till's own are its own
    if "photos" in fetched:  # the catalogue's and the makers' photos; orders (and their photos) are not pulled
        fetched["photos"] = [row for row in fetched["photos"] if row["order_id"] is None]
    if "cash_sessions" in fetched:  # closed ones first: a till has at most one open
        rows = [row for row in fetched["cash_sessions"] if row["till"] != link.till]
        fetched["cash_sessions"] = sorted(rows, key=lambda row: row["closed_at"] is None)
    for table, rows in fetched.items():  # deleted, then made again: the row as it is now
        pk = [c.name for c in layout(table).table.primary_key.columns]
        gone[table] = gone.get(table, set()) - {tuple(row[name] for name in pk) for row in rows}
    return _write_pulled(store, (cursor, top), fetched, gone, moves, paid)


def _write_pulled(
    store: Store,
    cursor: tuple[int, int],
    fetched: dict[str, list[dict[str, Any]]],
    gone: dict[str, set[tuple[Any, ...]]],
    moves: Moves,
    paid: Paid,
) -> dict[str, int]:
    """Write the rows brought from the server into the till, journaled as its master data, the stock others
    moved (:mod:`.sync_stock`) and the payouts they made (:mod:`.sync_payouts`), and move the cursor from
    where it was read to the server's last entry (a pull that finds it moved meanwhile writes nothing)."""
    counts: dict[str, int] = {}
    with store.session() as session, session.begin():
        session.info[FROM_SERVER] = True
        moved_on = session.execute(
            update(models.SyncLink)
            .where(models.SyncLink.id == 1, models.SyncLink.pulled_seq == cursor[0])
            .values(pulled_seq=cursor[1])
        )
        if moved_on.rowcount != 1:  # type: ignore[attr-defined]
            return counts  # another pull of this till took the same entries
        for table in _pulled_tables():
            rows = fetched.get(table.name)
            if not rows:
                continue
            lay = layout(table.name)
            pk = [c.name for c in table.primary_key.columns]
            statement = sqlite_insert(table)
            kept = [c for c in table.columns if c.name not in pk and c.name not in lay.spec.volatile]
            statement = statement.on_conflict_do_update(
                index_elements=pk, set_={c.name: statement.excluded[c.name] for c in kept}
            )
            session.execute(statement, rows)
            journal.touch_in(session, table.name, [tuple(row[name] for name in pk) for row in rows])
            counts[table.name] = len(rows)
        for table in reversed(_pulled_tables()):
            keys = gone.get(table.name)
            if not keys:
                continue
            pk = list(table.primary_key.columns)
            for key in keys:
                session.execute(delete(table).where(*(c == v for c, v in zip(pk, key, strict=True))))
            journal.touch_in(session, table.name, keys)
            counts[table.name] = counts.get(table.name, 0) + len(keys)
        if moved := write_moves_in(session, moves):
            counts["stock_movements"] = moved
        if taken := write_payouts_in(session, paid):
            counts["payouts"] = taken
    return counts
