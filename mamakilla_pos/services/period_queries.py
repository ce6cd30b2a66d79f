"""The grouped queries of a period's sales analysis (:mod:`.analytics`, :mod:`.impact`).

Every query is one ``GROUP BY`` pass of the database over sales, lines, share
entries, payments or stock movements; nothing loads a sale into Python.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from ..domain.payments import MethodTotals
from ..store.models import (
    Category,
    Item,
    ItemMaker,
    Location,
    Maker,
    Product,
    Sale,
    SaleLine,
    ShareEntry,
    StockMovement,
    User,
)
from ..store.types import money_sum
from .periods import Period
from .totals import method_totals_in

# -- queries ----------------------------------------------------------------------------------
#
# Every query is a single pass grouped by the database. On SQLite, a report over
# a long period reads most rows of a table: scanning the table in storage order
# (and looking sales up by id) is then several times faster than walking the
# date index or a grouping column's index, which jumps all over the file. The
# helpers below hide a column from the planner's index choice in that case.


def _count(column):  # type: ignore[no-untyped-def]
    return func.coalesce(func.sum(column), 0)


@dataclass(frozen=True)
class Plan:
    """How to read a period: ``[low, high)`` and whether to scan whole tables (SQLite, long period)."""

    low: datetime
    high: datetime
    scan: bool
    sqlite: bool = False

    @property
    def history(self) -> Plan:
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


def plan_in(session: Session, period: Period) -> Plan:
    low, high = period.bounds
    if session.get_bind().dialect.name != "sqlite":
        return Plan(low, high, scan=False)
    # Both counts read only the small date index; a period holding a good part
    # of all sales is read by scanning.
    inside, every = session.execute(
        select(
            select(func.count()).where(Sale.created_at >= low, Sale.created_at < high).scalar_subquery(),
            select(func.count(Sale.created_at)).scalar_subquery(),
        )
    ).one()
    return Plan(low, high, scan=bool(every) and inside * 5 > every, sqlite=True)


def _day(column):  # type: ignore[no-untyped-def]
    return func.date(column, type_=Date())


@dataclass
class ReportCatalogue:
    """What the grouped rows refer to: items, products, categories, makers of items, locations, sellers."""

    product_of: dict[int, int]
    products: dict[int, tuple[str, str, Decimal, bool]]  # name, category, price, active
    categories: dict[str, int]
    makers_of: dict[int, tuple[int, ...]]
    weights_of: dict[int, tuple[int, ...]]  # the weights of makers_of, in the same order
    makers: dict[int, tuple[str, date | None, str]]  # name, joined on, trainer
    locations: dict[int, tuple[str, str, bool]]  # code, name, active
    sellers: dict[int, str]


def catalogue_in(session: Session) -> ReportCatalogue:
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
    return ReportCatalogue(
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
class DocumentRows:
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


def documents_in(session: Session, plan: Plan) -> list[DocumentRows]:
    day = _day(Sale.created_at)
    keys = (day, Sale.location_id, Sale.seller_id, Sale.kind)
    rows = session.execute(
        select(
            *keys,
            func.count(),
            money_sum(Sale.subtotal),
            money_sum(Sale.line_discounts + Sale.order_discount),
            money_sum(Sale.total),
            money_sum(Sale.rounding),
        )
        .where(*plan.within(Sale.created_at))
        .group_by(*keys)
    )
    return [DocumentRows(*row) for row in rows]


@dataclass(frozen=True)
class LineRows:
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


def lines_in(session: Session, plan: Plan) -> list[LineRows]:
    keys = (plan.key(SaleLine.item_id), Sale.location_id, Sale.seller_id, Sale.kind, SaleLine.share_rate)
    rows = session.execute(
        select(
            *keys,
            _count(SaleLine.quantity),
            money_sum(SaleLine.gross),
            money_sum(SaleLine.line_discount + SaleLine.order_discount),
            money_sum(SaleLine.net),
            money_sum(SaleLine.share),
        )
        .select_from(SaleLine)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .where(*plan.within(Sale.created_at))
        .group_by(*keys)
    )
    return [
        LineRows(int(item), loc, seller, kind == "sale", Decimal(rate or 0) > 0, int(units), g, d, n, sh)
        for item, loc, seller, kind, rate, units, g, d, n, sh in rows
    ]


def shares_in(session: Session, plan: Plan) -> list[tuple[date, int, Decimal]]:
    """Makers' share entries (accruals and reversals together) per day and maker."""
    keys = (_day(ShareEntry.created_at), plan.key(ShareEntry.maker_id))
    return [
        (day, int(maker_id), amount)
        for day, maker_id, amount in session.execute(
            select(*keys, money_sum(ShareEntry.amount)).where(*plan.within(ShareEntry.created_at)).group_by(*keys)
        )
    ]


def units_by_day_in(session: Session, plan: Plan) -> dict[tuple[date, str], int]:
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


def methods_in(session: Session, plan: Plan) -> list[MethodTotals]:
    """Each payment method's sales and refunds in the period."""
    return list(method_totals_in(session, *plan.within(Sale.created_at)))


def levels_in(session: Session, plan: Plan) -> list[tuple[int, int, int]]:
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
