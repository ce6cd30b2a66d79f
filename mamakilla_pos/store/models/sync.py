"""A till and its shop server (DESIGN.md §9): which server, and how far each till's chain reached it."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base


class SyncLink(Base):
    """On a till's file: the shop server it belongs to (one row, or none: a till on its own).

    ``pushed_seq`` and ``pushed_hash`` are the last entry of this till's
    journal the server is known to hold: every document journaled after it
    waits to be sent (the till's outbox is its journal after that entry).
    """

    __tablename__ = "sync_link"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False, default=1)
    server_url: Mapped[str] = mapped_column(Text)
    shop_id: Mapped[uuid.UUID]
    till: Mapped[str] = mapped_column(String(8))
    pushed_seq: Mapped[int] = mapped_column(default=0)
    pushed_hash: Mapped[str] = mapped_column(String(64))
    pulled_seq: Mapped[int] = mapped_column(default=0, server_default="0")
    last_sync_at: Mapped[datetime | None]
    last_error: Mapped[str] = mapped_column(Text, default="")


class ShopServer(Base):
    """On the shop server: which shop it is (one row). A sync file of another shop is refused."""

    __tablename__ = "shop_server"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False, default=1)
    shop_id: Mapped[uuid.UUID]
    published_at: Mapped[datetime]


class TillChain(Base):
    """On the shop server: how far a till's own journal chain reached it.

    ``base_seq``/``base_hash``: where the server began to hold the till's
    chain (the entry it was published or joined at); ``seq``/``hash``: the
    last entry it holds. A till's next entry must follow ``hash``: a chain
    that does not extend what the server holds is refused.
    """

    __tablename__ = "till_chains"

    till: Mapped[str] = mapped_column(String(8), primary_key=True)
    base_seq: Mapped[int]
    base_hash: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int]
    hash: Mapped[str] = mapped_column(String(64))
    synced_at: Mapped[datetime]


class TillEntry(Base):
    """On the shop server: an entry of a till's own journal, as the till wrote and hashed it.

    The documents it records are in the server's tables and, re-chained,
    in the server's own journal (``server_seq``); this row keeps the till's
    chain so that ``verify`` on the server checks every till's chain.
    """

    __tablename__ = "till_entries"

    till: Mapped[str] = mapped_column(String(8), primary_key=True)
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    created_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(32))
    ref: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    server_seq: Mapped[int | None]


class TillSync(Base):
    """On the shop server: how each sync of a till went, network or file (the merge report).

    ``documents`` is a JSON object of documents taken by kind (``{"sale": 12}``),
    ``first_day``/``last_day`` the days they were made on; ``waiting`` the
    documents the till still held unsent after it; ``error`` why it did not
    go through (empty when it did).
    """

    __tablename__ = "till_syncs"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    till: Mapped[str] = mapped_column(String(8), index=True)
    at: Mapped[datetime]
    source: Mapped[str] = mapped_column(String(8))
    entries_new: Mapped[int] = mapped_column(default=0)
    entries_already: Mapped[int] = mapped_column(default=0)
    documents: Mapped[str] = mapped_column(Text, default="{}")
    first_day: Mapped[date | None]
    last_day: Mapped[date | None]
    pulled: Mapped[int] = mapped_column(default=0)
    waiting: Mapped[int] = mapped_column(default=0)
    error: Mapped[str] = mapped_column(Text, default="")
