"""Custom orders (encargos): the order, its makers, its payments and its history (DESIGN.md §10).

An order is its own record with a list of payments (advances taken, advances
given back); the sale that delivered it, or that kept its advance, is
``orders.sale_id``. Cancelling an order is a coordinator's decision: the
coordinators' role gets the ``order_cancel`` permission.

Revision ID: 20261207_2330
Revises: 20261207_1727
Create Date: 2026-12-07 23:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import mamakilla_pos.store.types

revision = "20261207_2330"
down_revision = "20261207_1727"
branch_labels = None
depends_on = None

PERMISSION = "order_cancel"
ROLE = "coordinator"

roles = sa.table("roles", sa.column("code", sa.String()), sa.column("permissions", sa.Text()))


def _permissions(connection: sa.Connection) -> list[str] | None:
    stored = connection.execute(sa.select(roles.c.permissions).where(roles.c.code == ROLE)).scalar_one_or_none()
    return None if stored is None else stored.split()


def upgrade() -> None:
    op.create_table(
        "orders",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("series", sa.String(length=8), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("customer_name", sa.String(length=120), nullable=False),
        sa.Column("customer_phone", sa.String(length=32), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("photos", sa.Text(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.Column("price_cents", mamakilla_pos.store.types.Money(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("sale_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"], name=op.f("fk_orders_created_by_id_users")),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], name=op.f("fk_orders_product_id_products")),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_orders_sale_id_sales")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_orders")),
        sa.UniqueConstraint("number", name=op.f("uq_orders_number")),
    )
    op.create_index(op.f("ix_orders_created_at"), "orders", ["created_at"], unique=False)
    op.create_index(op.f("ix_orders_due_on"), "orders", ["due_on"], unique=False)
    op.create_index(op.f("ix_orders_status"), "orders", ["status"], unique=False)
    op.create_table(
        "order_makers",
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("maker_id", sa.Integer(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["maker_id"], ["makers.id"], name=op.f("fk_order_makers_maker_id_makers")),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_order_makers_order_id_orders")),
        sa.PrimaryKeyConstraint("order_id", "maker_id", name=op.f("pk_order_makers")),
    )
    op.create_index(op.f("ix_order_makers_maker_id"), "order_makers", ["maker_id"], unique=False)
    op.create_table(
        "order_payments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_cents", mamakilla_pos.store.types.Money(), nullable=False),
        sa.Column("rate", mamakilla_pos.store.types.DecimalText(length=24), nullable=True),
        sa.Column("amount_pen_cents", mamakilla_pos.store.types.Money(), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=False),
        sa.Column("cash_session_id", sa.Uuid(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["cash_session_id"], ["cash_sessions.id"], name=op.f("fk_order_payments_cash_session_id_cash_sessions")
        ),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_order_payments_order_id_orders")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_order_payments_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_payments")),
    )
    op.create_index(op.f("ix_order_payments_order_id"), "order_payments", ["order_id"], unique=False)
    op.create_index(op.f("ix_order_payments_created_at"), "order_payments", ["created_at"], unique=False)
    op.create_index(op.f("ix_order_payments_cash_session_id"), "order_payments", ["cash_session_id"], unique=False)
    op.create_table(
        "order_events",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("order_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_order_events_order_id_orders")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_order_events_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_events")),
    )
    op.create_index(op.f("ix_order_events_order_id"), "order_events", ["order_id"], unique=False)
    connection = op.get_bind()
    current = _permissions(connection)
    if current is not None and PERMISSION not in current:
        wanted = " ".join([*current, PERMISSION])
        connection.execute(sa.update(roles).where(roles.c.code == ROLE).values(permissions=wanted))


def downgrade() -> None:
    connection = op.get_bind()
    current = _permissions(connection)
    if current is not None:
        kept = [code for code in current if code != PERMISSION]
        connection.execute(sa.update(roles).where(roles.c.code == ROLE).values(permissions=" ".join(kept)))
    op.drop_index(op.f("ix_order_events_order_id"), table_name="order_events")
    op.drop_table("order_events")
    op.drop_index(op.f("ix_order_payments_cash_session_id"), table_name="order_payments")
    op.drop_index(op.f("ix_order_payments_created_at"), table_name="order_payments")
    op.drop_index(op.f("ix_order_payments_order_id"), table_name="order_payments")
    op.drop_table("order_payments")
    op.drop_index(op.f("ix_order_makers_maker_id"), table_name="order_makers")
    op.drop_table("order_makers")
    op.drop_index(op.f("ix_orders_status"), table_name="orders")
    op.drop_index(op.f("ix_orders_due_on"), table_name="orders")
    op.drop_index(op.f("ix_orders_created_at"), table_name="orders")
    op.drop_table("orders")
