"""Stock a till pulls from its shop server (DESIGN.md §9): what others moved.

The server's journal holds every document of every till and of the back
office. At a pull, the stock movements recorded there after the till's
cursor by anyone but the till itself (its own entries, re-chained there,
are named in ``till_entries``) are summed per item and location, and each
sum becomes one movement at the till (kind ``synced``), journaled in one
entry of the till's own (``stock_pull``). So the till's stock is the
server's, as of its last sync, plus what it did since; a sale is never
refused for it (stock may go negative, reported, never blocking).

The server keeps those entries in the till's chain only (like a till's
daily closings): the movements they sum are already in its tables.
"""

from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..store import models
from ..store.ids import new_id
from ..store.images import layout
from . import journal
from .clock import now

KIND = "synced"
"""The kind of a movement that brings the stock others moved."""
ENTRY = "stock_pull"
"""The till's journal entry that records those movements."""

_OTHERS = text(
    "SELECT payload FROM journal WHERE seq > :after AND seq <= :top AND kind <> 'rows'"
    " AND payload LIKE '%\"stock_movements\"%'"
    " AND seq NOT IN (SELECT server_seq FROM till_entries WHERE till = :till AND server_seq > :after)"
    " ORDER BY seq"
)

Moves = dict[tuple[int, int], int]


def others_moves_in(connection: Connection, till: str, after: int, top: int) -> Moves:
    """Units moved per (item id, location id) on the server by others, between two of its journal entries."""
    lay = layout("stock_movements")
    item_at, location_at, quantity_at = (lay.position[name] for name in ("item_id", "location_id", "quantity"))
    moved: defaultdict[tuple[int, int], int] = defaultdict(int)
    for (payload_text,) in connection.execute(_OTHERS, {"after": after, "top": top, "till": till}):
        rows = (json.loads(payload_text).get("rows") or {}).get("stock_movements") or ()
        for image in rows:
            moved[(int(image[item_at]), int(image[location_at]))] += int(image[quantity_at])
    return {key: units for key, units in moved.items() if units}


def write_moves_in(session: Session, moves: Moves) -> int:
    """The units others moved, as movements of this till (journaled); how many movements."""
    if not moves:
        return 0
    at = now()
    movements = [
        models.StockMovement(
            id=new_id(), item_id=item, location_id=location, quantity=units, kind=KIND, reason="", created_at=at
        )
        for (item, location), units in sorted(moves.items())
    ]
    session.add_all(movements)
    session.flush()
    journal.append_in(
        session,
        ENTRY,
        f"{len(movements)} movimientos",
        {"units": sum(moves.values())},
        "sistema",
        at,
        journal.rows_of(*movements),
    )
    return len(movements)
