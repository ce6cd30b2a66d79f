"""Sales analysis for a period and the year's impact figures for the funders.

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

import statistics
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, case, create_engine, event, func, literal_column, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.pool import NullPool

from ..domain.maker_parts import amount_parts, unit_parts
from ..domain.money import ZERO, quantize
from ..domain.payments import method_rank
from ..store import Store
from ..store.engine import sqlite_path
from ..store.models import (
    Category,
    Item,
    ItemMaker,
    Location,
    Maker,
    Payment,
    Product,
    Sale,
    SaleLine,
    ShareEntry,
    StockMovement,
    User,
)
from ..store.types import Money
from .clock import now
from .errors import UserError
from .shares import funder_totals

ProgressFn = Callable[[int, int], bool]
"""``progress(done, total)``: called as work advances; returning ``False`` cancels it."""

RANK_SIZE = 10
"""How many products the top and slowest lists hold."""
PERIOD_STEPS = 10
"""Progress steps of reading a period (callers that do more add their own after these)."""


class Cancelled(Exception):
    """The person cancelled a long piece of work; nothing was written."""


def tick(progress: ProgressFn | None, done: int, total: int) -> None:
    """Report progress; raise :class:`Cancelled` when the callback asks to stop."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled


# -- periods ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """Whole days from ``start`` to ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise UserError("la fecha final es anterior a la inicial")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def bounds(self) -> tuple[datetime, datetime]:
        """``[low, high)`` as datetimes: midnight of ``start`` to midnight after ``end``."""
        return datetime.combine(self.start, time()), datetime.combine(self.end + timedelta(days=1), time())

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))


def period_for(kind: str, today: date | None = None) -> Period:
    """The period a picker choice means: ``today``, ``week`` (Monday to today),
    ``month`` (the 1st to today) or ``year`` (1 January to today).

    Raises:
        UserError: an unknown kind (``custom`` periods are built with :class:`Period`).
    """
    day = today or now().date()
    if kind == "today":
        return Period(day, day)
    if kind == "week":
        return Period(day - timedelta(days=day.weekday()), day)
    if kind == "month":
        return Period(day.replace(day=1), day)
    if kind == "year":
        return Period(day.replace(month=1, day=1), day)
    raise UserError(f"periodo desconocido: {kind}")


# -- a consistent read that never blocks the till ------------------------------------------------


def _read_only_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA query_only=1")
    cursor.execute("PRAGMA mmap_size=268435456")  # reads without copying pages: a year's report scans whole tables
    cursor.close()


def _deferred_begin(connection) -> None:  # type: ignore[no-untyped-def]
    connection.exec_driver_sql("BEGIN")


@contextmanager
def read_session(store: Store) -> Iterator[Session]:
    """A session that sees one snapshot of the database and takes no write lock.

    The shop's engine starts every SQLite transaction with ``BEGIN IMMEDIATE``
    (right for writers); a year's report or a full export would then hold the
    till's write lock for its whole duration. Here a SQLite file is read on its
    own read-only connection in a deferred transaction, which in WAL mode sees
    a stable snapshot while sales go on being recorded. Other databases read
    at ``REPEATABLE READ``.
    """
    path = sqlite_path(store.url)
    if store.url.startswith("sqlite") and path is not None:
        engine = create_engine(store.url, poolclass=NullPool)
        event.listen(engine, "connect", _read_only_pragmas)
        event.listen(engine, "begin", _deferred_begin)
        try:
            with Session(engine) as session:
                yield session
        finally:
            engine.dispose()
    elif store.url.startswith("sqlite"):
        with store.session() as session:  # an in-memory database has only the one connection
            yield session
    else:
        with store.engine.connect() as connection:
            snapshot = connection.execution_options(isolation_level="REPEATABLE READ")
            with Session(bind=snapshot) as session:
                yield session


