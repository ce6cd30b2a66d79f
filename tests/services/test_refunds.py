"""Refunds: amounts and share reversals in steps, limits, stock, and refunds after a payout."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.domain.pricing import Discount, DiscountKind
from mamakilla_pos.services import history, locations, payouts, shares, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import NotFound, UserError
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify

D = Decimal
DAY = datetime(2024, 3, 10, 10, 0)


def sell_three_bags(store) -> tuple[str, list]:
    """3 bags with S/ 0.02 off the line, and a purse; paid by card.

    Bag line: 3 × 45.00 − 0.02 = 134.98; share 134.98 × .45 = 60.741 → 60.74;
    split 2 : 1 = 4049.33 / 2024.67 céntimos → floors 4049 + 2024, the céntimo
    left goes to the larger remainder (Ana): Rosa 40.49, Ana 20.25.
    """
    result = record_sale(
        store,
        SaleRequest(
            (LineRequest("BAG001", 3, Discount(DiscountKind.AMOUNT, D("0.02"))), LineRequest("PUR001")),
            (Tender("card", D("157.53")),),
            created_at=DAY,
            user_id=SYSTEM_ID,
        ),
    )
    return result.number, list(history.get_sale(store, result.number).lines)


def refund_lines(store, number: str) -> list[tuple[int, int, Decimal, Decimal]]:
    """``(original position, quantity, net, share)`` of every refund line of sale ``number``."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT o.position, r.quantity, r.net_cents, r.share_cents FROM sale_lines r"
                " JOIN sale_lines o ON o.id = r.refund_of_line_id JOIN sales s ON s.id = o.sale_id"
                " JOIN sales rs ON rs.id = r.sale_id WHERE s.number = :n ORDER BY rs.seq, r.position"
            ),
            {"n": number},
        ).all()
    return [(p, q, D(n) / 100, D(s) / 100) for p, q, n, s in rows]


# Each step: units returned now, the amount returned, and the shares reversed (Rosa, Ana).
# 1 of 3: round(134.98 / 3 = 44.9933) = 44.99; Rosa round(40.49 / 3 = 13.4967) = 13.50; Ana 20.25 / 3 = 6.75.
# 2 of 3 from the start: round(89.9867) = 89.99; Rosa round(26.9933) = 26.99; Ana 13.50.
# The last step takes the exact remainder.
STEP_PLANS = {
    "1 then 2": [(1, "44.99", "13.50", "6.75"), (2, "89.99", "26.99", "13.50")],
    "2 then 1": [(2, "89.99", "26.99", "13.50"), (1, "44.99", "13.50", "6.75")],
    "1, 1, 1": [(1, "44.99", "13.50", "6.75"), (1, "45.00", "13.49", "6.75"), (1, "44.99", "13.50", "6.75")],
    "all 3": [(3, "134.98", "40.49", "20.25")],
}


@pytest.mark.parametrize("plan", list(STEP_PLANS))
def test_refund_in_steps_returns_exactly_the_line_net(shop, probe, plan):
    store = shop.store
    number, lines = sell_three_bags(store)
    bag = lines[0]
    assert (bag.net, bag.share) == (D("134.98"), D("60.74"))
    assert probe.line_share_totals(number) == {
        (1, "Rosa Quispe"): D("40.49"),
        (1, "Ana Huamán"): D("20.25"),
        (2, "Rosa Quispe"): D("10.15"),
    }

    returned_total = D("0")
    for step, (units, amount, rosa, ana) in enumerate(STEP_PLANS[plan], start=1):
        result = refund(store, RefundRequest(number, (RefundLine(bag.id, units),), method="card", user_id=SYSTEM_ID))
        assert result.kind == "refund"
        assert result.number == f"B001-{step + 1:06d}"  # refunds share the till's series
        assert (result.total, result.amount_due, result.rounding) == (D(amount), D(amount), D("0.00"))
        assert probe.shares_of_sale(result.number) == [
            ("Ana Huamán", 1, -D(ana), "reversal", False),
            ("Rosa Quispe", 1, -D(rosa), "reversal", False),
        ]
        returned_total += result.total
        assert probe.level("BAG001") == 10 - 3 + sum(u for u, *_ in STEP_PLANS[plan][:step])

    assert returned_total == D("134.98")
    refunded = refund_lines(store, number)
    assert sum(net for _, _, net, _ in refunded) == D("134.98")
    assert sum(q for _, q, _, _ in refunded) == 3
    assert sum(share for _, _, _, share in refunded) == D("60.74")
    # the bag line's shares cancel out per maker; the purse line is untouched
    assert probe.line_share_totals(number) == {
        (1, "Rosa Quispe"): D("0.00"),
        (1, "Ana Huamán"): D("0.00"),
        (2, "Rosa Quispe"): D("10.15"),
    }
    assert probe.level("BAG001") == 10
    assert probe.level("PUR001") == 9
    view = history.get_sale(store, number)
    assert [ln.returned for ln in view.lines] == [3, 0]
    assert verify(store) == []


