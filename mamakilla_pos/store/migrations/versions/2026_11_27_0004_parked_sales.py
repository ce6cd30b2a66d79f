"""Parked sales: carts put aside at a till, kept across a restart.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import mamakilla_pos.store.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "parked_sales",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series", sa.String(length=8), nullable=False),
        sa.Column("parked_at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("total_cents", mamakilla_pos.store.types.Money(), nullable=False),
        sa.Column("lines", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_parked_sales_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parked_sales")),
    )
    with op.batch_alter_table("parked_sales", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parked_sales_series"), ["series"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("parked_sales", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parked_sales_series"))
    op.drop_table("parked_sales")
