"""What a till with a shop server does only with the server (DESIGN.md §9).

**Payouts and stocktakes** are made online: with the server reachable, the
till first sends what it holds and takes what changed (so it counts and
pays against the shop as it is), then takes the shop's lock for that work
(a PostgreSQL advisory lock: two tills, or a till and the back office,
never pay or count at once), makes the document and sends it before the
lock is let go. A payout is also refused when the server already holds as
paid a share entry the till still sees unpaid (another till paid it): no
share entry is ever settled twice. With the server out of reach they are
refused, saying why. On the server itself (the back office) the same lock
is taken.

**Master data** (catalogue, prices, makers, users and their PINs, roles,
the shop's settings, locations, tills, partner shops, the photos of
products and makers) belongs to the
server: a till with a server refuses to change it, and it reaches the till
at its next sync. What a till owns stays its own: its cash sessions, the
orders it takes and their photos, which till it is, its own settings
(printer, paper, backup folder…) and a PIN made again at a login.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import text, update
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..paths import sqlite_path
from ..store import Store, models
from .errors import UserError

FROM_SERVER = "server.from_server"
"""``Session.info`` key: this transaction writes what came from the server (a pull, a join)."""

PAYOUT, STOCKTAKE = "payout", "stocktake"
_LOCKS = {PAYOUT: 20_201, STOCKTAKE: 20_202}
_WHY = {
    PAYOUT: (
        "los pagos a artesanas se hacen con el servidor de la tienda, para que ninguna participación "
        "se pague dos veces desde dos cajas sin conexión"
    ),
    STOCKTAKE: "los inventarios se hacen con el servidor de la tienda, que tiene el stock de todas las cajas",
}
CONNECT_TIMEOUT = 5
"""Seconds a till waits for its server before it says the server cannot be reached."""

_TILL_OWNS = ("cash_sessions", "orders", "order_makers", "this_till", "photos")
_MASTER_WORDS = {
    "products": "el catálogo",
    "items": "el catálogo",
    "item_makers": "el catálogo",
    "categories": "el catálogo",
    "makers": "las artesanas",
    "users": "las personas y sus PIN",
    "roles": "los roles",
    "settings": "los ajustes de la tienda",
    "locations": "las ubicaciones",
    "tills": "las cajas",
    "partners": "las tiendas aliadas",
}


def _server_url(url: str) -> str:
    parsed = make_url(url)
    if "connect_timeout" in parsed.query:
        return url
    return parsed.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT)}).render_as_string(hide_password=False)


@contextmanager
def online(store: Store, work: str) -> Iterator[None]:
    """Around a payout or a stocktake: on a till with a server, made online under the shop's lock.

    On a till without a server nothing changes. On the shop server (PostgreSQL)
    the lock is taken. On a till with a server: the server must be reachable.

    Raises:
        UserError: the till's server cannot be reached, is of another shop or
            version, or refuses the till's documents; nothing is done then.
    """
    if store.engine.dialect.name == "postgresql":
        with _locked(store.engine, work):
            yield
        return
    from .server import first_line, link_of, server_engine, shown

    link = link_of(store) if sqlite_path(store.url) is not None else None
    if link is None:
        yield
        return
    engine = server_engine(_server_url(link.server_url))
    lock = None
    try:
        try:
            _bring_up_to_date(store, engine)
            lock = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _LOCKS[work]})
            _bring_up_to_date(store, engine)  # what another till sent while this one waited for the lock
            if work == PAYOUT:
                _number_after_servers(store, lock)
        except SQLAlchemyError as exc:
            raise UserError(
                f"{_WHY[work]}: no se pudo conectar con el servidor {shown(link.server_url)} "
                f"({first_line(exc)}); inténtelo cuando haya conexión"
            ) from None
        yield
        _send_now(store, engine)
    finally:
        if lock is not None:
            _let_go(lock, work)
        engine.dispose()


@contextmanager
def _locked(engine: Engine, work: str) -> Iterator[None]:
    lock = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    try:
        lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _LOCKS[work]})
        yield
    finally:
        _let_go(lock, work)


def _let_go(lock: Any, work: str) -> None:
    try:
        lock.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _LOCKS[work]})
        lock.close()
    except SQLAlchemyError:
        lock.invalidate()  # a connection gone takes its lock with it


def _number_after_servers(store: Store, server: Any) -> None:
    """The till's next payout number past every payout number the server holds (slips never share one)."""
    top = server.execute(text("SELECT max(number) FROM payouts WHERE number LIKE 'P-%'")).scalar()
    if top is None:
        return
    wanted = int(str(top)[2:]) + 1
    with store.session() as session, session.begin():
        row = session.execute(text("SELECT next_number FROM receipt_series WHERE code = 'P'")).first()
        if row is None:
            session.execute(text("INSERT INTO receipt_series (code, next_number) VALUES ('P', :n)"), {"n": wanted})
        elif row[0] < wanted:
            session.execute(text("UPDATE receipt_series SET next_number = :n WHERE code = 'P'"), {"n": wanted})


