"""Reading completed sales and refunds back."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, aliased

from ..domain.payments import METHOD_LABELS
from ..store import Store
from ..store.models import DocumentHeader, Item, ItemMaker, Location, Maker, Payment, Sale, SaleLine, User
from .errors import NotFound
from .headers import TEXT_FIELDS, HeaderTexts
from .refunds import returned_so_far_in
from .sale_document import recorded_sale
from .sale_views import PaymentView, SaleLineView, SaleSummary, SaleView


def _user_name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return user.name if user else ""


def _sale_view(session: Session, sale: Sale) -> SaleView:
    items = {
        item.id: item
        for item in session.execute(select(Item).where(Item.id.in_({ln.item_id for ln in sale.lines})))
        .unique()
        .scalars()
    }
    returned = returned_so_far_in(session, [ln.id for ln in sale.lines]) if sale.kind == "sale" else {}
    refund_of = ""
    if sale.refund_of_id is not None:
        original = session.get(Sale, sale.refund_of_id)
        refund_of = original.number if original else ""
    location = session.get(Location, sale.location_id)
    return recorded_sale(
        sale,
        sale.lines,
        sale.payments,
        [items[ln.item_id].code for ln in sale.lines],
        [tuple(m.maker.name for m in items[ln.item_id].makers) for ln in sale.lines],
        _user_name(session, sale.seller_id),
        location.name if location else "",
        None,
        refund_of=refund_of,
        returned=[returned.get(ln.id, (0, None))[0] for ln in sale.lines],
    )


_ORIGINAL = aliased(Sale)
_SALE = (
    select(
        Sale.id,
        Sale.number,
        Sale.kind,
        Sale.created_at,
        func.coalesce(User.name, ""),
        func.coalesce(Location.name, ""),
        Sale.subtotal,
        Sale.line_discounts,
        Sale.order_discount,
        Sale.total,
        Sale.rounding,
        Sale.amount_due,
        Sale.tendered,
        Sale.change,
        func.coalesce(_ORIGINAL.number, ""),
        Sale.note,
        *(getattr(DocumentHeader, name) for name in TEXT_FIELDS),
    )
    .outerjoin(User, User.id == Sale.seller_id)
    .outerjoin(Location, Location.id == Sale.location_id)
    .outerjoin(_ORIGINAL, _ORIGINAL.id == Sale.refund_of_id)
    .outerjoin(DocumentHeader, DocumentHeader.id == Sale.header_id)
    .where(Sale.number == bindparam("number"))
)
_RETURNED = aliased(SaleLine)
_LINES = (
    select(
        SaleLine.id,
        SaleLine.position,
        Item.code,
        SaleLine.product_name,
        Maker.name,
        SaleLine.quantity,
        SaleLine.unit_price,
        SaleLine.gross,
        SaleLine.line_discount,
        SaleLine.order_discount,
        SaleLine.net,
        SaleLine.share,
        select(func.coalesce(func.sum(_RETURNED.quantity), 0))
        .where(_RETURNED.refund_of_line_id == SaleLine.id)
        .scalar_subquery(),
    )
    .join(Item, Item.id == SaleLine.item_id)
    .outerjoin(ItemMaker, ItemMaker.item_id == SaleLine.item_id)
    .outerjoin(Maker, Maker.id == ItemMaker.maker_id)
    .where(SaleLine.sale_id == bindparam("sale_id"))
    .order_by(SaleLine.position, ItemMaker.position)
)
_PAYMENTS = select(
    Payment.method,
    Payment.currency,
    Payment.amount,
    Payment.rate,
    Payment.amount_pen,
    Payment.applied_pen,
    Payment.reference,
).where(Payment.sale_id == bindparam("sale_id"))


def get_sale(store: Store, number: str) -> SaleView:
    """A sale or refund by its number.

    Read as plain columns in three small queries: the till prints the
    receipt of every sale from this (DESIGN.md §8).

    Raises:
        NotFound: no document has that number.
    """
    with store.session() as session:
        return read_sale_in(session, number)


def read_sale_in(session: Session, number: str) -> SaleView:
    """:func:`get_sale` inside the caller's session (the receipt reads the settings in the same one)."""
    connection = session.connection()
    row = connection.execute(_SALE, {"number": number.strip()}).first()
    if row is None:
        raise NotFound(f"no existe la nota {number.strip()}")
    fields: Sequence[Any] = row
    sale_id, kind = fields[0], fields[2]
    lines: dict[uuid.UUID, list[Any]] = {}
    makers: dict[uuid.UUID, list[str]] = {}
    for line in connection.execute(_LINES, {"sale_id": sale_id}):
        if line[0] not in lines:
            lines[line[0]] = list(line)
            makers[line[0]] = []
        if line[4] is not None:
            makers[line[0]].append(line[4])
    payments = tuple(PaymentView(*p) for p in connection.execute(_PAYMENTS, {"sale_id": sale_id}))
    (_, stored_number, _, at, seller, location, subtotal, line_discounts, order_discount, total) = fields[:10]
    (rounding, amount_due, tendered, change, refund_of, note, *texts) = fields[10:]
    return SaleView(
        sale_id,
        stored_number,
        kind,
        at,
        seller,
        location,
        subtotal,
        line_discounts,
        order_discount,
        total,
        rounding,
        amount_due,
        tendered,
        change,
        tuple(_line_view(line, makers[line[0]], kind) for line in lines.values()),
        payments,
        refund_of,
        note or "",
        HeaderTexts(*texts) if texts[0] is not None else None,
    )


def _line_view(line: list[Any], makers: list[str], kind: str) -> SaleLineView:
    line_id, position, code, name, _, quantity, unit_price, gross, discount, order_discount, net, share, back = line
    return SaleLineView(
        id=line_id,
        position=position,
        item_code=code,
        product_name=name,
        makers=", ".join(makers),
        quantity=quantity,
        unit_price=unit_price,
        gross=gross,
        discount=discount + order_discount,
        net=net,
        share=share,
        returned=int(back or 0) if kind == "sale" else 0,
    )


def last_sale_number(store: Store, series: str) -> str | None:
    """The newest document of a till series, for "reprint last"."""
    with store.session() as session:
        return session.execute(
            select(Sale.number).where(Sale.series == series).order_by(Sale.seq.desc()).limit(1)
        ).scalar_one_or_none()


def list_sales(store: Store, day: date) -> list[SaleSummary]:
    """Sales and refunds of one day, newest first."""
    start = datetime.combine(day, time())
    with store.session() as session:
        sales = session.execute(
            select(Sale)
            .where(Sale.created_at >= start, Sale.created_at < start + timedelta(days=1))
            .order_by(Sale.created_at.desc(), Sale.seq.desc())
        ).scalars()
        result = []
        for sale in sales:
            methods = ", ".join(sorted({METHOD_LABELS.get(p.method, p.method) for p in sale.payments if p.amount}))
            result.append(
                SaleSummary(
                    sale.number,
                    sale.kind,
                    sale.created_at,
                    _user_name(session, sale.seller_id),
                    sale.total,
                    methods,
                )
            )
        return result


def line_ids(store: Store, number: str) -> list[tuple[int, str]]:
    """``(position, id)`` of a sale's lines, for refunds chosen by position."""
    with store.session() as session:
        rows = session.execute(
            select(SaleLine.position, SaleLine.id).join(Sale).where(Sale.number == number).order_by(SaleLine.position)
        )
        return [(pos, str(line_id)) for pos, line_id in rows]