def test_refund_of_several_lines_at_once(shop, probe):
    number, lines = sell_three_bags(shop.store)
    result = refund(
        shop.store,
        RefundRequest(
            number,
            (RefundLine(lines[0].id, 1), RefundLine(lines[1].id, 1)),
            method="yape",
            reference="7",
            user_id=SYSTEM_ID,
        ),
    )
    # 44.99 for one bag + 22.55 for the purse
    assert result.total == D("67.54")
    view = history.get_sale(shop.store, result.number)
    assert view.refund_of == number
    assert [(ln.item_code, ln.quantity, ln.net) for ln in view.lines] == [
        ("BAG001", 1, D("44.99")),
        ("PUR001", 1, D("22.55")),
    ]
    assert [(p.method, p.applied_pen, p.reference) for p in view.payments] == [("yape", D("67.54"), "7")]
    assert probe.maker_totals() == {"Rosa Quispe": D("40.49") - D("13.50"), "Ana Huamán": D("20.25") - D("6.75")}
    assert verify(shop.store) == []


def test_the_same_line_twice_in_one_request_adds_up(shop):
    number, lines = sell_three_bags(shop.store)
    result = refund(
        shop.store,
        RefundRequest(
            number, (RefundLine(lines[0].id, 1), RefundLine(lines[0].id, 1)), method="card", user_id=SYSTEM_ID
        ),
    )
    assert result.total == D("89.99")  # two of three units, as one step
    assert verify(shop.store) == []


def test_cash_refund_of_a_card_sale_is_rounded_up_for_the_customer(shop):
    number, lines = sell_three_bags(shop.store)  # paid by card: the customer paid the exact amount
    result = refund(shop.store, RefundRequest(number, (RefundLine(lines[1].id, 1),), method="cash", user_id=SYSTEM_ID))
    assert (result.total, result.amount_due, result.rounding) == (D("22.55"), D("22.60"), D("-0.05"))
    view = history.get_sale(shop.store, result.number)
    assert [(p.method, p.amount, p.applied_pen) for p in view.payments] == [("cash", D("22.60"), D("22.60"))]
    assert verify(shop.store) == []


def test_cash_refund_of_a_cash_sale_gives_back_what_was_paid(shop):
    sale = record_sale(
        shop.store,
        SaleRequest((LineRequest("BAG001"), LineRequest("PUR001")), (Tender("cash", D("100.00")),), user_id=SYSTEM_ID),
    )
    assert sale.amount_due == D("67.50")
    lines = history.get_sale(shop.store, sale.number).lines
    result = refund(
        shop.store,
        RefundRequest(
            sale.number, (RefundLine(lines[0].id, 1), RefundLine(lines[1].id, 1)), method="cash", user_id=SYSTEM_ID
        ),
    )
    assert (result.total, result.amount_due, result.rounding) == (D("67.55"), D("67.50"), D("0.05"))
    assert verify(shop.store) == []


# -- refusals write nothing --------------------------------------------------------------------------


