"""Cash sessions at a till: open with a float, move cash in or out."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from ..domain.cash import count_total
from ..domain.money import ZERO, to_json
from ..store import Store
from ..store.models import CashMovement, CashSession
from . import journal
from .catalogue import location_by_code
from .clock import now
from .errors import UserError
from .people import actor_name
from .settings import load


@dataclass(frozen=True)
class CashSessionInfo:
    id: uuid.UUID
    till: str
    opened_at: datetime
    opening_float_pen: Decimal
    opening_float_usd: Decimal
    closed_at: datetime | None


def _info(s: CashSession) -> CashSessionInfo:
    return CashSessionInfo(s.id, s.till, s.opened_at, s.opening_float_pen, s.opening_float_usd, s.closed_at)


def current_session(store: Store) -> CashSessionInfo | None:
    """The open session of this till, if any."""
    with store.session() as session:
        till = load(session).till_series
        row = session.execute(
            select(CashSession).where(CashSession.till == till, CashSession.closed_at.is_(None))
        ).scalar_one_or_none()
        return _info(row) if row else None


def open_session(
    store: Store,
    pen_count: dict[Decimal, int] | None = None,
    usd_count: dict[Decimal, int] | None = None,
    user_id: int | None = None,
) -> CashSessionInfo:
    """Open this till with a float counted by denomination."""
    pen = count_total(pen_count or {})
    usd = count_total(usd_count or {})
    with store.session() as session, session.begin():
        settings = load(session)
        open_row = session.execute(
            select(CashSession.id).where(CashSession.till == settings.till_series, CashSession.closed_at.is_(None))
        ).first()
        if open_row:
            raise UserError("la caja ya está abierta")
        at = now()
        row = CashSession(
            id=uuid.uuid4(),
            till=settings.till_series,
            location_id=location_by_code(session, settings.till_location).id,
            opened_at=at,
            opened_by_id=user_id,
            opening_float_pen=pen,
            opening_float_usd=usd,
            opening_count=json.dumps(
                {
                    "PEN": {str(k): v for k, v in (pen_count or {}).items()},
                    "USD": {str(k): v for k, v in (usd_count or {}).items()},
                }
            ),
        )
        session.add(row)
        session.flush()
        journal.append(
            session,
            "session_open",
            str(row.id),
            {"till": row.till, "float_pen": to_json(pen), "float_usd": to_json(usd)},
            actor_name(session, user_id),
            at,
        )
        return _info(row)


def move_cash(
    store: Store,
    direction: str,
    amount: Decimal,
    reason: str,
    currency: str = "PEN",
    user_id: int | None = None,
) -> None:
    """Put cash into (``in``) or take it out of (``out``) the open drawer, with a reason."""
    if direction not in {"in", "out"}:
        raise UserError("el movimiento de caja es de entrada o de salida")
    if amount <= ZERO:
        raise UserError("el monto debe ser mayor que cero")
    if not reason.strip():
        raise UserError("indique el motivo")
    with store.session() as session, session.begin():
        settings = load(session)
        row = session.execute(
            select(CashSession).where(CashSession.till == settings.till_series, CashSession.closed_at.is_(None))
        ).scalar_one_or_none()
        if row is None:
            raise UserError("no hay una caja abierta")
        at = now()
        movement = CashMovement(
            id=uuid.uuid4(),
            session_id=row.id,
            created_at=at,
            direction=direction,
            currency=currency,
            amount=amount,
            reason=reason.strip(),
            user_id=user_id,
        )
        session.add(movement)
        journal.append(
            session,
            f"cash_{direction}",
            str(movement.id),
            {"amount": to_json(amount), "currency": currency, "reason": movement.reason},
            actor_name(session, user_id),
            at,
        )
