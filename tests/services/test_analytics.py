"""The period and impact reports, figure by figure, against sums the test works out itself.

Every sale, refund, production and payout is recorded through the services;
the expected figures are then added up here in plain Python from what the
services hand back (sale views, payouts) and from raw rows, and compared with
what :mod:`mamakilla_pos.services.analytics` computed in SQL.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from mamakilla_pos.domain.maker_parts import amount_parts, unit_parts
from mamakilla_pos.domain.money import ZERO, quantize
from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.domain.pricing import NO_DISCOUNT, CartLine, Discount, DiscountKind, price_cart
from mamakilla_pos.services import (
    analytics,
    auth,
    cash,
    catalogue,
    catalogue_makers,
    history,
    impact,
    locations,
    payouts,
    setup,
    stock,
)
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.analytics import Cancelled, Period
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sale_views import SaleView
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.store import Store, open_store
from mamakilla_pos.store.types import Money

PRICES = {"BAG001": D("45.00"), "PUR001": D("22.55"), "CAS001": D("30.00"), "CAS002": D("30.00"), "KEY001": D("5.00")}
MAKERS = {
    "BAG001": (("Rosa Quispe", 2), ("Ana Huamán", 1)),
    "PUR001": (("Rosa Quispe", 1),),
    "CAS001": (("Luz Mamani", 1),),
    "CAS002": (("Nilda Choque", 1),),
}
"""Who made each item and with what weight (the keyring is the center's)."""
CATEGORY = {
    "Bolso bordado": "Bolsos",
    "Monedero de cuero": "Monederos",
    "Cartuchera Ñusta": "Cartucheras",
    "Llavero de alpaca": "Accesorios",
}
RATE = D("3.70")
YEAR = 2025


def at(month: int, day: int, hour: int = 10, minute: int = 0, year: int = YEAR) -> datetime:
    return datetime(year, month, day, hour, minute)


class Clock:
    """A settable wall clock for the services that stamp ``now()`` (production, payouts)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.value = at(1, 1)
        for module in (stock, payouts):
            monkeypatch.setattr(module, "now", lambda: self.value)

    def set(self, when: datetime) -> None:
        self.value = when


@dataclass
class Books:
    """What the test recorded: documents by number, where and by whom, payouts."""

    store: Store
    numbers: list[str] = field(default_factory=list)
    payouts: list[tuple[datetime, str, D]] = field(default_factory=list)  # when, maker, amount
    ids: dict[str, int] = field(default_factory=dict)

    def views(self) -> list[SaleView]:
        return [history.get_sale(self.store, n) for n in self.numbers]

    def sell(self, when, lines, tenders=None, user=None, location=None, order=NO_DISCOUNT, usd=None):  # type: ignore[no-untyped-def]
        requests = tuple(LineRequest(code, qty, disc) for code, qty, disc in ((*ln, NO_DISCOUNT)[:3] for ln in lines))
        total = price_cart([CartLine(r.quantity, PRICES[r.item_code], r.discount) for r in requests], order).total
        result = record_sale(
            self.store,
            SaleRequest(
                requests,
                tenders or (Tender("card", total),),
                order,
                user_id=SYSTEM_ID if user is None else user,
                usd_rate=usd,
                location_code=location,
                created_at=when,
            ),
        )
        self.numbers.append(result.number)
        return result

    def give_back(self, number: str, position: int, units: int, when: datetime, method: str = "card") -> None:
        line = history.get_sale(self.store, number).lines[position - 1]
        result = refund(
            self.store,
            RefundRequest(
                number, (RefundLine(line.id, units),), method=method, reference="op", created_at=when, user_id=SYSTEM_ID
            ),
        )
        self.numbers.append(result.number)


@pytest.fixture
def books(shop, monkeypatch) -> Books:
    """A year of a small shop: two places, two sellers, a new maker trained by Rosa, refunds, production, payouts."""
    store = shop.store
    clock = Clock(monkeypatch)
    carmen = auth.create_user(store, "Carmen Ayma", "coordinator", "111111", by=SYSTEM_ID)
    sonia = auth.create_user(store, "Sonia Huillca", "seller", "2222", by=carmen.id)
    locations.add_location(store, "feria", "Feria San Blas", "fair", user_id=SYSTEM_ID)
    makers = {m.name: m.id for m in catalogue_makers.list_makers(store, include_inactive=True)}
    nilda = catalogue_makers.create_maker(
        store, "Nilda Choque", joined_on=date(YEAR, 3, 1), trainer_id=makers["Rosa Quispe"], user_id=SYSTEM_ID
    )
    catalogue_makers.create_maker(store, "Yeny Cusi", joined_on=date(YEAR - 1, 6, 1), user_id=SYSTEM_ID)
    catalogue.add_item(
        store, catalogue.NewItem("Cartuchera Ñusta", "Cartucheras", D("30.00"), (("Nilda Choque", 1),), "CAS002")
    )
    b = Books(store, ids={**makers, "Nilda Choque": nilda.id, "carmen": carmen.id, "sonia": sonia.id})

    clock.set(at(1, 15, 9))
    stock.produce(store, "CAS002", 6, user_id=SYSTEM_ID)
    stock.produce(store, "BAG001", 4, user_id=SYSTEM_ID)
    clock.set(at(2, 1, 9))
    stock.produce(store, "KEY001", 20, "feria", user_id=SYSTEM_ID)
    stock.produce(store, "CAS001", 5, "feria", user_id=SYSTEM_ID)

    b.sell(at(12, 31, 23, 59, year=YEAR - 1), [("BAG001", 1)])  # the year before
    s1 = b.sell(  # 67.55 in cash: 67.50 due
        at(2, 10), [("BAG001", 1), ("PUR001", 1)], (Tender("cash", D("100")),), user=carmen.id, location="taller"
    )
    b.sell(at(2, 10, 15), [("CAS001", 1)], (Tender("yape", D("30.00"), "4041"),), user=sonia.id, location="feria")
    b.sell(at(3, 5), [("KEY001", 3), ("CAS002", 1)], (Tender("usd", D("15")),), sonia.id, "feria", usd=RATE)
    ten = Discount(DiscountKind.PERCENT, D(10))
    s4 = b.sell(at(3, 5, 16), [("BAG001", 2, ten)], user=carmen.id, order=Discount(DiscountKind.AMOUNT, D("5.00")))
    s5 = b.sell(at(6, 20), [("PUR001", 1), ("CAS002", 2)], (Tender("plin", D("40.00"), "77"), Tender("cash", D("50"))))
    b.sell(at(12, 31, 23, 59), [("CAS001", 1), ("KEY001", 2)], location="feria", user=sonia.id)
    b.sell(at(1, 1, 0, 0, year=YEAR + 1), [("BAG001", 1)])  # the year after
    b.give_back(s1.number, 2, 1, at(3, 6), method="cash")
    b.give_back(s4.number, 1, 1, at(7, 1))
    b.give_back(s5.number, 2, 1, at(1, 2, year=YEAR + 1))

    for when, maker, cutoff in (
        (at(4, 1, 12), "Rosa Quispe", date(YEAR, 3, 31)),
        (at(8, 1, 12), "Luz Mamani", date(YEAR, 7, 31)),
        (at(8, 1, 12), "Nilda Choque", date(YEAR, 7, 31)),
        (at(8, 2, 12), "Rosa Quispe", date(YEAR, 7, 31)),
    ):
        clock.set(when)
        paid = payouts.pay_maker(store, b.ids[maker], cutoff, "transfer", reference="OP", user_id=SYSTEM_ID)
        if paid is not None:
            b.payouts.append((when, maker, paid.amount))
    return b


# -- independent sums ---------------------------------------------------------------------------------


@dataclass
class Sums:
    tickets: int = 0
    sold: int = 0
    returned: int = 0
    gross: D = ZERO
    discounts: D = ZERO
    refunds: D = ZERO
    shares: D = ZERO

    def as_tuple(self) -> tuple[object, ...]:
        net = self.gross - self.discounts - self.refunds
        return (self.sold, self.returned, self.gross, self.discounts, self.refunds, net, self.shares)


def figures(f: analytics.Figures) -> tuple[object, ...]:
    return (f.units_sold, f.units_returned, f.gross, f.discounts, f.refunds, f.net, f.shares)


def share_entries(store: Store, number: str) -> list[tuple[str, int, D]]:
    """``(maker, line position, amount)`` of a document's share entries, read raw."""
    money = Money()
    with store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT mk.name, sl.position, se.amount_cents FROM share_entries se"
                " JOIN sales s ON s.id = se.sale_id JOIN sale_lines sl ON sl.id = se.sale_line_id"
                " JOIN makers mk ON mk.id = se.maker_id WHERE s.number = :n"
            ),
            {"n": number},
        ).all()
    return [(name, pos, money.process_result_value(cents, None)) for name, pos, cents in rows]  # type: ignore[misc]


