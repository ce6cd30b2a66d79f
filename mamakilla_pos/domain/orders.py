"""Custom orders (encargos): statuses and the money of an order (DESIGN.md §10).

An order is its own record with a list of payments: advances (señas) taken
before delivery and advances given back on a cancellation. What is still to
pay is always worked out from that list, never stored: price − advances +
advances returned. Pure functions, no database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from .money import ZERO, quantize

STATUSES = ("presupuesto", "confirmado", "en_confeccion", "listo", "entregado", "anulado")
"""Every status in the order an order goes through them; the last two end it."""
WORKING = STATUSES[:4]
"""The statuses one tap moves an order between; delivery and cancellation have their own actions."""
CLOSED = frozenset({"entregado", "anulado"})

STATUS_LABELS = {
    "presupuesto": "Presupuesto",
    "confirmado": "Confirmado",
    "en_confeccion": "En confección",
    "listo": "Listo",
    "entregado": "Entregado",
    "anulado": "Anulado",
}

ADVANCE = "advance"
RETURN = "return"


class OrderError(ValueError):
    """An order change that the rules refuse; the message says why, in Spanish."""


@dataclass(frozen=True)
class OrderMoney:
    """An order's price and the advances on it, in soles.

    Attributes:
        price: the agreed price.
        advanced: every advance taken, in soles.
        returned: advances given back to the customer, in soles.
    """

    price: Decimal
    advanced: Decimal = ZERO
    returned: Decimal = ZERO

    @property
    def paid(self) -> Decimal:
        """What the shop holds on the order: advances less advances returned."""
        return quantize(self.advanced - self.returned)

    @property
    def balance(self) -> Decimal:
        """What the customer still owes: price − paid (never below zero)."""
        return max(quantize(self.price - self.paid), ZERO)


def money_of(price: Decimal, payments: Iterable[tuple[str, Decimal]]) -> OrderMoney:
    """:class:`OrderMoney` from ``(kind, amount in soles)`` payments (``advance`` or ``return``)."""
    advanced = returned = ZERO
    for kind, amount in payments:
        if kind == ADVANCE:
            advanced += amount
        elif kind == RETURN:
            returned += amount
        else:
            raise ValueError(f"unknown order payment kind: {kind}")
    return OrderMoney(quantize(price), quantize(advanced), quantize(returned))


def check_price(price: Decimal) -> Decimal:
    """The agreed price, refused unless above zero with at most two decimals."""
    if price <= ZERO:
        raise OrderError("el precio del encargo debe ser mayor que cero")
    if price != quantize(price):
        raise OrderError("el precio tiene como máximo dos decimales")
    return price


def check_advance(money: OrderMoney, amount_pen: Decimal, status: str) -> None:
    """An advance of ``amount_pen`` soles may be taken: the order is open and it does not pass the price."""
    if status in CLOSED:
        raise OrderError(f"el encargo está {STATUS_LABELS[status].lower()}: no recibe más señas")
    if amount_pen <= ZERO:
        raise OrderError("la seña debe ser mayor que cero")
    if amount_pen > money.balance:
        raise OrderError(f"la seña no puede pasar el saldo del encargo (S/ {money.balance:.2f})")


def check_status_change(current: str, new: str) -> None:
    """One tap moves an open order to any of the working statuses; delivery and cancellation are actions."""
    if new not in STATUSES:
        raise OrderError(f"estado desconocido: {new}")
    if current in CLOSED:
        raise OrderError(f"el encargo ya está {STATUS_LABELS[current].lower()}")
    if new in CLOSED:
        raise OrderError("la entrega y la anulación se hacen con su propio botón")
    if new == current:
        raise OrderError(f"el encargo ya está en «{STATUS_LABELS[new]}»")


def next_status(current: str) -> str | None:
    """The status one tap moves an order to (``listo`` waits for the pickup)."""
    if current not in WORKING or current == WORKING[-1]:
        return None
    return WORKING[WORKING.index(current) + 1]


def first_name(name: str) -> str:
    """The customer's first name: the work ticket shows no more of her."""
    words = name.split()
    return words[0] if words else ""


def whatsapp_ready(customer: str, what: str, balance: Decimal, shop: str = "Mama Killa") -> str:
    """The message to copy when an order is ready: "Hola Ana, su bolso bordado está listo. Saldo: S/ 45.00. …"."""
    thing = " ".join(what.split()) or "encargo"
    thing = thing[0].lower() + thing[1:]
    return f"Hola {first_name(customer)}, su {thing} está listo. Saldo: S/ {quantize(balance):.2f}. {shop}"
