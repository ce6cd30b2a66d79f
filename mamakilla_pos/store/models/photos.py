"""Photos of products, makers and custom orders, stored in the database in the sizes the program shows."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base


class Photo(Base):
    """A square photo of a product, of a maker or of a custom order, in two sizes (JPEG bytes).

    The bytes live in the database so that a backup, a restore and the shop
    server carry them with everything else. The small size comes before the
    large one in the row: reading a tile never reads the large photo's pages.
    A product's, a maker's or an order's photos are shown in ``position``
    order; the first is the main photo (the tile, the catalogue, the card).
    """

    __tablename__ = "photos"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN product_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN maker_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN order_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_owner",
        ),
        # Which products have a main photo is read from these indexes alone, never from the rows.
        Index("ix_photos_product_position", "product_id", "position"),
        Index("ix_photos_maker_position", "maker_id", "position"),
        Index("ix_photos_order_position", "order_id", "position"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    maker_id: Mapped[int | None] = mapped_column(ForeignKey("makers.id"))
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("orders.id"))
    position: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]
    tile: Mapped[bytes] = mapped_column(LargeBinary)
    large: Mapped[bytes] = mapped_column(LargeBinary)
