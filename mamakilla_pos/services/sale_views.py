"""Plain data handed to the screens and the command line: sales and refunds as recorded."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .headers import HeaderTexts


@dataclass(frozen=True)
class SaleLineView:
    id: uuid.UUID
    position: int
    item_code: str
    product_name: str
    makers: str
    quantity: int
    unit_price: Decimal
    gross: Decimal
    discount: Decimal
    net: Decimal
    share: Decimal
    returned: int = 0


@dataclass(frozen=True)
class PaymentView:
    """A payment of a sale or refund; see :attr:`is_change`."""

    method: str
    currency: str
    amount: Decimal
    rate: Decimal | None
    amount_pen: Decimal
    applied_pen: Decimal
    reference: str

    @property
    def is_change(self) -> bool:
        """Not a payment received: the change of a sale paid without soles, booked against the soles drawer.

        It hands nothing over (``amount`` zero); receipts and screens show the sale's change instead.
        """
        return self.amount == 0

    @property
    def handed_over(self) -> bool:
        """Money the customer handed over (or was paid back): every payment but :attr:`is_change`."""
        return not self.is_change


@dataclass(frozen=True)
class SaleView:
    """A completed sale or refund.

    ``note`` is a refund's reason; ``header`` the shop's texts it was
    printed with (``None`` when they were not kept).
    """

    id: uuid.UUID
    number: str
    kind: str
    created_at: datetime
    seller: str
    location: str
    subtotal: Decimal
    line_discounts: Decimal
    order_discount: Decimal
    total: Decimal
    rounding: Decimal
    amount_due: Decimal
    tendered: Decimal
    change: Decimal
    lines: tuple[SaleLineView, ...]
    payments: tuple[PaymentView, ...]
    refund_of: str = ""
    note: str = ""
    header: HeaderTexts | None = None

    @property
    def discounts(self) -> Decimal:
        return self.line_discounts + self.order_discount


@dataclass(frozen=True)
class SaleSummary:
    """A row of the sales history."""

    number: str
    kind: str
    created_at: datetime
    seller: str
    total: Decimal
    methods: str
