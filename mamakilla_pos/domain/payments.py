"""Settling a sale's payments: rounding, dollars, split tender and change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from .cash import ROUNDING_STEP, cash_round_down, usd_to_pen
from .money import ZERO, quantize

METHODS = ("cash", "usd", "yape", "plin", "card", "transfer")
"""The payment methods, in the order every screen and document lists them."""
CASH_METHODS = frozenset({"cash", "usd"})
REFERENCE_METHODS = frozenset({"yape", "plin", "transfer"})

# How each method is printed on Spanish documents and exports.
METHOD_LABELS = {
    "cash": "Efectivo",
    "usd": "Dólares",
    "yape": "Yape",
    "plin": "Plin",
    "card": "Tarjeta",
    "transfer": "Transferencia",
}


def method_rank(method: str) -> tuple[int, str]:
    """Sort key that lists methods in :data:`METHODS` order (unknown ones last, by name)."""
    return (METHODS.index(method) if method in METHODS else len(METHODS), method)


class PaymentError(ValueError):
    """Payments that cannot settle a sale; the message says why, in Spanish."""


@dataclass(frozen=True)
class Tender:
    """What the customer hands over with one method.

    ``amount`` is in dollars for ``usd`` and in soles otherwise.
    """

    method: str
    amount: Decimal
    reference: str = ""

    @property
    def currency(self) -> str:
        return "USD" if self.method == "usd" else "PEN"


@dataclass(frozen=True)
class AppliedPayment:
    """A tender as recorded: its PEN value and the part kept for the sale."""

    method: str
    currency: str
    amount: Decimal
    rate: Decimal | None
    amount_pen: Decimal
    applied_pen: Decimal
    reference: str


@dataclass(frozen=True)
class Settlement:
    """How a total was paid: what was due after rounding, and the change."""

    total: Decimal
    amount_due: Decimal
    rounding: Decimal
    tendered_pen: Decimal
    change: Decimal
    payments: tuple[AppliedPayment, ...]


def amount_due(total: Decimal, methods: Sequence[str], rounding_step: Decimal | None) -> Decimal:
    """The amount due: rounded down only when every tender is PEN cash."""
    if methods and all(m == "cash" for m in methods):
        return cash_round_down(total, rounding_step)
    return quantize(total)


def settle(
    total: Decimal,
    tenders: Sequence[Tender],
    usd_rate: Decimal | None = None,
    rounding_step: Decimal | None = ROUNDING_STEP,
) -> Settlement:
    """Work out rounding, change and each payment's applied part.

    Change is given in soles and only from cash: a card, Yape, Plin or
    transfer payment may not exceed what is left to pay.

    Raises:
        PaymentError: unknown method, non-positive amount, no dollar rate,
            too little paid, or a non-cash payment larger than the amount due.
    """
    if not tenders:
        raise PaymentError("falta el pago")
    for tender in tenders:
        if tender.method not in METHODS:
            raise PaymentError(f"método de pago desconocido: {tender.method}")
        if tender.amount <= 0:
            raise PaymentError("cada pago debe ser mayor que cero")
        if tender.amount != quantize(tender.amount):
            raise PaymentError("un pago tiene como máximo dos decimales")
    if any(t.method == "usd" for t in tenders) and not usd_rate:
        raise PaymentError("falta el tipo de cambio del dólar")

    due = amount_due(total, [t.method for t in tenders], rounding_step)
    values = [usd_to_pen(t.amount, usd_rate) if t.method == "usd" and usd_rate else quantize(t.amount) for t in tenders]
    tendered = sum(values, ZERO)
    if tendered < due:
        raise PaymentError(f"faltan S/ {due - tendered:.2f} por pagar")
    non_cash = sum((v for t, v in zip(tenders, values, strict=True) if t.method not in CASH_METHODS), ZERO)
    if non_cash > due:
        raise PaymentError("un pago con tarjeta, Yape, Plin o transferencia no puede dar vuelto")
    change = tendered - due

    # Change leaves the PEN drawer: charge it to PEN cash first, then dollars.
    remaining_change = change
    applied = list(values)
    for currency_first in ("cash", "usd"):
        for i, tender in enumerate(tenders):
            if tender.method == currency_first and remaining_change > 0:
                taken = min(applied[i], remaining_change)
                applied[i] -= taken
                remaining_change -= taken
    payments = tuple(
        AppliedPayment(
            method=t.method,
            currency=t.currency,
            amount=quantize(t.amount),
            rate=Decimal(usd_rate) if t.method == "usd" and usd_rate else None,
            amount_pen=v,
            applied_pen=a,
            reference=t.reference.strip(),
        )
        for t, v, a in zip(tenders, values, applied, strict=True)
    )
    return Settlement(
        total=quantize(total),
        amount_due=due,
        rounding=quantize(total) - due,
        tendered_pen=tendered,
        change=change,
        payments=payments,
    )


@dataclass(frozen=True)
class Progress:
    """Where a payment stands while it is being taken, before it covers the sale."""

    amount_due: Decimal
    rounding: Decimal
    values_pen: tuple[Decimal, ...]
    paid: Decimal
    left: Decimal
    change: Decimal

    def left_after(self, count: int) -> Decimal:
        """What is still owed once only the first ``count`` tenders are counted."""
        return max(self.amount_due - sum(self.values_pen[:count], ZERO), ZERO)


def tender_value(tender: Tender, usd_rate: Decimal | None) -> Decimal:
    """A tender in soles; dollars at ``usd_rate``.

    Raises:
        PaymentError: unknown method, non-positive amount or no dollar rate.
    """
    if tender.method not in METHODS:
        raise PaymentError(f"método de pago desconocido: {tender.method}")
    if tender.amount <= 0:
        raise PaymentError("cada pago debe ser mayor que cero")
    if tender.amount != quantize(tender.amount):
        raise PaymentError("un pago tiene como máximo dos decimales")
    if tender.method == "usd":
        if not usd_rate:
            raise PaymentError("falta el tipo de cambio del dólar")
        return usd_to_pen(tender.amount, usd_rate)
    return quantize(tender.amount)


def progress(
    total: Decimal,
    tenders: Sequence[Tender],
    usd_rate: Decimal | None = None,
    rounding_step: Decimal | None = ROUNDING_STEP,
    pending_method: str | None = None,
) -> Progress:
    """The amount due, what is paid, what is left and the change so far.

    Unlike :func:`settle` this accepts payments that do not yet cover the
    sale. ``pending_method`` is the method about to be used, so the rounding
    already reflects it.
    """
    methods = [t.method for t in tenders] + ([pending_method] if pending_method else [])
    due = amount_due(total, methods, rounding_step)
    values = tuple(tender_value(t, usd_rate) for t in tenders)
    paid = sum(values, ZERO)
    return Progress(
        amount_due=due,
        rounding=quantize(total) - due,
        values_pen=values,
        paid=paid,
        left=max(due - paid, ZERO),
        change=max(paid - due, ZERO),
    )
