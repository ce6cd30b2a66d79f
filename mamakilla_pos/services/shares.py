"""Makers' shares: balances over a period and payouts (DESIGN.md §4.5–4.7)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..domain.money import ZERO, to_json
from ..store import Store
from ..store.models import CashMovement, CashSession, Maker, Payout, ShareEntry
from ..store.types import Money
from . import journal
from .clock import now
from .errors import NotFound, UserError
from .people import actor_name
from .settings import load

PAYOUT_METHODS = ("cash", "yape", "plin", "transfer")


@dataclass(frozen=True)
class MakerBalance:
    """A maker's shares dated within a period.

    ``accrued`` and ``reversed`` are positive amounts; ``paid`` is the part of
    those entries already settled by payouts and ``balance`` the part still
    owed, so ``accrued - reversed = paid + balance`` always.
    """

    maker_id: int
    maker: str
    accrued: Decimal
    reversed: Decimal
    paid: Decimal
    balance: Decimal


def _day_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    if end < start:
        raise UserError("la fecha final es anterior a la inicial")
    return datetime.combine(start, time()), datetime.combine(end + timedelta(days=1), time())


def share_balances(store: Store, start: date, end: date) -> list[MakerBalance]:
    """Every maker with shares in ``[start, end]``: accrued, reversed, paid, balance."""
    low, high = _day_bounds(start, end)
    settled = ShareEntry.payout_id.is_not(None)
    with store.session() as session:
        rows = session.execute(
            select(
                Maker.id,
                Maker.name,
                func.sum(case((ShareEntry.amount > 0, ShareEntry.amount), else_=ZERO), type_=Money()),
                func.sum(case((ShareEntry.amount < 0, -ShareEntry.amount), else_=ZERO), type_=Money()),
                func.sum(case((settled, ShareEntry.amount), else_=ZERO), type_=Money()),
                func.sum(case((settled, ZERO), else_=ShareEntry.amount), type_=Money()),
            )
            .join(ShareEntry, ShareEntry.maker_id == Maker.id)
            .where(ShareEntry.created_at >= low, ShareEntry.created_at < high)
            .group_by(Maker.id, Maker.name)
            .order_by(Maker.name)
        ).all()
    return [MakerBalance(*row) for row in rows]


@dataclass(frozen=True)
class ShareLine:
    """One share entry with what it came from."""

    id: uuid.UUID
    created_at: datetime
    receipt: str
    product: str
    quantity: int
    line_net: Decimal
    rate: Decimal
    amount: Decimal
    kind: str
    payout: str


def unsettled_entries(session: Session, maker_id: int, cutoff: date) -> list[ShareEntry]:
    _, high = _day_bounds(cutoff, cutoff)
    return list(
        session.execute(
            select(ShareEntry)
            .where(ShareEntry.maker_id == maker_id, ShareEntry.payout_id.is_(None), ShareEntry.created_at < high)
            .order_by(ShareEntry.created_at)
        ).scalars()
    )


def share_lines(store: Store, maker_id: int, start: date, end: date) -> list[ShareLine]:
    """The entries behind a maker's figures, oldest first."""
    low, high = _day_bounds(start, end)
    with store.session() as session:
        entries = session.execute(
            select(ShareEntry)
            .where(ShareEntry.maker_id == maker_id, ShareEntry.created_at >= low, ShareEntry.created_at < high)
            .order_by(ShareEntry.created_at)
        ).scalars()
        result = []
        for e in entries:
            payout = session.get(Payout, e.payout_id) if e.payout_id else None
            result.append(
                ShareLine(
                    e.id,
                    e.created_at,
                    e.sale.number,
                    e.sale_line.product_name,
                    e.sale_line.quantity,
                    e.sale_line.net,
                    e.sale_line.share_rate,
                    e.amount,
                    e.kind,
                    payout.number if payout else "",
                )
            )
        return result


@dataclass(frozen=True)
class PayoutResult:
    id: uuid.UUID
    number: str
    maker: str
    amount: Decimal
    entries: int


def _next_payout_number(session: Session) -> str:
    count = session.execute(select(func.count(Payout.id))).scalar_one()
    return f"P-{count + 1:06d}"


def pay_maker(
    store: Store,
    maker_id: int,
    cutoff: date,
    method: str,
    reference: str = "",
    user_id: int | None = None,
) -> PayoutResult | None:
    """Settle every unsettled share entry of a maker up to ``cutoff``.

    Returns ``None`` when the sum is zero or less: nothing is paid and the
    balance carries over. A cash payout is taken out of the open till.

    Raises:
        UserError: unknown method, no reference for a transfer, no open till for cash.
    """
    if method not in PAYOUT_METHODS:
        raise UserError(f"método de pago desconocido: {method}")
    if method in {"yape", "plin", "transfer"} and not reference.strip():
        raise UserError("indique el número de operación")
    with store.session() as session, session.begin():
        maker = session.get(Maker, maker_id)
        if maker is None:
            raise NotFound("no existe la artesana")
        entries = unsettled_entries(session, maker_id, cutoff)
        amount = sum((e.amount for e in entries), ZERO)
        if amount <= 0:
            return None
        at = now()
        cash_session = None
        if method == "cash":
            till = load(session).till_series
            cash_session = session.execute(
                select(CashSession).where(CashSession.till == till, CashSession.closed_at.is_(None))
            ).scalar_one_or_none()
            if cash_session is None:
                raise UserError("para pagar en efectivo abra la caja primero")
        payout = Payout(
            id=uuid.uuid4(),
            number=_next_payout_number(session),
            maker_id=maker_id,
            created_at=at,
            period_from=min(e.created_at for e in entries).date(),
            cutoff=cutoff,
            amount=amount,
            method=method,
            reference=reference.strip(),
            cash_session_id=cash_session.id if cash_session else None,
            user_id=user_id,
        )
        session.add(payout)
        session.flush()
        for entry in entries:
            entry.payout_id = payout.id
        if cash_session is not None:
            session.add(
                CashMovement(
                    id=uuid.uuid4(),
                    session_id=cash_session.id,
                    created_at=at,
                    direction="out",
                    currency="PEN",
                    amount=amount,
                    reason=f"Pago a artesana {maker.name} ({payout.number})",
                    user_id=user_id,
                )
            )
        journal.append(
            session,
            "payout",
            payout.number,
            {
                "maker": maker_id,
                "amount": to_json(amount),
                "method": method,
                "cutoff": cutoff.isoformat(),
                "entries": sorted(str(e.id) for e in entries),
            },
            actor_name(session, user_id),
            at,
        )
        return PayoutResult(payout.id, payout.number, maker.name, amount, len(entries))
