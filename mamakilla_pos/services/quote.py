"""Previews for the till: the same rules the sale will apply, without writing."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ..domain.payments import PaymentError, Settlement, Tender, settle
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
