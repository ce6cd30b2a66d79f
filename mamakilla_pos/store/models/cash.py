"""Cash sessions (caja / turno) and cash moved in or out of the drawer."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..ids import new_id

OPEN = text("closed_at IS NULL")


class CashSession(Base):
    """From opening float to closing count at one till (``till``: its code); a till has at most one open."""

    __tablename__ = "cash_sessions"
    __table_args__ = (
        Index("ux_cash_sessions_open_till", "till", unique=True, sqlite_where=OPEN, postgresql_where=OPEN),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    till: Mapped[str] = mapped_column(String(8), index=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    opened_at: Mapped[datetime]
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    opening_float_pen: Mapped[Decimal] = mapped_column("opening_float_pen_cents")
    opening_float_usd: Mapped[Decimal] = mapped_column("opening_float_usd_cents")
    opening_count: Mapped[str] = mapped_column(Text, default="{}")
    closed_at: Mapped[datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    counted_pen: Mapped[Decimal | None] = mapped_column("counted_pen_cents")
    counted_usd: Mapped[Decimal | None] = mapped_column("counted_usd_cents")
    closing_count: Mapped[str] = mapped_column(Text, default="{}")
    note: Mapped[str] = mapped_column(Text, default="")


class CashMovement(Base):
    """Cash put into or taken out of the drawer, with a reason.

    ``payout_id`` is set on the cash a maker was paid against her payout slip:
    the drawer shows payouts apart from other cash taken out.
    """

    __tablename__ = "cash_movements"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cash_sessions.id"), index=True)
    created_at: Mapped[datetime]
    direction: Mapped[str] = mapped_column(String(4))  # in | out
    currency: Mapped[str] = mapped_column(String(3), default="PEN")
    amount: Mapped[Decimal] = mapped_column("amount_cents")
    reason: Mapped[str] = mapped_column(String(160))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    payout_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("payouts.id"), index=True)
