"""The ``verify`` row of the benchmark: checking a shop against reading it.

DESIGN.md §8: ``verify`` of 200,000 sales ≤ 5 × reading the same rows with
raw ``sqlite3``. The baseline reads, in one read transaction, every row
``verify`` reads: the journal and every journaled table (documents and
master data), each fetched to the end. ``verify`` must find the generated
shop sound; a benchmark of a check that fails would measure nothing.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bench import datagen
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import open_store
from mamakilla_pos.store.images import JOURNALED


def read_raw(path: Path) -> int:
    """Every row ``verify`` reads, read with raw sqlite3; how many."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        connection.execute("BEGIN")
        count = 0
        for table in ("journal", *JOURNALED):
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            cursor.arraysize = 2000
            while batch := cursor.fetchmany():
                count += len(batch)
        connection.execute("COMMIT")
        return count
    finally:
        connection.close()


def verify_once(path: Path) -> None:
    store = open_store(datagen.sqlite_url(path))
    try:
        problems = verify(store)
    finally:
        store.dispose()
    if problems:
        raise AssertionError(f"verify found {len(problems)} problems in the generated shop: {problems[:3]}")


def measure(path: Path, repeat: int) -> tuple[list[float], list[float], int]:
    """``(verify ms, raw read ms, rows read)``, interleaved ``repeat`` times."""
    rows = read_raw(path)  # warm the page cache for both alike
    app: list[float] = []
    bare: list[float] = []
    for i in range(repeat):
        for fn, runs in (
            ((verify_once, app), (read_raw, bare)) if i % 2 == 0 else ((read_raw, bare), (verify_once, app))
        ):
            started = time.perf_counter()
            fn(path)
            runs.append((time.perf_counter() - started) * 1000)
    return app, bare, rows
