"""Closing a cash session of 1,000 sales, against a bare sqlite3 SUM of the same cash.

Builds a temporary SQLite shop through the services (1,000 sales with cash,
dollars, Yape, card and split tenders, a few refunds and cash movements, all
in one open session), then times in this one process:

- ``figures``: ``cash.x_report`` — every figure the close and the Z report need;
- ``baseline``: one raw ``sqlite3`` query summing the expected soles of the
  session, on a connection opened beforehand;
- ``close``: ``cash.close_session`` end to end (figures, count, journal,
  commit and the backup copy), once on each of several copies of the database.

Machines are shared and noisy (DESIGN.md §8): read the ratio, not the times.
Run it as ``python bench/bench_close_session.py [--sales N] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from decimal import ROUND_CEILING, Decimal
from pathlib import Path

from mamakilla_pos.domain.money import CENT
from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import cash, catalogue, history, setup, stock
from mamakilla_pos.services.sales import LineRequest, RefundLine, RefundRequest, SaleRequest, record_sale, refund
from mamakilla_pos.store import Store, open_store

D = Decimal
BUDGET_S = 1.0  # the issue: "a session with 1,000 sales closes in well under a second"

BASELINE_SQL = """
SELECT
  (SELECT opening_float_pen_cents FROM cash_sessions WHERE id = :sid)
  + COALESCE((SELECT SUM(p.amount_cents) FROM payments p JOIN sales s ON s.id = p.sale_id
              WHERE s.cash_session_id = :sid AND p.method = 'cash' AND s.kind = 'sale'), 0)
  - COALESCE((SELECT SUM(change_cents) FROM sales WHERE cash_session_id = :sid), 0)
  - COALESCE((SELECT SUM(p.amount_cents) FROM payments p JOIN sales s ON s.id = p.sale_id
              WHERE s.cash_session_id = :sid AND p.method = 'cash' AND s.kind = 'refund'), 0)
  + COALESCE((SELECT SUM(amount_cents) FROM cash_movements
              WHERE session_id = :sid AND currency = 'PEN' AND direction = 'in'), 0)
  - COALESCE((SELECT SUM(amount_cents) FROM cash_movements
              WHERE session_id = :sid AND currency = 'PEN' AND direction = 'out'), 0)
