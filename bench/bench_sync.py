"""The sync rows (DESIGN.md §8): a fair day synced against raw psycopg, and a sale while the till syncs.

Run from the checkout, against a PostgreSQL server's maintenance database::

    python -m bench.bench_sync postgresql+psycopg://postgres@127.0.0.1:55432/postgres --sales 1000

The shop is made by ``bench/datagen.py`` (``--items`` items, no past
sales) and published into a new database. Each round the till sells
``--sales`` sales (a fair day, offline), the server is copied as it is
(``CREATE DATABASE … TEMPLATE``), then, timed, ``sync`` sends the day to
the server (every check, the rows, the server's journal and the till's
chain, the pull after it); the rows it added are then read back and
inserted, timed, into the copy with raw psycopg ``executemany`` in one
transaction: the floor such a write can reach. Budget: ≤ 3 ×.

The sale row: a till (``bench/seller.py``, its own process) sells one
card sale after another, alone and then while another process of the
same till syncs over and over (each of its sales waits to be sent), taken
in turns; the sale's median and 99th percentile are compared. Budget: ≤ 1.5 ×.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import create_engine, text

from bench import datagen
from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import cash, catalogue, server
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.sync_net import sync
from mamakilla_pos.store import Store, open_store

WRITTEN = ("document_headers", "cash_sessions", "sales", "sale_lines", "payments", "share_entries", "stock_movements")
"""The document tables a fair day's sync writes on the server, parents first."""


def _admin(admin_url: str, statement: str) -> None:
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(statement))
    admin.dispose()


def _url(admin_url: str, name: str) -> str:
    return admin_url.rsplit("/", 1)[0] + "/" + name


