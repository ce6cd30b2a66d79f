"""Makers' shares: balances over a period, payouts and their history (DESIGN.md §4.5–4.7).

Every sale line a maker made gives her a share entry; every refund of it a
negative one. A payout settles all her unsettled entries up to a cut-off
date, so at any time, for every maker and any period,
``accrued − reversed = paid + balance`` to the céntimo, and no entry is ever
settled twice.

A cash payout pays whole ten-céntimo coins (DESIGN.md §4 rule 7): the
céntimos it cannot pay are carried by a pair of ``carry`` entries (see
:class:`~mamakilla_pos.store.models.ShareEntry`), so ``paid`` is what she
was handed and ``balance`` still holds them. Carry entries are neither
accrued nor reversed.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import Select, and_, case, func, select, update
from sqlalchemy.orm import Session, aliased

from ..domain.money import ZERO, to_json
from ..domain.shares import payout_to_pay
from ..store import Store
from ..store.ids import new_id
from ..store.models import (
    CashMovement,
    CashSession,
    ItemMaker,
    Maker,
    Partner,
    PartnerReport,
    PartnerSaleLine,
    Payout,
    ReceiptSeries,
    Sale,
    SaleLine,
    ShareEntry,
    User,
)
from ..store.types import Money
from . import journal
from .actors import actor_name_in, person
from .auth import Approval, checked_approval, require_in
from .cash_figures import check_drawer_holds, report_in
from .clock import now
from .errors import NotFound, UserError
from .settings import load_in

PAYOUT_METHODS = ("cash", "yape", "plin", "transfer")
REFERENCE_METHODS = frozenset({"yape", "plin", "transfer"})

_CHUNK = 500  # ids per ``IN (…)``: far below every database's limit on bound parameters


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


def _sum(column):  # type: ignore[no-untyped-def]
    return func.coalesce(func.sum(column, type_=Money()), ZERO)


def _balance_columns():  # type: ignore[no-untyped-def]
    """Positive and negative entries, settled and unsettled sums; carries counted as accrued/reversed here
    (the index covers these columns only) and taken out again by :func:`_without_carries`."""
    settled = ShareEntry.payout_id.is_not(None)
    return (
        _sum(case((ShareEntry.amount > 0, ShareEntry.amount), else_=ZERO)),
        _sum(case((ShareEntry.amount < 0, -ShareEntry.amount), else_=ZERO)),
        _sum(case((settled, ShareEntry.amount), else_=ZERO)),
        _sum(case((settled, ZERO), else_=ShareEntry.amount)),
    )


def _carries(session: Session, low: datetime, high: datetime) -> dict[int, tuple[Decimal, Decimal]]:
    """Per maker, the carried céntimos dated in ``[low, high)``: ``(positive, negative as positive)``.

    Few rows: read through ``ix_share_entries_carry_of_id``, whose non-null part holds only carries.
    """
    rows = session.execute(
        select(
            ShareEntry.maker_id,
            _sum(case((ShareEntry.amount > 0, ShareEntry.amount), else_=ZERO)),
            _sum(case((ShareEntry.amount < 0, -ShareEntry.amount), else_=ZERO)),
        )
        .where(ShareEntry.carry_of_id.is_not(None), ShareEntry.created_at >= low, ShareEntry.created_at < high)
        .group_by(ShareEntry.maker_id)
    )
    return {maker_id: (positive, negative) for maker_id, positive, negative in rows}


def _without_carries(
    maker_id: int, figures: Sequence[Decimal], carries: dict[int, tuple[Decimal, Decimal]]
) -> tuple[Decimal, ...]:
    """``(accrued, reversed, paid, balance)`` with the carried céntimos out of accrued and reversed."""
    accrued, reversed_, paid, balance = figures
    positive, negative = carries.get(maker_id, (ZERO, ZERO))
    return accrued - positive, reversed_ - negative, paid, balance


def share_balances(store: Store, start: date, end: date) -> list[MakerBalance]:
    """Every maker with shares in ``[start, end]``: accrued, reversed, paid, balance.

    This is what ``mamakilla-pos report shares`` prints.
    """
    low, high = _day_bounds(start, end)
    with store.session() as session:
        rows = session.execute(
            select(Maker.id, Maker.name, *_balance_columns())
            .join(ShareEntry, ShareEntry.maker_id == Maker.id)
            .where(*_in_period(low, high))
            .group_by(Maker.id, Maker.name)
            .order_by(Maker.name)
        ).all()
        carries = _carries(session, low, high)
    return [MakerBalance(row[0], row[1], *_without_carries(row[0], row[2:], carries)) for row in rows]


def _in_period(low: datetime, high: datetime):  # type: ignore[no-untyped-def]
    """Share entries dated in ``[low, high)``, read maker by maker.

    ``maker_id IN (every maker)`` changes nothing in the result, but lets
    the database walk ``ix_share_entries_maker_period`` one maker at a time,
    over that period's entries only, already grouped: no sort, and a cost
    that grows with the period, not with the years of history.
    """
    return (
        ShareEntry.maker_id.in_(select(Maker.id)),
        ShareEntry.created_at >= low,
        ShareEntry.created_at < high,
    )


@dataclass(frozen=True)
class MakerOverview:
    """A maker's figures for a period, and what she is owed today whatever the period.

    ``accrued − reversed = paid + balance`` for the entries dated in the
    period; ``owed`` is the sum of all her unsettled entries up to now
    (what a payout today would pay her; negative when refunds exceed sales).
    """

    maker_id: int
    maker: str
    active: bool
    accrued: Decimal
    reversed: Decimal
    paid: Decimal
    balance: Decimal
    owed: Decimal


def maker_overview(store: Store, start: date, end: date) -> list[MakerOverview]:
    """Every active maker, and every other maker with figures: period figures and owed today."""
    low, high = _day_bounds(start, end)
    with store.session() as session:
        period = {
            row[0]: row[1:]
            for row in session.execute(
                select(ShareEntry.maker_id, *_balance_columns())
                .where(*_in_period(low, high))
                .group_by(ShareEntry.maker_id)
            )
        }
        owed = {
            maker_id: amount
            for maker_id, amount in session.execute(
                select(ShareEntry.maker_id, _sum(ShareEntry.amount))
                .where(ShareEntry.payout_id.is_(None))
                .group_by(ShareEntry.maker_id)
            )
        }
        makers = session.execute(select(Maker.id, Maker.name, Maker.active).order_by(Maker.name)).all()
        carries = _carries(session, low, high)
    result = []
    zeros = (ZERO, ZERO, ZERO, ZERO)
    for maker_id, name, active in makers:
        accrued, reversed_, paid, balance = _without_carries(maker_id, period.get(maker_id, zeros), carries)
        due = owed.get(maker_id, ZERO)
        if active or maker_id in period or due:
            result.append(MakerOverview(maker_id, name, active, accrued, reversed_, paid, balance, due))
    return result


def overview_totals(rows: Sequence[MakerOverview]) -> MakerOverview:
    """The column totals of :func:`maker_overview` rows, as a row named ``Total``."""

    def column(name: str) -> Decimal:
        return sum((getattr(r, name) for r in rows), ZERO)

    return MakerOverview(
        0,
        "Total",
        True,
        column("accrued"),
        column("reversed"),
        column("paid"),
        column("balance"),
        column("owed"),
    )


@dataclass(frozen=True)
class ShareLine:
    """One share entry with what it came from.

    For a reversal, ``receipt`` is the refund's number, ``refund_of`` the
    original sale's, and ``quantity`` and ``line_net`` what was returned
    (positive): use :attr:`signed_quantity` and :attr:`signed_net` to show it
    as a negative line. ``weight`` is the maker's weight on the item and
    ``line_weight`` the weights of all its makers: the line's share was split
    ``weight / line_weight`` to her.

    A carry (:attr:`is_carry`) belongs to no sale: ``receipt`` is the number
    of the cash payout that left those céntimos, ``product`` is empty,
    ``quantity``, ``line_net`` and ``rate`` are zero. Negative, it is the part
    that payout could not pay in coins; positive, the same céntimos waiting
    in her balance for her next payout.
    """

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
    refund_of: str = ""
    weight: int = 1
    line_weight: int = 1
    partner: str = ""  # the partner shop that sold it (then ``receipt`` is its report, ``line_net`` what it paid us)

    @property
    def product_sold(self) -> str:
        """The product, marked with the partner shop's name when a partner sold it."""
        return f"{self.product} · {self.partner}" if self.partner else self.product

    @property
    def is_reversal(self) -> bool:
        return self.kind == "reversal"

    @property
    def is_carry(self) -> bool:
        return self.kind == "carry"

    @property
    def signed_quantity(self) -> int:
        return -self.quantity if self.is_reversal else self.quantity

    @property
    def signed_net(self) -> Decimal:
        return -self.line_net if self.is_reversal else self.line_net

    @property
    def portion(self) -> str:
        """``"2/3"`` when the line's share was split among makers, else ``""``."""
        return "" if self.weight == self.line_weight else f"{self.weight}/{self.line_weight}"


