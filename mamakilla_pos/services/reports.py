"""Reports read from the database with SQL aggregates."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from ..domain.drawer import DrawerFigures
from ..domain.money import ZERO
from ..domain.payments import MethodTotals
from ..domain.shares import MakerTotals
from ..store import Store
from ..store.models import CashSession, Sale, ShareEntry
from ..store.types import money_sum
from .cash_figures import SessionReport, report_in
from .day_documents import DayDocument, documents_between_in
from .partner_cash import PartnerPaid, day_partner_payments_in
from .totals import maker_totals_in, method_totals_in


@dataclass(frozen=True)
class DrawerTotal:
    """One currency's cash over the day's sessions.

    ``expected`` covers every session of the day; ``counted`` and
    ``difference`` the closed ones (``None`` when none is closed yet).
    """

    currency: str
    expected: Decimal
    counted: Decimal | None
    difference: Decimal | None


@dataclass(frozen=True)
class DayReport:
    """The day's sales, by payment method and by maker, and the day's cash sessions."""

    day: date
    sales: int
    refunds: int
    gross: Decimal
    discounts: Decimal
    sales_total: Decimal
    refunds_total: Decimal
    rounding: Decimal
    by_method: tuple[MethodTotals, ...] = field(default=())
    by_maker: tuple[MakerTotals, ...] = field(default=())
    sessions: tuple[SessionReport, ...] = field(default=())
    documents: tuple[DayDocument, ...] = field(default=())
    partner_payments: tuple[PartnerPaid, ...] = field(default=())  # every method, not sales (DESIGN.md §10)

    @property
    def net(self) -> Decimal:
        return self.sales_total - self.refunds_total

    def listed(self, kind: str) -> list[DayDocument]:
        """The day's documents of ``kind`` (``sale`` or ``refund``), read with ``documents=True``."""
        return [d for d in self.documents if d.kind == kind]

    def drawer(self, currency: str) -> DrawerFigures:
        """One drawer's figures summed over the day's sessions: float, received, change, in, out, payouts.

        Its ``counted`` is left out: a day may have open sessions (see :meth:`cash`).
        """
        total = DrawerFigures(currency, ZERO)
        for session in self.sessions:
            total = total + replace(session.figures(currency), counted=None)
        return total

    def cash(self, currency: str) -> DrawerTotal:
        """Expected, counted and difference of ``currency`` summed over the day's sessions."""
        figures = [s.figures(currency) for s in self.sessions]
        closed = [f for f in figures if f.counted is not None]
        return DrawerTotal(
            currency,
            sum((f.expected for f in figures), ZERO),
            sum((f.counted or ZERO for f in closed), ZERO) if closed else None,
            sum((f.difference or ZERO for f in closed), ZERO) if closed else None,
        )


def _of_sales(in_day: tuple[ColumnElement[bool], ...], till: str | None) -> tuple[ColumnElement[bool], ...]:
    """A till's share entries: those of its sales (``()``: every entry of the day)."""
    if till is None:
        return ()
    return (ShareEntry.sale_id.in_(select(Sale.id).where(*in_day)),)


def day_report(store: Store, day: date, documents: bool = False, till: str | None = None) -> DayReport:
    """Totals of one day's sales and refunds, and the cash sessions open at any time that day.

    A session's figures are the whole session's, also when it runs past midnight.
    With ``documents``, also every sale and refund of the day, read in the
    same transaction as the totals. With ``till``, only that till's: the
    documents of its cash sessions, their makers' shares, its sessions (a
    till of a shop with a server holds the shop's history up to when it
    joined; its report is its own, and the server's is every till's).
    """
    low = datetime.combine(day, time())
    high = low + timedelta(days=1)
    in_day: tuple[ColumnElement[bool], ...] = (Sale.created_at >= low, Sale.created_at < high)
    if till is not None:
        in_day = (*in_day, Sale.cash_session_id.in_(select(CashSession.id).where(CashSession.till == till)))
    with store.session() as session:
        totals = {
            kind: (count, gross, discounts, total, rounding)
            for kind, count, gross, discounts, total, rounding in session.execute(
                select(
                    Sale.kind,
                    func.count(Sale.id),
                    money_sum(Sale.subtotal),
                    money_sum(Sale.line_discounts + Sale.order_discount),
                    money_sum(Sale.total),
                    money_sum(Sale.rounding),
                )
                .where(*in_day)
                .group_by(Sale.kind)
            )
        }
        methods = method_totals_in(session, *in_day)
        makers = maker_totals_in(
            session, ShareEntry.created_at >= low, ShareEntry.created_at < high, *_of_sales(in_day, till)
        )
        sessions = _sessions_between(session, low, high, till)
        listed = documents_between_in(session, low, high) if documents else ()
        if till is not None:
            listed = tuple(d for d in listed if d.till == till)
        partners_paid = day_partner_payments_in(session, day)
    none = (0, ZERO, ZERO, ZERO, ZERO)
    sale, refund = totals.get("sale", none), totals.get("refund", none)
    return DayReport(
        day=day,
        sales=sale[0],
        refunds=refund[0],
        gross=sale[1],
        discounts=sale[2],
        sales_total=sale[3],
        refunds_total=refund[3],
        rounding=sale[4] - refund[4],
        by_method=methods,
        by_maker=makers,
        sessions=sessions,
        documents=listed,
        partner_payments=partners_paid,
    )


def _sessions_between(
    session: Session, low: datetime, high: datetime, till: str | None = None
) -> tuple[SessionReport, ...]:
    """The cash sessions (of ``till``, or every till's) open at any time in ``[low, high)``, each with its
    whole figures."""
    own = () if till is None else (CashSession.till == till,)
    return tuple(
        report_in(session, row)
        for row in session.execute(
            select(CashSession)
            .where(
                CashSession.opened_at < high,
                (CashSession.closed_at.is_(None)) | (CashSession.closed_at >= low),
                *own,
            )
            .order_by(CashSession.opened_at, CashSession.till)
        ).scalars()
    )


def day_report_pdf(store: Store, report: DayReport) -> bytes:
    """The day report as an A4 PDF, with the shop's name and RUC and when it was printed."""
    from ..documents.day_report import build_day_report
    from .clock import now
    from .settings import get_settings

    settings = get_settings(store)
    return build_day_report(report, settings.shop_name, settings.shop_ruc, now())