def expected(books: Books, period: Period) -> dict[str, dict[object, Sums]]:
    """Every breakdown of ``period`` summed from the sale views and the raw share entries.

    A maker's figures are her part of her items' lines: the lines of one
    item, place, seller and kind added up, then split by the item's weights
    (units in tenths), so that the makers' figures add up to the shop's.
    """
    out: dict[str, dict[object, Sums]] = defaultdict(lambda: defaultdict(Sums))
    made: dict[tuple[str, str, str, bool], list] = defaultdict(lambda: [0, ZERO, ZERO, ZERO])  # type: ignore[type-arg]
    low, high = period.bounds
    for view in books.views():
        if not low <= view.created_at < high:
            continue
        sale = view.kind == "sale"
        day = view.created_at.date()
        keys = {"day": day, "location": view.location, "seller": view.seller}
        if sale:
            for name in ("day", "location", "seller", "total"):
                out[name][keys.get(name, "")].tickets += 1
        for line in view.lines:
            line_keys = {
                **keys,
                "product": line.product_name,
                "category": CATEGORY[line.product_name],
                "total": "",
            }
            for name, key in line_keys.items():
                s = out[name][key]
                if sale:
                    s.sold += line.quantity
                    s.gross += line.gross
                    s.discounts += line.discount
                    s.shares += line.share
                else:
                    s.returned += line.quantity
                    s.refunds += line.net
                    s.shares -= line.share
            if line.item_code in MAKERS:
                group = made[(line.item_code, view.location, view.seller, sale)]
                for i, value in enumerate((line.quantity, line.gross, line.discount, line.net)):
                    group[i] += value
        for maker, _position, amount in share_entries(books.store, view.number):
            out["maker"][maker].shares += amount
    for (code, _place, _seller, sale), (units, gross, discounts, net) in made.items():
        names = [name for name, _ in MAKERS[code]]
        weights = [weight for _, weight in MAKERS[code]]
        parts = zip(
            names,
            unit_parts(units, weights),
            amount_parts(gross, weights),
            amount_parts(discounts, weights),
            amount_parts(net, weights),
            strict=True,
        )
        for name, part_units, part_gross, part_discounts, part_net in parts:
            s = out["maker"][name]
            if sale:
                s.sold += part_units
                s.gross += part_gross
                s.discounts += part_discounts
            else:
                s.returned += part_units
                s.refunds += part_net
    return out


