"""The makers' share of a sale line (DESIGN.md §4.5)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from .allocation import allocate
from .cash import cash_round_down
from .money import quantize

DEFAULT_SHARE_RATE = Decimal("0.45")


@dataclass(frozen=True)
class MakerTotals:
    """A maker's shares accrued on sales and reversed by refunds, over a cash session or a day."""

    maker: str
    accrued: Decimal
    reversed: Decimal

    @property
    def net(self) -> Decimal:
        """Accrued less reversed."""
        return self.accrued - self.reversed


def line_share(line_net: Decimal, rate: Decimal) -> Decimal:
    """Share of a line: ``round_half_up(net × rate, 0.01)``."""
    if not Decimal(0) <= rate <= Decimal(1):
        raise ValueError("share rate must be between 0 and 1")
    return quantize(line_net * rate)


def split_share(share: Decimal, weights: Sequence[Decimal | int]) -> list[Decimal]:
    """Split a line share among makers by weight; parts add up exactly."""
    return allocate(share, weights)


def payout_to_pay(owed: Decimal, method: str, rounding_step: Decimal | None) -> tuple[Decimal, Decimal]:
    """``(paid, kept)`` for a payout of ``owed`` soles with ``method`` (DESIGN.md §4 rule 7).

    Cash pays ``owed`` rounded down to the coin step (0.10): ``kept``, the
    céntimos it cannot pay, stays in the maker's balance for her next payout.
    Yape, Plin and transfer pay exactly. Nothing is paid when ``owed`` is zero
    or less.
    """
    owed = quantize(owed)
    if owed <= 0:
        return quantize(0), quantize(0)
    paid = cash_round_down(owed, rounding_step) if method == "cash" else owed
    return paid, owed - paid
