"""Largest-remainder allocation (DESIGN.md §4.3 and §4.5)."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from helpers import cents_to_money
from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.domain.allocation import allocate

D = Decimal


def reference_allocation(total: Decimal, weights: list[Decimal]) -> list[Decimal]:
    """Largest remainder in exact rationals, ties to the earliest weight."""
    sign = -1 if total < 0 else 1
    cents = int(abs(total) * 100)
    ws = [Fraction(w) for w in weights]
    weight_sum = sum(ws)
    exact = [cents * w / weight_sum for w in ws]
    floors = [math.floor(e) for e in exact]
    left = cents - sum(floors)
    order = sorted(range(len(ws)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return [sign * cents_to_money(c) for c in floors]


amounts = st.integers(min_value=0, max_value=10**9).map(cents_to_money)
signed_amounts = st.integers(min_value=-(10**9), max_value=10**9).map(cents_to_money)
int_weights = st.lists(st.integers(min_value=0, max_value=1000), min_size=1, max_size=12).filter(any)
# Decimal weights such as 0.5 or 1.25, built from integers (never floats).
decimal_weights = st.lists(
    st.integers(min_value=0, max_value=10**6).map(lambda n: Decimal(n).scaleb(-2)),
    min_size=1,
    max_size=12,
).filter(any)
weights = st.one_of(int_weights, decimal_weights)


# --- hand-worked examples -------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "weights", "expected"),
    [
        ("10.00", [1, 1, 1], ["3.34", "3.33", "3.33"]),
        ("0.01", [1, 1], ["0.01", "0.00"]),
        ("0.02", [1, 1, 1], ["0.01", "0.01", "0.00"]),
        ("100.00", [1], ["100.00"]),
        ("1.00", [1, 2], ["0.33", "0.67"]),
        ("1.00", [2, 1], ["0.67", "0.33"]),
        ("30.40", [2, 1], ["20.27", "10.13"]),
        ("45.00", [2, 1], ["30.00", "15.00"]),
        ("10.00", [0, 1, 0], ["0.00", "10.00", "0.00"]),
        ("10.00", [D("0.5"), D("0.5")], ["5.00", "5.00"]),
        ("1.00", [D("0.25"), D("0.75")], ["0.25", "0.75"]),
        ("0.00", [1, 2, 3], ["0.00", "0.00", "0.00"]),
        ("0.05", [3, 3, 3, 1], ["0.02", "0.02", "0.01", "0.00"]),
        # Equal remainders with different whole parts: still to the earliest.
        ("0.03", [4, 1, 4], ["0.02", "0.00", "0.01"]),
        ("0.03", [1, 4, 4], ["0.01", "0.01", "0.01"]),
        ("0.06", [4, 1, 4, 3], ["0.02", "0.01", "0.02", "0.01"]),
    ],
)
def test_allocate_examples(total, weights, expected):
    assert allocate(D(total), weights) == [D(e) for e in expected]


def test_allocate_ties_go_to_the_earliest_weight():
    assert allocate(D("0.01"), [1, 1, 1]) == [D("0.01"), D("0"), D("0")]
    assert allocate(D("0.02"), [5, 5, 5]) == [D("0.01"), D("0.01"), D("0")]
    assert allocate(D("0.04"), [1, 1, 1]) == [D("0.02"), D("0.01"), D("0.01")]


def test_allocate_negative_total_mirrors_the_positive_one():
    assert allocate(D("-10.00"), [1, 1, 1]) == [D("-3.34"), D("-3.33"), D("-3.33")]
    assert allocate(D("-0.01"), [1, 1]) == [D("-0.01"), D("0.00")]


def test_allocate_returns_two_decimal_places():
    for part in allocate(D("10"), [1, 2, 3]):
        assert part.as_tuple().exponent == -2


def test_allocate_quantizes_the_total_first():
    assert allocate(D("0.005"), [1, 1]) == [D("0.01"), D("0.00")]


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ([], "at least one weight"),
        ([1, -1], "negative"),
        ([0, 0], "positive"),
        ([D("0.00")], "positive"),
    ],
)
def test_allocate_refuses_bad_weights(weights, message):
    with pytest.raises(ValueError, match=message):
        allocate(D("10.00"), weights)


def test_allocate_refuses_a_float_total():
    with pytest.raises(TypeError):
        allocate(10.0, [1, 1])


# --- properties -------------------------------------------------------------------


@given(signed_amounts, weights)
def test_parts_sum_to_the_total_exactly(total, ws):
    parts = allocate(total, ws)
    assert len(parts) == len(ws)
    assert sum(parts, D(0)) == total


@given(signed_amounts, weights)
def test_each_part_is_within_one_centimo_of_its_exact_proportion(total, ws):
    parts = allocate(total, ws)
    weight_sum = sum(Fraction(w) for w in ws)
    for part, w in zip(parts, ws, strict=True):
        exact = Fraction(total) * Fraction(w) / weight_sum
        assert abs(Fraction(part) - exact) < Fraction(1, 100)


@given(signed_amounts, weights)
def test_parts_are_whole_centimos_with_the_sign_of_the_total(total, ws):
    for part in allocate(total, ws):
        assert part == part.quantize(D("0.01"))
        if total >= 0:
            assert part >= 0
        else:
            assert part <= 0


@given(amounts, weights)
def test_zero_weights_get_nothing(total, ws):
    for part, w in zip(allocate(total, ws), ws, strict=True):
        if w == 0:
            assert part == 0


@given(signed_amounts, weights)
def test_allocation_matches_exact_largest_remainder_with_ties_to_the_earliest(total, ws):
    assert allocate(total, ws) == reference_allocation(total, ws)


# Few céntimos over small weights: equal remainders (ties) are frequent here.
@given(
    st.integers(min_value=0, max_value=30).map(cents_to_money),
    st.lists(st.integers(min_value=0, max_value=12), min_size=2, max_size=6).filter(any),
)
def test_small_allocations_break_ties_towards_the_earliest_weight(total, ws):
    assert allocate(total, ws) == reference_allocation(total, ws)


@given(amounts, weights)
def test_negative_total_is_the_mirror_of_the_positive(total, ws):
    assert allocate(-total, ws) == [-p for p in allocate(total, ws)]


@given(amounts, weights, st.integers(min_value=1, max_value=1000))
def test_scaling_the_weights_changes_nothing(total, ws, factor):
    assert allocate(total, [w * factor for w in ws]) == allocate(total, ws)


@given(amounts, st.integers(min_value=1, max_value=12))
def test_equal_weights_differ_by_at_most_one_centimo_earliest_first(total, n):
    parts = allocate(total, [1] * n)
    assert max(parts) - min(parts) <= D("0.01")
    assert parts == sorted(parts, reverse=True)