# -- the figures ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """Sales figures of one group: a day, a product, a category, a location, a seller or a maker.

    For a maker the quantities and amounts are her part of the lines of items
    she made: a jointly made line is split among its makers by the item's
    weights (units in tenths, :mod:`~mamakilla_pos.domain.maker_parts`), so
    the makers' figures add up to the shop's; ``shares`` is her own share.

    Attributes:
        key: what the group is (a date in ISO form, a product or maker id, a code).
        label: how the group is named (product name, maker name…; ``""`` when unknown).
        tickets: sales (not refunds) that have a line in the group.
        units_sold / units_returned: units on sale lines / on refund lines.
        gross, discounts, refunds, shares: see the module's definitions.
        detail: one more fact about the group (the category of a product).
    """

    key: str
    label: str
    tickets: int = 0
    units_sold: int = 0
    units_returned: int = 0
    gross: Decimal = ZERO
    discounts: Decimal = ZERO
    refunds: Decimal = ZERO
    shares: Decimal = ZERO
    detail: str = ""

    @property
    def units(self) -> int:
        return self.units_sold - self.units_returned

    @property
    def sales_net(self) -> Decimal:
        """What the lines sold brought in before refunds."""
        return self.gross - self.discounts

    @property
    def net(self) -> Decimal:
        return self.gross - self.discounts - self.refunds

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            self.key,
            self.label,
            self.tickets + other.tickets,
            self.units_sold + other.units_sold,
            self.units_returned + other.units_returned,
            self.gross + other.gross,
            self.discounts + other.discounts,
            self.refunds + other.refunds,
            self.shares + other.shares,
            self.detail,
        )


@dataclass(frozen=True)
class MethodFigures:
    """Money received (``sales``) and paid back (``refunds``) with one payment method, in soles.

    ``tickets`` counts the payments of sales made with the method (a sale
    paid half by Yape and half in cash counts once for each). Sales are what
    was kept for the sale after change and cash rounding, so the methods add
    up to the sales' net minus the cash rounding.
    """

    method: str
    tickets: int
    sales: Decimal
    refunds: Decimal

    @property
    def net(self) -> Decimal:
        return self.sales - self.refunds


@dataclass(frozen=True)
class ProductRank:
    """A product in the top or slowest list: units and net in the period, units in stock now."""

    product_id: int
    product: str
    category: str
    units: int
    net: Decimal
    stock: int


@dataclass(frozen=True)
class StockValue:
    """Stock held at a location at the end of the period, valued at today's prices.

    ``units`` and ``value`` count items with units on hand; ``short`` is the
    units sold beyond stock (items below zero), shown apart rather than netted.
    """

    location_code: str
    location: str
    units: int
    value: Decimal
    short: int = 0


@dataclass(frozen=True)
class Summary:
    """The period's totals."""

    tickets: int
    refund_tickets: int
    units_sold: int
    units_returned: int
    gross: Decimal
    discounts: Decimal
    refunds: Decimal
    shares: Decimal
    rounding: Decimal

    @property
    def units(self) -> int:
        return self.units_sold - self.units_returned

    @property
    def sales_net(self) -> Decimal:
        return self.gross - self.discounts

    @property
    def net(self) -> Decimal:
        return self.gross - self.discounts - self.refunds

    @property
    def average_ticket(self) -> Decimal:
        """Net of the sales divided by their number (refunds not deducted)."""
        return quantize(self.sales_net / self.tickets) if self.tickets else ZERO

    @property
    def share_ratio(self) -> Decimal:
        """The part of the net that went to the makers (0 to 1)."""
        return self.shares / self.net if self.net else Decimal(0)


@dataclass(frozen=True)
class PeriodReport:
    """Everything the reports screen and the period PDF show for a period.

    ``by_day`` has every day of the period, days without sales included;
    ``by_month`` adds them up by calendar month (``key`` ``"2026-11"``).
    """

    period: Period
    summary: Summary
    by_day: tuple[Figures, ...]
    by_month: tuple[Figures, ...]
    by_product: tuple[Figures, ...]
    by_category: tuple[Figures, ...]
    by_maker: tuple[Figures, ...]
    by_location: tuple[Figures, ...]
    by_seller: tuple[Figures, ...]
    by_method: tuple[MethodFigures, ...]
    top_products: tuple[ProductRank, ...]
    slow_products: tuple[ProductRank, ...]
    stock: tuple[StockValue, ...]
    generated_at: datetime = field(default_factory=now)

    @property
    def stock_value(self) -> Decimal:
        return sum((s.value for s in self.stock), ZERO)