def test_refunding_more_than_remains_is_refused_and_writes_nothing(shop, probe):
    store = shop.store
    number, lines = sell_three_bags(store)
    refund(store, RefundRequest(number, (RefundLine(lines[0].id, 1),), method="card", user_id=SYSTEM_ID))
    before = probe.counts()
    levels = probe.movement_sums()

    with pytest.raises(UserError, match="quedan 2"):
        refund(store, RefundRequest(number, (RefundLine(lines[0].id, 3),), method="card", user_id=SYSTEM_ID))
    # two requests for the same line that together exceed what remains
    with pytest.raises(UserError):
        refund(
            store,
            RefundRequest(
                number, (RefundLine(lines[0].id, 2), RefundLine(lines[0].id, 1)), method="card", user_id=SYSTEM_ID
            ),
        )
    # a valid line next to an invalid one: nothing of either is written
    with pytest.raises(UserError):
        refund(
            store,
            RefundRequest(
                number, (RefundLine(lines[1].id, 1), RefundLine(lines[0].id, 3)), method="card", user_id=SYSTEM_ID
            ),
        )

    assert probe.counts() == before
    assert probe.movement_sums() == levels
    again = refund(store, RefundRequest(number, (RefundLine(lines[0].id, 2),), method="card", user_id=SYSTEM_ID))
    assert again.number == "B001-000003"  # no number lost to the refusals
    assert again.total == D("89.99")
    assert verify(store) == []


def test_other_bad_refunds_are_refused_and_write_nothing(shop, probe):
    store = shop.store
    number, lines = sell_three_bags(store)
    other = record_sale(store, SaleRequest((LineRequest("KEY001"),), (Tender("cash", D("5")),), user_id=SYSTEM_ID))
    other_line = history.get_sale(store, other.number).lines[0]
    first_refund = refund(
        store, RefundRequest(other.number, (RefundLine(other_line.id, 1),), method="card", user_id=SYSTEM_ID)
    )
    before = probe.counts()

    bad = [
        RefundRequest(number, (RefundLine(other_line.id, 1),), user_id=SYSTEM_ID),  # a line of another sale
        RefundRequest(number, (RefundLine(lines[0].id, 0),), user_id=SYSTEM_ID),  # nothing
        RefundRequest(number, (RefundLine(lines[0].id, -1),), user_id=SYSTEM_ID),  # negative
        RefundRequest(number, (), user_id=SYSTEM_ID),  # no lines
        RefundRequest(
            number, (RefundLine(lines[0].id, 1),), method="usd", user_id=SYSTEM_ID
        ),  # refunds are paid in soles
        RefundRequest(number, (RefundLine(lines[0].id, 1),), method="cheque", user_id=SYSTEM_ID),
        RefundRequest(
            first_refund.number, (RefundLine(other_line.id, 1),), user_id=SYSTEM_ID
        ),  # a refund is not a sale
        RefundRequest("B001-999999", (RefundLine(lines[0].id, 1),), user_id=SYSTEM_ID),
    ]
    for request in bad:
        with pytest.raises(UserError):
            refund(store, request)
    with pytest.raises(NotFound):
        refund(store, bad[-1])
    assert probe.counts() == before
    assert verify(store) == []


# -- stock goes back where it was sold ---------------------------------------------------------------


def test_stock_returns_to_the_location_of_the_sale(shop, probe):
    store = shop.store
    locations.add_location(store, "feria", "Feria de San Blas", "fair", user_id=SYSTEM_ID)
    stock.transfer(store, "BAG001", 5, "taller", "feria", user_id=SYSTEM_ID)
    sale = record_sale(
        store,
        SaleRequest((LineRequest("BAG001", 2),), (Tender("card", D("90")),), location_code="feria", user_id=SYSTEM_ID),
    )
    assert (probe.level("BAG001", "taller"), probe.level("BAG001", "feria")) == (5, 3)
    line = history.get_sale(store, sale.number).lines[0]

    refund(store, RefundRequest(sale.number, (RefundLine(line.id, 1),), method="card", user_id=SYSTEM_ID))

    assert (probe.level("BAG001", "taller"), probe.level("BAG001", "feria")) == (5, 4)
    with store.engine.connect() as conn:
        moves = conn.execute(
            text(
                "SELECT m.kind, l.code, m.quantity FROM stock_movements m JOIN locations l ON l.id = m.location_id"
                " WHERE m.sale_id IS NOT NULL ORDER BY m.kind"
            )
        ).all()
    assert [tuple(m) for m in moves] == [("refund", "feria", 1), ("sale", "feria", -2)]
    assert verify(store) == []


