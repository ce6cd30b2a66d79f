"""Carts put aside at a till ("aparcar") while their customers fetch money.

A parked cart is not a sale: nothing is sold, counted or shared until it is
taken back and paid. It is kept in the database rather than in the window so
that a restart, a crash or a flat battery does not lose it; taking it back
removes it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.money import quantize
from ..domain.pricing import NO_DISCOUNT, Discount, DiscountKind
from ..store import Store, models, tables
from .actors import actor_name_in, person
from .auth import acting_in
from .clock import now
from .errors import NotFound, UserError


@dataclass(frozen=True)
class ParkedLine:
    """One line as it was rung up: the item's code, how many, and its own discount."""

    code: str
    quantity: int
    discount: Discount = NO_DISCOUNT


@dataclass(frozen=True)
class ParkedSaleInfo:
    """A parked cart, with the total it had when parked and who parked it."""

    id: int
    parked_at: datetime
    lines: tuple[ParkedLine, ...]
    order_discount: Discount
    total: Decimal
    parked_by: str

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)


def _discount_json(discount: Discount) -> dict[str, str]:
    return {"kind": discount.kind.value, "value": str(discount.value)}


def _discount(data: dict[str, str]) -> Discount:
    return Discount(DiscountKind(data["kind"]), Decimal(data["value"]))


def _info(parked_id: int, parked_at: datetime, total: Decimal, lines: str, parked_by: str) -> ParkedSaleInfo:
    data = json.loads(lines)
    parked = tuple(ParkedLine(d["code"], int(d["quantity"]), _discount(d["discount"])) for d in data["lines"])
    return ParkedSaleInfo(parked_id, parked_at, parked, _discount(data["order_discount"]), total, parked_by)


def _who(session: Session, user_id: int | None) -> str:
    return "" if person(user_id) is None else actor_name_in(session, user_id)


def park(
    store: Store,
    series: str,
    lines: Sequence[ParkedLine],
    order_discount: Discount = NO_DISCOUNT,
    total: Decimal = Decimal(0),
    *,
    user_id: int,
) -> ParkedSaleInfo:
    """Keep a cart of till ``series`` aside; ``total`` is what it came to, for the list of parked carts.

    Raises:
        UserError: an empty cart, or a line of no units.
    """
    if not lines:
        raise UserError("no hay nada que aparcar: la venta está vacía")
    if any(line.quantity < 1 for line in lines):
        raise UserError("cada línea aparcada debe tener al menos una unidad")
    payload = {
        "lines": [
            {"code": line.code, "quantity": line.quantity, "discount": _discount_json(line.discount)} for line in lines
        ],
        "order_discount": _discount_json(order_discount),
    }
    with store.session() as session, session.begin():
        acting_in(session, user_id)  # the program, or an active user: nobody parks a cart
        row = models.ParkedSale(
            series=series,
            parked_at=now(),
            user_id=person(user_id),
            total=quantize(total),
            lines=json.dumps(payload, ensure_ascii=False),
        )
        session.add(row)
        session.flush()
        return _info(row.id, row.parked_at, row.total, row.lines, _who(session, user_id))


def parked_sales(store: Store, series: str) -> list[ParkedSaleInfo]:
    """The carts parked at till ``series``, oldest first.

    Read from the plain tables: the sale screen asks at start, before any
    model is made (DESIGN.md §8, :mod:`~mamakilla_pos.store.tables`).
    """
    parked, users = tables.parked_sales.c, tables.users.c
    query = (
        select(parked.id, parked.parked_at, parked.total_cents, parked.lines, users.name)
        .outerjoin(tables.users, users.id == parked.user_id)
        .where(parked.series == series)
        .order_by(parked.id)
    )
    with store.session() as session:
        return [
            _info(parked_id, at, total, lines, name or "")
            for parked_id, at, total, lines, name in session.execute(query)
        ]


def take_back(store: Store, parked_id: int) -> ParkedSaleInfo:
    """Take a parked cart back to the till: it is no longer parked.

    Raises:
        NotFound: it was already taken back (at another window, say).
    """
    with store.session() as session, session.begin():
        row = session.get(models.ParkedSale, parked_id)
        if row is None:
            raise NotFound("esa venta aparcada ya no está: otra persona la recuperó")
        info = _info(row.id, row.parked_at, row.total, row.lines, _who(session, row.user_id))
        session.execute(delete(models.ParkedSale).where(models.ParkedSale.id == parked_id))
        return info
