"""An order's slip for the customer and its work ticket for the maker (DESIGN.md §10).

As PDF, or the slip as text for the till's thermal printer.
"""

from __future__ import annotations

from ..documents.order_slip import (
    OrderSlipData,
    SlipPayment,
    build_order_slip,
    build_order_slip_text,
    build_work_ticket,
)
from ..documents.roll_text import RollText
from ..domain.language import check_language
from ..store import Store
from .order_views import OrderView, get_order
from .photos import large_photo
from .settings import get_settings


def slip_data(store: Store, view: OrderView, language: str = "es") -> OrderSlipData:
    """What the slip and the ticket print of ``view``, with the shop's contact, in ``language``."""
    settings = get_settings(store)
    return OrderSlipData(
        number=view.number,
        created_at=view.created_at,
        customer_name=view.customer_name,
        customer_phone=view.customer_phone,
        description=view.description,
        price=view.price,
        paid=view.paid,
        balance=view.balance,
        due_on=view.due_on,
        status=view.status,
        shop_name=settings.shop_name,
        shop_address=settings.shop_address,
        shop_ruc=settings.shop_ruc,
        makers=tuple(name for name, _ in view.makers),
        payments=tuple(
            SlipPayment(p.at, p.method, p.currency, p.amount, p.amount_pen, p.kind == "return") for p in view.payments
        ),
        photos=tuple(large_photo(store, photo_id) for photo_id in view.photo_ids),
        notes=view.notes,
        language=check_language(language),
    )


def order_slip_pdf(store: Store, number: str, paper: str = "80mm", language: str = "es") -> bytes:
    """The customer's order slip (``80mm`` or ``A4``) in ``language`` (``es``, ``en`` or ``fr``).

    Raises:
        NotFound: no such order.
        ValueError: unknown paper or language.
    """
    return build_order_slip(slip_data(store, get_order(store, number), language), paper)


def order_slip_text(store: Store, number: str, columns: int, language: str = "es") -> RollText:
    """The same slip as :func:`order_slip_pdf`, as lines of ``columns`` characters for a thermal printer."""
    return build_order_slip_text(slip_data(store, get_order(store, number), language), columns)


def work_ticket_pdf(store: Store, number: str, paper: str = "A4", language: str = "es") -> bytes:
    """The maker's work ticket: what to make, photos, due date, the customer's first name only."""
    return build_work_ticket(slip_data(store, get_order(store, number), language), paper)