# -- queries ----------------------------------------------------------------------------------
#
# Every query is a single pass grouped by the database. On SQLite, a report over
# a long period reads most rows of a table: scanning the table in storage order
# (and looking sales up by id) is then several times faster than walking the
# date index or a grouping column's index, which jumps all over the file. The
# helpers below hide a column from the planner's index choice in that case.


def _sum(column):  # type: ignore[no-untyped-def]
    return func.coalesce(func.sum(column, type_=Money()), ZERO)


def _count(column):  # type: ignore[no-untyped-def]
    return func.coalesce(func.sum(column), 0)


@dataclass(frozen=True)
class _Plan:
    """How to read a period: ``[low, high)`` and whether to scan whole tables (SQLite, long period)."""

    low: datetime
    high: datetime
    scan: bool
    sqlite: bool = False

    @property
    def history(self) -> _Plan:
        """The plan for reading everything before ``high`` (stock levels): always most of the table."""
        return replace(self, scan=self.sqlite)

    def date_of(self, column):  # type: ignore[no-untyped-def]
        """``column`` as seen by the period filter: unindexed when scanning."""
        return func.coalesce(column, column) if self.scan else column

    def key(self, column):  # type: ignore[no-untyped-def]
        """A grouping key that does not lure SQLite into reading a table in index order."""
        return column + literal_column("0") if self.scan else column

    def within(self, column):  # type: ignore[no-untyped-def]
        dated = self.date_of(column)
        return (dated >= self.low, dated < self.high)


def _plan(session: Session, period: Period) -> _Plan:
    low, high = period.bounds
    if session.get_bind().dialect.name != "sqlite":
        return _Plan(low, high, scan=False)
    # Both counts read only the small date index; a period holding a good part
    # of all sales is read by scanning.
    inside, every = session.execute(
        select(
            select(func.count()).where(Sale.created_at >= low, Sale.created_at < high).scalar_subquery(),
            select(func.count(Sale.created_at)).scalar_subquery(),
        )
    ).one()
    return _Plan(low, high, scan=bool(every) and inside * 5 > every, sqlite=True)


def _day(column):  # type: ignore[no-untyped-def]
    return func.date(column, type_=Date())


@dataclass
class _Catalogue:
    """What the grouped rows refer to: items, products, categories, makers of items, locations, sellers."""

    product_of: dict[int, int]
    products: dict[int, tuple[str, str, Decimal, bool]]  # name, category, price, active
    categories: dict[str, int]
    makers_of: dict[int, tuple[int, ...]]
    weights_of: dict[int, tuple[int, ...]]  # the weights of makers_of, in the same order
    makers: dict[int, tuple[str, date | None, str]]  # name, joined on, trainer
    locations: dict[int, tuple[str, str, bool]]  # code, name, active
    sellers: dict[int, str]


def _catalogue(session: Session) -> _Catalogue:
    products = {}
    categories = {}
    for product_id, name, category_id, category, price, active in session.execute(
        select(Product.id, Product.name, Category.id, Category.name, Product.price, Product.active).join(
            Category, Category.id == Product.category_id
        )
    ):
        products[product_id] = (name, category, price, active)
        categories[category] = category_id
    makers_of: dict[int, list[int]] = defaultdict(list)
    weights_of: dict[int, list[int]] = defaultdict(list)
    for item_id, maker_id, weight in session.execute(
        select(ItemMaker.item_id, ItemMaker.maker_id, ItemMaker.weight).order_by(ItemMaker.item_id, ItemMaker.position)
    ):
        makers_of[item_id].append(maker_id)
        weights_of[item_id].append(weight)
    trainer = aliased(Maker)
    return _Catalogue(
        product_of={item_id: product_id for item_id, product_id in session.execute(select(Item.id, Item.product_id))},
        products=products,
        categories=categories,
        makers_of={item: tuple(ids) for item, ids in makers_of.items()},
        weights_of={item: tuple(ws) for item, ws in weights_of.items()},
        makers={
            maker_id: (name, joined_on, trained_by or "")
            for maker_id, name, joined_on, trained_by in session.execute(
                select(Maker.id, Maker.name, Maker.joined_on, trainer.name).outerjoin(
                    trainer, trainer.id == Maker.trainer_id
                )
            )
        },
        locations={
            loc_id: (code, name, active)
            for loc_id, code, name, active in session.execute(
                select(Location.id, Location.code, Location.name, Location.active).order_by(Location.id)
            )
        },
        sellers={user_id: name for user_id, name in session.execute(select(User.id, User.name))},
    )


