"""An order's photos kept in the photo store, like a product's: stored resized, in the database and its backups.

Until this revision an order only named picture files (``orders.photos``, a
JSON list of paths), which a backup, a restore or another till never had.
A photo now belongs to a product, a maker or an order (``photos.order_id``),
exactly one of them. The pictures the paths name, where they are still
there and are pictures, become the order's stored photos, in their order;
the paths go.

Revision ID: 20261207_2430
Revises: 20261207_2418
Create Date: 2026-12-07 24:30:00
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "20261207_2430"
down_revision = "20261207_2418"
branch_labels = None
depends_on = None

TWO_OWNERS = "(product_id IS NULL) <> (maker_id IS NULL)"
ONE_OWNER = (
    "(CASE WHEN product_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN maker_id IS NULL THEN 0 ELSE 1 END)"
    " + (CASE WHEN order_id IS NULL THEN 0 ELSE 1 END) = 1"
)

_PHOTOS = sa.table(
    "photos",
    sa.column("id", sa.Uuid()),
    sa.column("product_id", sa.Integer()),
    sa.column("maker_id", sa.Integer()),
    sa.column("order_id", sa.Uuid()),
    sa.column("position", sa.Integer()),
    sa.column("created_at", sa.DateTime()),
    sa.column("tile", sa.LargeBinary()),
    sa.column("large", sa.LargeBinary()),
)


def upgrade() -> None:
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.add_column(sa.Column("order_id", sa.Uuid(), nullable=True))
        batch_op.drop_constraint(op.f("ck_photos_one_owner"), type_="check")
        batch_op.create_check_constraint("one_owner", ONE_OWNER)
        batch_op.create_foreign_key(batch_op.f("fk_photos_order_id_orders"), "orders", ["order_id"], ["id"])
        batch_op.create_index("ix_photos_order_position", ["order_id", "position"], unique=False)
    _take_in_files()
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_column("photos")


def _take_in_files() -> None:
    """The pictures each order's paths name, as its photos in their order, where they can be read."""
    from mamakilla_pos.documents.photos import PhotoError, prepare

    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, photos FROM orders WHERE photos NOT IN ('', '[]')")).all()
    at = datetime.now().replace(microsecond=0)
    for order_id, paths in rows:
        try:
            names = [str(p) for p in json.loads(paths or "[]")]
        except (ValueError, TypeError):
            continue
        position = 0
        for path in names:
            try:
                prepared = prepare(Path(path).read_bytes())
            except (OSError, ValueError, PhotoError):
                continue  # a file gone or not a picture: the order keeps the photos it still has
            owner = order_id if isinstance(order_id, uuid.UUID) else uuid.UUID(str(order_id))
            values = {"id": uuid.uuid4(), "product_id": None, "maker_id": None, "order_id": owner}
            bind.execute(
                _PHOTOS.insert().values(
                    **values, position=position, created_at=at, tile=prepared.tile, large=prepared.large
                )
            )
            position += 1


def downgrade() -> None:
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("photos", sa.Text(), nullable=False, server_default="[]"))
    op.execute(sa.text("DELETE FROM photos WHERE order_id IS NOT NULL"))
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.drop_index("ix_photos_order_position")
        batch_op.drop_constraint(op.f("fk_photos_order_id_orders"), type_="foreignkey")
        batch_op.drop_constraint(op.f("ck_photos_one_owner"), type_="check")
        batch_op.create_check_constraint("one_owner", TWO_OWNERS)
        batch_op.drop_column("order_id")
