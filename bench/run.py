"""The benchmark suite: every budget of DESIGN.md §8, each against a bare baseline in the same run.

Run from the checkout: ``python -m bench [--quick] [--json FILE] [--scales 0.01,0.1,0.5,1,5]``.

It builds its own shops in a temporary folder (``bench/datagen.py``):

- a *session shop*: 20,000 items, a little history, and one open cash session
  of 1,000 sales (with refunds and cash moved), plus 2,000 unpaid share
  entries of one maker: receipt, search as you type, closing the session,
  the payout slip and the backup are measured there;
- an *import shop*: the same catalogue, into copies of which 100,000 product
  rows and 100,000 paper sales rows are imported (``bench/bench_import.py``);
- a one-user shop where a PIN is checked, and bare scrypt hashes timed to
  work out what trying every PIN costs on one core (``bench/pin_cost.py``);
- a *growing shop*: the same catalogue with 200,000 × scale past sales over
  a year, grown in place from the smallest scale to the largest: at each
  scale a 3-line cash sale and the reports are measured, and at scale 1 the
  start of the app, its memory and ``verify`` (``bench/verify_bench.py``).

Machines are shared and noisy: each measurement is repeated, app and
baseline interleaved, and the medians compared. Slowness never makes the
command fail unless ``--check`` is given; a broken benchmark always does.
"""

from __future__ import annotations

import argparse
import compileall
import io
import json
import os
import platform
import py_compile
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools

import mamakilla_pos
from bench import concurrency, datagen, pdfcopy, verify_bench
from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import (
    backup,
    cash,
    catalogue,
    history,
    journal,
    payout_history,
    payouts,
    reports,
    shares,
    till_catalogue,
)
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.cash_figures import SessionReport
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.store import Store, open_store
from mamakilla_pos.store.images import record_unjournaled

HERE = Path(__file__).resolve().parent
FULL_SALES = 200_000  # scale 1: "200,000 past sales over a year"
REPORT_SALES = 100_000  # "day report / shares report over a year (100,000 sales)"
D = Decimal


# -- measurements -------------------------------------------------------------------------------


@dataclass
class Row:
    """One line of the table: the app's runs, the baseline's, and the budget."""

    key: str
    label: str
    unit: str  # "ms" or "MB"
    runs: list[float]
    baseline: list[float] = field(default_factory=list)
    baseline_label: str = ""
    # "ratio", "max" (absolute, on the median), "min" (at least, on the median), "worst" (every run),
    # or "" (information)
    budget_kind: str = ""
    budget: float = 0.0
    note: str = ""
    failures: int = 0  # runs that failed outright ("worst" rows: any failure misses the budget)

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def spread(self) -> float:
        """Interquartile range of the runs (max − min for fewer than four)."""
        if len(self.runs) < 4:
            return max(self.runs) - min(self.runs)
        q = statistics.quantiles(self.runs, n=4)
        return q[2] - q[0]

    @property
    def baseline_median(self) -> float | None:
        return statistics.median(self.baseline) if self.baseline else None

    @property
    def ratio(self) -> float | None:
        base = self.baseline_median
        return self.median / base if base else None

    @property
    def budget_text(self) -> str:
        if self.budget_kind == "ratio":
            return f"≤ {self.budget:g}×"
        if self.budget_kind == "max":
            return f"≤ {self.budget:g} {self.unit}" if self.unit == "ms" else f"< {self.budget:g} {self.unit}"
        if self.budget_kind == "worst":
            return f"all ≤ {self.budget:g} {self.unit}, none failed"
        if self.budget_kind == "min":
            return f"≥ {self.budget:g} {self.unit}"
        return "info"

    @property
    def passed(self) -> bool | None:
        if self.budget_kind == "ratio":
            return self.ratio is not None and self.ratio <= self.budget
        if self.budget_kind == "max":
            return self.median <= self.budget if self.unit == "ms" else self.median < self.budget
        if self.budget_kind == "worst":
            return max(self.runs) <= self.budget and not self.failures
        if self.budget_kind == "min":
            return self.median >= self.budget
        return None

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data.update(
            median=self.median,
            spread=self.spread,
            baseline_median=self.baseline_median,
            ratio=self.ratio,
            budget_text=self.budget_text,
            passed=self.passed,
        )
        return data