def _bring_up_to_date(store: Store, engine: Engine) -> None:
    from .server import link_of
    from .sync_net import check_link, pull, push

    link = link_of(store)
    assert link is not None
    check_link(engine, link)
    push(store, engine, link)
    pull(store, engine, link)


def _send_now(store: Store, engine: Engine) -> None:
    """The document just made, to the server before the lock goes; a cut here leaves it waiting for sync."""
    from .server import first_line, link_of
    from .sync_net import push

    link = link_of(store)
    assert link is not None
    try:
        push(store, engine, link)
    except (SQLAlchemyError, UserError) as exc:
        with store.session() as session, session.begin():
            message = str(exc) if isinstance(exc, UserError) else first_line(exc)
            session.execute(update(models.SyncLink).values(last_error=message[:500]))


def check_unpaid_on_server_in(session: Session, entry_ids: Sequence[Any]) -> None:
    """A payout at a till with a server: none of ``entry_ids`` may be paid on the server already.

    Raises:
        UserError: the server holds some of them as paid (another till paid them).
    """
    from .server import server_engine

    if not entry_ids or session.get_bind().dialect.name != "sqlite":
        return
    url = session.execute(text("SELECT server_url FROM sync_link WHERE id = 1")).scalar()
    if url is None:
        return
    engine = server_engine(_server_url(url))
    try:
        with engine.connect() as connection:
            paid = connection.execute(
                text("SELECT count(*) FROM share_entries WHERE id::text = ANY(:ids) AND payout_id IS NOT NULL"),
                {"ids": [_uuid_text(i) for i in entry_ids]},
            ).scalar_one()
    except SQLAlchemyError:
        paid = 0  # the push after the payout is refused then, and nothing is paid twice on the server
    finally:
        engine.dispose()
    if paid:
        raise UserError(
            f"el servidor ya tiene pagadas {paid} de estas participaciones (las pagó otra caja): "
            "haga este pago desde el servidor de la tienda"
        )


def _uuid_text(value: Any) -> str:
    import uuid

    return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))


def check_master_in(
    session: Session,
    shots: Mapping[str, Iterable[Sequence[Any]]],
    deleted: Mapping[str, Iterable[Sequence[Any]]],
    explained_by: tuple[str, Mapping[str, Any]] | None,
) -> None:
    """Master data about to be journaled at a till: refused when the till has a server and it is the shop's.

    Raises:
        UserError: the till has a server and these rows are the server's to change.
    """
    if session.info.get(FROM_SERVER) or session.get_bind().dialect.name != "sqlite":
        return
    from .sync_net import TILL_SETTING_PREFIXES, TILL_SETTINGS

    refused = []
    for table in sorted({*shots, *deleted}):
        if table in _TILL_OWNS or table not in _MASTER_WORDS:
            continue
        if table == "settings":
            keys = [row[0] for row in shots.get(table, ())] + [key[0] for key in deleted.get(table, ())]
            if all(str(k) in TILL_SETTINGS or str(k).startswith(TILL_SETTING_PREFIXES) for k in keys):
                continue
        if table == "users" and explained_by is not None:
            kind, payload = explained_by
            if kind == "user_pin" and payload.get("upgraded"):
                continue
        refused.append(_MASTER_WORDS[table])
    if refused:
        refuse_master_in(session, ", ".join(dict.fromkeys(refused)))


def refuse_master_in(session: Session, what: str) -> None:
    """``what`` (the shop's master data, in words) is about to change here: refused at a till with a server.

    Raises:
        UserError: this is a till with a shop server, and the change does not come from the server.
    """
    if session.info.get(FROM_SERVER) or session.get_bind().dialect.name != "sqlite":
        return
    server = session.execute(text("SELECT server_url FROM sync_link WHERE id = 1")).scalar()
    if server is None:
        return
    from .server import shown

    raise UserError(
        f"esta caja es de la tienda del servidor {shown(server)}: {what} se cambian en el servidor "
        "y llegan a esta caja al sincronizar"
    )
