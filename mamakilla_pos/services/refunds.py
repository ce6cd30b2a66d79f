"""Recording refunds: units of an earlier sale returned and paid back, in one transaction (DESIGN.md §4)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from ..domain.money import ZERO, quantize
from ..domain.payments import METHODS, AppliedPayment, Settlement
from ..domain.refunds import money_back, refund_amount
from ..store import Store
from ..store.ids import new_id
from ..store.models import (
    Item,
    ItemMaker,
    Location,
    Maker,
    Payment,
    Sale,
    SaleLine,
    ShareEntry,
    StockMovement,
)
from . import journal
from .actors import actor_name_in, person
from .auth import Approval, acting_in, checked_approval, require_in
from .clock import now
from .errors import NotFound, UserError
from .headers import HeaderTexts, keep_header_in, texts_of
from .sale_document import recorded_sale
from .sale_views import SaleView
from .sale_writes import (
    PAPER_SERIES,
    Numbered,
    SaleResult,
    connection_in,
    document_rows,
    imported_number_in,
    journal_payload,
    open_cash_session_id_in,
    payment_rows,
    receipt_series_of,
    take_number_in,
)
from .settings import ShopSettings, load_in


@dataclass(frozen=True)
class RefundLine:
    """Units to return from one line of the original sale."""

    line_id: uuid.UUID
    quantity: int


@dataclass(frozen=True)
class RefundRequest:
    """Return some units of an earlier sale and pay their value back."""

    sale_number: str
    lines: tuple[RefundLine, ...]
    method: str = "cash"
    reference: str = ""
    reason: str = ""
    user_id: int = field(kw_only=True)
    created_at: datetime | None = None
    number: str | None = None
    cash_rounding: bool = True
    source: str = "till"
    approval: Approval | None = None


def returned_so_far_in(session: Session, line_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, tuple[int, Decimal]]:
    """Units and amount already refunded per original line."""
    rows = session.execute(
        select(SaleLine.refund_of_line_id, func.sum(SaleLine.quantity), func.sum(SaleLine.net))
        .where(SaleLine.refund_of_line_id.in_(line_ids))
        .group_by(SaleLine.refund_of_line_id)
    )
    return {line_id: (int(q), Decimal(n)) for line_id, q, n in rows if line_id is not None}


def _reversed_so_far(session: Session, line_ids: Sequence[uuid.UUID]) -> dict[tuple[uuid.UUID, int], Decimal]:
    """Share already reversed per (original line, maker), as a positive amount."""
    rows = session.execute(
        select(SaleLine.refund_of_line_id, ShareEntry.maker_id, func.sum(ShareEntry.amount))
        .join(ShareEntry, ShareEntry.sale_line_id == SaleLine.id)
        .where(SaleLine.refund_of_line_id.in_(line_ids))
        .group_by(SaleLine.refund_of_line_id, ShareEntry.maker_id)
    )
    return {(line_id, maker_id): -Decimal(total) for line_id, maker_id, total in rows if line_id is not None}


@dataclass
class _Refunded:
    """The rows of a refund before its own: its lines, the shares they reverse and the units back in stock."""

    lines: list[SaleLine] = field(default_factory=list)
    shares: list[ShareEntry] = field(default_factory=list)
    movements: list[StockMovement] = field(default_factory=list)


def _original_in(session: Session, request: RefundRequest) -> tuple[Sale, dict[uuid.UUID, int]]:
    """The sale refunded and the units wanted back of each of its lines.

    Raises:
        NotFound: no such sale.
        UserError: a method other than soles, no units or not a whole positive number, a line of another sale.
    """
    original = session.execute(select(Sale).where(Sale.number == request.sale_number)).scalar_one_or_none()
    if original is None or original.kind != "sale":
        raise NotFound(f"no existe la venta {request.sale_number}")
    if request.method not in METHODS or request.method == "usd":
        raise UserError("la devolución se paga en soles: efectivo, Yape, Plin, tarjeta o transferencia")
    wanted: dict[uuid.UUID, int] = defaultdict(int)
    for rl in request.lines:
        if rl.quantity <= 0:
            raise UserError("la cantidad a devolver debe ser mayor que cero")
        wanted[rl.line_id] += rl.quantity
    if not wanted:
        raise UserError("no se eligió nada para devolver")
    if set(wanted) - {line.id for line in original.lines}:
        raise UserError(f"la línea no pertenece a la venta {original.number}")
    return original, wanted


def _refund_line(
    line: SaleLine, refund_id: uuid.UUID, position: int, units: int, before: tuple[int, Decimal]
) -> SaleLine:
    """The refund's line for ``units`` more of ``line`` (DESIGN.md §4: the last units take what is left).

    Raises:
        UserError: more units than are left to return.
    """
    units_before, amount_before = before
    if units_before + units > line.quantity:
        left = line.quantity - units_before
        raise UserError(f"{line.product_name}: se vendieron {line.quantity}, quedan {left} por devolver, no {units}")
    net = refund_amount(line.net, line.quantity, units_before, amount_before, units)
    return SaleLine(
        id=new_id(),
        sale_id=refund_id,
        position=position,
        item_id=line.item_id,
        product_name=line.product_name,
        quantity=units,
        unit_price=line.unit_price,
        gross=net,
        line_discount=ZERO,
        order_discount=ZERO,
        net=net,
        share_rate=line.share_rate,
        share=ZERO,
        refund_of_line_id=line.id,
    )


def _reversals_in(
    session: Session,
    line: SaleLine,
    refund_line: SaleLine,
    units_before: int,
    reversed_before: dict[tuple[uuid.UUID, int], Decimal],
    at: datetime,
) -> list[ShareEntry]:
    """Each maker's share of ``line`` reversed for the units of ``refund_line``; their total becomes its share."""
    accruals = session.execute(
        select(ShareEntry).where(ShareEntry.sale_line_id == line.id, ShareEntry.kind == "accrual")
    ).scalars()
    reversals, total = [], ZERO
    for accrual in accruals:
        before = reversed_before.get((line.id, accrual.maker_id), ZERO)
        reversal = refund_amount(accrual.amount, line.quantity, units_before, before, refund_line.quantity)
        total += reversal
        reversals.append(
            ShareEntry(
                id=new_id(),
                maker_id=accrual.maker_id,
                sale_id=refund_line.sale_id,
                sale_line_id=refund_line.id,
                created_at=at,
                kind="reversal",
                weight=accrual.weight,
                amount=-reversal,
            )
        )
    refund_line.share = total
    return reversals


