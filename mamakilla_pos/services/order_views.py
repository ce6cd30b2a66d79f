"""Custom orders as the screens, the slips and ``report orders`` read them (DESIGN.md §10)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.money import ZERO, to_json
from ..domain.orders import CLOSED, STATUS_LABELS, OrderMoney, money_of, whatsapp_ready
from ..store import Store
from ..store.models import Maker, Order, OrderEvent, OrderMaker, OrderPayment, Photo, Product, Sale, User
from .errors import NotFound


@dataclass(frozen=True)
class OrderPaymentView:
    """An advance taken, or given back (``kind`` ``return``), as the order's page lists it."""

    at: datetime
    kind: str
    method: str
    currency: str
    amount: Decimal
    amount_pen: Decimal
    reference: str
    user: str


@dataclass(frozen=True)
class OrderEventView:
    """A line of an order's history."""

    at: datetime
    user: str
    action: str
    status: str
    note: str


@dataclass(frozen=True)
class OrderView:
    """An order with its money worked out from its payments."""

    id: uuid.UUID
    number: str
    created_at: datetime
    customer_name: str
    customer_phone: str
    description: str
    product: str
    price: Decimal
    due_on: date
    status: str
    notes: str
    makers: tuple[tuple[str, int], ...]
    money: OrderMoney
    sale_number: str = ""
    photo_ids: tuple[uuid.UUID, ...] = ()  # its photos in the photo store, the main one first
    payments: tuple[OrderPaymentView, ...] = ()
    history: tuple[OrderEventView, ...] = ()

    @property
    def paid(self) -> Decimal:
        return self.money.paid

    @property
    def balance(self) -> Decimal:
        return ZERO if self.status in CLOSED else self.money.balance

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def open(self) -> bool:
        return self.status not in CLOSED

    def overdue(self, today: date) -> bool:
        """Due before ``today`` and not yet ready, delivered or cancelled."""
        return self.open and self.status != "listo" and self.due_on < today

    def due_within(self, today: date, days: int = 7) -> bool:
        """Still open and due from ``today`` to ``days`` later."""
        return self.open and today <= self.due_on < date.fromordinal(today.toordinal() + days)

    def maker_names(self) -> str:
        return "; ".join(name if weight == 1 else f"{name}:{weight}" for name, weight in self.makers)

    def whatsapp(self, shop: str = "Mama Killa") -> str:
        """The message to copy when the order is ready."""
        return whatsapp_ready(self.customer_name, self.description, self.money.balance, shop)

    def as_json(self) -> dict[str, object]:
        """``report orders --json``: number, status, customer, due, price, paid, balance, makers."""
        return {
            "number": self.number,
            "status": self.status,
            "customer": self.customer_name,
            "phone": self.customer_phone,
            "due": self.due_on.isoformat(),
            "price": to_json(self.price),
            "paid": to_json(self.paid),
            "balance": to_json(self.balance),
            "makers": [{"maker": name, "weight": weight} for name, weight in self.makers],
            "sale": self.sale_number or None,
        }


def _makers_of(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[tuple[str, int]]]:
    found: dict[uuid.UUID, list[tuple[str, int]]] = defaultdict(list)
    if not ids:
        return found
    for order_id, name, weight in session.execute(
        select(OrderMaker.order_id, Maker.name, OrderMaker.weight)
        .join(Maker, Maker.id == OrderMaker.maker_id)
        .where(OrderMaker.order_id.in_(ids))
        .order_by(OrderMaker.order_id, OrderMaker.position)
    ):
        found[order_id].append((name, weight))
    return found


def _photos_of(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[uuid.UUID, ...]]:
    found: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    if ids:
        for order_id, photo_id in session.execute(
            select(Photo.order_id, Photo.id).where(Photo.order_id.in_(ids)).order_by(Photo.order_id, Photo.position)
        ):
            if order_id is not None:  # always, by the query: the column may be empty for other owners' photos
                found[order_id].append(photo_id)
    return {order_id: tuple(photos) for order_id, photos in found.items()}