def methods(books: Books, period: Period) -> dict[str, tuple[int, D, D]]:
    """Per method: payments of sales, what they kept for the sale, what refunds paid back."""
    low, high = period.bounds
    found: dict[str, list] = defaultdict(lambda: [0, ZERO, ZERO])  # type: ignore[type-arg]
    for view in books.views():
        if low <= view.created_at < high:
            for payment in view.payments:
                row = found[payment.method]
                if view.kind == "sale":
                    row[0] += 0 if payment.is_change else 1
                    row[1] += payment.applied_pen
                else:
                    row[2] += payment.applied_pen
    return {m: (n, s, r) for m, (n, s, r) in found.items()}


# -- the period report ---------------------------------------------------------------------------------

PERIODS = {
    "year": Period(date(YEAR, 1, 1), date(YEAR, 12, 31)),
    "march": Period(date(YEAR, 3, 1), date(YEAR, 3, 31)),
    "one day": Period(date(YEAR, 2, 10), date(YEAR, 2, 10)),
    "nothing": Period(date(YEAR, 9, 1), date(YEAR, 9, 30)),
}


@pytest.mark.parametrize("name", list(PERIODS))
def test_every_breakdown_equals_the_sums_of_the_documents(books, name):
    period = PERIODS[name]
    report = analytics.period_report(books.store, period)
    want = expected(books, period)

    def got(rows, key=lambda f: f.label):  # type: ignore[no-untyped-def]
        return {key(f): figures(f) for f in rows}

    def sums(name_):  # type: ignore[no-untyped-def]
        return {k: s.as_tuple() for k, s in want[name_].items()}

    assert got(report.by_product) == sums("product")
    assert got(report.by_category) == sums("category")
    assert got(report.by_location) == sums("location")
    assert got(report.by_seller) == sums("seller")
    assert got(report.by_maker) == sums("maker")
    # Each maker's part: the makers' rows add up to the shop's figures of the women's items.
    made = [f for f in report.by_product if f.label != "Llavero de alpaca"]
    for attr in ("units_sold", "units_returned", "gross", "discounts", "refunds", "net"):
        assert sum(getattr(f, attr) for f in report.by_maker) == sum(getattr(f, attr) for f in made), attr
    days = {date.fromisoformat(f.key): f for f in report.by_day}
    assert list(days) == [period.start + timedelta(days=i) for i in range(period.days)]
    assert {d: figures(f) for d, f in days.items() if f.units_sold or f.units_returned} == sums("day")
    assert {d: f.tickets for d, f in days.items() if f.tickets} == {
        d: s.tickets for d, s in want["day"].items() if s.tickets
    }
    assert {f.label: f.tickets for f in report.by_location if f.tickets} == {
        k: s.tickets for k, s in want["location"].items() if s.tickets
    }
    total = want["total"][""]
    s = report.summary
    assert (s.units_sold, s.units_returned, s.gross, s.discounts, s.refunds, s.net, s.shares) == total.as_tuple()
    assert s.tickets == total.tickets
    assert {m.method: (m.count, m.sales, m.refunds) for m in report.by_method} == methods(books, period)


