"""Roles as data, and PIN lockout on users.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 04:39:33
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COORDINATOR = (
    "refund discount_over_limit price_change cash_move payout stock_adjust "
    "edit_catalogue edit_settings close_other_session manage_users"
)


def upgrade() -> None:
    roles = op.create_table(
        "roles",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("permissions", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_roles")),
    )
    op.bulk_insert(
        roles,
        [
            {"code": "coordinator", "name": "Coordinadora", "permissions": COORDINATOR},
            {"code": "seller", "name": "Vendedora", "permissions": ""},
        ],
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("failed_pins", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_users_role_roles"), "roles", ["role"], ["code"])


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_users_role_roles"), type_="foreignkey")
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_pins")
    op.drop_table("roles")
