"""record_sale: pricing, shares, stock, numbering, cash rounding, dollars, and all-or-nothing.

Every expected figure below is worked out by hand from DESIGN.md §4 in the
comments, and checked against the rows the database holds.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.domain.pricing import Discount, DiscountKind
from mamakilla_pos.services import cash, history, settings, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import NotFound, UserError
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify

D = Decimal


def pct(value: str) -> Discount:
    return Discount(DiscountKind.PERCENT, D(value))


def amt(value: str) -> Discount:
    return Discount(DiscountKind.AMOUNT, D(value))


def sale_row(store, number: str) -> dict[str, object]:
    with store.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT subtotal_cents, line_discounts_cents, order_discount_cents, total_cents, rounding_cents,"
                " amount_due_cents, tendered_cents, change_cents, usd_rate, series, seq, kind, cash_session_id"
                " FROM sales WHERE number = :n"
            ),
            {"n": number},
        ).one()
    return dict(row._mapping)


def line_rows(store, number: str) -> list[dict[str, object]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT sl.position, i.code, sl.quantity, sl.gross_cents, sl.line_discount_cents,"
                " sl.order_discount_cents, sl.net_cents, sl.share_rate, sl.share_cents"
                " FROM sale_lines sl JOIN sales s ON s.id = sl.sale_id JOIN items i ON i.id = sl.item_id"
                " WHERE s.number = :n ORDER BY sl.position"
            ),
            {"n": number},
        ).all()
    return [dict(r._mapping) for r in rows]


def payment_rows(store, number: str) -> list[tuple[object, ...]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT p.method, p.currency, p.amount_cents, p.rate, p.amount_pen_cents, p.applied_pen_cents,"
                " p.reference FROM payments p JOIN sales s ON s.id = p.sale_id WHERE s.number = :n"
                " ORDER BY p.method"
            ),
            {"n": number},
        ).all()
    return [tuple(r) for r in rows]


# -- a 3-line sale with line and order discounts ---------------------------------------------------

THREE_LINES = SaleRequest(
    lines=(
        # 2 × 45.00 = 90.00, less 10 % = 9.00 → line amount 81.00
        LineRequest("BAG001", 2, pct("10")),
        # 1 × 22.55 = 22.55, less S/ 2.55 → line amount 20.00
        LineRequest("PUR001", 1, amt("2.55")),
        # 3 × 5.00 = 15.00, no line discount → 15.00
        LineRequest("KEY001", 3),
    ),
    # S/ 10.00 off the order, spread over 81 : 20 : 15 (sum 116) in céntimos:
    #   1000 × 81/116 = 698.28  → 698
    #   1000 × 20/116 = 172.41  → 172
    #   1000 × 15/116 = 129.31  → 129     floors sum to 999, one céntimo left,
    # largest remainder .41 (line 2) gets it: 6.98, 1.73, 1.29.
    order_discount=amt("10.00"),
    tenders=(Tender("card", D("106.00")),),
    user_id=SYSTEM_ID,
)


def test_three_line_sale_amounts_shares_and_stock(shop, probe):
    store = shop.store
    result = record_sale(store, THREE_LINES)

    assert result.number == "B001-000001"
    assert (result.total, result.amount_due, result.rounding, result.change) == (
        D("106.00"),
        D("106.00"),
        D("0.00"),
        D("0.00"),
    )
    row = sale_row(store, result.number)
    # subtotal = gross 90.00 + 22.55 + 15.00; line discounts 9.00 + 2.55; order discount 10.00
    assert row["subtotal_cents"] == 12755
    assert row["line_discounts_cents"] == 1155
    assert row["order_discount_cents"] == 1000
    assert row["total_cents"] == 10600
    assert row["rounding_cents"] == 0
    assert (row["series"], row["seq"], row["kind"]) == ("B001", 1, "sale")

    lines = line_rows(store, result.number)
    # net = amount − order part: 81.00 − 6.98 = 74.02; 20.00 − 1.73 = 18.27; 15.00 − 1.29 = 13.71
    # share = round(net × 0.45): 74.02 × .45 = 33.309 → 33.31; 18.27 × .45 = 8.2215 → 8.22; keyring: none
    expected = [
        (1, "BAG001", 2, 9000, 900, 698, 7402, D("0.45"), 3331),
        (2, "PUR001", 1, 2255, 255, 173, 1827, D("0.45"), 822),
        (3, "KEY001", 3, 1500, 0, 129, 1371, D("0"), 0),
    ]
    got = [
        (
            r["position"],
            r["code"],
            r["quantity"],
            r["gross_cents"],
            r["line_discount_cents"],
            r["order_discount_cents"],
            r["net_cents"],
            D(r["share_rate"]),
            r["share_cents"],
        )
        for r in lines
    ]
    assert got == expected
    assert sum(r["net_cents"] for r in lines) == row["total_cents"]
    assert sum(r["order_discount_cents"] for r in lines) == row["order_discount_cents"]

    # Line 1 share 33.31 = 3331 céntimos split 2 : 1 → 2220.67 and 1110.33; floors 2220 + 1110 = 3330,
    # the céntimo left goes to the larger remainder (.67, Rosa): Rosa 22.21, Ana 11.10.
    assert probe.shares_of_sale(result.number) == [
        ("Ana Huamán", 1, D("11.10"), "accrual", False),
        ("Rosa Quispe", 1, D("22.21"), "accrual", False),
        ("Rosa Quispe", 2, D("8.22"), "accrual", False),
    ]  # and nothing for line 3, the center's keyring

    # Stock at the workshop: 10 − 2 bags, 10 − 1 purse, 10 − 3 keyrings; the pencil case untouched.
    assert probe.level("BAG001") == 8
    assert probe.level("PUR001") == 9
    assert probe.level("KEY001") == 7
    assert probe.level("CAS001") == 10
    assert result.stock_warnings == ()

    assert payment_rows(store, result.number) == [("card", "PEN", 10600, None, 10600, 10600, "")]
    with store.engine.connect() as conn:
        kinds = conn.execute(text("SELECT kind FROM journal WHERE ref = :n"), {"n": result.number}).scalars().all()
    assert kinds == ["sale"]
    assert verify(store) == []


def test_order_discount_in_percent_spread_by_largest_remainder(shop, probe):
    # Three lines of 22.55, 45.00 and 30.00 (sum 97.55), 7 % off the order: 97.55 × 0.07 = 6.8285 → 6.83.
    # 683 céntimos × 22.55/97.55 = 157.886 → 157; × 45/97.55 = 315.069 → 315; × 30/97.55 = 210.046 → 210;
    # 682 allocated, one céntimo left for the largest remainder (.886, line 1): 1.58, 3.15, 2.10.
    request = SaleRequest(
        lines=(LineRequest("PUR001"), LineRequest("BAG001"), LineRequest("CAS001")),
        order_discount=pct("7"),
        tenders=(Tender("yape", D("90.72"), "op-1"),),
        user_id=SYSTEM_ID,
    )
    result = record_sale(shop.store, request)
    lines = line_rows(shop.store, result.number)
    assert [r["order_discount_cents"] for r in lines] == [158, 315, 210]
    # nets 20.97, 41.85, 27.90 → total 90.72 = 97.55 − 6.83
    assert [r["net_cents"] for r in lines] == [2097, 4185, 2790]
    assert result.total == D("90.72")
    # shares: 20.97 × .45 = 9.4365 → 9.44; 41.85 × .45 = 18.8325 → 18.83; 27.90 × .45 = 12.555 → 12.56
    assert [r["share_cents"] for r in lines] == [944, 1883, 1256]
    # 18.83 split 2 : 1: 1255.33 / 627.67 → floors 1255 + 627, céntimo to Ana (.67): Rosa 12.55, Ana 6.28
    assert probe.shares_of_sale(result.number) == [
        ("Rosa Quispe", 1, D("9.44"), "accrual", False),
        ("Ana Huamán", 2, D("6.28"), "accrual", False),
        ("Rosa Quispe", 2, D("12.55"), "accrual", False),
        ("Luz Mamani", 3, D("12.56"), "accrual", False),
    ]
    assert verify(shop.store) == []


def test_receipt_numbers_are_correlative(shop):
    first = record_sale(
        shop.store, SaleRequest((LineRequest("KEY001"),), (Tender("cash", D("5.00")),), user_id=SYSTEM_ID)
    )
    second = record_sale(
        shop.store, SaleRequest((LineRequest("KEY001"),), (Tender("cash", D("5.00")),), user_id=SYSTEM_ID)
    )
    third = record_sale(
        shop.store, SaleRequest((LineRequest("PUR001"),), (Tender("card", D("22.55")),), user_id=SYSTEM_ID)
    )
    assert [first.number, second.number, third.number] == ["B001-000001", "B001-000002", "B001-000003"]
    with shop.store.engine.connect() as conn:
        assert conn.execute(text("SELECT next_number FROM receipt_series WHERE code = 'B001'")).scalar_one() == 4


def test_receipt_series_follows_the_till_setting(shop):
    settings.update_settings(shop.store, till_series="F002", user_id=SYSTEM_ID)
    result = record_sale(
        shop.store, SaleRequest((LineRequest("KEY001"),), (Tender("cash", D("5.00")),), user_id=SYSTEM_ID)
    )
    assert result.number == "F002-000001"


# -- cash rounding, split tender, dollars -----------------------------------------------------------

BAG_AND_PURSE = (LineRequest("BAG001"), LineRequest("PUR001"))  # 45.00 + 22.55 = 67.55


def expected_bag_and_purse_shares():
    # Shares come from the unrounded nets: bag 45.00 × .45 = 20.25 → Rosa 13.50, Ana 6.75 (2 : 1, exact);
    # purse 22.55 × .45 = 10.1475 → 10.15, all Rosa.
    return [
        ("Ana Huamán", 1, D("6.75"), "accrual", False),
        ("Rosa Quispe", 1, D("13.50"), "accrual", False),
        ("Rosa Quispe", 2, D("10.15"), "accrual", False),
    ]


def test_all_cash_sale_is_rounded_down_to_ten_centimos(shop, probe):
    result = record_sale(shop.store, SaleRequest(BAG_AND_PURSE, (Tender("cash", D("100.00")),), user_id=SYSTEM_ID))
    # 67.55 in PEN cash → due 67.50 (customer's favour), change 100 − 67.50 = 32.50, rounding 0.05 on the sale
    assert (result.total, result.amount_due, result.change, result.rounding) == (
        D("67.55"),
        D("67.50"),
        D("32.50"),
        D("0.05"),
    )
    row = sale_row(shop.store, result.number)
    assert (row["total_cents"], row["rounding_cents"], row["amount_due_cents"]) == (6755, 5, 6750)
    assert (row["tendered_cents"], row["change_cents"]) == (10000, 3250)
    # nets are not touched by the rounding
    assert [r["net_cents"] for r in line_rows(shop.store, result.number)] == [4500, 2255]
    assert probe.shares_of_sale(result.number) == expected_bag_and_purse_shares()
    # the drawer keeps 67.50 of the 100.00 handed over
    assert payment_rows(shop.store, result.number) == [("cash", "PEN", 10000, None, 10000, 6750, "")]
    assert verify(shop.store) == []


def test_exact_cash_amount_after_rounding_is_enough(shop):
    result = record_sale(shop.store, SaleRequest(BAG_AND_PURSE, (Tender("cash", D("67.50")),), user_id=SYSTEM_ID))
    assert (result.amount_due, result.change, result.rounding) == (D("67.50"), D("0.00"), D("0.05"))


def test_no_rounding_when_rounding_is_off(shop):
    settings.update_settings(shop.store, cash_rounding="off", user_id=SYSTEM_ID)
    result = record_sale(shop.store, SaleRequest(BAG_AND_PURSE, (Tender("cash", D("100.00")),), user_id=SYSTEM_ID))
    assert (result.amount_due, result.change, result.rounding) == (D("67.55"), D("32.45"), D("0.00"))


def test_yape_and_cash_round_only_the_change(shop, probe):
    request = SaleRequest(
        BAG_AND_PURSE, (Tender("yape", D("20.00"), "  874512 "), Tender("cash", D("50.00"))), user_id=SYSTEM_ID
    )
    result = record_sale(shop.store, request)
    # not all PEN cash → the total is not rounded down; tendered 70.00 leaves 2.45, handed back as 2.50
    assert (result.amount_due, result.rounding, result.tendered, result.change) == (
        D("67.50"),
        D("0.05"),
        D("70.00"),
        D("2.50"),
    )
    assert payment_rows(shop.store, result.number) == [
        ("cash", "PEN", 5000, None, 5000, 4750, ""),
        ("yape", "PEN", 2000, None, 2000, 2000, "874512"),
    ]
    # The rounding changes neither the lines nor the shares.
    assert probe.shares_of_sale(result.number) == expected_bag_and_purse_shares()
    assert verify(shop.store) == []


def test_dollars_at_the_days_rate_with_change_in_soles(shop, probe):
    request = SaleRequest(BAG_AND_PURSE, (Tender("usd", D("20")),), usd_rate=D("3.70"), user_id=SYSTEM_ID)
    result = record_sale(shop.store, request)
    # US$ 20 × 3.70 = S/ 74.00; 74.00 − 67.55 = 6.45 handed back in soles, rounded up to 6.50
    assert (result.amount_due, result.rounding, result.tendered, result.change) == (
        D("67.50"),
        D("0.05"),
        D("74.00"),
        D("6.50"),
    )
    change, usd = payment_rows(shop.store, result.number)  # by method
    assert usd[:3] == ("usd", "USD", 2000)
    assert D(usd[3]) == D("3.70")
    # The dollars stay whole; the change is booked against the soles drawer.
    assert usd[4:6] == (7400, 7400)
    assert change == ("cash", "PEN", 0, None, 0, -650, "")
    assert D(sale_row(shop.store, result.number)["usd_rate"]) == D("3.70")
    assert probe.shares_of_sale(result.number) == expected_bag_and_purse_shares()
    assert verify(shop.store) == []


def test_yape_and_dollars_change_is_two_soles_from_the_soles_drawer(shop, probe):
    # DESIGN.md §4 rules 4 and 8: Yape 50.00 + US$ 14 at 3.70 (51.80) on a 99.85 sale.
    # 101.80 − 99.85 = 1.95 to give back → S/ 2.00 in coins; 0.05 recorded as rounding.
    settings.update_settings(shop.store, usd_rate=D("3.70"), user_id=SYSTEM_ID)
    lines = (LineRequest("BAG001"), LineRequest("PUR001"), LineRequest("KEY001", 2, unit_price=D("16.15")))
    request = SaleRequest(lines, (Tender("yape", D("50.00"), "551122"), Tender("usd", D("14"))), user_id=SYSTEM_ID)
    result = record_sale(shop.store, request)
    assert (result.tendered, result.change, result.amount_due, result.rounding) == (
        D("101.80"),
        D("2.00"),
        D("99.80"),
        D("0.05"),
    )
    assert sale_row(shop.store, result.number)["total_cents"] == 9985
    rows = payment_rows(shop.store, result.number)
    assert [(r[0], r[2], r[4], r[5]) for r in rows] == [  # by method
        ("cash", 0, 0, -200),
        ("usd", 1400, 5180, 5180),
        ("yape", 5000, 5000, 5000),
    ]
    view = history.get_sale(shop.store, result.number)
    # The change booked on the soles drawer hands nothing over: it is no payment of the receipt.
    assert [(p.method, p.is_change) for p in view.payments] == [("yape", False), ("usd", False), ("cash", True)]
    assert verify(shop.store) == []


def test_dollars_and_soles_change_comes_out_of_the_soles(shop):
    settings.update_settings(shop.store, usd_rate=D("3.70"), user_id=SYSTEM_ID)
    # US$ 10 = 37.00 plus S/ 40.00 → 77.00 for 67.55: 9.45 → 9.50 handed back, all of it from the soles
    result = record_sale(
        shop.store, SaleRequest(BAG_AND_PURSE, (Tender("usd", D("10")), Tender("cash", D("40"))), user_id=SYSTEM_ID)
    )
    assert (result.amount_due, result.change) == (D("67.50"), D("9.50"))
    rows = payment_rows(shop.store, result.number)
    assert [(r[0], r[4], r[5]) for r in rows] == [("cash", 4000, 3050), ("usd", 3700, 3700)]


def test_the_rate_setting_is_used_when_the_request_has_none(shop):
    settings.update_settings(shop.store, usd_rate=D("3.75"), user_id=SYSTEM_ID)
    result = record_sale(shop.store, SaleRequest(BAG_AND_PURSE, (Tender("usd", D("20")),), user_id=SYSTEM_ID))
    assert (result.tendered, result.change) == (D("75.00"), D("7.50"))


@pytest.mark.till_closed
def test_sale_in_an_open_session_belongs_to_it(shop):
    info = cash.open_session(shop.store, {D("10"): 5}, user_id=SYSTEM_ID)
    result = record_sale(
        shop.store, SaleRequest((LineRequest("KEY001"),), (Tender("cash", D("5")),), user_id=SYSTEM_ID)
    )
    stored = sale_row(shop.store, result.number)["cash_session_id"]
    assert str(stored).replace("-", "") == info.id.hex


# -- failing sales write nothing --------------------------------------------------------------------

BAD_SALES = {
    "unknown code": SaleRequest(
        (LineRequest("BAG001"), LineRequest("NOPE99")), (Tender("cash", D("100")),), user_id=SYSTEM_ID
    ),
    "short payment": SaleRequest(BAG_AND_PURSE, (Tender("cash", D("67.40")),), user_id=SYSTEM_ID),
    "short split payment": SaleRequest(
        BAG_AND_PURSE, (Tender("yape", D("20"), "1"), Tender("cash", D("47.50"))), user_id=SYSTEM_ID
    ),
    "non-cash overpay": SaleRequest(BAG_AND_PURSE, (Tender("yape", D("70.00"), "99"),), user_id=SYSTEM_ID),
    "card overpay with cash": SaleRequest(
        BAG_AND_PURSE, (Tender("card", D("67.60")), Tender("cash", D("1"))), user_id=SYSTEM_ID
    ),
    "negative quantity": SaleRequest((LineRequest("BAG001", -1),), (Tender("cash", D("100")),), user_id=SYSTEM_ID),
    "zero quantity": SaleRequest((LineRequest("BAG001", 0),), (Tender("cash", D("100")),), user_id=SYSTEM_ID),
    "no payment": SaleRequest(BAG_AND_PURSE, (), user_id=SYSTEM_ID),
    "no lines": SaleRequest((), (Tender("cash", D("10")),), user_id=SYSTEM_ID),
    "line discount above its amount": SaleRequest(
        (LineRequest("KEY001", 1, amt("5.01")),), (Tender("cash", D("5")),), user_id=SYSTEM_ID
    ),
    "percent above 100": SaleRequest(
        (LineRequest("KEY001", 1, pct("101")),), (Tender("cash", D("5")),), user_id=SYSTEM_ID
    ),
    "negative discount": SaleRequest(
        (LineRequest("KEY001", 1, amt("-1")),), (Tender("cash", D("10")),), user_id=SYSTEM_ID
    ),
    "order discount above the total": SaleRequest(
        BAG_AND_PURSE, (Tender("cash", D("1")),), order_discount=amt("68"), user_id=SYSTEM_ID
    ),
    "zero tender": SaleRequest(BAG_AND_PURSE, (Tender("cash", D("100")), Tender("cash", D("0"))), user_id=SYSTEM_ID),
    "tender with three decimals": SaleRequest(BAG_AND_PURSE, (Tender("cash", D("100.001")),), user_id=SYSTEM_ID),
    "unknown method": SaleRequest(BAG_AND_PURSE, (Tender("bitcoin", D("100")),), user_id=SYSTEM_ID),
    "unknown location": SaleRequest(
        BAG_AND_PURSE, (Tender("cash", D("100")),), location_code="luna", user_id=SYSTEM_ID
    ),
}


@pytest.mark.parametrize("case", list(BAD_SALES))
def test_a_failing_sale_writes_nothing_and_uses_no_number(shop, probe, case):
    store = shop.store
    assert record_sale(
        store, SaleRequest((LineRequest("KEY001"),), (Tender("cash", D("5")),), user_id=SYSTEM_ID)
    ).number == ("B001-000001")
    before = probe.counts()
    levels = probe.movement_sums()

    with pytest.raises(UserError):
        record_sale(store, BAD_SALES[case])

    assert probe.counts() == before
    assert probe.movement_sums() == levels
    good = record_sale(store, SaleRequest((LineRequest("KEY001"),), (Tender("cash", D("5")),), user_id=SYSTEM_ID))
    assert good.number == "B001-000002"  # no gap
    assert verify(store) == []


def test_unknown_code_is_reported_as_not_found(shop):
    with pytest.raises(NotFound, match="NOPE99"):
        record_sale(shop.store, BAD_SALES["unknown code"])


def test_a_failing_first_sale_creates_no_series(shop, probe):
    before = probe.counts()
    with pytest.raises(UserError):
        record_sale(shop.store, BAD_SALES["short payment"])
    assert probe.counts() == before
    assert record_sale(
        shop.store, SaleRequest((LineRequest("KEY001"),), (Tender("cash", D("5")),), user_id=SYSTEM_ID)
    ).number == ("B001-000001")


# -- selling beyond stock ----------------------------------------------------------------------------


def test_selling_beyond_stock_is_allowed_but_warned(shop, probe):
    result = record_sale(
        shop.store,
        SaleRequest((LineRequest("CAS001", 12), LineRequest("KEY001")), (Tender("card", D("365")),), user_id=SYSTEM_ID),
    )
    assert result.total == D("365.00")
    assert len(result.stock_warnings) == 1
    (warning,) = result.stock_warnings
    assert "CAS001" in warning and "-2" in warning
    assert probe.level("CAS001") == -2
    levels = {(s.item_code, s.location): s.quantity for s in stock.stock_levels(shop.store)}
    assert levels[("CAS001", "taller")] == -2
    assert levels[("KEY001", "taller")] == 9
    assert verify(shop.store) == []


def test_the_same_item_on_two_lines_counts_both(shop, probe):
    result = record_sale(
        shop.store,
        SaleRequest(
            (LineRequest("BAG001", 6), LineRequest("BAG001", 5, pct("50"))),
            (Tender("card", D("382.50")),),
            user_id=SYSTEM_ID,
        ),
    )
    # 6 × 45 = 270.00; 5 × 45 = 225.00 less 50 % = 112.50; total 382.50; 11 units out of 10 → warned
    assert result.total == D("382.50")
    assert probe.level("BAG001") == -1
    assert len(result.stock_warnings) == 1
    assert verify(shop.store) == []


def test_a_price_with_three_decimals_is_refused_or_stored_consistently(shop, probe):
    before = probe.counts()
    request = SaleRequest(
        (LineRequest("PUR001", 3, unit_price=D("1.005")),), (Tender("card", D("3.02")),), user_id=SYSTEM_ID
    )
    try:
        record_sale(shop.store, request)
    except UserError:
        assert probe.counts() == before
    assert verify(shop.store) == []