def _share_line_query() -> Select:
    original = aliased(Sale)
    carried = aliased(Payout)
    others = aliased(ShareEntry)
    sold_weight = select(func.sum(others.weight)).where(others.sale_line_id == ShareEntry.sale_line_id)
    # A partner's line accrues in several entries per maker (one per payment): its weights are the item's.
    partner_weight = select(func.sum(ItemMaker.weight)).where(ItemMaker.item_id == PartnerSaleLine.item_id)
    line_weight = func.coalesce(sold_weight.scalar_subquery(), partner_weight.scalar_subquery())
    number = func.coalesce(Sale.number, PartnerReport.number, carried.number, "")
    return (
        select(
            ShareEntry.id,
            ShareEntry.created_at,
            number,
            func.coalesce(SaleLine.product_name, PartnerSaleLine.product_name, ""),
            func.coalesce(SaleLine.quantity, PartnerSaleLine.quantity, 0),
            func.coalesce(SaleLine.net, PartnerSaleLine.due),
            func.coalesce(SaleLine.share_rate, PartnerSaleLine.share_rate),
            ShareEntry.amount,
            ShareEntry.kind,
            func.coalesce(Payout.number, ""),
            func.coalesce(original.number, ""),
            ShareEntry.weight,
            line_weight,
            func.coalesce(Partner.name, ""),
        )
        # Outer joins: a carry belongs to no sale (it names the payout that left it); a partner's line to its report.
        .outerjoin(Sale, Sale.id == ShareEntry.sale_id)
        .outerjoin(SaleLine, SaleLine.id == ShareEntry.sale_line_id)
        .outerjoin(carried, carried.id == ShareEntry.carry_of_id)
        .outerjoin(PartnerSaleLine, PartnerSaleLine.id == ShareEntry.partner_line_id)
        .outerjoin(PartnerReport, PartnerReport.id == PartnerSaleLine.report_id)
        .outerjoin(Partner, Partner.id == PartnerSaleLine.partner_id)
        .outerjoin(Payout, Payout.id == ShareEntry.payout_id)
        .outerjoin(original, original.id == Sale.refund_of_id)
        .order_by(
            ShareEntry.created_at,
            number,
            func.coalesce(SaleLine.position, PartnerSaleLine.position),
            ShareEntry.id,
        )
    )


