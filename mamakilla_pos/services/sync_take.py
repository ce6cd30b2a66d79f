"""The shop server takes a till's journal entries, each exactly once (DESIGN.md §9).

A till sends the entries of its own journal after what the server holds
(by file, :mod:`.sync_outbox`, or over the network). The server keeps each
till's chain (``till_chains``, ``till_entries``): an entry it already holds
is skipped (after checking it is the same entry, hash for hash); the next
ones must follow the last it holds, each hash recomputed. Their documents'
rows (the images in their payloads) go into the server's tables, whose
primary keys on the documents' UUIDs take each document once; the
entries, re-chained, into the server's own journal, so ``verify`` on the
server checks them as it checks its own. Entries, rows, the server's
journal and the till's chain head are written in one transaction per
batch: a batch cut short leaves nothing, and is taken whole when sent again.

Of a till's ``rows`` entries (master data) the server takes what the till
owns: its cash sessions (not another till's, which it pulled) and the
orders it took; the catalogue, users and settings are the server's, edited
there. A till's daily closings stay in its chain only: the server's days
hold every till's documents; so do the stock and the payouts a till pulled
(:mod:`.sync_stock`, :mod:`.sync_payouts`), already in the server's tables.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Uuid, text
from sqlalchemy.engine import Connection

from ..store import chain
from ..store.base import Base
from ..store.copy import shop_tables
from ..store.images import JOURNALED, ROWS, layout
from .errors import UserError
from .sync_file import HEADER_COLUMNS, Entry

TILL_MASTER = ("cash_sessions", "orders", "order_makers")
"""Master data a till writes itself and the server takes from it."""
TILL_ONLY = ("day_close", "stock_pull", "payout_pull")
"""Journal kinds kept in the till's chain on the server but not in the server's journal."""


@dataclass
class Taken:
    """What one take did, for the merge report."""

    new: int = 0
    already: int = 0
    documents: Counter[str] = field(default_factory=Counter)
    days: set[date] = field(default_factory=set)

    def add(self, other: Taken) -> None:
        self.new += other.new
        self.already += other.already
        self.documents.update(other.documents)
        self.days |= other.days


def check_entries(till: str, base: tuple[int, str], entries: Sequence[Entry]) -> None:
    """Each entry's hash recomputed and each following the one before, from ``base``.

    Raises:
        UserError: an entry was changed, or the chain has a gap or a fork.
    """
    seq, digest = base
    for number, created, actor, kind, ref, payload, prev, stated in entries:
        if number != seq + 1 or prev != digest:
            raise UserError(f"la cadena del diario de la caja {till} está cortada en el registro {number}")
        if chain.entry_hash(prev, chain.canonical_text(number, created, actor, kind, ref, payload)) != stated:
            raise UserError(f"el registro {number} del diario de la caja {till} fue cambiado (su huella no coincide)")
        seq, digest = number, stated


def _held(connection: Connection, till: str, head: Any, entries: Sequence[Entry]) -> list[Entry]:
    """The entries the server does not hold yet; those it holds must be the same ones."""
    held = [e for e in entries if e[0] <= head.seq]
    if held:
        low = min(e[0] for e in held)
        known: dict[int, str] = dict(
            connection.execute(
                text("SELECT seq, hash FROM till_entries WHERE till = :till AND seq >= :low AND seq <= :high"),
                {"till": till, "low": low, "high": head.seq},
            ).all()
        )
        if low <= head.base_seq:
            known.update(
                connection.execute(
                    text("SELECT seq, hash FROM journal WHERE seq >= :low AND seq <= :high"),
                    {"low": low, "high": head.base_seq},
                ).all()
            )
        for entry in held:
            if known.get(entry[0]) != entry[7]:
                raise UserError(
                    f"la caja {till} reescribió su diario: el registro {entry[0]} no es el que tiene el servidor"
                )
    new = [e for e in entries if e[0] > head.seq]
    if new and (new[0][0] != head.seq + 1 or new[0][6] != head.hash):
        raise UserError(
            f"la cadena del diario de la caja {till} no sigue la que tiene el servidor "
            f"(tiene hasta el registro {head.seq}, llega el {new[0][0]})"
        )
    return new


def take_in(
    connection: Connection,
    till: str,
    entries: Sequence[Entry],
    headers: Sequence[Sequence[Any]],
    pictures: Mapping[str, tuple[bytes, bytes]] | None = None,
) -> Taken:
    """Take ``entries`` of ``till`` (already checked by :func:`check_entries`) inside the connection's transaction.

    ``pictures`` are the bytes of the order photos the entries image, by hex id.

    Raises:
        UserError: the server does not know the till, or its chain does not extend what the server holds.
    """
    head = connection.execute(
        text("SELECT base_seq, base_hash, seq, hash FROM till_chains WHERE till = :till FOR UPDATE"), {"till": till}
    ).first()
    if head is None:
        raise UserError(f"el servidor no conoce la caja {till}")
    new = _held(connection, till, head, entries)
    taken = Taken(already=len(entries) - len(new))
    if not new:
        return taken
    _put_headers(connection, headers)
    documents: dict[str, list[Sequence[Any]]] = {}
    master: dict[str, dict[tuple[Any, ...], Sequence[Any]]] = {}
    gone: dict[str, list[Sequence[Any]]] = {}
    server_payloads: list[dict[str, Any] | None] = []
    payouts: list[tuple[str, list[str]]] = []
    for entry in new:
        payload = json.loads(entry[5])
        server_payloads.append(_sort(till, entry, payload, documents, master, gone, payouts))
        if entry[3] not in (ROWS, *TILL_ONLY):
            taken.documents[entry[3]] += 1
            taken.days.add(date.fromisoformat(entry[1][:10]))
    if "photos" in master:
        master["photos"] = _with_pictures(till, master["photos"], pictures or {})
    _write_rows(connection, documents, master, gone)
    for payout, settled in payouts:
        _settle(connection, till, payout, settled)
    _advance_series(connection, documents.get("sales", ()))
    _advance_payouts(connection, documents.get("payouts", ()))
    server_seqs = _journal(connection, new, server_payloads)
    _keep_chain(connection, till, new, server_seqs)
    taken.new = len(new)
    return taken


def _owned(till: str, rows: dict[str, Any]) -> dict[str, Any]:
    """A till's master rows the server takes from it: of the cash sessions, its own; of the photos, its orders'."""
    kept = {t: r for t, r in rows.items() if t in TILL_MASTER}
    if "cash_sessions" in kept:
        at = layout("cash_sessions").position["till"]
        kept["cash_sessions"] = [image for image in kept["cash_sessions"] if image[at] == till]
    if "photos" in rows:
        at = layout("photos").position["order_id"]
        kept["photos"] = [image for image in rows["photos"] if image[at] is not None]
    return {t: r for t, r in kept.items() if r}


def _with_pictures(
    till: str, images: dict[tuple[Any, ...], Sequence[Any]], pictures: Mapping[str, tuple[bytes, bytes]]
) -> dict[tuple[Any, ...], Sequence[Any]]:
    """Order photos' images with their bytes in place of their SHA-256; those the till no longer held are left
    (a later entry of the till removes them).

    Raises:
        UserError: bytes that are not the picture the image names.
    """
    lay = layout("photos")
    at = [lay.position[name] for name in ("tile", "large")]
    whole: dict[tuple[Any, ...], Sequence[Any]] = {}
    for key, image in images.items():
        found = pictures.get(str(image[lay.key[0]]))
        if found is None:
            continue
        row = list(image)
        for position, data in zip(at, found, strict=True):
            if image[position] != "sha256:" + hashlib.sha256(data).hexdigest():
                raise UserError(f"una foto de un encargo de la caja {till} no es la que registró su diario")
            row[position] = data
        whole[key] = row
    return whole


def _sort(
    till: str,
    entry: Entry,
    payload: dict[str, Any],
    documents: dict[str, list[Sequence[Any]]],
    master: dict[str, dict[tuple[Any, ...], Sequence[Any]]],
    gone: dict[str, list[Sequence[Any]]],
    payouts: list[tuple[str, list[str]]],
) -> dict[str, Any] | None:
    """File an entry's images by table; returns what the server's journal records of it (``None``: nothing)."""
    kind = entry[3]
    if kind in TILL_ONLY:
        return None
    rows = payload.get("rows") or {}
    if kind == ROWS:
        kept = _owned(till, rows)
        deleted = {
            t: k
            for t, k in (payload.get("deleted") or {}).items()
            if t in (*TILL_MASTER, "photos") and t != "cash_sessions"
        }
        for table, images in kept.items():
            lay = layout(table)
            for image in images:
                master.setdefault(table, {})[lay.key_of(image)] = image
        for table, keys in deleted.items():
            gone.setdefault(table, []).extend(keys)
            for key in keys:
                master.get(table, {}).pop(tuple(key), None)
        out: dict[str, Any] = {}
        if kept:
            out["rows"] = kept
        if deleted:
            out["deleted"] = deleted
        return out or None
    for table, images in rows.items():
        spec = JOURNALED.get(table)
        if spec is None or spec.master:
            raise UserError(
                f"el registro {entry[0]} ({kind}) trae filas de la tabla «{table}», que no son de un documento"
            )
        documents.setdefault(table, []).extend(images)
    if kind == "payout" and isinstance(payload.get("entries"), list):
        payout_ids = [image[0] for image in rows.get("payouts", ())]
        if payout_ids:
            payouts.append((str(payout_ids[0]), [str(e) for e in payload["entries"]]))
    return payload


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _write_rows(
    connection: Connection,
    documents: dict[str, list[Sequence[Any]]],
    master: dict[str, dict[tuple[Any, ...], Sequence[Any]]],
    gone: dict[str, list[Sequence[Any]]],
) -> None:
    """Every image into its table, parents first: documents added, a till's master data added or replaced."""
    for table in shop_tables():
        name = table.name
        if name in documents:
            _copy_in(connection, name, documents[name], replace=False)
        if master.get(name):
            _copy_in(connection, name, list(master[name].values()), replace=True)
    for table in reversed(shop_tables()):
        for key in gone.get(table.name, ()):
            lay = layout(table.name)
            where = " AND ".join(_key_is(lay, i, n) for n, i in enumerate(lay.key))
            if table.name == "photos":  # a till removes its orders' photos, no other
                where += " AND order_id IS NOT NULL"
            connection.execute(
                text(f"DELETE FROM {_quoted(table.name)} WHERE {where}"), {f"k{n}": str(v) for n, v in enumerate(key)}
            )


