"""Paper refunds of an import, row for row as :func:`.sales.record_refund_in` writes one.

A refund returns units of an earlier sale (in the database, or earlier in the
same file): each returned line takes its part of the line's net, and each
maker's share is reversed the same way (DESIGN.md §4.6). Paper refunds are
recorded as received: no cash rounding.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from types import SimpleNamespace

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Dialect

from ..domain.money import ZERO, quantize
from ..domain.refunds import refund_amount
from ..store import images
from ..store.bulk import insert_parameters, insert_rows, parameters
from ..store.ids import new_id
from ..store.models import Item, Payment, Sale, SaleLine, ShareEntry, StockMovement
from .sales import document_payload, document_rows, journal_payload

SERIES = "PAPEL"
"""The series that numbers paper documents in the database (they keep the number written on the paper)."""
CHUNK = 500  # values per IN (…): well under every database's limit


def chunks(values: Iterable[object]) -> Iterable[list[object]]:
    """``values`` without repeats, sorted, in lists short enough for ``IN (…)``."""
    ordered = sorted(set(values))  # type: ignore[type-var]
    for i in range(0, len(ordered), CHUNK):
        yield ordered[i : i + CHUNK]


@dataclass(frozen=True)
class OriginalLine:
    """A line of a sale that a refund may return units of, with the makers' accrued shares."""

    id: uuid.UUID
    code: str
    item_id: int
    product_name: str
    quantity: int
    unit_price: Decimal
    net: Decimal
    share_rate: Decimal
    accruals: tuple[tuple[int, int, Decimal], ...]  # (maker id, weight, amount)


@dataclass(frozen=True)
class Original:
    """A sale that a refund returns units of."""

    id: uuid.UUID
    number: str
    location_id: int
    lines: tuple[OriginalLine, ...]


@dataclass
class Returns:
    """The sales that the file's refunds return, with what earlier refunds already took back."""

    originals: dict[str, Original] = field(default_factory=dict)
    units: dict[uuid.UUID, tuple[int, Decimal]] = field(default_factory=dict)  # per line: units, net returned
    reversed: dict[tuple[uuid.UUID, int], Decimal] = field(default_factory=dict)  # per line and maker

    def sold(self) -> dict[tuple[str, str], int]:
        """Units sold per (receipt, item code)."""
        out: dict[tuple[str, str], int] = defaultdict(int)
        for original in self.originals.values():
            for line in original.lines:
                out[(original.number, line.code)] += line.quantity
        return dict(out)

    def returned(self) -> dict[tuple[str, str], int]:
        """Units already returned per (receipt, item code)."""
        out: dict[tuple[str, str], int] = defaultdict(int)
        for original in self.originals.values():
            for line in original.lines:
                if line.id in self.units:
                    out[(original.number, line.code)] += self.units[line.id][0]
        return dict(out)


def load_returns_in(connection: Connection, numbers: Iterable[str]) -> Returns:
    """The sales numbered ``numbers`` (those the file refunds), their lines, shares and earlier refunds."""
    returns = Returns()
    sales: dict[uuid.UUID, tuple[str, int]] = {}
    for batch in chunks(numbers):
        for sale_id, number, location_id in connection.execute(
            select(Sale.id, Sale.number, Sale.location_id).where(Sale.number.in_(batch), Sale.kind == "sale")
        ):
            sales[sale_id] = (number, location_id)
    rows: dict[uuid.UUID, list[OriginalLine]] = defaultdict(list)
    for batch in chunks(sales):
        rows_of = connection.execute(
            select(
                SaleLine.sale_id,
                SaleLine.id,
                Item.code,
                SaleLine.item_id,
                SaleLine.product_name,
                SaleLine.quantity,
                SaleLine.unit_price,
                SaleLine.net,
                SaleLine.share_rate,
            )
            .join(Item, Item.id == SaleLine.item_id)
            .where(SaleLine.sale_id.in_(batch))
            .order_by(SaleLine.sale_id, SaleLine.position)
        )
        for sale_id, line_id, code, item_id, name, quantity, unit_price, net, share_rate in rows_of:
            rows[sale_id].append(OriginalLine(line_id, code, item_id, name, quantity, unit_price, net, share_rate, ()))
    line_ids = [line.id for lines in rows.values() for line in lines]
    accruals: dict[uuid.UUID, list[tuple[int, int, Decimal]]] = defaultdict(list)
    for batch in chunks(line_ids):
        for accrued_line, maker_id, weight, amount in connection.execute(
            select(ShareEntry.sale_line_id, ShareEntry.maker_id, ShareEntry.weight, ShareEntry.amount).where(
                ShareEntry.sale_line_id.in_(batch), ShareEntry.kind == "accrual"
            )
        ):
            if accrued_line is not None:
                accruals[accrued_line].append((maker_id, weight, amount))
        for original_id, units, net in connection.execute(
            select(SaleLine.refund_of_line_id, func.sum(SaleLine.quantity), func.sum(SaleLine.net))
            .where(SaleLine.refund_of_line_id.in_(batch))
            .group_by(SaleLine.refund_of_line_id)
        ):
            if original_id is not None:
                returns.units[original_id] = (int(units), quantize(Decimal(net)))
        for original_id, maker_id, total in connection.execute(
            select(SaleLine.refund_of_line_id, ShareEntry.maker_id, func.sum(ShareEntry.amount))
            .join(ShareEntry, ShareEntry.sale_line_id == SaleLine.id)
            .where(SaleLine.refund_of_line_id.in_(batch))
            .group_by(SaleLine.refund_of_line_id, ShareEntry.maker_id)
        ):
            if original_id is not None:
                returns.reversed[(original_id, maker_id)] = -quantize(Decimal(total))
    for sale_id, (number, location_id) in sales.items():
        lines = tuple(replace(line, accruals=tuple(accruals[line.id])) for line in rows[sale_id])
        returns.originals[number] = Original(sale_id, number, location_id, lines)
    return returns


