"""How each sync of a till went, on the shop server (``till_syncs``): the merge report the coordinator reads.

Revision ID: 20261207_2455
Revises: 20261207_2450
Create Date: 2026-12-07 24:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "20261207_2455"
down_revision = "20261207_2450"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "till_syncs",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("till", sa.String(length=8), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("entries_new", sa.Integer(), nullable=False),
        sa.Column("entries_already", sa.Integer(), nullable=False),
        sa.Column("documents", sa.Text(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=True),
        sa.Column("last_day", sa.Date(), nullable=True),
        sa.Column("pulled", sa.Integer(), nullable=False),
        sa.Column("waiting", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_till_syncs")),
    )
    with op.batch_alter_table("till_syncs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_till_syncs_till"), ["till"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("till_syncs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_till_syncs_till"))
    op.drop_table("till_syncs")
