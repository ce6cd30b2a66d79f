"""Cart pricing: line amounts, line and order discounts (DESIGN.md §4.2–4.3)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from .allocation import allocate
from .money import ZERO, quantize


class PricingError(ValueError):
    """A cart that cannot be priced: the message says why, in Spanish."""


class DiscountKind(StrEnum):
    """How a discount is given."""

    AMOUNT = "amount"
    PERCENT = "percent"


@dataclass(frozen=True)
class Discount:
    """A discount as typed: an amount in PEN or a percent (0–100)."""

    kind: DiscountKind
    value: Decimal

    def amount_of(self, base: Decimal) -> Decimal:
        """The discount in PEN on ``base``."""
        if self.value < 0:
            raise PricingError("un descuento no puede ser negativo")
        if self.kind is DiscountKind.PERCENT:
            if self.value > 100:
                raise PricingError("un descuento no puede pasar del 100 %")
            return quantize(base * self.value / 100)
        return quantize(self.value)


NO_DISCOUNT = Discount(DiscountKind.AMOUNT, ZERO)


@dataclass(frozen=True)
class CartLine:
    """One line as rung up: units, unit price and the line's own discount."""

    quantity: int
    unit_price: Decimal
    discount: Discount = NO_DISCOUNT


@dataclass(frozen=True)
class PricedLine:
    """A line with every amount worked out."""

    quantity: int
    unit_price: Decimal
    gross: Decimal
    line_discount: Decimal
    amount: Decimal
    order_discount: Decimal
    net: Decimal


@dataclass(frozen=True)
class PricedCart:
    """A whole cart priced: the nets of the lines add up to ``total``."""

    lines: tuple[PricedLine, ...]
    subtotal: Decimal
    line_discounts: Decimal
    order_discount: Decimal
    total: Decimal


def price_line(line: CartLine) -> tuple[Decimal, Decimal, Decimal]:
    """Return ``(gross, discount, amount)`` for one line."""
    if line.quantity <= 0:
        raise PricingError("la cantidad debe ser mayor que cero")
    if line.unit_price < 0:
        raise PricingError("el precio no puede ser negativo")
    if line.unit_price != quantize(line.unit_price):
        raise PricingError("el precio tiene como máximo dos decimales")
    gross = quantize(line.unit_price * line.quantity)
    discount = line.discount.amount_of(gross)
    if discount > gross:
        raise PricingError("el descuento de la línea es mayor que su importe")
    return gross, discount, gross - discount


def price_cart(lines: Sequence[CartLine], order_discount: Discount = NO_DISCOUNT) -> PricedCart:
    """Price a cart; the order discount is spread by largest remainder.

    Raises:
        PricingError: an empty cart, a bad quantity, price or discount.
    """
    if not lines:
        raise PricingError("la venta no tiene productos")
    priced = [price_line(line) for line in lines]
    amounts = [amount for _, _, amount in priced]
    subtotal = sum(amounts, ZERO)
    order_amount = order_discount.amount_of(subtotal)
    if order_amount > subtotal:
        raise PricingError("el descuento es mayor que el total")
    parts = allocate(order_amount, amounts) if order_amount and subtotal else [ZERO] * len(lines)
    result = tuple(
        PricedLine(
            quantity=line.quantity,
            unit_price=quantize(line.unit_price),
            gross=gross,
            line_discount=discount,
            amount=amount,
            order_discount=part,
            net=amount - part,
        )
        for line, (gross, discount, amount), part in zip(lines, priced, parts, strict=True)
    )
    return PricedCart(
        lines=result,
        subtotal=quantize(sum((g for g, _, _ in priced), ZERO)),
        line_discounts=quantize(sum((d for _, d, _ in priced), ZERO)),
        order_discount=order_amount,
        total=quantize(sum((p.net for p in result), ZERO)),
    )
