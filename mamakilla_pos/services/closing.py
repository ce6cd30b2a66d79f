"""Daily closings: once a day is over, one journal entry holds its totals and the grand total.

Each ``day_close`` entry records the day's sales and refunds (count and
amount), the net, the net per payment method, and the perpetual grand total:
the net of every sale and refund ever, carried from the previous closing.
Because the entries are part of the hash chain, a closed day's figures cannot
be changed afterwards without ``verify`` noticing.

A document recorded after its day was closed (a paper sale imported later)
is not lost: the next closing counts it as *late* and adds it to the grand
total. :func:`check_closings_in` recomputes every closing from the documents.
"""

from __future__ import annotations

import bisect
import itertools
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.money import ZERO, to_json
from ..store import Store, models, tables
from . import journal
from .actors import actor_name_in
from .clock import now

DAY_CLOSE = "day_close"
DOCUMENT_KINDS = ("sale", "refund")


@dataclass
class _Totals:
    sales: int = 0
    sales_total: Decimal = ZERO
    refunds: int = 0
    refunds_total: Decimal = ZERO
    rounding: Decimal = ZERO
    methods: dict[str, Decimal] = field(default_factory=lambda: defaultdict(lambda: ZERO))

    @property
    def net(self) -> Decimal:
        return self.sales_total - self.refunds_total

    @property
    def documents(self) -> int:
        return self.sales + self.refunds

    def add(self, kind: str, total: Decimal, rounding: Decimal, payments: Sequence[tuple[str, Decimal]]) -> None:
        sign = 1 if kind == "sale" else -1
        if kind == "sale":
            self.sales += 1
            self.sales_total += total
        else:
            self.refunds += 1
            self.refunds_total += total
        self.rounding += sign * rounding
        for method, applied in payments:
            self.methods[method] += sign * applied


class _ClosingEntry(Protocol):
    """A ``day_close`` journal entry: the ORM's or a plain row of its columns."""

    seq: int
    payload: str
    hash: str


@dataclass(frozen=True)
class DayClosing:
    """A closed day as its journal entry holds it."""

    seq: int
    day: date
    sales: int
    sales_total: Decimal
    refunds: int
    refunds_total: Decimal
    rounding: Decimal
    net: Decimal
    methods: tuple[tuple[str, Decimal], ...]
    late_documents: int
    late_net: Decimal
    grand_total: Decimal
    hash: str


def _payload(day: date, totals: _Totals, late: _Totals, grand_total: Decimal) -> dict[str, object]:
    payload: dict[str, object] = {
        "day": day.isoformat(),
        "sales": totals.sales,
        "sales_total": to_json(totals.sales_total),
        "refunds": totals.refunds,
        "refunds_total": to_json(totals.refunds_total),
        "rounding": to_json(totals.rounding),
        "net": to_json(totals.net),
        "methods": {method: to_json(amount) for method, amount in sorted(totals.methods.items())},
        "grand_total": to_json(grand_total),
    }
    if late.documents:
        payload["late"] = {
            "documents": late.documents,
            "net": to_json(late.net),
            "methods": {method: to_json(amount) for method, amount in sorted(late.methods.items())},
        }
    return payload


def _closing(entry: _ClosingEntry) -> DayClosing:
    data = json.loads(entry.payload)
    late = data.get("late") or {}
    return DayClosing(
        seq=entry.seq,
        day=date.fromisoformat(data["day"]),
        sales=int(data["sales"]),
        sales_total=Decimal(data["sales_total"]),
        refunds=int(data["refunds"]),
        refunds_total=Decimal(data["refunds_total"]),
        rounding=Decimal(data["rounding"]),
        net=Decimal(data["net"]),
        methods=tuple((m, Decimal(a)) for m, a in sorted(data["methods"].items())),
        late_documents=int(late.get("documents", 0)),
        late_net=Decimal(late.get("net", "0.00")),
        grand_total=Decimal(data["grand_total"]),
        hash=entry.hash,
    )


