"""The partner price: the price less the partner's commission, to the céntimo, half up."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.domain.consignment import CommissionError, commission_percent, partner_price
from mamakilla_pos.domain.money import CENT

D = Decimal

PRICES = st.integers(min_value=0, max_value=99_999_999).map(lambda c: D(c) * CENT)
COMMISSIONS = st.integers(min_value=0, max_value=9_999).map(lambda c: D(c) * CENT)


@pytest.mark.parametrize(
    ("price", "commission", "ours"),
    [
        ("45.00", "30", "31.50"),
        ("22.55", "30", "15.79"),  # 15.785 rounds half up
        ("85.00", "0", "85.00"),
        ("16.50", "27.5", "11.96"),  # 11.9625
        ("0.01", "50", "0.01"),  # 0.005 rounds half up
        ("0.00", "30", "0.00"),
    ],
)
def test_examples(price, commission, ours):
    assert partner_price(D(price), commission_percent(commission)) == D(ours)


@given(PRICES, COMMISSIONS)
def test_ours_is_the_price_less_the_commission_rounded_half_up(price, commission):
    ours = partner_price(price, commission)
    exact = price * (100 - commission) / 100
    assert ours == ours.quantize(CENT)
    assert abs(ours - exact) <= D("0.005")
    assert D(0) <= ours <= price
    assert (price - ours) + ours == price  # the partner's part is the rest, to the céntimo


@given(PRICES, COMMISSIONS, COMMISSIONS)
def test_a_larger_commission_never_leaves_us_more(price, a, b):
    low, high = sorted((a, b))
    assert partner_price(price, high) <= partner_price(price, low)


@pytest.mark.parametrize("text", ["", "treinta", "100", "-1", "150", "NaN", "inf", "30.125", "1e999"])
def test_bad_commissions_are_refused_in_spanish(text):
    with pytest.raises(CommissionError, match="comisión"):
        commission_percent(text)


def test_commission_forms():
    assert commission_percent("30 %") == D(30)
    assert commission_percent("27,5") == D("27.5")
    assert commission_percent(D("0")) == 0


@given(st.lists(st.integers(min_value=1, max_value=50), max_size=8), st.integers(min_value=0, max_value=400))
def test_what_is_still_out_is_the_newest_units_and_all_that_did_not_leave(lots, gone):
    from mamakilla_pos.domain.consignment import still_out

    received = list(enumerate(lots))
    left = still_out(received, gone)
    assert sum(units for _, units in left) == max(sum(lots) - gone, 0)
    keys = [key for key, _ in left]
    assert keys == list(range(len(lots) - len(keys), len(lots)))  # the newest lots, in order
    assert all(units == lots[key] for key, units in left[1:])  # only the oldest one left may be cut
