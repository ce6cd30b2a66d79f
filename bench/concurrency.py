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
from datetime import date
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
    path: Path, folder: Path, codes: Sequence[str], year: tuple[date, date], import_rows: int, at_least: float
) -> list[Outcome]:
    """Sell at a second till while each piece of work runs on the shop at ``path``; one outcome per window.

    The first window is the till selling alone (the baseline); each piece of
    work is repeated until it has run ``at_least`` seconds.
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

        work: list[tuple[str, str, Callable[[int], object]]] = [
            ("verify", "verify", lambda run: verify(store)),
            ("backup", "a backup, checked", lambda run: backup.backup(store, folder / f"copy{run}.db")),
            (
                "report",
                "the shares report over the year and a day report",
                lambda run: (shares.share_balances(store, first, last), reports.day_report(store, last)),
            ),
            ("import", f"an import of {import_rows:,} product rows", import_products),
        ]
        try:
            for key, label, job in work:
                windows.append(_timed(key, label, job, at_least))
                time.sleep(0.2)
        finally:
            store.dispose()
    finally:
        sales = till.finish()
    return [_during(w, sales) for w in windows]