@dataclass(frozen=True)
class _Docs:
    """Sales or refunds of one day, location and seller, as their documents add up."""

    day: date
    location_id: int
    seller_id: int | None
    kind: str
    count: int
    gross: Decimal
    discounts: Decimal
    total: Decimal
    rounding: Decimal


def _documents(session: Session, plan: _Plan) -> list[_Docs]:
    day = _day(Sale.created_at)
    keys = (day, Sale.location_id, Sale.seller_id, Sale.kind)
    rows = session.execute(
        select(
            *keys,
            func.count(),
            _sum(Sale.subtotal),
            _sum(Sale.line_discounts + Sale.order_discount),
            _sum(Sale.total),
            _sum(Sale.rounding),
        )
        .where(*plan.within(Sale.created_at))
        .group_by(*keys)
    )
    return [_Docs(*row) for row in rows]


@dataclass(frozen=True)
class _Lines:
    """Lines of one item sold (or returned) at a location by a seller, at one share rate."""

    item_id: int
    location_id: int
    seller_id: int | None
    is_sale: bool
    shared: bool  # a share rate above zero: the item's makers had entries for these lines
    units: int
    gross: Decimal
    discounts: Decimal
    net: Decimal
    share: Decimal


def _lines(session: Session, plan: _Plan) -> list[_Lines]:
    keys = (plan.key(SaleLine.item_id), Sale.location_id, Sale.seller_id, Sale.kind, SaleLine.share_rate)
    rows = session.execute(
        select(
            *keys,
            _count(SaleLine.quantity),
            _sum(SaleLine.gross),
            _sum(SaleLine.line_discount + SaleLine.order_discount),
            _sum(SaleLine.net),
            _sum(SaleLine.share),
        )
        .select_from(SaleLine)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(*plan.within(Sale.created_at))
        .group_by(*keys)
    )
    return [
        _Lines(int(item), loc, seller, kind == "sale", Decimal(rate or 0) > 0, int(units), g, d, n, sh)
        for item, loc, seller, kind, rate, units, g, d, n, sh in rows
    ]


def _shares(session: Session, plan: _Plan) -> list[tuple[date, int, Decimal]]:
    """Makers' share entries (accruals and reversals together) per day and maker."""
    keys = (_day(ShareEntry.created_at), plan.key(ShareEntry.maker_id))
    return [
        (day, int(maker_id), amount)
        for day, maker_id, amount in session.execute(
            select(*keys, _sum(ShareEntry.amount)).where(*plan.within(ShareEntry.created_at)).group_by(*keys)
        )
    ]


def _units_by_day(session: Session, plan: _Plan) -> dict[tuple[date, str], int]:
    """Units that left stock by sales and came back by refunds, per day: one movement per line."""
    keys = (_day(StockMovement.created_at), StockMovement.kind)
    rows = session.execute(
        select(*keys, func.sum(StockMovement.quantity))
        .where(
            StockMovement.kind.in_(("sale", "refund")),
            StockMovement.sale_id.is_not(None),
            *plan.within(StockMovement.created_at),
        )
        .group_by(*keys)
    )
    return {(day, kind): abs(int(units)) for day, kind, units in rows}


def _methods(session: Session, plan: _Plan) -> list[MethodFigures]:
    keys = (Payment.method, Sale.kind)
    found: dict[str, list[Any]] = {}
    # A payment of amount zero books change (services.sale_views.PaymentView.is_change): not a ticket.
    for method, kind, count, amount in session.execute(
        select(*keys, func.count(case((Payment.amount != ZERO, Payment.id))), _sum(Payment.applied_pen))
        .join(Sale, Sale.id == Payment.sale_id)
        .where(*plan.within(Sale.created_at))
        .group_by(*keys)
    ):
        row = found.setdefault(method, [0, ZERO, ZERO])
        if kind == "sale":
            row[0] += count
            row[1] += amount
        else:
            row[2] += amount
    return [
        MethodFigures(method, count, sales, refunds)
        for method, (count, sales, refunds) in sorted(found.items(), key=lambda item: method_rank(item[0]))
    ]


