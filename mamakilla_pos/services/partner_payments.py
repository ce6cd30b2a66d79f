"""A partner shop pays what it owes: settlement of its sold lines, and the makers' shares accruing (DESIGN.md §10).

A payment settles the oldest sold lines first (by the day sold, then the
order reported). As a line is paid, each of its makers' part of the line's
share (45 % of what the center receives, split by weight) accrues in
proportion to what of the line has been paid: a share entry of the payment,
dated at it, marked with the partner's sold line. §4 rules 5–7 hold
otherwise: payouts settle these entries as any other.

Cash and dollars go into the drawer of the till's open cash session, as a
partner payment and not a sale (:mod:`.partner_cash`): soles cash in whole
ten-céntimo coins when the shop rounds cash, dollars at the day's rate.
Transfer, Yape and Plin need no open till.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.cash import usd_to_pen
from ..domain.consignment import Outstanding, accrual, maker_parts, settle_oldest_first
from ..domain.money import ZERO, format_amount
from ..domain.payments import CASH_METHODS
from ..store import Store
from ..store.models import CashSession, PartnerPayment, PartnerSaleLine, PartnerSettlement, ShareEntry
from . import journal
from .actors import actor_name_in, person
from .auth import require_in
from .clock import now
from .errors import UserError
from .partner_makers import line_makers_in
from .partners import find_partner_in, next_number_in
from .settings import load_in

SERIES = "PA"
METHODS = ("cash", "usd", "transfer", "yape", "plin")
PERMISSION = "cash_move"
"""Money a partner hands over is taken by whoever may take money in or out."""


@dataclass(frozen=True)
class PaymentResult:
    number: str
    partner_name: str
    created_at: datetime
    amount: Decimal
    method: str
    reference: str
    lines_settled: int
    shares: Decimal  # what accrued to the makers with it
    currency: str = "PEN"
    tendered: Decimal = ZERO  # handed over, in ``currency``


@dataclass(frozen=True)
class _Tendered:
    """What was handed over: its currency, the dollar rate, what it settles in soles, the drawer's session."""

    currency: str
    rate: Decimal | None
    settles: Decimal
    session_id: uuid.UUID | None


def _open_session_in(session: Session, till: str) -> uuid.UUID | None:
    return session.execute(
        select(CashSession.id)
        .where(CashSession.till == till, CashSession.closed_at.is_(None))
        .with_for_update(read=True)
    ).scalar_one_or_none()


def _tendered_in(session: Session, method: str, amount: Decimal) -> _Tendered:
    """Where the money goes: cash and dollars into the open session's drawers, the rest into none.

    Raises:
        UserError: cash or dollars with no open till; soles cash that is not whole ten-céntimo coins.
    """
    settings = load_in(session)
    session_id = _open_session_in(session, settings.till)
    if method not in CASH_METHODS:
        return _Tendered("PEN", None, amount, session_id)
    if session_id is None:
        raise UserError("abra la caja antes de recibir dinero en efectivo de una tienda aliada")
    if method == "usd":
        return _Tendered("USD", settings.usd_rate, usd_to_pen(amount, settings.usd_rate), session_id)
    step = settings.rounding_step
    if step is not None and amount % step:
        raise UserError(f"en efectivo, el monto es múltiplo de {step} (S/ {format_amount(amount - amount % step)})")
    return _Tendered("PEN", None, amount, session_id)


def paid_per_line_in(session: Session, partner_id: int) -> dict[uuid.UUID, Decimal]:
    """What has been paid of each of the partner's sold lines."""
    rows = session.execute(
        select(PartnerSettlement.line_id, func.sum(PartnerSettlement.amount))
        .join(PartnerSaleLine, PartnerSaleLine.id == PartnerSettlement.line_id)
        .where(PartnerSaleLine.partner_id == partner_id)
        .group_by(PartnerSettlement.line_id)
    )
    return {line_id: Decimal(total) for line_id, total in rows}


def _oldest_first(session: Session, partner_id: int) -> list[PartnerSaleLine]:
    return list(
        session.execute(
            select(PartnerSaleLine)
            .where(PartnerSaleLine.partner_id == partner_id)
            .order_by(PartnerSaleLine.sold_on, PartnerSaleLine.report_id, PartnerSaleLine.position)
        ).scalars()
    )


