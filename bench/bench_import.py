"""Imports of many rows (DESIGN.md §8: ≤ 5 × the same rows inserted with raw ``sqlite3``).

A shop of the bench's catalogue is built once (``bench/datagen.py``). Each
measurement imports a CSV into a fresh copy of it, through
:func:`mamakilla_pos.services.importing.import_products` or ``import_sales``
(reading and checking the file, the catalogue read twice, the rows written
in one transaction, the journal chained): the command's whole work, in this
process.

The baseline inserts *the same rows*: every row the first import added to
every table (read back from its copy, journal entries with their hashes
included) and the rows it updated (journal head, receipt series), inserted
into another fresh copy with raw ``sqlite3`` ``executemany``, in one
``BEGIN IMMEDIATE`` … ``COMMIT``, with the app's connection settings (WAL,
``synchronous=FULL``, foreign keys). Runs of the two alternate.
"""

from __future__ import annotations

import csv
import random
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

from bench import datagen
from bench.run import Row, clock, log
from mamakilla_pos.services import importing
from mamakilla_pos.store import models, open_store
from mamakilla_pos.store.base import Base

PRODUCT_HEADER = ("code", "product", "category", "price", "makers", "quantity", "location")
SALE_HEADER = ("receipt", "datetime", "code", "quantity", "unit_price", "discount", "payment", "refund_of")
UPDATED = ("journal_head", "receipt_series")  # rows an import changes in place


def write_products(path: Path, count: int, makers: list[str], seed: int = 21) -> Path:
    """``count`` product rows: two items (makers) per new product, one in ten without a code, one maker
    in twenty new, some at a new fair stand."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(PRODUCT_HEADER)
        for i in range(count):
            kind = datagen.KINDS[(i // 2) % len(datagen.KINDS)]
            name = f"{kind} {datagen.CRAFTS[(i // 2) % len(datagen.CRAFTS)]} importado {i // 2:06d}"
            first = rng.choice(makers) if rng.random() > 0.05 else f"Nueva Artesana {rng.randrange(50):02d}"
            made = first
            if rng.random() < 0.2:
                second = rng.choice([m for m in makers[:8] if m != first])
                made = f"{first}:2;{second}:1"
            code = "" if rng.random() < 0.1 else f"IMP{i:06d}"
            price = datagen.PRICES[(i // 2) % len(datagen.PRICES)]
            location = rng.choice(("", "", "", "taller", "Feria San Blas"))
            out.writerow((code, name, datagen.CATEGORIES[kind], f"{price}", made, rng.randrange(10), location))
    return path


def write_sales(path: Path, count: int, codes: list[str], seed: int = 23) -> Path:
    """``count`` sale rows of paper receipts of 1–3 lines over a year, with some prices and discounts
    written by hand and one receipt in a hundred a refund of an earlier one."""
    rng = random.Random(seed)
    first_day, _ = datagen.year_window()
    methods = ("cash", "cash", "yape", "card", "usd", "plin", "transfer")
    written = 0
    sold: list[tuple[str, str]] = []
    n = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(SALE_HEADER)
        while written < count:
            n += 1
            at = datetime.combine(first_day, time(9)) + timedelta(minutes=5 * n)
            if sold and rng.random() < 0.01:
                receipt, code = rng.choice(sold)
                out.writerow((f"D-{n:07d}", at.isoformat(), code, 1, "", "", "cash", receipt))
                sold.remove((receipt, code))
                written += 1
                continue
            method = rng.choice(methods)
            for code in rng.sample(codes, min(count - written, rng.choice((1, 1, 2, 3)))):
                price = "" if rng.random() < 0.8 else f"{rng.randrange(10, 90)}.00"
                discount = "" if rng.random() < 0.85 else "1.50"
                units = rng.choice((1, 1, 1, 2))
                out.writerow((f"P-{n:07d}", at.isoformat(), code, units, price, discount, method, ""))
                sold.append((f"P-{n:07d}", code))
                written += 1
    return path


@dataclass
class Captured:
    """The rows an import added (per table, in insertion order) and the small rows it changed."""

    added: dict[str, tuple[list[str], list[tuple[object, ...]]]]
    changed: dict[str, tuple[list[str], list[tuple[object, ...]]]]

    @property
    def rows(self) -> int:
        return sum(len(rows) for _, rows in self.added.values()) + sum(len(r) for _, r in self.changed.values())


def capture(before: Path, after: Path) -> Captured:
    """Every row in ``after`` past the last row of ``before`` (by rowid), and the changed rows of :data:`UPDATED`."""
    old, new = sqlite3.connect(before), sqlite3.connect(after)
    try:
        tables = [r[0] for r in new.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        added, changed = {}, {}
        for table in tables:
            if table.startswith("sqlite_") or table == "alembic_version":
                continue
            columns = [r[1] for r in new.execute(f'PRAGMA table_info("{table}")')]
            quoted = ", ".join(f'"{c}"' for c in columns)
            if table in UPDATED:
                rows = new.execute(f'SELECT {quoted} FROM "{table}"').fetchall()
                if rows != old.execute(f'SELECT {quoted} FROM "{table}"').fetchall():
                    changed[table] = (columns, rows)
                continue
            last = old.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]
            rows = new.execute(f'SELECT {quoted} FROM "{table}" WHERE rowid > ? ORDER BY rowid', (last,)).fetchall()
            if rows:
                added[table] = (columns, rows)
        return Captured(added, changed)
    finally:
        old.close()
        new.close()


def raw_insert(path: Path, captured: Captured) -> None:
    """The baseline: the same rows, ``executemany`` per table (referenced tables first), one transaction,
    the app's pragmas."""
    models.load()
    order = [t.name for t in Base.metadata.sorted_tables]
    connection = datagen.connect_like_the_app(path)
    try:
        connection.execute("BEGIN IMMEDIATE")
        for table, (columns, rows) in sorted(captured.added.items(), key=lambda t: order.index(t[0])):
            marks = ", ".join("?" for _ in columns)
            names = ", ".join(f'"{c}"' for c in columns)
            connection.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
        for table, (columns, rows) in captured.changed.items():
            marks = ", ".join("?" for _ in columns)
            names = ", ".join(f'"{c}"' for c in columns)
            connection.executemany(f'INSERT OR REPLACE INTO "{table}" ({names}) VALUES ({marks})', rows)
        connection.execute("COMMIT")
    finally:
        connection.close()


