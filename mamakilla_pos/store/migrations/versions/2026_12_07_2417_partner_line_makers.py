"""The makers of each line a partner shop sold, with their weights, as they were when it was reported.

Lines reported before this revision have none: their makers are those their
accruals went to, else the item's (``services/partner_makers.py``).

Revision ID: 20261207_2417
Revises: 20261207_2355
Create Date: 2026-12-07 24:17:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "20261207_2417"
down_revision = "20261207_2355"
branch_labels = None
depends_on = None

TABLE = "partner_line_makers"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("line_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("maker_id", sa.Integer(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["line_id"], ["partner_sale_lines.id"], name=op.f("fk_partner_line_makers_line_id_partner_sale_lines")
        ),
        sa.ForeignKeyConstraint(["maker_id"], ["makers.id"], name=op.f("fk_partner_line_makers_maker_id_makers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_line_makers")),
    )
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partner_line_makers_line_id"), ["line_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_partner_line_makers_maker_id"), ["maker_id"], unique=False)


def downgrade() -> None:
    op.drop_table(TABLE)