def _last_closing(session: Session) -> DayClosing | None:
    entries = tables.journal.c
    entry = session.execute(
        select(entries.seq, entries.payload, entries.hash)
        .where(entries.kind == DAY_CLOSE)
        .order_by(entries.seq.desc())
        .limit(1)
    ).first()
    return _closing(entry) if entry is not None else None


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _payments_of(session: Session, sale_ids: Sequence[object]) -> dict[object, list[tuple[str, Decimal]]]:
    found: dict[object, list[tuple[str, Decimal]]] = defaultdict(list)
    ids = list(sale_ids)
    payments = tables.payments.c
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(payments.sale_id, payments.method, payments.applied_pen_cents).where(
                payments.sale_id.in_(ids[start : start + 500])
            )
        )
        for sale_id, method, applied in rows:
            found[sale_id].append((method, applied))
    return found


def close_days(store: Store, until: date, user_id: int) -> list[DayClosing]:
    """Close every day up to ``until`` (included) that is over, has documents and is not closed yet.

    Days are closed in order, each after the last closed day; today is never
    closed (it is not over). Calling it again closes nothing twice, so it is
    safe at every start-up and after every cash session close.

    Returns:
        The closings just written, oldest first (empty when there was nothing to close).
    """
    last_day = min(until, now().date() - timedelta(days=1))
    # The plain tables, not the models, up to the first closing written: this runs at every start,
    # before any model is made (see store.tables).
    head, sales, entries = tables.journal_head.c, tables.sales.c, tables.journal.c
    with store.session() as session, session.begin():
        # Serialise with every other writer of the journal before reading the last closing,
        # so that two tills starting at once cannot both close the same day.
        session.execute(select(head.id).where(head.id == 1).with_for_update()).first()
        actor = actor_name_in(session, user_id)  # who closes, named, even when there is nothing to close
        previous = _last_closing(session)
        first_day = previous.day + timedelta(days=1) if previous else None
        if first_day is not None and first_day > last_day:
            return []

        columns = (
            sales.id,
            sales.kind,
            sales.created_at,
            sales.total_cents.label("total"),
            sales.rounding_cents.label("rounding"),
        )
        query = select(*columns).where(sales.created_at < _start_of(last_day + timedelta(days=1)))
        if first_day is not None:
            query = query.where(sales.created_at >= _start_of(first_day))
        documents = session.execute(query).all()

        late_documents: Sequence[Any] = ()
        if previous is not None:
            late_documents = session.execute(
                select(*columns)
                .join(tables.journal, (entries.ref == sales.number) & (entries.kind == sales.kind))
                .where(entries.seq > previous.seq, sales.created_at < _start_of(previous.day + timedelta(days=1)))
            ).all()
        if not documents and not late_documents:
            return []

        payments = _payments_of(session, [row.id for row in (*documents, *late_documents)])
        by_day: dict[date, _Totals] = defaultdict(_Totals)
        for row in documents:
            by_day[row.created_at.date()].add(row.kind, row.total, row.rounding, payments.get(row.id, ()))
        late = _Totals()
        for row in late_documents:
            late.add(row.kind, row.total, row.rounding, payments.get(row.id, ()))
        if not by_day:
            # Late documents only: they wait for the next day that has documents of its own.
            return []

        grand_total = previous.grand_total if previous else ZERO
        at = now()
        written = []
        for day in sorted(by_day):
            totals = by_day[day]
            grand_total += totals.net + late.net
            entry = journal.append_in(
                session, DAY_CLOSE, day.isoformat(), _payload(day, totals, late, grand_total), actor, at
            )
            session.flush()
            written.append(_closing(entry))
            late = _Totals()
        return written


def list_closings(store: Store, since: date | None = None, until: date | None = None) -> list[DayClosing]:
    """Closed days, oldest first, optionally between two days (both included)."""
    with store.session() as session:
        closings = [
            _closing(entry)
            for entry in session.execute(
                select(models.JournalEntry)
                .where(models.JournalEntry.kind == DAY_CLOSE)
                .order_by(models.JournalEntry.seq)
            ).scalars()
        ]
    return [c for c in closings if (since is None or c.day >= since) and (until is None or c.day <= until)]


