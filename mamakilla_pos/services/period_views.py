"""Plain data handed to the screens, the exports and the documents: a period's sales analysis (:mod:`.analytics`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from ..domain.money import ZERO, quantize
from ..domain.payments import MethodTotals
from .clock import now
from .periods import Period


@dataclass(frozen=True)
class Figures:
    """Sales figures of one group: a day, a product, a category, a location, a seller or a maker.

    For a maker the quantities and amounts are her part of the lines of items
    she made: a jointly made line is split among its makers by the item's
    weights (units in tenths, :mod:`~mamakilla_pos.domain.maker_parts`), so
    the makers' figures add up to the shop's; ``shares`` is her own share.

    Attributes:
        key: what the group is (a date in ISO form, a product or maker id, a code).
        label: how the group is named (product name, maker name…; ``""`` when unknown).
        tickets: sales (not refunds) that have a line in the group.
        units_sold / units_returned: units on sale lines / on refund lines.
        gross, discounts, refunds, shares: see the module's definitions.
        detail: one more fact about the group (the category of a product).
    """

    key: str
    label: str
    tickets: int = 0
    units_sold: int = 0
    units_returned: int = 0
    gross: Decimal = ZERO
    discounts: Decimal = ZERO
    refunds: Decimal = ZERO
    shares: Decimal = ZERO
    detail: str = ""

    @property
    def units(self) -> int:
        return self.units_sold - self.units_returned

    @property
    def sales_net(self) -> Decimal:
        """What the lines sold brought in before refunds."""
        return self.gross - self.discounts

    @property
    def net(self) -> Decimal:
        return self.gross - self.discounts - self.refunds

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            self.key,
            self.label,
            self.tickets + other.tickets,
            self.units_sold + other.units_sold,
            self.units_returned + other.units_returned,
            self.gross + other.gross,
            self.discounts + other.discounts,
            self.refunds + other.refunds,
            self.shares + other.shares,
            self.detail,
        )


@dataclass(frozen=True)
class ProductRank:
    """A product in the top or slowest list: units and net in the period, units in stock now."""

    product_id: int
    product: str
    category: str
    units: int
    net: Decimal
    stock: int


@dataclass(frozen=True)
class StockValue:
    """Stock held at a location at the end of the period, valued at today's prices.

    ``units`` and ``value`` count items with units on hand; ``short`` is the
    units sold beyond stock (items below zero), shown apart rather than netted.
    """

    location_code: str
    location: str
    units: int
    value: Decimal
    short: int = 0


@dataclass(frozen=True)
class Summary:
    """The period's totals."""

    tickets: int
    refund_tickets: int
    units_sold: int
    units_returned: int
    gross: Decimal
    discounts: Decimal
    refunds: Decimal
    shares: Decimal
    rounding: Decimal

    @property
    def units(self) -> int:
        return self.units_sold - self.units_returned

    @property
    def sales_net(self) -> Decimal:
        return self.gross - self.discounts

    @property
    def net(self) -> Decimal:
        return self.gross - self.discounts - self.refunds

    @property
    def average_ticket(self) -> Decimal:
        """Net of the sales divided by their number (refunds not deducted)."""
        return quantize(self.sales_net / self.tickets) if self.tickets else ZERO

    @property
    def share_ratio(self) -> Decimal:
        """The part of the net that went to the makers (0 to 1)."""
        return self.shares / self.net if self.net else Decimal(0)


@dataclass(frozen=True)
class PeriodReport:
    """Everything the reports screen and the period PDF show for a period.

    ``by_day`` has every day of the period, days without sales included;
    ``by_month`` adds them up by calendar month (``key`` ``"2026-11"``).
    """

    period: Period
    summary: Summary
    by_day: tuple[Figures, ...]
    by_month: tuple[Figures, ...]
    by_product: tuple[Figures, ...]
    by_category: tuple[Figures, ...]
    by_maker: tuple[Figures, ...]
    by_location: tuple[Figures, ...]
    by_seller: tuple[Figures, ...]
    by_method: tuple[MethodTotals, ...]
    top_products: tuple[ProductRank, ...]
    slow_products: tuple[ProductRank, ...]
    stock: tuple[StockValue, ...]
    generated_at: datetime = field(default_factory=now)

    @property
    def stock_value(self) -> Decimal:
        return sum((s.value for s in self.stock), ZERO)