def _accruals(
    line: PartnerSaleLine, makers: list[tuple[int, int]], paid_before: Decimal, paid_now: Decimal, at: datetime
) -> list[ShareEntry]:
    if line.share <= 0 or not makers:
        return []
    parts = maker_parts(line.share, [weight for _, weight in makers])
    entries = []
    for (maker_id, weight), part in zip(makers, parts, strict=True):
        amount = accrual(part, line.due, paid_before, paid_now)
        if amount:
            entries.append(
                ShareEntry(
                    maker_id=maker_id,
                    sale_id=None,
                    sale_line_id=None,
                    partner_line_id=line.id,
                    created_at=at,
                    kind="accrual",
                    weight=weight,
                    amount=amount,
                    payout_id=None,
                    carry_of_id=None,
                )
            )
    return entries


def _settle_in(
    session: Session, payment: PartnerPayment, owed: list[Outstanding], paid: dict[uuid.UUID, Decimal]
) -> list[PartnerSettlement | ShareEntry]:
    """Settle the oldest sold lines first with ``payment``; each part paid accrues its makers' shares.

    Returns the settlements and share entries added, line by line.
    """
    added: list[PartnerSettlement | ShareEntry] = []
    settled_now = settle_oldest_first(payment.amount, owed)
    makers = line_makers_in(session, [line for line, _ in settled_now if isinstance(line, PartnerSaleLine)])
    for line, part in settled_now:
        assert isinstance(line, PartnerSaleLine)
        settlement = PartnerSettlement(payment_id=payment.id, line_id=line.id, amount=part)
        entries = _accruals(line, makers.get(line.id, []), paid.get(line.id, ZERO), part, payment.created_at)
        session.add_all([settlement, *entries])
        added += [settlement, *entries]
    return added


def record_payment(
    store: Store, partner: str, amount: Decimal, method: str, reference: str = "", *, user_id: int
) -> PaymentResult:
    """Record a payment of ``partner``: it settles its oldest sold lines first, and the makers' shares accrue.

    ``amount`` is in soles, or in dollars for ``usd`` (it settles their value
    at the day's rate). Cash and dollars go into the open till's drawers.

    Raises:
        NotFound: an unknown partner.
        UserError: an amount not above zero or above what the partner owes, an unknown method,
            cash with no open till, soles cash not in whole ten-céntimo coins.
        PermissionDenied: the user may not take money in.
    """
    if method not in METHODS:
        raise UserError(f"método de pago desconocido: {method} ({', '.join(METHODS)})")
    if amount != amount.quantize(Decimal("0.01")) or amount <= 0:
        raise UserError("el monto debe ser mayor que cero, con dos decimales como máximo")
    with store.session() as session, session.begin():
        found = find_partner_in(session, partner)
        require_in(session, user_id, PERMISSION, ref=found.code)
        tendered = _tendered_in(session, method, amount)
        handed, amount = amount, tendered.settles
        lines = _oldest_first(session, found.id)
        paid = paid_per_line_in(session, found.id)
        owed = [Outstanding(line, line.due, paid.get(line.id, ZERO)) for line in lines]
        left = sum((o.left for o in owed), ZERO)
        if amount > left:
            raise UserError(f"{found.name} debe S/ {format_amount(left)}: el pago no puede ser mayor")
        at = now()
        payment = PartnerPayment(
            number=next_number_in(session, SERIES),
            partner_id=found.id,
            created_at=at,
            amount=amount,
            method=method,
            reference=" ".join(reference.split())[:64],
            user_id=person(user_id),
            currency=tendered.currency,
            tendered=handed,
            rate=tendered.rate,
            cash_session_id=tendered.session_id,
        )
        session.add(payment)
        session.flush()
        written: list[object] = [payment, *_settle_in(session, payment, owed, paid)]
        shares = sum((w.amount for w in written if isinstance(w, ShareEntry)), ZERO)
        session.flush()
        settled = len(written) - 1 - sum(isinstance(w, ShareEntry) for w in written)
        payload = {"partner": found.code, "amount": f"{amount:.2f}", "method": method}
        if tendered.currency != "PEN":
            payload |= {"currency": tendered.currency, "tendered": f"{handed:.2f}", "rate": str(tendered.rate)}
        journal.append_in(
            session,
            "partner_payment",
            payment.number,
            payload,
            actor_name_in(session, user_id),
            at,
            journal.rows_of(*written),
        )
        return PaymentResult(
            payment.number,
            found.name,
            at,
            amount,
            method,
            payment.reference,
            settled,
            shares,
            tendered.currency,
            handed,
        )
