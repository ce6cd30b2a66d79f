"""Refund arithmetic (DESIGN.md §4.6)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from itertools import pairwise

import pytest
from helpers import cents_to_money
from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.domain.money import quantize
from mamakilla_pos.domain.refunds import money_back, refund_amount
from mamakilla_pos.domain.shares import DEFAULT_SHARE_RATE, line_share, split_share

D = Decimal


def refund_in_steps(amount: Decimal, sold: int, steps: list[int]) -> list[Decimal]:
    """Refund ``steps`` units one refund after another; return each refund."""
    returned_units, returned_amount, refunds = 0, D("0.00"), []
    for units in steps:
        refund = refund_amount(amount, sold, returned_units, returned_amount, units)
        refunds.append(refund)
        returned_units += units
        returned_amount += refund
    return refunds


@st.composite
def partitions(draw, max_units: int = 60) -> tuple[int, list[int]]:
    """``(Q, steps)``: a random ordered partition of Q into positive steps."""
    sold = draw(st.integers(min_value=1, max_value=max_units))
    cuts = draw(st.sets(st.integers(min_value=1, max_value=sold - 1))) if sold > 1 else set()
    bounds = [0, *sorted(cuts), sold]
    return sold, [b - a for a, b in pairwise(bounds)]


nets = st.integers(min_value=0, max_value=10**8).map(cents_to_money)


# --- hand-worked examples -------------------------------------------------------


def test_three_single_refunds_of_ten_soles():
    # 10.00 for 3 units: 3.33, then 6.67 − 3.33 = 3.34, then the rest 3.33.
    assert refund_in_steps(D("10.00"), 3, [1, 1, 1]) == [D("3.33"), D("3.34"), D("3.33")]


def test_full_refund_in_one_step_returns_the_net():
    assert refund_amount(D("10.00"), 3, 0, D("0"), 3) == D("10.00")
    assert refund_amount(D("67.55"), 1, 0, D("0"), 1) == D("67.55")


def test_first_refund_is_the_rounded_proportion():
    assert refund_amount(D("10.00"), 3, 0, D("0"), 2) == D("6.67")
    assert refund_amount(D("10.00"), 3, 0, D("0"), 1) == D("3.33")
    # 0.05 × 1/2 = 0.025 → 0.03 (half up); the last unit takes the rest.
    assert refund_in_steps(D("0.05"), 2, [1, 1]) == [D("0.03"), D("0.02")]


def test_refund_reaching_all_units_takes_the_exact_remainder():
    assert refund_amount(D("10.00"), 3, 1, D("3.33"), 2) == D("6.67")
    assert refund_amount(D("10.00"), 3, 2, D("6.67"), 1) == D("3.33")


def test_two_then_one():
    assert refund_in_steps(D("10.00"), 3, [2, 1]) == [D("6.67"), D("3.33")]
    assert refund_in_steps(D("10.00"), 3, [1, 2]) == [D("3.33"), D("6.67")]


def test_small_amount_over_many_units_is_never_negative():
    refunds = refund_in_steps(D("0.01"), 7, [1] * 7)
    assert refunds == [D("0.00")] * 3 + [D("0.01")] + [D("0.00")] * 3
    assert sum(refunds) == D("0.01")


def test_refund_of_a_makers_share_in_steps():
    # Line 67.55, 3 units; share 30.40 split 2:1 → 20.27 / 10.13.
    first_maker, second_maker = split_share(line_share(D("67.55"), DEFAULT_SHARE_RATE), [2, 1])
    assert refund_in_steps(first_maker, 3, [1, 2]) == [D("6.76"), D("13.51")]
    assert refund_in_steps(second_maker, 3, [1, 2]) == [D("3.38"), D("6.75")]


def test_zero_amount_refunds_nothing():
    assert refund_in_steps(D("0.00"), 4, [1, 3]) == [D("0.00"), D("0.00")]


def test_refund_is_quantized():
    refund = refund_amount(D("10"), 3, 0, D("0"), 1)
    assert refund.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("sold", "returned_units", "units", "message"),
    [
        (3, 0, 0, "at least one unit"),
        (3, 0, -1, "at least one unit"),
        (3, 0, 4, "more units"),
        (3, 2, 2, "more units"),
        (3, 3, 1, "more units"),
    ],
)
def test_bad_refunds_are_refused(sold, returned_units, units, message):
    with pytest.raises(ValueError, match=message):
        refund_amount(D("10.00"), sold, returned_units, D("0.00"), units)


def test_refund_refuses_float_amounts():
    with pytest.raises(TypeError):
        refund_amount(10.0, 3, 2, D("6.67"), 1)


# --- properties -------------------------------------------------------------------


@given(nets, partitions())
def test_full_refund_in_any_steps_returns_exactly_the_net(net, partition):
    sold, steps = partition
    refunds = refund_in_steps(net, sold, steps)
    assert sum(refunds, D(0)) == net
    assert all(refund >= 0 for refund in refunds)
    assert all(refund == quantize(refund) for refund in refunds)
    assert refunds[0] == quantize(net * steps[0] / sold)


@given(nets, partitions())
def test_each_refund_is_within_a_centimo_of_its_exact_proportion(net, partition):
    sold, steps = partition
    for units, refund in zip(steps, refund_in_steps(net, sold, steps), strict=True):
        exact = Fraction(net) * units / sold
        assert abs(Fraction(refund) - exact) < Fraction(1, 100)


@given(nets, partitions())
def test_returned_so_far_is_always_the_rounded_cumulative_proportion(net, partition):
    sold, steps = partition
    returned_units, returned_amount = 0, D(0)
    for units, refund in zip(steps, refund_in_steps(net, sold, steps), strict=True):
        returned_units += units
        returned_amount += refund
        if returned_units < sold:
            assert returned_amount == quantize(net * returned_units / sold)
        else:
            assert returned_amount == net


@given(
    nets,
    st.integers(min_value=0, max_value=10_000).map(lambda n: Decimal(n).scaleb(-4)),
    st.lists(st.integers(min_value=0, max_value=20), min_size=1, max_size=6).filter(any),
    partitions(),
)
def test_full_refund_reverses_exactly_each_makers_share(net, rate, weights, partition):
    sold, steps = partition
    share = line_share(net, rate)
    maker_shares = split_share(share, weights)
    reversed_total = D(0)
    for maker_share in maker_shares:
        reversals = refund_in_steps(maker_share, sold, steps)
        assert all(reversal >= 0 for reversal in reversals)
        assert sum(reversals, D(0)) == maker_share
        reversed_total += sum(reversals, D(0))
    assert reversed_total == share
    assert sum(refund_in_steps(net, sold, steps), D(0)) == net


@given(nets, partitions())
def test_grouped_refunds_equal_the_sum_of_single_unit_refunds(net, partition):
    # Whatever the steps, the amount returned so far depends only on the units returned so far.
    sold, steps = partition
    one_by_one = refund_in_steps(net, sold, [1] * sold)
    grouped = refund_in_steps(net, sold, steps)
    position = 0
    for units, refund in zip(steps, grouped, strict=True):
        assert refund == sum(one_by_one[position : position + units], D(0))
        position += units


# -- money handed back (DESIGN.md §4.4) ---------------------------------------------------------

STEP = D("0.10")
METHODS = ("cash", "usd", "yape", "plin", "card", "transfer")


def test_a_cash_refund_of_a_sale_paid_in_cash_rounds_down_as_the_sale_did():
    assert money_back(D("12.37"), "cash", ["cash"], STEP) == D("12.30")
    assert money_back(D("12.37"), "cash", ["cash", "cash"], STEP) == D("12.30")


def test_a_cash_refund_of_a_sale_paid_otherwise_rounds_up():
    assert money_back(D("12.37"), "cash", ["yape"], STEP) == D("12.40")
    assert money_back(D("12.37"), "cash", ["cash", "usd"], STEP) == D("12.40")
    assert money_back(D("12.37"), "cash", [], STEP) == D("12.40")


def test_only_cash_is_rounded_and_only_when_the_till_rounds():
    assert money_back(D("12.37"), "yape", ["cash"], STEP) == D("12.37")
    assert money_back(D("12.37"), "card", ["card"], STEP) == D("12.37")
    assert money_back(D("12.37"), "cash", ["cash"], None) == D("12.37")
    assert money_back(D("12.37"), "cash", ["cash"], D("0")) == D("12.37")


@given(
    st.integers(min_value=0, max_value=10_000_000).map(cents_to_money),
    st.sampled_from(METHODS),
    st.lists(st.sampled_from(METHODS), max_size=4),
    st.sampled_from([None, D("0.10"), D("0.50"), D("1.00")]),
)
def test_money_back_is_within_one_step_and_in_the_customers_favour(total, method, paid_with, step):
    back = money_back(total, method, paid_with, step)
    assert back == quantize(back)
    if method != "cash" or step is None:
        assert back == total
        return
    assert back % step == 0
    assert abs(back - total) < step
    if paid_with and set(paid_with) == {"cash"}:
        assert back <= total  # what the sale's own rounding kept back is not paid out twice
    else:
        assert back >= total  # she paid the exact amount and loses no céntimo
