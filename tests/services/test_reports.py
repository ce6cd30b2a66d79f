"""day_report: counts and totals of a day with sales and a refund, by payment method and by maker."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.domain.pricing import Discount, DiscountKind
from mamakilla_pos.services import history
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.reports import day_report
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale

D = Decimal
DAY = date(2024, 3, 10)


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2024, 3, day, hour, minute, second)


@pytest.fixture
def days(shop):
    """
    9 Mar 23:59:59  purse by card                                 22.55
    10 Mar 10:00    bag + purse, S/ 100 cash: 67.55 → due 67.50 (rounding 0.05), change 32.50
    10 Mar 11:00    2 cases less 5 % (3.00) by Yape                57.00
    10 Mar 12:00    keyring, US$ 5 at 3.70 = 18.50 → change 13.50 from the soles  5.00
    10 Mar 15:00    refund of the purse of the 10:00 sale, cash: 22.55 → due 22.50 (rounding 0.05)
    11 Mar 00:00    bag by card                                    45.00
    11 Mar 09:00    refund of one case of the 11:00 sale by Yape: 57.00 / 2 = 28.50
    """
    store = shop.store
    record_sale(
        store,
        SaleRequest(
            (LineRequest("PUR001"),), (Tender("card", D("22.55")),), created_at=at(9, 23, 59, 59), user_id=SYSTEM_ID
        ),
    )
    first = record_sale(
        store,
        SaleRequest(
            (LineRequest("BAG001"), LineRequest("PUR001")),
            (Tender("cash", D("100")),),
            created_at=at(10, 10),
            user_id=SYSTEM_ID,
        ),
    )
    cases = record_sale(
        store,
        SaleRequest(
            (LineRequest("CAS001", 2, Discount(DiscountKind.PERCENT, D("5"))),),
            (Tender("yape", D("57.00"), "op-5"),),
            created_at=at(10, 11),
            user_id=SYSTEM_ID,
        ),
    )
    record_sale(
        store,
        SaleRequest(
            (LineRequest("KEY001"),),
            (Tender("usd", D("5")),),
            usd_rate=D("3.70"),
            created_at=at(10, 12),
            user_id=SYSTEM_ID,
        ),
    )
    purse = history.get_sale(store, first.number).lines[1]
    back = refund(
        store,
        RefundRequest(
            first.number, (RefundLine(purse.id, 1),), method="cash", created_at=at(10, 15), user_id=SYSTEM_ID
        ),
    )
    assert (back.total, back.amount_due, back.rounding) == (D("22.55"), D("22.50"), D("0.05"))
    record_sale(
        store,
        SaleRequest((LineRequest("BAG001"),), (Tender("card", D("45")),), created_at=at(11, 0), user_id=SYSTEM_ID),
    )
    case_line = history.get_sale(store, cases.number).lines[0]
    refund(
        store,
        RefundRequest(
            cases.number,
            (RefundLine(case_line.id, 1),),
            method="yape",
            reference="op-6",
            created_at=at(11, 9),
            user_id=SYSTEM_ID,
        ),
    )
    return store


def test_day_report_of_a_day_with_sales_and_a_refund(days):
    report = day_report(days, DAY)
    assert (report.sales, report.refunds) == (3, 1)
    assert report.gross == D("132.55")  # 67.55 + 2 × 30.00 + 5.00
    assert report.discounts == D("3.00")  # 5 % of the two cases
    assert report.sales_total == D("129.55")  # 67.55 + 57.00 + 5.00
    assert report.refunds_total == D("22.55")
    assert report.net == D("107.00")
    assert report.rounding == D("0.00")  # 0.05 on the sale, 0.05 back on the refund
    # by method: what each drawer or account kept; all change is booked against the soles drawer
    # it left (rule 8): cash 67.50 − 13.50 handed back on the dollar sale; the dollars whole.
    assert [(m.method, m.sales, m.refunds, m.net) for m in report.by_method] == [
        ("cash", D("54.00"), D("22.50"), D("31.50")),
        ("usd", D("18.50"), D("0.00"), D("18.50")),
        ("yape", D("57.00"), D("0.00"), D("57.00")),
    ]
    # by maker: bag 45.00 → 20.25 = Rosa 13.50 + Ana 6.75; purse 22.55 → Rosa 10.15, reversed the same day;
    # cases 57.00 × .45 = 25.65 → Luz
    assert [(m.maker, m.accrued, m.reversed, m.net) for m in report.by_maker] == [
        ("Ana Huamán", D("6.75"), D("0.00"), D("6.75")),
        ("Luz Mamani", D("25.65"), D("0.00"), D("25.65")),
        ("Rosa Quispe", D("23.65"), D("10.15"), D("13.50")),
    ]
    # the methods hold what was due: the totals less the rounding
    assert sum((m.net for m in report.by_method), D("0")) == report.net - report.rounding
    assert len(history.list_sales(days, DAY)) == 4


def test_day_bounds_are_midnight_to_midnight(days):
    before = day_report(days, date(2024, 3, 9))
    assert (before.sales, before.refunds, before.sales_total) == (1, 0, D("22.55"))
    assert [(m.method, m.sales) for m in before.by_method] == [("card", D("22.55"))]
    assert [(m.maker, m.accrued) for m in before.by_maker] == [("Rosa Quispe", D("10.15"))]

    after = day_report(days, date(2024, 3, 11))
    assert (after.sales, after.refunds) == (1, 1)
    assert (after.sales_total, after.refunds_total, after.net) == (D("45.00"), D("28.50"), D("16.50"))
    assert [(m.method, m.sales, m.refunds) for m in after.by_method] == [  # in the one order of every report
        ("yape", D("0.00"), D("28.50")),
        ("card", D("45.00"), D("0.00")),
    ]
    # one case of two: 25.65 / 2 = 12.825 → 12.83 reversed from Luz
    assert [(m.maker, m.accrued, m.reversed) for m in after.by_maker] == [
        ("Ana Huamán", D("6.75"), D("0.00")),
        ("Luz Mamani", D("0.00"), D("12.83")),
        ("Rosa Quispe", D("13.50"), D("0.00")),
    ]


def test_a_day_without_sales(days):
    report = day_report(days, date(2024, 3, 12))
    assert (report.sales, report.refunds) == (0, 0)
    assert (report.gross, report.discounts, report.sales_total, report.refunds_total, report.rounding) == (
        D("0.00"),
        D("0.00"),
        D("0.00"),
        D("0.00"),
        D("0.00"),
    )
    assert report.by_method == ()
    assert report.by_maker == ()


def test_the_documents_of_the_day_one_by_one(days):
    assert day_report(days, DAY).documents == ()  # only when asked for
    report = day_report(days, DAY, documents=True)
    sales, refunds = report.listed("sale"), report.listed("refund")
    assert (len(sales), len(refunds)) == (report.sales, report.refunds) == (3, 1)
    assert [d.time for d in (*sales, *refunds)] == [at(10, 10), at(10, 11), at(10, 12), at(10, 15)]
    cash, cases, keyring = (d.as_json() for d in sales)
    assert cash["till"] == keyring["till"] and cash["till"]  # the till's series: no session in this shop
    assert cash["seller"] is None
    assert (cash["total"], cash["due"], cash["rounding"]) == ("67.55", "67.50", "0.05")
    assert cash["lines"] == [
        {"code": "BAG001", "quantity": 1, "net": "45.00"},
        {"code": "PUR001", "quantity": 1, "net": "22.55"},
    ]
    # What each payment settled (they add up to the amount due), and what was handed over.
    assert cash["payments"] == [{"method": "cash", "amount": "67.50", "currency": "PEN", "received": "100.00"}]
    assert cases["lines"] == [{"code": "CAS001", "quantity": 2, "net": "57.00"}]
    # US$ 5 (18.50) for a 5.00 keyring: the dollars stay whole in their drawer, the 13.50 change
    # is booked against the soles drawer it left (a soles payment of nothing received).
    assert sorted(keyring["payments"], key=lambda p: p["method"]) == [
        {"method": "cash", "amount": "-13.50", "currency": "PEN", "received": "0.00"},
        {"method": "usd", "amount": "18.50", "currency": "USD", "received": "5.00"},
    ]
    back = refunds[0].as_json()
    assert back["number"] != cash["number"] and back["refund_of"] == cash["number"]
    assert (back["total"], back["due"], back["rounding"]) == ("22.55", "22.50", "0.05")
    assert back["lines"] == [{"code": "PUR001", "quantity": 1, "net": "22.55"}]
    assert back["payments"] == [{"method": "cash", "amount": "22.50", "currency": "PEN", "received": "22.50"}]
    assert sum((d.total for d in sales), D(0)) == report.sales_total
    assert sum((d.total for d in refunds), D(0)) == report.refunds_total
    for d in (*sales, *refunds):
        assert sum((p.amount for p in d.payments), D(0)) == d.due


@pytest.mark.till_closed
def test_the_documents_name_their_till_and_seller(shop):
    from mamakilla_pos.services import auth, cash

    rosa = auth.create_user(shop.store, "Rosa Quispe Mamani", "coordinator", "246813", by=SYSTEM_ID)
    session = cash.open_session(shop.store, {D("10"): 2}, user_id=rosa.id)
    sold = record_sale(shop.store, SaleRequest((LineRequest("PUR001"),), (Tender("cash", D("30")),), user_id=rosa.id))
    [document] = day_report(shop.store, sold.created_at.date(), documents=True).listed("sale")
    assert (document.number, document.seller, document.till) == (sold.number, "Rosa Quispe Mamani", session.till)
