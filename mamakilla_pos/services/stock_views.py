"""Plain data handed to the screens and the command line: stock and production."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from .catalogue_views import ItemInfo


@dataclass(frozen=True)
class StockLevel:
    """Units of one item at one location, with the product's current price."""

    item_code: str
    product_name: str
    makers: str
    location: str
    quantity: int
    price: Decimal


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
