"""What a partner shop holds, sold and owes: ``report partner`` and the statement (DESIGN.md §10).

The figures: units ``sent`` (notes out), ``sold`` (its reports),
``returned`` (return notes) and ``on_hand`` (what its location holds now,
counts and adjustments there included); amounts ``sold_amount`` (at the
prices it sold at), ``commission``, ``due`` (to us), ``paid`` and
``balance``. The statement lists every line behind them for a period, so
that the partner can check it against its own system line by line, and the
units out longer than the partner's set number of days.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.consignment import still_out
from ..domain.money import ZERO, to_json
from ..store import Store
from ..store.models import (
    ConsignmentLine,
    ConsignmentNote,
    Item,
    Partner,
    PartnerPayment,
    PartnerReport,
    PartnerSaleLine,
    StockMovement,
)
from .clock import now
from .errors import UserError
from .partner_payments import paid_per_line_in
from .partners import PartnerInfo, find_partner_in, info_of_in

FIGURE_KEYS = ("sent", "sold", "returned", "on_hand", "sold_amount", "commission", "due", "paid", "balance")


@dataclass(frozen=True)
class PartnerFigures:
    sent: int
    sold: int
    returned: int
    on_hand: int
    sold_amount: Decimal
    commission: Decimal
    due: Decimal
    paid: Decimal
    balance: Decimal

    def as_json(self) -> dict[str, object]:
        """Exactly the keys of ``report partner --json``: units as numbers, amounts as ``"0.00"`` strings."""
        values = {key: getattr(self, key) for key in FIGURE_KEYS}
        return {key: to_json(v) if isinstance(v, Decimal) else v for key, v in values.items()}


@dataclass(frozen=True)
class SentLine:
    on: date
    number: str
    kind: str  # out | return
    item_code: str
    product_name: str
    quantity: int
    unit_price: Decimal


@dataclass(frozen=True)
class SoldLine:
    sold_on: date
    report: str
    item_code: str
    product_name: str
    quantity: int
    unit_price: Decimal
    amount: Decimal
    commission: Decimal
    due: Decimal
    paid: Decimal  # paid of it so far (to the statement's end)

    @property
    def left(self) -> Decimal:
        return self.due - self.paid


@dataclass(frozen=True)
class PaidLine:
    on: datetime
    number: str
    method: str
    reference: str
    amount: Decimal


@dataclass(frozen=True)
class OldUnits:
    item_code: str
    product_name: str
    units: int
    sent_on: date
    note: str
    days: int


@dataclass(frozen=True)
class Statement:
    partner: PartnerInfo
    start: date
    end: date
    figures: PartnerFigures  # of the period; on_hand and balance at its end
    sent: tuple[SentLine, ...]
    returned: tuple[SentLine, ...]
    sold: tuple[SoldLine, ...]
    payments: tuple[PaidLine, ...]
    old: tuple[OldUnits, ...]
    owed_before: Decimal  # the balance the period started with


def _bounds(start: date | None, end: date | None) -> tuple[datetime, datetime]:
    low = datetime.combine(start, time.min) if start else datetime.min
    high = datetime.combine(end + timedelta(days=1), time.min) if end else datetime.max
    return low, high


def _notes(session: Session, partner: Partner, low: datetime, high: datetime) -> list[SentLine]:
    rows = session.execute(
        select(ConsignmentNote, ConsignmentLine, Item.code)
        .join(ConsignmentLine, ConsignmentLine.note_id == ConsignmentNote.id)
        .join(Item, Item.id == ConsignmentLine.item_id)
        .where(ConsignmentNote.partner_id == partner.id)
        .where(ConsignmentNote.created_at >= low, ConsignmentNote.created_at < high)
        .order_by(ConsignmentNote.created_at, ConsignmentNote.number, ConsignmentLine.position)
    )
    return [
        SentLine(n.created_at.date(), n.number, n.kind, code, ln.product_name, ln.quantity, ln.unit_price)
        for n, ln, code in rows
    ]


def _sold(session: Session, partner: Partner, start: date | None, end: date | None) -> list[SoldLine]:
    paid = paid_per_line_in(session, partner.id)
    query = (
        select(PartnerSaleLine, PartnerReport.number, Item.code)
        .join(PartnerReport, PartnerReport.id == PartnerSaleLine.report_id)
        .join(Item, Item.id == PartnerSaleLine.item_id)
        .where(PartnerSaleLine.partner_id == partner.id)
        .order_by(PartnerSaleLine.sold_on, PartnerReport.created_at, PartnerSaleLine.position)
    )
    if start:
        query = query.where(PartnerSaleLine.sold_on >= start)
    if end:
        query = query.where(PartnerSaleLine.sold_on <= end)
    return [
        SoldLine(
            ln.sold_on,
            number,
            code,
            ln.product_name,
            ln.quantity,
            ln.unit_price,
            ln.amount,
            ln.commission,
            ln.due,
            paid.get(ln.id, ZERO),
        )
        for ln, number, code in session.execute(query)
    ]


def _payments(session: Session, partner: Partner, low: datetime, high: datetime) -> list[PaidLine]:
    rows = session.execute(
        select(PartnerPayment)
        .where(PartnerPayment.partner_id == partner.id)
        .where(PartnerPayment.created_at >= low, PartnerPayment.created_at < high)
        .order_by(PartnerPayment.created_at, PartnerPayment.number)
    ).scalars()
    return [PaidLine(p.created_at, p.number, p.method, p.reference, p.amount) for p in rows]


def _on_hand(session: Session, partner: Partner, high: datetime) -> int:
    total = session.execute(
        select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
            StockMovement.location_id == partner.location_id, StockMovement.created_at < high
        )
    ).scalar_one()
    return int(total)


def _balance(session: Session, partner: Partner, high: datetime) -> Decimal:
    due = session.execute(
        select(func.sum(PartnerSaleLine.due))
        .join(PartnerReport, PartnerReport.id == PartnerSaleLine.report_id)
        .where(PartnerSaleLine.partner_id == partner.id, PartnerReport.created_at < high)
    ).scalar()
    paid = session.execute(
        select(func.sum(PartnerPayment.amount)).where(
            PartnerPayment.partner_id == partner.id, PartnerPayment.created_at < high
        )
    ).scalar()
    return Decimal(due or ZERO) - Decimal(paid or ZERO)


def _figures(
    sent: list[SentLine], sold: list[SoldLine], payments: list[PaidLine], on_hand: int, balance: Decimal
) -> PartnerFigures:
    return PartnerFigures(
        sent=sum(s.quantity for s in sent if s.kind == "out"),
        sold=sum(s.quantity for s in sold),
        returned=sum(s.quantity for s in sent if s.kind == "return"),
        on_hand=on_hand,
        sold_amount=sum((s.amount for s in sold), ZERO),
        commission=sum((s.commission for s in sold), ZERO),
        due=sum((s.due for s in sold), ZERO),
        paid=sum((p.amount for p in payments), ZERO),
        balance=balance,
    )


def partner_figures(store: Store, partner: str) -> PartnerFigures:
    """``report partner PARTNER``: everything since the partner's first note.

    Raises:
        NotFound: an unknown partner.
    """
    with store.session() as session:
        found = find_partner_in(session, partner)
        low, high = _bounds(None, None)
        notes = _notes(session, found, low, high)
        return _figures(
            notes,
            _sold(session, found, None, None),
            _payments(session, found, low, high),
            _on_hand(session, found, high),
            _balance(session, found, high),
        )


def old_units_in(session: Session, partner: Partner, today: date, high: datetime) -> list[OldUnits]:
    """Units at the partner's place before ``high`` that have been there longer than its set days.

    Each unit keeps the date of what brought it there (its consignment
    note): the units that left (sold, given back, lost) are taken from the
    oldest first, item by item, as :func:`~..domain.consignment.still_out` says.
    """
    received: dict[int, list[tuple[tuple[datetime, str], int]]] = defaultdict(list)
    gone: dict[int, int] = defaultdict(int)
    for item_id, quantity, at, reason, kind in session.execute(
        select(
            StockMovement.item_id,
            StockMovement.quantity,
            StockMovement.created_at,
            StockMovement.reason,
            StockMovement.kind,
        )
        .where(StockMovement.location_id == partner.location_id, StockMovement.created_at < high)
        .order_by(StockMovement.created_at, StockMovement.id)
    ):
        if quantity > 0:
            received[item_id].append(((at, reason or kind), quantity))
        else:
            gone[item_id] -= quantity
    out = {item_id: still_out(lots, gone[item_id]) for item_id, lots in received.items()}
    old = [
        (item_id, at, note, units)
        for item_id, lots in out.items()
        for (at, note), units in lots
        if (today - at.date()).days > partner.old_after_days
    ]
    if not old:
        return []
    ids = list({item_id for item_id, *_ in old})
    items = {i.id: i for i in session.execute(select(Item).where(Item.id.in_(ids))).unique().scalars()}
    listed = [
        OldUnits(items[i].code, items[i].product.name, units, at.date(), note, (today - at.date()).days)
        for i, at, note, units in old
    ]
    return sorted(listed, key=lambda o: (o.sent_on, o.note, o.item_code))


def statement(store: Store, partner: str, start: date | None = None, end: date | None = None) -> Statement:
    """The statement of ``partner`` for ``[start, end]``: every line, the figures, the old units.

    ``start`` defaults to the partner's first note, ``end`` to today.

    Raises:
        NotFound: an unknown partner.
        UserError: ``end`` before ``start``.
    """
    with store.session() as session:
        found = find_partner_in(session, partner)
        end = end or now().date()
        if start is None:
            first = session.execute(
                select(func.min(ConsignmentNote.created_at)).where(ConsignmentNote.partner_id == found.id)
            ).scalar()
            start = min(first.date(), end) if first is not None else end
        if end < start:
            raise UserError("la fecha final es anterior a la inicial")
        low, high = _bounds(start, end)
        notes = _notes(session, found, low, high)
        sold = _sold(session, found, start, end)
        payments = _payments(session, found, low, high)
        figures = _figures(notes, sold, payments, _on_hand(session, found, high), _balance(session, found, high))
        return Statement(
            partner=info_of_in(session, found),
            start=start,
            end=end,
            figures=figures,
            sent=tuple(n for n in notes if n.kind == "out"),
            returned=tuple(n for n in notes if n.kind == "return"),
            sold=tuple(sold),
            payments=tuple(payments),
            old=tuple(old_units_in(session, found, min(end, now().date()), high)),
            owed_before=_balance(session, found, low),
        )