def _levels(session: Session, plan: _Plan) -> list[tuple[int, int, int]]:
    """``(location, item, units)`` at the end of the period: the sum of the movements until then."""
    plan = plan.history
    keys = (plan.key(StockMovement.location_id), plan.key(StockMovement.item_id))
    rows = session.execute(
        select(*keys, func.sum(StockMovement.quantity))
        .where(plan.date_of(StockMovement.created_at) < plan.high)
        .group_by(*keys)
        .having(func.sum(StockMovement.quantity) != 0)
    )
    return [(loc, int(item), int(units)) for loc, item, units in rows]


# -- from grouped rows to the report -----------------------------------------------------------------


class _Totals:
    """Figures being added up per key."""

    def __init__(self) -> None:
        self.rows: dict[object, list[Any]] = {}

    def add(self, key: object, lines: _Lines | None = None, tickets: int = 0, shares: Decimal | None = None) -> None:
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
class _Raw:
    """Everything read for a period, grouped by the database."""

    period: Period
    catalogue: _Catalogue
    documents: list[_Docs]
    lines: list[_Lines]
    shares: list[tuple[date, int, Decimal]]
    units: dict[tuple[date, str], int]
    methods: list[MethodFigures]
    levels: list[tuple[int, int, int]]


def _read(
    session: Session, period: Period, progress: ProgressFn | None, offset: int, total: int, full: bool = True
) -> _Raw:
    """Every grouped row of ``period``; not ``full``: without payment methods and stock (the impact report)."""
    plan = _plan(session, period)
    steps = iter(range(offset + 1, offset + PERIOD_STEPS))
    catalogue = _catalogue(session)
    tick(progress, next(steps), total)
    documents = _documents(session, plan)
    tick(progress, next(steps), total)
    lines = _lines(session, plan)
    tick(progress, next(steps), total)
    shares = _shares(session, plan)
    tick(progress, next(steps), total)
    units = _units_by_day(session, plan)
    tick(progress, next(steps), total)
    methods = _methods(session, plan) if full else []
    tick(progress, next(steps), total)
    levels = _levels(session, plan) if full else []
    tick(progress, next(steps), total)
    return _Raw(period, catalogue, documents, lines, shares, units, methods, levels)


def _by_day(raw: _Raw) -> list[Figures]:
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


def _breakdowns(raw: _Raw) -> dict[str, list[Figures]]:
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


def _maker_parts(group: _Lines, cat: _Catalogue) -> list[tuple[int, _Lines]]:
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


def _stock_by_product(raw: _Raw) -> dict[int, int]:
    units: dict[int, int] = defaultdict(int)
    for _loc, item_id, level in raw.levels:
        product_id = raw.catalogue.product_of.get(item_id)
        if product_id is not None:
            units[product_id] += level
    return units


def _ranks(raw: _Raw, by_product: Sequence[Figures]) -> tuple[list[ProductRank], list[ProductRank]]:
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


def _stock_values(raw: _Raw) -> list[StockValue]:
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


def _summary(raw: _Raw, days: Sequence[Figures]) -> Summary:
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


def _report(raw: _Raw) -> PeriodReport:
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
        raw = _read(session, period, progress, 0, PERIOD_STEPS)
    report = _report(raw)
    tick(progress, PERIOD_STEPS, PERIOD_STEPS)
    return report


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


def _production(session: Session, plan: _Plan) -> dict[int, int]:
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
        raw = _read(session, period, progress, 0, steps, full=False)
        produced = _production(session, _plan(session, period))
    tick(progress, PERIOD_STEPS, steps)
    funders = funder_totals(store, year)
    tick(progress, PERIOD_STEPS + 1, steps)
    sales = _report(raw)
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
    makers = []
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
    makers.sort(key=lambda m: (-m.earned, m.maker))
    incomes = [m.monthly_income for m in makers]
    new_makers = sorted(
        (
            NewMaker(name, joined, trained_by)
            for name, joined, trained_by in cat.makers.values()
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


def _joined_in(joined_on: date | None, year: int) -> bool:
    return joined_on is not None and joined_on.year == year
