"""A cash session's figures: what each drawer should hold, by method, by maker (the X and Z reports).

What the drawer should hold is worked out with SQL aggregates over the
session's sales, payments and cash movements, never by walking the sales one
by one, so closing a busy fair day takes milliseconds (DESIGN.md §8):

    expected = float + received − change + cash in − cash out − payouts

per drawer (:func:`~mamakilla_pos.domain.drawer.expected_cash`). Dollars
tendered go into the dollar drawer; change, cash refunds and makers' cash
payouts leave the soles drawer (DESIGN.md §4 rule 8). The session's use
cases (open, move cash, close) are in :mod:`.cash`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..domain.cash import PEN_DENOMINATIONS, USD_NOTES
from ..domain.drawer import CURRENCIES, DrawerFigures, DrawerShort, check_can_take
from ..domain.money import ZERO, format_money
from ..domain.payments import CASH_METHODS, MethodTotals, method_rank
from ..domain.shares import MakerTotals
from ..store import models
from ..store.types import money_sum
from .errors import UserError
from .partner_cash import PartnerPaid, session_partner_payments_in
from .totals import maker_totals_in

DENOMINATIONS: dict[str, tuple[Decimal, ...]] = {"PEN": PEN_DENOMINATIONS, "USD": USD_NOTES}


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
    methods: tuple[MethodTotals, ...] = ()
    operations: tuple[Operation, ...] = ()
    movements: tuple[CashMovementInfo, ...] = ()
    makers: tuple[MakerTotals, ...] = ()
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

    def method(self, name: str) -> MethodTotals | None:
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

    def totals(self, method: str) -> MethodTotals:
        return MethodTotals(method, self.count, self.sales, self.refunds, self.foreign, self.refund_count)


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


def dump_counts(pen: Mapping[Decimal, int], usd: Mapping[Decimal, int]) -> str:
    """Both drawers' counts as the session row keeps them (JSON, denominations as text)."""
    return json.dumps(
        {
            "PEN": {f"{d:.2f}": n for d, n in sorted(pen.items())},
            "USD": {f"{d:.2f}": n for d, n in sorted(usd.items())},
        },
        sort_keys=True,
    )


def load_counts(text: str) -> dict[str, tuple[tuple[Decimal, int], ...]]:
    """A session row's stored counts: ``{"PEN": ((denomination, pieces), …), "USD": …}``."""
    try:
        raw = json.loads(text or "{}")
    except ValueError:
        raw = {}
    return {
        currency: tuple(sorted((Decimal(k), int(v)) for k, v in (raw.get(currency) or {}).items()))
        for currency in CURRENCIES
    }


# -- reading --------------------------------------------------------------------------------


def user_name_in(session: Session, user_id: int | None) -> str:
    """The user's name, or ``""`` for nobody (the program)."""
    if user_id is None:
        return ""
    user = session.get(models.User, user_id)
    return user.name if user else ""


def session_info_in(session: Session, row: models.CashSession) -> CashSessionInfo:
    """Session ``row`` as the till shows it."""
    location = session.get(models.Location, row.location_id)
    return CashSessionInfo(
        row.id,
        row.till,
        row.opened_at,
        row.opening_float_pen,
        row.opening_float_usd,
        row.closed_at,
        location.name if location else "",
        user_name_in(session, row.opened_by_id),
    )


class _Documents(NamedTuple):
    """A session's sales (or refunds) together: how many, and their sums."""

    documents: int = 0
    gross: Decimal = ZERO
    discounts: Decimal = ZERO
    total: Decimal = ZERO
    rounding: Decimal = ZERO
    change: Decimal = ZERO


Paid = dict[tuple[str, str, str], tuple[int, Decimal, Decimal]]
"""(method, currency, kind) → (payments, handed over in the currency, kept for the sale in soles)."""


def report_in(session: Session, row: models.CashSession) -> SessionReport:
    """The figures of session ``row`` so far, read inside the caller's database session.

    A handful of aggregate queries, whatever the number of sales.
    """
    sid = row.id
    documents = _documents(session, sid)
    sold, refunded = documents.get("sale", _Documents()), documents.get("refund", _Documents())
    paid = _payments(session, sid)
    advances, advance_cash = _advances(session, sid)
    partners_paid, partner_cash = session_partner_payments_in(session, sid)
    moved = _moved(session, sid)

    def drawer(currency: str, opening_float: Decimal, counted: Decimal | None) -> CashFigures:
        return CashFigures(
            currency,
            opening_float,
            sales=_cash(paid, currency, "sale"),
            change=sold.change - refunded.change if currency == "PEN" else ZERO,
            refunds=_cash(paid, currency, "refund"),
            cash_in=moved.get(("in", currency), ZERO),
            cash_out=moved.get(("out", currency), ZERO),
            payouts=moved.get(("payout", currency), ZERO),
            counted=counted,
            advances=advance_cash.get(currency, ZERO),
            partner_payments=partner_cash.get(currency, ZERO),
        )

    location = session.get(models.Location, row.location_id)
    return SessionReport(
        id=sid,
        till=row.till,
        location=location.name if location else "",
        opened_at=row.opened_at,
        opened_by=user_name_in(session, row.opened_by_id),
        closed_at=row.closed_at,
        closed_by=user_name_in(session, row.closed_by_id),
        note=row.note or "",
        sales=sold.documents,
        refunds=refunded.documents,
        gross=sold.gross,
        discounts=sold.discounts,
        sales_total=sold.total,
        refunds_total=refunded.total,
        rounding=sold.rounding - refunded.rounding,
        pen=drawer("PEN", row.opening_float_pen, row.counted_pen),
        usd=drawer("USD", row.opening_float_usd, row.counted_usd),
        methods=_methods(paid),
        operations=_operations(session, sid),
        movements=_movements(session, sid),
        makers=maker_totals_in(session, models.Sale.cash_session_id == sid, through_sales=True),
        advances=advances,
        partner_payments=partners_paid,
        opening_count=load_counts(row.opening_count),
        closing_count=load_counts(row.closing_count) if row.closed_at is not None else {},
        journal_hash=_close_hash(session, row),
    )


