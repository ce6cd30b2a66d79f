"""Tills as master data, each with its own receipt series, home location and cash session.

Until now a till's series and location were shop-wide settings
(``till_series``, ``till_location``): two tills on one database shared
them. They become the shop's first till (its code is the series it had,
so its cash sessions keep their ``till``); any other code a cash session
was opened under becomes a till of its own (that code as its series, the
location of its last session as its home). A SQLite file is that first
till (its one ``this_till`` row); a PostgreSQL database names none: each
computer on it says which till it is (see :mod:`mamakilla_pos.machine`),
and one with a single till is that till. The two settings are removed. A
till has at most one open cash session.

A database with no location yet (a new one) gets its first till when the
shop's defaults are made (``services.setup.ensure_defaults``).

Revision ID: 20261207_2440_tills
Revises: 20261207_2430
Create Date: 2026-12-07 24:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "20261207_2440_tills"
down_revision = "20261207_2430"
branch_labels = None
depends_on = None

OPEN = sa.text("closed_at IS NULL")
KEYS = ("till_series", "till_location")

settings = sa.table("settings", sa.column("key", sa.String()), sa.column("value", sa.Text()))
locations = sa.table("locations", sa.column("id", sa.Integer()), sa.column("code", sa.String()))
sessions = sa.table(
    "cash_sessions",
    sa.column("till", sa.String()),
    sa.column("location_id", sa.Integer()),
    sa.column("opened_at", sa.DateTime()),
)


def _create_tables() -> tuple[sa.Table, sa.Table]:
    tills = op.create_table(
        "tills",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("series", sa.String(length=8), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["location_id"], ["locations.id"], name=op.f("fk_tills_location_id_locations")),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_tills")),
        sa.UniqueConstraint("series", name=op.f("uq_tills_series")),
    )
    this_till = op.create_table(
        "this_till",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("till_code", sa.String(length=8), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_this_till_one_row")),
        sa.ForeignKeyConstraint(["till_code"], ["tills.code"], name=op.f("fk_this_till_till_code_tills")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_this_till")),
    )
    return tills, this_till


def _existing_tills(connection: sa.Connection) -> tuple[dict[str, int], str | None]:
    """``{code: home location id}`` of the tills the data already has, and the one the settings name."""
    places = dict(connection.execute(sa.select(locations.c.code, locations.c.id)).all())
    if not places:
        return {}, None  # a new database: the defaults make its first till
    stored = dict(connection.execute(sa.select(settings.c.key, settings.c.value).where(settings.c.key.in_(KEYS))).all())
    current = (stored.get("till_series") or "B001").strip().upper()[:8] or "B001"
    found: dict[str, int] = {}
    for till, location_id in connection.execute(
        sa.select(sessions.c.till, sessions.c.location_id).order_by(sessions.c.opened_at)
    ):
        found[till] = location_id  # the last session's location
    home = places.get(stored.get("till_location") or "taller")
    fallback = found.get(current, places.get("taller", min(places.values())))
    found[current] = home if home is not None else fallback
    return found, current


def upgrade() -> None:
    tills, this_till = _create_tables()
    connection = op.get_bind()
    found, current = _existing_tills(connection)
    if found:
        op.bulk_insert(
            tills,
            [
                {"code": code, "name": "", "series": code, "location_id": location_id, "active": True}
                for code, location_id in sorted(found.items())
            ],
        )
        if connection.dialect.name == "sqlite":
            op.bulk_insert(this_till, [{"id": 1, "till_code": current}])
    connection.execute(sa.delete(settings).where(settings.c.key.in_(KEYS)))
    op.create_index(
        "ux_cash_sessions_open_till", "cash_sessions", ["till"], unique=True, sqlite_where=OPEN, postgresql_where=OPEN
    )


def downgrade() -> None:
    connection = op.get_bind()
    here = connection.execute(
        sa.text(
            "SELECT t.series, l.code FROM tills t JOIN locations l ON l.id = t.location_id"
            " WHERE t.code = COALESCE((SELECT till_code FROM this_till WHERE id = 1), (SELECT MIN(code) FROM tills))"
        )
    ).first()
    op.drop_index("ux_cash_sessions_open_till", table_name="cash_sessions")
    if here is not None:
        op.bulk_insert(settings, [{"key": "till_series", "value": here[0]}, {"key": "till_location", "value": here[1]}])
    op.drop_table("this_till")
    op.drop_table("tills")
