"""Partner shops and consignment: notes out and back, their sales reports, their payments (DESIGN.md §10)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base
from ..ids import new_id
from ..types import DecimalText


class Partner(Base):
    """A shop that sells our units on consignment for a commission; the units there stay ours, at its location."""

    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    contact: Mapped[str] = mapped_column(String(160), default="")
    commission_rate: Mapped[Decimal] = mapped_column(DecimalText())
    terms_days: Mapped[int] = mapped_column(default=30)  # days the partner has to pay what it sold
    old_after_days: Mapped[int] = mapped_column(default=90)  # units out longer than this are listed as old
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"), unique=True)
    active: Mapped[bool] = mapped_column(default=True)


class ConsignmentNote(Base):
    """A numbered note of units sent to a partner (``out``) or brought back from it (``return``)."""

    __tablename__ = "consignment_notes"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # out | return
    created_at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(String(200), default="")

    lines: Mapped[list[ConsignmentLine]] = relationship(order_by="ConsignmentLine.position")


class ConsignmentLine(Base):
    """Units of one item on a consignment note, with the retail price and commission in force."""

    __tablename__ = "consignment_lines"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    note_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("consignment_notes.id"), index=True)
    position: Mapped[int]
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    product_name: Mapped[str] = mapped_column(String(160))
    quantity: Mapped[int]
    unit_price: Mapped[Decimal] = mapped_column("unit_price_cents")
    commission_rate: Mapped[Decimal] = mapped_column(DecimalText())


class PartnerReport(Base):
    """A partner's report of what it sold, typed in or imported from its file."""

    __tablename__ = "partner_reports"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), index=True)
    created_at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    source: Mapped[str] = mapped_column(String(8))  # typed | import
    file_name: Mapped[str] = mapped_column(String(255), default="")

    lines: Mapped[list[PartnerSaleLine]] = relationship(order_by="PartnerSaleLine.position")


class PartnerSaleLine(Base):
    """Units a partner sold: the price it sold at, its commission, what is due to us, the makers' share.

    ``row_key`` names the row of the partner's report it came from, so that
    the same row imported twice is refused.
    """

    __tablename__ = "partner_sale_lines"
    __table_args__ = (UniqueConstraint("partner_id", "row_key", name="uq_partner_sale_lines_row"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner_reports.id"), index=True)
    position: Mapped[int]
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), index=True)
    sold_on: Mapped[date]
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    product_name: Mapped[str] = mapped_column(String(160))
    quantity: Mapped[int]
    unit_price: Mapped[Decimal] = mapped_column("unit_price_cents")
    amount: Mapped[Decimal] = mapped_column("amount_cents")
    commission_rate: Mapped[Decimal] = mapped_column(DecimalText())
    commission: Mapped[Decimal] = mapped_column("commission_cents")
    due: Mapped[Decimal] = mapped_column("due_cents")
    share_rate: Mapped[Decimal] = mapped_column(DecimalText())
    share: Mapped[Decimal] = mapped_column("share_cents")
    row_key: Mapped[str] = mapped_column(String(64))


class PartnerLineMaker(Base):
    """A maker of a line a partner sold, with her weight, as the item's makers were when it was reported.

    What accrues to her as the partner pays follows these, whatever is
    later changed in the item (DESIGN.md §4 rule 5).
    """

    __tablename__ = "partner_line_makers"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    line_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner_sale_lines.id"), index=True)
    position: Mapped[int]
    maker_id: Mapped[int] = mapped_column(ForeignKey("makers.id"), index=True)
    weight: Mapped[int]


class PartnerPayment(Base):
    """Money a partner paid us; it settles its sold lines oldest first (:class:`PartnerSettlement`).

    ``amount`` is what it settles, in soles; ``tendered`` what was handed over
    in ``currency`` (dollars at ``rate``). Cash and dollars went into the
    drawer of ``cash_session_id``.
    """

    __tablename__ = "partner_payments"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), index=True)
    created_at: Mapped[datetime]
    amount: Mapped[Decimal] = mapped_column("amount_cents")
    method: Mapped[str] = mapped_column(String(16))
    reference: Mapped[str] = mapped_column(String(64), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    currency: Mapped[str] = mapped_column(String(3), default="PEN")
    tendered: Mapped[Decimal] = mapped_column("tendered_cents")
    rate: Mapped[Decimal | None] = mapped_column(DecimalText())
    cash_session_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cash_sessions.id"), index=True)


class PartnerSettlement(Base):
    """What one payment paid of one sold line."""

    __tablename__ = "partner_settlements"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    payment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner_payments.id"), index=True)
    line_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partner_sale_lines.id"), index=True)
    amount: Mapped[Decimal] = mapped_column("amount_cents")
