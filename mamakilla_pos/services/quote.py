"""Previews for the till: the same rules the sale will apply, without writing."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ..domain.cash import pen_to_usd
from ..domain.discounts import as_percent, line_discount_fractions, lines_over_limit
from ..domain.payments import PaymentError, Progress, Settlement, Tender, progress, settle
from ..domain.pricing import NO_DISCOUNT, CartLine, Discount, PricedCart, PricingError, price_cart
from .errors import UserError


def quote_cart(lines: Sequence[CartLine], order_discount: Discount = NO_DISCOUNT) -> PricedCart:
    """Price a cart as :func:`~mamakilla_pos.services.sales.record_sale` will.

    Raises:
        UserError: a bad quantity, price or discount.
    """
    try:
        return price_cart(lines, order_discount)
    except PricingError as exc:
        raise UserError(str(exc)) from exc


def quote_payment(
    total: Decimal, tenders: Sequence[Tender], usd_rate: Decimal | None, rounding_step: Decimal | None
) -> Settlement:
    """Amount due, rounding and change for these tenders, as the sale will record them.

    Raises:
        UserError: too little paid, a non-cash payment above the amount due…
    """
    try:
        return settle(total, tenders, usd_rate, rounding_step)
    except PaymentError as exc:
        raise UserError(str(exc)) from exc


def quote_progress(
    total: Decimal,
    tenders: Sequence[Tender],
    usd_rate: Decimal | None,
    rounding_step: Decimal | None,
    pending_method: str | None = None,
) -> Progress:
    """What is due, paid and left while payments are being taken (may be short).

    Raises:
        UserError: an unknown method, a non-positive amount, no dollar rate.
    """
    try:
        return progress(total, tenders, usd_rate, rounding_step, pending_method)
    except PaymentError as exc:
        raise UserError(str(exc)) from exc


def discounts_over_limit(
    lines: Sequence[CartLine], order_discount: Discount, limit_percent: Decimal
) -> tuple[tuple[int, Decimal], ...]:
    """The lines a seller would discount past ``limit_percent``, with the percent each would get off.

    The same rule the sale applies (:func:`~mamakilla_pos.domain.discounts.lines_over_limit`), checked
    while the discount is being given.

    Raises:
        UserError: a line that cannot be priced.
    """
    try:
        over = lines_over_limit(lines, order_discount, limit_percent)
        fractions = line_discount_fractions(lines, order_discount)
    except PricingError as exc:
        raise UserError(str(exc)) from exc
    return tuple((position, as_percent(fractions[position])) for position in over)


def quote_usd(amount_pen: Decimal, usd_rate: Decimal) -> Decimal:
    """The dollars that pay ``amount_pen`` soles at ``usd_rate`` (rounded up to the cent, so they cover it)."""
    return pen_to_usd(amount_pen, usd_rate)