def test_month_totals_add_up_the_days(books):
    report = analytics.period_report(books.store, PERIODS["year"])
    assert [f.key for f in report.by_month] == [f"{YEAR}-{m:02d}" for m in range(1, 13)]
    for month in report.by_month:
        days = [d for d in report.by_day if d.key.startswith(month.key)]
        assert figures(month) == figures(sum(days, analytics.Figures("", "")))
        assert month.tickets == sum(d.tickets for d in days)


def test_summary_counts_rounding_and_average(books):
    period = PERIODS["year"]
    report = analytics.period_report(books.store, period)
    low, high = period.bounds
    views = [v for v in books.views() if low <= v.created_at < high]
    sales = [v for v in views if v.kind == "sale"]
    refunds = [v for v in views if v.kind == "refund"]
    s = report.summary
    assert (s.tickets, s.refund_tickets) == (len(sales), len(refunds)) == (6, 2)
    assert s.rounding == sum((v.rounding for v in sales), ZERO) - sum((v.rounding for v in refunds), ZERO)
    # 67.55 paid in cash: 67.50 due; 82.55 paid Plin 40 + S/ 50: 7.45 back → S/ 7.50 in coins
    assert sum((v.rounding for v in sales), ZERO) == D("0.10")
    assert s.gross == sum((v.subtotal for v in sales), ZERO)
    assert s.discounts == sum((v.discounts for v in sales), ZERO)
    assert s.refunds == sum((v.total for v in refunds), ZERO)
    assert s.average_ticket == quantize(sum((v.total for v in sales), ZERO) / len(sales))
    # The methods keep what was due after rounding: they add up to the sales' net less the rounding.
    received = sum((m.sales for m in report.by_method), ZERO)
    assert received == s.sales_net - sum((v.rounding for v in sales), ZERO)


def test_sellers_and_sales_without_a_seller(books):
    report = analytics.period_report(books.store, PERIODS["year"])
    tickets = {f.label: f.tickets for f in report.by_seller}
    assert tickets == {"Carmen Ayma": 2, "Sonia Huillca": 3, "": 1}


