"""Sales analysis for a period: the figures of its days, products, categories, places, sellers and makers.

Every figure comes from aggregates computed by the database: one ``GROUP BY``
pass each over sales, lines, share entries, payments and stock movements,
never loading a sale into Python. Python then only adds up the grouped rows
(a few thousand at most: lines per item, place and seller roll up into
products, categories, places, sellers and makers; days into months) and
ranks them. Money is summed as integer céntimos through the ``Money`` type,
so amounts come back as exact ``Decimal``; a year of 100,000 sales reads in
well under a second (``bench/bench_reports.py``).

Definitions used throughout:

- *gross*: quantity × unit price of the lines sold; *discounts*: line and
  order discounts of those lines; *refunds*: what refunds dated in the period
  paid back; *net* = gross − discounts − refunds.
- *units*: units sold minus units returned in the period.
- *shares*: the makers' shares of the lines sold minus the shares reversed by
  refunds in the period (what the women earned in the period).

The long-running entry points take an optional ``progress(done, total)``
callback; when it returns ``False`` they stop by raising :class:`Cancelled`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from ..domain.maker_parts import amount_parts, unit_parts
from ..domain.money import ZERO
from ..domain.payments import MethodTotals
from ..store import Store
from .period_queries import (
    DocumentRows,
    LineRows,
    ReportCatalogue,
    catalogue_in,
    documents_in,
    levels_in,
    lines_in,
    methods_in,
    plan_in,
    shares_in,
    units_by_day_in,
)
from .period_views import Figures, PeriodReport, ProductRank, StockValue, Summary
from .periods import Cancelled, Period, ProgressFn, period_for, read_session, tick

__all__ = [  # the period's analysis, with the periods and figures it is read in
    "PERIOD_STEPS",
    "RANK_SIZE",
    "Cancelled",
    "Figures",
    "Period",
    "PeriodReport",
    "PeriodRows",
    "ProductRank",
    "ProgressFn",
    "StockValue",
    "Summary",
    "period_for",
    "period_report",
    "read_period_in",
    "read_session",
    "report_of",
    "tick",
]

RANK_SIZE = 10
"""How many products the top and slowest lists hold."""
PERIOD_STEPS = 10
"""Progress steps of reading a period (callers that do more add their own after these)."""


# -- from grouped rows to the report -----------------------------------------------------------------


class _Totals:
    """Figures being added up per key."""

    def __init__(self) -> None:
        self.rows: dict[object, list[Any]] = {}

    def add(self, key: object, lines: LineRows | None = None, tickets: int = 0, shares: Decimal | None = None) -> None:
        row = self.rows.setdefault(key, [0, 0, 0, ZERO, ZERO, ZERO, ZERO])
        row[0] += tickets
        if lines is not None:
            if lines.is_sale:
                row[1] += lines.units
                row[3] += lines.gross
                row[4] += lines.discounts
            else:
                row[2] += lines.units
                row[5] += lines.net
            if shares is None:
                row[6] += lines.share if lines.is_sale else -lines.share
        if shares is not None:
            row[6] += shares

    def figures(
        self, name: Callable[[object], tuple[str, str]], code: Callable[[object], str] | None = None
    ) -> list[Figures]:
        """One :class:`Figures` per key, named by ``name(key)`` → ``(label, detail)``; ``code`` gives its key."""
        result = []
        for key, (tickets, sold, returned, gross, discounts, refunds, shares) in self.rows.items():
            label, detail = name(key)
            result.append(
                Figures(
                    code(key) if code else "" if key is None else str(key),
                    label,
                    tickets,
                    sold,
                    returned,
                    gross,
                    discounts,
                    refunds,
                    shares,
                    detail,
                )
            )
        return result


@dataclass
class PeriodRows:
    """Everything read for a period, grouped by the database."""

    period: Period
    catalogue: ReportCatalogue
    documents: list[DocumentRows]
    lines: list[LineRows]
    shares: list[tuple[date, int, Decimal]]
    units: dict[tuple[date, str], int]
    methods: list[MethodTotals]
    levels: list[tuple[int, int, int]]


def read_period_in(
    session: Session, period: Period, progress: ProgressFn | None, offset: int, total: int, full: bool = True
) -> PeriodRows:
    """Every grouped row of ``period``; not ``full``: without payment methods and stock (the impact report)."""
    plan = plan_in(session, period)
    steps = iter(range(offset + 1, offset + PERIOD_STEPS))
    catalogue = catalogue_in(session)
    tick(progress, next(steps), total)
    documents = documents_in(session, plan)
    tick(progress, next(steps), total)
    lines = lines_in(session, plan)
    tick(progress, next(steps), total)
    shares = shares_in(session, plan)
    tick(progress, next(steps), total)
    units = units_by_day_in(session, plan)
    tick(progress, next(steps), total)
    methods = methods_in(session, plan) if full else []
    tick(progress, next(steps), total)
    levels = levels_in(session, plan) if full else []
    tick(progress, next(steps), total)
    return PeriodRows(period, catalogue, documents, lines, shares, units, methods, levels)


def _by_day(raw: PeriodRows) -> list[Figures]:
    days: dict[date, list[Any]] = {}
    for doc in raw.documents:
        row = days.setdefault(doc.day, [0, ZERO, ZERO, ZERO, ZERO])
        if doc.kind == "sale":
            row[0] += doc.count
            row[1] += doc.gross
            row[2] += doc.discounts
        else:
            row[3] += doc.total
    for day, _maker, amount in raw.shares:
        days.setdefault(day, [0, ZERO, ZERO, ZERO, ZERO])[4] += amount
    result = []
    for offset in range(raw.period.days):
        day = raw.period.start + timedelta(days=offset)
        tickets, gross, discounts, refunds, shares = days.get(day, (0, ZERO, ZERO, ZERO, ZERO))
        sold, returned = raw.units.get((day, "sale"), 0), raw.units.get((day, "refund"), 0)
        result.append(Figures(day.isoformat(), "", tickets, sold, returned, gross, discounts, refunds, shares))
    return result


def _by_month(days: Sequence[Figures]) -> list[Figures]:
    months: dict[str, Figures] = {}
    for day in days:
        key = day.key[:7]
        months[key] = months[key] + day if key in months else Figures(key, "") + day
    return list(months.values())


def _breakdowns(raw: PeriodRows) -> dict[str, list[Figures]]:
    cat = raw.catalogue
    products, categories, locations, sellers, makers = _Totals(), _Totals(), _Totals(), _Totals(), _Totals()
    for doc in raw.documents:
        if doc.kind == "sale":
            locations.add(doc.location_id, tickets=doc.count)
            sellers.add(doc.seller_id, tickets=doc.count)
    for group in raw.lines:
        product_id = cat.product_of.get(group.item_id)
        products.add(product_id, group)
        category = cat.products[product_id][1] if product_id in cat.products else ""
        categories.add(cat.categories.get(category), group)
        locations.add(group.location_id, group)
        sellers.add(group.seller_id, group)
        if group.shared:
            for maker_id, part in _maker_parts(group, cat):
                makers.add(maker_id, part, shares=ZERO)
    for _, maker_id, amount in raw.shares:
        makers.add(maker_id, shares=amount)
    category_names = {category_id: name for name, category_id in cat.categories.items()}
    return {
        "product": products.figures(
            lambda k: (cat.products[k][0], cat.products[k][1]) if k in cat.products else ("", "")
        ),
        "category": categories.figures(lambda k: (category_names.get(k, ""), "")),  # type: ignore[call-overload]
        "location": locations.figures(
            lambda k: (cat.locations.get(k, ("", "", True))[1], ""),  # type: ignore[call-overload]
            lambda k: cat.locations.get(k, ("", "", True))[0],  # type: ignore[call-overload]
        ),
        "seller": sellers.figures(lambda k: (cat.sellers.get(k, ""), "")),  # type: ignore[call-overload]
        "maker": makers.figures(lambda k: (cat.makers.get(k, ("", None, ""))[0], "")),  # type: ignore[call-overload]
    }


def _maker_parts(group: LineRows, cat: ReportCatalogue) -> list[tuple[int, LineRows]]:
    """Each maker's part of a group of lines of her item: units and amounts split by the item's weights."""
    makers = cat.makers_of.get(group.item_id, ())
    if len(makers) <= 1:
        return [(maker_id, group) for maker_id in makers]
    weights = cat.weights_of[group.item_id]
    columns = zip(
        unit_parts(group.units, weights),
        amount_parts(group.gross, weights),
        amount_parts(group.discounts, weights),
        amount_parts(group.net, weights),
        strict=True,
    )
    return [
        (maker_id, replace(group, units=units, gross=gross, discounts=discounts, net=net))  # type: ignore[arg-type]
        for maker_id, (units, gross, discounts, net) in zip(makers, columns, strict=True)
    ]


def _stock_by_product(raw: PeriodRows) -> dict[int, int]:
    units: dict[int, int] = defaultdict(int)
    for _loc, item_id, level in raw.levels:
        product_id = raw.catalogue.product_of.get(item_id)
        if product_id is not None:
            units[product_id] += level
    return units


def _ranks(raw: PeriodRows, by_product: Sequence[Figures]) -> tuple[list[ProductRank], list[ProductRank]]:
    """The best sellers, and the slowest among products on sale or in stock."""
    stock = _stock_by_product(raw)
    sold = {int(f.key): f for f in by_product if f.key}
    top = sorted(sold.values(), key=lambda f: (-f.units, -f.net, f.label))[:RANK_SIZE]
    top_ranks = [ProductRank(int(f.key), f.label, f.detail, f.units, f.net, stock.get(int(f.key), 0)) for f in top]
    candidates = []
    for product_id, (name, category, _price, active) in raw.catalogue.products.items():
        if not active and stock.get(product_id, 0) <= 0:
            continue
        figures = sold.get(product_id)
        units, net = (figures.units, figures.net) if figures else (0, ZERO)
        candidates.append(ProductRank(product_id, name, category, units, net, stock.get(product_id, 0)))
    slow = sorted(candidates, key=lambda r: (r.units, r.net, -r.stock, r.product))[:RANK_SIZE]
    return top_ranks, slow


def _stock_values(raw: PeriodRows) -> list[StockValue]:
    cat = raw.catalogue
    held: dict[int, list[Any]] = defaultdict(lambda: [0, ZERO, 0])
    for loc_id, item_id, level in raw.levels:
        row = held[loc_id]
        if level > 0:
            price = cat.products[cat.product_of[item_id]][2]
            row[0] += level
            row[1] += price * level
        else:
            row[2] -= level
    result = []
    for loc_id, (code, name, active) in cat.locations.items():
        units, value, short = held.get(loc_id, (0, ZERO, 0))
        if active or units or short:
            result.append(StockValue(code, name, units, value, short))
    return result


def _sorted(rows: Sequence[Figures]) -> tuple[Figures, ...]:
    """Largest net first, then by name."""
    return tuple(sorted(rows, key=lambda f: (-f.net, -f.units, f.label, f.key)))


def _summary(raw: PeriodRows, days: Sequence[Figures]) -> Summary:
    total = sum(days, Figures("", ""))
    refund_docs = sum(d.count for d in raw.documents if d.kind == "refund")
    rounding = sum((d.rounding if d.kind == "sale" else -d.rounding for d in raw.documents), ZERO)
    return Summary(
        total.tickets,
        refund_docs,
        total.units_sold,
        total.units_returned,
        total.gross,
        total.discounts,
        total.refunds,
        total.shares,
        rounding,
    )


def report_of(raw: PeriodRows) -> PeriodReport:
    days = _by_day(raw)
    groups = _breakdowns(raw)
    top, slow = _ranks(raw, groups["product"])
    return PeriodReport(
        period=raw.period,
        summary=_summary(raw, days),
        by_day=tuple(days),
        by_month=tuple(_by_month(days)),
        by_product=_sorted(groups["product"]),
        by_category=_sorted(groups["category"]),
        by_maker=_sorted(groups["maker"]),
        by_location=_sorted(groups["location"]),
        by_seller=_sorted(groups["seller"]),
        by_method=tuple(sorted(raw.methods, key=lambda m: (-m.net, m.method))),
        top_products=tuple(top),
        slow_products=tuple(slow),
        stock=tuple(_stock_values(raw)),
    )


def period_report(store: Store, period: Period, progress: ProgressFn | None = None) -> PeriodReport:
    """Sales of ``period`` broken down every way the reports screen shows them.

    Raises:
        Cancelled: ``progress`` returned ``False``.
    """
    tick(progress, 0, PERIOD_STEPS)
    with read_session(store) as session:
        raw = read_period_in(session, period, progress, 0, PERIOD_STEPS)
    report = report_of(raw)
    tick(progress, PERIOD_STEPS, PERIOD_STEPS)
    return report
