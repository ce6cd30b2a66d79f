"""A new till of a shop that has a server (DESIGN.md §7, §9): ``join`` and the connection test.

``join`` makes an empty SQLite file a till of the server's shop. In one
transaction on the server it adds the till (its code, its own receipt
series, its home location: journaled, so every other till pulls it) and
reads the whole shop — catalogue, makers, users and their PINs, roles,
settings, stock movements of every location, the documents and the
journal with its hashes — which it writes into the till's file; the
server then holds the till's chain from that journal entry on
(``till_chains``). The till's own file therefore starts as the server's
journal, and ``verify`` passes on it as on the server. What is one
till's own (printer, backup folder, paper, after-payment choice, series
and location settings) is not taken: the new till starts with its
defaults there.

The server's transaction holds the journal's head from the till's entry to
its commit, so no other till's document lands between what is copied and
where the till's chain begins. The till's file is written in its own
transaction, committed after the server's: a join cut short leaves the
file as it was (and a server cut short, the server), and is run again.

:func:`check_server` is the connection test the settings screen shows in
plain words before a publish or a join.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, delete, func, insert, inspect, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..machine import remember_till
from ..paths import sqlite_path
from ..store import Store, models, open_store, tables
from ..store.copy import shop_tables
from ..store.migrate import current_revision, head_revision, known_revisions
from . import journal
from .actors import SYSTEM_ID, actor_name_in
from .clock import now
from .errors import UserError
from .server import LOCAL_ONLY, first_line, link_of, server_engine, shown
from .server_rules import FROM_SERVER
from .sync_net import TILL_SETTING_PREFIXES, TILL_SETTINGS
from .tills import _check_series_in, _clean, _location_id_in, create_till_in

NOT_COPIED = (*LOCAL_ONLY, "this_till")
"""Tables of a database's place among the shop's, and which till a file is: never taken from the server."""
KEPT_FROM_SERVER = ("configured",)
"""Of one till's own settings, those a new till takes from the server (the shop is set up already)."""
DEFAULT_LOCATION = "taller"
NOT_A_SERVER = "la base {url} no es el servidor de una tienda (primero publish, desde la primera caja)"
BATCH = 5_000

_SHOP_ROWS = ("items", "products", "makers", "users", "sales", "cash_sessions", "stock_movements", "payouts")
"""A file with any row in these holds a shop of its own: join would replace it, so it refuses."""


@dataclass(frozen=True)
class Joined:
    """What ``join`` did: this file is till ``till`` of the shop at ``server``."""

    server: str
    till: str
    series: str
    location: str
    items: int
    users: int
    rows: int


@dataclass(frozen=True)
class ServerCheck:
    """The connection test, in plain words.

    ``state``: ``"empty"`` (a new database: publish can use it), ``"shop"``
    (a shop server: join can use it), ``"other"`` (a database that is
    neither), ``"unreachable"``. ``ok`` is whether publish or join can use it.
    """

    ok: bool
    state: str
    message: str
    tills: tuple[str, ...] = ()


def check_server(url: str) -> ServerCheck:
    """Try the shop server at ``url``: can it be reached, and is it empty, a shop's server or neither."""
    try:
        engine = server_engine(url)
    except UserError as exc:
        return ServerCheck(False, "other", str(exc))
    try:
        revision = current_revision(engine)
        with engine.connect() as connection:
            names = set(inspect(connection).get_table_names())
            if not names:
                return ServerCheck(True, "empty", f"Conectado a {shown(url)}: la base está vacía, lista para publicar.")
            if revision != head_revision():
                return ServerCheck(False, "other", _version_problem(url, revision))
            if "shop_server" not in names or connection.execute(select(models.ShopServer.id)).first() is None:
                return ServerCheck(
                    False, "other", f"Conectado a {shown(url)}, pero esa base no es el servidor de una tienda."
                )
            codes = tuple(connection.execute(select(tables.tills.c.code).order_by(tables.tills.c.code)).scalars())
    except SQLAlchemyError as exc:
        return ServerCheck(False, "unreachable", f"No se pudo conectar con {shown(url)}: {first_line(exc)}")
    finally:
        engine.dispose()
    listed = ", ".join(codes) if codes else "ninguna"
    return ServerCheck(True, "shop", f"Conectado al servidor de la tienda {shown(url)} (cajas: {listed}).", codes)


def _version_problem(url: str, revision: str | None) -> str:
    newer = revision is not None and revision not in known_revisions()
    return (
        f"el servidor {shown(url)} es de una versión {'más nueva' if newer else 'distinta'} de la aplicación "
        f"({revision}): {'actualice esta caja' if newer else 'actualice el servidor'} antes de unirla"
    )


def _check_empty(store: Store) -> None:
    if sqlite_path(store.url) is None:
        raise UserError("join hace del archivo de una caja (SQLite) una caja nueva; esta base no lo es")
    existing = link_of(store)
    if existing is not None:
        raise UserError(f"esta caja ya es de la tienda del servidor {shown(existing.server_url)}")
    with store.session() as session:
        for name in _SHOP_ROWS:
            if session.execute(select(func.count()).select_from(_table(name))).scalar_one():
                raise UserError(
                    "este archivo ya tiene una tienda (artículos, personas o ventas): join solo hace "
                    "una caja nueva en un archivo vacío"
                )


