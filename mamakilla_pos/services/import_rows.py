"""The rows of a paper document, sale or refund, as :mod:`.sales` writes a till's (imports).

Built as plain rows, table by table, and written with one statement per
table (:class:`DocumentRows`); each document is journaled with every column
once numbered (:class:`Document`). Paper documents keep the number written
on the paper, in their own series (:data:`SERIES`), and are recorded as
received: no cash session, no seller, no cash rounding on refunds.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from types import SimpleNamespace

from sqlalchemy.engine import Connection, Dialect

from ..domain.money import ZERO
from ..store import images
from ..store.bulk import insert_parameters, insert_rows, insert_staged, parameters, stage_parameters
from ..store.ids import new_id
from ..store.models import Payment, Sale, SaleLine, ShareEntry, StockMovement
from .sale_writes import document_payload, document_rows, journal_payload

SERIES = "PAPEL"
"""The series that numbers paper documents in the database (they keep the number written on the paper)."""


class DocumentRows:
    """The rows of many documents, table by table, written with one statement per table."""

    def __init__(self) -> None:
        self.sales: list[SimpleNamespace] = []
        self.lines: list[SimpleNamespace] = []
        self.shares: list[SimpleNamespace] = []
        self.payments: list[SimpleNamespace] = []
        self.movements: list[SimpleNamespace] = []

        self.ready: dict[type, list[object]] = {}  # parameters worked out before the write lock
        self.staged: dict[type, str] = {}  # SQLite: temporary tables filled before the write lock

    def _tables(self) -> tuple[tuple[type, list[SimpleNamespace]], ...]:
        return (
            (Sale, self.sales),
            (SaleLine, self.lines),
            (ShareEntry, self.shares),
            (Payment, self.payments),
            (StockMovement, self.movements),
        )

    def prepare_parameters(self, dialect: Dialect) -> None:
        """Work out the statements' parameters of every row that numbering does not change (all but the sales)."""
        self.ready = {model: parameters(dialect, model, rows) for model, rows in self._tables() if model is not Sale}

    def stage(self, connection: Connection) -> None:
        """SQLite: put every table's ready parameters into temporary tables of ``connection``, which then
        writes them (:meth:`insert`) with one ``INSERT … SELECT`` each; ``connection`` commits them itself
        and is closed once done (its temporary tables go with it)."""
        token = new_id().hex
        for model, params in self.ready.items():
            if params:
                self.staged[model] = stage_parameters(connection, model, params, token)

    def unstage(self, model: type) -> None:
        """Write ``model``'s rows from their objects after all (they changed since they were staged)."""
        self.staged.pop(model, None)

    def insert(self, connection: Connection) -> None:
        for model, rows in self._tables():
            ready = self.ready.get(model)
            staged = self.staged.get(model)
            if staged is not None:
                insert_staged(connection, model, staged)
            elif ready is not None:
                insert_parameters(connection, model, ready)
            else:
                insert_rows(connection, model, rows)


@dataclass(frozen=True)
class Document:
    """A paper sale or refund's rows, journaled (every column) once they are numbered."""

    sale: SimpleNamespace
    lines: list[SimpleNamespace]
    shares: list[SimpleNamespace]
    payments: list[SimpleNamespace]
    movements: list[SimpleNamespace]
    refund_of: str = ""
    imaged: dict[str, list[tuple[object, ...]]] = field(default_factory=dict)

    def image_rows(self) -> None:
        """Image now the rows that numbering leaves as they are (all but the sale's own row).

        Done before the writing transaction, so that the write lock is held
        only for imaging the numbered sale rows, not every row of the import.
        """
        groups = document_rows(self.sale, self.lines, self.shares, self.payments, self.movements)  # type: ignore[arg-type]
        self.imaged.update(images.images_of({t: rows for t, rows in groups.items() if t != "sales"}))

    def payload(self) -> dict[str, object]:
        """Its journal payload, with the rows as they are now (call it after numbering)."""
        if not self.imaged:
            return document_payload(self.sale, self.lines, self.shares, self.payments, self.movements, self.refund_of)  # type: ignore[arg-type]
        rows = {"sales": [images.layout("sales").image(self.sale)], **self.imaged}
        return {**journal_payload(self.sale, self.refund_of), **images.payload_rows(rows)}  # type: ignore[arg-type]


