"""Paper refunds of an import, row for row as :func:`.refunds.record_refund_in` writes one.

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
from sqlalchemy.engine import Connection

from ..domain.money import ZERO, quantize
from ..domain.refunds import refund_amount
from ..store.models import Item, Sale, SaleLine, ShareEntry
from .import_rows import Document, DocumentRows, movement_row, paper_document, paper_line, payment_row, share_row

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


@dataclass(frozen=True)
class Return:
    """Units of one item to take back from a sale (a row of the file)."""

    code: str
    quantity: int


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
    Money is paid back in soles, exactly the refund's total (paper refunds
    are not rounded).
    """
    original = returns.originals[refund_of]
    refund = paper_document(kind="refund", number=number, at=at, location_id=original.location_id, total=ZERO)
    refund.refund_of_id = original.id
    by_id = {line.id: line for line in original.lines}
    lines, shares, movements = [], [], []
    for position, (line_id, units) in enumerate(_taking(original, returns, wanted).items(), start=1):
        line = by_id[line_id]
        refund_line, reversals = _return_line(refund, position, line, units, returns)
        lines.append(refund_line)
        shares += reversals
        movements.append(movement_row(refund, line.item_id, units))
    total = quantize(sum((ln.net for ln in lines), ZERO))
    refund.subtotal = refund.total = refund.amount_due = refund.tendered = total
    payments = [payment_row(refund, method, total)] if total > 0 else []
    rows.sales.append(refund)
    rows.lines += lines
    rows.shares += shares
    rows.payments += payments
    rows.movements += movements
    return Document(refund, lines, shares, payments, movements, refund_of)


def _taking(original: Original, returns: Returns, wanted: Sequence[Return]) -> dict[uuid.UUID, int]:
    """Units to take back from each line of ``original``: each item's from its lines in order, as many as are left."""
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
    return taking


def _return_line(
    refund: SimpleNamespace, position: int, line: OriginalLine, units: int, returns: Returns
) -> tuple[SimpleNamespace, list[SimpleNamespace]]:
    """The refund's line giving back ``units`` of ``line``, and each maker's share reversed (DESIGN.md §4.6).

    ``returns`` then counts those units, their amount and the reversals as returned.
    """
    units_before, amount_before = returns.units.get(line.id, (0, ZERO))
    net = refund_amount(line.net, line.quantity, units_before, amount_before, units)
    refund_line = paper_line(
        refund,
        position,
        item_id=line.item_id,
        product_name=line.product_name,
        quantity=units,
        unit_price=line.unit_price,
        net=net,
        share_rate=line.share_rate,
        refund_of_line_id=line.id,
    )
    reversals = []
    for maker_id, weight, amount in line.accruals:
        before = returns.reversed.get((line.id, maker_id), ZERO)
        reversal = refund_amount(amount, line.quantity, units_before, before, units)
        returns.reversed[(line.id, maker_id)] = before + reversal
        reversals.append(share_row(refund, refund_line, maker_id, weight, -reversal))
    refund_line.share = sum((-s.amount for s in reversals), ZERO)
    returns.units[line.id] = (units_before + units, amount_before + net)
    return refund_line, reversals
