"""Cart pricing: line amounts, line and order discounts (DESIGN.md §4.2–4.3)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import cents_to_money
from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.domain.allocation import allocate
from mamakilla_pos.domain.money import quantize
from mamakilla_pos.domain.pricing import (
    NO_DISCOUNT,
    CartLine,
    Discount,
    DiscountKind,
    PricingError,
    price_cart,
    price_line,
)

D = Decimal


def amount_off(value: str) -> Discount:
    return Discount(DiscountKind.AMOUNT, D(value))


def percent_off(value: str) -> Discount:
    return Discount(DiscountKind.PERCENT, D(value))


# --- hand-worked examples -------------------------------------------------------


def test_single_line_without_discount():
    cart = price_cart([CartLine(3, D("25.00"))])
    (line,) = cart.lines
    assert line.gross == D("75.00")
    assert line.line_discount == D("0.00")
    assert line.amount == D("75.00")
    assert line.order_discount == D("0.00")
    assert line.net == D("75.00")
    assert cart.subtotal == D("75.00")
    assert cart.line_discounts == D("0.00")
    assert cart.order_discount == D("0.00")
    assert cart.total == D("75.00")


def test_line_amount_discount():
    gross, discount, amount = price_line(CartLine(3, D("25.00"), amount_off("5")))
    assert (gross, discount, amount) == (D("75.00"), D("5.00"), D("70.00"))


def test_line_percent_discount():
    gross, discount, amount = price_line(CartLine(3, D("25.00"), percent_off("10")))
    assert (gross, discount, amount) == (D("75.00"), D("7.50"), D("67.50"))


def test_line_percent_discount_rounds_half_up():
    # 2 × 12.35 = 24.70; 15 % of it is 3.705 → 3.71.
    gross, discount, amount = price_line(CartLine(2, D("12.35"), percent_off("15")))
    assert (gross, discount, amount) == (D("24.70"), D("3.71"), D("20.99"))


def test_full_line_discount_leaves_a_zero_line():
    gross, discount, amount = price_line(CartLine(2, D("9.90"), percent_off("100")))
    assert (gross, discount, amount) == (D("19.80"), D("19.80"), D("0.00"))
    gross, discount, amount = price_line(CartLine(2, D("9.90"), amount_off("19.80")))
    assert amount == D("0.00")


def test_order_amount_discount_is_spread_by_largest_remainder():
    cart = price_cart([CartLine(1, D("10.00")), CartLine(1, D("20.00"))], amount_off("1.00"))
    assert [line.order_discount for line in cart.lines] == [D("0.33"), D("0.67")]
    assert [line.net for line in cart.lines] == [D("9.67"), D("19.33")]
    assert cart.order_discount == D("1.00")
    assert cart.total == D("29.00")


def test_order_percent_discount_on_equal_lines():
    lines = [CartLine(1, D("10.00"))] * 3
    cart = price_cart(lines, percent_off("10"))
    assert cart.order_discount == D("3.00")
    assert [line.net for line in cart.lines] == [D("9.00")] * 3
    assert cart.total == D("27.00")


def test_odd_centimo_of_an_order_discount_goes_to_the_first_line():
    cart = price_cart([CartLine(1, D("5.00"))] * 3, amount_off("0.01"))
    assert [line.order_discount for line in cart.lines] == [D("0.01"), D("0.00"), D("0.00")]
    assert cart.total == D("14.99")


def test_line_and_order_discounts_together():
    # Line 1: 2 × 15.50 = 31.00, 10 % off → 27.90. Line 2: 40.00.
    # Order: 5 % of 67.90 = 3.395 → 3.40, spread 139.7 : 200.3 céntimos → 1.40 / 2.00.
    cart = price_cart(
        [CartLine(2, D("15.50"), percent_off("10")), CartLine(1, D("40.00"))],
        percent_off("5"),
    )
    first, second = cart.lines
    assert (first.gross, first.line_discount, first.amount) == (D("31.00"), D("3.10"), D("27.90"))
    assert (first.order_discount, first.net) == (D("1.40"), D("26.50"))
    assert (second.order_discount, second.net) == (D("2.00"), D("38.00"))
    assert cart.subtotal == D("71.00")
    assert cart.line_discounts == D("3.10")
    assert cart.order_discount == D("3.40")
    assert cart.total == D("64.50")
    assert cart.total == cart.subtotal - cart.line_discounts - cart.order_discount


def test_order_discount_is_a_percent_of_the_lines_after_their_own_discounts():
    cart = price_cart([CartLine(1, D("100.00"), amount_off("20"))], percent_off("50"))
    assert cart.order_discount == D("40.00")
    assert cart.total == D("40.00")


def test_full_order_discount_leaves_every_net_at_zero():
    cart = price_cart([CartLine(2, D("3.33")), CartLine(1, D("7.77"))], percent_off("100"))
    assert [line.net for line in cart.lines] == [D("0.00"), D("0.00")]
    assert cart.total == D("0.00")


def test_free_lines_take_no_part_of_the_order_discount():
    cart = price_cart([CartLine(1, D("0.00")), CartLine(1, D("10.00"))], amount_off("1.00"))
    assert [line.order_discount for line in cart.lines] == [D("0.00"), D("1.00")]
    assert [line.net for line in cart.lines] == [D("0.00"), D("9.00")]


def test_an_all_free_cart():
    cart = price_cart([CartLine(2, D("0"))])
    assert cart.total == D("0.00")
    cart = price_cart([CartLine(2, D("0"))], percent_off("10"))
    assert cart.total == D("0.00")
    with pytest.raises(PricingError):
        price_cart([CartLine(2, D("0"))], amount_off("0.01"))


def test_priced_line_keeps_quantity_and_unit_price():
    cart = price_cart([CartLine(4, D("2.5"))])
    (line,) = cart.lines
    assert line.quantity == 4
    assert line.unit_price == D("2.50")
    assert line.unit_price.as_tuple().exponent == -2


def test_discount_amount_of():
    assert percent_off("12.5").amount_of(D("80.00")) == D("10.00")
    assert percent_off("0").amount_of(D("80.00")) == D("0.00")
    assert amount_off("3.456").amount_of(D("80.00")) == D("3.46")
    assert NO_DISCOUNT.amount_of(D("80.00")) == D("0.00")
    assert DiscountKind("percent") is DiscountKind.PERCENT


@pytest.mark.parametrize(
    ("lines", "order_discount", "message"),
    [
        ([], NO_DISCOUNT, "no tiene productos"),
        ([CartLine(0, D("1"))], NO_DISCOUNT, "cantidad"),
        ([CartLine(-1, D("1"))], NO_DISCOUNT, "cantidad"),
        ([CartLine(1, D("-0.01"))], NO_DISCOUNT, "precio"),
        ([CartLine(1, D("10"), amount_off("-1"))], NO_DISCOUNT, "negativo"),
        ([CartLine(1, D("10"), percent_off("-1"))], NO_DISCOUNT, "negativo"),
        ([CartLine(1, D("10"), percent_off("100.01"))], NO_DISCOUNT, "100"),
        ([CartLine(1, D("10"), amount_off("10.01"))], NO_DISCOUNT, "mayor"),
        ([CartLine(1, D("10"))], amount_off("10.01"), "mayor que el total"),
        ([CartLine(1, D("10"))], amount_off("-1"), "negativo"),
        ([CartLine(1, D("10"))], percent_off("101"), "100"),
        ([CartLine(1, D("10"), amount_off("5"))], amount_off("5.01"), "mayor que el total"),
    ],
)
def test_bad_carts_are_refused(lines, order_discount, message):
    with pytest.raises(PricingError, match=message):
        price_cart(lines, order_discount)


def test_pricing_error_is_a_value_error():
    assert issubclass(PricingError, ValueError)


# --- properties -------------------------------------------------------------------


@st.composite
def discounts(draw, base: Decimal) -> Discount:
    """No discount, an amount up to ``base``, or a percent up to 100 (two decimals)."""
    kind = draw(st.sampled_from(["none", "amount", "percent"]))
    if kind == "amount":
        cents = draw(st.integers(min_value=0, max_value=int(base * 100)))
        return Discount(DiscountKind.AMOUNT, cents_to_money(cents))
    if kind == "percent":
        hundredths = draw(st.integers(min_value=0, max_value=10_000))
        return Discount(DiscountKind.PERCENT, cents_to_money(hundredths))
    return NO_DISCOUNT


@st.composite
def cart_lines(draw) -> CartLine:
    quantity = draw(st.integers(min_value=1, max_value=50))
    unit_price = cents_to_money(draw(st.integers(min_value=0, max_value=500_000)))
    discount = draw(discounts(unit_price * quantity))
    return CartLine(quantity, unit_price, discount)


@st.composite
def carts(draw) -> tuple[list[CartLine], Discount]:
    lines = draw(st.lists(cart_lines(), min_size=1, max_size=15))
    subtotal = sum((price_line(line)[2] for line in lines), D(0))
    return lines, draw(discounts(subtotal))


@given(carts())
def test_line_nets_sum_to_the_sale_total_exactly(cart_and_discount):
    lines, order_discount = cart_and_discount
    cart = price_cart(lines, order_discount)
    assert sum((line.net for line in cart.lines), D(0)) == cart.total
    assert cart.total == cart.subtotal - cart.line_discounts - cart.order_discount


@given(carts())
def test_order_discount_parts_sum_to_the_order_discount(cart_and_discount):
    lines, order_discount = cart_and_discount
    cart = price_cart(lines, order_discount)
    assert sum((line.order_discount for line in cart.lines), D(0)) == cart.order_discount
    amounts = [line.amount for line in cart.lines]
    assert cart.order_discount == order_discount.amount_of(sum(amounts, D(0)))
    if cart.order_discount:
        assert [line.order_discount for line in cart.lines] == allocate(cart.order_discount, amounts)


@given(carts())
def test_every_line_amount_is_consistent(cart_and_discount):
    lines, order_discount = cart_and_discount
    cart = price_cart(lines, order_discount)
    for given_line, line in zip(lines, cart.lines, strict=True):
        assert line.gross == quantize(given_line.unit_price * given_line.quantity)
        assert line.line_discount == given_line.discount.amount_of(line.gross)
        assert line.amount == line.gross - line.line_discount
        assert line.net == line.amount - line.order_discount
        assert 0 <= line.order_discount <= line.amount
        assert 0 <= line.net <= line.amount
        for value in (line.gross, line.line_discount, line.amount, line.order_discount, line.net):
            assert value == quantize(value)


@given(carts())
def test_order_discount_parts_are_proportional_within_a_centimo(cart_and_discount):
    lines, order_discount = cart_and_discount
    cart = price_cart(lines, order_discount)
    amount_sum = sum((line.amount for line in cart.lines), D(0))
    if not amount_sum:
        return
    for line in cart.lines:
        # Compare in exact céntimo arithmetic: |part·S − D·a| < 0.01·S.
        error = abs(line.order_discount * amount_sum - cart.order_discount * line.amount)
        assert error < D("0.01") * amount_sum