def _raw(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def _sell_day(store: Store, sales: int) -> None:
    codes = [item.code for item in catalogue.catalogue(store)[:50]]
    for n in range(sales):
        code = codes[n % len(codes)]
        price = catalogue.find_item(store, code).price
        record_sale(store, SaleRequest((LineRequest(code),), (Tender("card", price),), user_id=SYSTEM_ID))


def _keys(url: str) -> dict[str, set[str]]:
    with psycopg.connect(_raw(url)) as conn:
        keys = {t: {str(r[0]) for r in conn.execute(f'SELECT id FROM "{t}"')} for t in WRITTEN}
        keys["journal"] = {str(r[0]) for r in conn.execute("SELECT seq FROM journal")}
        keys["till_entries"] = {f"{r[0]}/{r[1]}" for r in conn.execute("SELECT till, seq FROM till_entries")}
    return keys


def _new_rows(url: str, before: dict[str, set[str]]) -> list[tuple[str, list[str], list[tuple[Any, ...]]]]:
    """The rows ``sync`` added: per table, its columns and rows (as psycopg reads them)."""
    found = []
    with psycopg.connect(_raw(url)) as conn:
        for table in (*WRITTEN, "journal", "till_entries"):
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            columns = [c.name for c in cursor.description or ()]
            rows = []
            for row in cursor:
                key = f"{row[0]}/{row[1]}" if table == "till_entries" else str(row[0])
                if key not in before[table]:
                    rows.append(tuple(row))
            found.append((table, columns, rows))
    return found


def _insert_raw(url: str, rows: list[tuple[str, list[str], list[tuple[Any, ...]]]]) -> float:
    """The same rows inserted with raw psycopg, one transaction; milliseconds."""
    with psycopg.connect(_raw(url)) as conn, conn.cursor() as cur:
        started = time.perf_counter()
        for table, columns, values in rows:
            if values:
                names = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join(["%s"] * len(columns))
                cur.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', values)
        conn.commit()
        return (time.perf_counter() - started) * 1000


def measure_day(till: Store, admin_url: str, server_name: str, sales: int, repeat: int) -> tuple[list[float], ...]:
    """``(sync ms, raw ms, rows)`` per round."""
    app: list[float] = []
    bare: list[float] = []
    counts: list[float] = []
    url = _url(admin_url, server_name)
    for _ in range(repeat):
        _sell_day(till, sales)
        floor = f"{server_name}_floor"
        _admin(admin_url, f'CREATE DATABASE "{floor}" TEMPLATE "{server_name}"')
        try:
            before = _keys(url)
            started = time.perf_counter()
            done = sync(till)
            app.append((time.perf_counter() - started) * 1000)
            assert done.waiting == 0 and done.pushed.documents.get("sale") == sales
            rows = _new_rows(url, before)
            counts.append(sum(len(r) for _t, _c, r in rows))
            bare.append(_insert_raw(_url(admin_url, floor), rows))
        finally:
            _admin(admin_url, f'DROP DATABASE IF EXISTS "{floor}" WITH (FORCE)')
    return app, bare, counts


def _seller(url: str, out: Path, codes: str, count: int) -> list[float]:
    seller = Path(__file__).with_name("seller.py")
    subprocess.run([sys.executable, str(seller), url, str(out), "--codes", codes, "--count", str(count)], check=True)
    sales = json.loads(out.read_text(encoding="utf-8"))["sales"][1:]  # the first warms up
    failed = [s["error"] for s in sales if "error" in s]
    assert not failed, failed[:3]
    return [(s["end"] - s["start"]) * 1000 for s in sales]


SYNCER = """
import sys
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.sync_net import sync
from mamakilla_pos.store import open_store
store = open_store(sys.argv[1])
while True:
    try:
        sync(store)
    except UserError:
        pass
"""


def measure_sale(till: Store, folder: Path, count: int, repeat: int) -> tuple[list[float], list[float]]:
    """Sale times (ms) alone and while the till syncs, taken in turns."""
    codes = ",".join(item.code for item in catalogue.catalogue(till)[:3])
    alone: list[float] = []
    syncing: list[float] = []
    for n in range(repeat):
        alone += _seller(till.url, folder / f"alone-{n}.json", codes, count)
        child = subprocess.Popen([sys.executable, "-c", SYNCER, till.url])
        try:
            time.sleep(2.0)  # the sync process started and syncing
            syncing += _seller(till.url, folder / f"syncing-{n}.json", codes, count)
        finally:
            child.kill()
            child.wait()
    return alone, syncing


def _p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98] if len(values) >= 2 else values[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_sync")
    parser.add_argument("admin_url", help="a PostgreSQL server's maintenance database (postgresql+psycopg://…)")
    parser.add_argument("--sales", type=int, default=1000, help="sales of the fair day")
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sale-count", type=int, default=150, help="sales timed in each turn of the sale row")
    parser.add_argument("--prefix", default="bench_sync_", help="names of the databases it makes (and drops)")
    args = parser.parse_args(argv)
    name = f"{args.prefix}{uuid.uuid4().hex[:10]}"
    _admin(args.admin_url, f'CREATE DATABASE "{name}"')
    try:
        with tempfile.TemporaryDirectory(prefix="bench-sync-") as folder:
            path = Path(folder) / "caja.db"
            datagen.create_shop(path, items=args.items, seed=5)
            till = open_store(datagen.sqlite_url(path))
            try:
                server.publish(till, _url(args.admin_url, name))
                if cash.current_session(till) is None:
                    cash.open_session(till, user_id=SYSTEM_ID)
                app, bare, rows = measure_day(till, args.admin_url, name, args.sales, args.repeat)
                alone, syncing = measure_sale(till, Path(folder), args.sale_count, args.repeat)
            finally:
                till.dispose()
    finally:
        _admin(args.admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    ratio = statistics.median(app) / statistics.median(bare)
    print(
        f"sync of a {args.sales:,}-sale fair day ({statistics.median(rows):.0f} rows): median "
        f"{statistics.median(app):.0f} ms (runs {', '.join(f'{r:.0f}' for r in app)}); raw psycopg inserts of "
        f"the same rows, one transaction: median {statistics.median(bare):.0f} ms "
        f"(runs {', '.join(f'{r:.0f}' for r in bare)}); ratio {ratio:.2f} (budget 3)"
    )
    print(
        f"a sale while the till syncs: median {statistics.median(syncing):.1f} ms against "
        f"{statistics.median(alone):.1f} ms alone (ratio {statistics.median(syncing) / statistics.median(alone):.2f}), "
        f"p99 {_p99(syncing):.1f} ms against {_p99(alone):.1f} ms (ratio {_p99(syncing) / _p99(alone):.2f}); "
        f"{len(syncing)} and {len(alone)} sales (budget 1.5)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