def _views(session: Session, orders: list[Order], full: bool = False) -> list[OrderView]:
    ids = [o.id for o in orders]
    makers = _makers_of(session, ids)
    products = {p.id: p.name for p in session.execute(select(Product)).unique().scalars()} if orders else {}
    photo_ids = _photos_of(session, ids)
    sales = dict(
        session.execute(select(Sale.id, Sale.number).where(Sale.id.in_([o.sale_id for o in orders if o.sale_id]))).all()
    )
    views = []
    for order in orders:
        paid = [
            (kind, amount)
            for kind, amount in session.execute(
                select(OrderPayment.kind, OrderPayment.amount_pen).where(OrderPayment.order_id == order.id)
            )
        ]
        payments: tuple[OrderPaymentView, ...] = ()
        history: tuple[OrderEventView, ...] = ()
        if full:
            payments, history = _payments_and_history(session, order.id)
        views.append(
            OrderView(
                order.id,
                order.number,
                order.created_at,
                order.customer_name,
                order.customer_phone,
                order.description,
                products.get(order.product_id, "") if order.product_id is not None else "",
                order.price,
                order.due_on,
                order.status,
                order.notes,
                tuple(makers.get(order.id, ())),
                money_of(order.price, paid),
                sales.get(order.sale_id, "") if order.sale_id else "",
                photo_ids.get(order.id, ()),
                payments,
                history,
            )
        )
    return views


def _payments_and_history(
    session: Session, order_id: uuid.UUID
) -> tuple[tuple[OrderPaymentView, ...], tuple[OrderEventView, ...]]:
    payments = tuple(
        OrderPaymentView(at, kind, method, currency, amount, amount_pen, reference, user or "")
        for at, kind, method, currency, amount, amount_pen, reference, user in session.execute(
            select(
                OrderPayment.created_at,
                OrderPayment.kind,
                OrderPayment.method,
                OrderPayment.currency,
                OrderPayment.amount,
                OrderPayment.amount_pen,
                OrderPayment.reference,
                User.name,
            )
            .outerjoin(User, User.id == OrderPayment.user_id)
            .where(OrderPayment.order_id == order_id)
            .order_by(OrderPayment.position)
        )
    )
    history = tuple(
        OrderEventView(at, user or "", action, status, note)
        for at, user, action, status, note in session.execute(
            select(OrderEvent.created_at, User.name, OrderEvent.action, OrderEvent.status, OrderEvent.note)
            .outerjoin(User, User.id == OrderEvent.user_id)
            .where(OrderEvent.order_id == order_id)
            .order_by(OrderEvent.position)
        )
    )
    return payments, history


def list_orders(store: Store, status: str | None = None, maker_id: int | None = None) -> list[OrderView]:
    """Orders by due date (then number); only ``status`` / ``maker_id`` ones when given."""
    with store.session() as session:
        query = select(Order).order_by(Order.due_on, Order.number)
        if status is not None:
            query = query.where(Order.status == status)
        if maker_id is not None:
            query = query.where(Order.id.in_(select(OrderMaker.order_id).where(OrderMaker.maker_id == maker_id)))
        return _views(session, list(session.execute(query).scalars()))


def get_order(store: Store, number: str) -> OrderView:
    """One order with its payments and its history.

    Raises:
        NotFound: no such order.
    """
    with store.session() as session:
        order = session.execute(select(Order).where(Order.number == number.strip())).scalar_one_or_none()
        if order is None:
            raise NotFound(f"no existe el encargo {number.strip()}")
        return _views(session, [order], full=True)[0]


def advances_outstanding(store: Store) -> Decimal:
    """Advances the shop holds on orders neither delivered nor cancelled."""
    return sum((o.paid for o in list_orders(store) if o.open), ZERO)
