"""A maker's month as the statement shows it: plain data, made by :mod:`mamakilla_pos.services.maker_statement`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class PlaceSales:
    """Her pieces sold at one place in the month (refunds taken off) and her share of them."""

    place: str
    units: int
    share: Decimal


@dataclass(frozen=True)
class Payment:
    """A payout to her in the month."""

    day: date
    number: str
    amount: Decimal
    method: str


@dataclass(frozen=True)
class MakerStatement:
    """A maker's month.

    Attributes:
        month: the first day of the month.
        made: units of her pieces produced in the month (alone or with others), and per product in ``made_items``.
        sold: units of her pieces sold in the month, refunds taken off; per place in ``places``.
        share: her share of the month (accrued less reversed).
        paid: what was paid to her in the month (``payments``).
        balance: what is owed to her at the end of the month (today, for the month under way).
        photo: her main photo (1080 px JPEG), or ``None``.
    """

    maker: str
    shop: str
    month: date
    made: int
    made_items: tuple[tuple[str, int], ...]
    sold: int
    places: tuple[PlaceSales, ...]
    share: Decimal
    paid: Decimal
    payments: tuple[Payment, ...]
    balance: Decimal
    photo: bytes | None

    @property
    def first_name(self) -> str:
        return self.maker.split()[0] if self.maker.split() else self.maker
