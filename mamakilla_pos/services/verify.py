"""Integrity check of a shop database (``mamakilla-pos verify``).

What it proves, and what it cannot:

- the journal's hash chain holds and its head is its last entry;
- every row of every document (sales, refunds, payments, share entries,
  stock movements, payouts, cash movements) is the row the journal recorded
  when the document was completed, every column of it, and no document row
  exists that the journal does not record (:mod:`.verify_journal`);
- master data (prices, products, items and their makers, makers, users and
  their PIN hashes, roles and permissions, settings such as the share rate,
  locations, cash sessions) equals the replay of its journaled changes;
- the money rules hold for every sale and refund and for every line a
  partner shop sold and paid (:mod:`.verify_partners`), payouts settle exactly
  their share entries, receipt numbers have no gaps, the daily closings
  agree with the documents;
- the journal extends every backup it is checked against, entry for entry,
  and contains a head read off a printed Z report (:mod:`.anchors`);
- on a shop server, every till's own journal chain as the server took it
  (:mod:`.verify_tills`).

Someone who holds the file can still rewrite everything consistently —
documents, journal and hashes alike. Only what lies outside the file can
show that: backups kept elsewhere and the heads printed on Z reports.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..domain.money import ZERO, to_json
from ..store import Store
from ..store.base import Base
from ..store.images import JOURNALED, layout
from .closing import closings_against, read_closings_in
from .till_checks import check_tills_in
from .verify_journal import JournalPass
from .verify_partners import check_partners_in
from .verify_tills import check_till_chains_in


def _sqlite_checks(connection: Connection) -> Iterable[str]:
    if connection.dialect.name != "sqlite":
        return
    # quick_check: every page and record sound; integrity_check also re-reads every index (minutes on a big shop).
    result = connection.exec_driver_sql("PRAGMA quick_check").scalars().all()
    if result != ["ok"]:
        yield "el archivo de la base de datos está dañado: " + "; ".join(result[:5])
    for table, spec in JOURNALED.items():
        if spec.master:  # document rows are each compared with the journal, references included
            for row in connection.exec_driver_sql(f'PRAGMA foreign_key_check("{table}")'):
                yield f"referencia rota en la tabla {row[0]}"


def _check_numbers(connection: Connection) -> Iterable[str]:
    sales = layout("sales").table.c
    by_series: dict[str, list[int]] = {}
    for series, seq in connection.execute(select(sales.series, sales.seq)):
        by_series.setdefault(series, []).append(seq)
    for series, seqs in sorted(by_series.items()):
        missing = sorted(set(range(1, max(seqs) + 1)) - set(seqs))
        if missing:
            shown = ", ".join(str(n) for n in missing[:10])
            yield f"serie {series}: faltan los números {shown}"


def _check_headers(connection: Connection) -> Iterable[str]:
    """Each shop-texts snapshot is what its id (the SHA-256 of its texts) says; each document's exists."""
    from .headers import TEXT_FIELDS, header_id

    headers = Base.metadata.tables["document_headers"].c
    for row in connection.execute(select(headers.id, *(headers[name] for name in TEXT_FIELDS))):
        if header_id(*row[1:]) != row[0]:
            yield f"los textos del encabezado {row[0][:8]} fueron cambiados (ya no dan su huella)"
    sales = layout("sales").table.c
    missing = select(sales.number).where(sales.header_id.is_not(None), sales.header_id.not_in(select(headers.id)))
    for (number,) in connection.execute(missing.order_by(sales.number)):
        yield f"la nota {number} apunta a un encabezado que no existe"


def _check_payouts(
    connection: Connection, recorded: dict[str, list[str]], pulled: dict[str, list[str]]
) -> Iterable[str]:
    """Each payout settles exactly the share entries its journal entry lists, and pays their sum.

    A payout made elsewhere that a till pulled from its server (``pulled``) settles no entry but those the
    server said; the till may not hold them all (another till's sales), and checks the sum when it does."""
    payouts, shares = layout("payouts").table, layout("share_entries").table
    settled: dict[str, tuple[Decimal, set[str], Decimal]] = {}
    query = select(payouts.c.number, payouts.c.amount_cents, shares.c.id, shares.c.amount_cents).outerjoin(
        shares, shares.c.payout_id == payouts.c.id
    )
    for number, amount, entry_id, entry_amount in connection.execute(query):
        _, ids, total = settled.get(number, (amount, set(), ZERO))
        if entry_id is not None:
            ids.add(str(entry_id))
            total += entry_amount
        settled[number] = (amount, ids, total)
    for number, (amount, ids, total) in sorted(settled.items()):
        elsewhere = pulled.get(number)
        if elsewhere is not None and number not in recorded:
            if not ids <= set(elsewhere):
                yield f"pago {number}: salda participaciones que no son las que registró el diario"
            elif ids == set(elsewhere) and amount != total:
                yield f"pago {number}: {to_json(amount)} no es la suma de sus participaciones {to_json(total)}"
            continue
        if amount != total:
            yield f"pago {number}: {to_json(amount)} no es la suma de sus participaciones {to_json(total)}"
        entries = recorded.get(number)
        if entries is not None and set(entries) != ids:
            yield f"pago {number}: las participaciones que salda no son las que registró el diario"


def verify(store: Store, against: Sequence[Path] = (), head: str | None = None) -> list[str]:
    """Every problem found, in Spanish; an empty list means the database is sound.

    ``against`` are backups whose journal the database's must extend;
    ``head`` is ``DATE:HASH`` read off a printed Z report. Plain ``verify``
    also checks against the newest backup of each backup folder it knows.

    Reads one snapshot of the database, so tills can sell while it runs.

    Raises:
        UserError: a backup given cannot be read, or ``head`` is not ``DATE:HASH``.
    """
    from . import anchors

    printed = anchors.prepare(against, head)
    copies = [*against, *anchors.known_copies(store)]
    with store.snapshot() as session:
        connection = session.connection()
        problems = list(_sqlite_checks(connection))
        closings = read_closings_in(session)
        journal_pass = JournalPass(connection, count_documents=bool(closings))
        problems += journal_pass.run()
        problems += list(_check_numbers(connection))
        problems += list(_check_payouts(connection, journal_pass.payouts, journal_pass.pulled_payouts))
        problems += list(_check_headers(connection))
        problems += list(check_partners_in(session))
        problems += list(check_tills_in(connection))
        problems += list(closings_against(closings, journal_pass.counted))
        problems += anchors.check_in(connection, copies, printed)
        problems += list(check_till_chains_in(connection))
        return problems
