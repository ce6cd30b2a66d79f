"""Settling a sale's payments: rounding, dollars, split tender and change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import cents_to_money
from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.domain.cash import cash_round_down, cash_round_up, usd_to_pen
from mamakilla_pos.domain.money import quantize
from mamakilla_pos.domain.payments import (
    CASH_METHODS,
    METHODS,
    REFERENCE_METHODS,
    PaymentError,
    Tender,
    amount_due,
    settle,
)

D = Decimal
RATE = D("3.70")


# --- hand-worked examples -------------------------------------------------------


def test_all_cash_is_rounded_down_and_change_given():
    s = settle(D("67.55"), [Tender("cash", D("100"))])
    assert s.total == D("67.55")
    assert s.amount_due == D("67.50")
    assert s.rounding == D("0.05")
    assert s.tendered_pen == D("100.00")
    assert s.change == D("32.50")
    (payment,) = s.payments
    assert payment.method == "cash"
    assert payment.currency == "PEN"
    assert payment.amount == D("100.00")
    assert payment.rate is None
    assert payment.amount_pen == D("100.00")
    assert payment.applied_pen == D("67.50")


def test_exact_cash_after_rounding():
    s = settle(D("67.55"), [Tender("cash", D("67.50"))])
    assert (s.amount_due, s.rounding, s.change) == (D("67.50"), D("0.05"), D("0.00"))
    assert s.payments[0].applied_pen == D("67.50")


def test_cash_already_on_ten_centimos_is_not_rounded():
    s = settle(D("67.50"), [Tender("cash", D("70"))])
    assert (s.amount_due, s.rounding, s.change) == (D("67.50"), D("0.00"), D("2.50"))


def test_two_cash_tenders_are_still_all_cash():
    s = settle(D("67.59"), [Tender("cash", D("50")), Tender("cash", D("20"))])
    assert (s.amount_due, s.rounding, s.change) == (D("67.50"), D("0.09"), D("2.50"))
    # Change comes out of the first cash tender first.
    assert [p.applied_pen for p in s.payments] == [D("47.50"), D("20.00")]


def test_cash_rounding_can_be_switched_off():
    s = settle(D("67.55"), [Tender("cash", D("100"))], rounding_step=None)
    assert (s.amount_due, s.rounding, s.change) == (D("67.55"), D("0.00"), D("32.45"))


def test_card_pays_the_exact_total():
    s = settle(D("67.55"), [Tender("card", D("67.55"))])
    assert (s.amount_due, s.rounding, s.change) == (D("67.55"), D("0.00"), D("0.00"))
    assert s.payments[0].applied_pen == D("67.55")


def test_mixed_card_and_cash_rounds_the_change_up():
    # Not all PEN cash: the total is not rounded down, but the change handed over in soles
    # is rounded up to the 0.10 (2.45 → 2.50), and the 0.05 recorded as rounding.
    s = settle(D("67.55"), [Tender("card", D("50")), Tender("cash", D("20"))])
    assert (s.amount_due, s.rounding, s.tendered_pen, s.change) == (
        D("67.50"),
        D("0.05"),
        D("70.00"),
        D("2.50"),
    )
    assert [p.applied_pen for p in s.payments] == [D("50.00"), D("17.50")]


def test_yape_and_dollars_give_change_in_whole_ten_centimos():
    # Yape 50.00 + US$ 14 at 3.70 (51.80) on 99.85: 1.95 to give back, rounded up to 2.00.
    s = settle(D("99.85"), [Tender("yape", D("50.00"), "778899"), Tender("usd", D("14"))], usd_rate=RATE)
    assert (s.tendered_pen, s.change, s.amount_due, s.rounding) == (D("101.80"), D("2.00"), D("99.80"), D("0.05"))
    yape, usd, change = s.payments
    assert (yape.method, yape.applied_pen) == ("yape", D("50.00"))
    # The dollars stay whole in the dollar drawer; the change leaves the soles drawer.
    assert (usd.method, usd.amount, usd.amount_pen, usd.applied_pen) == ("usd", D("14.00"), D("51.80"), D("51.80"))
    assert (change.method, change.currency, change.amount, change.applied_pen) == ("cash", "PEN", D("0.00"), D("-2.00"))
    assert change.is_change and not usd.is_change
    assert sum(p.applied_pen for p in s.payments) == s.amount_due


def test_yape_with_reference():
    s = settle(D("30.00"), [Tender("yape", D("30.00"), reference="  123456  ")])
    assert s.payments[0].reference == "123456"
    assert s.payments[0].currency == "PEN"


def test_dollars_at_the_days_rate():
    s = settle(D("67.55"), [Tender("usd", D("20"))], usd_rate=RATE)
    # Dollars are not PEN cash: the total is not rounded down; the change in soles is rounded up.
    assert (s.amount_due, s.rounding, s.tendered_pen, s.change) == (
        D("67.50"),
        D("0.05"),
        D("74.00"),
        D("6.50"),
    )
    payment, change = s.payments
    assert payment.currency == "USD"
    assert payment.amount == D("20.00")
    assert payment.rate == D("3.70")
    assert payment.amount_pen == D("74.00")
    assert payment.applied_pen == D("74.00")
    assert (change.method, change.amount, change.applied_pen) == ("cash", D("0.00"), D("-6.50"))


def test_change_is_booked_against_the_soles_handed_over():
    s = settle(D("50.00"), [Tender("usd", D("20")), Tender("cash", D("10"))], usd_rate=RATE)
    assert s.tendered_pen == D("84.00")
    assert s.change == D("34.00")
    usd, cash = s.payments
    # The soles drawer took S/ 10 and gave S/ 34: −24 for soles, the dollars whole.
    assert cash.applied_pen == D("-24.00")
    assert usd.applied_pen == D("74.00")


def test_dollar_rate_with_three_decimals_is_recorded_as_used():
    s = settle(D("40.00"), [Tender("usd", D("12.34"))], usd_rate=D("3.725"))
    assert (s.change, s.amount_due, s.rounding) == (D("6.00"), D("39.97"), D("0.03"))
    payment, _change = s.payments
    assert payment.amount_pen == D("45.97")  # 12.34 × 3.725 = 45.9665
    assert payment.rate == D("3.725")
    assert usd_to_pen(payment.amount, payment.rate) == payment.amount_pen


def test_card_and_cash_where_cash_is_all_change():
    s = settle(D("10.00"), [Tender("card", D("10.00")), Tender("cash", D("5"))])
    assert s.change == D("5.00")
    assert [p.applied_pen for p in s.payments] == [D("10.00"), D("0.00")]


def test_amount_due():
    assert amount_due(D("67.55"), ["cash"], D("0.10")) == D("67.50")
    assert amount_due(D("67.55"), ["cash", "cash"], D("0.10")) == D("67.50")
    assert amount_due(D("67.55"), ["cash", "card"], D("0.10")) == D("67.55")
    assert amount_due(D("67.55"), ["usd"], D("0.10")) == D("67.55")
    assert amount_due(D("67.55"), ["cash"], None) == D("67.55")
    assert amount_due(D("67.55"), [], D("0.10")) == D("67.55")


def test_method_sets():
    assert set(METHODS) == {"cash", "usd", "yape", "plin", "card", "transfer"}
    assert {"cash", "usd"} == CASH_METHODS
    assert set(METHODS) >= REFERENCE_METHODS
    assert not REFERENCE_METHODS & CASH_METHODS


@pytest.mark.parametrize(
    ("total", "tenders", "rate", "message"),
    [
        ("10.00", [], None, "falta el pago"),
        ("10.00", [Tender("cheque", D("10"))], None, "desconocido"),
        ("10.00", [Tender("cash", D("0"))], None, "mayor que cero"),
        ("10.00", [Tender("card", D("-10"))], None, "mayor que cero"),
        ("10.00", [Tender("cash", D("10.001"))], None, "dos decimales"),
        ("10.00", [Tender("usd", D("5"))], None, "tipo de cambio"),
        ("10.00", [Tender("usd", D("5"))], D("0"), "tipo de cambio"),
        ("67.55", [Tender("cash", D("67.49"))], None, "faltan S/ 0.01"),
        ("67.55", [Tender("card", D("67.50"))], None, "faltan S/ 0.05"),
        ("67.55", [Tender("card", D("70"))], None, "vuelto"),
        ("67.55", [Tender("yape", D("40")), Tender("plin", D("40"))], None, "vuelto"),
        # With cash in the mix there is no rounding, so a card for 67.55 plus cash is fine,
        # but a card for more than the total is not.
        ("67.55", [Tender("transfer", D("67.56")), Tender("cash", D("1"))], None, "vuelto"),
    ],
)
def test_bad_payments_are_refused(total, tenders, rate, message):
    with pytest.raises(PaymentError, match=message):
        settle(D(total), tenders, usd_rate=rate)


def test_payment_error_is_a_value_error():
    assert issubclass(PaymentError, ValueError)


def test_tender_currency():
    assert Tender("usd", D("1")).currency == "USD"
    for method in ("cash", "yape", "plin", "card", "transfer"):
        assert Tender(method, D("1")).currency == "PEN"


# --- properties -------------------------------------------------------------------

totals = st.integers(min_value=0, max_value=10**7).map(cents_to_money)
rates = st.integers(min_value=2_500, max_value=4_500).map(lambda n: Decimal(n).scaleb(-3))
tenders = st.lists(
    st.builds(
        Tender,
        method=st.sampled_from(METHODS),
        amount=st.integers(min_value=1, max_value=10**7).map(cents_to_money),
    ),
    min_size=1,
    max_size=5,
)


@given(totals, tenders, rates, st.sampled_from([D("0.10"), None]))
def test_settle_applies_exactly_the_amount_due_or_says_why_not(total, tender_list, rate, step):
    methods = [t.method for t in tender_list]
    values = [usd_to_pen(t.amount, rate) if t.method == "usd" else t.amount for t in tender_list]
    all_cash = all(m == "cash" for m in methods)
    first_due = cash_round_down(total, step) if all_cash else total
    tendered = sum(values, D(0))
    non_cash = sum((v for t, v in zip(tender_list, values, strict=True) if t.method not in CASH_METHODS), D(0))

    if tendered < first_due:
        with pytest.raises(PaymentError, match="faltan"):
            settle(total, tender_list, usd_rate=rate, rounding_step=step)
        return
    if non_cash > first_due:
        with pytest.raises(PaymentError, match="vuelto"):
            settle(total, tender_list, usd_rate=rate, rounding_step=step)
        return
    # Change in soles is rounded up to the step, but never more than the cash handed over (rounded down).
    change = min(cash_round_up(tendered - first_due, step), cash_round_down(tendered - non_cash, step))
    due = tendered - change

    s = settle(total, tender_list, usd_rate=rate, rounding_step=step)
    assert s.total == total
    assert (s.amount_due, s.change) == (due, change)
    assert s.rounding == total - due
    if first_due - non_cash >= D("0.10"):  # cash covers at least a coin of the amount due
        assert 0 <= s.rounding - (total - first_due) <= D("0.09")  # the change's rounding: the customer's
    assert non_cash <= s.amount_due
    if step is None:
        assert s.rounding == 0
    assert s.tendered_pen == tendered
    assert s.change == s.tendered_pen - s.amount_due
    assert s.change >= 0
    assert sum((p.applied_pen for p in s.payments), D(0)) == s.amount_due
    has_cash = "cash" in methods
    assert len(s.payments) == len(tender_list) + (1 if s.change and not has_cash else 0)
    for tender, payment in zip(tender_list, s.payments, strict=False):
        assert payment.method == tender.method
        assert payment.amount == tender.amount
        assert payment.applied_pen == quantize(payment.applied_pen)
        if tender.method == "usd":
            assert payment.currency == "USD"
            assert payment.rate is not None
            assert payment.amount_pen == usd_to_pen(payment.amount, payment.rate)
        else:
            assert payment.currency == "PEN"
            assert payment.rate is None
            assert payment.amount_pen == tender.amount
        if tender.method != "cash":
            # Change leaves the soles drawer only: dollars, card, Yape, Plin, transfer keep their whole value.
            assert payment.applied_pen == payment.amount_pen
    # The whole change is booked on one PEN cash payment (the first, or a payment of amount 0).
    booked = [p for p in s.payments if p.method == "cash" and p.applied_pen != p.amount_pen]
    assert sum((p.amount_pen - p.applied_pen for p in booked), D(0)) == s.change
    assert len(booked) <= 1


@given(totals, st.integers(min_value=0, max_value=10**6).map(lambda n: n * 10))
def test_all_cash_sale_with_change(total, extra_cents):
    due = cash_round_down(total)
    paid = due + cents_to_money(extra_cents)
    if paid <= 0:
        return
    s = settle(total, [Tender("cash", paid)])
    assert s.amount_due == due
    assert s.change == cents_to_money(extra_cents)
    assert s.change % D("0.10") == 0
    assert s.rounding == total - due
    assert s.payments[0].applied_pen == due


# Coins and notes: soles are handed over in multiples of 0.10 (there are no smaller coins in use).
cash_tenders = st.lists(
    st.one_of(
        st.builds(Tender, method=st.just("cash"), amount=st.integers(1, 10**6).map(lambda n: cents_to_money(n * 10))),
        st.builds(Tender, method=st.just("usd"), amount=st.integers(1, 10**4).map(Decimal)),
        st.builds(
            Tender,
            method=st.sampled_from(["yape", "plin", "card", "transfer"]),
            amount=st.integers(1, 10**6).map(cents_to_money),
        ),
    ),
    min_size=1,
    max_size=4,
)


@given(totals, cash_tenders, rates)
def test_change_handed_over_is_whole_ten_centimos_in_the_customers_favour(total, tender_list, rate):
    try:
        s = settle(total, tender_list, usd_rate=rate)
    except PaymentError:
        return
    # Rule 4: every amount handed back in PEN cash is a multiple of 0.10, and the rounding
    # (at most 0.09) is the customer's: she never pays more than the total, unless cash had less
    # than a coin left to pay and came in dollars at a rate of three decimals.
    assert s.change % D("0.10") == 0
    non_cash = sum((p.amount_pen for p in s.payments if p.method not in ("cash", "usd")), D(0))
    if s.total - non_cash >= D("0.10"):  # cash had at least a coin of the total to pay
        assert D("0.00") <= s.rounding <= D("0.09")
        assert s.tendered_pen - s.change <= s.total
