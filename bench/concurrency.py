"""A sale at a second till while ``verify``, a backup, a report or an import runs (DESIGN.md §8).

The budget: such a sale never fails and waits at most 1 s. A second process
(``bench/seller.py``, the till) sells one sale after another throughout;
this process first lets it sell alone (the baseline), then runs each piece
of work on the same shop, one after the other, and marks when each ran. Every
sale the till tried is then counted against the work it overlapped: its
time from start to confirmation (the wait included) and whether it failed.
The row's verdict is on the *worst* sale, not the median.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from mamakilla_pos.services import backup, importing, reports, shares
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import open_store

HERE = Path(__file__).resolve().parent
WORST_WAIT_MS = 1000.0
"""DESIGN.md §8: a sale while verify, backup, a report or an import runs waits ≤ 1 s."""


@dataclass(frozen=True)
class Window:
    """When one piece of work ran (``time.monotonic()``, shared by the processes of one machine)."""

    key: str
    label: str
    start: float
    end: float


@dataclass(frozen=True)
class Outcome:
    """The sales the till tried during one window: their times in ms, and how many failed."""

    window: Window
    waits: list[float]
    failures: list[str]


def product_rows(count: int, first: int = 0) -> list[tuple[str, ...]]:
    """``count`` new products for ``import products``, each made by two makers, 3 units each."""
    makers = "Rosa Quispe:2;Ana Huamán:1"
    return [
        (f"IMP{n:06d}", f"Bolso importado {n}", "Bolsos", "45.00", makers, "3", "") for n in range(first, first + count)
    ]


def write_products(path: Path, rows: Sequence[tuple[str, ...]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("code", "product", "category", "price", "makers", "quantity", "location"))
        writer.writerows(rows)
    return path


def paper_sale_rows(count: int, codes: Sequence[str], year: tuple[date, date], run: int = 0) -> list[tuple[str, ...]]:
    """``count`` paper receipts of one line each for ``import sales``, spread over ``year`` (numbers unique per run)."""
    first, last = year
    start = datetime.combine(first, clock_time(9))
    minutes = max(1, int((last - first).total_seconds() // 60) // max(count, 1))
    return [
        (
            f"P{run}-{n:06d}",
            (start + timedelta(minutes=minutes * n)).isoformat(),
            codes[n % len(codes)],
            str(1 + n % 3),
            "",
            "",
            "cash",
            "",
        )
        for n in range(count)
    ]


def write_sales(path: Path, rows: Sequence[tuple[str, ...]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(importing.SALE_COLUMNS)
        writer.writerows(rows)
    return path


class Till:
    """The second till: ``bench/seller.py`` in its own process."""

    def __init__(self, url: str, folder: Path, codes: Sequence[str], pause: float) -> None:
        self.out = folder / "seller.json"
        self.stop = folder / "seller.stop"
        self.log = folder / "seller.log"
        command = [sys.executable, str(HERE / "seller.py"), url, str(self.out), "--codes", ",".join(codes)]
        command += ["--stop", str(self.stop), "--pause", str(pause)]
        with self.log.open("w", encoding="utf-8") as log:
            self.process = subprocess.Popen(command, stderr=log)
        ready = Path(f"{self.out}.ready")
        while not ready.exists():
            if self.process.poll() is not None:
                raise RuntimeError(f"the selling till stopped: {self.log.read_text(encoding='utf-8')}")
            time.sleep(0.05)

    def finish(self) -> list[dict[str, object]]:
        self.stop.touch()
        self.process.wait(300)
        if self.process.returncode != 0:
            raise RuntimeError(f"the selling till failed: {self.log.read_text(encoding='utf-8')}")
        return json.loads(self.out.read_text(encoding="utf-8"))["sales"]


def _during(window: Window, sales: list[dict[str, object]]) -> Outcome:
    """The sales whose time overlapped ``window``."""
    tried = [s for s in sales if s["start"] < window.end and s["end"] > window.start]  # type: ignore[operator]
    waits = [(s["end"] - s["start"]) * 1000 for s in tried]  # type: ignore[operator]
    failures = [str(s["error"]) for s in tried if s.get("error")]
    return Outcome(window, waits, failures)


def _timed(key: str, label: str, work: Callable[[int], object], at_least: float) -> Window:
    """Run ``work(0)`` (and ``work(1)``… until ``at_least`` seconds have passed, so that sales overlap it)."""
    start = time.monotonic()
    runs = 0
    while runs == 0 or time.monotonic() - start < at_least:
        work(runs)
        runs += 1
    suffix = f" ({runs} runs)" if runs > 1 else ""
    return Window(key, label + suffix, start, time.monotonic())


def measure(
    path: Path,
    folder: Path,
    codes: Sequence[str],
    year: tuple[date, date],
    import_rows: int,
    at_least: float,
    only: Sequence[str] = (),
) -> list[Outcome]:
    """Sell at a second till while each piece of work runs on the shop at ``path``; one outcome per window.

    The first window is the till selling alone (the baseline); each piece of
    work (those whose key is in ``only``, when given) is repeated until it has run ``at_least`` seconds.
    """
    url = f"sqlite:///{path}"
    folder.mkdir(parents=True, exist_ok=True)
    first, last = year
    till = Till(url, folder, codes, pause=0.02)
    windows: list[Window] = []
    try:
        start = time.monotonic()
        time.sleep(at_least)
        windows.append(Window("alone", "the till selling alone", start, time.monotonic()))
        store = open_store(url)

        def import_products(run: int) -> object:
            rows = product_rows(import_rows, first=run * import_rows)
            return importing.import_products(store, write_products(folder / f"products{run}.csv", rows))

        def import_sales(run: int) -> object:
            rows = paper_sale_rows(import_rows, codes, year, run)
            return importing.import_sales(store, write_sales(folder / f"sales{run}.csv", rows))

        work: list[tuple[str, str, Callable[[int], object]]] = [
            ("verify", "verify", lambda run: verify(store)),
            ("backup", "a backup, checked", lambda run: backup.backup(store, folder / f"copy{run}.db")),
            (
                "report",
                "the shares report over the year and a day report",
                lambda run: (shares.share_balances(store, first, last), reports.day_report(store, last)),
            ),
            ("import", f"an import of {import_rows:,} product rows", import_products),
            ("import_sales", f"an import of {import_rows:,} paper-sale rows", import_sales),
        ]
        try:
            for key, label, job in work:
                if only and key not in only:
                    continue
                windows.append(_timed(key, label, job, at_least))
                time.sleep(0.2)
        finally:
            store.dispose()
    finally:
        sales = till.finish()
    return [_during(w, sales) for w in windows]


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m bench.concurrency``: only these windows, on a small shop of their own (a quick look, not the
    verdict, which ``python -m bench`` gives on its 200,000-sale shop)."""
    import argparse
    import tempfile
    from decimal import Decimal

    from mamakilla_pos.services import catalogue, setup

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--rows", type=int, default=10_000, help="rows of each import (default 10,000)")
    parser.add_argument("--seconds", type=float, default=5.0, help="run each piece of work at least this long")
    parser.add_argument("--only", default="import,import_sales", help="windows, comma-separated")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mamakilla-concurrency-") as folder:
        path = Path(folder) / "shop.db"
        store = open_store(f"sqlite:///{path}")
        setup.ensure_defaults(store)
        makers = (("Rosa Quispe", 2), ("Ana Huamán", 1))
        codes = [
            catalogue.add_item(
                store, catalogue.NewItem(f"Bolso {n}", "Bolsos", Decimal("45.00"), makers, f"B{n:04d}")
            ).code
            for n in range(20)
        ]
        store.dispose()
        today = date.today()
        outcomes = measure(
            path, Path(folder) / "work", codes, (today - timedelta(days=365), today - timedelta(days=1)),
            args.rows, args.seconds, args.only.split(","),
        )  # fmt: skip
    for outcome in outcomes:
        waits = outcome.waits or [0.0]
        print(
            f"{outcome.window.label}: {len(outcome.waits)} sales, the slowest {max(waits):,.0f} ms, "
            f"{len(outcome.failures)} failed{(': ' + outcome.failures[0]) if outcome.failures else ''}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