def _refunded_in(
    session: Session,
    request: RefundRequest,
    original: Sale,
    wanted: dict[uuid.UUID, int],
    refund_id: uuid.UUID,
    at: datetime,
) -> _Refunded:
    """The refund's lines, reversed shares and stock moves, line by line of what is wanted back."""
    by_id = {line.id: line for line in original.lines}
    done = returned_so_far_in(session, list(wanted))
    reversed_before = _reversed_so_far(session, list(wanted))
    refunded = _Refunded()
    for position, (line_id, units) in enumerate(wanted.items(), start=1):
        line = by_id[line_id]
        units_before = done.get(line_id, (0, ZERO))
        refund_line = _refund_line(line, refund_id, position, units, units_before)
        refunded.shares.extend(_reversals_in(session, line, refund_line, units_before[0], reversed_before, at))
        refunded.lines.append(refund_line)
        refunded.movements.append(
            StockMovement(
                id=new_id(),
                item_id=line.item_id,
                location_id=original.location_id,
                quantity=units,
                kind="refund",
                sale_id=refund_id,
                user_id=person(request.user_id),
                created_at=at,
            )
        )
    return refunded


def _settlement(request: RefundRequest, original: Sale, total: Decimal, settings: ShopSettings) -> Settlement:
    """What is paid back of ``total``, rounded as the method wants (DESIGN.md §4).

    Nothing to hand back once rounded (a 0.05 refund in cash): the units still come back all the same.
    """
    step = settings.rounding_step if request.cash_rounding else None
    due = money_back(total, request.method, [p.method for p in original.payments], step)
    payments_back = (
        (AppliedPayment(request.method, "PEN", due, None, due, due, request.reference.strip()),) if due > 0 else ()
    )
    return Settlement(total, due, total - due, due, ZERO, payments_back)


