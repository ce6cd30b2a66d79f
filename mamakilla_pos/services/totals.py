"""Sales by payment method and shares by maker over any set of documents, each read with one aggregate query.

The day and period reports read their methods here, the X, Z and day reports their makers.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from ..domain.money import ZERO
from ..domain.payments import MethodTotals, method_rank
from ..domain.shares import MakerTotals
from ..store import models
from ..store.types import money_sum


def method_totals_in(session: Session, *where: ColumnElement[bool]) -> tuple[MethodTotals, ...]:
    """Each payment method's sales and refunds over the documents matching ``where``, in the till's order."""
    found: dict[str, list[int | Decimal]] = {}
    for method, kind, count, amount in session.execute(
        select(
            models.Payment.method,
            models.Sale.kind,
            # A payment of amount zero only books change (domain.payments.AppliedPayment.is_change): not a ticket.
            func.count(case((models.Payment.amount != ZERO, models.Payment.id))),
            money_sum(models.Payment.applied_pen),
        )
        .join(models.Sale, models.Sale.id == models.Payment.sale_id)
        .where(*where)
        .group_by(models.Payment.method, models.Sale.kind)
    ):
        row = found.setdefault(method, [0, ZERO, ZERO])
        if kind == "sale":
            row[0] += count
            row[1] += amount
        else:
            row[2] += amount
    return tuple(
        MethodTotals(method, int(count), Decimal(sales), Decimal(refunds))
        for method, (count, sales, refunds) in sorted(found.items(), key=lambda item: method_rank(item[0]))
    )


def maker_totals_in(
    session: Session, *where: ColumnElement[bool], through_sales: bool = False
) -> tuple[MakerTotals, ...]:
    """Each maker's shares accrued and reversed among the share entries matching ``where``, by name.

    With ``through_sales``, ``where`` may also name the entries' sales and refunds.
    """
    query = (
        select(
            models.Maker.name,
            money_sum(case((models.ShareEntry.amount > 0, models.ShareEntry.amount), else_=ZERO)),
            money_sum(case((models.ShareEntry.amount < 0, -models.ShareEntry.amount), else_=ZERO)),
        )
        .join(models.ShareEntry, models.ShareEntry.maker_id == models.Maker.id)
        .group_by(models.Maker.name)
        .order_by(models.Maker.name)
    )
    if through_sales:
        query = query.join(models.Sale, models.Sale.id == models.ShareEntry.sale_id)
    return tuple(
        MakerTotals(name, accrued, reversed_) for name, accrued, reversed_ in session.execute(query.where(*where))
    )
