"""The sellers' discount limit is checked line by line, exactly."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.domain.discounts import approvals_needed, as_percent, line_discount_fractions, lines_over_limit
from mamakilla_pos.domain.pricing import NO_DISCOUNT, CartLine, Discount, DiscountKind, PricingError, price_cart

D = Decimal
LIMIT = D("10")


def pct(value: str) -> Discount:
    return Discount(DiscountKind.PERCENT, D(value))


def amt(value: str) -> Discount:
    return Discount(DiscountKind.AMOUNT, D(value))


def test_twenty_percent_off_one_line_of_a_big_sale_is_over_the_limit():
    # The sale as a whole gets 20 % of 10.00 out of 210.00 (under 1 %): the line still gets 20 %.
    lines = [CartLine(1, D("200.00")), CartLine(1, D("10.00"), pct("20"))]
    assert price_cart(lines).line_discounts * 100 < LIMIT * price_cart(lines).subtotal
    assert lines_over_limit(lines, NO_DISCOUNT, LIMIT) == (1,)


def test_the_limit_itself_is_allowed_as_percent_and_as_amount():
    assert lines_over_limit([CartLine(1, D("45.00"), pct("10"))], NO_DISCOUNT, LIMIT) == ()
    assert lines_over_limit([CartLine(1, D("45.00"), amt("4.50"))], NO_DISCOUNT, LIMIT) == ()
    assert lines_over_limit([CartLine(1, D("45.00"), amt("4.51"))], NO_DISCOUNT, LIMIT) == (0,)


def test_ten_percent_of_a_few_centimos_is_not_over_ten_percent():
    # 10 % of 0.05 rounds up to 0.01 (20 % of the amount); the seller typed 10 %.
    assert lines_over_limit([CartLine(1, D("0.05"), pct("10"))], NO_DISCOUNT, LIMIT) == ()
    assert lines_over_limit([CartLine(1, D("0.05"))], pct("10"), LIMIT) == ()


def test_a_line_discount_and_an_order_discount_add_up_on_that_line():
    lines = [CartLine(1, D("100.00"), pct("10")), CartLine(3, D("100.00"))]
    fractions = line_discount_fractions(lines, pct("5"))
    assert fractions == (Fraction(145, 1000), Fraction(5, 100))  # 1 − 0.90 × 0.95
    assert lines_over_limit(lines, pct("5"), LIMIT) == (0,)
    assert as_percent(fractions[0]) == D("14.50")


def test_an_order_discount_in_soles_is_a_share_of_what_the_lines_come_to():
    lines = [CartLine(1, D("30.00")), CartLine(1, D("20.00"))]
    assert lines_over_limit(lines, amt("5.00"), LIMIT) == ()  # 10 % of 50.00
    assert lines_over_limit(lines, amt("5.01"), LIMIT) == (0, 1)


def test_a_bad_line_is_refused_as_pricing_refuses_it():
    with pytest.raises(PricingError):
        lines_over_limit([CartLine(0, D("10.00"))], NO_DISCOUNT, LIMIT)


cents = st.integers(min_value=1, max_value=50_000)
percents = st.integers(min_value=0, max_value=100)


@given(
    st.lists(st.tuples(st.integers(1, 20), cents, percents), min_size=1, max_size=6),
    percents,
    st.integers(0, 100),
)
def test_no_line_over_the_limit_means_the_sale_is_not_over_it_either(rows, order_percent, limit):
    """Each line within the limit keeps the whole sale within it (up to the rounding of the céntimos)."""
    lines = [CartLine(q, D(c).scaleb(-2), pct(str(p))) for q, c, p in rows]
    order = pct(str(order_percent))
    priced = price_cart(lines, order)
    if not lines_over_limit(lines, order, D(limit)):
        taken = priced.line_discounts + priced.order_discount
        assert taken <= D(limit) * priced.subtotal / 100 + D("0.01") * (len(lines) + 1)


@given(cents, percents, st.integers(0, 100))
def test_a_lone_percent_line_is_over_exactly_when_its_percent_is(price, percent, limit):
    lines = [CartLine(1, D(price).scaleb(-2), pct(str(percent)))]
    assert bool(lines_over_limit(lines, NO_DISCOUNT, D(limit))) is (percent > limit)


# -- what a seller needs a coordinator for ------------------------------------------------------


def test_a_cart_at_list_prices_within_the_limit_needs_no_one():
    lines = [CartLine(2, D("50.00"), pct("10")), CartLine(1, D("20.00"))]
    assert approvals_needed(lines, [D("50.00"), D("20.00")], amt("0"), LIMIT) == ()


def test_another_price_than_the_list_price_needs_a_coordinator():
    lines = [CartLine(1, D("45.00")), CartLine(1, D("20.00"))]
    assert approvals_needed(lines, [D("50.00"), D("20.00")], NO_DISCOUNT, LIMIT) == ("price_change",)


def test_a_line_over_the_limit_needs_a_coordinator_and_both_are_asked_in_order():
    lines = [CartLine(1, D("45.00"), pct("15"))]
    assert approvals_needed(lines, [D("45.00")], NO_DISCOUNT, LIMIT) == ("discount_over_limit",)
    assert approvals_needed(lines, [D("50.00")], NO_DISCOUNT, LIMIT) == ("price_change", "discount_over_limit")


def test_an_order_discount_counts_on_every_line():
    lines = [CartLine(1, D("100.00")), CartLine(1, D("100.00"))]
    assert approvals_needed(lines, [D("100.00")] * 2, pct("11"), LIMIT) == ("discount_over_limit",)
    assert approvals_needed(lines, [D("100.00")] * 2, pct("10"), LIMIT) == ()


def test_list_prices_must_match_the_lines():
    with pytest.raises(ValueError):
        approvals_needed([CartLine(1, D("10.00"))], [], NO_DISCOUNT, LIMIT)