def _refund_row(
    request: RefundRequest,
    original: Sale,
    refund_id: uuid.UUID,
    numbered: Numbered,
    at: datetime,
    settlement: Settlement,
    header_id: str,
) -> Sale:
    """The refund's own row: its number, where and when, and the money paid back."""
    return Sale(
        id=refund_id,
        number=numbered.number,
        series=numbered.series,
        seq=numbered.seq,
        kind="refund",
        refund_of_id=original.id,
        created_at=at,
        seller_id=person(request.user_id),
        location_id=original.location_id,
        cash_session_id=numbered.cash_session_id,
        subtotal=settlement.total,
        line_discounts=ZERO,
        order_discount=ZERO,
        total=settlement.total,
        rounding=settlement.rounding,
        amount_due=settlement.amount_due,
        tendered=settlement.amount_due,
        change=ZERO,
        source=request.source,
        note=request.reason,
        header_id=header_id,
    )


def record_refund_in(session: Session, request: RefundRequest, settings: ShopSettings) -> SaleResult:
    """Record a refund inside the caller's transaction."""
    acting_in(session, request.user_id)
    require_in(session, request.user_id, "refund", request.approval, request.sale_number)
    original, wanted = _original_in(session, request)
    at = request.created_at or now()
    if request.number:
        number, seq = imported_number_in(session, request.number)
        series, cash_session_id = PAPER_SERIES, None
    else:
        series = receipt_series_of(settings)
        cash_session_id = open_cash_session_id_in(session, settings.till)
    refund_id = new_id()
    refunded = _refunded_in(session, request, original, wanted, refund_id, at)
    total = quantize(sum((ln.net for ln in refunded.lines), ZERO))
    settlement = _settlement(request, original, total, settings)
    if not request.number:
        number, seq = take_number_in(session, series)
    numbered = Numbered(number, seq, series, cash_session_id)
    header_id = keep_header_in(connection_in(session), settings, at)
    refund = _refund_row(request, original, refund_id, numbered, at, settlement, header_id)
    session.add(refund)
    session.flush()
    payments = payment_rows(refund_id, settlement.payments)
    session.add_all([*refunded.lines, *refunded.shares, *payments, *refunded.movements])
    rows = document_rows(refund, refunded.lines, refunded.shares, payments, refunded.movements)
    payload = journal_payload(refund, original.number)
    actor = actor_name_in(session, request.user_id)
    journal.write_in(session, "refund", number, payload, actor, at, rows)
    seller = actor if refund.seller_id is not None else ""
    document = _refund_document_in(
        session, refund, refunded.lines, payments, seller, texts_of(settings), original.number
    )
    return SaleResult(
        refund_id, number, "refund", at, total, refund.amount_due, refund.rounding, refund.tendered, ZERO, (), document
    )


_ITEMS_OF_LINES = (
    select(Item.id, Item.code, Maker.name)
    .outerjoin(ItemMaker, ItemMaker.item_id == Item.id)
    .outerjoin(Maker, Maker.id == ItemMaker.maker_id)
    .where(Item.id.in_(bindparam("item_ids", expanding=True)))
    .order_by(Item.id, ItemMaker.position)
)


def _refund_document_in(
    session: Session,
    refund: Sale,
    lines: Sequence[SaleLine],
    payments: Sequence[Payment],
    seller: str,
    header: HeaderTexts,
    refund_of: str,
) -> SaleView:
    """The refund just recorded as :func:`~.history.get_sale` reads it back (the note printed from it).

    Its lines' item codes and makers, and the location's name, are read in
    the refund's transaction, as the read-back reads them.
    """
    codes: dict[int, str] = {}
    makers: dict[int, list[str]] = defaultdict(list)
    item_ids = sorted({line.item_id for line in lines})
    for item_id, code, name in session.execute(_ITEMS_OF_LINES, {"item_ids": item_ids}):
        codes[item_id] = code
        if name is not None:
            makers[item_id].append(name)
    location = session.execute(select(Location.name).where(Location.id == refund.location_id)).scalar_one_or_none()
    return recorded_sale(
        refund,
        lines,
        payments,
        [codes[line.item_id] for line in lines],
        [tuple(makers[line.item_id]) for line in lines],
        seller,
        location or "",
        header,
        refund_of=refund_of,
    )


def refund(store: Store, request: RefundRequest) -> SaleResult:
    """Return units of an earlier sale: stock back, shares reversed, money paid back.

    Raises:
        UserError: unknown sale or line, more units than remain, bad method.
    """
    request = replace(request, approval=checked_approval(store, request.approval))
    with store.session() as session, session.begin():
        return record_refund_in(session, request, load_in(session))
