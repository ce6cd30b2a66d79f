"""Plain data handed to the screens and the command line."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class MakerPart:
    """A maker of an item and her weight."""

    maker_id: int
    name: str
    weight: int

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name


@dataclass(frozen=True)
class ItemInfo:
    """An item as the till shows it."""

    id: int
    code: str
    product_id: int
    product_name: str
    category: str
    price: Decimal
    makers: tuple[MakerPart, ...]
    center_made: bool
    photo_path: str
    stock: int = 0

    @property
    def makers_label(self) -> str:
        """First names joined for a receipt: ``Rosa``, ``Rosa y Ana``, ``Rosa, Ana y Luz``."""
        names = [m.first_name for m in self.makers]
        if not names:
            return "Mama Killa"
        if len(names) == 1:
            return names[0]
        return ", ".join(names[:-1]) + " y " + names[-1]


@dataclass(frozen=True)
class MakerInfo:
    id: int
    name: str
    short_code: str
    phone: str
    dni: str
    joined_on: date | None
    trainer: str
    active: bool


@dataclass(frozen=True)
class StockLevel:
    item_code: str
    product_name: str
    makers: str
    location: str
    quantity: int


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
    method: str
    currency: str
    amount: Decimal
    rate: Decimal | None
    amount_pen: Decimal
    applied_pen: Decimal
    reference: str


@dataclass(frozen=True)
class SaleView:
    """A completed sale or refund."""

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
