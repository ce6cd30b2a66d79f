"""When the cash drawer opens by itself: whenever cash goes in or out of it (DESIGN.md §10)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from .money import ZERO
from .payments import CASH_METHODS


def opens_drawer(methods: Iterable[str], change: Decimal = ZERO) -> bool:
    """Whether a sale or refund paid with ``methods`` opens the drawer.

    It does when any of them is cash (soles or dollars, both kept in the
    drawer) or when change is handed back in cash; a sale paid only by
    Yape, Plin, card or transfer, with no change, does not.
    """
    return change > ZERO or any(method in CASH_METHODS for method in methods)