"""

PRODUCTS = (
    ("Bolso bordado Inti", "Bolsos", "85.00", (("Rosa Quispe", 2), ("Ana Huamán", 1))),
    ("Monedero bordado colibrí", "Monederos", "18.00", (("Rosa Quispe", 1),)),
    ("Cartuchera bordada Ñusta", "Cartucheras", "28.00", (("Ñusta Condori", 1),)),
    ("Monedero de cuero repujado", "Monederos", "22.55", (("Luz Mamani", 1),)),
    ("Mochila de aguayo", "Bolsos", "95.00", (("Yeny Cusi", 2), ("Sonia Huillca", 1))),
)


def build_session(store: Store, sales: int, seed: int = 11) -> None:
    """A shop with one open session holding ``sales`` sales, a few refunds and cash movements."""
    rng = random.Random(seed)
    setup.ensure_defaults(store)
    codes: list[str] = []
    prices: dict[str, Decimal] = {}
    for name, category, price, makers in PRODUCTS:
        item = catalogue.add_item(store, catalogue.NewItem(name, category, D(price), makers))
        stock.produce(store, item.code, sales)
        codes.append(item.code)
        prices[item.code] = item.price
    cash.open_session(store, {D("20"): 5, D("1"): 20, D("0.50"): 20}, {D("10"): 2})
    numbers: list[str] = []
    for n in range(sales):
        code = rng.choice(codes)
        price = prices[code]
        kind = n % 5
        if kind == 0:
            tenders: tuple[Tender, ...] = (Tender("cash", _next_note(price)),)
        elif kind == 1:
            tenders = (Tender("yape", price, str(rng.randrange(10**7, 10**8))),)
        elif kind == 2:
            tenders = (Tender("usd", (price / D("3.70")).to_integral_value(rounding=ROUND_CEILING)),)
        elif kind == 3:
            tenders = (Tender("card", price, str(rng.randrange(1000, 9999))),)
        else:
            half = (price / 2).quantize(CENT)
            tenders = (Tender("plin", half, str(rng.randrange(10**7, 10**8))), Tender("cash", _next_note(price - half)))
        numbers.append(record_sale(store, SaleRequest(lines=(LineRequest(code),), tenders=tenders)).number)
        if n % 100 == 50:
            cash.move_cash(store, "out", D("10.00"), "Almuerzo")
    for number in numbers[:: max(1, len(numbers) // 10)]:
        line = history.get_sale(store, number).lines[0]
        refund(store, RefundRequest(number, (RefundLine(line.id, 1),), "cash"))


def _next_note(amount: Decimal) -> Decimal:
    return next(D(n) for n in (10, 20, 50, 100, 200, 10**6) if n >= amount)


def median_ms(runs: list[float]) -> float:
    return statistics.median(runs) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=21, help="timed runs of the figures and the baseline")
    parser.add_argument("--closes", type=int, default=5, help="copies of the database closed one each")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="mk-bench-close-") as folder:
        path = Path(folder) / "shop.db"
        store = open_store(f"sqlite:///{path}")
        started = time.perf_counter()
        build_session(store, args.sales)
        built = time.perf_counter() - started
        info = cash.current_session(store)
        assert info is not None
        report = cash.x_report(store)
        print(f"{report.sales} sales, {report.refunds} refunds, {len(report.movements)} cash movements in one session")
        print(f"  built through the services in {built:.1f} s")

        raw = sqlite3.connect(path)
        figures_runs, baseline_runs = [], []
        baseline_cents = 0
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            report = cash.x_report(store)
            t1 = time.perf_counter()
            baseline_cents = raw.execute(BASELINE_SQL, {"sid": info.id.hex}).fetchone()[0]
            t2 = time.perf_counter()
            figures_runs.append(t1 - t0)
            baseline_runs.append(t2 - t1)
        raw.close()
        if D(baseline_cents) * CENT != report.pen.expected:
            print(f"MISMATCH: baseline S/ {D(baseline_cents) * CENT} vs figures S/ {report.pen.expected}")
            return 1
        print(f"  expected cash: S/ {report.pen.expected}, US$ {report.usd.expected} (baseline agrees)")

        copies = []
        for i in range(args.closes):
            copy = Path(folder) / f"copy{i}" / "shop.db"
            copy.parent.mkdir()
            source, target = sqlite3.connect(path), sqlite3.connect(copy)
            source.backup(target)
            source.close()
            target.close()
            copies.append(copy)
        store.dispose()
        close_runs = []
        count = {D("100"): 1}
        for copy in copies:
            copy_store = open_store(f"sqlite:///{copy}", migrate=False)
            t0 = time.perf_counter()
            closed = cash.close_session(copy_store, count, {}, "bench")
            close_runs.append(time.perf_counter() - t0)
            copy_store.dispose()
            assert closed.backup_path and not closed.backup_error, closed.backup_error

    figures, baseline, close = median_ms(figures_runs), median_ms(baseline_runs), median_ms(close_runs)
    print(f"  figures (x_report)      median {figures:8.2f} ms  over {args.repeat} runs")
    print(f"  baseline (sqlite3 SUM)  median {baseline:8.2f} ms")
    print(f"  ratio figures/baseline  {figures / baseline:8.1f} ×")
    print(f"  close_session + backup  median {close:8.2f} ms  over {args.closes} copies")
    verdict = "OK" if close / 1000 < BUDGET_S / 4 else "SLOW"
    print(f"{verdict}: closing {args.sales} sales takes {close:.0f} ms (budget: well under {BUDGET_S:.0f} s)")
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    sys.exit(main())
