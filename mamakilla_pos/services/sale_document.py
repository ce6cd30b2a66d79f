"""A sale just recorded, as the till prints it: made from the rows the sale wrote, not read back.

:func:`~.sales.record_sale_in` knows everything its receipt shows — the
lines as priced, the makers, the payments, the seller, the shop's texts it
kept with the sale — before it commits. It hands that over as the
:class:`~.sale_views.SaleView` that :func:`~.history.get_sale` would read
back from the database, so the till prints the receipt of the sale it just
made without a second trip to the database (DESIGN.md §8: the thermal
receipt's budget).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .headers import HeaderTexts
from .sale_views import PaymentView, SaleLineView, SaleView


def recorded_sale(
    sale: Any,
    lines: Sequence[Any],
    payments: Sequence[Any],
    codes: Sequence[str],
    makers: Sequence[tuple[str, ...]],
    seller: str,
    location: str,
    header: HeaderTexts | None,
    *,
    refund_of: str = "",
    returned: Sequence[int] | None = None,
) -> SaleView:
    """The :class:`SaleView` of a sale about to be committed, from its rows as written.

    Args:
        sale, lines, payments: the rows, by the models' attribute names.
        codes: each line's item code, in the lines' order.
        makers: each line's makers' names, in the order the item lists them.
        seller: the seller's name ("" for the program itself).
        location: the name of the location the stock left.
        header: the shop's texts kept with the sale.
        refund_of: the number of the sale a refund returns from.
        returned: each line's units returned so far, in the lines' order.

    :func:`~.history.get_sale` builds the sale it reads back here too.
    """
    so_far = returned if returned is not None else [0] * len(lines)
    return SaleView(
        id=sale.id,
        number=sale.number,
        kind=sale.kind,
        created_at=sale.created_at,
        seller=seller,
        location=location,
        subtotal=sale.subtotal,
        line_discounts=sale.line_discounts,
        order_discount=sale.order_discount,
        total=sale.total,
        rounding=sale.rounding,
        amount_due=sale.amount_due,
        tendered=sale.tendered,
        change=sale.change,
        lines=tuple(
            SaleLineView(
                id=line.id,
                position=line.position,
                item_code=code,
                product_name=line.product_name,
                makers=", ".join(names),
                quantity=line.quantity,
                unit_price=line.unit_price,
                gross=line.gross,
                discount=line.line_discount + line.order_discount,
                net=line.net,
                share=line.share,
                returned=back,
            )
            for line, code, names, back in zip(lines, codes, makers, so_far, strict=True)
        ),
        payments=tuple(
            PaymentView(p.method, p.currency, p.amount, p.rate, p.amount_pen, p.applied_pen, p.reference)
            for p in payments
        ),
        refund_of=refund_of,
        note=sale.note,
        header=header,
    )
