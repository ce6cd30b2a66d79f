"""Covering indexes for stock levels and makers' share reports.

Stock at a location per item, a maker's share entries of a period and the
unsettled entries are then read from an index alone, in the order the
reports group them (DESIGN.md §8). The single-column indexes on
``share_entries.maker_id`` and ``share_entries.payout_id`` are the leading
columns of the new ones and are dropped.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 06:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_stock_movements_location_item",
        "stock_movements",
        ["location_id", "item_id", "quantity"],
        unique=False,
    )
    op.create_index(
        "ix_share_entries_maker_period",
        "share_entries",
        ["maker_id", "created_at", "amount_cents", "payout_id"],
        unique=False,
    )
    op.create_index(
        "ix_share_entries_unsettled",
        "share_entries",
        ["payout_id", "maker_id", "created_at", "amount_cents"],
        unique=False,
    )
    op.drop_index("ix_share_entries_maker_id", table_name="share_entries")
    op.drop_index("ix_share_entries_payout_id", table_name="share_entries")


def downgrade() -> None:
    op.create_index("ix_share_entries_payout_id", "share_entries", ["payout_id"], unique=False)
    op.create_index("ix_share_entries_maker_id", "share_entries", ["maker_id"], unique=False)
    op.drop_index("ix_share_entries_unsettled", table_name="share_entries")
    op.drop_index("ix_share_entries_maker_period", table_name="share_entries")
    op.drop_index("ix_stock_movements_location_item", table_name="stock_movements")