def _differences(label: str, stored: DayClosing, totals: _Totals, late: _Totals, grand: Decimal) -> Iterable[str]:
    checks = (
        ("ventas", str(stored.sales), str(totals.sales)),
        ("total de ventas", to_json(stored.sales_total), to_json(totals.sales_total)),
        ("devoluciones", str(stored.refunds), str(totals.refunds)),
        ("total devuelto", to_json(stored.refunds_total), to_json(totals.refunds_total)),
        ("neto", to_json(stored.net), to_json(totals.net)),
        ("documentos atrasados", str(stored.late_documents), str(late.documents)),
        ("neto atrasado", to_json(stored.late_net), to_json(late.net)),
        ("gran total", to_json(stored.grand_total), to_json(grand)),
    )
    for what, recorded, found in checks:
        if recorded != found:
            yield f"{label}: {what} registrado {recorded}, pero los documentos dan {found}"
    methods = {m: to_json(a) for m, a in totals.methods.items() if a}
    if {m: to_json(a) for m, a in stored.methods if a} != methods:
        yield f"{label}: los totales por forma de pago no coinciden con los documentos"


@dataclass(frozen=True)
class CountedDocument:
    """A sale or refund as the closings count it: its journal entry, day, amounts and payments."""

    seq: int
    kind: str
    day: date
    total: Decimal
    rounding: Decimal
    payments: tuple[tuple[str, Decimal], ...]


def read_closings_in(session: Session) -> list[DayClosing]:
    """Every daily closing, in the journal's order."""
    entries = tables.journal.c
    query = select(entries.seq, entries.payload, entries.hash).where(entries.kind == DAY_CLOSE).order_by(entries.seq)
    return [_closing(entry) for entry in session.execute(query)]


def _documents(session: Session) -> list[CountedDocument]:
    """Every journaled sale and refund, read with SQL."""
    rows = session.execute(
        select(
            models.Sale.id,
            models.Sale.kind,
            models.Sale.created_at,
            models.Sale.total,
            models.Sale.rounding,
            models.JournalEntry.seq,
        ).join(
            models.JournalEntry,
            (models.JournalEntry.ref == models.Sale.number) & (models.JournalEntry.kind == models.Sale.kind),
        )
    ).all()
    payments: dict[object, list[tuple[str, Decimal]]] = defaultdict(list)
    for sale_id, method, applied in session.execute(
        select(models.Payment.sale_id, models.Payment.method, models.Payment.applied_pen)
    ):
        payments[sale_id].append((method, applied))
    return [
        CountedDocument(row.seq, row.kind, row.created_at.date(), row.total, row.rounding, tuple(payments[row.id]))
        for row in rows
    ]


def check_closings_in(session: Session) -> Iterable[str]:
    """Recompute every daily closing from the documents; yield each difference, in Spanish."""
    closings = read_closings_in(session)
    if closings:
        yield from closings_against(closings, _documents(session))


def closings_against(closings: Sequence[DayClosing], documents: Iterable[CountedDocument]) -> Iterable[str]:
    """The differences between ``closings`` and the documents (as ``verify`` reads them, or :func:`_documents`)."""
    for before, after in itertools.pairwise(closings):
        if after.day <= before.day:
            yield f"el cierre del día {after.day:%d/%m/%Y} no sigue al del {before.day:%d/%m/%Y}"
    by_day = {c.day: i for i, c in enumerate(closings)}
    seqs = [c.seq for c in closings]
    day_totals = [_Totals() for _ in closings]
    late_totals = [_Totals() for _ in closings]
    for doc in documents:
        index = by_day.get(doc.day)
        if index is not None and seqs[index] > doc.seq:
            day_totals[index].add(doc.kind, doc.total, doc.rounding, doc.payments)
            continue
        following = bisect.bisect_right(seqs, doc.seq)
        if 0 < following < len(closings) and closings[following - 1].day >= doc.day:
            late_totals[following].add(doc.kind, doc.total, doc.rounding, doc.payments)
    grand = ZERO
    for index, stored in enumerate(closings):
        grand += day_totals[index].net + late_totals[index].net
        label = f"el cierre del día {stored.day:%d/%m/%Y}"
        yield from _differences(label, stored, day_totals[index], late_totals[index], grand)
        grand = stored.grand_total  # report each difference once, not again in every later closing


def verify_closings(store: Store) -> list[str]:
    """Every difference between the daily closings and the documents, in Spanish; empty when they agree."""
    with store.session() as session:
        return list(check_closings_in(session))
