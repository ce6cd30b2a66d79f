"""Payouts a till pulls from its shop server (DESIGN.md §9): what others paid.

A payout is made online (:mod:`.server_rules`), at a till or at the back
office, and the server holds it at once. Every other till takes it at its
next pull, so that what it shows owed to each maker (her balance, her
statement, what a payout there would settle) is the shop's: the payouts
recorded in the server's journal after the till's cursor by anyone but the
till itself, each with the share entries it settled (the till marks those
it holds), the céntimos a cash payout carried (a pair of ``carry``
entries) and the cash taken out of another till's drawer for it, with that
till's cash session. They are written as the server holds them, journaled
in one entry of the till's own (``payout_pull``) that lists, per payout,
every entry it settled on the server: ``verify`` at the till checks that
each payout settles no entry but those, and pays their sum when the till
holds them all.

The server keeps those entries in the till's chain only (like the stock a
till pulled): the payouts are already in its tables.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..store import models
from ..store.images import layout
from . import journal
from .clock import now

ENTRY = "payout_pull"
"""The till's journal entry that records the payouts it pulled."""

_OTHERS = text(
    "SELECT payload FROM journal WHERE kind = 'payout' AND seq > :after AND seq <= :top"
    " AND seq NOT IN (SELECT server_seq FROM till_entries WHERE till = :till AND server_seq > :after)"
    " ORDER BY seq"
)


@dataclass
class Paid:
    """Payouts others made, as the server holds them (detached rows, ready to add at the till)."""

    payouts: list[models.Payout] = field(default_factory=list)
    carries: list[models.ShareEntry] = field(default_factory=list)
    movements: list[models.CashMovement] = field(default_factory=list)
    settled: dict[uuid.UUID, list[uuid.UUID]] = field(default_factory=dict)

    def sessions(self) -> set[uuid.UUID]:
        """The cash sessions these payouts took cash from."""
        found = {p.cash_session_id for p in self.payouts} | {m.session_id for m in self.movements}
        return {s for s in found if s is not None}


def _copy(row: Any) -> Any:
    """A new, detached instance with the columns of ``row``."""
    mapper = inspect(type(row))
    return type(row)(**{attr.key: getattr(row, attr.key) for attr in mapper.column_attrs})


def others_payouts_in(connection: Connection, till: str, after: int, top: int) -> Paid:
    """The payouts recorded on the server between two of its journal entries by anyone but ``till``."""
    at = layout("payouts").key[0]
    ids: list[uuid.UUID] = []
    for (payload_text,) in connection.execute(_OTHERS, {"after": after, "top": top, "till": till}):
        images = (json.loads(payload_text).get("rows") or {}).get("payouts") or ()
        ids += [uuid.UUID(str(image[at])) for image in images]
    paid = Paid()
    if not ids:
        return paid
    with Session(bind=connection) as remote:
        payout, entry, movement = models.Payout, models.ShareEntry, models.CashMovement
        for start in range(0, len(ids), 400):
            chunk = ids[start : start + 400]
            paid.payouts += map(_copy, remote.scalars(select(payout).where(payout.id.in_(chunk))))
            paid.carries += map(_copy, remote.scalars(select(entry).where(entry.carry_of_id.in_(chunk))))
            paid.movements += map(_copy, remote.scalars(select(movement).where(movement.payout_id.in_(chunk))))
            for entry_id, payout_id in remote.execute(
                select(entry.id, entry.payout_id).where(entry.payout_id.in_(chunk))
            ):
                if payout_id is not None:
                    paid.settled.setdefault(payout_id, []).append(entry_id)
    paid.payouts.sort(key=lambda p: p.number)
    return paid


def write_payouts_in(session: Session, paid: Paid) -> int:
    """The payouts others made, written at this till as the server holds them (journaled); how many."""
    if not paid.payouts:
        return 0
    session.add_all(paid.payouts)
    session.flush()
    session.add_all([*paid.carries, *paid.movements])
    session.flush()
    entry = models.ShareEntry
    for payout in paid.payouts:
        entries = paid.settled.get(payout.id, [])
        for start in range(0, len(entries), 400):
            session.connection().execute(
                update(entry)
                .where(entry.id.in_(entries[start : start + 400]), entry.payout_id.is_(None))
                .values(payout_id=payout.id)
            )
    recorded = {p.number: sorted(str(e) for e in paid.settled.get(p.id, [])) for p in paid.payouts}
    journal.append_in(
        session,
        ENTRY,
        f"{len(paid.payouts)} pagos",
        {"payouts": recorded},
        "sistema",
        now(),
        journal.rows_of(*paid.payouts, *paid.carries, *paid.movements),
    )
    return len(paid.payouts)
