"""Partner shops' payments in a cash session: cash and dollars in the drawers, every method on the X and Z reports.

A partner's payment is not a sale (DESIGN.md §10): it settles what the
partner owes for what it sold. Cash and dollars go into the drawer of the
till's open session (:mod:`.partner_payments` refuses them without one);
a transfer, Yape or Plin is listed with the session open when it came in,
and goes into no drawer.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.money import ZERO
from ..domain.payments import CASH_METHODS, method_rank
from ..store import models
from ..store.types import money_sum


@dataclass(frozen=True)
class PartnerPaid:
    """Payments of partner shops with one method: how many, and what they settled in soles."""

    method: str
    count: int
    amount: Decimal


def _by_method(rows) -> tuple[tuple[PartnerPaid, ...], dict[str, Decimal]]:  # type: ignore[no-untyped-def]
    paid: dict[str, list[object]] = {}
    cash: dict[str, Decimal] = {}
    for method, currency, count, tendered, amount in rows:
        if method in CASH_METHODS:
            cash[currency] = cash.get(currency, ZERO) + tendered
        figures = paid.setdefault(method, [0, ZERO])
        figures[0] += count
        figures[1] += amount
    summaries = tuple(PartnerPaid(m, *paid[m]) for m in sorted(paid, key=method_rank))  # type: ignore[arg-type]
    return summaries, cash


def _query():  # type: ignore[no-untyped-def]
    pay = models.PartnerPayment
    return select(
        pay.method, pay.currency, func.count(pay.id), money_sum(pay.tendered), money_sum(pay.amount)
    ).group_by(pay.method, pay.currency)


def session_partner_payments_in(
    session: Session, session_id: uuid.UUID
) -> tuple[tuple[PartnerPaid, ...], dict[str, Decimal]]:
    """The session's partner payments by method, and the cash they put into each drawer (in its currency)."""
    return _by_method(session.execute(_query().where(models.PartnerPayment.cash_session_id == session_id)))


def day_partner_payments_in(session: Session, day: date) -> tuple[PartnerPaid, ...]:
    """Every partner payment of ``day``, by method, with a till's session or without (a transfer)."""
    low = datetime.combine(day, time())
    high = low + timedelta(days=1)
    rows = session.execute(
        _query().where(models.PartnerPayment.created_at >= low, models.PartnerPayment.created_at < high)
    )
    return _by_method(rows)[0]
