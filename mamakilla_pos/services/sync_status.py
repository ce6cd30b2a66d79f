"""Where a till stands with its shop server, for the screens (DESIGN.md §9).

Read from the till's own file only (never the network): how many
documents wait, when the last sync went through and what went wrong with
the last one that did not. A shop without a server has no state at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from ..store import Store, models, tables
from .server import shown
from .sync_outbox import NOT_DOCUMENTS

_LINK = select(
    tables.sync_link.c.server_url,
    tables.sync_link.c.till,
    tables.sync_link.c.pushed_seq,
    tables.sync_link.c.last_sync_at,
    tables.sync_link.c.last_error,
).where(tables.sync_link.c.id == 1)

OFFLINE_STARTS = ("no se pudo sincronizar con el servidor", "no se pudo conectar", "no se puede usar el servidor")
"""How the services begin a message about a server that could not be reached at all."""


@dataclass(frozen=True)
class SyncState:
    """A till's standing with its shop server.

    ``last_error`` is empty when the last sync went through; ``offline`` says
    the error is only that the server could not be reached (the documents
    wait and go at the next sync), not that the server refused something.
    """

    server: str
    till: str
    waiting: int
    last_sync_at: datetime | None
    last_error: str

    @property
    def offline(self) -> bool:
        return unreachable(self.last_error)


def unreachable(message: str) -> bool:
    """Whether a sync's error says only that the server could not be reached (not that it refused something)."""
    lowered = message.strip().lower()
    return lowered.startswith(OFFLINE_STARTS) and ("connect" in lowered or "conectar" in lowered)


def sync_state(store: Store) -> SyncState | None:
    """This till's standing with its server; ``None`` for a shop without one."""
    with store.session() as session:
        # The plain table, not the model: the status bar reads this as the till starts (see store.tables).
        link = session.connection().execute(_LINK).first()
        if link is None:
            return None
        journal = tables.journal.c
        waiting = session.connection().execute(
            select(func.count()).where(journal.seq > link.pushed_seq, journal.kind.not_in(NOT_DOCUMENTS))
        )
        return SyncState(shown(link.server_url), link.till, waiting.scalar_one(), link.last_sync_at, link.last_error)


def is_shop_server(store: Store) -> bool:
    """Whether ``store`` is a shop server (the database tills sync with), not a till's file."""
    if store.engine.dialect.name != "postgresql":
        return False
    with store.session() as session:
        return session.execute(select(models.ShopServer.id)).first() is not None
