"""Partner shops on consignment: partners, consignment notes, their sales reports, payments and settlements.

A share entry may belong to a line a partner shop sold, accrued when the
partner paid (``partner_line_id``), instead of a line sold at the till.

Revision ID: 20261207_2340
Revises: 20261207_2330
Create Date: 2026-12-07 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import mamakilla_pos.store.types

revision = "20261207_2340"
down_revision = "20261207_2330"
branch_labels = None
depends_on = None

MONEY = mamakilla_pos.store.types.Money
RATE = mamakilla_pos.store.types.DecimalText


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def _document(
    table: str,
    *columns: sa.Column | sa.UniqueConstraint,
    foreign: tuple[tuple[str, str], ...],
    indexed: tuple[str, ...],
) -> None:
    op.create_table(
        table,
        sa.Column("id", sa.Uuid(), nullable=False),
        *columns,
        *(_fk(table, column, target) for column, target in foreign),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    )
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in indexed:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("contact", sa.String(length=160), nullable=False),
        sa.Column("commission_rate", RATE(length=24), nullable=False),
        sa.Column("terms_days", sa.Integer(), nullable=False),
        sa.Column("old_after_days", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        _fk("partners", "location_id", "locations"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
        sa.UniqueConstraint("code", name=op.f("uq_partners_code")),
        sa.UniqueConstraint("location_id", name=op.f("uq_partners_location_id")),
        sa.UniqueConstraint("name", name=op.f("uq_partners_name")),
    )
    _document(
        "consignment_notes",
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.UniqueConstraint("number", name=op.f("uq_consignment_notes_number")),
        foreign=(("partner_id", "partners"), ("user_id", "users")),
        indexed=("partner_id",),
    )
    _document(
        "consignment_lines",
        sa.Column("note_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("product_name", sa.String(length=160), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price_cents", MONEY(), nullable=False),
        sa.Column("commission_rate", RATE(length=24), nullable=False),
        foreign=(("item_id", "items"), ("note_id", "consignment_notes")),
        indexed=("item_id", "note_id"),
    )
    _document(
        "partner_reports",
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.UniqueConstraint("number", name=op.f("uq_partner_reports_number")),
        foreign=(("partner_id", "partners"), ("user_id", "users")),
        indexed=("partner_id",),
    )
    _document(
        "partner_sale_lines",
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("sold_on", sa.Date(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("product_name", sa.String(length=160), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price_cents", MONEY(), nullable=False),
        sa.Column("amount_cents", MONEY(), nullable=False),
        sa.Column("commission_rate", RATE(length=24), nullable=False),
        sa.Column("commission_cents", MONEY(), nullable=False),
        sa.Column("due_cents", MONEY(), nullable=False),
        sa.Column("share_rate", RATE(length=24), nullable=False),
        sa.Column("share_cents", MONEY(), nullable=False),
        sa.Column("row_key", sa.String(length=64), nullable=False),
        sa.UniqueConstraint("partner_id", "row_key", name="uq_partner_sale_lines_row"),
        foreign=(("item_id", "items"), ("partner_id", "partners"), ("report_id", "partner_reports")),
        indexed=("item_id", "partner_id", "report_id"),
    )
    _document(
        "partner_payments",
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("amount_cents", MONEY(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.UniqueConstraint("number", name=op.f("uq_partner_payments_number")),
        foreign=(("partner_id", "partners"), ("user_id", "users")),
        indexed=("partner_id",),
    )
    _document(
        "partner_settlements",
        sa.Column("payment_id", sa.Uuid(), nullable=False),
        sa.Column("line_id", sa.Uuid(), nullable=False),
        sa.Column("amount_cents", MONEY(), nullable=False),
        foreign=(("line_id", "partner_sale_lines"), ("payment_id", "partner_payments")),
        indexed=("line_id", "payment_id"),
    )
    with op.batch_alter_table("share_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("partner_line_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_share_entries_partner_line_id_partner_sale_lines"),
            "partner_sale_lines",
            ["partner_line_id"],
            ["id"],
        )
        batch_op.create_index(batch_op.f("ix_share_entries_partner_line_id"), ["partner_line_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("share_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_share_entries_partner_line_id"))
        batch_op.drop_constraint(batch_op.f("fk_share_entries_partner_line_id_partner_sale_lines"), type_="foreignkey")
        batch_op.drop_column("partner_line_id")
    for table in (
        "partner_settlements",
        "partner_payments",
        "partner_sale_lines",
        "partner_reports",
        "consignment_lines",
        "consignment_notes",
        "partners",
    ):
        op.drop_table(table)
