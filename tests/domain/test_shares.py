"""The makers' share of a sale line (DESIGN.md §4.5)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from helpers import cents_to_money
from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.domain.money import quantize
from mamakilla_pos.domain.shares import DEFAULT_SHARE_RATE, line_share, split_share

D = Decimal


nets = st.integers(min_value=0, max_value=10**9).map(cents_to_money)
# Rates from 0 to 1 in steps of 0.0001 (e.g. 0.45, 0.4525).
rates = st.integers(min_value=0, max_value=10_000).map(lambda n: Decimal(n).scaleb(-4))
maker_weights = st.lists(st.integers(min_value=0, max_value=100), min_size=1, max_size=8).filter(any)


def test_default_share_rate_is_45_percent():
    assert D("0.45") == DEFAULT_SHARE_RATE


@pytest.mark.parametrize(
    ("net", "rate", "expected"),
    [
        ("100.00", "0.45", "45.00"),
        ("67.55", "0.45", "30.40"),  # 30.3975
        ("10.10", "0.45", "4.55"),  # 4.545, half up
        ("0.01", "0.45", "0.00"),  # 0.0045
        ("0.02", "0.45", "0.01"),  # 0.009
        ("0.00", "0.45", "0.00"),
        ("50.00", "0", "0.00"),
        ("50.00", "1", "50.00"),
        ("33.33", "0.5", "16.67"),  # 16.665, half up
    ],
)
def test_line_share_rounds_half_up(net, rate, expected):
    share = line_share(D(net), D(rate))
    assert share == D(expected)
    assert share.as_tuple().exponent == -2


@pytest.mark.parametrize("rate", ["-0.01", "1.01", "45", "-1"])
def test_line_share_refuses_a_rate_outside_zero_to_one(rate):
    with pytest.raises(ValueError, match="between 0 and 1"):
        line_share(D("10.00"), D(rate))


def test_line_share_refuses_a_float_net():
    with pytest.raises(TypeError):
        line_share(10.0, D("0.45"))


def test_two_to_one_split_of_a_45_percent_share():
    # 67.55 × 0.45 = 30.3975 → 30.40; 2:1 → 2026.67 : 1013.33 céntimos → 20.27 / 10.13.
    share = line_share(D("67.55"), DEFAULT_SHARE_RATE)
    assert share == D("30.40")
    assert split_share(share, [2, 1]) == [D("20.27"), D("10.13")]
    # The same makers listed the other way round.
    assert split_share(share, [1, 2]) == [D("10.13"), D("20.27")]


def test_two_to_one_split_of_a_round_share():
    share = line_share(D("100.00"), DEFAULT_SHARE_RATE)
    assert split_share(share, [2, 1]) == [D("30.00"), D("15.00")]


def test_equal_split_gives_the_odd_centimo_to_the_maker_listed_first():
    assert split_share(D("0.45"), [1, 1]) == [D("0.23"), D("0.22")]
    assert split_share(D("10.00"), [1, 1, 1]) == [D("3.34"), D("3.33"), D("3.33")]
    assert split_share(D("0.01"), [1, 1, 1]) == [D("0.01"), D("0.00"), D("0.00")]


def test_single_maker_takes_the_whole_share():
    assert split_share(D("30.40"), [1]) == [D("30.40")]
    assert split_share(D("30.40"), [D("0.3")]) == [D("30.40")]


def test_fractional_weights():
    assert split_share(D("30.40"), [D("0.5"), D("0.25"), D("0.25")]) == [D("15.20"), D("7.60"), D("7.60")]


def test_negative_share_split_mirrors_the_positive_one():
    assert split_share(D("-30.40"), [2, 1]) == [D("-20.27"), D("-10.13")]


def test_split_share_refuses_bad_weights():
    with pytest.raises(ValueError):
        split_share(D("1.00"), [])
    with pytest.raises(ValueError):
        split_share(D("1.00"), [0, 0])
    with pytest.raises(ValueError):
        split_share(D("1.00"), [2, -1])


@given(nets, rates)
def test_line_share_is_the_rounded_product(net, rate):
    share = line_share(net, rate)
    assert share == quantize(net * rate)
    assert abs(Fraction(share) - Fraction(net) * Fraction(rate)) <= Fraction(1, 200)
    assert 0 <= share <= net


@given(nets, rates, maker_weights)
def test_maker_shares_sum_to_the_line_share(net, rate, weights):
    share = line_share(net, rate)
    parts = split_share(share, weights)
    assert len(parts) == len(weights)
    assert sum(parts, D(0)) == share
    assert all(part >= 0 for part in parts)
    weight_sum = sum(weights)
    for part, weight in zip(parts, weights, strict=True):
        exact = Fraction(share) * weight / weight_sum
        assert abs(Fraction(part) - exact) < Fraction(1, 100)
        if weight == 0:
            assert part == 0
