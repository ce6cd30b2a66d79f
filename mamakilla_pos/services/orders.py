"""Custom orders (encargos): taking an order, its advances and its statuses (DESIGN.md §10).

An order is its own record with a list of payments (:mod:`..store.models.orders`):
an advance (seña) goes into the drawer of the till's open session as an
advance, not a sale; what is left to pay is worked out from the payments
(:mod:`..domain.orders`). The pickup and the cancellation are in
:mod:`.order_close`; what the screens and reports read is in
:mod:`.order_views`. Every change is journaled with who made it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.money import to_json
from ..domain.orders import (
    ADVANCE,
    STATUSES,
    WORKING,
    OrderError,
    OrderMoney,
    check_advance,
    check_price,
    check_status_change,
    money_of,
)
from ..domain.payments import METHOD_LABELS, METHODS, PaymentError, Tender, tender_value
from ..store import Store
from ..store.ids import new_id
from ..store.models import CashSession, Maker, Order, OrderEvent, OrderMaker, OrderPayment, Product
from . import journal
from .actors import actor_name_in, person
from .auth import acting_in
from .clock import now
from .errors import NotFound, UserError
from .photos import Owner, add_prepared_in, prepare_photo
from .sale_writes import receipt_series_of, take_number_in
from .settings import ShopSettings, load_in

if TYPE_CHECKING:
    from ..documents.photos import PreparedPhoto


@dataclass(frozen=True)
class NewOrder:
    """What the seller types when a customer orders a bag.

    ``makers`` are ``(maker id, weight)``; ``photos`` pictures (a file's or
    the camera's bytes) kept in the photo store as the order's; ``number`` is
    set only for an order written on paper (its number is kept),
    ``created_at`` likewise.
    """

    customer_name: str
    description: str
    price: Decimal
    due_on: date
    makers: tuple[tuple[int, int], ...]
    customer_phone: str = ""
    product_id: int | None = None
    notes: str = ""
    photos: tuple[bytes, ...] = ()
    status: str = "confirmado"
    user_id: int = field(kw_only=True)
    number: str | None = None
    created_at: datetime | None = None


def series_of(settings: ShopSettings) -> str:
    """The order series of this till: ``E`` and its receipt series (``EB001``).

    Raises:
        UserError: this program is no till.
    """
    return f"E{receipt_series_of(settings)}"[:8]


def order_row_in(session: Session, number: str, lock: bool = False) -> Order:
    """The order numbered ``number``.

    Raises:
        NotFound: no such order.
    """
    query = select(Order).where(Order.number == number.strip())
    if lock:
        query = query.with_for_update()
    order = session.execute(query).scalar_one_or_none()
    if order is None:
        raise NotFound(f"no existe el encargo {number.strip()}")
    return order


def order_money_in(session: Session, order: Order) -> OrderMoney:
    """The order's :class:`~..domain.orders.OrderMoney` from its payments."""
    rows = session.execute(
        select(OrderPayment.kind, OrderPayment.amount_pen).where(OrderPayment.order_id == order.id)
    ).all()
    return money_of(order.price, [(kind, amount) for kind, amount in rows])


def event_in(session: Session, order: Order, action: str, user_id: int, at: datetime, note: str = "") -> OrderEvent:
    """A line of the order's history, added to the session (journaled by the caller's entry)."""
    session.flush()
    before = session.execute(select(func.count(OrderEvent.id)).where(OrderEvent.order_id == order.id)).scalar_one()
    row = OrderEvent(
        id=new_id(),
        order_id=order.id,
        position=before + 1,
        created_at=at,
        user_id=person(user_id),
        action=action,
        status=order.status,
        note=note.strip()[:500],
    )
    session.add(row)
    return row


def write_journal_in(
    session: Session, kind: str, order: Order, user_id: int, at: datetime, *rows: object, **extra: object
) -> None:
    """One journal entry for an order's change: the order's number and status, and the rows written."""
    payload: dict[str, object] = {"number": order.number, "status": order.status, **extra}
    journal.append_in(session, kind, order.number, payload, actor_name_in(session, user_id), at, journal.rows_of(*rows))


def _clean_makers(session: Session, makers: Sequence[tuple[int, int]]) -> list[tuple[Maker, int]]:
    if not makers:
        raise UserError("asigne al menos una artesana al encargo")
    found: list[tuple[Maker, int]] = []
    for maker_id, weight in makers:
        maker = session.get(Maker, maker_id)
        if maker is None:
            raise NotFound(f"no existe la artesana {maker_id}")
        if isinstance(weight, bool) or not isinstance(weight, int) or weight < 1:
            raise UserError(f"el peso de {maker.name} debe ser un número entero desde 1")
        if any(m.id == maker.id for m, _ in found):
            raise UserError(f"{maker.name} figura dos veces")
        found.append((maker, weight))
    return found


def _check_new(new: NewOrder) -> None:
    if not new.customer_name.strip():
        raise UserError("escriba el nombre de la clienta")
    if not new.description.strip():
        raise UserError("escriba qué hay que hacer")
    if new.status not in WORKING:
        raise UserError(f"un encargo nuevo empieza en uno de: {', '.join(WORKING)}")
    try:
        check_price(new.price)
    except OrderError as exc:
        raise UserError(str(exc)) from None


def add_order_in(
    session: Session, new: NewOrder, settings: ShopSettings, photos: Sequence[PreparedPhoto] = ()
) -> Order:
    """Record an order inside the caller's transaction (the screen's and the import's), with its prepared photos."""
    _check_new(new)
    makers = _clean_makers(session, new.makers)
    if new.product_id is not None and session.get(Product, new.product_id) is None:
        raise NotFound(f"no existe el producto {new.product_id}")
    at = new.created_at or now()
    if new.number:
        number = new.number.strip()
        if session.execute(select(Order.id).where(Order.number == number)).first():
            raise UserError(f"el encargo {number} ya está registrado")
        series, seq = "PAPEL", take_number_in(session, "EPAPEL")[1]
    else:
        series = series_of(settings)
        number, seq = take_number_in(session, series)
    order = Order(
        id=new_id(),
        number=number,
        series=series,
        seq=seq,
        created_at=at,
        created_by_id=person(new.user_id),
        customer_name=" ".join(new.customer_name.split())[:120],
        customer_phone=new.customer_phone.strip()[:32],
        description=new.description.strip(),
        product_id=new.product_id,
        price=new.price,
        due_on=new.due_on,
        status=new.status,
        notes=new.notes.strip(),
        source="import" if new.number else "till",
        sale_id=None,
    )
    session.add(order)
    session.flush()
    for position, (maker, weight) in enumerate(makers):
        session.add(OrderMaker(order_id=order.id, maker_id=maker.id, weight=weight, position=position))
    created = event_in(session, order, "created", new.user_id, at, new.notes)
    write_journal_in(session, "order", order, new.user_id, at, created, price=to_json(order.price))
    for photo in photos:
        add_prepared_in(session, Owner("order", order.id), photo, new.user_id)
    return order


def create_order(store: Store, new: NewOrder, prepared: Sequence[PreparedPhoto] = ()) -> str:
    """Record a new order with its photos (``new.photos``, and ``prepared`` ones already cropped); returns its number.

    Raises:
        UserError: no customer, nothing to make, a bad price, no maker, a
            picture that cannot be used.
    """
    ready = [*prepared, *(prepare_photo(data) for data in new.photos)]  # before the transaction: no lock held
    with store.session() as session, session.begin():
        return add_order_in(session, new, load_in(session), ready).number


def set_status(store: Store, number: str, status: str, user_id: int, note: str = "") -> str:
    """One tap: move an open order to another working status (journaled). Returns the new status.

    Raises:
        UserError: an unknown status, a delivered or cancelled order, or
            delivery and cancellation (they have their own actions).
    """
    with store.session() as session, session.begin():
        order = order_row_in(session, number, lock=True)
        try:
            check_status_change(order.status, status)
        except OrderError as exc:
            raise UserError(str(exc)) from None
        before, at = order.status, now()
        order.status = status
        changed = event_in(session, order, "status", user_id, at, note)
        write_journal_in(session, "order_status", order, user_id, at, changed, before=before)
        return status


def open_session_id_in(session: Session, settings: ShopSettings) -> uuid.UUID:
    """The till's open cash session, which every advance and every return goes through.

    Raises:
        UserError: no cash session is open.
    """
    found = session.execute(
        select(CashSession.id)
        .where(CashSession.till == settings.till, CashSession.closed_at.is_(None))
        .with_for_update(read=True)
    ).scalar_one_or_none()
    if found is None:
        raise UserError("abra la caja antes de recibir o devolver dinero de un encargo")
    return found


def payment_row_in(
    session: Session,
    order: Order,
    kind: str,
    tender: Tender,
    amount_pen: Decimal,
    rate: Decimal | None,
    session_id: uuid.UUID | None,
    user_id: int,
    at: datetime,
) -> OrderPayment:
    session.flush()
    before = session.execute(select(func.count(OrderPayment.id)).where(OrderPayment.order_id == order.id)).scalar_one()
    return OrderPayment(
        id=new_id(),
        order_id=order.id,
        position=before + 1,
        created_at=at,
        kind=kind,
        method=tender.method,
        currency=tender.currency,
        amount=tender.amount,
        rate=rate,
        amount_pen=amount_pen,
        reference=tender.reference.strip()[:64],
        cash_session_id=session_id,
        user_id=person(user_id),
    )


def add_advance_in(
    session: Session,
    order: Order,
    tender: Tender,
    settings: ShopSettings,
    user_id: int,
    at: datetime | None = None,
    session_id: uuid.UUID | None = None,
) -> OrderPayment:
    """Record an advance inside the caller's transaction; ``session_id`` ``None`` for a paper order."""
    if tender.method not in METHODS:
        raise UserError(f"método de pago desconocido: {tender.method}")
    rate = settings.usd_rate if tender.method == "usd" else None
    try:
        amount_pen = tender_value(tender, rate)
        check_advance(order_money_in(session, order), amount_pen, order.status)
    except (PaymentError, OrderError) as exc:
        raise UserError(str(exc)) from None
    at = at or now()
    payment = payment_row_in(session, order, ADVANCE, tender, amount_pen, rate, session_id, user_id, at)
    session.add(payment)
    taken = event_in(
        session,
        order,
        "advance",
        user_id,
        at,
        f"{METHOD_LABELS.get(tender.method, tender.method)} S/ {to_json(amount_pen)}",
    )
    write_journal_in(session, "order_advance", order, user_id, at, payment, taken, amount_pen=to_json(amount_pen))
    return payment


def take_advance(store: Store, number: str, tender: Tender, user_id: int) -> Decimal:
    """Take an advance (seña) on an order, in the till's open session; returns the balance left.

    A dollar advance goes into the dollar drawer at the day's rate; Yape,
    Plin, card and transfer keep their operation number.

    Raises:
        UserError: no open session, a closed order, an amount that passes the balance.
    """
    with store.session() as session, session.begin():
        acting_in(session, user_id)
        settings = load_in(session)
        order = order_row_in(session, number, lock=True)
        session_id = open_session_id_in(session, settings)
        add_advance_in(session, order, tender, settings, user_id, session_id=session_id)
        session.flush()
        return order_money_in(session, order).balance


def known_status(status: str) -> str:
    """``status`` if it is one (:data:`~..domain.orders.STATUSES`).

    Raises:
        UserError: it is not.
    """
    if status not in STATUSES:
        raise UserError(f"estado desconocido: {status}")
    return status
