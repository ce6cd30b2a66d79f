"""The tables the till reads as it starts, as plain SQL tables: no ORM classes.

The models (:mod:`.models`) are made on first use; making them all costs
more than the rest of opening the shop. What the start reads (settings,
people, which till this is, the cash session, parked carts, the journal's last closing) and
what the journal writes are declared here once more, with the same names
and column types, so the sale screen is up before any model is made.
``tests/store/test_tables.py`` checks every column here against its model.
Columns are named as in the database (``total_cents``), not as the model's
attributes (``total``).
"""

from __future__ import annotations

from sqlalchemy import Boolean, DateTime, Integer, LargeBinary, String, Text, Uuid, column, table

from .types import Money

settings = table("settings", column("key", String()), column("value", Text()))

roles = table("roles", column("code", String()), column("name", String()), column("permissions", Text()))

users = table(
    "users",
    column("id", Integer()),
    column("name", String()),
    column("role", String()),
    column("pin_hash", String()),
    column("active", Boolean()),
    column("locked_until", DateTime()),
)

locations = table(
    "locations",
    column("id", Integer()),
    column("code", String()),
    column("name", String()),
    column("active", Boolean()),
)

tills = table(
    "tills",
    column("code", String()),
    column("name", String()),
    column("series", String()),
    column("location_id", Integer()),
    column("active", Boolean()),
)

this_till = table("this_till", column("id", Integer()), column("till_code", String()))

cash_sessions = table(
    "cash_sessions",
    column("id", Uuid()),
    column("till", String()),
    column("location_id", Integer()),
    column("opened_at", DateTime()),
    column("opened_by_id", Integer()),
    column("opening_float_pen_cents", Money()),
    column("opening_float_usd_cents", Money()),
    column("closed_at", DateTime()),
)

parked_sales = table(
    "parked_sales",
    column("id", Integer()),
    column("series", String()),
    column("parked_at", DateTime()),
    column("user_id", Integer()),
    column("total_cents", Money()),
    column("lines", Text()),
)

journal = table(
    "journal",
    column("seq", Integer()),
    column("created_at", DateTime()),
    column("actor", String()),
    column("kind", String()),
    column("ref", String()),
    column("payload", Text()),
    column("prev_hash", String()),
    column("hash", String()),
)

journal_head = table("journal_head", column("id", Integer()), column("seq", Integer()), column("hash", String()))

sales = table(
    "sales",
    column("id", Uuid()),
    column("number", String()),
    column("kind", String()),
    column("created_at", DateTime()),
    column("total_cents", Money()),
    column("rounding_cents", Money()),
)

payments = table(
    "payments", column("sale_id", Uuid()), column("method", String()), column("applied_pen_cents", Money())
)

photos = table(
    "photos",
    column("id", Uuid()),
    column("product_id", Integer()),
    column("maker_id", Integer()),
    column("order_id", Uuid()),
    column("position", Integer()),
    column("tile", LargeBinary()),
    column("large", LargeBinary()),
)

sync_link = table(
    "sync_link",
    column("id", Integer()),
    column("server_url", Text()),
    column("till", String()),
    column("pushed_seq", Integer()),
    column("last_sync_at", DateTime()),
    column("last_error", Text()),
)
