"""Paying makers their shares: what a payout would settle, and paying one maker or several (DESIGN.md §4.7).

A payout settles all of a maker's unsettled share entries up to a cut-off
date, never one twice. A cash payout is taken out of the open till's soles
drawer and pays whole ten-céntimo coins (DESIGN.md §4 rule 7): the céntimos
it cannot pay stay in her balance as a pair of carry entries. What was paid
is listed by :mod:`.payout_history`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..domain.money import ZERO, to_json
from ..domain.shares import payout_to_pay
from ..store import Store
from ..store.ids import new_id
from ..store.models import CashMovement, CashSession, Maker, Payout, ReceiptSeries, ShareEntry
from ..store.types import money_sum
from . import journal
from .actors import actor_name_in, person
from .auth import Approval, checked_approval, require_in
from .cash_figures import check_drawer_holds, report_in
from .clock import now
from .errors import NotFound, UserError
from .server_rules import PAYOUT, check_unpaid_on_server_in, online
from .settings import load_in
from .shares import ShareLine, day_bounds, share_lines_in, share_totals

PAYOUT_METHODS = ("cash", "yape", "plin", "transfer")
REFERENCE_METHODS = frozenset({"yape", "plin", "transfer"})

_CHUNK = 500  # ids per ``IN (…)``: far below every database's limit on bound parameters


# -- what a payout would settle --------------------------------------------------------------


def _check_cutoff(cutoff: date) -> None:
    if cutoff > now().date():
        raise UserError("la fecha de corte no puede ser posterior a hoy")


def _unsettled(maker_id: int, cutoff: date):  # type: ignore[no-untyped-def]
    _, high = day_bounds(cutoff, cutoff)
    return (ShareEntry.maker_id == maker_id, ShareEntry.payout_id.is_(None), ShareEntry.created_at < high)


def _unsettled_entries(session: Session, maker_id: int, cutoff: date) -> list[ShareEntry]:
    """A maker's unsettled entries up to ``cutoff``, locked until the transaction ends."""
    return list(
        session.execute(
            select(ShareEntry).where(*_unsettled(maker_id, cutoff)).order_by(ShareEntry.created_at).with_for_update()
        ).scalars()
    )


@dataclass(frozen=True)
class PayoutPreview:
    """What paying a maker up to ``cutoff`` would settle.

    ``total`` is the sum of ``entries``: ``accrued − reversed`` plus the
    céntimos ``carried`` from her last cash payout. When it is zero or less
    there is nothing to pay (:attr:`payable` is false) and the balance
    carries over. In cash she is paid :meth:`to_pay` and the céntimos
    :meth:`kept` stay in her balance.
    """

    maker_id: int
    maker: str
    dni: str
    cutoff: date
    entries: tuple[ShareLine, ...]
    accrued: Decimal
    reversed: Decimal
    total: Decimal
    carried: Decimal = ZERO
    rounding_step: Decimal | None = None

    @property
    def payable(self) -> bool:
        return self.total > 0

    @property
    def period_from(self) -> date | None:
        return self.entries[0].created_at.date() if self.entries else None

    def to_pay(self, method: str) -> Decimal:
        """What she is handed with ``method`` (cash: down to the coin)."""
        return payout_to_pay(self.total, method, self.rounding_step)[0]

    def kept(self, method: str) -> Decimal:
        """The céntimos a payout with ``method`` leaves in her balance."""
        return payout_to_pay(self.total, method, self.rounding_step)[1]


def payout_preview(store: Store, maker_id: int, cutoff: date) -> PayoutPreview:
    """The entries a payout of ``maker_id`` up to ``cutoff`` would settle, and their total.

    Raises:
        NotFound: no such maker.
    """
    with store.session() as session:
        maker = session.get(Maker, maker_id)
        if maker is None:
            raise NotFound("no existe la artesana")
        lines = share_lines_in(session, *_unsettled(maker_id, cutoff))
        step = load_in(session).rounding_step
    accrued, reversed_, carried = share_totals(lines)
    total = accrued - reversed_ + carried
    return PayoutPreview(
        maker_id, maker.name, maker.dni, cutoff, tuple(lines), accrued, reversed_, total, carried, step
    )


@dataclass(frozen=True)
class MakerDue:
    """A maker with unsettled entries up to a cut-off date and their sum (what she is owed)."""

    maker_id: int
    maker: str
    amount: Decimal
    entries: int
    rounding_step: Decimal | None = None

    def to_pay(self, method: str) -> Decimal:
        """What she is handed with ``method`` (cash: down to the coin)."""
        return payout_to_pay(self.amount, method, self.rounding_step)[0]