def paper_document(
    *,
    kind: str,
    number: str,
    at: datetime,
    location_id: int,
    total: Decimal,
    refund_of_id: uuid.UUID | None = None,
    subtotal: Decimal | None = None,
    line_discounts: Decimal = ZERO,
    order_discount: Decimal = ZERO,
    rounding: Decimal = ZERO,
    amount_due: Decimal | None = None,
    tendered: Decimal | None = None,
    change: Decimal = ZERO,
    usd_rate: Decimal | None = None,
) -> SimpleNamespace:
    """A paper sale's or refund's own row; numbered when written (``seq`` 0 until then).

    ``subtotal``, ``amount_due`` and ``tendered`` are the total unless given.
    """
    return SimpleNamespace(
        id=new_id(),
        number=number,
        series=SERIES,
        seq=0,
        kind=kind,
        refund_of_id=refund_of_id,
        created_at=at,
        seller_id=None,
        location_id=location_id,
        cash_session_id=None,
        subtotal=total if subtotal is None else subtotal,
        line_discounts=line_discounts,
        order_discount=order_discount,
        total=total,
        rounding=rounding,
        amount_due=total if amount_due is None else amount_due,
        tendered=total if tendered is None else tendered,
        change=change,
        usd_rate=usd_rate,
        source="import",
        note="",
    )


def paper_line(
    document: SimpleNamespace,
    position: int,
    *,
    item_id: int,
    product_name: str,
    quantity: int,
    unit_price: Decimal,
    net: Decimal,
    share_rate: Decimal,
    share: Decimal = ZERO,
    gross: Decimal | None = None,
    line_discount: Decimal = ZERO,
    order_discount: Decimal = ZERO,
    refund_of_line_id: uuid.UUID | None = None,
) -> SimpleNamespace:
    """A line of ``document``; ``gross`` is the net unless given (a refund's line has no discount)."""
    return SimpleNamespace(
        id=new_id(),
        sale_id=document.id,
        position=position,
        item_id=item_id,
        product_name=product_name,
        quantity=quantity,
        unit_price=unit_price,
        gross=net if gross is None else gross,
        line_discount=line_discount,
        order_discount=order_discount,
        net=net,
        share_rate=share_rate,
        share=share,
        refund_of_line_id=refund_of_line_id,
    )


def share_row(
    document: SimpleNamespace, line: SimpleNamespace, maker_id: int, weight: int, amount: Decimal
) -> SimpleNamespace:
    """A maker's share of ``line``: accrued on a sale (positive), reversed on a refund (negative)."""
    return SimpleNamespace(
        id=new_id(),
        maker_id=maker_id,
        sale_id=document.id,
        sale_line_id=line.id,
        created_at=document.created_at,
        kind="accrual" if document.kind == "sale" else "reversal",
        weight=weight,
        amount=amount,
        payout_id=None,
        carry_of_id=None,
        partner_line_id=None,
    )


def movement_row(document: SimpleNamespace, item_id: int, quantity: int) -> SimpleNamespace:
    """The stock ``document`` takes (negative ``quantity``) or brings back (positive) at its location."""
    return SimpleNamespace(
        id=new_id(),
        item_id=item_id,
        location_id=document.location_id,
        quantity=quantity,
        kind=document.kind,
        reason="",
        sale_id=document.id,
        user_id=None,
        created_at=document.created_at,
    )


def payment_row(
    document: SimpleNamespace,
    method: str,
    amount: Decimal,
    *,
    currency: str = "PEN",
    rate: Decimal | None = None,
    amount_pen: Decimal | None = None,
    applied_pen: Decimal | None = None,
    reference: str = "",
) -> SimpleNamespace:
    """Money paid on ``document`` with ``method``; in soles, exactly ``amount``, unless told otherwise."""
    return SimpleNamespace(
        id=new_id(),
        sale_id=document.id,
        method=method,
        currency=currency,
        amount=amount,
        rate=rate,
        amount_pen=amount if amount_pen is None else amount_pen,
        applied_pen=amount if applied_pen is None else applied_pen,
        reference=reference,
    )
