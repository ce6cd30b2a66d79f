"""A partner shop's payment in cash or dollars goes into the drawer of the till's open cash session.

``partner_payments`` gains the currency handed over (``PEN``, or ``USD``
for dollars), the amount in it (``tendered_cents``), the dollar rate used
and the cash session it went into. Earlier payments were in soles: what was
handed over is what they settled.

Revision ID: 20261207_2418
Revises: 20261207_2417
Create Date: 2026-12-07 24:18:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import mamakilla_pos.store.types

revision = "20261207_2418"
down_revision = "20261207_2417"
branch_labels = None
depends_on = None

TABLE = "partner_payments"


def upgrade() -> None:
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.add_column(sa.Column("currency", sa.String(length=3), nullable=True))
        batch_op.add_column(sa.Column("tendered_cents", mamakilla_pos.store.types.Money(), nullable=True))
        batch_op.add_column(sa.Column("rate", mamakilla_pos.store.types.DecimalText(length=24), nullable=True))
        batch_op.add_column(sa.Column("cash_session_id", sa.Uuid(), nullable=True))
    op.execute(f"UPDATE {TABLE} SET currency = 'PEN', tendered_cents = amount_cents")
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.alter_column("currency", existing_type=sa.String(length=3), nullable=False)
        batch_op.alter_column("tendered_cents", existing_type=mamakilla_pos.store.types.Money(), nullable=False)
        batch_op.create_index(batch_op.f("ix_partner_payments_cash_session_id"), ["cash_session_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_partner_payments_cash_session_id_cash_sessions"),
            "cash_sessions",
            ["cash_session_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table(TABLE, schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_partner_payments_cash_session_id_cash_sessions"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_partner_payments_cash_session_id"))
        for column in ("cash_session_id", "rate", "tendered_cents", "currency"):
            batch_op.drop_column(column)
