"""A till's cursor on its shop server's journal: the last server entry whose master data it took.

Revision ID: 20261207_2445
Revises: 20261207_2440_tills
Create Date: 2026-12-07 24:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "20261207_2445"
down_revision = "20261207_2440_tills"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_link", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pulled_seq", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("sync_link", schema=None) as batch_op:
        batch_op.drop_column("pulled_seq")
