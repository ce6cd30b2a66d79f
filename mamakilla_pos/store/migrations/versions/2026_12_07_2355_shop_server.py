"""A till and its shop server (DESIGN.md §9).

``sync_link`` (on a till's file, at most one row): the shop server the till
belongs to and the last entry of its own journal the server holds.
``shop_server`` (on the server, one row): which shop it is.
``till_chains`` and ``till_entries`` (on the server): each till's own
journal chain as the server took it, and how far it reached.

None of them is shop data copied between databases: each says where its
own database stands.

Revision ID: 20261207_2355
Revises: 20261207_2350
Create Date: 2026-12-07 23:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "20261207_2355"
down_revision = "20261207_2350"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_link",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("server_url", sa.Text(), nullable=False),
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        sa.Column("till", sa.String(length=8), nullable=False),
        sa.Column("pushed_seq", sa.Integer(), nullable=False),
        sa.Column("pushed_hash", sa.String(length=64), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_sync_link_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_link")),
    )
    op.create_table(
        "shop_server",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("shop_id", sa.Uuid(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_shop_server_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shop_server")),
    )
    op.create_table(
        "till_chains",
        sa.Column("till", sa.String(length=8), nullable=False),
        sa.Column("base_seq", sa.Integer(), nullable=False),
        sa.Column("base_hash", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("till", name=op.f("pk_till_chains")),
    )
    op.create_table(
        "till_entries",
        sa.Column("till", sa.String(length=8), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("till", "seq", name=op.f("pk_till_entries")),
    )


def downgrade() -> None:
    op.drop_table("till_entries")
    op.drop_table("till_chains")
    op.drop_table("shop_server")
    op.drop_table("sync_link")
