"""Cash: Peru rounding, US dollars and drawer denominations (DESIGN.md §4.4, §4.8)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from helpers import cents_to_money
from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.domain.cash import (
    PEN_COINS,
    PEN_DENOMINATIONS,
    PEN_NOTES,
    ROUNDING_STEP,
    USD_NOTES,
    cash_round_down,
    count_total,
    usd_to_pen,
)

D = Decimal


amounts = st.integers(min_value=0, max_value=10**10).map(cents_to_money)


# --- cash rounding ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("67.55", "67.50"),
        ("67.50", "67.50"),
        ("67.59", "67.50"),
        ("67.51", "67.50"),
        ("67.60", "67.60"),
        ("0.09", "0.00"),
        ("0.10", "0.10"),
        ("0.00", "0.00"),
        ("100", "100.00"),
        ("1234.99", "1234.90"),
    ],
)
def test_cash_round_down_to_ten_centimos(amount, expected):
    result = cash_round_down(D(amount))
    assert result == D(expected)
    assert result.as_tuple().exponent == -2


def test_rounding_step_is_ten_centimos():
    assert D("0.10") == ROUNDING_STEP


@pytest.mark.parametrize("step", [None, D("0"), D("0.00")])
def test_cash_rounding_off(step):
    assert cash_round_down(D("67.55"), step) == D("67.55")
    assert cash_round_down(D("67.5"), step) == D("67.50")


@pytest.mark.parametrize(
    ("amount", "step", "expected"),
    [
        ("67.55", "0.50", "67.50"),
        ("67.45", "0.50", "67.00"),
        ("67.55", "1", "67.00"),
        ("67.55", "0.05", "67.55"),
        ("67.57", "0.05", "67.55"),
    ],
)
def test_cash_round_down_to_other_steps(amount, step, expected):
    assert cash_round_down(D(amount), D(step)) == D(expected)


def test_negative_amounts_round_towards_zero_to_mirror_a_sale():
    assert cash_round_down(D("-67.55")) == D("-67.50")
    result = cash_round_down(D("-0.05"))
    assert result == D("0.00")
    assert str(result) == "0.00"


def test_cash_rounding_refuses_floats():
    with pytest.raises(TypeError):
        cash_round_down(67.55)


@given(amounts)
def test_cash_rounding_is_at_most_nine_centimos_in_the_customers_favour(amount):
    rounded = cash_round_down(amount)
    difference = amount - rounded
    assert D("0.00") <= difference <= D("0.09")
    assert rounded <= amount
    assert rounded >= 0


@given(amounts)
def test_cash_rounding_lands_on_a_multiple_of_the_step_and_is_idempotent(amount):
    rounded = cash_round_down(amount)
    assert rounded % ROUNDING_STEP == 0
    assert rounded.as_tuple().exponent == -2
    assert cash_round_down(rounded) == rounded
    # It is the largest multiple of 0.10 not above the amount.
    assert amount - rounded < ROUNDING_STEP


@given(amounts, st.sampled_from([D("0.10"), D("0.20"), D("0.50"), D("1"), D("0.05")]))
def test_cash_rounding_to_any_step_never_favours_the_shop(amount, step):
    rounded = cash_round_down(amount, step)
    assert 0 <= amount - rounded < step
    assert rounded % step == 0


@given(amounts)
def test_cash_rounding_off_keeps_the_amount(amount):
    assert cash_round_down(amount, None) == amount


# --- dollars ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("usd", "rate", "expected"),
    [
        ("20", "3.70", "74.00"),
        ("100", "3.70", "370.00"),
        ("12.34", "3.70", "45.66"),  # 45.658
        ("12.34", "3.725", "45.97"),  # 45.9665, half up
        ("0.01", "3.70", "0.04"),  # 0.037
        ("1", "3.705", "3.71"),  # 3.705, half up
    ],
)
def test_usd_to_pen(usd, rate, expected):
    result = usd_to_pen(D(usd), D(rate))
    assert result == D(expected)
    assert result.as_tuple().exponent == -2


@pytest.mark.parametrize("rate", ["0", "-3.70"])
def test_usd_to_pen_refuses_a_non_positive_rate(rate):
    with pytest.raises(ValueError, match="positive"):
        usd_to_pen(D("20"), D(rate))


@given(
    st.integers(min_value=0, max_value=10**7).map(cents_to_money),
    st.integers(min_value=1, max_value=10_000).map(lambda n: Decimal(n).scaleb(-3)),
)
def test_usd_to_pen_is_within_half_a_centimo(usd, rate):
    pen = usd_to_pen(usd, rate)
    assert abs(Fraction(pen) - Fraction(usd) * Fraction(rate)) <= Fraction(1, 200)
    assert pen.as_tuple().exponent == -2


# --- drawer counts --------------------------------------------------------------------


def test_count_total():
    counts = {D("0.10"): 3, D("0.50"): 1, D("100"): 2, D("20"): 0}
    assert count_total(counts) == D("200.80")


def test_count_total_of_every_pen_denomination():
    assert count_total(dict.fromkeys(PEN_DENOMINATIONS, 1)) == D("388.80")


def test_count_total_of_nothing_is_zero():
    total = count_total({})
    assert total == D("0.00")
    assert total.as_tuple().exponent == -2


def test_count_total_refuses_negative_pieces():
    with pytest.raises(ValueError, match="negative"):
        count_total({D("10"): -1})


def test_denominations():
    assert tuple(D(v) for v in ("0.10", "0.20", "0.50", "1", "2", "5")) == PEN_COINS
    assert tuple(D(v) for v in ("10", "20", "50", "100", "200")) == PEN_NOTES
    assert PEN_DENOMINATIONS == PEN_COINS + PEN_NOTES
    assert tuple(D(v) for v in ("1", "5", "10", "20", "50", "100")) == USD_NOTES
    for group in (PEN_COINS, PEN_NOTES, PEN_DENOMINATIONS, USD_NOTES):
        assert list(group) == sorted(set(group))
        assert all(isinstance(value, Decimal) for value in group)
    # The smallest coin in circulation is the cash rounding step.
    assert min(PEN_DENOMINATIONS) == ROUNDING_STEP


@given(st.dictionaries(st.sampled_from(PEN_DENOMINATIONS), st.integers(min_value=0, max_value=10_000)))
def test_count_total_matches_a_count_in_centimos(counts):
    cents = sum(int(denomination * 100) * pieces for denomination, pieces in counts.items())
    assert count_total(counts) == cents_to_money(cents)


def test_dollars_that_pay_an_amount_in_soles_cover_it():
    from mamakilla_pos.domain.cash import pen_to_usd

    assert pen_to_usd(Decimal("99.85"), Decimal("3.70")) == Decimal("26.99")  # 26.986… → 26.99 = S/ 99.86
    assert pen_to_usd(Decimal("74.00"), Decimal("3.70")) == Decimal("20.00")
    assert pen_to_usd(Decimal("0.00"), Decimal("3.70")) == Decimal("0.00")
    with pytest.raises(ValueError):
        pen_to_usd(Decimal("1"), Decimal("0"))


@given(
    st.integers(0, 10**8).map(lambda c: Decimal(c).scaleb(-2)),
    st.integers(2500, 4500).map(lambda n: Decimal(n).scaleb(-3)),
)
def test_dollars_due_are_the_fewest_cents_that_cover_the_soles(pen, rate):
    from mamakilla_pos.domain.cash import pen_to_usd

    usd = pen_to_usd(pen, rate)
    assert usd_to_pen(usd, rate) >= pen
    if usd > 0:
        assert (usd - Decimal("0.01")) * rate < pen