def _key_is(lay: Any, column: int, n: int) -> str:
    """A key column equal to parameter ``k{n}``, as an image holds it (a UUID as 32 hex digits)."""
    name = lay.columns[column]
    if isinstance(lay.table.c[name].type, Uuid):
        return f"{_quoted(name)} = CAST(:k{n} AS uuid)"
    return f"{_quoted(name)}::text = :k{n}"


def _copy_in(connection: Connection, table: str, images: Sequence[Sequence[Any]], *, replace: bool) -> None:
    """Images (values as SQLite stores them, which PostgreSQL's ``COPY`` reads) into ``table``."""
    lay = layout(table)
    columns = ", ".join(_quoted(c) for c in lay.columns)
    scratch = _quoted(f"_taken_{table}")
    connection.execute(text(f"CREATE TEMPORARY TABLE {scratch} (LIKE {_quoted(table)}) ON COMMIT DROP"))
    cursor: Any = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    with cursor, cursor.copy(f"COPY {scratch} ({columns}) FROM STDIN") as copy:
        for image in images:
            copy.write_row(image)
    insert = f"INSERT INTO {_quoted(table)} ({columns}) SELECT {columns} FROM {scratch}"
    if replace:
        keys = ", ".join(_quoted(lay.columns[i]) for i in lay.key)
        others = [c for i, c in enumerate(lay.columns) if i not in lay.key]
        sets = ", ".join(f"{_quoted(c)} = EXCLUDED.{_quoted(c)}" for c in others)
        insert += f" ON CONFLICT ({keys}) DO UPDATE SET {sets}" if sets else f" ON CONFLICT ({keys}) DO NOTHING"
    connection.execute(text(insert))
    connection.execute(text(f"DROP TABLE {scratch}"))


