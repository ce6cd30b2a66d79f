"""What recording a sale and recording a refund share (DESIGN.md §4, §6).

The result the till shows, the connection of the hot path's plain
statements, the next number of a receipt series, the till's open cash
session, the payment rows, and what the journal keeps of a document.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..domain.money import to_json
from ..domain.payments import AppliedPayment
from ..domain.shares import split_share
from ..store import images
from ..store.ids import new_id
from ..store.models import CashSession, Payment, ReceiptSeries, Sale, SaleLine, ShareEntry, StockMovement
from .errors import UserError
from .sale_views import SaleView
from .settings import ShopSettings
from .tills import NOT_A_TILL

PAPER_SERIES = "PAPEL"
"""The series whose numbers keep notes written on paper in the order they were typed in."""


@dataclass(frozen=True)
class SaleResult:
    """A completed sale or refund, as the till needs to show it."""

    id: uuid.UUID
    number: str
    kind: str
    created_at: datetime
    total: Decimal
    amount_due: Decimal
    rounding: Decimal
    tendered: Decimal
    change: Decimal
    stock_warnings: tuple[str, ...] = field(default=())
    document: SaleView | None = field(default=None, compare=False)
    """The sale as :func:`~.history.get_sale` reads it back, made from what was written (a sale only)."""


class Numbered(NamedTuple):
    """A sale's or refund's number, its place in its series, the series, and the cash session it is in
    (``None`` for a note written on paper)."""

    number: str
    seq: int
    series: str
    cash_session_id: uuid.UUID | None


# Statements of the sale's hot path, built once (building a statement costs more than running it).
_NEXT_NUMBER = select(ReceiptSeries.next_number).where(ReceiptSeries.code == bindparam("series")).with_for_update()
_SET_NEXT_NUMBER = (
    update(ReceiptSeries)
    .where(ReceiptSeries.code == bindparam("series"))
    .values(next_number=bindparam("next_number"))
    .execution_options(synchronize_session=False)
)
_OPEN_SESSION_ID = (
    select(CashSession.id)
    .where(CashSession.till == bindparam("till"), CashSession.closed_at.is_(None))
    .with_for_update(read=True)
)


def connection_in(session: Session) -> Connection:
    """The session's connection, for the plain statements of the hot path, after writing out
    anything the caller left pending (so that every row the statements need is there)."""
    session.flush()
    return session.connection()


def take_number_in(session: Session, series: str) -> tuple[str, int]:
    """Next correlative number of ``series``; the row stays locked until commit."""
    seq = take_numbers_in(session, series, 1).start
    return f"{series}-{seq:06d}", seq


def take_numbers_in(session: Session, series: str, count: int) -> range:
    """The next ``count`` correlative numbers of ``series``; the row stays locked until commit."""
    if count == 0:
        return range(0)
    connection = connection_in(session)
    first = connection.execute(_NEXT_NUMBER, {"series": series}).scalar_one_or_none()
    if first is None:
        first = 1
        connection.execute(insert(ReceiptSeries), [{"code": series, "next_number": first + count}])
    else:
        connection.execute(_SET_NEXT_NUMBER, {"series": series, "next_number": first + count})
    return range(first, first + count)


def imported_number_in(session: Session, number: str) -> tuple[str, int]:
    """A note written on paper keeps its own ``number``, and takes the next of the paper series.

    Raises:
        UserError: a note with that number is already recorded.
    """
    if session.execute(select(Sale.id).where(Sale.number == number)).first():
        raise UserError(f"la nota {number} ya está registrada")
    _, seq = take_number_in(session, PAPER_SERIES)
    return number, seq


def receipt_series_of(settings: ShopSettings) -> str:
    """The receipt series of the till this program is.

    Raises:
        UserError: this program is no till.
    """
    if not settings.till_series:
        raise UserError(NOT_A_TILL)
    return settings.till_series


def till_closed(till: str) -> str:
    """Why a sale or refund at till ``till`` is refused: its cash session is not open."""
    return f"la caja {till} está cerrada: ábrala (cuente el fondo) antes de vender o devolver; no se guardó nada"


def open_cash_session_id_in(session: Session, till: str) -> uuid.UUID:
    """The id of till ``till``'s open cash session, locked until commit.

    FOR SHARE (PostgreSQL): a close on another till cannot slip in under this sale or refund.

    Raises:
        UserError: the till's cash session is not open.
    """
    found = connection_in(session).execute(_OPEN_SESSION_ID, {"till": till}).scalar_one_or_none()
    if found is None:
        raise UserError(till_closed(till))
    return found


def payment_rows(
    sale_id: uuid.UUID, payments: Sequence[AppliedPayment], make: Callable[..., Any] = Payment
) -> list[Any]:
    """A row of ``payments`` for each payment applied to the sale or refund ``sale_id``.

    ``make`` builds each row from its columns by attribute name: the ORM's
    ``Payment`` (the default) or the plain rows of a sale's own inserts.
    """
    return [
        make(
            id=new_id(),
            sale_id=sale_id,
            method=p.method,
            currency=p.currency,
            amount=p.amount,
            rate=p.rate,
            amount_pen=p.amount_pen,
            applied_pen=p.applied_pen,
            reference=p.reference,
        )
        for p in payments
    ]


def accrual_rows(
    sale_id: uuid.UUID,
    line_id: uuid.UUID,
    at: datetime,
    share: Decimal,
    makers: Sequence[tuple[int, int]],
    make: Callable[..., Any] = ShareEntry,
) -> list[Any]:
    """A line's ``share`` split among its ``makers`` (maker id, weight) by their weights, an accrual each
    (DESIGN.md §4); ``make`` builds the rows as :func:`payment_rows` does."""
    parts = split_share(share, [weight for _, weight in makers])
    return [
        make(
            id=new_id(),
            maker_id=maker_id,
            sale_id=sale_id,
            sale_line_id=line_id,
            created_at=at,
            kind="accrual",
            weight=weight,
            amount=amount,
            payout_id=None,
            carry_of_id=None,
            partner_line_id=None,
        )
        for (maker_id, weight), amount in zip(makers, parts, strict=True)
    ]


def journal_payload(sale: Sale, refund_of: str = "") -> dict[str, object]:
    """What the journal says of a sale or refund besides its rows (:func:`document_rows`)."""
    return {
        "number": sale.number,
        "kind": sale.kind,
        "refund_of": refund_of,
        "total": to_json(sale.total),
        "rounding": to_json(sale.rounding),
        "amount_due": to_json(sale.amount_due),
        "tendered": to_json(sale.tendered),
        "change": to_json(sale.change),
    }


def document_payload(
    sale: Sale,
    lines: Sequence[SaleLine],
    shares: Sequence[ShareEntry],
    payments: Sequence[Payment],
    movements: Sequence[StockMovement],
    refund_of: str = "",
) -> dict[str, object]:
    """The whole journal payload of a sale or refund: :func:`journal_payload` and its rows' images.

    For writers that chain their entries themselves (imports); the rows must
    be as they will be written (numbered, header kept).
    """
    groups = document_rows(sale, lines, shares, payments, movements)
    return {**journal_payload(sale, refund_of), **images.payload_rows(images.images_of(groups))}


def document_rows(
    sale: Sale,
    lines: Sequence[SaleLine],
    shares: Sequence[ShareEntry],
    payments: Sequence[Payment],
    movements: Sequence[StockMovement],
) -> dict[str, Sequence[Any]]:
    """The rows of a sale or refund, by table: the journal keeps every column of each."""
    return {
        "sales": [sale],
        "sale_lines": lines,
        "share_entries": shares,
        "payments": payments,
        "stock_movements": movements,
    }