def _share_lines(session: Session, *where) -> list[ShareLine]:  # type: ignore[no-untyped-def]
    rows = session.execute(_share_line_query().where(*where))
    return [
        ShareLine(
            id_,
            at,
            receipt,
            product,
            units,
            net or ZERO,
            rate or Decimal(0),
            amount,
            kind,
            payout,
            refund_of,
            int(weight),
            int(of_line or weight),
            partner,
        )
        for (
            id_,
            at,
            receipt,
            product,
            units,
            net,
            rate,
            amount,
            kind,
            payout,
            refund_of,
            weight,
            of_line,
            partner,
        ) in rows
    ]


def share_lines(store: Store, maker_id: int, start: date, end: date) -> list[ShareLine]:
    """The entries behind a maker's figures for ``[start, end]``, oldest first."""
    low, high = _day_bounds(start, end)
    with store.session() as session:
        return _share_lines(
            session, ShareEntry.maker_id == maker_id, ShareEntry.created_at >= low, ShareEntry.created_at < high
        )


# -- what a payout would settle --------------------------------------------------------------


def _check_cutoff(cutoff: date) -> None:
    if cutoff > now().date():
        raise UserError("la fecha de corte no puede ser posterior a hoy")


def _unsettled(maker_id: int, cutoff: date):  # type: ignore[no-untyped-def]
    _, high = _day_bounds(cutoff, cutoff)
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