class DocumentRows:
    """The rows of many documents, table by table, written with one statement per table."""

    def __init__(self) -> None:
        self.sales: list[SimpleNamespace] = []
        self.lines: list[SimpleNamespace] = []
        self.shares: list[SimpleNamespace] = []
        self.payments: list[SimpleNamespace] = []
        self.movements: list[SimpleNamespace] = []

        self.ready: dict[type, list[object]] = {}  # parameters worked out before the write lock

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

    def insert(self, connection: Connection) -> None:
        for model, rows in self._tables():
            ready = self.ready.get(model)
            if ready is not None:
                insert_parameters(connection, model, ready)
            else:
                insert_rows(connection, model, rows)


@dataclass(frozen=True)
class Return:
    """Units of one item to take back from a sale (a row of the file)."""

    code: str
    quantity: int


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


def add_refund(
    rows: DocumentRows,
    returns: Returns,
    *,
    number: str,
    refund_of: str,
    at: datetime,
    method: str,
    wanted: Sequence[Return],
) -> Document:
    """Add a paper refund's rows; returns them as a document to journal.

    The units of each item are taken from the sale's lines with that code in
    order, as many as each line has left (the file's rows were checked).
    """
    original = returns.originals[refund_of]
    taking: dict[uuid.UUID, int] = {}
    for want in wanted:
        left_to_take = want.quantity
        for line in original.lines:
            if line.code != want.code or left_to_take == 0:
                continue
            units = min(line.quantity - returns.units.get(line.id, (0, ZERO))[0] - taking.get(line.id, 0), left_to_take)
            if units > 0:
                taking[line.id] = taking.get(line.id, 0) + units
                left_to_take -= units
    by_id = {line.id: line for line in original.lines}
    refund_id = new_id()
    lines, shares, movements = [], [], []
    for position, (line_id, units) in enumerate(taking.items(), start=1):
        line = by_id[line_id]
        units_before, amount_before = returns.units.get(line_id, (0, ZERO))
        net = refund_amount(line.net, line.quantity, units_before, amount_before, units)
        refund_line = SimpleNamespace(
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
        reversal_total = ZERO
        for maker_id, weight, amount in line.accruals:
            before = returns.reversed.get((line.id, maker_id), ZERO)
            reversal = refund_amount(amount, line.quantity, units_before, before, units)
            returns.reversed[(line.id, maker_id)] = before + reversal
            reversal_total += reversal
            shares.append(
                SimpleNamespace(
                    id=new_id(),
                    maker_id=maker_id,
                    sale_id=refund_id,
                    sale_line_id=refund_line.id,
                    created_at=at,
                    kind="reversal",
                    weight=weight,
                    amount=-reversal,
                    payout_id=None,
                    carry_of_id=None,
                    partner_line_id=None,
                )
            )
        refund_line.share = reversal_total
        returns.units[line_id] = (units_before + units, amount_before + net)
        lines.append(refund_line)
        movements.append(
            SimpleNamespace(
                id=new_id(),
                item_id=line.item_id,
                location_id=original.location_id,
                quantity=units,
                kind="refund",
                reason="",
                sale_id=refund_id,
                user_id=None,
                created_at=at,
            )
        )
    total = quantize(sum((ln.net for ln in lines), ZERO))
    payments = [_payment(refund_id, method, total)] if total > 0 else []
    refund = SimpleNamespace(
        id=refund_id,
        number=number,
        series=SERIES,
        seq=0,  # numbered when written
        kind="refund",
        refund_of_id=original.id,
        created_at=at,
        seller_id=None,
        location_id=original.location_id,
        cash_session_id=None,
        subtotal=total,
        line_discounts=ZERO,
        order_discount=ZERO,
        total=total,
        rounding=ZERO,
        amount_due=total,
        tendered=total,
        change=ZERO,
        usd_rate=None,
        source="import",
        note="",
    )
    rows.sales.append(refund)
    rows.lines += lines
    rows.shares += shares
    rows.payments += payments
    rows.movements += movements
    return Document(refund, lines, shares, payments, movements, refund_of)


def _payment(sale_id: uuid.UUID, method: str, amount: Decimal) -> SimpleNamespace:
    """Money paid back in soles, exactly the refund's total (paper refunds are not rounded)."""
    return SimpleNamespace(
        id=new_id(),
        sale_id=sale_id,
        method=method,
        currency="PEN",
        amount=amount,
        rate=None,
        amount_pen=amount,
        applied_pen=amount,
        reference="",
    )