def makers_due(store: Store, cutoff: date, only_payable: bool = True) -> list[MakerDue]:
    """Makers with unsettled entries up to ``cutoff``, by name.

    With ``only_payable`` (the default) only those whose sum is above zero:
    "todas las artesanas con saldo".
    """
    _, high = day_bounds(cutoff, cutoff)
    with store.session() as session:
        rows = session.execute(
            select(Maker.id, Maker.name, money_sum(ShareEntry.amount), func.count())
            .join(ShareEntry, ShareEntry.maker_id == Maker.id)
            # Read from ix_share_entries_unsettled maker by maker (see _in_period).
            .where(
                ShareEntry.payout_id.is_(None),
                ShareEntry.maker_id.in_(select(Maker.id)),
                ShareEntry.created_at < high,
            )
            .group_by(Maker.id, Maker.name)
            .order_by(Maker.name)
        ).all()
        step = load_in(session).rounding_step
    return [
        MakerDue(mid, name, amount, count, step) for mid, name, amount, count in rows if amount > 0 or not only_payable
    ]


@dataclass(frozen=True)
class BatchPreview:
    """Every maker with something to pay up to ``cutoff``, and what paying them all takes."""

    cutoff: date
    makers: tuple[MakerDue, ...]
    total: Decimal

    def to_pay(self, method: str) -> Decimal:
        """What paying them all hands over with ``method`` (in cash each is paid down to the coin)."""
        return sum((d.to_pay(method) for d in self.makers), ZERO)

    def kept(self, method: str) -> Decimal:
        """The céntimos paying them all with ``method`` leaves in their balances."""
        return self.total - self.to_pay(method)


def batch_preview(store: Store, cutoff: date) -> BatchPreview:
    """ "Todas las artesanas con saldo": who would be paid up to ``cutoff`` and the total."""
    due = tuple(makers_due(store, cutoff))
    return BatchPreview(cutoff, due, sum((d.amount for d in due), ZERO))


# -- paying --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PayoutResult:
    """A payout just made: ``amount`` handed over; ``kept`` céntimos left in her balance (cash)."""

    id: uuid.UUID
    number: str
    maker: str
    amount: Decimal
    entries: int
    kept: Decimal = ZERO


@dataclass(frozen=True)
class PayoutOrder:
    """One maker to pay in a batch: her reference (operation number) and, optionally,
    the amount the person paying saw, so that a sale made meanwhile cannot change it unnoticed."""

    maker_id: int
    reference: str = ""
    expected: Decimal | None = None


def _next_payout_number(session: Session) -> str:
    """Slips are numbered like receipts: a locked counter, no gaps, no collisions."""
    row = session.execute(select(ReceiptSeries).where(ReceiptSeries.code == "P").with_for_update()).scalar_one_or_none()
    if row is None:
        # Databases that paid makers before the counter existed continue after their last slip.
        row = ReceiptSeries(code="P", next_number=session.execute(select(func.count(Payout.id))).scalar_one() + 1)
        session.add(row)
    number = row.next_number
    row.next_number = number + 1
    return f"P-{number:06d}"


def _check_method(method: str, reference: str) -> None:
    if method not in PAYOUT_METHODS:
        raise UserError(f"método de pago desconocido: {method}")
    if method in REFERENCE_METHODS and not reference.strip():
        raise UserError("indique el número de operación")


def _open_till(session: Session) -> CashSession:
    till = load_in(session).till
    cash_session = session.execute(
        select(CashSession).where(CashSession.till == till, CashSession.closed_at.is_(None))
    ).scalar_one_or_none()
    if cash_session is None:
        raise UserError("para pagar en efectivo abra la caja primero")
    return cash_session


