"""The reports over a year of 100,000 sales: period report, impact report, their PDFs.

Builds (once, then reuses) a SQLite shop with ``bench/datagen.py``: a
catalogue, a year of sales at the till, then through the services a few
hundred refunds, production at a fair stand and payouts to every maker. Then
times, in this one process:

- ``period year``: :func:`analytics.period_report` over the whole year;
- ``period month``: the same over the last month;
- ``impact year``: :func:`impact.impact_report` of the year (it includes a
  year's period report);
- ``period PDF`` / ``impact PDF``: the documents built from those reports
  (drawing only, the figures already computed).

The issue asks for "a year of 100,000 sales reports in well under a second":
each line prints the median, its ratio to 1 s, and its ratio to ``baseline``:
one bare ``sqlite3`` pass summing the year's lines joined to their sales, the
least any report by line can cost on this machine. Machines are shared and
noisy (DESIGN.md §8): read the ratios.

Run it as ``python bench/bench_reports.py [--sales N] [--repeat N] [--db FILE]``.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.datagen import SalesWriter, create_shop, sqlite_url, year_window
from mamakilla_pos.services import analytics, impact, payouts, report_docs, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.locations import add_location
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.store import open_store

BUDGET_S = 1.0


def build(path: Path, sales: int) -> None:
    """A shop with a year of ``sales`` sales, some refunds, fair production and payouts."""
    started = time.perf_counter()
    create_shop(path, items=2_000, makers=40)
    first, last = year_window()
    writer = SalesWriter(path)
    try:
        writer.add_history(sales, first, last)
    finally:
        writer.close()
    store = open_store(sqlite_url(path))
    try:
        add_location(store, "feria", "Feria artesanal San Blas", "fair", user_id=SYSTEM_ID)
        for n in range(1, 200):
            stock.produce(store, f"MK{n:06d}", 3, "feria", user_id=SYSTEM_ID)
        with store.engine.connect() as conn:
            picks = conn.exec_driver_sql(
                "SELECT s.number, s.created_at, l.id FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
                " WHERE s.kind = 'sale' AND l.position = 1 ORDER BY s.seq LIMIT 300 OFFSET 1000"
            ).all()
        for number, sold_at, line_hex in picks:
            when = datetime.fromisoformat(sold_at) + timedelta(hours=2)
            request = RefundRequest(
                number, (RefundLine(uuid.UUID(line_hex), 1),), "yape", "1", created_at=when, user_id=SYSTEM_ID
            )
            refund(store, request)
        for maker in range(1, 41):
            payouts.pay_maker(store, maker, last, "transfer", reference=f"OP{maker}", user_id=SYSTEM_ID)
    finally:
        store.dispose()
    print(f"built {sales:,} sales in {time.perf_counter() - started:.1f} s → {path}")


def timed(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


BASELINE_SQL = """
SELECT SUM(l.net_cents) FROM sale_lines l JOIN sales s ON s.id = l.sale_id
WHERE +s.created_at >= ? AND +s.created_at < ?
"""


def baseline(path: Path, period: analytics.Period) -> Callable[[], object]:
    """A bare ``sqlite3`` pass over the period's lines and their sales: the least any line report costs."""
    connection = sqlite3.connect(path)
    low, high = (f"{moment:%Y-%m-%d %H:%M:%S}.000000" for moment in period.bounds)
    return lambda: connection.execute(BASELINE_SQL, (low, high)).fetchone()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", type=Path, default=None, help="reuse (or create) this SQLite file")
    args = parser.parse_args()
    path = args.db or Path(tempfile.gettempdir()) / f"mamakilla-bench-reports-{args.sales}-v2.db"
    if not path.exists():
        build(path, args.sales)
    store = open_store(sqlite_url(path))
    try:
        _, last = year_window()
        year = analytics.Period(last - timedelta(days=364), last)
        month = analytics.Period(last - timedelta(days=30), last)
        with store.engine.connect() as conn:
            counts = conn.exec_driver_sql(
                "SELECT (SELECT COUNT(*) FROM sales WHERE kind = 'sale'), (SELECT COUNT(*) FROM sales WHERE kind ="
                " 'refund'), (SELECT COUNT(*) FROM sale_lines), (SELECT COUNT(*) FROM share_entries)"
            ).one()
        print(f"{counts[0]:,} sales, {counts[1]:,} refunds, {counts[2]:,} lines, {counts[3]:,} share entries")
        analytics.period_report(store, year)  # warm the page cache
        report = analytics.period_report(store, year)
        year_impact = impact.impact_report(store, last.year, today=date.today())
        rows = [
            ("baseline", timed(baseline(path, year), args.repeat)),
            ("period year", timed(lambda: analytics.period_report(store, year), args.repeat)),
            ("period month", timed(lambda: analytics.period_report(store, month), args.repeat)),
            ("impact year", timed(lambda: impact.impact_report(store, last.year), args.repeat)),
            ("period PDF", timed(lambda: report_docs.period_pdf_from(store, report), args.repeat)),
            ("impact PDF", timed(lambda: report_docs.impact_pdf_from(store, year_impact, "fr"), args.repeat)),
        ]
    finally:
        store.dispose()
    base = rows[0][1]
    print(f"{'what':<14}{'median':>10}{'ratio to 1 s':>15}{'× baseline':>12}")
    for name, seconds in rows:
        print(f"{name:<14}{seconds * 1000:>8.0f} ms{seconds / BUDGET_S:>15.2f}{seconds / base:>12.1f}")
    worst = max(s for _, s in rows[1:4])
    print(f"slowest report: {worst / BUDGET_S:.2f} × the 1 s budget ({'within' if worst < BUDGET_S else 'OVER'})")
    return 0 if worst < BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
