"""Sales, refunds, their lines and payments, and receipt series."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base
from ..ids import new_id
from ..types import DecimalText


class ReceiptSeries(Base):
    """A till's receipt series; ``next_number`` is taken inside the sale's transaction."""

    __tablename__ = "receipt_series"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    next_number: Mapped[int] = mapped_column(default=1)


class Sale(Base):
    """A completed sale or refund (``kind``); never edited after commit.

    Amounts of a refund are positive: what went back to the customer.
    """

    __tablename__ = "sales"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    series: Mapped[str] = mapped_column(String(8))
    seq: Mapped[int]
    kind: Mapped[str] = mapped_column(String(8), default="sale")  # sale | refund
    refund_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sales.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(index=True)
    seller_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    cash_session_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cash_sessions.id"), index=True)
    subtotal: Mapped[Decimal] = mapped_column("subtotal_cents")
    line_discounts: Mapped[Decimal] = mapped_column("line_discounts_cents")
    order_discount: Mapped[Decimal] = mapped_column("order_discount_cents")
    total: Mapped[Decimal] = mapped_column("total_cents")
    rounding: Mapped[Decimal] = mapped_column("rounding_cents")
    amount_due: Mapped[Decimal] = mapped_column("amount_due_cents")
    tendered: Mapped[Decimal] = mapped_column("tendered_cents")
    change: Mapped[Decimal] = mapped_column("change_cents")
    usd_rate: Mapped[Decimal | None] = mapped_column(DecimalText())
    source: Mapped[str] = mapped_column(String(8), default="till")  # till | import
    note: Mapped[str] = mapped_column(Text, default="")
    # The shop's header and texts in force at completion, which a reprint shows again.
    header_id: Mapped[str | None] = mapped_column(ForeignKey("document_headers.id"))

    lines: Mapped[list[SaleLine]] = relationship(
        back_populates="sale", order_by="SaleLine.position", foreign_keys="SaleLine.sale_id"
    )
    payments: Mapped[list[Payment]] = relationship(back_populates="sale")


class SaleLine(Base):
    """One line of a sale, or of a refund (then ``refund_of_line_id`` is set)."""

    __tablename__ = "sale_lines"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales.id"), index=True)
    position: Mapped[int]
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    product_name: Mapped[str] = mapped_column(String(160))
    quantity: Mapped[int]
    unit_price: Mapped[Decimal] = mapped_column("unit_price_cents")
    gross: Mapped[Decimal] = mapped_column("gross_cents")
    line_discount: Mapped[Decimal] = mapped_column("line_discount_cents")
    order_discount: Mapped[Decimal] = mapped_column("order_discount_cents")
    net: Mapped[Decimal] = mapped_column("net_cents")
    share_rate: Mapped[Decimal] = mapped_column(DecimalText())
    share: Mapped[Decimal] = mapped_column("share_cents")
    refund_of_line_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sale_lines.id"), index=True)

    sale: Mapped[Sale] = relationship(back_populates="lines", foreign_keys=[sale_id])


class Payment(Base):
    """A payment of a sale (or money given back on a refund)."""

    __tablename__ = "payments"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales.id"), index=True)
    method: Mapped[str] = mapped_column(String(16))
    currency: Mapped[str] = mapped_column(String(3))
    amount: Mapped[Decimal] = mapped_column("amount_cents")
    rate: Mapped[Decimal | None] = mapped_column(DecimalText())
    amount_pen: Mapped[Decimal] = mapped_column("amount_pen_cents")
    applied_pen: Mapped[Decimal] = mapped_column("applied_pen_cents")
    reference: Mapped[str] = mapped_column(String(64), default="")

    sale: Mapped[Sale] = relationship(back_populates="payments")


class ParkedSale(Base):
    """A cart put aside at a till while its customer fetches money; gone once taken back.

    Kept in the database, not in the window, so that a till restarted (or a
    laptop whose battery died) still has it. ``lines`` is JSON: the item
    codes, quantities and discounts as typed, amounts as decimal strings.
    """

    __tablename__ = "parked_sales"

    id: Mapped[int] = mapped_column(primary_key=True)  # in the order parked
    series: Mapped[str] = mapped_column(String(8), index=True)
    parked_at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    total: Mapped[Decimal] = mapped_column("total_cents")
    lines: Mapped[str] = mapped_column(Text)
