"""Plain data of transfer lists and fair returns, handed to the screens and the packing slip."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain.stands import units_left


@dataclass(frozen=True)
class TransferLine:
    """``quantity`` units of the item ``item_code`` to move."""

    item_code: str
    quantity: int


@dataclass(frozen=True)
class OnHand:
    """An item and the units the system holds of it at one location."""

    item_code: str
    product_name: str
    makers: str
    units: int


@dataclass(frozen=True)
class FairLine:
    """One item over a fair outing: units that went out, were sold, came back and are still there.

    ``before`` is what the stand held of it when the outing began (below
    zero: sold beyond stock earlier); ``other`` is what production,
    adjustments and counts added there (negative: removed).
    """

    item_code: str
    product_name: str
    makers: str
    sent: int
    sold: int
    other: int
    returned: int
    before: int = 0

    @property
    def left(self) -> int:
        """Units the system still holds at the stand."""
        return units_left(self.before, self.sent, self.sold, self.other, self.returned)


@dataclass(frozen=True)
class FairOuting:
    """What went to a stand since it was last empty, and what became of it."""

    location_code: str
    location_name: str
    since: datetime | None
    lines: tuple[FairLine, ...]

    def line(self, item_code: str) -> FairLine | None:
        return next((ln for ln in self.lines if ln.item_code == item_code), None)


@dataclass(frozen=True)
class MovedLine:
    """A line of a recorded transfer list: units moved and what the origin held before."""

    item_code: str
    product_name: str
    makers: str
    quantity: int
    on_hand: int

    @property
    def over(self) -> bool:
        """More units went than the origin held."""
        return self.quantity > self.on_hand


@dataclass(frozen=True)
class TransferListResult:
    """A transfer list as recorded: one transaction, one journal entry, one packing slip.

    ``ref`` is the journal reference; ``outing`` is set on the return from a
    fair (the stand's outing, this return included).
    """

    ref: str
    created_at: datetime
    user: str
    source_code: str
    source_name: str
    target_code: str
    target_name: str
    note: str
    lines: tuple[MovedLine, ...]
    approved_by: str = ""
    outing: FairOuting | None = None

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def number(self) -> str:
        """A short reference for the paper: ``T-1A2B3C4D``."""
        return "T-" + self.ref.replace("-", "")[:8].upper()
