"""Makers' share entries and payouts."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base
from ..ids import new_id

if TYPE_CHECKING:
    from .sales import Sale, SaleLine


class ShareEntry(Base):
    """A maker's part of a sale line (positive) or its reversal by a refund (negative).

    A cash payout pays whole ten-céntimo coins (DESIGN.md §4 rule 7): the
    céntimos it cannot pay stay in her balance as a pair of ``carry``
    entries with no sale, both pointing at that payout (``carry_of_id``):
    a negative one it settles and a positive one left for her next payout.
    """

    __tablename__ = "share_entries"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    maker_id: Mapped[int] = mapped_column(ForeignKey("makers.id"))  # indexed by ix_share_entries_maker_period
    # A line sold at the till, or (``partner_line_id``) a line a partner shop sold and paid for (DESIGN.md §10).
    sale_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sales.id"), index=True)
    sale_line_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sale_lines.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(8))  # accrual | reversal | carry
    weight: Mapped[int]
    amount: Mapped[Decimal] = mapped_column("amount_cents")
    payout_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("payouts.id"))  # ix_share_entries_unsettled
    carry_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("payouts.id"), index=True)
    partner_line_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner_sale_lines.id"), index=True)

    # Declared so that the unit of work inserts sales and lines before their shares.
    sale: Mapped[Sale | None] = relationship()
    sale_line: Mapped[SaleLine | None] = relationship()


# Covering indexes for the reports (DESIGN.md §8): a maker's entries of a period, read from the
# index alone and already grouped by maker; and the unsettled entries (what payouts and "owed" read).
Index(
    "ix_share_entries_maker_period",
    ShareEntry.maker_id,
    ShareEntry.created_at,
    ShareEntry.amount,
    ShareEntry.payout_id,
)
Index(
    "ix_share_entries_unsettled",
    ShareEntry.payout_id,
    ShareEntry.maker_id,
    ShareEntry.created_at,
    ShareEntry.amount,
)


class Payout(Base):
    """Settlement of a maker's unsettled share entries up to a cut-off date."""

    __tablename__ = "payouts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    maker_id: Mapped[int] = mapped_column(ForeignKey("makers.id"), index=True)
    created_at: Mapped[datetime]
    period_from: Mapped[date | None]
    cutoff: Mapped[date]
    amount: Mapped[Decimal] = mapped_column("amount_cents")
    method: Mapped[str] = mapped_column(String(16))
    reference: Mapped[str] = mapped_column(String(64), default="")
    cash_session_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cash_sessions.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
