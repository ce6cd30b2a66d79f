"""The documents of a day, one by one: each sale and refund with its lines and payments.

``report day DATE --json`` lists them under ``"sales"`` and ``"refunds"``
(DESIGN.md §7), so that a day's figures can be traced to the receipts they
add up from.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..domain.money import to_json
from ..store.models import CashSession, Item, Payment, Sale, SaleLine, User


@dataclass(frozen=True)
class DocumentLine:
    """A line of a sale or refund: the item's code, units, and the line's net amount."""

    code: str
    quantity: int
    net: Decimal


@dataclass(frozen=True)
class DocumentPayment:
    """A payment of a sale (or money paid back by a refund).

    ``amount`` is what it settled in soles (the payments of a document add up
    to its amount due); ``received`` is what was handed over, in ``currency``
    (a cash payment that got change back, or dollars).
    """

    method: str
    currency: str
    amount: Decimal
    received: Decimal

    def as_json(self) -> dict[str, object]:
        return {
            "method": self.method,
            "amount": to_json(self.amount),
            "currency": self.currency,
            "received": to_json(self.received),
        }


@dataclass(frozen=True)
class DayDocument:
    """A completed sale or refund of the day.

    ``till`` is the till whose cash session holds it (its series when it has
    none); ``None`` for a sale written on paper and imported.
    """

    number: str
    kind: str  # sale | refund
    time: datetime
    till: str | None
    seller: str | None
    total: Decimal
    due: Decimal
    rounding: Decimal
    refund_of: str | None = None
    lines: tuple[DocumentLine, ...] = field(default=())
    payments: tuple[DocumentPayment, ...] = field(default=())

    def as_json(self) -> dict[str, object]:
        """The document as ``report day --json`` prints it: amounts as strings, time ISO."""
        data: dict[str, object] = {
            "number": self.number,
            "time": self.time.isoformat(),
            "till": self.till,
            "seller": self.seller,
            "total": to_json(self.total),
            "due": to_json(self.due),
            "rounding": to_json(self.rounding),
            "lines": [{"code": ln.code, "quantity": ln.quantity, "net": to_json(ln.net)} for ln in self.lines],
            "payments": [p.as_json() for p in self.payments],
        }
        if self.kind == "refund":
            data["refund_of"] = self.refund_of
        return data


def documents_between_in(session: Session, low: datetime, high: datetime) -> tuple[DayDocument, ...]:
    """Every sale and refund made from ``low`` (included) to ``high`` (excluded), in the order they were made."""
    in_period = (Sale.created_at >= low, Sale.created_at < high)
    original = aliased(Sale)
    lines: dict[uuid.UUID, list[DocumentLine]] = defaultdict(list)
    for sale_id, code, quantity, net in session.execute(
        select(SaleLine.sale_id, Item.code, SaleLine.quantity, SaleLine.net)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .join(Item, Item.id == SaleLine.item_id)
        .where(*in_period)
        .order_by(SaleLine.sale_id, SaleLine.position)
    ):
        lines[sale_id].append(DocumentLine(code, quantity, net))
    payments: dict[uuid.UUID, list[DocumentPayment]] = defaultdict(list)
    for sale_id, method, currency, amount, applied in session.execute(
        select(Payment.sale_id, Payment.method, Payment.currency, Payment.amount, Payment.applied_pen)
        .join(Sale, Sale.id == Payment.sale_id)
        .where(*in_period)
        .order_by(Payment.sale_id, Payment.method, Payment.id)
    ):
        payments[sale_id].append(DocumentPayment(method, currency, applied, amount))
    rows = session.execute(
        select(
            Sale.id,
            Sale.number,
            Sale.kind,
            Sale.created_at,
            Sale.series,
            Sale.source,
            CashSession.till,
            User.name,
            Sale.total,
            Sale.amount_due,
            Sale.rounding,
            original.number,
        )
        .outerjoin(CashSession, CashSession.id == Sale.cash_session_id)
        .outerjoin(User, User.id == Sale.seller_id)
        .outerjoin(original, original.id == Sale.refund_of_id)
        .where(*in_period)
        .order_by(Sale.created_at, Sale.series, Sale.seq)
    )
    documents = []
    for sale_id, number, kind, at, series, source, till, seller, total, due, rounding, refund_of in rows:
        documents.append(
            DayDocument(
                number=number,
                kind=kind,
                time=at,
                till=till or (None if source == "import" else series),
                seller=seller,
                total=total,
                due=due,
                rounding=rounding,
                refund_of=refund_of,
                lines=tuple(lines[sale_id]),
                payments=tuple(payments[sale_id]),
            )
        )
    return tuple(documents)