# -- refund after a payout -----------------------------------------------------------------------------


def test_refund_after_payout_keeps_paid_shares_and_reduces_the_next_payout(shop, probe):
    store = shop.store
    makers = probe.makers()
    rosa, ana = makers["Rosa Quispe"], makers["Ana Huamán"]
    # bag 45.00 → share 20.25: Rosa 13.50, Ana 6.75; purse 22.55 → 10.15 to Rosa. Rosa is owed 23.65.
    sale = record_sale(
        store,
        SaleRequest(
            (LineRequest("BAG001"), LineRequest("PUR001")),
            (Tender("card", D("67.55")),),
            created_at=DAY,
            user_id=SYSTEM_ID,
        ),
    )
    paid = payouts.pay_maker(store, rosa, DAY.date(), "yape", reference="op-77", user_id=SYSTEM_ID)
    assert paid is not None
    assert (paid.amount, paid.entries) == (D("23.65"), 2)

    bag_line = history.get_sale(store, sale.number).lines[0]
    later = datetime(2024, 3, 12, 16, 30)
    ret = refund(
        store,
        RefundRequest(sale.number, (RefundLine(bag_line.id, 1),), method="card", created_at=later, user_id=SYSTEM_ID),
    )

    # the paid accruals stay paid; the reversals are new, unsettled entries dated at the refund
    assert probe.shares_of_sale(sale.number) == [
        ("Ana Huamán", 1, D("6.75"), "accrual", False),
        ("Rosa Quispe", 1, D("13.50"), "accrual", True),
        ("Rosa Quispe", 2, D("10.15"), "accrual", True),
    ]
    assert probe.shares_of_sale(ret.number) == [
        ("Ana Huamán", 1, D("-6.75"), "reversal", False),
        ("Rosa Quispe", 1, D("-13.50"), "reversal", False),
    ]
    month = {b.maker: b for b in shares.share_balances(store, date(2024, 3, 1), date(2024, 3, 31))}
    r = month["Rosa Quispe"]
    assert (r.accrued, r.reversed, r.paid, r.balance) == (D("23.65"), D("13.50"), D("23.65"), D("-13.50"))
    a = month["Ana Huamán"]
    assert (a.accrued, a.reversed, a.paid, a.balance) == (D("6.75"), D("6.75"), D("0.00"), D("0.00"))

    # Rosa owes 13.50 back: nothing to pay, and the balance carries over
    payouts_before = probe.counts()["payouts"]
    assert payouts.pay_maker(store, rosa, date(2024, 3, 31), "yape", reference="op-78", user_id=SYSTEM_ID) is None
    assert payouts.pay_maker(store, ana, date(2024, 3, 31), "yape", reference="op-79", user_id=SYSTEM_ID) is None
    assert probe.counts()["payouts"] == payouts_before

    # two purses later: 45.10 × .45 = 20.295 → 20.30; the next payout is 20.30 − 13.50 = 6.80
    record_sale(
        store,
        SaleRequest(
            (LineRequest("PUR001", 2),),
            (Tender("card", D("45.10")),),
            created_at=datetime(2024, 3, 20, 9),
            user_id=SYSTEM_ID,
        ),
    )
    second = payouts.pay_maker(store, rosa, date(2024, 3, 31), "plin", reference="op-80", user_id=SYSTEM_ID)
    assert second is not None
    assert (second.amount, second.entries) == (D("6.80"), 2)
    month = {b.maker: b for b in shares.share_balances(store, date(2024, 3, 1), date(2024, 3, 31))}
    r = month["Rosa Quispe"]
    assert (r.accrued, r.reversed, r.paid, r.balance) == (D("43.95"), D("13.50"), D("30.45"), D("0.00"))
    assert verify(store) == []


# -- known problems (see the report to the lead) -----------------------------------------------------


