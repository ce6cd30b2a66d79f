"""Cash sessions at a till: open with a float, move cash in or out, X report, close with a count.

What the drawer should hold is worked out with SQL aggregates over the
session's sales, payments and cash movements, never by walking the sales one
by one, so closing a busy fair day takes milliseconds (DESIGN.md §8):

    expected = float + received − change + cash in − cash out − payouts

per drawer (:func:`~mamakilla_pos.domain.drawer.expected_cash`). Dollars
tendered go into the dollar drawer; change, cash refunds and makers' cash
payouts leave the soles drawer (DESIGN.md §4 rule 8).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..domain.cash import PEN_DENOMINATIONS, USD_NOTES, count_total
from ..domain.drawer import CURRENCIES, DrawerFigures, DrawerShort, check_can_take
from ..domain.money import ZERO, format_money, quantize, to_json
from ..domain.payments import CASH_METHODS, METHODS
from ..store import Store, models, tables
from ..store.engine import sqlite_path
from ..store.ids import new_id
from ..store.types import Money
from . import journal
from .actors import SYSTEM_ID, actor_name_in, person
from .auth import Approval, acting_in, checked_approval, require_in
from .clock import now
from .errors import NotFound, UserError
from .partner_cash import PartnerPaid, session_partner_payments_in
from .tills import selling_till_in, till_code_in

log = logging.getLogger(__name__)

DENOMINATIONS: dict[str, tuple[Decimal, ...]] = {"PEN": PEN_DENOMINATIONS, "USD": USD_NOTES}

Count = Mapping[Decimal, int]
METHOD_ORDER = {m: i for i, m in enumerate(METHODS)}


# -- plain data handed to the GUI, the command line and the documents ------------------------


@dataclass(frozen=True)
class CashSessionInfo:
    """A cash session as the till shows it."""

    id: uuid.UUID
    till: str
    opened_at: datetime
    opening_float_pen: Decimal
    opening_float_usd: Decimal
    closed_at: datetime | None
    location: str = ""
    opened_by: str = ""


@dataclass(frozen=True)
class CashMovementInfo:
    """Cash put into or taken out of the drawer; ``payout`` when it paid a maker against her slip."""

    id: uuid.UUID
    at: datetime
    direction: str  # in | out
    currency: str
    amount: Decimal
    reason: str
    user: str
    payout: bool = False


CashFigures = DrawerFigures
"""One currency's drawer over a session (see :class:`~mamakilla_pos.domain.drawer.DrawerFigures`)."""


@dataclass(frozen=True)
class MethodSummary:
    """A payment method's totals in a session, in soles (the part kept for the sales).

    ``foreign`` is what was handed over in the method's own currency (the
    dollars received for ``usd``), else ``None``.
    """

    method: str
    count: int
    sales: Decimal
    refund_count: int = 0
    refunds: Decimal = ZERO
    foreign: Decimal | None = None

    @property
    def net(self) -> Decimal:
        return self.sales - self.refunds


@dataclass(frozen=True)
class Operation:
    """A non-cash payment (Yape, Plin, card, transfer) with its operation number, to check on the phone."""

    method: str
    number: str
    kind: str  # sale | refund
    at: datetime
    reference: str
    amount: Decimal


@dataclass(frozen=True)
class AdvanceSummary:
    """Advances (señas) on custom orders taken in a session with one method, and those given back, in soles.

    Advances are not sales (DESIGN.md §10): the sale is recorded at pickup.
    """

    method: str
    count: int
    taken: Decimal
    returned: Decimal = ZERO

    @property
    def net(self) -> Decimal:
        return self.taken - self.returned


@dataclass(frozen=True)
class MakerShare:
    """A maker's shares accrued (and reversed by refunds) in a session."""

    maker: str
    accrued: Decimal
    reversed: Decimal

    @property
    def net(self) -> Decimal:
        return self.accrued - self.reversed


