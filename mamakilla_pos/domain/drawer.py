"""A cash drawer's figures, what may be taken out of it, and when it opens (DESIGN.md §4 rules 8, 10; §10).

A till has two drawers, soles (PEN) and dollars (USD), each counted in its
own currency. Dollars tendered go into the dollar drawer; change, cash
refunds and makers' cash payouts leave the soles drawer. The drawer opens
by itself whenever cash goes in or out of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from .money import ZERO, quantize
from .payments import CASH_METHODS

CURRENCIES = ("PEN", "USD")


def expected_cash(
    opening_float: Decimal,
    received: Decimal,
    change: Decimal,
    cash_in: Decimal,
    cash_out: Decimal,
    payouts: Decimal,
    advances: Decimal = ZERO,
    partner_payments: Decimal = ZERO,
) -> Decimal:
    """What a drawer should hold: float + received + advances + partner payments − change + in − out − payouts.

    ``received`` is the cash customers handed over on sales less the cash
    paid back to them on refunds; ``advances`` the cash taken as advances on
    custom orders less the cash given back when an order was cancelled;
    ``partner_payments`` the cash partner shops paid for what they sold.
    """
    return quantize(opening_float + received + advances + partner_payments - change + cash_in - cash_out - payouts)


@dataclass(frozen=True)
class DrawerFigures:
    """One drawer over a cash session (or a day), in the drawer's own currency.

    Attributes:
        currency: ``"PEN"`` or ``"USD"``.
        opening_float: counted when the session was opened.
        sales: cash handed over by customers on sales.
        refunds: cash paid back to customers on refunds.
        change: change given on sales (always from the soles drawer).
        cash_in: cash put into the drawer.
        cash_out: cash taken out (fair stand fee, lunch…), payouts apart.
        payouts: cash paid to makers against their payout slips.
        counted: the closing count, ``None`` while the session is open.
        advances: cash taken as advances (señas) on custom orders, less
            advances given back: not sales (DESIGN.md §10).
        partner_payments: cash partner shops paid for what they sold on
            consignment: not sales either (DESIGN.md §10).
    """

    currency: str
    opening_float: Decimal
    sales: Decimal = ZERO
    change: Decimal = ZERO
    refunds: Decimal = ZERO
    cash_in: Decimal = ZERO
    cash_out: Decimal = ZERO
    payouts: Decimal = ZERO
    counted: Decimal | None = None
    advances: Decimal = ZERO
    partner_payments: Decimal = ZERO

    @property
    def received(self) -> Decimal:
        """Cash received from customers: on sales, less what refunds paid back."""
        return quantize(self.sales - self.refunds)

    @property
    def expected(self) -> Decimal:
        """What the drawer should hold (:func:`expected_cash`)."""
        return expected_cash(
            self.opening_float,
            self.received,
            self.change,
            self.cash_in,
            self.cash_out,
            self.payouts,
            self.advances,
            self.partner_payments,
        )

    @property
    def difference(self) -> Decimal | None:
        """Counted − expected: negative when cash is missing; ``None`` before the count."""
        return None if self.counted is None else quantize(self.counted - self.expected)

    def __add__(self, other: DrawerFigures) -> DrawerFigures:
        """Two sessions' drawers of one currency together (a day of several tills).

        The sum is counted only when both were counted.
        """
        if other.currency != self.currency:
            raise ValueError("drawers of different currencies do not add up")
        counted = None
        if self.counted is not None and other.counted is not None:
            counted = self.counted + other.counted
        return DrawerFigures(
            self.currency,
            self.opening_float + other.opening_float,
            self.sales + other.sales,
            self.change + other.change,
            self.refunds + other.refunds,
            self.cash_in + other.cash_in,
            self.cash_out + other.cash_out,
            self.payouts + other.payouts,
            counted,
            self.advances + other.advances,
            self.partner_payments + other.partner_payments,
        )


class DrawerShort(ValueError):
    """More cash asked of a drawer than it should hold."""

    def __init__(self, amount: Decimal, available: Decimal, currency: str) -> None:
        super().__init__(f"{amount} > {available} {currency}")
        self.amount = amount
        self.available = available
        self.currency = currency


def check_can_take(drawer: DrawerFigures, amount: Decimal) -> None:
    """Refuse to take ``amount`` out of a drawer that should hold less (rule 10).

    Raises:
        DrawerShort: ``amount`` is more than the drawer's expected cash.
    """
    available = max(drawer.expected, ZERO)
    if amount > available:
        raise DrawerShort(quantize(amount), available, drawer.currency)


def opens_drawer(methods: Iterable[str], change: Decimal = ZERO) -> bool:
    """Whether a sale or refund paid with ``methods`` opens the drawer.

    It does when any of them is cash (soles or dollars, both kept in the
    drawer) or when change is handed back in cash; a sale paid only by
    Yape, Plin, card or transfer, with no change, does not.
    """
    return change > ZERO or any(method in CASH_METHODS for method in methods)