def test_a_gift_line_can_be_returned(shop, probe):
    sale = record_sale(
        shop.store,
        SaleRequest(
            (LineRequest("BAG001", 1, Discount(DiscountKind.PERCENT, D("100"))), LineRequest("PUR001")),
            (Tender("card", D("22.55")),),
            user_id=SYSTEM_ID,
        ),
    )
    gift = history.get_sale(shop.store, sale.number).lines[0]
    assert gift.net == D("0.00")
    result = refund(shop.store, RefundRequest(sale.number, (RefundLine(gift.id, 1),), method="cash", user_id=SYSTEM_ID))
    assert result.total == D("0.00")
    assert probe.level("BAG001") == 10
    assert verify(shop.store) == []


def test_a_refund_step_worth_nothing_can_be_recorded(shop, probe):
    # 3 purses at 0.01 less 0.01 → net 0.02. Returning 1: round(0.02 × 1/3) = 0.01. Returning 1 more:
    # round(0.02 × 2/3 = 0.0133) − 0.01 = 0.00. The last unit then takes the remaining 0.01.
    sale = record_sale(
        shop.store,
        SaleRequest(
            (LineRequest("PUR001", 3, Discount(DiscountKind.AMOUNT, D("0.01")), unit_price=D("0.01")),),
            (Tender("card", D("0.02")),),
            user_id=SYSTEM_ID,
        ),
    )
    line = history.get_sale(shop.store, sale.number).lines[0]
    first = refund(shop.store, RefundRequest(sale.number, (RefundLine(line.id, 1),), method="card", user_id=SYSTEM_ID))
    assert first.total == D("0.01")
    second = refund(shop.store, RefundRequest(sale.number, (RefundLine(line.id, 1),), method="card", user_id=SYSTEM_ID))
    assert second.total == D("0.00")
    third = refund(shop.store, RefundRequest(sale.number, (RefundLine(line.id, 1),), method="card", user_id=SYSTEM_ID))
    assert third.total == D("0.01")
    assert probe.level("PUR001") == 10
    assert verify(shop.store) == []


def _sell_a_purse_for_five_centimos(store) -> tuple[str, object]:
    # 22.55 less S/ 22.50 → net 0.05 (share 0.02); paid in soles cash (5.05 → 5.00 due)
    sale = record_sale(
        store,
        SaleRequest(
            (LineRequest("PUR001", 1, Discount(DiscountKind.AMOUNT, D("22.50"))), LineRequest("KEY001")),
            (Tender("cash", D("10.00")),),
            user_id=SYSTEM_ID,
        ),
    )
    return sale.number, history.get_sale(store, sale.number).lines[0]


def test_a_cash_refund_rounding_to_zero_is_recorded(shop, probe):
    number, line = _sell_a_purse_for_five_centimos(shop.store)
    result = refund(shop.store, RefundRequest(number, (RefundLine(line.id, 1),), method="cash", user_id=SYSTEM_ID))
    assert (result.total, result.amount_due, result.rounding) == (D("0.05"), D("0.00"), D("0.05"))
    assert probe.level("PUR001") == 10
    assert verify(shop.store) == []


@pytest.mark.parametrize("method", ["cash", "yape"])
def test_the_quote_of_a_refund_is_what_the_refund_records(shop, method):
    """Step by step, the amount shown before recording is the amount recorded and handed back."""
    from mamakilla_pos.services.refund_quote import quote_refund

    number, lines = sell_three_bags(shop.store)  # paid by card: cash back is rounded up
    for units in ((1, 0), (1, 1), (1, 0)):
        chosen = tuple(RefundLine(line.id, q) for line, q in zip(lines, units, strict=True) if q)
        quote = quote_refund(shop.store, number, chosen, method)
        result = refund(shop.store, RefundRequest(number, chosen, method, reason="prueba", user_id=SYSTEM_ID))
        assert (quote.total, quote.due, quote.rounding) == (result.total, result.amount_due, result.rounding)
    with pytest.raises(UserError, match="por devolver"):
        quote_refund(shop.store, number, (RefundLine(lines[0].id, 1),), method)
