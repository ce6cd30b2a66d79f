"""One read of the journal, in order: the chain, every document's rows, the master data's replay.

Each entry's hash is recomputed. Each row image in an entry (see
:mod:`mamakilla_pos.store.images`) is then compared with the row as it is:

- document rows are claimed from a scan of their table in its natural
  order. The app writes a document's rows and its entry in one
  transaction, so the rows come in the journal's order and the scan
  rarely has to look ahead; a row that is not where expected is looked up
  by its key. Rows no entry claimed were added behind the app's back;
  images whose row is gone, deleted.
- master-data images are replayed; once the whole journal is read, every
  master-data table must equal the replay.

Entries written before the journal kept images (their payloads name a few
fields of each row) are read by :mod:`.verify_legacy`. Nothing is held in
memory but the master data's replay and the rows read ahead.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from operator import itemgetter
from typing import Any

from sqlalchemy import Uuid, select
from sqlalchemy.engine import Connection

from ..domain.money import CENT
from ..store import tables
from ..store.chain import ENTRIES, ENTRIES_SQL, GENESIS, canonical_text, entry_hash, iso_of_stored
from ..store.images import JOURNALED, Layout, Replay, layout, read_all
from ..store.images import ROWS as ROWS_KIND
from .closing import CountedDocument
from .verify_rules import Rules, money

LOOK_AHEAD = 50_000  # rows read ahead for a claimed row before it is looked up by its key

DOCUMENTS = {
    "sale": "la venta",
    "refund": "la devolución",
    "payout": "el pago a artesana",
    "cash_in": "el ingreso de dinero",
    "cash_out": "el retiro de dinero",
    "production": "la producción",
    "adjustment": "el ajuste de stock",
    "stocktake": "el inventario",
    "transfer": "el traslado",
    "consignment": "la nota de consignación",
    "partner_report": "el reporte de ventas de tienda aliada",
    "partner_payment": "el pago de tienda aliada",
    "partner_count": "el conteo en tienda aliada",
    "rows": "los datos guardados",
}
ROWS = {
    "sales": "la nota",
    "sale_lines": "línea",
    "payments": "pago",
    "share_entries": "participación",
    "stock_movements": "movimiento de stock",
    "payouts": "pago a artesana",
    "cash_movements": "movimiento de caja",
    "consignment_notes": "nota de consignación",
    "consignment_lines": "línea de consignación",
    "partner_reports": "reporte de tienda aliada",
    "partner_sale_lines": "venta de tienda aliada",
    "partner_line_makers": "artesana de una venta de tienda aliada",
    "partner_payments": "pago de tienda aliada",
    "partner_settlements": "cancelación de tienda aliada",
}


def document_label(kind: str, ref: str) -> str:
    """How a problem names the document an entry records."""
    noun = DOCUMENTS.get(kind)
    if noun is None:
        return f"el registro «{kind}» {ref}"
    if kind in {"production", "adjustment", "stocktake", "transfer", "cash_in", "cash_out", "partner_count"}:
        return f"{noun} {ref[:8]}"
    return f"{noun} {ref}"


def shown(column: str, value: Any) -> str:
    """A value in a problem's text: amounts as money, secrets not at all."""
    if isinstance(value, str) and value.startswith("sha256:"):
        return "(otro)"
    if column.endswith("_cents") and isinstance(value, int):
        return money(value)
    if value is None:
        return "vacío"
    return str(value)