def clock(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def interleaved(
    app: Callable[[], object], bare: Callable[[], object] | None, repeat: int, warmup: int = 1
) -> tuple[list[float], list[float]]:
    """Run ``app`` and ``bare`` alternately (noise hits both alike); milliseconds of each run."""
    for _ in range(warmup):
        app()
        if bare:
            bare()
    a, b = [], []
    for i in range(repeat):
        order = (app, bare) if i % 2 == 0 else (bare, app)
        for fn in order:
            if fn is None:
                continue
            (a if fn is app else b).append(clock(fn))
    return a, b


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# -- settings of a run --------------------------------------------------------------------------


@dataclass
class Plan:
    items: int
    scales: list[float]
    session_sales: int
    slip_entries: int
    history: int  # past sales in the session shop
    repeat: int  # repeats of the fast measurements
    sale_repeat: int
    start_repeat: int
    report_repeat: int
    backup_repeat: int
    closes: int
    import_rows: int = 100_000
    import_repeat: int = 3
    concurrent_seconds: float = 3.0  # how long each piece of work runs while the other till sells
    concurrent_import_rows: int = 10_000
    verify_repeat: int = 3

    @classmethod
    def make(cls, args: argparse.Namespace) -> Plan:
        quick = args.quick
        return cls(
            items=args.items,
            scales=sorted(args.scales),
            session_sales=args.session_sales,
            slip_entries=args.slip_entries,
            history=max(100, int(FULL_SALES * min(args.scales) * 0.5)) if quick else 2_000,
            repeat=5 if quick else 21,
            sale_repeat=6 if quick else 40,
            start_repeat=1 if quick else 9,
            report_repeat=3 if quick else 7,
            backup_repeat=2 if quick else 5,
            closes=2 if quick else 5,
            import_rows=args.import_rows or (5_000 if quick else 100_000),
            import_repeat=1 if quick else 3,
            concurrent_seconds=1.0 if quick else 3.0,
            concurrent_import_rows=1_000 if quick else 10_000,
            verify_repeat=1 if quick else 3,
        )


# -- the session shop -----------------------------------------------------------------------------


@dataclass
class SessionShop:
    store: Store
    path: Path
    user_id: int
    session_id: str
    maker_id: int
    sale_codes: tuple[str, str, str]


def _next_note(amount: Decimal) -> Decimal:
    return next(D(n) for n in (10, 20, 50, 100, 200, 500, 10**6) if n >= amount)


def build_session_shop(folder: Path, plan: Plan) -> SessionShop:
    path = folder / "session.db"
    facts = datagen.create_shop(path, items=plan.items)
    first, last = datagen.year_window()
    with datagen.SalesWriter(path) as writer:
        writer.add_history(plan.history, first, last)
        # One maker with many unpaid entries, for the payout slip.
        maker = max(
            range(1, facts.makers + 1),
            key=lambda m: sum(1 for i in writer.items if i.makers == ((m, 1),)),
        )
        writer.add_history(plan.slip_entries, first, last, maker_id=maker, max_lines=1)
    store = open_store(datagen.sqlite_url(path))
    info = cash.open_session(store, {D("20"): 5, D("1"): 20}, {D("10"): 2}, user_id=facts.user_id)
    opened = datetime.now().replace(microsecond=0) - timedelta(seconds=20 * plan.session_sales + 600)
    with store.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE cash_sessions SET opened_at = ? WHERE id = ?", (datagen.db_time(opened), info.id.hex)
        )
        record_unjournaled(connection, "banco de pruebas")  # the session's new opening, journaled
    store.dispose()
    with datagen.SalesWriter(path) as writer:
        writer.add_session_sales(plan.session_sales, info.id.hex, opened + timedelta(seconds=60))
    store = open_store(datagen.sqlite_url(path))
    numbers = [
        n
        for (n,) in sqlite3.connect(path).execute(
            "SELECT number FROM sales WHERE cash_session_id = ? ORDER BY seq", (info.id.hex,)
        )
    ]
    for number in numbers[:: max(1, len(numbers) // 10)]:
        line = history.get_sale(store, number).lines[0]
        refund(store, RefundRequest(number, (RefundLine(line.id, 1),), "cash", user_id=facts.user_id))
    for _ in range(max(1, plan.session_sales // 100)):
        cash.move_cash(store, "out", D("10.00"), "Almuerzo", user_id=facts.user_id)
    codes = tuple(_sale_codes(path, bestsellers=True))
    return SessionShop(store, path, facts.user_id, info.id.hex, maker, codes)  # type: ignore[arg-type]


def _sale_codes(path: Path, bestsellers: bool = False) -> list[str]:
    """Three items made by one maker each (the common case), for the timed sale.

    Ordinary items by default (from the second half of the catalogue, sold as
    often as most); with ``bestsellers``, three of the few items that sell far
    more than the rest, whose stock is the sum of thousands of movements.
    """
    where = "" if bestsellers else "WHERE i.id > (SELECT max(id) / 2 FROM items)"
    offset = 10 if bestsellers else 0
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            f"SELECT i.code FROM items i JOIN item_makers m ON m.item_id = i.id {where} GROUP BY i.id"
            f" HAVING count(*) = 1 ORDER BY i.id LIMIT 3 OFFSET {offset}"
        ).fetchall()
    finally:
        connection.close()
    return [r[0] for r in rows]


def sale_request(codes: Sequence[str], user_id: int, store: Store) -> SaleRequest:
    items = {i.code: i for i in (catalogue.find_item(store, c) for c in codes)}
    total = sum((items[c].price for c in codes), D(0))
    return SaleRequest(
        lines=tuple(LineRequest(c) for c in codes),
        tenders=(Tender("cash", _next_note(total)),),
        user_id=user_id,
    )


def measure_receipt(shop: SessionShop, plan: Plan) -> list[Row]:
    from mamakilla_pos.documents import receipt as receipt_module
    from mamakilla_pos.services import receipts

    number = record_sale(shop.store, sale_request(shop.sale_codes, shop.user_id, shop.store)).number
    pdf = receipts.receipt_pdf(shop.store, number, user_id=SYSTEM_ID)
    assert pdf.startswith(b"%PDF"), "the receipt is not a PDF"
    recording = pdfcopy.record(receipt_module, lambda: receipts.receipt_pdf(shop.store, number, user_id=SYSTEM_ID))
    app, bare = interleaved(
        lambda: receipts.receipt_pdf(shop.store, number, user_id=SYSTEM_ID),
        lambda: pdfcopy.bare_pdf(recording),
        plan.repeat * 2,
        3,
    )
    return [
        Row(
            "receipt",
            "receipt PDF, 80 mm, 3 lines (sale read back + PDF)",
            "ms",
            app,
            bare,
            f"bare canvas, same {recording.strings} strings, DejaVu",
            "ratio",
            1.5,
        )
    ]


def measure_thermal(shop: SessionShop, plan: Plan) -> list[Row]:
    from bench.bench_thermal import thermal_runs
    from mamakilla_pos.services.settings import get_settings

    sale = record_sale(shop.store, sale_request(shop.sale_codes, shop.user_id, shop.store))
    app, bare, size = thermal_runs(sale, get_settings(shop.store), plan.repeat * 2, interleaved)
    return [
        Row(
            "thermal_receipt",
            "thermal receipt after a cash sale, 80 mm, 3 lines (lay-out + ESC/POS job + sent to the fake printer)",
            "ms",
            app,
            bare,
            f"bare socket, same {size:,} bytes to the same fake printer",
            "ratio",
            1.5,
        )
    ]


def measure_search(shop: SessionShop, plan: Plan) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from mamakilla_pos.gui.product_grid import ProductGrid

    app = QApplication.instance() or QApplication([])
    items = till_catalogue.load(shop.store, "taller")
    index = till_catalogue.CatalogueIndex(items)
    grid = ProductGrid()
    grid.resize(1000, 700)
    grid.set_index(index)
    grid.show()
    app.processEvents()
    words = ["bolso bordado inti", "monedero de cuero", "cartuchera ñusta", "mk0012", "huaman rojo"]
    keystrokes: list[float] = []
    bare: list[float] = []
    names = [f"{i.code} {i.product_name} {i.category}".lower() for i in items]
    for _ in range(max(1, plan.repeat // 5)):
        for word in words:
            grid.set_filter("")
            app.processEvents()
            for k in range(1, len(word) + 1):
                text = word[:k]
                # The filter, then the view laid out and painted again: what a keystroke costs on screen.
                keystrokes.append(clock(lambda text=text: (grid.set_filter(text), app.processEvents())))
                needle = text.split()[-1]
                bare.append(clock(lambda needle=needle: [n for n in names if needle in n]))
    shown = len(grid.visible_items())
    grid.close()
    grid.deleteLater()
    app.processEvents()
    return [
        Row(
            "search",
            f"search as you type, {len(items):,} items (grid filtered per keystroke)",
            "ms",
            keystrokes,
            bare,
            "one substring scan over the names",
            "max",
            8.0,
            f"{len(keystrokes)} keystrokes over {len(words)} words; last shows {shown} items",
        )
    ]


def measure_slip(shop: SessionShop, plan: Plan) -> list[Row]:
    from mamakilla_pos.documents import payout_slip as slip_module
    from mamakilla_pos.services import payout_docs

    paid = payouts.pay_maker(shop.store, shop.maker_id, date.today(), "yape", "12345678", user_id=shop.user_id)
    assert paid is not None, "nothing to pay for the payout slip"
    number = paid.number
    pdf = payout_docs.payout_slip_pdf(shop.store, number)
    assert pdf.startswith(b"%PDF")
    recording = pdfcopy.record(slip_module, lambda: payout_docs.payout_slip_pdf(shop.store, number))
    repeat = max(3, plan.repeat // 3)
    app, bare = interleaved(
        lambda: payout_docs.payout_slip_pdf(shop.store, number),
        lambda: pdfcopy.bare_pdf(recording, compress=True),
        repeat,
    )
    return [
        Row(
            "payout_slip",
            f"payout slip of {paid.entries:,} entries, A4, 2 copies ({len(recording.pages)} pages)",
            "ms",
            app,
            bare,
            f"bare canvas, same {recording.strings:,} strings, DejaVu",
            "ratio",
            1.5,
        )
    ]


BASELINE_EXPECTED_SQL = """
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


def _raw_backup(source: Path, target: Path) -> None:
    """The bare baseline of a verified backup: SQLite's online backup, then an integrity check of the copy."""
    src, out = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(out)
        out.execute("PRAGMA journal_mode=DELETE")
        assert out.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        src.close()
        out.close()


def measure_close(shop: SessionShop, plan: Plan, folder: Path) -> list[Row]:
    """The colleague's bench_close_session, folded in: X report figures vs raw SQL, then closing."""
    report = cash.x_report(shop.store)
    raw = sqlite3.connect(shop.path)
    expected = raw.execute(BASELINE_EXPECTED_SQL, {"sid": shop.session_id}).fetchone()[0]
    if D(expected) / 100 != report.pen.expected:
        raise AssertionError(f"expected cash differs: raw S/ {D(expected) / 100} vs app S/ {report.pen.expected}")
    figures, base = interleaved(
        lambda: cash.x_report(shop.store),
        lambda: raw.execute(BASELINE_EXPECTED_SQL, {"sid": shop.session_id}).fetchone(),
        plan.repeat,
    )
    raw.close()
    rows = [
        Row(
            "x_report",
            f"session figures (X report), {report.sales:,} sales, {report.refunds} refunds",
            "ms",
            figures,
            base,
            "one raw SQL sum of the expected cash",
        )
    ]
    copies = []
    for i in range(plan.closes):
        copy = folder / f"close{i}" / "shop.db"
        copy.parent.mkdir()
        source, target = sqlite3.connect(shop.path), sqlite3.connect(copy)
        source.backup(target)
        source.close()
        target.close()
        copies.append(copy)
    closes, bare = [], []
    for i, copy in enumerate(copies):
        copy_store = open_store(datagen.sqlite_url(copy), migrate=False)
        cash.current_session(copy_store)  # the till has it open: connection and statements warm
        closes.append(
            clock(
                lambda s=copy_store: _check_closed(
                    cash.close_session(s, {D("100"): 1}, {}, "bench", user_id=shop.user_id)
                )
            )
        )
        copy_store.dispose()
        bare.append(clock(lambda c=copy, i=i: _bare_close(c, folder / f"bare{i}.db", shop.session_id)))
    rows.append(
        Row(
            "close",
            f"closing a {report.sales:,}-sale session (figures, count, journal, commit, backup copy)",
            "ms",
            closes,
            bare,
            "raw SQL expected cash + commit + verified sqlite3 backup",
            "max",
            250.0,
            "budget: the close-session issue's 'well under a second'",
        )
    )
    return rows


def _check_closed(report: SessionReport) -> None:
    if not report.backup_path or report.backup_error:
        raise AssertionError(f"closing made no backup: {report.backup_error}")


def _bare_close(path: Path, target: Path, session_id: str) -> None:
    connection = datagen.connect_like_the_app(path)
    try:
        connection.execute("BEGIN IMMEDIATE")
        expected = connection.execute(BASELINE_EXPECTED_SQL, {"sid": session_id}).fetchone()[0]
        connection.execute(
            "UPDATE cash_sessions SET closed_at = ?, counted_pen_cents = ? WHERE id = ?",
            (datagen.db_time(datetime.now()), expected, session_id),
        )
        connection.execute("COMMIT")
    finally:
        connection.close()
    _raw_backup(path, target)


def measure_backup(shop: SessionShop, plan: Plan, folder: Path) -> list[Row]:
    target = folder / "copies"
    target.mkdir()
    counter = iter(range(10**6))

    def app() -> None:
        backup.backup(shop.store, target / f"app{next(counter)}.db")

    def bare() -> None:
        _raw_backup(shop.path, target / f"bare{next(counter)}.db")

    runs, base = interleaved(app, bare, plan.backup_repeat)
    size = shop.path.stat().st_size / 1e6
    return [
        Row(
            "backup",
            f"backup of the session shop ({size:.0f} MB), checked",
            "ms",
            runs,
            base,
            "sqlite3 backup API + integrity_check",
            "ratio",
            1.5,
        )
    ]


def measure_concurrency(growing: GrowingShop, plan: Plan, folder: Path, sales: int) -> list[Row]:
    """A sale at a second till while verify, a backup, a report and an import run (``bench/concurrency.py``)."""
    copy = folder / "concurrent.db"
    source, target = sqlite3.connect(growing.path), sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    outcomes = concurrency.measure(
        copy,
        folder / "concurrency",
        growing.codes,
        (growing.first, growing.last),
        import_rows=plan.concurrent_import_rows,
        at_least=plan.concurrent_seconds,
    )
    alone, during = outcomes[0], outcomes[1:]
    rows = []
    for outcome in during:
        waits = outcome.waits or [0.0]
        failed = f"; {len(outcome.failures)} failed, e.g. {outcome.failures[0]}" if outcome.failures else ""
        rows.append(
            Row(
                f"sale_during_{outcome.window.key}",
                f"a sale at another till during {outcome.window.label}, {sales:,} past sales",
                "ms",
                waits,
                alone.waits,
                "the same till selling alone",
                "worst",
                concurrency.WORST_WAIT_MS,
                f"{len(outcome.waits)} sales, the slowest {max(waits):,.0f} ms{failed}",
                len(outcome.failures),
            )
        )
    return rows


# -- the growing shop -----------------------------------------------------------------------------


@dataclass
class ScalePoint:
    scale: float
    sales: int
    sale_ms: float
    sale_baseline_ms: float
    day_ms: float
    day_sales: int
    shares_ms: float
    shares_entries: int
    annual_ms: float
    bestsellers_ms: float
    bestsellers_baseline_ms: float

    @property
    def sale_ratio(self) -> float:
        return self.sale_ms / self.sale_baseline_ms

    @property
    def bestsellers_ratio(self) -> float:
        return self.bestsellers_ms / self.bestsellers_baseline_ms


class GrowingShop:
    def __init__(self, folder: Path, plan: Plan) -> None:
        self.path = folder / "growing.db"
        self.plan = plan
        facts = datagen.create_shop(self.path, items=plan.items, seed=3)
        self.user_id = facts.user_id
        self.first, self.last = datagen.year_window()
        self.sales = 0
        self.day = self.first + timedelta(days=182)
        self.codes = _sale_codes(self.path)
        self.bestsellers = _sale_codes(self.path, bestsellers=True)
        self.base_seq = 0

    def grow_to(self, sales: int) -> float:
        started = time.perf_counter()
        with datagen.SalesWriter(self.path, seed=11) as writer:
            writer.add_history(sales - self.sales, self.first, self.last)
        self.sales = sales
        return time.perf_counter() - started

    def store(self) -> Store:
        return open_store(datagen.sqlite_url(self.path))

    # -- a sale ---------------------------------------------------------------------------------

    def measure_sale(self, store: Store, codes: Sequence[str]) -> tuple[list[float], list[float]]:
        if cash.current_session(store) is None:
            cash.open_session(store, {D("20"): 5}, user_id=self.user_id)
        session_id = cash.current_session(store).id.hex  # type: ignore[union-attr]
        request = sale_request(codes, self.user_id, store)
        writer = datagen.SalesWriter(self.path, seed=13, bulk=False)
        picked = [(next(i for i in writer.items if i.id == int(c[2:])), 1) for c in codes]
        connection = writer.connection
        connection.execute("INSERT OR IGNORE INTO receipt_series (code, next_number) VALUES ('BASE', 1)")
        repeat = self.plan.sale_repeat
        prepared = []
        for _ in range(repeat + 3):
            self.base_seq += 1
            number = f"BASE-{self.base_seq:06d}"
            prepared.append(
                (number, *writer.sale_rows(picked, "cash", datetime.now(), number, self.base_seq, session_id, "BASE"))
            )
        rows_iter = iter(prepared)

        def bare() -> None:
            number, rows, payload = next(rows_iter)
            at = datetime.now().replace(microsecond=0)
            connection.execute("BEGIN IMMEDIATE")
            seq, prev = connection.execute("SELECT seq, hash FROM journal_head WHERE id = 1").fetchone()
            text = journal.dump_payload(payload)
            digest = journal.entry_hash(prev, journal.canonical(seq + 1, at, writer.actor, "sale", number, text))
            rows.insert(connection)
            connection.execute(
                "INSERT INTO journal (seq, created_at, actor, kind, ref, payload, prev_hash, hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (seq + 1, datagen.db_time(at), writer.actor, "sale", number, text, prev, digest),
            )
            connection.execute("UPDATE journal_head SET seq = ?, hash = ? WHERE id = 1", (seq + 1, digest))
            connection.execute("UPDATE receipt_series SET next_number = next_number + 1 WHERE code = 'BASE'")
            connection.execute("COMMIT")

        try:
            app, base = interleaved(lambda: record_sale(store, request), bare, repeat, warmup=3)
        finally:
            writer.close()
        return app, base

    # -- reports --------------------------------------------------------------------------------

    def measure_reports(self, store: Store, repeat: int) -> dict[str, tuple[list[float], list[float], int]]:
        raw = sqlite3.connect(self.path)
        day_low = datagen.db_time(datetime.combine(self.day, datetime.min.time()))
        day_high = datagen.db_time(datetime.combine(self.day + timedelta(days=1), datetime.min.time()))
        year_low = datagen.db_time(datetime.combine(self.first, datetime.min.time()))
        year_high = datagen.db_time(datetime.combine(self.last + timedelta(days=1), datetime.min.time()))
        day_sales = raw.execute(
            "SELECT count(*) FROM sales WHERE created_at >= ? AND created_at < ?", (day_low, day_high)
        ).fetchone()[0]
        entries = raw.execute(
            "SELECT count(*) FROM share_entries WHERE created_at >= ? AND created_at < ?", (year_low, year_high)
        ).fetchone()[0]
        bare_day = (
            "SELECT kind, count(*), sum(subtotal_cents), sum(total_cents), sum(rounding_cents) FROM sales"
            " WHERE created_at >= ? AND created_at < ? GROUP BY kind"
        )
        bare_shares = (
            "SELECT maker_id, sum(amount_cents) FROM share_entries"
            " WHERE created_at >= ? AND created_at < ? GROUP BY maker_id"
        )
        out = {
            "day": (
                *interleaved(
                    lambda: reports.day_report(store, self.day),
                    lambda: raw.execute(bare_day, (day_low, day_high)).fetchall(),
                    repeat,
                ),
                day_sales,
            ),
            "shares": (
                *interleaved(
                    lambda: shares.share_balances(store, self.first, self.last),
                    lambda: raw.execute(bare_shares, (year_low, year_high)).fetchall(),
                    repeat,
                ),
                entries,
            ),
            "annual": (
                *interleaved(
                    lambda: (
                        shares.maker_overview(store, self.first, self.last),
                        payout_history.funder_totals(store, self.last.year),
                    ),
                    lambda: raw.execute(bare_shares, (year_low, year_high)).fetchall(),
                    repeat,
                ),
                entries,
            ),
        }
        raw.close()
        return out

    def measure_periods(self, store: Store, repeat: int) -> list[dict[str, float]]:
        """The shares report over longer and longer periods ending with the year: cost per entry."""
        raw = sqlite3.connect(self.path)
        points = []
        for days in (1, 7, 30, 91, 365):
            start = self.last - timedelta(days=days - 1)
            low = datagen.db_time(datetime.combine(start, datetime.min.time()))
            high = datagen.db_time(datetime.combine(self.last + timedelta(days=1), datetime.min.time()))
            entries = raw.execute(
                "SELECT count(*) FROM share_entries WHERE created_at >= ? AND created_at < ?", (low, high)
            ).fetchone()[0]
            runs, _ = interleaved(lambda s=start: shares.share_balances(store, s, self.last), None, repeat)
            day_runs = []
            if days == 1:
                day_runs, _ = interleaved(lambda: reports.day_report(store, self.last), None, repeat)
            points.append(
                {
                    "days": days,
                    "entries": entries,
                    "shares_ms": statistics.median(runs),
                    **({"day_report_ms": statistics.median(day_runs)} if day_runs else {}),
                }
            )
        raw.close()
        return points


def compile_app() -> None:
    """Byte-compile the app's package into its ``__pycache__`` folders, as installing it does.

    The baseline's libraries (PySide6, SQLAlchemy) were byte-compiled when pip
    installed them, and so is the app once installed (pip, or the PyInstaller
    bundle). A checkout is not: with ``PYTHONDONTWRITEBYTECODE`` set, which
    some machines do, every start of the app would compile its own modules
    from source, a cost no installed till pays. That variable only stops
    Python from writing ``.pyc`` files, not from reading them.
    """
    compileall.compile_dir(
        Path(mamakilla_pos.__file__).parent, quiet=1, invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP
    )


def measure_start(path: Path, user_id: int, repeat: int) -> tuple[list[float], list[float], list[float], list[float]]:
    """Wall time from launching a process to its READY line: the app's, the baseline's and the
    baseline's with SQLAlchemy loaded first; the app's resident memory in MB."""

    def launch(script: str, *args: str) -> tuple[float, float]:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, str(HERE / script), str(path), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = (time.perf_counter() - started) * 1000
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if not line.startswith("READY"):
            error = process.stderr.read() if process.stderr else ""
            raise AssertionError(f"{script} did not reach READY: {line!r}\n{error[-3000:]}")
        return elapsed, int(line.split()[1]) / 1024

    compile_app()
    launch("start_bare.py")  # warm the file cache for both
    launch("start_app.py", str(user_id))
    launch("start_bare_data_first.py")
    app: list[float] = []
    memory: list[float] = []
    baselines: dict[str, list[float]] = {"start_bare.py": [], "start_bare_data_first.py": []}
    for i in range(repeat):
        runs = [("start_app.py", str(user_id)), ("start_bare.py",), ("start_bare_data_first.py",)]
        for args in runs if i % 2 == 0 else reversed(runs):
            elapsed, rss = launch(*args)
            if args[0] == "start_app.py":
                app.append(elapsed)
                memory.append(rss)
            else:
                baselines[args[0]].append(elapsed)
    return app, baselines["start_bare.py"], memory, baselines["start_bare_data_first.py"]


# -- the run --------------------------------------------------------------------------------------


def nearest(scales: Sequence[float], target: float) -> float:
    return min(scales, key=lambda s: (abs(s - target), -s))


def run(plan: Plan, folder: Path) -> dict[str, object]:
    from bench.bench_photos import measure_search_with_photos, measure_start_with_photos

    started = time.perf_counter()
    rows: list[Row] = []
    log(f"session shop: {plan.items:,} items, {plan.session_sales:,} sales in one session …")
    t = time.perf_counter()
    shop = build_session_shop(folder, plan)
    log(f"  built in {time.perf_counter() - t:.1f} s")
    for name, measure in (
        ("receipt", lambda: measure_receipt(shop, plan)),
        ("thermal receipt", lambda: measure_thermal(shop, plan)),
        ("search", lambda: measure_search(shop, plan)),
        ("search with photos", lambda: measure_search_with_photos(shop.store, shop.path, plan.repeat)),
        ("payout slip", lambda: measure_slip(shop, plan)),
        ("close", lambda: measure_close(shop, plan, folder)),
        ("backup", lambda: measure_backup(shop, plan, folder)),
    ):
        log(f"  measuring {name} …")
        rows += measure()
    shop.store.dispose()
    from bench.pin_cost import pin_rows

    log("PIN checks and what guessing a PIN costs …")
    rows += pin_rows(folder, max(3, plan.repeat // 3))
    from bench.bench_import import measure_imports

    rows += measure_imports(folder, plan.items, plan.import_rows, plan.import_repeat)

    growing = GrowingShop(folder, plan)
    scaling: list[ScalePoint] = []
    periods: list[dict[str, float]] = []
    budget_sale = nearest(plan.scales, 1.0)
    budget_reports = nearest(plan.scales, REPORT_SALES / FULL_SALES)
    for scale in plan.scales:
        target = max(10, round(FULL_SALES * scale))
        log(f"growing shop: {target:,} past sales (scale {scale:g}) …")
        log(f"  generated in {growing.grow_to(target):.1f} s")
        if scale == budget_sale:
            log("  measuring start and memory …")
            app, bare, memory, bare_data_first = measure_start(growing.path, growing.user_id, plan.start_repeat)
            rows.append(
                Row(
                    "start",
                    f"start to a usable sale screen ({plan.items:,} items, {target:,} sales)",
                    "ms",
                    app,
                    bare,
                    "PySide6 + SQLAlchemy, items in one QTableView",
                    "ratio",
                    1.3,
                    "whole process: launch to catalogue shown and scan field focused;"
                    " the app's package byte-compiled first, as an installed till is",
                )
            )
            rows.append(
                Row(
                    "start_data_first",
                    "the same start, against a baseline that loads SQLAlchemy before PySide6 (the app's order)",
                    "ms",
                    app,
                    bare_data_first,
                    "the same baseline, SQLAlchemy first",
                    "",
                    0.0,
                    "the app loads its data layer before Qt; DESIGN.md's baseline imports PySide6 first",
                )
            )
            rows.append(
                Row(
                    "memory",
                    f"resident memory at the sale screen ({plan.items:,} items, {target:,} sales)",
                    "MB",
                    memory,
                    [],
                    "",
                    "max",
                    250.0,
                )
            )
            rows += measure_start_with_photos(
                growing.path,
                growing.user_id,
                plan.start_repeat,
                measure_start,
                f"{plan.items:,} items, {target:,} sales",
            )
            log("  measuring verify …")
            app, bare, read = verify_bench.measure(growing.path, plan.verify_repeat)
            rows.append(
                Row(
                    "verify",
                    f"verify of {target:,} sales (chain, every row against the journal, rules, master data)",
                    "ms",
                    app,
                    bare,
                    f"the same {read:,} rows read with raw sqlite3",
                    "ratio",
                    5.0,
                )
            )
        store = growing.store()
        try:
            log("  measuring a sale …")
            sale, sale_base = growing.measure_sale(store, growing.codes)
            hot, hot_base = growing.measure_sale(store, growing.bestsellers)
            log("  measuring reports …")
            report = growing.measure_reports(store, plan.report_repeat)
            if scale == max(plan.scales):
                log("  measuring reports over periods …")
                periods = growing.measure_periods(store, plan.report_repeat)
        finally:
            store.dispose()
        point = ScalePoint(
            scale,
            target,
            statistics.median(sale),
            statistics.median(sale_base),
            statistics.median(report["day"][0]),
            report["day"][2],
            statistics.median(report["shares"][0]),
            report["shares"][2],
            statistics.median(report["annual"][0]),
            statistics.median(hot),
            statistics.median(hot_base),
        )
        scaling.append(point)
        if scale == budget_sale:
            log("  measuring sales at another till during verify, a backup, a report, an import …")
            rows += measure_concurrency(growing, plan, folder, target)
        if scale == budget_sale:
            rows.append(
                Row(
                    "sale",
                    f"3-line cash sale with {target:,} past sales",
                    "ms",
                    sale,
                    sale_base,
                    "same rows, raw sqlite3, one transaction, same pragmas",
                    "ratio",
                    3.0,
                    "three ordinary items",
                )
            )
            rows.append(
                Row(
                    "sale_bestsellers",
                    f"the same sale of three best-selling items ({target:,} past sales)",
                    "ms",
                    hot,
                    hot_base,
                    "same rows, raw sqlite3 (no stock check)",
                    "",
                    0.0,
                    "stock checked over each item's thousands of movements",
                )
            )
        if scale == budget_reports:
            allowance = max(1.0, target / REPORT_SALES)
            note = "" if allowance == 1 else f"budget scaled ×{allowance:g}: measured at {target:,} sales"
            labels = {
                "day": (f"day report ({report['day'][2]} sales that day; {target:,} in the year)", "raw SQL totals"),
                "shares": (f"shares report over a year ({target:,} sales)", "raw SQL sum per maker"),
                "annual": (f"shares overview + payouts of the year ({target:,} sales)", "raw SQL sum per maker"),
            }
            for key, (label, base_label) in labels.items():
                rows.append(
                    Row(
                        key,
                        label,
                        "ms",
                        report[key][0],
                        report[key][1],
                        base_label,
                        "max",
                        150.0 * allowance,
                        note,
                    )
                )
    order = [
        "start",
        "start_data_first",
        "memory",
        "start_photos",
        "photos_shown",
        "memory_photos",
        "sale",
        "sale_bestsellers",
        "verify",
        "receipt",
        "thermal_receipt",
        "search",
        "search_photos",
        "day",
        "shares",
        "annual",
    ]
    order += ["close", "x_report", "payout_slip", "backup", "import_products", "import_sales"]
    order += ["pin_check", "pin_guess_4", "pin_guess_6"]
    order += [f"sale_during_{key}" for key in ("verify", "backup", "report", "import")]
    rows.sort(key=lambda r: order.index(r.key) if r.key in order else len(order))
    checks = scaling_checks(scaling, periods)
    return {
        "when": datetime.now().isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "plan": asdict(plan),
        "rows": [r.as_json() for r in rows],
        "scaling": [
            {**asdict(p), "sale_ratio": p.sale_ratio, "bestsellers_ratio": p.bestsellers_ratio} for p in scaling
        ],
        "periods": periods,
        "scaling_checks": checks,
        "passed": all(r.passed is not False for r in rows) and all(c["passed"] for c in checks),
        "elapsed_s": time.perf_counter() - started,
        "_rows": rows,
    }


def scaling_checks(points: list[ScalePoint], periods: list[dict[str, float]]) -> list[dict[str, object]]:
    """A sale must not grow with history; a report at most linearly with the data it covers."""
    checks: list[dict[str, object]] = []
    if len(points) >= 2:
        ratios = [p.sale_ratio for p in points]
        growth = max(ratios) / min(ratios)
        checks.append(
            {
                "what": "sale cost (ratio to its baseline) does not grow with history",
                "value": f"ratio {min(ratios):.2f}–{max(ratios):.2f}×"
                f" over {points[0].sales:,}–{points[-1].sales:,} sales",
                "passed": growth <= 1.5,
            }
        )
        for key, label, count in (
            ("day_ms", "day report", "day_sales"),
            ("shares_ms", "shares report (year)", "shares_entries"),
        ):
            worst = 0.0
            for a, b in itertools.pairwise(points):
                data = max(getattr(b, count), 1) / max(getattr(a, count), 1)
                cost = max(getattr(b, key), 2.0) / max(getattr(a, key), 2.0)  # below 2 ms: noise and fixed costs
                worst = max(worst, cost / max(data, 1.0))
            checks.append(
                {
                    "what": f"{label} grows at most linearly with the sales it covers",
                    "value": f"worst cost growth / data growth between scales: {worst:.2f}",
                    "passed": worst <= 1.5,
                }
            )
    if len(periods) >= 2:
        worst = 0.0
        for a, b in itertools.pairwise(periods):
            data = max(b["entries"], 1) / max(a["entries"], 1)
            cost = max(b["shares_ms"], 2.0) / max(a["shares_ms"], 2.0)
            worst = max(worst, cost / max(data, 1.0))
        checks.append(
            {
                "what": "shares report grows at most linearly with its period (1 day … 1 year)",
                "value": f"worst cost growth / entries growth: {worst:.2f}",
                "passed": worst <= 1.5,
            }
        )
    return checks


# -- output ---------------------------------------------------------------------------------------


def _num(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:,.0f}" if value >= 100 else f"{value:.1f}" if value >= 10 else f"{value:.2f}"
    return f"{text} {unit}".strip()


def table(result: dict[str, object]) -> str:
    rows: list[Row] = result["_rows"]  # type: ignore[assignment]
    out = io.StringIO()
    head = ("measurement", "median", "spread", "baseline", "ratio", "budget", "result")
    lines = []
    for r in rows:
        verdict = {True: "PASS", False: "FAIL", None: "info"}[r.passed]
        lines.append(
            (
                r.label,
                _num(r.median, r.unit),
                "±" + _num(r.spread / 2, r.unit),
                _num(r.baseline_median, r.unit),
                f"{r.ratio:.2f}×" if r.ratio is not None else "—",
                r.budget_text,
                verdict,
            )
        )
    widths = [max(len(x[i]) for x in [head, *lines]) for i in range(len(head))]
    fmt = "  ".join(f"{{:<{w}}}" if i == 0 else f"{{:>{w}}}" for i, w in enumerate(widths))
    print(fmt.format(*head), file=out)
    print(fmt.format(*("-" * w for w in widths)), file=out)
    for line in lines:
        print(fmt.format(*line), file=out)
    print("\nbaselines:", file=out)
    for r in rows:
        if r.baseline_label:
            print(f"  {r.key:12} {r.baseline_label}", file=out)
    notes = [r for r in rows if r.note]
    if notes:
        print("\nnotes:", file=out)
        for r in notes:
            print(f"  {r.key:12} {r.note}", file=out)
    scaling = result["scaling"]
    if scaling:
        print("\nscaling (growing shop; each cost is a median):", file=out)
        head2 = ("scale", "past sales", "sale", "ratio", "bestsellers", "ratio", "day report", "sales/day")
        head2 += ("shares year", "entries", "overview")
        lines2 = [
            (
                f"{p['scale']:g}×",
                f"{p['sales']:,}",
                _num(p["sale_ms"], "ms"),
                f"{p['sale_ratio']:.2f}×",
                _num(p["bestsellers_ms"], "ms"),
                f"{p['bestsellers_ratio']:.2f}×",
                _num(p["day_ms"], "ms"),
                f"{p['day_sales']:,}",
                _num(p["shares_ms"], "ms"),
                f"{p['shares_entries']:,}",
                _num(p["annual_ms"], "ms"),
            )
            for p in scaling  # type: ignore[union-attr]
        ]
        widths2 = [max(len(x[i]) for x in [head2, *lines2]) for i in range(len(head2))]
        fmt2 = "  ".join(f"{{:>{w}}}" for w in widths2)
        print(fmt2.format(*head2), file=out)
        for line in lines2:
            print(fmt2.format(*line), file=out)
    periods = result["periods"]
    if periods:
        print("\nshares report by period (largest scale):", file=out)
        for p in periods:  # type: ignore[union-attr]
            extra = f"   (day report {_num(p['day_report_ms'], 'ms')})" if "day_report_ms" in p else ""
            print(
                f"  {p['days']:>4} days  {p['entries']:>9,} entries  {_num(p['shares_ms'], 'ms'):>9}{extra}", file=out
            )
    for check in result["scaling_checks"]:  # type: ignore[union-attr]
        print(f"{'PASS' if check['passed'] else 'FAIL'}  {check['what']}: {check['value']}", file=out)
    print(
        f"\n{'ALL BUDGETS MET' if result['passed'] else 'SOME BUDGETS MISSED'} in {result['elapsed_s']:.0f} s", file=out
    )
    return out.getvalue()


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a smoke test, not a verdict)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the results as JSON")
    parser.add_argument(
        "--scales",
        type=lambda text: [float(s) for s in text.split(",") if s.strip()],
        default=[0.01, 0.1, 0.5, 1.0, 5.0],
        help="past sales as fractions of 200,000 (default 0.01,0.1,0.5,1,5: up to 1,000,000 sales)",
    )
    parser.add_argument("--items", type=int, default=20_000, help="items in the catalogue (default 20,000)")
    parser.add_argument("--session-sales", type=int, default=1_000, help="sales in the cash session to close")
    parser.add_argument("--slip-entries", type=int, default=2_000, help="share entries on the payout slip")
    parser.add_argument(
        "--import-rows", type=int, help="rows of each imported file (default 100,000; 5,000 with --quick)"
    )
    parser.add_argument("--keep", type=Path, metavar="DIR", help="build the shops in DIR and keep them")
    parser.add_argument("--check", action="store_true", help="exit 1 when a budget is missed")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    plan = Plan.make(args)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix="mk-bench-", dir=args.keep))
    else:
        folder = Path(tempfile.mkdtemp(prefix="mk-bench-"))
    # The app keeps settings (window geometry) in QSettings: keep the bench's apart.
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    try:
        result = run(plan, folder)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print(table(result))
    if args.json:
        data = {k: v for k, v in result.items() if not k.startswith("_")}
        args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if args.check and not result["passed"] else 0


if __name__ == "__main__":
    sys.exit(main())
