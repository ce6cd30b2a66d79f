"""Photos of products and makers kept in the database, in a tile size and a 1080 px size.

Until this revision a product or a maker could only name a picture file
(``photo_path``), which a backup, a restore or another till never had. The
pictures those paths name, where they are still there and are pictures,
become stored photos (upright, cropped to the centre square); the paths go.

Revision ID: 20261207_2310
Revises: e5c0d7a42210
Create Date: 2026-12-07 23:10:00
"""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "20261207_2310"
down_revision = "e5c0d7a42210"
branch_labels = None
depends_on = None

_PHOTOS = sa.table(
    "photos",
    sa.column("id", sa.Uuid()),
    sa.column("product_id", sa.Integer()),
    sa.column("maker_id", sa.Integer()),
    sa.column("position", sa.Integer()),
    sa.column("created_at", sa.DateTime()),
    sa.column("tile", sa.LargeBinary()),
    sa.column("large", sa.LargeBinary()),
)


def upgrade() -> None:
    op.create_table(
        "photos",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.Column("maker_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("tile", sa.LargeBinary(), nullable=False),
        sa.Column("large", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint("(product_id IS NULL) <> (maker_id IS NULL)", name=op.f("ck_photos_one_owner")),
        sa.ForeignKeyConstraint(["maker_id"], ["makers.id"], name=op.f("fk_photos_maker_id_makers")),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], name=op.f("fk_photos_product_id_products")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photos")),
    )
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.create_index("ix_photos_maker_position", ["maker_id", "position"], unique=False)
        batch_op.create_index("ix_photos_product_position", ["product_id", "position"], unique=False)
    _take_in_files("products", "product_id")
    _take_in_files("makers", "maker_id")
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_column("photo_path")
    with op.batch_alter_table("makers", schema=None) as batch_op:
        batch_op.drop_column("photo_path")


def _take_in_files(table: str, owner: str) -> None:
    """The picture each row's ``photo_path`` names, as its main photo, where it can be read."""
    from mamakilla_pos.documents.photos import PhotoError, prepare

    bind = op.get_bind()
    rows = bind.execute(sa.text(f"SELECT id, photo_path FROM {table} WHERE photo_path <> ''")).all()
    at = datetime.now().replace(microsecond=0)
    for row_id, path in rows:
        try:
            prepared = prepare(Path(path).read_bytes())
        except (OSError, ValueError, PhotoError):
            continue  # a file gone or not a picture: the product simply has no photo yet
        values = {"id": uuid.uuid4(), "product_id": None, "maker_id": None, "position": 0, "created_at": at}
        values[owner] = row_id
        bind.execute(_PHOTOS.insert().values(**values, tile=prepared.tile, large=prepared.large))


def downgrade() -> None:
    with op.batch_alter_table("makers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("photo_path", sa.String(length=255), nullable=False, server_default=""))
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.add_column(sa.Column("photo_path", sa.String(length=255), nullable=False, server_default=""))
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.drop_index("ix_photos_product_position")
        batch_op.drop_index("ix_photos_maker_position")
    op.drop_table("photos")