def _totals(lines: Sequence[ShareLine]) -> tuple[Decimal, Decimal, Decimal]:
    """``(accrued, reversed, carried)`` of share lines; carried is the net of the carries."""
    shares = [ln.amount for ln in lines if not ln.is_carry]
    accrued = sum((a for a in shares if a > 0), ZERO)
    reversed_ = -sum((a for a in shares if a < 0), ZERO)
    return accrued, reversed_, sum((ln.amount for ln in lines if ln.is_carry), ZERO)


def payout_preview(store: Store, maker_id: int, cutoff: date) -> PayoutPreview:
    """The entries a payout of ``maker_id`` up to ``cutoff`` would settle, and their total.

    Raises:
        NotFound: no such maker.
    """
    with store.session() as session:
        maker = session.get(Maker, maker_id)
        if maker is None:
            raise NotFound("no existe la artesana")
        lines = _share_lines(session, *_unsettled(maker_id, cutoff))
        step = load_in(session).rounding_step
    accrued, reversed_, carried = _totals(lines)
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
    _, high = _day_bounds(cutoff, cutoff)
    with store.session() as session:
        rows = session.execute(
            select(Maker.id, Maker.name, _sum(ShareEntry.amount), func.count())
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


def _pay_in(
    session: Session,
    maker_id: int,
    cutoff: date,
    method: str,
    reference: str,
    user_id: int | None,
    expected: Decimal | None,
    at: datetime,
) -> PayoutResult | None:
    maker = session.get(Maker, maker_id)
    if maker is None:
        raise NotFound("no existe la artesana")
    entries = _unsettled_entries(session, maker_id, cutoff)
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
        movement = CashMovement(
            id=new_id(),
            session_id=cash_session.id,
            created_at=at,
            direction="out",
            currency="PEN",
            amount=paid,
            reason=f"Pago a artesana {maker.name} ({payout.number})",
            user_id=person(user_id),
            payout_id=payout.id,
        )
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
    user_id: int | None = None,
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
        user_id: who pays (``None``: the system); she needs the ``payout``
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
    with store.session() as session, session.begin():
        require_in(session, user_id, "payout", approval)
        return _pay_in(session, maker_id, cutoff, method, reference, user_id, expected, now())


def pay_makers(
    store: Store,
    orders: Sequence[PayoutOrder],
    cutoff: date,
    method: str,
    user_id: int | None = None,
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
    with store.session() as session, session.begin():
        require_in(session, user_id, "payout", approval)
        at = now()
        for order in orders:
            result = _pay_in(session, order.maker_id, cutoff, method, order.reference, user_id, order.expected, at)
            if result is not None:
                results.append(result)
    return results


# -- history -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PayoutSummary:
    """A payout as listed in the history."""

    id: uuid.UUID
    number: str
    maker_id: int
    maker: str
    created_at: datetime
    period_from: date | None
    cutoff: date
    amount: Decimal
    method: str
    reference: str
    entries: int
    paid_by: str


@dataclass(frozen=True)
class PayoutDetail:
    """A payout with everything its slip shows.

    ``payer_role`` is the role of the user who recorded it (``""`` for the
    system): only a coordinator's name is printed under her signature line.
    ``carried_in`` are the céntimos her previous cash payout left, paid now;
    ``kept`` those this cash payout could not pay in coins, left in her
    balance. What was paid: ``accrued − reversed + carried_in − kept``.
    """

    summary: PayoutSummary
    maker_dni: str
    till: str
    entries: tuple[ShareLine, ...]
    accrued: Decimal
    reversed: Decimal
    payer_role: str = ""
    carried_in: Decimal = ZERO
    kept: Decimal = ZERO


def _summary_query() -> Select:
    count = (
        select(func.count(ShareEntry.id))
        .where(ShareEntry.payout_id == Payout.id, ShareEntry.carry_of_id.is_(None))
        .scalar_subquery()
    )
    return (
        select(
            Payout.id,
            Payout.number,
            Payout.maker_id,
            Maker.name,
            Payout.created_at,
            Payout.period_from,
            Payout.cutoff,
            Payout.amount,
            Payout.method,
            Payout.reference,
            count,
            func.coalesce(User.name, ""),
        )
        .join(Maker, Maker.id == Payout.maker_id)
        .outerjoin(User, User.id == Payout.user_id)
    )


def payout_history(
    store: Store,
    maker_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[PayoutSummary]:
    """Payouts made in ``[start, end]`` (either may be open), to one maker or all, newest first."""
    query = _summary_query()
    if maker_id is not None:
        query = query.where(Payout.maker_id == maker_id)
    if start is not None and end is not None:
        _day_bounds(start, end)
    if start is not None:
        query = query.where(Payout.created_at >= datetime.combine(start, time()))
    if end is not None:
        query = query.where(Payout.created_at < datetime.combine(end + timedelta(days=1), time()))
    with store.session() as session:
        rows = session.execute(query.order_by(Payout.created_at.desc(), Payout.number.desc())).all()
    return [PayoutSummary(*row) for row in rows]


def paid_total(payouts: Sequence[PayoutSummary]) -> Decimal:
    """What the listed payouts paid together."""
    return sum((p.amount for p in payouts), ZERO)


def payout_detail(store: Store, number: str) -> PayoutDetail:
    """The payout ``number`` with every entry it settled, oldest first.

    Raises:
        NotFound: no payout has that number.
    """
    with store.session() as session:
        row = session.execute(_summary_query().where(Payout.number == number)).first()
        if row is None:
            raise NotFound(f"no existe el pago {number}")
        summary = PayoutSummary(*row)
        dni = session.execute(select(Maker.dni).where(Maker.id == summary.maker_id)).scalar_one()
        till, role = session.execute(
            select(func.coalesce(CashSession.till, ""), func.coalesce(User.role, ""))
            .select_from(Payout)
            .outerjoin(CashSession, CashSession.id == Payout.cash_session_id)
            .outerjoin(User, User.id == Payout.user_id)
            .where(Payout.id == summary.id)
        ).one()
        lines = _share_lines(session, ShareEntry.payout_id == summary.id)
    accrued, reversed_, _ = _totals(lines)
    carried_in = sum((ln.amount for ln in lines if ln.is_carry and ln.amount > 0), ZERO)
    kept = -sum((ln.amount for ln in lines if ln.is_carry and ln.amount < 0), ZERO)
    return PayoutDetail(summary, dni, till, tuple(lines), accrued, reversed_, role, carried_in, kept)


# -- totals for the funders ----------------------------------------------------------------


@dataclass(frozen=True)
class MakerYear:
    """What was paid to a maker in each month of a year (by the date of the payout)."""

    maker_id: int
    maker: str
    months: tuple[Decimal, ...]  # January … December
    payouts: int

    @property
    def total(self) -> Decimal:
        return sum(self.months, ZERO)


@dataclass(frozen=True)
class FunderYear:
    """Payouts of a year per maker and month, with the column and grand totals."""

    year: int
    makers: tuple[MakerYear, ...]

    @property
    def months(self) -> tuple[Decimal, ...]:
        return tuple(sum((m.months[i] for m in self.makers), ZERO) for i in range(12))

    @property
    def total(self) -> Decimal:
        return sum((m.total for m in self.makers), ZERO)

    @property
    def payouts(self) -> int:
        return sum(m.payouts for m in self.makers)


def payout_years(store: Store) -> list[int]:
    """Years in which payouts were made, newest first; this year when there are none."""
    with store.session() as session:
        first, last = session.execute(select(func.min(Payout.created_at), func.max(Payout.created_at))).one()
    this_year = now().year
    if first is None:
        return [this_year]
    return list(range(max(last.year, this_year), first.year - 1, -1))


def funder_totals(store: Store, year: int) -> FunderYear:
    """Money paid to each maker in ``year``, month by month, and the totals."""
    low, high = datetime(year, 1, 1), datetime(year + 1, 1, 1)
    with store.session() as session:
        rows = session.execute(
            select(Payout.maker_id, Maker.name, Payout.created_at, Payout.amount)
            .join(Maker, Maker.id == Payout.maker_id)
            .where(and_(Payout.created_at >= low, Payout.created_at < high))
        ).all()
    months: dict[tuple[str, int], list[Decimal]] = defaultdict(lambda: [ZERO] * 12)
    counts: dict[tuple[str, int], int] = defaultdict(int)
    for maker_id, name, created_at, amount in rows:
        months[(name, maker_id)][created_at.month - 1] += amount
        counts[(name, maker_id)] += 1
    makers = tuple(
        MakerYear(maker_id, name, tuple(months[(name, maker_id)]), counts[(name, maker_id)])
        for name, maker_id in sorted(months)
    )
    return FunderYear(year, makers)
