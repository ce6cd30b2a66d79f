"""The merge report (DESIGN.md §9): each sync of a till, as the shop server took it, and every till's standing.

After each sync — over the network or by a file from a USB stick — the
server records what it took from which till: how many of each document,
for which days, what came back to the till and what still waits there
(``till_syncs``). A sync the server refused is recorded too, with why; one
that never reached the server is known only to its till (its own file says
so, :mod:`.sync_status`). The coordinator reads it all per till: last sync,
documents waiting, errors.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import insert, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from ..store import Store, models
from ..store.ids import new_id
from .clock import now
from .errors import UserError
from .server import Link, first_line, link_of, server_engine, shown
from .sync_import import Imported, import_file, server_shop
from .sync_net import Synced, sync
from .sync_outbox import NO_SERVER, waiting_in
from .sync_status import unreachable
from .sync_take import Taken

NETWORK, FILE = "network", "file"
"""How a till's documents came: over the network, or in a file carried on a USB stick."""
SHOWN = 40
"""Merge reports a coordinator sees, newest first."""


@dataclass(frozen=True)
class MergeReport:
    """One sync of a till as the server took it."""

    till: str
    at: datetime
    source: str
    new: int
    already: int
    documents: dict[str, int]
    first_day: date | None
    last_day: date | None
    pulled: int
    waiting: int
    error: str


@dataclass(frozen=True)
class TillStanding:
    """A till as the server knows it: its last sync that went through, what it still held, its last error."""

    till: str
    last_sync_at: datetime | None
    waiting: int | None
    error: str


@dataclass(frozen=True)
class ShopSyncReport:
    """Every till of the shop and the latest merges, read from its server."""

    server: str
    tills: list[TillStanding] = field(default_factory=list)
    merges: list[MergeReport] = field(default_factory=list)


def record_in(
    connection: Connection,
    till: str,
    source: str,
    taken: Taken | None = None,
    pulled: int = 0,
    waiting: int = 0,
    error: str = "",
) -> None:
    """Record on the server how a sync of ``till`` went, inside the connection's transaction."""
    taken = taken or Taken()
    days = sorted(taken.days)
    connection.execute(
        insert(models.TillSync).values(
            id=new_id(),
            till=till,
            at=now(),
            source=source,
            entries_new=taken.new,
            entries_already=taken.already,
            documents=json.dumps(dict(sorted(taken.documents.items()))),
            first_day=days[0] if days else None,
            last_day=days[-1] if days else None,
            pulled=pulled,
            waiting=waiting,
            error=error[:500],
        )
    )


def sync_and_record(store: Store) -> Synced:
    """:func:`~.sync_net.sync`, then its merge report recorded on the server (a refusal is recorded too).

    Raises:
        UserError: as :func:`~.sync_net.sync`.
    """
    link = link_of(store)
    if link is None:
        raise UserError(NO_SERVER)
    try:
        done = sync(store)
    except UserError as exc:
        if not unreachable(str(exc)):  # the server answered and refused: the coordinator reads why there
            with store.session() as session:
                waiting = waiting_in(session)
            _record_on(link, None, 0, waiting, str(exc))
        raise
    _record_on(link, done.pushed, sum(done.pulled.values()), done.waiting, "")
    return done


def _record_on(link: Link, taken: Taken | None, pulled: int, waiting: int, error: str) -> None:
    """Best effort, on the till's own shop's server only: the sync's outcome stands whether or not
    its report could be written."""
    try:
        engine = server_engine(link.server_url)
        try:
            with engine.begin() as connection:
                if connection.execute(select(models.ShopServer.shop_id)).scalar_one_or_none() == link.shop_id:
                    record_in(connection, link.till, NETWORK, taken, pulled, waiting, error)
        finally:
            engine.dispose()
    except (SQLAlchemyError, UserError):
        pass


def import_and_record(store: Store, path: Path) -> Imported:
    """:func:`~.sync_import.import_file` on the server, then its merge report recorded.

    Raises:
        UserError: as :func:`~.sync_import.import_file` (nothing is changed then).
    """
    imported = import_file(store, path)
    with store.engine.begin() as connection:
        record_in(connection, imported.till, FILE, imported.taken)
    return imported


_STANDINGS = text(
    """
    SELECT c.till,
           (SELECT max(s.at) FROM till_syncs s WHERE s.till = c.till AND s.error = '') AS last_ok,
           c.synced_at,
           (SELECT s.waiting FROM till_syncs s WHERE s.till = c.till AND s.source = 'network'
             ORDER BY s.at DESC, s.id DESC LIMIT 1) AS waiting,
           (SELECT s.error FROM till_syncs s WHERE s.till = c.till ORDER BY s.at DESC, s.id DESC LIMIT 1) AS error
      FROM till_chains c
     ORDER BY c.till
    """
)


def report_in(connection: Connection, limit: int = SHOWN) -> tuple[list[TillStanding], list[MergeReport]]:
    """Every till the server holds a chain of, and the latest ``limit`` merge reports, newest first."""
    tills = [
        TillStanding(till, last_ok or synced_at, waiting, error or "")
        for till, last_ok, synced_at, waiting, error in connection.execute(_STANDINGS)
    ]
    t = models.TillSync.__table__.c
    rows = connection.execute(select(models.TillSync.__table__).order_by(t.at.desc(), t.id.desc()).limit(limit))
    merges = [
        MergeReport(
            r.till,
            r.at,
            r.source,
            r.entries_new,
            r.entries_already,
            json.loads(r.documents),
            r.first_day,
            r.last_day,
            r.pulled,
            r.waiting,
            r.error,
        )
        for r in rows
    ]
    return tills, merges


def shop_report(store: Store) -> ShopSyncReport:
    """The shop's tills and merges: read in ``store`` when it is the server, else from this till's server.

    Raises:
        UserError: a till without a server; the server cannot be reached.
    """
    if store.engine.dialect.name == "postgresql":
        try:
            server_shop(store)
        except UserError:
            pass
        else:
            with store.engine.connect() as connection:
                return ShopSyncReport(shown(store.url), *report_in(connection))
    link = link_of(store)
    if link is None:
        raise UserError(NO_SERVER)
    engine = server_engine(link.server_url)
    try:
        with engine.connect() as connection:
            return ShopSyncReport(shown(link.server_url), *report_in(connection))
    except SQLAlchemyError as exc:
        raise UserError(f"no se pudo conectar con el servidor {shown(link.server_url)}: {first_line(exc)}") from None
    finally:
        engine.dispose()
