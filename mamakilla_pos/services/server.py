"""Becoming a shop with a server (DESIGN.md §9): ``publish`` copies this till's shop into an empty
PostgreSQL database, which becomes the shop server, and records the server in the till's file.

The copy is the whole shop, history included, row for row and column for
column (:mod:`mamakilla_pos.store.copy`): documents keep their UUIDs, the
journal its entries and hashes, so ``verify`` on the server passes as it
does on the till. The server then remembers which shop it is
(``shop_server``) and how far this till's own journal chain reached it
(``till_chains``); the till remembers its server (``sync_link``): from then
on every document it journals waits for ``sync``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, inspect, select, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ..paths import sqlite_path
from ..store import Store, models
from ..store.chain import GENESIS
from ..store.copy import copy_rows, empty_tables, shop_tables
from ..store.engine import make_engine
from ..store.ids import new_id
from ..store.migrate import current_revision, head_revision, upgrade
from .clock import now
from .errors import UserError
from .tills import NOT_A_TILL

LOCAL_ONLY = ("sync_link", "shop_server", "till_chains", "till_entries", "till_syncs")
"""Tables about a database's place among the shop's: never copied from one database to another."""


@dataclass(frozen=True)
class Published:
    """What ``publish`` copied."""

    server: str
    till: str
    sales: int
    journal: int
    rows: int


@dataclass(frozen=True)
class Link:
    """A till's shop server, as the till remembers it."""

    server_url: str
    shop_id: uuid.UUID
    till: str
    pushed_seq: int
    pushed_hash: str
    last_sync_at: datetime | None
    last_error: str


def shown(url: str) -> str:
    """A database URL as messages show it: without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return url


def first_line(exc: BaseException) -> str:
    """The first line of an error's text (a driver's message can run to many)."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def link_of(store: Store) -> Link | None:
    """This till's shop server, ``None`` when it has none."""
    with store.session() as session:
        row = session.get(models.SyncLink, 1)
        if row is None:
            return None
        return Link(
            row.server_url, row.shop_id, row.till, row.pushed_seq, row.pushed_hash, row.last_sync_at, row.last_error
        )


def server_engine(url: str) -> Engine:
    """An engine on the shop server at ``url``.

    Raises:
        UserError: ``url`` is no PostgreSQL database URL.
    """
    if not url.startswith("postgresql"):
        raise UserError(f"el servidor de la tienda es una base PostgreSQL (postgresql+psycopg://…), no «{url}»")
    try:
        return make_engine(url)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise UserError(f"no se puede usar el servidor {shown(url)}: {first_line(exc)}") from None


_UNUSED = text("SELECT count(*) FROM journal WHERE NOT (kind = 'rows' AND ref LIKE 'actualización %')")


def _server_state(engine: Engine, url: str) -> bool:
    """Whether the server still needs its schema; refuses a server that is not an empty database.

    Empty is: no tables at all, or this program's schema at this program's
    revision with nothing done on it yet (a publish cut short after the
    schema is simply run again).
    """
    try:
        revision = current_revision(engine)
        with engine.connect() as connection:
            names = set(inspect(connection).get_table_names())
            if not names:
                return True
            if revision is not None and revision != head_revision():
                raise UserError(
                    f"la base {shown(url)} está en otra versión del esquema ({revision}, esta aplicación: "
                    f"{head_revision()}): publish copia la tienda solo a una base vacía"
                )
            used = (
                revision is None
                or connection.execute(select(models.ShopServer.id)).first() is not None
                or connection.execute(_UNUSED).scalar_one() > 0
            )
    except SQLAlchemyError as exc:
        raise UserError(f"no se pudo conectar con el servidor {shown(url)}: {first_line(exc)}") from None
    if used:
        raise UserError(f"la base {shown(url)} no está vacía: publish copia la tienda solo a una base nueva")
    return False


def _till_of(store: Store) -> str:
    if sqlite_path(store.url) is None:
        raise UserError("publish copia el archivo de una caja (SQLite) al servidor; esta base no es el de una caja")
    existing = link_of(store)
    if existing is not None:
        raise UserError(f"esta caja ya es de la tienda del servidor {shown(existing.server_url)}")
    if store.till is None:
        raise UserError(NOT_A_TILL)
    return store.till


def _copy_shop(store: Store, target: Connection, till: str) -> tuple[uuid.UUID, int, str, datetime, dict[str, int]]:
    """Inside the server's transaction: the shop's rows, which shop it is and where this till's chain stands."""
    target.execute(text("SET LOCAL statement_timeout = 0"))
    target.execute(text("LOCK TABLE shop_server IN EXCLUSIVE MODE"))  # two publishes at once: one waits, then fails
    if target.execute(select(models.ShopServer.id)).first() is not None:
        raise UserError("el servidor ya tiene una tienda: publish copia la tienda solo a una base nueva")
    tables = shop_tables(skip=LOCAL_ONLY)
    with store.snapshot() as snapshot:
        source = snapshot.connection()
        head = source.execute(select(models.JournalHead.seq, models.JournalHead.hash)).first()
        empty_tables(target, tables)
        counts = copy_rows(source, target, tables)
    seq, digest = (head[0], head[1]) if head is not None else (0, GENESIS)
    shop_id, at = new_id(), now()
    target.execute(insert(models.ShopServer).values(id=1, shop_id=shop_id, published_at=at))
    chain = {"till": till, "base_seq": seq, "base_hash": digest, "seq": seq, "hash": digest, "synced_at": at}
    target.execute(insert(models.TillChain).values(**chain))
    return shop_id, seq, digest, at, counts


def publish(store: Store, server_url: str) -> Published:
    """Copy this till's shop, history included, into the empty PostgreSQL database at ``server_url``.

    The rows are copied in one transaction on the server: a publish cut
    short leaves the server as it was, and is simply run again. The till
    can sell meanwhile: what it journals after the copy's snapshot waits
    for its first ``sync``.

    Raises:
        UserError: this database is no till's file, or already has a server; the
            server cannot be reached, is not empty or is at another schema
            version (nothing is changed on either side).
    """
    till = _till_of(store)
    engine = server_engine(server_url)
    try:
        if _server_state(engine, server_url):
            upgrade(engine)  # the schema at this program's revision
        with engine.begin() as target:
            shop_id, seq, digest, at, counts = _copy_shop(store, target, till)
    except SQLAlchemyError as exc:
        raise UserError(f"no se pudo publicar en el servidor {shown(server_url)}: {first_line(exc)}") from None
    finally:
        engine.dispose()
    with store.session() as session, session.begin():
        session.execute(
            insert(models.SyncLink).values(
                id=1,
                server_url=server_url,
                shop_id=shop_id,
                till=till,
                pushed_seq=seq,
                pushed_hash=digest,
                pulled_seq=seq,
                last_sync_at=at,
                last_error="",
            )
        )
    return Published(shown(server_url), till, counts.get("sales", 0), counts.get("journal", 0), sum(counts.values()))