def _documents(session: Session, sid: uuid.UUID) -> dict[str, _Documents]:
    """The session's sales and refunds together, by kind (``sale``, ``refund``)."""
    return {
        kind: _Documents(documents, gross, discounts, total, rounding, change)
        for kind, documents, gross, discounts, total, rounding, change in session.execute(
            select(
                models.Sale.kind,
                func.count(models.Sale.id),
                money_sum(models.Sale.subtotal),
                money_sum(models.Sale.line_discounts + models.Sale.order_discount),
                money_sum(models.Sale.total),
                money_sum(models.Sale.rounding),
                money_sum(models.Sale.change),
            )
            .where(models.Sale.cash_session_id == sid)
            .group_by(models.Sale.kind)
        )
    }


def _payments(session: Session, sid: uuid.UUID) -> Paid:
    """The session's payments by method, currency and kind of document."""
    return {
        (method, currency, kind): (count, amount, applied)
        for method, currency, kind, count, amount, applied in session.execute(
            select(
                models.Payment.method,
                models.Payment.currency,
                models.Sale.kind,
                # A payment of amount zero only books change (domain.payments.AppliedPayment.is_change).
                func.count(case((models.Payment.amount != ZERO, models.Payment.id))),
                money_sum(models.Payment.amount),
                money_sum(models.Payment.applied_pen),
            )
            .join(models.Sale, models.Sale.id == models.Payment.sale_id)
            .where(models.Sale.cash_session_id == sid)
            .group_by(models.Payment.method, models.Payment.currency, models.Sale.kind)
        )
    }


def _cash(paid: Paid, currency: str, kind: str) -> Decimal:
    """Cash in ``currency`` handed over on documents of ``kind`` (every cash method of that currency)."""
    return sum(
        (amount for (m, c, k), (_, amount, _) in paid.items() if m in CASH_METHODS and c == currency and k == kind),
        ZERO,
    )


def _moved(session: Session, sid: uuid.UUID) -> dict[tuple[str, str], Decimal]:
    """(direction, currency) → amount; a maker's cash payout counts as ``payout``, not as cash out."""
    is_payout = models.CashMovement.payout_id.is_not(None)
    kind = case((is_payout, "payout"), else_=models.CashMovement.direction)
    return {
        (direction, currency): amount
        for direction, currency, amount in session.execute(
            select(kind, models.CashMovement.currency, money_sum(models.CashMovement.amount))
            .where(models.CashMovement.session_id == sid)
            .group_by(kind, models.CashMovement.currency)
        )
    }


def _methods(paid: Paid) -> tuple[MethodTotals, ...]:
    """Each payment method's totals, in the till's order of methods."""
    methods: dict[str, _MethodSum] = {}
    for (method, currency, kind), (count, amount, applied) in paid.items():
        methods.setdefault(method, _MethodSum()).add(kind, currency, count, amount, applied)
    return tuple(methods[m].totals(m) for m in sorted(methods, key=method_rank))


def _operations(session: Session, sid: uuid.UUID) -> tuple[Operation, ...]:
    """The non-cash payments one by one, by method, in time order within a method."""
    rows = session.execute(
        select(
            models.Payment.method,
            models.Sale.number,
            models.Sale.kind,
            models.Sale.created_at,
            models.Payment.reference,
            models.Payment.applied_pen,
        )
        .join(models.Sale, models.Sale.id == models.Payment.sale_id)
        .where(
            models.Sale.cash_session_id == sid,
            models.Payment.method.not_in([*sorted(CASH_METHODS), "anticipo"]),
        )
        .order_by(models.Sale.created_at, models.Sale.number)
    )
    operations = (Operation(*fields) for fields in rows)
    return tuple(sorted(operations, key=lambda op: method_rank(op.method)))  # stable: time order within a method


def _movements(session: Session, sid: uuid.UUID) -> tuple[CashMovementInfo, ...]:
    """Cash put in or taken out, payouts included, oldest first."""
    return tuple(
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


def _close_hash(session: Session, row: models.CashSession) -> str:
    """The journal's hash at the session's close, ``""`` while it is open."""
    if row.closed_at is None:
        return ""
    return (
        session.execute(
            select(models.JournalEntry.hash)
            .where(models.JournalEntry.kind == "session_close", models.JournalEntry.ref == str(row.id))
            .order_by(models.JournalEntry.seq.desc())
        ).scalar()
        or ""
    )


def _advances(session: Session, sid: uuid.UUID) -> tuple[tuple[AdvanceSummary, ...], dict[str, Decimal]]:
    """The session's advances on orders by method, and the cash they left in each drawer (in its currency)."""
    taken: dict[str, list[Any]] = {}
    cash: dict[str, Decimal] = {}
    pay = models.OrderPayment
    for kind, method, currency, count, amount, pen in session.execute(
        select(pay.kind, pay.method, pay.currency, func.count(pay.id), money_sum(pay.amount), money_sum(pay.amount_pen))
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
    summaries = tuple(AdvanceSummary(m, *taken[m]) for m in sorted(taken, key=method_rank))
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
