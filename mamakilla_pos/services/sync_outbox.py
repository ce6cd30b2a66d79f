"""A till's outbox (DESIGN.md §9): what it recorded that the shop server does not hold yet.

The outbox is the till's own journal after the last entry the server is
known to hold (``sync_link.pushed_seq``): every document is journaled in
the transaction that completes it, so nothing a till confirmed can be
missing from it, and nothing is kept twice. ``sync export`` writes it to a
file; the server takes each entry once (:mod:`.sync_take`), so a file
written again, or taken again, doubles nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store import Store, models, tables
from ..store.chain import ENTRIES
from ..store.images import layout
from ..store.migrate import head_revision
from .errors import UserError
from .sync_file import HEADER_COLUMNS, Entry, SyncFile, write_sync_file

NO_SERVER = "esta caja no tiene servidor de tienda (primero publish o join)"
NOT_DOCUMENTS = ("rows", "day_close", "stock_pull", "payout_pull")
"""Journal kinds that are no document of their own: master data's images, the till's daily closings,
the stock and the payouts it pulled from the server."""


@dataclass(frozen=True)
class Exported:
    """What ``sync export`` wrote."""

    till: str
    entries: int
    documents: int
    first_seq: int
    last_seq: int


def _link_in(session: Session) -> models.SyncLink:
    link = session.get(models.SyncLink, 1)
    if link is None:
        raise UserError(NO_SERVER)
    return link


def waiting_in(session: Session) -> int:
    """How many documents this till holds that its server does not (0 for a till without one)."""
    link = session.get(models.SyncLink, 1)
    if link is None:
        return 0
    journal = tables.journal.c
    query = select(func.count()).where(journal.seq > link.pushed_seq, journal.kind.not_in(NOT_DOCUMENTS))
    return int(session.execute(query).scalar_one())


def pending_in(session: Session, after: int) -> list[Entry]:
    """The till's journal entries after ``after``, as a sync file carries them."""
    seq_of = tables.journal.c.seq
    query = ENTRIES.where(seq_of > after).order_by(seq_of)
    return [
        (seq, at.isoformat(), actor, kind, ref, payload, prev, digest)
        for seq, at, actor, kind, ref, payload, prev, digest in session.execute(query)
    ]


def headers_in(session: Session) -> list[list[object]]:
    """Every snapshot of the shop's texts (few; content-addressed): what the documents point to."""
    header = models.DocumentHeader.__table__.c
    rows = session.execute(select(*(header[name] for name in HEADER_COLUMNS)).order_by(header.id))
    return [
        [value.isoformat() if name == "created_at" else value for name, value in zip(HEADER_COLUMNS, row, strict=True)]
        for row in rows
    ]


def pictures_in(session: Session, entries: Sequence[Entry]) -> dict[str, tuple[bytes, bytes]]:
    """The bytes of the order photos that ``entries`` image (by hex id), those the till still holds.

    An image holds a picture as its SHA-256: the server takes the bytes that go with it.
    """
    lay = layout("photos")
    key, order = lay.key[0], lay.position["order_id"]
    wanted: set[str] = set()
    for entry in entries:
        if entry[3] == "rows" and '"photos"' in entry[5]:
            images = (json.loads(entry[5]).get("rows") or {}).get("photos") or ()
            wanted |= {str(image[key]) for image in images if image[order] is not None}
    found: dict[str, tuple[bytes, bytes]] = {}
    ids = [uuid.UUID(hex_id) for hex_id in sorted(wanted)]
    for start in range(0, len(ids), 400):
        rows = session.execute(
            select(models.Photo.id, models.Photo.tile, models.Photo.large).where(
                models.Photo.id.in_(ids[start : start + 400])
            )
        )
        found.update({photo_id.hex: (bytes(tile), bytes(large)) for photo_id, tile, large in rows})
    return found


def export_pending(store: Store, path: Path) -> Exported:
    """Write this till's waiting documents (and its chain after what the server holds) to ``path``.

    Nothing changes on the till: its documents wait until the server is
    known to hold them (a sync over the network says so); a newer file
    carries them again, and the server takes each once.

    Raises:
        UserError: this database has no shop server.
    """
    with store.snapshot() as session:
        link = _link_in(session)
        entries = pending_in(session, link.pushed_seq)
        base = (link.pushed_seq, link.pushed_hash)
        pictures = pictures_in(session, entries)
        content = SyncFile(link.shop_id, link.till, head_revision(), base, entries, headers_in(session), pictures)
    write_sync_file(path, content)
    documents = sum(1 for entry in entries if entry[3] not in NOT_DOCUMENTS)
    first = entries[0][0] if entries else link.pushed_seq
    last = entries[-1][0] if entries else link.pushed_seq
    return Exported(link.till, len(entries), documents, first, last)
