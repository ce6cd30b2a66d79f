"""Payouts made: their history, one payout with everything its slip shows, and the yearly totals for the funders."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import Select, and_, func, select

from ..domain.money import ZERO
from ..store import Store
from ..store.models import CashSession, Maker, Payout, ShareEntry, User
from .clock import now
from .errors import NotFound
from .shares import ShareLine, day_bounds, share_lines_in, share_totals


@dataclass(frozen=True)
class PayoutSummary:
    """A payout as listed in the history."""

    id: uuid.UUID
    number: str
    maker_id: int
    maker: str
    created_at: datetime
    period_from: date | None
    cutoff: date
    amount: Decimal
    method: str
    reference: str
    entries: int
    paid_by: str


@dataclass(frozen=True)
class PayoutDetail:
    """A payout with everything its slip shows.

    ``payer_role`` is the role of the user who recorded it (``""`` for the
    system): only a coordinator's name is printed under her signature line.
    ``carried_in`` are the céntimos her previous cash payout left, paid now;
    ``kept`` those this cash payout could not pay in coins, left in her
    balance. What was paid: ``accrued − reversed + carried_in − kept``.
    """

    summary: PayoutSummary
    maker_dni: str
    till: str
    entries: tuple[ShareLine, ...]
    accrued: Decimal
    reversed: Decimal
    payer_role: str = ""
    carried_in: Decimal = ZERO
    kept: Decimal = ZERO


def _summary_query() -> Select:
    count = (
        select(func.count(ShareEntry.id))
        .where(ShareEntry.payout_id == Payout.id, ShareEntry.carry_of_id.is_(None))
        .scalar_subquery()
    )
    return (
        select(
            Payout.id,
            Payout.number,
            Payout.maker_id,
            Maker.name,
            Payout.created_at,
            Payout.period_from,
            Payout.cutoff,
            Payout.amount,
            Payout.method,
            Payout.reference,
            count,
            func.coalesce(User.name, ""),
        )
        .join(Maker, Maker.id == Payout.maker_id)
        .outerjoin(User, User.id == Payout.user_id)
    )


def payout_history(
    store: Store,
    maker_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[PayoutSummary]:
    """Payouts made in ``[start, end]`` (either may be open), to one maker or all, newest first."""
    query = _summary_query()
    if maker_id is not None:
        query = query.where(Payout.maker_id == maker_id)
    if start is not None and end is not None:
        day_bounds(start, end)
    if start is not None:
        query = query.where(Payout.created_at >= datetime.combine(start, time()))
    if end is not None:
        query = query.where(Payout.created_at < datetime.combine(end + timedelta(days=1), time()))
    with store.session() as session:
        rows = session.execute(query.order_by(Payout.created_at.desc(), Payout.number.desc())).all()
    return [PayoutSummary(*row) for row in rows]


def paid_total(payouts: Sequence[PayoutSummary]) -> Decimal:
    """What the listed payouts paid together."""
    return sum((p.amount for p in payouts), ZERO)


def payout_detail(store: Store, number: str) -> PayoutDetail:
    """The payout ``number`` with every entry it settled, oldest first.

    Raises:
        NotFound: no payout has that number.
    """
    with store.session() as session:
        row = session.execute(_summary_query().where(Payout.number == number)).first()
        if row is None:
            raise NotFound(f"no existe el pago {number}")
        summary = PayoutSummary(*row)
        dni = session.execute(select(Maker.dni).where(Maker.id == summary.maker_id)).scalar_one()
        till, role = session.execute(
            select(func.coalesce(CashSession.till, ""), func.coalesce(User.role, ""))
            .select_from(Payout)
            .outerjoin(CashSession, CashSession.id == Payout.cash_session_id)
            .outerjoin(User, User.id == Payout.user_id)
            .where(Payout.id == summary.id)
        ).one()
        lines = share_lines_in(session, ShareEntry.payout_id == summary.id)
    accrued, reversed_, _ = share_totals(lines)
    carried_in = sum((ln.amount for ln in lines if ln.is_carry and ln.amount > 0), ZERO)
    kept = -sum((ln.amount for ln in lines if ln.is_carry and ln.amount < 0), ZERO)
    return PayoutDetail(summary, dni, till, tuple(lines), accrued, reversed_, role, carried_in, kept)


# -- totals for the funders ----------------------------------------------------------------


@dataclass(frozen=True)
class MakerYear:
    """What was paid to a maker in each month of a year (by the date of the payout)."""

    maker_id: int
    maker: str
    months: tuple[Decimal, ...]  # January … December
    payouts: int

    @property
    def total(self) -> Decimal:
        return sum(self.months, ZERO)


@dataclass(frozen=True)
class FunderYear:
    """Payouts of a year per maker and month, with the column and grand totals."""

    year: int
    makers: tuple[MakerYear, ...]

    @property
    def months(self) -> tuple[Decimal, ...]:
        return tuple(sum((m.months[i] for m in self.makers), ZERO) for i in range(12))

    @property
    def total(self) -> Decimal:
        return sum((m.total for m in self.makers), ZERO)

    @property
    def payouts(self) -> int:
        return sum(m.payouts for m in self.makers)


def payout_years(store: Store) -> list[int]:
    """Years in which payouts were made, newest first; this year when there are none."""
    with store.session() as session:
        first, last = session.execute(select(func.min(Payout.created_at), func.max(Payout.created_at))).one()
    this_year = now().year
    if first is None:
        return [this_year]
    return list(range(max(last.year, this_year), first.year - 1, -1))


def funder_totals(store: Store, year: int) -> FunderYear:
    """Money paid to each maker in ``year``, month by month, and the totals."""
    low, high = datetime(year, 1, 1), datetime(year + 1, 1, 1)
    with store.session() as session:
        rows = session.execute(
            select(Payout.maker_id, Maker.name, Payout.created_at, Payout.amount)
            .join(Maker, Maker.id == Payout.maker_id)
            .where(and_(Payout.created_at >= low, Payout.created_at < high))
        ).all()
    months: dict[tuple[str, int], list[Decimal]] = defaultdict(lambda: [ZERO] * 12)
    counts: dict[tuple[str, int], int] = defaultdict(int)
    for maker_id, name, created_at, amount in rows:
        months[(name, maker_id)][created_at.month - 1] += amount
        counts[(name, maker_id)] += 1
    makers = tuple(
        MakerYear(maker_id, name, tuple(months[(name, maker_id)]), counts[(name, maker_id)])
        for name, maker_id in sorted(months)
    )
    return FunderYear(year, makers)
