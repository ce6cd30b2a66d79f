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
    active: bool = True

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
    """A maker as the makers screen lists her; ``trainer`` is the name of who trained her."""

    id: int
    name: str
    short_code: str
    phone: str
    dni: str
    joined_on: date | None
    trainer: str
    active: bool
    trainer_id: int | None = None
    notes: str = ""
    photo_path: str = ""

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name


@dataclass(frozen=True)
class LocationStock:
    """Units at one location."""

    location_code: str
    location_name: str
    units: int


@dataclass(frozen=True)
class MakerPage:
    """Everything the makers screen shows about one maker.

    Attributes:
        items: the items she made (alone or jointly), with their total stock.
        stock: units of her items per location (locations with units only).
        month_units: units of her items sold this month, refunds taken off.
        month_amount: what those units brought in (line nets), refunds taken off.
        month_share: her shares dated this month (accruals minus reversals).
        unpaid: her share entries not yet settled by a payout.
        trainees: names of the women she trained.
        has_sales: she has share entries, so she can be deactivated but never deleted.
    """

    maker: MakerInfo
    items: tuple[ItemInfo, ...]
    stock: tuple[LocationStock, ...]
    month_start: date
    month_units: int
    month_amount: Decimal
    month_share: Decimal
    unpaid: Decimal
    trainees: tuple[str, ...]
    has_sales: bool


@dataclass(frozen=True)
class ProductInfo:
    """A product with its items (one per maker or group of makers)."""

    id: int
    name: str
    category: str
    price: Decimal
    description: str
    photo_path: str
    center_made: bool
    active: bool
    items: tuple[ItemInfo, ...]

    @property
    def stock(self) -> int:
        return sum(item.stock for item in self.items)


@dataclass(frozen=True)
class LocationInfo:
    """A place where stock is kept; ``is_till`` when this till takes its stock from it."""

    code: str
    name: str
    kind: str
    active: bool
    units: int
    is_till: bool


@dataclass(frozen=True)
class StockLevel:
    item_code: str
    product_name: str
    makers: str
    location: str
    quantity: int


@dataclass(frozen=True)
class StockRow:
    """One item in the stock table: units per location code and in total."""

    item_code: str
    product_name: str
    category: str
    makers: str
    maker_ids: tuple[int, ...]
    price: Decimal
    levels: dict[str, int]
    active: bool = True

    @property
    def total(self) -> int:
        return sum(self.levels.values())

    def at(self, location_code: str) -> int:
        return self.levels.get(location_code, 0)


@dataclass(frozen=True)
class StockTable:
    """Items × locations: the columns (``(code, name)`` of each location) and the rows."""

    locations: tuple[tuple[str, str], ...]
    rows: tuple[StockRow, ...]

    def totals(self) -> dict[str, int]:
        """Units per location over every row."""
        return {code: sum(row.at(code) for row in self.rows) for code, _name in self.locations}


@dataclass(frozen=True)
class MovementView:
    """One stock movement of an item: when, where, what, how many, who."""

    created_at: datetime
    location: str
    kind: str
    quantity: int
    reason: str
    user: str
    document: str
    level_after: int


@dataclass(frozen=True)
class StocktakeLine:
    """An item counted (or expected) at a location and the difference a stocktake books."""

    item_code: str
    product_name: str
    makers: str
    expected: int
    counted: int

    @property
    def difference(self) -> int:
        return self.counted - self.expected


@dataclass(frozen=True)
class ProductionChoice:
    """A product a maker can record as made; ``item_code`` is empty when her item is created on saving."""

    product_id: int
    product_name: str
    category: str
    price: Decimal
    item_code: str
    makers: str
    stock: int


@dataclass(frozen=True)
class ProductionResult:
    """What recording production did."""

    item: ItemInfo
    quantity: int
    location_code: str
    location_name: str
    level: int
    item_created: bool


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
