"""Refund arithmetic (DESIGN.md §4.6).

A refund of ``q`` units out of ``Q`` sold returns the rounded proportional
amount counted from the start of the line, less what earlier refunds already
returned. The first refund of a line is thus exactly ``round(net × q / Q)``;
the refund that brings the returned units to ``Q`` returns the exact
remainder; and no refund is ever negative, however many steps are taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from .cash import cash_round_down, cash_round_up
from .money import quantize


def refund_amount(
    amount: Decimal,
    sold_units: int,
    returned_units: int,
    returned_amount: Decimal,
    units: int,
) -> Decimal:
    """Amount to return now for ``units`` more units of a line.

    Args:
        amount: what the line (or one maker's part of its share) was worth.
        sold_units: units sold on the line, ``Q``.
        returned_units: units already returned by earlier refunds.
        returned_amount: amount already returned by earlier refunds.
        units: units returned now, ``q``.

    Raises:
        ValueError: more units than remain on the line, or none.
    """
    if units <= 0:
        raise ValueError("a refund returns at least one unit")
    if returned_units + units > sold_units:
        raise ValueError("cannot return more units than were sold")
    after = returned_units + units
    if after == sold_units:
        return quantize(amount - returned_amount)
    return quantize(amount * after / sold_units) - quantize(returned_amount)


def money_back(total: Decimal, refund_method: str, sale_methods: Sequence[str], step: Decimal | None) -> Decimal:
    """What is handed back for a refund worth ``total`` paid with ``refund_method`` (DESIGN.md §4.4).

    ``sale_methods`` are the methods the sale was paid with, one per payment.
    Only cash is rounded to ``step`` (``None``: the till does not round),
    always in the customer's favour: down when the sale itself was paid all
    in soles cash (so a full refund gives back exactly what was paid), up
    otherwise (she paid the exact amount by card, Yape or dollars and must
    not lose the céntimos).
    """
    if refund_method != "cash" or not step:
        return total
    paid_all_in_cash = bool(sale_methods) and all(method == "cash" for method in sale_methods)
    return cash_round_down(total, step) if paid_all_in_cash else cash_round_up(total, step)
