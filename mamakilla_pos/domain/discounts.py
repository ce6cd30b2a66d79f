"""The sellers' discount limit, line by line.

A seller may give each line up to the shop's limit (10 % by default)
without a coordinator. What counts is what the customer gets off that line:
its own discount and its part of a discount on the whole sale together, as
a fraction of the line's gross amount. A 20 % discount on one line of a big
sale is over a 10 % limit even when the sale as a whole gets less.

The comparison is exact (fractions, not rounded amounts): a percent
discount is taken as typed, so 10 % is never "over 10 %" because its
amount was rounded up by half a céntimo.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from .pricing import CartLine, Discount, DiscountKind, price_line

_ONE = Fraction(1)


def _fraction_of(discount: Discount, base: Decimal) -> Fraction:
    """The part of ``base`` that ``discount`` takes off, exactly (0 to 1 for a valid discount)."""
    if discount.kind is DiscountKind.PERCENT:
        return Fraction(discount.value) / 100
    if not discount.value:
        return Fraction(0)
    if base <= 0:
        return _ONE
    return Fraction(discount.value) / Fraction(base)


def line_discount_fractions(lines: Sequence[CartLine], order_discount: Discount) -> tuple[Fraction, ...]:
    """What each line gets off, its own discount and its part of the order discount together.

    A line with a fraction ``l`` of its own, in a sale with an order discount
    taking ``o`` of what the lines then come to, gets ``1 − (1 − l)(1 − o)``
    off its gross amount.

    Raises:
        PricingError: a line that cannot be priced (see :func:`~.pricing.price_line`).
    """
    priced = [price_line(line) for line in lines]
    after_lines = sum((amount for _gross, _discount, amount in priced), Decimal(0))
    order = _fraction_of(order_discount, after_lines)
    return tuple(
        _ONE - (_ONE - _fraction_of(line.discount, gross)) * (_ONE - order)
        for line, (gross, _discount, _amount) in zip(lines, priced, strict=True)
    )


def lines_over_limit(lines: Sequence[CartLine], order_discount: Discount, limit_percent: Decimal) -> tuple[int, ...]:
    """The positions of the lines that get more off than ``limit_percent`` allows a seller.

    Raises:
        PricingError: a line that cannot be priced.
    """
    limit = Fraction(limit_percent) / 100
    fractions = line_discount_fractions(lines, order_discount)
    return tuple(position for position, taken in enumerate(fractions) if taken > limit)


def approvals_needed(
    lines: Sequence[CartLine], list_prices: Sequence[Decimal], order_discount: Discount, limit_percent: Decimal
) -> tuple[str, ...]:
    """The permissions a seller lacks for this cart: ``"price_change"`` when a line is sold at another price
    than its list price (``list_prices``, line by line), ``"discount_over_limit"`` when a line gets more off
    than the limit.

    Raises:
        PricingError: a line that cannot be priced.
    """
    needed = []
    if any(line.unit_price != price for line, price in zip(lines, list_prices, strict=True)):
        needed.append("price_change")
    if lines_over_limit(lines, order_discount, limit_percent):
        needed.append("discount_over_limit")
    return tuple(needed)


def as_percent(fraction: Fraction) -> Decimal:
    """A fraction shown as a percent with up to two decimals: ``Fraction(1, 5)`` → ``20``."""
    value = Decimal(fraction.numerator) * 100 / Decimal(fraction.denominator)
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
