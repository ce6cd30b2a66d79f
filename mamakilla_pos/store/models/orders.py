"""Custom orders (encargos): the order, its makers, its payments and its history (DESIGN.md §10)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..ids import new_id
from ..types import DecimalText


class Order(Base):
    """A bag made to order for a customer, for a date, at an agreed price.

    The order changes (its status, the sale that delivered it); its payments
    and its history are rows of their own, written once. ``sale_id`` is the
    sale of the pickup, or the sale of the advance kept on a cancellation.
    """

    __tablename__ = "orders"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    series: Mapped[str] = mapped_column(String(8))
    seq: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    customer_name: Mapped[str] = mapped_column(String(120))
    customer_phone: Mapped[str] = mapped_column(String(32), default="")
    description: Mapped[str] = mapped_column(Text)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    price: Mapped[Decimal] = mapped_column("price_cents")
    due_on: Mapped[date] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(8), default="till")  # till | import
    sale_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sales.id"))


class OrderMaker(Base):
    """A maker assigned to an order, with her weight in the share split."""

    __tablename__ = "order_makers"

    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"), primary_key=True)
    maker_id: Mapped[int] = mapped_column(ForeignKey("makers.id"), primary_key=True, index=True)
    weight: Mapped[int] = mapped_column(default=1)
    position: Mapped[int] = mapped_column(default=0)


class OrderPayment(Base):
    """An advance (seña) taken on an order, or an advance given back (``kind`` ``return``).

    ``amount`` is in the method's currency (dollars for ``usd``), always
    positive; ``amount_pen`` its value in soles. Taken in a till's open cash
    session (``cash_session_id``), or none for an order taken on paper.
    """

    __tablename__ = "order_payments"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"), index=True)
    position: Mapped[int]  # 1, 2, … in the order they were taken or given back
    created_at: Mapped[datetime] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(8))  # advance | return
    method: Mapped[str] = mapped_column(String(16))
    currency: Mapped[str] = mapped_column(String(3))
    amount: Mapped[Decimal] = mapped_column("amount_cents")
    rate: Mapped[Decimal | None] = mapped_column(DecimalText())
    amount_pen: Mapped[Decimal] = mapped_column("amount_pen_cents")
    reference: Mapped[str] = mapped_column(String(64), default="")
    cash_session_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cash_sessions.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class OrderEvent(Base):
    """One line of an order's history: who did what, when, and why."""

    __tablename__ = "order_events"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"), index=True)
    position: Mapped[int]  # 1, 2, … in the order they happened
    created_at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(16))  # created | status | advance | return | kept | delivered
    status: Mapped[str] = mapped_column(String(16))  # the order's status after it
    note: Mapped[str] = mapped_column(Text, default="")