def _copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def _measure(
    folder: Path, shop: Path, csv_file: Path, importer: Callable[..., object], repeat: int, key: str
) -> tuple[list[float], list[float], Captured]:
    """Import into a fresh copy, then insert the same rows into another, ``repeat`` times."""
    app: list[float] = []
    bare: list[float] = []
    captured: Captured | None = None
    for i in range(repeat):
        target = _copy(shop, folder / f"{key}-app{i}.db")
        store = open_store(datagen.sqlite_url(target))
        try:
            app.append(clock(lambda store=store: importer(store, csv_file)))
        finally:
            store.dispose()
        if captured is None:
            captured = capture(shop, target)
        base = _copy(shop, folder / f"{key}-bare{i}.db")
        bare.append(clock(lambda base=base, rows=captured: raw_insert(base, rows)))
        for path in (target, base):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    assert captured is not None
    return app, bare, captured


def measure_imports(folder: Path, items: int, rows: int, repeat: int) -> list[Row]:
    """The two import rows of the table: products and paper sales."""
    shop = folder / "import-shop.db"
    log(f"import shop: {items:,} items …")
    datagen.create_shop(shop, items=items, seed=5)
    connection = sqlite3.connect(shop)
    makers = [r[0] for r in connection.execute("SELECT name FROM makers ORDER BY id")]
    codes = [r[0] for r in connection.execute("SELECT code FROM items ORDER BY id")]
    connection.close()
    products = write_products(folder / "productos.csv", rows, makers)
    sales = write_sales(folder / "ventas.csv", rows, codes)
    out = []
    for key, path, importer, label in (
        ("import_products", products, importing.import_products, "product rows"),
        ("import_sales", sales, importing.import_sales, "paper sales rows"),
    ):
        log(f"  measuring import of {rows:,} {label} …")
        app, bare, captured = _measure(folder, shop, path, importer, repeat, key)
        tables = ", ".join(f"{t} {len(r):,}" for t, (_, r) in captured.added.items())
        out.append(
            Row(
                key,
                f"import {rows:,} {label} (CSV) into a shop of {items:,} items",
                "ms",
                app,
                bare,
                "the same rows, raw sqlite3 executemany, one transaction, the app's pragmas",
                "ratio",
                5.0,
                f"{captured.rows:,} rows written: {tables}",
            )
        )
    return out
