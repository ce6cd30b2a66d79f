"""Stock movements: the only source of stock levels."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base
from ..ids import new_id

if TYPE_CHECKING:
    from .sales import Sale


class StockMovement(Base):
    """One change of stock of an item at a location.

    ``kind`` is one of production, sale, refund, transfer_out, transfer_in,
    adjustment, stocktake. ``quantity`` is signed.
    """

    __tablename__ = "stock_movements"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    quantity: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(120), default="")
    sale_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sales.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]

    # Declared so that the unit of work inserts the sale before its movements.
    sale: Mapped[Sale | None] = relationship()


# Stock at a location per item read from the index alone: the till's catalogue and every stock check.
Index("ix_stock_movements_location_item", StockMovement.location_id, StockMovement.item_id, StockMovement.quantity)