def _put_headers(connection: Connection, headers: Sequence[Sequence[Any]]) -> None:
    """The shop texts the documents point to (content-addressed: the same id is the same texts)."""
    if not headers:
        return
    table = Base.metadata.tables["document_headers"]
    rows = [dict(zip(HEADER_COLUMNS, h, strict=True)) for h in headers]
    for row in rows:
        row["created_at"] = datetime.fromisoformat(str(row["created_at"]))
    from sqlalchemy.dialects.postgresql import insert

    connection.execute(insert(table).on_conflict_do_nothing(index_elements=["id"]), rows)


def _settle(connection: Connection, till: str, payout: str, settled: list[str]) -> None:
    """A till's payout settles its share entries here too, each once."""
    ids = {"ids": settled, "payout": payout}
    connection.execute(
        text("UPDATE share_entries SET payout_id = :payout WHERE id::text = ANY(:ids) AND payout_id IS NULL"),
        ids,
    )
    paid = connection.execute(
        text("SELECT count(*) FROM share_entries WHERE id::text = ANY(:ids) AND payout_id = :payout"), ids
    ).scalar_one()
    if paid != len(settled):
        raise UserError(f"un pago de la caja {till} salda participaciones que ya estaban pagadas en el servidor")


def _advance_series(connection: Connection, sales: Sequence[Sequence[Any]]) -> None:
    """Each receipt series' next number past the till's numbers the server now holds."""
    if not sales:
        return
    lay = layout("sales")
    series_at, seq_at = lay.position["series"], lay.position["seq"]
    top: dict[str, int] = {}
    for sale in sales:
        top[sale[series_at]] = max(top.get(sale[series_at], 0), int(sale[seq_at]))
    for series, seq in top.items():
        connection.execute(
            text(
                "INSERT INTO receipt_series (code, next_number) VALUES (:code, :next) "
                "ON CONFLICT (code) DO UPDATE SET next_number = GREATEST(receipt_series.next_number, :next)"
            ),
            {"code": series, "next": seq + 1},
        )


