"""Plain data handed to the screens and the command line: the catalogue.

Stock is in :mod:`.stock_views`, sales in :mod:`.sale_views`: only the
catalogue's are needed when the till starts.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store.models import Item


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


def item_info(item: Item, stock: int = 0) -> ItemInfo:
    """What the screens are told of an item (its product's name, price and makers), with ``stock`` units."""
    return ItemInfo(
        id=item.id,
        code=item.code,
        product_id=item.product_id,
        product_name=item.product.name,
        category=item.product.category.name,
        price=item.product.price,
        makers=tuple(MakerPart(m.maker_id, m.maker.name, m.weight) for m in item.makers),
        center_made=item.product.center_made,
        stock=stock,
        active=item.active and item.product.active,
    )


class Keep(Enum):
    """A field of a change left as it is (``None`` may be a value: no trainer, no date)."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(frozen=True)
class MakerChange:
    """What to change of a maker's details; a field left at :data:`KEEP` stays as it is.

    ``joined_on`` and ``trainer_id`` may be set to ``None`` (not known, nobody);
    an empty ``short_code`` keeps hers.
    """

    name: str | Keep = KEEP
    short_code: str | Keep = KEEP
    phone: str | Keep = KEEP
    dni: str | Keep = KEEP
    joined_on: date | Keep | None = KEEP
    trainer_id: int | Keep | None = KEEP
    notes: str | Keep = KEEP

    def changed(self) -> dict[str, object]:
        """The fields to change, by name, in the order they are declared."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not KEEP}


@dataclass(frozen=True)
class ProductChange:
    """What to change of a product; a field left at :data:`KEEP` stays as it is.

    A new ``price`` applies to sales from now on; ``active`` false takes it off the till.
    """

    name: str | Keep = KEEP
    category: str | Keep = KEEP
    price: Decimal | Keep = KEEP
    description: str | Keep = KEEP
    active: bool | Keep = KEEP