@dataclass(frozen=True)
class SessionReport:
    """Everything about one cash session: the X report while open, the Z report once closed.

    Attributes:
        rounding: cash rounding given to customers on sales, less the rounding
            kept on cash refunds (DESIGN.md §4 rule 4).
        opening_count / closing_count: ``{"PEN": ((denomination, pieces), …), "USD": …}``.
        journal_hash: the journal's hash at closing (the session's close entry);
            empty while open.
        backup_path: the copy made when closing, empty when none was made;
            ``backup_error`` says why a copy failed.
    """

    id: uuid.UUID
    till: str
    location: str
    opened_at: datetime
    opened_by: str
    closed_at: datetime | None
    closed_by: str
    note: str
    sales: int
    refunds: int
    gross: Decimal
    discounts: Decimal
    sales_total: Decimal
    refunds_total: Decimal
    rounding: Decimal
    pen: CashFigures
    usd: CashFigures
    methods: tuple[MethodSummary, ...] = ()
    operations: tuple[Operation, ...] = ()
    movements: tuple[CashMovementInfo, ...] = ()
    makers: tuple[MakerShare, ...] = ()
    advances: tuple[AdvanceSummary, ...] = ()
    partner_payments: tuple[PartnerPaid, ...] = ()
    opening_count: dict[str, tuple[tuple[Decimal, int], ...]] = field(default_factory=dict)
    closing_count: dict[str, tuple[tuple[Decimal, int], ...]] = field(default_factory=dict)
    journal_hash: str = ""
    backup_path: str = ""
    backup_error: str = ""

    @property
    def closed(self) -> bool:
        return self.closed_at is not None

    @property
    def net(self) -> Decimal:
        """Sales less refunds."""
        return self.sales_total - self.refunds_total

    def figures(self, currency: str) -> CashFigures:
        return self.pen if currency == "PEN" else self.usd

    def method(self, name: str) -> MethodSummary | None:
        return next((m for m in self.methods if m.method == name), None)

    def operations_of(self, method: str) -> tuple[Operation, ...]:
        return tuple(op for op in self.operations if op.method == method)


@dataclass
class _MethodSum:
    """Running totals of one payment method while the aggregate rows are read."""

    count: int = 0
    sales: Decimal = ZERO
    refund_count: int = 0
    refunds: Decimal = ZERO
    foreign: Decimal | None = None

    def add(self, kind: str, currency: str, count: int, amount: Decimal, applied: Decimal) -> None:
        if kind == "refund":
            self.refund_count += count
            self.refunds += applied
            return
        self.count += count
        self.sales += applied
        if currency != "PEN":
            self.foreign = (self.foreign or ZERO) + amount

    def summary(self, method: str) -> MethodSummary:
        return MethodSummary(method, self.count, self.sales, self.refund_count, self.refunds, self.foreign)


# -- counts ---------------------------------------------------------------------------------


def clean_count(counts: Mapping[Any, int] | None, currency: str) -> dict[Decimal, int]:
    """A drawer count with Decimal denominations of ``currency`` and whole, non-negative pieces.

    Zero counts are dropped. Keys may be Decimals, strings or integers.

    Raises:
        UserError: a denomination the currency does not have, or a bad count.
    """
    allowed = DENOMINATIONS[currency]
    cleaned: dict[Decimal, int] = {}
    for key, pieces in (counts or {}).items():
        try:
            value = Decimal(str(key))
        except InvalidOperation:
            raise UserError(f"denominación no válida: {key}") from None
        if value not in allowed:
            raise UserError(f"{format_money(value, currency)} no es una denominación de la caja")
        if isinstance(pieces, bool) or not isinstance(pieces, int) or pieces < 0:
            raise UserError(f"la cantidad de {format_money(value, currency)} debe ser un número entero desde 0")
        if pieces:
            denomination = next(d for d in allowed if d == value)
            cleaned[denomination] = cleaned.get(denomination, 0) + pieces
    return cleaned


def _dump_counts(pen: Mapping[Decimal, int], usd: Mapping[Decimal, int]) -> str:
    return json.dumps(
        {
            "PEN": {f"{d:.2f}": n for d, n in sorted(pen.items())},
            "USD": {f"{d:.2f}": n for d, n in sorted(usd.items())},
        },
        sort_keys=True,
    )


def _load_counts(text: str) -> dict[str, tuple[tuple[Decimal, int], ...]]:
    try:
        raw = json.loads(text or "{}")
    except ValueError:
        raw = {}
    return {
        currency: tuple(sorted((Decimal(k), int(v)) for k, v in (raw.get(currency) or {}).items()))
        for currency in CURRENCIES
    }


