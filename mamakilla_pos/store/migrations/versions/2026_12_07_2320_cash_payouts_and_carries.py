"""Cash payouts apart in the drawer, and the céntimos a cash payout leaves in a maker's balance.

``cash_movements.payout_id`` marks the cash a maker was paid against her
payout slip, so each drawer shows payouts apart from other cash taken out;
movements written by earlier payouts (reason "Pago a artesana … (P-…)",
same cash session) are linked to their payout here.

A cash payout pays whole ten-céntimo coins: the céntimos left stay in the
maker's balance as ``carry`` share entries, which belong to no sale
(``sale_id`` and ``sale_line_id`` become optional) and point at the payout
that left them (``carry_of_id``).

Revision ID: 20261207_1727
Revises: 20261207_2310
Create Date: 2026-12-07 17:27:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "20261207_1727"
down_revision = "20261207_2310"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cash_movements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("payout_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_cash_movements_payout_id"), ["payout_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_cash_movements_payout_id_payouts"), "payouts", ["payout_id"], ["id"])
    op.execute(
        "UPDATE cash_movements SET payout_id = ("
        " SELECT p.id FROM payouts p"
        " WHERE p.cash_session_id = cash_movements.session_id AND p.method = 'cash'"
        " AND cash_movements.reason LIKE '%(' || p.number || ')'"
        ") WHERE direction = 'out' AND reason LIKE 'Pago a artesana %'"
    )
    with op.batch_alter_table("share_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("carry_of_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_share_entries_carry_of_id"), ["carry_of_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_share_entries_carry_of_id_payouts"), "payouts", ["carry_of_id"], ["id"]
        )
        batch_op.alter_column("sale_id", existing_type=sa.Uuid(), nullable=True)
        batch_op.alter_column("sale_line_id", existing_type=sa.Uuid(), nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("share_entries", schema=None) as batch_op:
        batch_op.alter_column("sale_line_id", existing_type=sa.Uuid(), nullable=False)
        batch_op.alter_column("sale_id", existing_type=sa.Uuid(), nullable=False)
        batch_op.drop_constraint(batch_op.f("fk_share_entries_carry_of_id_payouts"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_share_entries_carry_of_id"))
        batch_op.drop_column("carry_of_id")
    with op.batch_alter_table("cash_movements", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_cash_movements_payout_id_payouts"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_cash_movements_payout_id"))
        batch_op.drop_column("payout_id")