def _settle(session: Session, payout_id: uuid.UUID, entry_ids: Sequence[uuid.UUID]) -> None:
    """Mark entries settled by ``payout_id``; fail if any was settled meanwhile."""
    ids = list(entry_ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        done = session.connection().execute(  # a plain UPDATE: its rowcount says how many were still unsettled
            update(ShareEntry)
            .where(ShareEntry.id.in_(chunk), ShareEntry.payout_id.is_(None))
            .values(payout_id=payout_id)
        )
        if done.rowcount != len(chunk):
            raise UserError("otra caja acaba de pagar a esta artesana; vuelva a intentarlo")


def _carry(maker_id: int, payout_id: uuid.UUID, amount: Decimal, at: datetime, settled: bool) -> ShareEntry:
    return ShareEntry(
        id=new_id(),
        maker_id=maker_id,
        created_at=at,
        kind="carry",
        weight=1,
        amount=amount,
        payout_id=payout_id if settled else None,
        carry_of_id=payout_id,
    )


def _cash_out(cash_session_id: uuid.UUID, payout: Payout, maker: str, user_id: int | None) -> CashMovement:
    """The payout's cash leaving the drawer of the open cash session."""
    return CashMovement(
        id=new_id(),
        session_id=cash_session_id,
        created_at=payout.created_at,
        direction="out",
        currency="PEN",
        amount=payout.amount,
        reason=f"Pago a artesana {maker} ({payout.number})",
        user_id=person(user_id),
        payout_id=payout.id,
    )


def _pay_in(
    session: Session,
    maker_id: int,
    cutoff: date,
    method: str,
    reference: str,
    user_id: int,
    expected: Decimal | None,
    at: datetime,
) -> PayoutResult | None:
    maker = session.get(Maker, maker_id)
    if maker is None:
        raise NotFound("no existe la artesana")
    entries = _unsettled_entries(session, maker_id, cutoff)
    check_unpaid_on_server_in(session, [e.id for e in entries])
    owed = sum((e.amount for e in entries), ZERO)
    if expected is not None and owed != expected:
        raise UserError(f"el saldo de {maker.name} cambió mientras tanto: revise el pago antes de confirmarlo")
    paid, kept = payout_to_pay(owed, method, load_in(session).rounding_step)
    if paid <= 0:
        return None
    cash_session = _open_till(session) if method == "cash" else None
    if cash_session is not None:
        check_drawer_holds(report_in(session, cash_session).pen, paid)
    payout = Payout(
        id=new_id(),
        number=_next_payout_number(session),
        maker_id=maker_id,
        created_at=at,
        period_from=min(e.created_at for e in entries).date(),
        cutoff=cutoff,
        amount=paid,
        method=method,
        reference=reference.strip(),
        cash_session_id=cash_session.id if cash_session else None,
        user_id=person(user_id),
    )
    session.add(payout)
    session.flush()
    _settle(session, payout.id, [e.id for e in entries])
    carries = []
    if kept:  # the céntimos cash cannot pay: settled here, and the same left in her balance
        # Dated no later than the cut-off, so a payout up to the same day finds them.
        dated = min(at, datetime.combine(cutoff, time(23, 59, 59)))
        carries = [_carry(maker_id, payout.id, -kept, dated, True), _carry(maker_id, payout.id, kept, dated, False)]
    session.add_all(carries)
    written: list[object] = [payout, *carries]
    movement = None
    if cash_session is not None:
        movement = _cash_out(cash_session.id, payout, maker.name, user_id)
        session.add(movement)
        written.append(movement)
    settled = [e.id for e in entries] + [c.id for c in carries if c.payout_id is not None]
    payload: dict[str, object] = {
        "maker": maker_id,
        "amount": to_json(paid),
        "method": method,
        "cutoff": cutoff.isoformat(),
        "entries": sorted(str(i) for i in settled),
    }
    if movement is not None:
        payload["cash_movement"] = str(movement.id)
    if kept:
        payload["kept"] = to_json(kept)
        payload["carries"] = [[str(c.id), to_json(c.amount)] for c in carries]
    journal.append_in(
        session, "payout", payout.number, payload, actor_name_in(session, user_id), at, journal.rows_of(*written)
    )
    session.flush()
    shares = sum(1 for e in entries if e.carry_of_id is None)
    return PayoutResult(payout.id, payout.number, maker.name, paid, shares, kept)


def pay_maker(
    store: Store,
    maker_id: int,
    cutoff: date,
    method: str,
    reference: str = "",
    *,
    user_id: int,
    expected: Decimal | None = None,
    approval: Approval | None = None,
) -> PayoutResult | None:
    """Settle every unsettled share entry of a maker up to ``cutoff``.

    Returns ``None`` when the sum is zero or less: nothing is paid and the
    balance carries over. A cash payout is taken out of the open till and
    pays the sum rounded down to the 0.10 (DESIGN.md §4 rule 7): the céntimos
    left stay in her balance as carry entries. It may not take more than the
    soles drawer should hold (rule 10).

    Args:
        user_id: who pays (``actors.SYSTEM_ID``: the program); she needs the ``payout``
            permission, or a coordinator's ``approval``.
        expected: the total owed the person paying was shown (before any
            rounding); when given and it differs (a sale or refund came in
            meanwhile), nothing is paid.

    Raises:
        PermissionDenied: the user may not pay makers and no valid approval was given.
        UserError: unknown method, no reference for Yape, Plin or a transfer,
            no open till for cash, less cash in the drawer than the payout, a
            cut-off date after today, or a total that differs from ``expected``.
    """
    _check_method(method, reference)
    _check_cutoff(cutoff)
    approval = checked_approval(store, approval)
    with online(store, PAYOUT), store.session() as session, session.begin():
        require_in(session, user_id, "payout", approval)
        return _pay_in(session, maker_id, cutoff, method, reference, user_id, expected, now())


def pay_makers(
    store: Store,
    orders: Sequence[PayoutOrder],
    cutoff: date,
    method: str,
    user_id: int,
    approval: Approval | None = None,
) -> list[PayoutResult]:
    """Pay several makers at once, one payout (and one slip) each, all or nothing.

    Makers whose sum is zero or less are skipped: their balance carries over.

    Raises:
        UserError: as :func:`pay_maker`, for any of the makers; then nobody is paid.
    """
    if not orders:
        raise UserError("no hay ninguna artesana con saldo para pagar")
    if len({o.maker_id for o in orders}) != len(orders):
        raise UserError("una artesana figura dos veces en el pago")
    for order in orders:
        _check_method(method, order.reference)
    _check_cutoff(cutoff)
    results = []
    approval = checked_approval(store, approval)
    with online(store, PAYOUT), store.session() as session, session.begin():
        require_in(session, user_id, "payout", approval)
        at = now()
        for order in orders:
            result = _pay_in(session, order.maker_id, cutoff, method, order.reference, user_id, order.expected, at)
            if result is not None:
                results.append(result)
    return results