# -- reading --------------------------------------------------------------------------------


def _sum(column):  # type: ignore[no-untyped-def]
    return func.coalesce(func.sum(column, type_=Money()), ZERO)


def _user(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = session.get(models.User, user_id)
    return user.name if user else ""


def _info(session: Session, row: models.CashSession) -> CashSessionInfo:
    location = session.get(models.Location, row.location_id)
    return CashSessionInfo(
        row.id,
        row.till,
        row.opened_at,
        row.opening_float_pen,
        row.opening_float_usd,
        row.closed_at,
        location.name if location else "",
        _user(session, row.opened_by_id),
    )


def _open_row(session: Session, till: str | None, lock: bool = False) -> models.CashSession | None:
    if till is None:
        return None
    query = select(models.CashSession).where(models.CashSession.till == till, models.CashSession.closed_at.is_(None))
    if lock:
        query = query.with_for_update()
    return session.execute(query).scalar_one_or_none()


def report_in(session: Session, row: models.CashSession) -> SessionReport:
    """The figures of session ``row`` so far, read inside the caller's database session.

    A handful of aggregate queries, whatever the number of sales.
    """
    sid = row.id
    in_session = models.Sale.cash_session_id == sid

    documents = {
        kind: (count, gross, discounts, total, rounding, change)
        for kind, count, gross, discounts, total, rounding, change in session.execute(
            select(
                models.Sale.kind,
                func.count(models.Sale.id),
                _sum(models.Sale.subtotal),
                _sum(models.Sale.line_discounts + models.Sale.order_discount),
                _sum(models.Sale.total),
                _sum(models.Sale.rounding),
                _sum(models.Sale.change),
            )
            .where(in_session)
            .group_by(models.Sale.kind)
        )
    }
    none = (0, ZERO, ZERO, ZERO, ZERO, ZERO)
    sold, refunded = documents.get("sale", none), documents.get("refund", none)

    # (method, currency, kind) -> (payments, handed over in the currency, kept for the sale in soles)
    paid: dict[tuple[str, str, str], tuple[int, Decimal, Decimal]] = {}
    for method, currency, kind, count, amount, applied in session.execute(
        select(
            models.Payment.method,
            models.Payment.currency,
            models.Sale.kind,
            # A payment of amount zero only books change (domain.payments.AppliedPayment.is_change).
            func.count(case((models.Payment.amount != ZERO, models.Payment.id))),
            _sum(models.Payment.amount),
            _sum(models.Payment.applied_pen),
        )
        .join(models.Sale, models.Sale.id == models.Payment.sale_id)
        .where(in_session)
        .group_by(models.Payment.method, models.Payment.currency, models.Sale.kind)
    ):
        paid[(method, currency, kind)] = (count, amount, applied)

    # (direction, currency) -> amount; a maker's cash payout counts as "payout", not as cash out.
    is_payout = models.CashMovement.payout_id.is_not(None)
    kind = case((is_payout, "payout"), else_=models.CashMovement.direction)
    moved: dict[tuple[str, str], Decimal] = {
        (direction, currency): amount
        for direction, currency, amount in session.execute(
            select(kind, models.CashMovement.currency, _sum(models.CashMovement.amount))
            .where(models.CashMovement.session_id == sid)
            .group_by(kind, models.CashMovement.currency)
        )
    }

    advances, advance_cash = _advances(session, sid)
    partners_paid, partner_cash = session_partner_payments_in(session, sid)

    def cash(currency: str, kind: str) -> Decimal:
        """Cash in ``currency`` handed over on documents of ``kind`` (every cash method of that currency)."""
        return sum(
            (amount for (m, c, k), (_, amount, _) in paid.items() if m in CASH_METHODS and c == currency and k == kind),
            ZERO,
        )

    pen = CashFigures(
        "PEN",
        row.opening_float_pen,
        sales=cash("PEN", "sale"),
        change=sold[5] - refunded[5],
        refunds=cash("PEN", "refund"),
        cash_in=moved.get(("in", "PEN"), ZERO),
        cash_out=moved.get(("out", "PEN"), ZERO),
        payouts=moved.get(("payout", "PEN"), ZERO),
        counted=row.counted_pen,
        advances=advance_cash.get("PEN", ZERO),
        partner_payments=partner_cash.get("PEN", ZERO),
    )
    usd = CashFigures(
        "USD",
        row.opening_float_usd,
        sales=cash("USD", "sale"),
        refunds=cash("USD", "refund"),
        cash_in=moved.get(("in", "USD"), ZERO),
        cash_out=moved.get(("out", "USD"), ZERO),
        payouts=moved.get(("payout", "USD"), ZERO),
        counted=row.counted_usd,
        advances=advance_cash.get("USD", ZERO),
        partner_payments=partner_cash.get("USD", ZERO),
    )

    methods: dict[str, _MethodSum] = {}
    for (method, currency, kind), (count, amount, applied) in paid.items():
        methods.setdefault(method, _MethodSum()).add(kind, currency, count, amount, applied)
    method_rows = tuple(
        methods[m].summary(m) for m in sorted(methods, key=lambda m: (METHOD_ORDER.get(m, len(METHOD_ORDER)), m))
    )

    operations = tuple(
        sorted(
            (
                Operation(method, number, kind, at, reference, applied)
                for method, number, kind, at, reference, applied in session.execute(
                    select(
                        models.Payment.method,
                        models.Sale.number,
                        models.Sale.kind,
                        models.Sale.created_at,
                        models.Payment.reference,
                        models.Payment.applied_pen,
                    )
                    .join(models.Sale, models.Sale.id == models.Payment.sale_id)
                    .where(in_session, models.Payment.method.not_in([*sorted(CASH_METHODS), "anticipo"]))
                    .order_by(models.Sale.created_at, models.Sale.number)
                )
            ),
            key=lambda op: METHOD_ORDER.get(op.method, len(METHOD_ORDER)),  # stable: time order within a method
        )
    )

    movements = tuple(
        CashMovementInfo(m_id, at, direction, currency, amount, reason, user or "", payout_id is not None)
        for m_id, at, direction, currency, amount, reason, user, payout_id in session.execute(
            select(
                models.CashMovement.id,
                models.CashMovement.created_at,
                models.CashMovement.direction,
                models.CashMovement.currency,
                models.CashMovement.amount,
                models.CashMovement.reason,
                models.User.name,
                models.CashMovement.payout_id,
            )
            .outerjoin(models.User, models.User.id == models.CashMovement.user_id)
            .where(models.CashMovement.session_id == sid)
            .order_by(models.CashMovement.created_at, models.CashMovement.id)
        )
    )

    makers = tuple(
        MakerShare(name, accrued, reversed_)
        for name, accrued, reversed_ in session.execute(
            select(
                models.Maker.name,
                _sum(case((models.ShareEntry.amount > 0, models.ShareEntry.amount), else_=ZERO)),
                _sum(case((models.ShareEntry.amount < 0, -models.ShareEntry.amount), else_=ZERO)),
            )
            .join(models.ShareEntry, models.ShareEntry.maker_id == models.Maker.id)
            .join(models.Sale, models.Sale.id == models.ShareEntry.sale_id)
            .where(in_session)
            .group_by(models.Maker.name)
            .order_by(models.Maker.name)
        )
    )

    journal_hash = ""
    if row.closed_at is not None:
        journal_hash = (
            session.execute(
                select(models.JournalEntry.hash)
                .where(models.JournalEntry.kind == "session_close", models.JournalEntry.ref == str(sid))
                .order_by(models.JournalEntry.seq.desc())
            ).scalar()
            or ""
        )

    location = session.get(models.Location, row.location_id)
    return SessionReport(
        id=sid,
        till=row.till,
        location=location.name if location else "",
        opened_at=row.opened_at,
        opened_by=_user(session, row.opened_by_id),
        closed_at=row.closed_at,
        closed_by=_user(session, row.closed_by_id),
        note=row.note or "",
        sales=sold[0],
        refunds=refunded[0],
        gross=sold[1],
        discounts=sold[2],
        sales_total=sold[3],
        refunds_total=refunded[3],
        rounding=sold[4] - refunded[4],
        pen=pen,
        usd=usd,
        methods=method_rows,
        operations=operations,
        movements=movements,
        makers=makers,
        advances=advances,
        partner_payments=partners_paid,
        opening_count=_load_counts(row.opening_count),
        closing_count=_load_counts(row.closing_count) if row.closed_at is not None else {},
        journal_hash=journal_hash,
    )


def _advances(session: Session, sid: uuid.UUID) -> tuple[tuple[AdvanceSummary, ...], dict[str, Decimal]]:
    """The session's advances on orders by method, and the cash they left in each drawer (in its currency)."""
    taken: dict[str, list[Any]] = {}
    cash: dict[str, Decimal] = {}
    pay = models.OrderPayment
    for kind, method, currency, count, amount, pen in session.execute(
        select(pay.kind, pay.method, pay.currency, func.count(pay.id), _sum(pay.amount), _sum(pay.amount_pen))
        .where(pay.cash_session_id == sid)
        .group_by(pay.kind, pay.method, pay.currency)
    ):
        sign = 1 if kind == "advance" else -1
        if method in CASH_METHODS:
            cash[currency] = cash.get(currency, ZERO) + sign * amount
        figures = taken.setdefault(method, [0, ZERO, ZERO])
        if kind == "advance":
            figures[0] += count
            figures[1] += pen
        else:
            figures[2] += pen
    summaries = tuple(
        AdvanceSummary(m, *taken[m]) for m in sorted(taken, key=lambda m: (METHOD_ORDER.get(m, len(METHOD_ORDER)), m))
    )
    return summaries, cash


def check_drawer_holds(drawer: CashFigures, amount: Decimal) -> None:
    """Refuse to take ``amount`` out of ``drawer`` when it should hold less (DESIGN.md §4 rule 10).

    Raises:
        UserError: in Spanish, with what the drawer should hold.
    """
    try:
        check_can_take(drawer, amount)
    except DrawerShort as short:
        which = "soles" if drawer.currency == "PEN" else "dólares"
        raise UserError(
            f"en la caja de {which} debería haber {format_money(short.available, drawer.currency)}:"
            f" no se puede sacar {format_money(amount, drawer.currency)}"
        ) from None


def current_session(store: Store) -> CashSessionInfo | None:
    """The open session of this till, if any."""
    # The plain tables, not the models: the sale screen asks at every start, before any model
    # is made (see store.tables).
    sessions, places, users = tables.cash_sessions.c, tables.locations.c, tables.users.c
    query = (
        select(
            sessions.id,
            sessions.till,
            sessions.opened_at,
            sessions.opening_float_pen_cents,
            sessions.opening_float_usd_cents,
            sessions.closed_at,
            places.name,
            users.name,
        )
        .outerjoin(tables.locations, places.id == sessions.location_id)
        .outerjoin(tables.users, users.id == sessions.opened_by_id)
        .where(sessions.closed_at.is_(None))
    )
    with store.session() as session:
        row = session.execute(query.where(sessions.till == till_code_in(session))).first()
    if row is None:
        return None
    session_id, till, opened_at, float_pen, float_usd, closed_at, location, opened_by = row
    return CashSessionInfo(
        session_id, till, opened_at, float_pen, float_usd, closed_at, location or "", opened_by or ""
    )


def last_closed_session(store: Store) -> CashSessionInfo | None:
    """The most recently closed session of this till, if any (to reprint its Z report)."""
    with store.session() as session:
        row = session.execute(
            select(models.CashSession)
            .where(models.CashSession.till == till_code_in(session), models.CashSession.closed_at.is_not(None))
            .order_by(models.CashSession.closed_at.desc())
            .limit(1)
        ).scalar_one_or_none()
        return _info(session, row) if row else None


def session_report(store: Store, session_id: uuid.UUID | None = None) -> SessionReport:
    """The figures of a session: this till's open one when ``session_id`` is ``None``.

    Raises:
        UserError: no open session (or no session with that id).
    """
    with store.session() as session:
        if session_id is None:
            row = _open_row(session, till_code_in(session))
            if row is None:
                raise UserError("no hay una caja abierta")
        else:
            row = session.get(models.CashSession, session_id)
            if row is None:
                raise NotFound("no existe esa caja")
        return report_in(session, row)


def x_report(store: Store) -> SessionReport:
    """The X report: the open session so far, without closing it.

    Raises:
        UserError: the till is closed.
    """
    return session_report(store)


# -- writing --------------------------------------------------------------------------------


def open_session(
    store: Store,
    pen_count: Count | None = None,
    usd_count: Count | None = None,
    user_id: int | None = None,
) -> CashSessionInfo:
    """Open this till with a float counted by denomination.

    Raises:
        UserError: the till is already open, or a count is not valid.
    """
    pen_pieces = clean_count(pen_count, "PEN")
    usd_pieces = clean_count(usd_count, "USD")
    pen = count_total(pen_pieces)
    usd = count_total(usd_pieces)
    with store.session() as session, session.begin():
        acting_in(session, user_id)
        till = selling_till_in(session)
        if _open_row(session, till.code, lock=True) is not None:
            raise UserError("la caja ya está abierta")
        at = now()
        row = models.CashSession(
            id=new_id(),
            till=till.code,
            location_id=till.location_id,
            opened_at=at,
            opened_by_id=person(user_id),
            opening_float_pen=pen,
            opening_float_usd=usd,
            opening_count=_dump_counts(pen_pieces, usd_pieces),
        )
        session.add(row)
        session.flush()
        journal.append_in(
            session,
            "session_open",
            str(row.id),
            {"till": row.till, "float_pen": to_json(pen), "float_usd": to_json(usd)},
            actor_name_in(session, user_id),
            at,
        )
        return _info(session, row)


def move_cash(
    store: Store,
    direction: str,
    amount: Decimal,
    reason: str,
    currency: str = "PEN",
    user_id: int | None = None,
    approval: Approval | None = None,
) -> CashMovementInfo:
    """Put cash into (``in``) or take it out of (``out``) the open drawer, with a reason.

    Cash out may not take more than the drawer should hold (DESIGN.md §4 rule 10):
    that is refused before any approval is asked for.

    Raises:
        UserError: bad direction, currency or amount, no reason, no open
            session, or more cash out than the drawer should hold.
    """
    if direction not in {"in", "out"}:
        raise UserError("el movimiento de caja es de entrada o de salida")
    if currency not in CURRENCIES:
        raise UserError("la moneda es soles (PEN) o dólares (USD)")
    if amount <= ZERO:
        raise UserError("el monto debe ser mayor que cero")
    if amount != quantize(amount):
        raise UserError("un monto tiene como máximo dos decimales")
    if not reason.strip():
        raise UserError("indique el motivo")
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        acting_in(session, user_id)
        row = _open_row(session, till_code_in(session), lock=True)
        if row is None:
            raise UserError("no hay una caja abierta")
        if direction == "out":
            check_drawer_holds(report_in(session, row).figures(currency), amount)
        require_in(session, user_id, "cash_move", approval, reason.strip()[:60])
        at = now()
        movement = models.CashMovement(
            id=new_id(),
            session_id=row.id,
            created_at=at,
            direction=direction,
            currency=currency,
            amount=amount,
            reason=reason.strip()[:160],
            user_id=person(user_id),
        )
        session.add(movement)
        actor = actor_name_in(session, user_id)
        journal.append_in(
            session,
            f"cash_{direction}",
            str(movement.id),
            {"amount": to_json(amount), "currency": currency, "reason": movement.reason},
            actor,
            at,
            journal.rows_of(movement),
        )
        return CashMovementInfo(movement.id, at, direction, currency, amount, movement.reason, _user(session, user_id))


def _close_payload(report: SessionReport, pen: Mapping[Decimal, int], usd: Mapping[Decimal, int]) -> dict[str, object]:
    """What the journal keeps of a close: the Z report's figures."""

    def drawer(figures: CashFigures) -> dict[str, str]:
        return {
            "float": to_json(figures.opening_float),
            "sales": to_json(figures.sales),
            "change": to_json(figures.change),
            "refunds": to_json(figures.refunds),
            "in": to_json(figures.cash_in),
            "out": to_json(figures.cash_out),
            "payouts": to_json(figures.payouts),
            "expected": to_json(figures.expected),
            "counted": to_json(figures.counted or ZERO),
            "difference": to_json(figures.difference or ZERO),
        }

    return {
        "till": report.till,
        "opened_at": report.opened_at.isoformat(),
        "sales": report.sales,
        "refunds": report.refunds,
        "sales_total": to_json(report.sales_total),
        "refunds_total": to_json(report.refunds_total),
        "rounding": to_json(report.rounding),
        "methods": {m.method: to_json(m.net) for m in report.methods},
        "cash": {"PEN": drawer(report.pen), "USD": drawer(report.usd)},
        "count": json.loads(_dump_counts(pen, usd)),
        "note": report.note,
    }


def close_session(
    store: Store,
    pen_count: Count | None,
    usd_count: Count | None,
    note: str = "",
    user_id: int | None = None,
    *,
    session_id: uuid.UUID | None = None,
    approval: Approval | None = None,
) -> SessionReport:
    """Close a session with the drawer counted by denomination (the Z report's figures).

    Stores the counts, journals the close with the session's figures (the
    journal hash at closing is in the returned report), then backs the
    database up with :func:`~.backup.auto_backup` (the shop's backup folder,
    ``copias`` beside the SQLite file by default). PostgreSQL is backed up
    with ``pg_dump``, so no copy is made there. A failed copy does not undo
    the close: ``backup_error`` says what happened.

    Args:
        pen_count / usd_count: pieces per denomination, e.g. ``{Decimal("20"): 3}``.
        note: why the count differs; required when a difference is not zero.
        session_id: the session to close; this till's open one by default.

    Raises:
        UserError: no open session, a bad count, or a difference without a note.
    """
    pen_pieces = clean_count(pen_count, "PEN")
    usd_pieces = clean_count(usd_count, "USD")
    counted_pen = count_total(pen_pieces)
    counted_usd = count_total(usd_pieces)
    note = note.strip()
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        if session_id is None:
            row = _open_row(session, till_code_in(session), lock=True)
        else:
            row = session.execute(
                select(models.CashSession).where(models.CashSession.id == session_id).with_for_update()
            ).scalar_one_or_none()
        if row is None or row.closed_at is not None:
            raise UserError("no hay una caja abierta para cerrar")
        acting_in(session, user_id)
        if _someone_elses_in(session, row, user_id):
            require_in(session, user_id, "close_other_session", approval, str(row.id))
        before = report_in(session, row)
        pen = replace(before.pen, counted=counted_pen)
        usd = replace(before.usd, counted=counted_usd)
        if (pen.difference or usd.difference) and not note:
            missing = [format_money(f.difference or ZERO, f.currency) for f in (pen, usd) if f.difference]
            raise UserError(f"el arqueo no cuadra ({', '.join(missing)}): escriba una nota que explique la diferencia")
        at = max(now(), row.opened_at)
        row.closed_at = at
        row.closed_by_id = person(user_id)
        row.counted_pen = counted_pen
        row.counted_usd = counted_usd
        row.closing_count = _dump_counts(pen_pieces, usd_pieces)
        row.note = note
        closed = replace(
            before,
            closed_at=at,
            closed_by=_user(session, user_id),
            note=note,
            pen=pen,
            usd=usd,
            closing_count=_load_counts(row.closing_count),
        )
        entry = journal.append_in(
            session,
            "session_close",
            str(row.id),
            _close_payload(closed, pen_pieces, usd_pieces),
            actor_name_in(session, user_id),
            at,
        )
        closed = replace(closed, journal_hash=entry.hash)
    path, error = _backup_after_close(store, closed)
    return replace(closed, backup_path=path, backup_error=error)


def _someone_elses_in(session: Session, row: models.CashSession, user_id: int | None) -> bool:
    """Whether closing ``row`` is closing someone else's session: another till's, one another
    person opened, or one the program opened (``sistema``: nobody's, so never a seller's own)."""
    if user_id == SYSTEM_ID:
        return False
    return row.till != till_code_in(session) or row.opened_by_id is None or row.opened_by_id != user_id


def _backup_after_close(store: Store, report: SessionReport) -> tuple[str, str]:
    """The closing backup (the shop's backup folder, ``copias`` beside the database by default); ``(path, error)``.

    PostgreSQL is skipped without a word: it is backed up with ``pg_dump``.
    """
    if sqlite_path(store.url) is None:
        return "", ""
    from .backup import auto_backup

    try:
        made = auto_backup(store, "cierre")
    except (UserError, OSError, sqlite3.Error) as exc:
        made_path, warning = None, str(exc)
    else:
        made_path, warning = made.path, made.warning
    if made_path is None:
        log.warning("backup after closing session %s failed: %s", report.id, warning)
        return "", warning
    return str(made_path), ""