def _amount(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


class LedgerScan:
    """The rows of one document table, read in order and claimed by the entries that recorded them."""

    def __init__(self, connection: Connection, lay: Layout) -> None:
        self.connection = connection
        self.lay = lay
        self.at = lay.key[0]
        self.rows = read_all(connection, lay)
        self.ahead: dict[Any, tuple[Any, ...]] = {}
        self.taken: set[Any] = set()

    def claim(self, key: Any) -> tuple[Any, ...] | None:
        """The current row with primary key ``key`` (canonical), or ``None`` when it is gone."""
        at, taken, ahead = self.at, self.taken, self.ahead
        if ahead:
            row = ahead.pop(key, None)
            if row is not None:
                return row
        for row in self.rows:
            found = row[at]
            if found == key:
                return row
            if found in taken:
                taken.discard(found)
                continue
            ahead[found] = row
            if len(ahead) >= LOOK_AHEAD:
                break
        looked_up = self.lookup(self.lay.columns[at], key)
        if looked_up:
            taken.add(key)
            return looked_up[0]
        return None

    def lookup(self, column: str, value: Any) -> list[tuple[Any, ...]]:
        """Rows where ``column`` equals ``value`` (canonical), straight from the table."""
        lay = self.lay
        target = lay.table.c[column]
        bound = uuid.UUID(hex=value) if isinstance(target.type, Uuid) and isinstance(value, str) else value
        query = select(*(lay.table.c[c] for c in lay.columns)).where(target == bound)
        return [
            tuple(conv(v) for conv, v in zip(lay.convert, row, strict=True)) for row in self.connection.execute(query)
        ]

    def take(self, row: Sequence[Any]) -> None:
        """Mark a row found by :meth:`lookup` as claimed."""
        key = row[self.at]
        if self.ahead.pop(key, None) is None:
            self.taken.add(key)

    def unclaimed(self) -> Iterator[tuple[Any, ...]]:
        """Rows that no entry claimed."""
        yield from self.ahead.values()
        self.ahead.clear()
        for row in self.rows:
            if row[self.at] in self.taken:
                self.taken.discard(row[self.at])
            else:
                yield row


@dataclass
class JournalPass:
    """The state of one read of the journal."""

    connection: Connection
    problems: list[str] = field(default_factory=list)
    replay: Replay = field(default_factory=Replay)
    payouts: dict[str, list[str]] = field(default_factory=dict)  # payout number -> settled entry ids
    pulled_payouts: dict[str, list[str]] = field(default_factory=dict)  # the same, of payouts made elsewhere
    last: tuple[int, str] = (0, GENESIS)

    count_documents: bool = False  # keep each sale and refund as the daily closings count it (``counted``)

    def __post_init__(self) -> None:
        self.scans = {t: LedgerScan(self.connection, layout(t)) for t, s in JOURNALED.items() if not s.master}
        self._reading: dict[str, Any] = {}
        self.counted: list[CountedDocument] = []
        sale, payment = layout("sales").position, layout("payments").position
        self._counted_sale = itemgetter(sale["kind"], sale["created_at"], sale["total_cents"], sale["rounding_cents"])
        self._counted_payment = itemgetter(payment["method"], payment["applied_pen_cents"])
        weights: dict[int, list[int]] = {}
        links = layout("item_makers").table
        for item_id, weight in self.connection.execute(
            select(links.c.item_id, links.c.weight).order_by(links.c.item_id, links.c.position)
        ):
            weights.setdefault(item_id, []).append(weight)
        self.rules = Rules(weights)
        from .verify_legacy import Legacy

        self.legacy = Legacy(self)

    # -- the chain ------------------------------------------------------------------------------

    def entries(self) -> Iterator[tuple[int, str, str, str, str, str]]:
        """``(seq, created_at ISO, actor, kind, ref, payload)`` of every entry whose chain holds."""
        query = ENTRIES.order_by(tables.journal.c.seq)
        raw = self.connection.dialect.name == "sqlite"
        if raw:
            cursor = self.connection.connection.driver_connection.execute(ENTRIES_SQL)  # type: ignore[union-attr]
            cursor.arraysize = 1000
            batches = iter(cursor.fetchmany, [])
        else:
            result = self.connection.execute(query.execution_options(stream_results=True, yield_per=1000))
            batches = result.partitions()
        expected, prev = 1, GENESIS
        problems = self.problems
        for batch in batches:
            for seq, at, actor, kind, ref, payload, prev_hash, digest in batch:
                iso = iso_of_stored(at) if raw else at.isoformat()
                if seq != expected:
                    problems.append(f"faltan los registros {expected}–{seq - 1} del diario")
                if prev_hash != prev:
                    problems.append(f"el registro {seq} del diario no sigue al anterior")
                if entry_hash(prev_hash, canonical_text(seq, iso, actor, kind, ref, payload)) != digest:
                    problems.append(f"el registro {seq} del diario ({kind} {ref}) fue alterado")
                prev, expected = digest, seq + 1
                yield seq, iso, actor, kind, ref, payload
        self.last = (expected - 1, prev)
        head = self.connection.execute(select(tables.journal_head.c.seq, tables.journal_head.c.hash)).first()
        if head is not None and (head[0] != expected - 1 or head[1] != prev):
            problems.append(f"el diario termina en {expected - 1} pero su cabecera dice {head[0]}: faltan registros")

    # -- the entries ---------------------------------------------------------------------------

    def run(self) -> list[str]:
        for seq, _at, _actor, kind, ref, text in self.entries():
            try:
                payload = json.loads(text)
            except ValueError:
                continue
            if not isinstance(payload, dict):
                continue
            if "rows" in payload or "deleted" in payload:
                self.document(seq, kind, ref, payload)
            else:
                self.legacy.entry(seq, kind, ref, payload)
            if kind == "payout" and isinstance(payload.get("entries"), list):
                self.payouts[ref] = payload["entries"]
            if kind == "payout_pull" and isinstance(payload.get("payouts"), dict):
                self.pulled_payouts.update(payload["payouts"])
        self.unclaimed()
        self.problems += [self.master_problem(d) for d in self.replay.differences(self.connection)]
        return self.problems

    def document(self, seq: int, kind: str, ref: str, payload: dict[str, Any]) -> None:
        """Compare an entry's document rows with the tables and replay its master data."""
        label = document_label(kind, ref)
        if kind == ROWS_KIND:
            self.replay.feed(seq, payload)
            if "columns" in payload:
                self._reading.clear()
        current: dict[str, list[tuple[Any, ...]]] = {}
        for table, rows in (payload.get("rows") or {}).items():
            spec = JOURNALED.get(table)
            if spec is None:
                self.problems.append(f"{label}: el diario nombra una tabla desconocida ({table})")
                continue
            if not spec.master:
                current[table] = self.claim_all(label, table, rows)
        sales = current.get("sales")
        if sales and kind in {"sale", "refund"}:
            payments = current.get("payments", ())
            self.problems += self.rules.check(
                label, sales[0], current.get("sale_lines", ()), current.get("share_entries", ()), payments
            )
            self.count(seq, sales[0], payments)

    def count(self, seq: int, sale: Sequence[Any], payments: Sequence[Sequence[Any]]) -> None:
        """Keep a sale or refund for the daily closings' check (when there are closings)."""
        if self.count_documents:
            kind, at, total, rounding = self._counted_sale(sale)
            paid = tuple((method, _amount(applied)) for method, applied in map(self._counted_payment, payments))
            day = date.fromisoformat(str(at)[:10])
            self.counted.append(CountedDocument(seq, kind, day, _amount(total), _amount(rounding), paid))

    def _columns(self, table: str) -> tuple[Layout, LedgerScan, tuple[str, ...], int, bool]:
        """How images of ``table`` read at this point of the journal (its journaled columns)."""
        cached = self._reading.get(table)
        if cached is not None:
            return cached
        lay = layout(table)
        columns = self.replay.columns.get(table, lay.columns)
        same = columns == lay.columns
        at = lay.key[0] if same else columns.index(lay.columns[lay.key[0]])
        cached = (lay, self.scans[table], columns, at, same)
        self._reading[table] = cached
        return cached

    def claim_all(self, label: str, table: str, rows: list[list[Any]]) -> list[tuple[Any, ...]]:
        """Claim the rows an entry recorded; report what differs. Returns the rows found."""
        lay, scan, columns, at, plain = self._columns(table)
        found = []
        whole = table == "sales" and label.startswith(("la venta", "la devolución"))
        for recorded in rows:
            key = recorded[at]
            row = scan.claim(key)
            if row is not None:
                found.append(row)
                if plain and list(row) == recorded:
                    continue
            what = label if whole else f"{label} ({ROWS[table]} {str(key)[:8]})"
            if row is None:
                self.problems.append(f"{what} figura en el diario pero falta en la base de datos (eliminada)")
                continue
            for column, value in zip(columns, recorded, strict=False):
                i = lay.position.get(column)
                if i is None or column in lay.spec.later or row[i] == value:
                    continue
                self.problems.append(
                    f"{what}: {column} es {shown(column, row[i])} pero se registró {shown(column, value)}"
                )
        return found

    def unclaimed(self) -> None:
        """Report document rows no entry recorded: added behind the app's back."""
        for table, scan in self.scans.items():
            lay = scan.lay
            number = lay.position.get("number")
            for row in scan.unclaimed():
                if number is not None:
                    noun = "la devolución" if table == "sales" and row[lay.position["kind"]] == "refund" else None
                    noun = noun or ("la venta" if table == "sales" else ROWS[table])
                    name = f"{noun} {row[number]}"
                else:
                    name = f"{ROWS[table]} {str(row[lay.key[0]])[:8]}"
                    kind = lay.position.get("kind")
                    if kind is not None and table == "stock_movements":
                        name += f" ({row[kind]}, {row[lay.position['quantity']]})"
                self.problems.append(f"{name} no figura en el diario (agregada por fuera de la aplicación)")

    def master_problem(self, difference: Any) -> str:
        from .verify_master import describe

        return describe(difference)
