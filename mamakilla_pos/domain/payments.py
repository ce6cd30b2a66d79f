"""Settling a sale's payments: rounding, dollars, split tender and change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from .cash import ROUNDING_STEP, cash_round_down, cash_round_up, usd_to_pen
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
    "anticipo": "Anticipo",  # the advances on a custom order, applied at its pickup (DESIGN.md §10)
}


def method_rank(method: str) -> tuple[int, str]:
    """Sort key that lists methods in :data:`METHODS` order (unknown ones last, by name)."""
    return (METHODS.index(method) if method in METHODS else len(METHODS), method)


@dataclass(frozen=True)
class MethodTotals:
    """Money taken (``sales``) and given back (``refunds``) with one payment method, in soles.

    Read over a cash session (the X and Z reports), a day or a period. Sales
    are what was kept for the sale after change and cash rounding, so the
    methods add up to the sales' net less the cash rounding.

    Attributes:
        count: payments of sales made with the method (a sale paid half by
            Yape and half in cash counts once for each; a payment that only
            books change does not).
        foreign: what was handed over in the method's own currency (the
            dollars received for ``usd``), else ``None``.
        refund_count: payments of refunds made with the method.
    """

    method: str
    count: int
    sales: Decimal
    refunds: Decimal = ZERO
    foreign: Decimal | None = None
    refund_count: int = 0

    @property
    def net(self) -> Decimal:
        """Sales less refunds."""
        return self.sales - self.refunds


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
    """A tender as recorded: its PEN value and the part kept for the sale.

    ``applied_pen`` of the first PEN cash payment is its value less all the
    change, so it is below zero when the change is more than the soles handed
    over. A PEN cash payment of ``amount`` zero hands nothing over: it books
    the change of a sale paid without soles (:attr:`is_change`).
    """

    method: str
    currency: str
    amount: Decimal
    rate: Decimal | None
    amount_pen: Decimal
    applied_pen: Decimal
    reference: str

    @property
    def is_change(self) -> bool:
        """The change given from the soles drawer on a sale paid without soles; not a payment received."""
        return self.amount == 0


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
    """The amount due before any change: rounded down only when every tender is PEN cash."""
    if methods and all(m == "cash" for m in methods):
        return cash_round_down(total, rounding_step)
    return quantize(total)


def change_and_due(
    due: Decimal, tendered: Decimal, rounding_step: Decimal | None, cash: Decimal | None = None
) -> tuple[Decimal, Decimal]:
    """``(change, amount kept)`` when ``tendered`` soles (``cash`` of them in cash) pay ``due``.

    Change is handed over in PEN cash, so it is rounded **up** to the step
    (DESIGN.md §4 rule 4): the céntimos the rounding gives away come off the
    amount kept, never out of the customer's pocket. The drawer never hands
    back more than the cash it took (``cash``, all of ``tendered`` by
    default) rounded down to the step; that limit only bites when less than
    a step of the amount due was left for cash to cover and the cash is an
    odd amount (a sale of a few céntimos, dollars at a rate of three decimals).
    """
    if tendered <= due:
        return ZERO, due
    most = cash_round_down(tendered if cash is None else cash, rounding_step)
    change = min(cash_round_up(tendered - due, rounding_step), most)
    return change, quantize(tendered - change)


def _book_change(tenders: Sequence[Tender], values: Sequence[Decimal], change: Decimal) -> list[Decimal]:
    """The part of each tender kept for the sale once the change is booked.

    Change leaves the soles drawer (rule 8), so it is booked against the first
    PEN cash tender, which may go below zero (a S/ 10 note and US$ 20 for a
    S/ 50 sale: the soles drawer gives S/ 34). Dollars, Yape, Plin, card and
    transfer keep their whole value.
    """
    applied = list(values)
    first_cash = next((i for i, t in enumerate(tenders) if t.method == "cash"), None)
    if first_cash is not None:
        applied[first_cash] -= change
    return applied


def settle(
    total: Decimal,
    tenders: Sequence[Tender],
    usd_rate: Decimal | None = None,
    rounding_step: Decimal | None = ROUNDING_STEP,
) -> Settlement:
    """Work out rounding, change and each payment's applied part.

    Change is given in soles from the soles drawer and only against cash: a
    card, Yape, Plin or transfer payment may not exceed what is left to pay.
    When no soles were handed over, the change is booked on an extra PEN cash
    payment of ``amount`` zero (see :attr:`AppliedPayment.is_change`), so that
    each method's payments add up to what its drawer or account really took.

    Raises:
        PaymentError: unknown method, non-positive amount, no dollar rate,
            too little paid, or a non-cash payment larger than the amount due.
    """
    if not tenders:
        raise PaymentError("falta el pago")
    values = [tender_value(t, usd_rate) for t in tenders]
    first_due = amount_due(total, [t.method for t in tenders], rounding_step)
    tendered = sum(values, ZERO)
    if tendered < first_due:
        raise PaymentError(f"faltan S/ {first_due - tendered:.2f} por pagar")
    non_cash = sum((v for t, v in zip(tenders, values, strict=True) if t.method not in CASH_METHODS), ZERO)
    if non_cash > first_due:
        raise PaymentError("un pago con tarjeta, Yape, Plin o transferencia no puede dar vuelto")
    change, due = change_and_due(first_due, tendered, rounding_step, tendered - non_cash)

    applied = _book_change(tenders, values, change)
    payments = [
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
    ]
    if change and not any(t.method == "cash" for t in tenders):
        payments.append(AppliedPayment("cash", "PEN", ZERO, None, ZERO, -change, ""))
    return Settlement(
        total=quantize(total),
        amount_due=due,
        rounding=quantize(total) - due,
        tendered_pen=tendered,
        change=change,
        payments=tuple(payments),
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
    owed: Decimal | None = None

    def left_after(self, count: int) -> Decimal:
        """What is still owed once only the first ``count`` tenders are counted.

        Counted from what was owed before any change (``owed``): rounding the
        change of a later tender up does not shrink what an earlier one left.
        """
        owed = self.amount_due if self.owed is None else self.owed
        return max(owed - sum(self.values_pen[:count], ZERO), ZERO)


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
    first_due = amount_due(total, methods, rounding_step)
    values = tuple(tender_value(t, usd_rate) for t in tenders)
    paid = sum(values, ZERO)
    cash = sum((v for t, v in zip(tenders, values, strict=True) if t.method in CASH_METHODS), ZERO)
    if paid - cash > first_due:  # card, Yape… above the amount due: settle refuses it, nothing is rounded
        change, due = paid - first_due, first_due
    else:
        change, due = change_and_due(first_due, paid, rounding_step, cash)
    return Progress(
        amount_due=due,
        rounding=quantize(total) - due,
        values_pen=values,
        paid=paid,
        left=max(due - paid, ZERO),
        change=change,
        owed=first_due,
    )