def test_top_and_slowest_products(books):
    report = analytics.period_report(books.store, PERIODS["year"])
    by_product = {f.label: f for f in report.by_product}
    ranked = sorted(by_product.values(), key=lambda f: (-f.units, -f.net, f.label))
    assert [r.product for r in report.top_products] == [f.label for f in ranked]
    assert report.top_products[0].product == "Cartuchera Ñusta"
    assert [(r.units, r.net) for r in report.top_products] == [(f.units, f.net) for f in ranked]
    assert report.slow_products[0].product == "Monedero de cuero"  # 2 sold, 1 returned
    assert [r.units for r in report.slow_products] == sorted(r.units for r in report.slow_products)


def test_stock_value_at_the_end_of_the_period(books):
    period = PERIODS["march"]
    report = analytics.period_report(books.store, period)
    _, high = period.bounds
    with books.store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT l.name, i.code, SUM(m.quantity) FROM stock_movements m JOIN items i ON i.id = m.item_id"
                " JOIN locations l ON l.id = m.location_id WHERE m.created_at < :high GROUP BY l.name, i.code"
            ),
            {"high": high},
        ).all()
    units: dict[str, int] = defaultdict(int)
    value: dict[str, D] = defaultdict(lambda: ZERO)
    short: dict[str, int] = defaultdict(int)
    for place, code, level in rows:
        if level > 0:
            units[place] += level
            value[place] += PRICES[code] * level
        else:
            short[place] -= level
    got = {v.location: (v.units, v.value, v.short) for v in report.stock}
    assert got == {
        "Taller Mama Killa": (units["Taller Mama Killa"], value["Taller Mama Killa"], short["Taller Mama Killa"]),
        "Feria San Blas": (units["Feria San Blas"], value["Feria San Blas"], short["Feria San Blas"]),
    }
    assert got["Feria San Blas"] == (20 - 3 + 5 - 1, (20 - 3) * D("5.00") + 4 * D("30.00"), 1)  # CAS002 sold beyond
    assert report.stock_value == sum(value.values(), ZERO)


def test_period_presets():
    today = date(2026, 11, 27)  # a Friday
    assert analytics.period_for("today", today) == Period(today, today)
    assert analytics.period_for("week", today) == Period(date(2026, 11, 23), today)
    assert analytics.period_for("month", today) == Period(date(2026, 11, 1), today)
    assert analytics.period_for("year", today) == Period(date(2026, 1, 1), today)
    with pytest.raises(UserError):
        analytics.period_for("decade", today)
    with pytest.raises(UserError):
        Period(today, today - timedelta(days=1))


