"""The year's impact figures for the funders: who took part, what they made, sold, earned and were paid."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.maker_parts import unit_parts
from ..domain.money import ZERO, quantize
from ..store import Store
from ..store.models import (
    StockMovement,
)
from .analytics import PERIOD_STEPS, PeriodRows, read_period_in, report_of
from .clock import now
from .payout_history import FunderYear, funder_totals
from .period_queries import Plan, plan_in
from .period_views import Figures, PeriodReport, ProductRank, Summary
from .periods import Period, ProgressFn, read_session, tick

# -- the year for the funders ---------------------------------------------------------------------


@dataclass(frozen=True)
class MakerImpact:
    """One woman's year.

    Attributes:
        units_made: her part of the units of her items produced in the year
            (a jointly made item split by its weights, in tenths: the makers'
            parts add up to the units produced).
        units_sold: her part of the units of her items sold, returns deducted.
        earned: her shares of the year (accrued minus reversed).
        paid: what payouts of the year paid her.
        months: the months of the year she belonged to the workshop (from the
            month she joined, up to the current month for the current year).
        monthly_income: ``earned / months``.
        by_month: what she earned in each month, January to December.
    """

    maker_id: int
    maker: str
    joined_on: date | None
    trainer: str
    units_made: Decimal
    units_sold: Decimal
    earned: Decimal
    paid: Decimal
    months: int
    monthly_income: Decimal
    by_month: tuple[Decimal, ...]


@dataclass(frozen=True)
class NewMaker:
    """A woman who joined the workshop in the year, and who trained her (``""`` when not recorded)."""

    maker: str
    joined_on: date
    trainer: str


@dataclass(frozen=True)
class MonthImpact:
    """One month of the year: net sales, what the women earned and what they were paid."""

    month: int
    net: Decimal
    earned: Decimal
    paid: Decimal


@dataclass(frozen=True)
class ImpactReport:
    """The year told to the funders.

    A woman is *active* in the year when she produced units or her items sold.
    ``average_monthly_income`` and ``median_monthly_income`` are taken over
    the active women's :attr:`MakerImpact.monthly_income`. ``women_share`` is
    the part of the year's net sales that the women earned (0 to 1).
    """

    year: int
    makers: tuple[MakerImpact, ...]
    new_makers: tuple[NewMaker, ...]
    months: tuple[MonthImpact, ...]
    best_sellers: tuple[ProductRank, ...]
    locations: tuple[Figures, ...]
    summary: Summary
    total_paid: Decimal
    payouts: int
    average_monthly_income: Decimal
    median_monthly_income: Decimal
    generated_at: datetime = field(default_factory=now)

    @property
    def active_makers(self) -> int:
        return len(self.makers)

    @property
    def total_earned(self) -> Decimal:
        return self.summary.shares

    @property
    def net_sales(self) -> Decimal:
        return self.summary.net

    @property
    def women_share(self) -> Decimal:
        return self.summary.share_ratio

    @property
    def units_made(self) -> Decimal:
        """Units produced of the women's items: each piece once (the makers' parts add up to it)."""
        return sum((m.units_made for m in self.makers), ZERO)

    @property
    def units_sold(self) -> int:
        return self.summary.units


def _months_in(year: int, joined_on: date | None, today: date) -> int:
    """Months of ``year`` a woman belonged to the workshop, counted so far."""
    if year > today.year:
        return 0
    first = joined_on.month if joined_on is not None and joined_on.year == year else 1
    if joined_on is not None and joined_on.year > year:
        return 0
    last = today.month if year == today.year else 12
    return max(last - first + 1, 0)


def _production(session: Session, plan: Plan) -> dict[int, int]:
    """Units produced per item in the period."""
    key = plan.key(StockMovement.item_id)
    rows = session.execute(
        select(key, func.sum(StockMovement.quantity))
        .where(StockMovement.kind == "production", *plan.within(StockMovement.created_at))
        .group_by(key)
    )
    return {int(item_id): int(units or 0) for item_id, units in rows}


def impact_report(
    store: Store, year: int, progress: ProgressFn | None = None, today: date | None = None
) -> ImpactReport:
    """The year's impact figures: who took part, what they made, sold, earned and were paid.

    Raises:
        Cancelled: ``progress`` returned ``False``.
    """
    steps = PERIOD_STEPS + 3
    period = Period.year(year)
    today = today or now().date()
    tick(progress, 0, steps)
    with read_session(store) as session:
        raw = read_period_in(session, period, progress, 0, steps, full=False)
        produced = _production(session, plan_in(session, period))
    tick(progress, PERIOD_STEPS, steps)
    funders = funder_totals(store, year)
    tick(progress, PERIOD_STEPS + 1, steps)
    sales = report_of(raw)
    makers = _makers_impact(raw, produced, funders, sales, year, today)
    makers.sort(key=lambda m: (-m.earned, m.maker))
    incomes = [m.monthly_income for m in makers]
    new_makers = sorted(
        (
            NewMaker(name, joined, trained_by)
            for name, joined, trained_by in raw.catalogue.makers.values()
            if joined is not None and _joined_in(joined, year)
        ),
        key=lambda n: (n.joined_on, n.maker),
    )
    month_net = {int(f.key[5:7]): f.net for f in sales.by_month}
    month_earned = [sum((m.by_month[i] for m in makers), ZERO) for i in range(12)]
    months_ = tuple(
        MonthImpact(i + 1, month_net.get(i + 1, ZERO), month_earned[i], funders.months[i]) for i in range(12)
    )
    report = ImpactReport(
        year=year,
        makers=tuple(makers),
        new_makers=tuple(new_makers),
        months=months_,
        best_sellers=sales.top_products,
        locations=sales.by_location,
        summary=sales.summary,
        total_paid=funders.total,
        payouts=funders.payouts,
        average_monthly_income=quantize(sum(incomes, ZERO) / len(incomes)) if incomes else ZERO,
        median_monthly_income=quantize(statistics.median(incomes)) if incomes else ZERO,
    )
    tick(progress, steps, steps)
    return report


def _makers_impact(
    raw: PeriodRows, produced: dict[int, int], funders: FunderYear, sales: PeriodReport, year: int, today: date
) -> list[MakerImpact]:
    """Each maker who made or sold something in the year: made, sold, earned (by month), paid, monthly income."""
    cat = raw.catalogue
    made: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for item_id, units in produced.items():
        if item_id not in cat.makers_of:
            continue  # bought in by the center: nobody's part
        for maker_id, part in zip(cat.makers_of[item_id], unit_parts(units, cat.weights_of[item_id]), strict=True):
            made[maker_id] += part
    earned_months: dict[int, list[Decimal]] = defaultdict(lambda: [ZERO] * 12)
    for day, maker_id, amount in raw.shares:
        earned_months[maker_id][day.month - 1] += amount
    paid = {m.maker_id: m.total for m in funders.makers}
    sold = {int(f.key): f for f in sales.by_maker}
    makers: list[MakerImpact] = []
    for maker_id, (name, joined_on, trained_by) in cat.makers.items():
        figures = sold.get(maker_id)
        if figures is None and not made.get(maker_id):
            continue
        months = _months_in(year, joined_on, today)
        earned = figures.shares if figures else ZERO
        makers.append(
            MakerImpact(
                maker_id=maker_id,
                maker=name,
                joined_on=joined_on,
                trainer=trained_by,
                units_made=made.get(maker_id, ZERO),
                units_sold=Decimal(figures.units) if figures else ZERO,
                earned=earned,
                paid=paid.get(maker_id, ZERO),
                months=months,
                monthly_income=quantize(earned / months) if months else ZERO,
                by_month=tuple(earned_months.get(maker_id, [ZERO] * 12)),
            )
        )
    return makers


def _joined_in(joined_on: date | None, year: int) -> bool:
    return joined_on is not None and joined_on.year == year
