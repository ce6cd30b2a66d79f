"""The seller's discount limit, asked about when the discount is given (not at payment).

A seller gives up to the shop's limit on each line alone; past it a
coordinator types her PIN there and then, and the approval stays with the
cart until it is paid (the sale then records it).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..domain.pricing import CartLine, Discount
from ..services.errors import UserError
from ..services.settings import get_settings
from ..store import Store
from .cart_model import CartModel, discount_text
from .till_user import till_user_of
from .widgets.i18n import tr


def seller_must_ask(widget: QWidget) -> bool:
    """Whether the person at the till needs a coordinator for a discount past the limit."""
    user = till_user_of(widget)
    return user is not None and user.current is not None and not user.may("discount_over_limit")


def limit_note(widget: QWidget, store: Store) -> str:
    """What the discount dialog tells a seller about her limit; nothing for whoever has none."""
    if not seller_must_ask(widget):
        return ""
    limit = f"{get_settings(store).seller_discount_limit.normalize():f}"
    return tr("Hasta {limit} % por línea sin aprobación; más, con el PIN de una coordinadora.").format(limit=limit)


def approve_discount(
    widget: QWidget, store: Store, cart: CartModel, lines: list[CartLine], order_discount: Discount
) -> str:
    """Check the seller's limit on ``lines`` line by line; past it, ask a coordinator now.

    Returns ``""`` when the discount may be given (the approval, if one was
    asked, is kept on ``cart``), else why not. A discount the cart cannot
    price at all is let through: the cart refuses it with its own message.
    """
    if not seller_must_ask(widget) or cart.approval is not None:
        return ""
    from ..services.quote import discounts_over_limit
    from .approval import ApprovalDialog

    limit = get_settings(store).seller_discount_limit
    try:
        over = discounts_over_limit(lines, order_discount, limit)
    except UserError:
        return ""
    if not over:
        return ""
    position, percent = over[0]
    detail = tr("{name}: {percent} % de descuento; su límite es {limit} %").format(
        name=cart.entry(position).item.product_name,
        percent=f"{percent.normalize():f}",
        limit=f"{limit.normalize():f}",
    )
    user = till_user_of(widget)
    requester = user.current.name if user is not None and user.current is not None else ""
    approval, approved = ApprovalDialog.run(widget, store, "discount_over_limit", requester, detail)
    if not approved or approval is None:
        return tr("Descuento no aplicado. {detail}.").format(detail=detail)
    cart.approval = approval
    return ""


def discount_given(discount: Discount, name: str) -> str:
    """What the banner says once a discount is given to the line of ``name`` (or, ``""``, to the sale)."""
    if not discount.value:
        text = tr("Sin descuento en {name}.") if name else tr("Sin descuento a la venta.")
    else:
        text = tr("Descuento de {d} en {name}.") if name else tr("Descuento de {d} a toda la venta.")
    return text.format(d=discount_text(discount), name=name)


def ask_line_discount(widget: QWidget, store: Store, cart: CartModel, row: int) -> tuple[Discount | None, str]:
    """Ask the discount of line ``row`` and, past the seller's limit, a coordinator's PIN.

    Returns the discount to give (``None``: cancelled or refused) and why it was refused (or ``""``).
    """
    from .cart_dialogs import DiscountDialog  # the cart's dialogs load on first use, not at start

    priced = cart.priced
    entry = cart.entry(row)
    if priced is None:
        return None, ""
    discount, accepted = DiscountDialog.run(
        widget,
        tr("Descuento en {name}").format(name=entry.item.product_name),
        priced.lines[row].gross,
        entry.discount,
        limit_note(widget, store),
    )
    if not accepted:
        return None, ""
    refused = approve_discount(widget, store, cart, cart.lines_with(row, discount), cart.order_discount)
    return (None, refused) if refused else (discount, "")


def ask_order_discount(widget: QWidget, store: Store, cart: CartModel) -> tuple[Discount | None, str]:
    """Ask a discount on the whole sale and, past the seller's limit on any line, a coordinator's PIN."""
    from .cart_dialogs import DiscountDialog

    priced = cart.priced
    if priced is None:
        return None, ""
    base = priced.total + priced.order_discount
    discount, accepted = DiscountDialog.run(
        widget, tr("Descuento a toda la venta"), base, cart.order_discount, limit_note(widget, store)
    )
    if not accepted:
        return None, ""
    refused = approve_discount(widget, store, cart, cart.lines_with(), discount)
    return (None, refused) if refused else (discount, "")