def test_progress_is_reported_and_cancelling_stops_the_report(books):
    seen: list[tuple[int, int]] = []
    analytics.period_report(books.store, PERIODS["year"], lambda done, total: seen.append((done, total)) or True)
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    calls = []

    def stop_at_third(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 3

    with pytest.raises(Cancelled):
        analytics.period_report(books.store, PERIODS["year"], stop_at_third)
    assert len(calls) == 3


def test_a_report_does_not_hold_the_till_s_write_lock(books):
    """A sale can be recorded while a report's read is open (the report reads a snapshot)."""
    with analytics.read_session(books.store) as session:
        before = session.execute(text("SELECT COUNT(*) FROM sales")).scalar_one()
        books.sell(at(9, 1), [("KEY001", 1)])
        assert session.execute(text("SELECT COUNT(*) FROM sales")).scalar_one() == before
    with analytics.read_session(books.store) as session:
        assert session.execute(text("SELECT COUNT(*) FROM sales")).scalar_one() == before + 1


# -- the year for the funders --------------------------------------------------------------------------


def test_impact_report_of_the_year(books):
    period = PERIODS["year"]
    report = impact.impact_report(books.store, YEAR, today=date(YEAR + 1, 1, 10))
    want = expected(books, period)
    makers = {m.maker: m for m in report.makers}
    # Active: made or sold something in the year. Yeny (joined the year before) did neither.
    assert set(makers) == {"Rosa Quispe", "Ana Huamán", "Luz Mamani", "Nilda Choque"}
    assert report.active_makers == 4
    assert [(n.maker, n.joined_on, n.trainer) for n in report.new_makers] == [
        ("Nilda Choque", date(YEAR, 3, 1), "Rosa Quispe")
    ]
    # Units made: production movements of the year, a jointly made item split by its weights:
    # 4 bags at 2 : 1 are 2.67 and 1.33, in tenths 2.7 and 1.3; the center's 20 keyrings are nobody's.
    assert {m.maker: m.units_made for m in report.makers} == {
        "Rosa Quispe": D("2.7"),
        "Ana Huamán": D("1.3"),
        "Nilda Choque": 6,
        "Luz Mamani": 5,
    }
    assert report.units_made == 4 + 6 + 5
    for name, m in makers.items():
        s = want["maker"][name]
        assert (m.units_sold, m.earned) == (s.sold - s.returned, s.shares)
    paid: dict[str, D] = defaultdict(lambda: ZERO)
    for when, maker, amount in books.payouts:
        if when.year == YEAR:
            paid[maker] += amount
    assert {m.maker: m.paid for m in report.makers if m.paid} == dict(paid)
    assert report.total_paid == sum(paid.values(), ZERO) > 0
    assert report.payouts == len(books.payouts)
    months = {"Rosa Quispe": 12, "Ana Huamán": 12, "Luz Mamani": 12, "Nilda Choque": 10}
    assert {m.maker: m.months for m in report.makers} == months
    incomes = [quantize(want["maker"][n].shares / months[n]) for n in months]
    assert sorted(m.monthly_income for m in report.makers) == sorted(incomes)
    assert report.average_monthly_income == quantize(sum(incomes, ZERO) / len(incomes))
    assert report.median_monthly_income == quantize(statistics.median(incomes))
    total = want["total"][""]
    net = total.gross - total.discounts - total.refunds
    assert report.net_sales == net
    assert report.total_earned == total.shares
    assert report.women_share == total.shares / net
    assert D("0.40") < report.women_share < D("0.45")  # the keyrings are the center's
    assert report.best_sellers[0].product == "Cartuchera Ñusta"
    assert {f.label: f.net for f in report.locations} == {k: s.as_tuple()[5] for k, s in want["location"].items()}
    by_month = {m.month: m for m in report.months}
    assert by_month[2].paid == ZERO and by_month[4].paid == sum(a for w, _, a in books.payouts if w.month == 4)
    assert sum((m.earned for m in report.months), ZERO) == report.total_earned
    assert sum((m.net for m in report.months), ZERO) == report.net_sales


def test_months_a_woman_belonged_to_the_workshop():
    today = date(2026, 5, 20)
    assert impact._months_in(2026, None, today) == 5
    assert impact._months_in(2026, date(2026, 3, 2), today) == 3
    assert impact._months_in(2025, date(2025, 11, 30), today) == 2
    assert impact._months_in(2025, date(2020, 1, 1), today) == 12
    assert impact._months_in(2025, date(2026, 1, 1), today) == 0


# -- random shops ---------------------------------------------------------------------------------------

ITEMS = ("BAG001", "PUR001", "CAS001", "KEY001")
START = datetime(YEAR, 2, 1, 10)


@pytest.fixture(scope="module")
def template_db(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """The ``shop`` fixture's items with stock at the workshop and at a fair, copied per example."""
    path = tmp_path_factory.mktemp("analytics") / "shop.db"
    store = open_store(f"sqlite:///{path}")
    setup.ensure_defaults(store)
    new = catalogue.NewItem
    catalogue.add_item(
        store, new("Bolso bordado", "Bolsos", D("45.00"), (("Rosa Quispe", 2), ("Ana Huamán", 1)), "BAG001")
    )
    catalogue.add_item(store, new("Monedero de cuero", "Monederos", D("22.55"), (("Rosa Quispe", 1),), "PUR001"))
    catalogue.add_item(store, new("Cartuchera Ñusta", "Cartucheras", D("30.00"), (("Luz Mamani", 1),), "CAS001"))
    catalogue.add_center_item(store, "Llavero de alpaca", "Accesorios", D("5.00"), "KEY001")
    locations.add_location(store, "feria", "Feria San Blas", "fair", user_id=SYSTEM_ID)
    for code in ITEMS:
        stock.produce(store, code, 30, user_id=SYSTEM_ID)
    cash.open_session(store, user_id=SYSTEM_ID)  # the till sells only with its cash session open
    store.dispose()
    return path


line = st.tuples(st.sampled_from(ITEMS), st.integers(1, 3), st.sampled_from((0, 0, 5, 10)))
sale_strategy = st.tuples(
    st.integers(0, 40),  # day
    st.lists(line, min_size=1, max_size=3, unique_by=lambda t: t[0]),
    st.sampled_from(("cash", "card", "yape", "usd", "plin")),
    st.sampled_from(("taller", "feria")),
    st.sampled_from((0, 0, 3)),  # order discount in soles
    st.one_of(st.none(), st.tuples(st.integers(1, 3), st.integers(1, 3))),  # refund: line, units
)


def _tenders(method: str, total: D) -> tuple[Tender, ...]:
    if method == "cash":
        return (Tender("cash", (total / 10).to_integral_value(rounding="ROUND_CEILING") * 10 + 10),)
    if method == "usd":
        return (Tender("usd", (total / RATE).to_integral_value(rounding="ROUND_CEILING")),)
    return (Tender(method, total, "op"),)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sales=st.lists(sale_strategy, min_size=1, max_size=10))
def test_random_sales_add_up_by_method_maker_product_day_and_place(template_db, sales):
    folder = Path(tempfile.mkdtemp(prefix="analytics-"))
    try:
        shutil.copy(template_db, folder / "shop.db")
        store = open_store(f"sqlite:///{folder / 'shop.db'}")
        try:
            books = Books(store)
            for day, lines, method, place, order_off, give in sorted(sales, key=lambda s: s[0]):
                when = START + timedelta(days=day)
                requests = [
                    (code, qty, Discount(DiscountKind.PERCENT, D(off)) if off else NO_DISCOUNT)
                    for code, qty, off in lines
                ]
                order = Discount(DiscountKind.AMOUNT, D(order_off)) if order_off else NO_DISCOUNT
                total = price_cart([CartLine(q, PRICES[c], d) for c, q, d in requests], order).total
                if total <= 0:
                    continue
                result = books.sell(when, requests, _tenders(method, total), location=place, order=order, usd=RATE)
                if give is not None:
                    position, units = give
                    view = history.get_sale(store, result.number)
                    if position <= len(view.lines):
                        units = min(units, view.lines[position - 1].quantity)
                        books.give_back(result.number, position, units, when + timedelta(hours=3))
            period = Period(START.date(), (START + timedelta(days=40)).date())
            report = analytics.period_report(store, period)
            want = expected(books, period)
            assert {f.label: figures(f) for f in report.by_maker} == {k: s.as_tuple() for k, s in want["maker"].items()}
            assert {f.label: figures(f) for f in report.by_product} == {
                k: s.as_tuple() for k, s in want["product"].items()
            }
            assert {f.label: figures(f) for f in report.by_location} == {
                k: s.as_tuple() for k, s in want["location"].items()
            }
            assert {date.fromisoformat(f.key): figures(f) for f in report.by_day if f.units_sold} == {
                k: s.as_tuple() for k, s in want["day"].items()
            }
            assert {m.method: (m.count, m.sales, m.refunds) for m in report.by_method} == methods(books, period)
            total = want["total"][""]
            assert report.summary.net == total.as_tuple()[5]
            assert report.summary.shares == total.shares
        finally:
            store.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_period_without_anything(store):
    report = analytics.period_report(store, Period(date(2026, 1, 1), date(2026, 1, 31)))
    assert report.summary.net == ZERO and report.summary.tickets == 0
    assert len(report.by_day) == 31 and all(f.units == 0 for f in report.by_day)
    assert report.by_product == report.by_maker == report.by_method == ()
    assert report.summary.average_ticket == ZERO and report.summary.share_ratio == 0
    year = impact.impact_report(store, 2026)
    assert year.makers == () and year.average_monthly_income == ZERO and year.median_monthly_income == ZERO


def test_time_of_day_bounds(books):
    """A sale at 23:59 on 31 December belongs to that year; one at 00:00 on 1 January to the next."""
    report = analytics.period_report(books.store, Period(date(YEAR, 12, 31), date(YEAR + 1, 1, 1)))
    days = {f.key: f.tickets for f in report.by_day}
    assert days == {f"{YEAR}-12-31": 1, f"{YEAR + 1}-01-01": 1}
