"""Taking the money for the cart: the till opened first if need be, then the sale recorded."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from ..domain.payments import Tender
from ..services.sales import SaleRequest, SaleResult, record_sale
from ..store import Store
from .approval import with_approval
from .cart_model import CartModel
from .till_user import current_user_id
from .widgets.i18n import money, tr


def open_till_to_pay(parent: QWidget, store: Store) -> bool:
    """The till is closed: count the float by denomination and open it (never "S/ 0.00" unasked).

    Returns whether the till is open now.
    """
    from .open_till_dialog import OpenTillDialog

    session, opened = OpenTillDialog.run(parent, store, current_user_id(parent))
    return opened and session is not None


def record_cart(
    parent: QWidget, store: Store, cart: CartModel, tenders: Sequence[Tender], location: str | None
) -> SaleResult:
    """Record ``cart`` as a sale paid with ``tenders``, sold from ``location``.

    A discount past the seller's limit was approved when it was given (the
    approval is on the cart); anything else a coordinator must approve (a
    changed price) is asked here, over the payment dialog. The cart stays as
    it is whatever the answer.

    Raises:
        UserError: the sale cannot be recorded; nothing was written.
    """
    request = SaleRequest(
        lines=cart.line_requests(),
        tenders=tuple(tenders),
        order_discount=cart.order_discount,
        location_code=location,
        user_id=current_user_id(parent),
    )
    given = cart.approval
    return with_approval(
        parent,
        store,
        lambda approval: record_sale(store, replace(request, approval=approval or given)),
        tr("Venta de %1").replace("%1", money(cart.total)),
    )
