"""Payment progress: what is due, paid and left while a payment is being taken."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.domain.payments import PaymentError, Tender, progress, settle

RATE = Decimal("3.70")


def cents(low: int, high: int):
    return st.integers(low, high).map(lambda c: Decimal(c).scaleb(-2))


def test_short_cash_payment_shows_what_is_left_after_rounding():
    p = progress(Decimal("67.55"), [Tender("cash", Decimal("50.00"))], RATE)
    assert (p.amount_due, p.rounding, p.paid, p.left, p.change) == (
        Decimal("67.50"),
        Decimal("0.05"),
        Decimal("50.00"),
        Decimal("17.50"),
        Decimal("0.00"),
    )


def test_pending_yape_cancels_the_cash_rounding():
    p = progress(Decimal("67.55"), [Tender("cash", Decimal("20.00"))], RATE, pending_method="yape")
    assert p.amount_due == Decimal("67.55")
    assert p.left == Decimal("47.55")
    assert p.left_after(0) == Decimal("67.55")


def test_dollars_count_at_the_rate():
    p = progress(Decimal("40.00"), [Tender("usd", Decimal("10.00"))], RATE)
    assert p.values_pen == (Decimal("37.00"),)
    assert p.left == Decimal("3.00")


def test_bad_tenders_are_refused():
    with pytest.raises(PaymentError):
        progress(Decimal("10.00"), [Tender("usd", Decimal("5.00"))], None)
    with pytest.raises(PaymentError):
        progress(Decimal("10.00"), [Tender("bitcoin", Decimal("5.00"))], RATE)


@given(total=cents(1, 100_000), cash=cents(1, 100_000), yape=cents(0, 50_000))
def test_progress_agrees_with_settle_once_covered(total, cash, yape):
    tenders = [Tender("cash", cash)] + ([Tender("yape", yape)] if yape else [])
    p = progress(total, tenders, RATE)
    assert p.paid == sum(p.values_pen)
    assert p.left == max(p.amount_due - p.paid, 0)
    assert p.change == max(p.paid - p.amount_due, 0)
    if p.left == 0 and yape <= total:  # a Yape payment may not exceed the total (no change from it)
        s = settle(total, tenders, RATE)
        assert (s.amount_due, s.change, s.rounding) == (p.amount_due, p.change, p.rounding)
