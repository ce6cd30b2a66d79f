"""Each maker's part of a jointly made item's units and amounts: exact sums, by the item's weights."""

from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.domain.maker_parts import UNIT_STEP, amount_parts, unit_parts


def test_a_bag_made_two_to_one():
    assert unit_parts(1, [2, 1]) == [D("0.7"), D("0.3")]
    assert unit_parts(4, [2, 1]) == [D("2.7"), D("1.3")]
    assert unit_parts(3, [2, 1]) == [D("2.0"), D("1.0")]
    assert amount_parts(D("125.00"), [2, 1]) == [D("83.33"), D("41.67")]
    assert unit_parts(-2, [1, 1, 1]) == [D("-0.7"), D("-0.7"), D("-0.6")]  # returns mirror sales


@given(
    units=st.integers(-500, 500),
    weights=st.lists(st.integers(0, 9), min_size=1, max_size=5).filter(lambda ws: sum(ws) > 0),
)
def test_parts_add_up_and_stay_within_a_tenth_of_the_exact_part(units, weights):
    parts = unit_parts(units, weights)
    assert sum(parts, D(0)) == units
    for part, weight in zip(parts, weights, strict=True):
        exact = Fraction(units) * weight / sum(weights)
        assert abs(Fraction(part) - exact) < Fraction(UNIT_STEP)
        assert part == part.quantize(UNIT_STEP)