def _advance_payouts(connection: Connection, payouts: Sequence[Sequence[Any]]) -> None:
    """The server's next payout slip number past the till's slips it now holds."""
    at = layout("payouts").position["number"]
    numbers = [int(str(p[at])[2:]) for p in payouts if str(p[at]).startswith("P-") and str(p[at])[2:].isdigit()]
    if numbers:
        connection.execute(
            text(
                "INSERT INTO receipt_series (code, next_number) VALUES ('P', :next) "
                "ON CONFLICT (code) DO UPDATE SET next_number = GREATEST(receipt_series.next_number, :next)"
            ),
            {"next": max(numbers) + 1},
        )


def _journal(
    connection: Connection, new: Sequence[Entry], payloads: Sequence[dict[str, Any] | None]
) -> list[int | None]:
    """The entries the server records, appended to its own chain in the till's order; their server seqs."""
    kept = [
        (entry[3], entry[4], payload, entry[2], datetime.fromisoformat(entry[1]))
        for entry, payload in zip(new, payloads, strict=True)
        if payload is not None
    ]
    written = iter(chain.write_entries(connection, kept))
    return [None if payload is None else next(written) for payload in payloads]


def _keep_chain(connection: Connection, till: str, new: Sequence[Entry], server_seqs: Sequence[int | None]) -> None:
    rows = [
        {
            "till": till,
            "seq": e[0],
            "created_at": datetime.fromisoformat(e[1]),
            "actor": e[2],
            "kind": e[3],
            "ref": e[4],
            "payload": e[5],
            "prev_hash": e[6],
            "hash": e[7],
            "server_seq": s,
        }
        for e, s in zip(new, server_seqs, strict=True)
    ]
    connection.execute(Base.metadata.tables["till_entries"].insert(), rows)
    connection.execute(
        text("UPDATE till_chains SET seq = :seq, hash = :hash, synced_at = now() WHERE till = :till"),
        {"seq": new[-1][0], "hash": new[-1][7], "till": till},
    )