def _table(name: str) -> Table:
    return next(t for t in shop_tables() if t.name == name)


def join(
    store: Store, server_url: str, till_code: str, location_code: str | None = None, series: str | None = None
) -> Joined:
    """Make this empty SQLite file till ``till_code`` of the shop whose server is at ``server_url``.

    The till's receipt series is its code unless ``series`` is given; its
    home location is ``location_code`` (the workshop by default).

    Raises:
        UserError: this file is no till's, has a shop of its own or a server already;
            the server cannot be reached, is no shop server or of another program
            version; the code is bad or the server already has that till; a bad or
            taken series, an unknown or closed location. Nothing changes then on
            either side.
    """
    code = _clean(till_code, "el código de la caja")
    series = _clean(series or code, "la serie")
    location = (location_code or DEFAULT_LOCATION).strip()
    _check_empty(store)
    engine = server_engine(server_url)
    try:
        revision = current_revision(engine)
        if revision is None:
            raise UserError(NOT_A_SERVER.format(url=shown(server_url)))
        if revision != head_revision():
            raise UserError(_version_problem(server_url, revision))
    except SQLAlchemyError as exc:
        engine.dispose()
        raise UserError(f"no se pudo conectar con el servidor {shown(server_url)}: {first_line(exc)}") from None
    engine.dispose()
    server = open_store(server_url, migrate=False)
    try:
        counts = _join(store, server, code, series, location)
    except SQLAlchemyError as exc:
        raise UserError(f"no se pudo unir la caja al servidor {shown(server_url)}: {first_line(exc)}") from None
    finally:
        server.dispose()
    remember_till(store.url, code)
    store.be_till(code)
    return Joined(
        shown(server_url), code, series, location, counts.get("items", 0), counts.get("users", 0), sum(counts.values())
    )


def _join(store: Store, server: Store, code: str, series: str, location: str) -> dict[str, int]:
    """The till added on the server and the shop copied into this file; the server commits first."""
    with store.session() as session, session.begin():
        session.info[FROM_SERVER] = True
        with server.session() as remote, remote.begin():
            remote.execute(text("SET LOCAL statement_timeout = 0"))
            shop_id = remote.execute(select(models.ShopServer.shop_id)).scalar_one_or_none()
            if shop_id is None:
                raise UserError(NOT_A_SERVER.format(url=shown(server.url)))
            if remote.execute(select(tables.tills.c.code).where(tables.tills.c.code == code)).first() is not None:
                raise UserError(f"el servidor ya tiene la caja {code}: elija otro código para esta caja")
            _check_series_in(remote, series, code)
            location_id = _location_id_in(remote, location)
            create_till_in(
                remote, code, series, location_id, actor_name_in(remote, SYSTEM_ID)
            )  # holds the journal head
            remote.flush()
            source = remote.connection()
            seq, digest = source.execute(select(models.JournalHead.seq, models.JournalHead.hash)).one()
            counts = _copy_in(source, session.connection())
            at = now()
            chain = {"till": code, "base_seq": seq, "base_hash": digest, "seq": seq, "hash": digest, "synced_at": at}
            source.execute(insert(models.TillChain).values(**chain))
        _be_this_till_in(session, code)
        session.execute(
            insert(models.SyncLink).values(
                id=1,
                server_url=server.url,
                shop_id=shop_id,
                till=code,
                pushed_seq=seq,
                pushed_hash=digest,
                pulled_seq=seq,
                last_sync_at=at,
                last_error="",
            )
        )
    return counts


def _copy_in(source: Connection, target: Connection) -> dict[str, int]:
    """Every row of the shop on the server into this file, its own rows removed first (parents last)."""
    wanted = shop_tables(skip=NOT_COPIED)
    target.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # references checked at the commit, whole
    target.execute(delete(tables.this_till))
    for table in reversed(wanted):
        target.execute(delete(table))
    counts: dict[str, int] = {}
    for table in wanted:
        rows = source.execute(select(table))
        copied = 0
        while batch := rows.fetchmany(BATCH):
            target.execute(insert(table), [dict(row._mapping) for row in batch])
            copied += len(batch)
        counts[table.name] = copied
    return counts


def _be_this_till_in(session: Session, code: str) -> None:
    """This file is till ``code``; one till's own settings start from their defaults (journaled)."""
    keys = tables.settings.c.key
    own = [
        key
        for key in session.execute(select(keys)).scalars()
        if (key in TILL_SETTINGS or key.startswith(TILL_SETTING_PREFIXES)) and key not in KEPT_FROM_SERVER
    ]
    if own:
        session.execute(delete(tables.settings).where(keys.in_(own)))
        journal.touch_in(session, "settings", [(key,) for key in own])
    session.execute(insert(tables.this_till).values(id=1, till_code=code))
    journal.touch_in(session, "this_till", [(1,)])
