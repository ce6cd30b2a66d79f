"""The ``publish`` row: a generated shop copied into an empty PostgreSQL server, against raw ``COPY``.

Run from the checkout, against a PostgreSQL server's maintenance database::

    python -m bench.bench_publish postgresql+psycopg://postgres@127.0.0.1:55432/postgres --sales 200000

The shop is made by ``bench/datagen.py`` (20,000 items, ``--sales`` past
sales over a year). Each round creates two new empty databases: into one
``publish`` copies the shop (schema by the migrations, then every table);
the other gets the same schema first (not timed) and then, timed, the same
rows read with raw ``sqlite3`` and written with psycopg's ``COPY`` in one
transaction: the floor a copy of these rows can reach. The databases are
dropped afterwards.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
from sqlalchemy import create_engine, text

from bench import datagen
from mamakilla_pos.services import server
from mamakilla_pos.store import open_store
from mamakilla_pos.store.copy import shop_tables
from mamakilla_pos.store.engine import make_engine
from mamakilla_pos.store.migrate import upgrade


def _new_database(admin_url: str) -> str:
    name = f"bench_publish_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return admin_url.rsplit("/", 1)[0] + "/" + name


def _drop(admin_url: str, url: str) -> None:
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    admin.dispose()


def raw_copy(path: Path, url: str) -> int:
    """Every shop table read with raw sqlite3 and written with ``COPY``, one transaction; the rows copied."""
    tables = shop_tables(skip=server.LOCAL_ONLY)
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    copied = 0
    try:
        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as target, target.cursor() as cur:
            cur.execute("TRUNCATE " + ", ".join(f'"{t.name}"' for t in tables) + " CASCADE")
            for table in tables:
                columns = ", ".join(f'"{c.name}"' for c in table.columns)
                rows = source.execute(f'SELECT {columns} FROM "{table.name}"')
                with cur.copy(f'COPY "{table.name}" ({columns}) FROM STDIN') as copy:
                    while batch := rows.fetchmany(10_000):
                        for row in batch:
                            copy.write_row(row)
                        copied += len(batch)
    finally:
        source.close()
    return copied


def measure(path: Path, admin_url: str, repeat: int) -> tuple[list[float], list[float], int]:
    """``(publish ms, raw COPY ms, rows)`` over ``repeat`` rounds."""
    app: list[float] = []
    bare: list[float] = []
    rows = 0
    for _ in range(repeat):
        target = _new_database(admin_url)
        floor = _new_database(admin_url)
        try:
            engine = make_engine(floor)
            upgrade(engine)
            engine.dispose()
            started = time.perf_counter()
            rows = raw_copy(path, floor)
            bare.append((time.perf_counter() - started) * 1000)

            copy = path.with_name(f"caja-{uuid.uuid4().hex[:6]}.db")  # publish records its server in the file
            source = sqlite3.connect(path)
            out = sqlite3.connect(copy)
            source.backup(out)
            source.close()
            out.close()
            store = open_store(datagen.sqlite_url(copy))
            try:
                started = time.perf_counter()
                server.publish(store, target)
                app.append((time.perf_counter() - started) * 1000)
            finally:
                store.dispose()
                copy.unlink()
        finally:
            _drop(admin_url, target)
            _drop(admin_url, floor)
    return app, bare, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_publish")
    parser.add_argument("admin_url", help="a PostgreSQL server's maintenance database (postgresql+psycopg://…)")
    parser.add_argument("--sales", type=int, default=200_000)
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-publish-") as folder:
        path = Path(folder) / "shop.db"
        started = time.perf_counter()
        datagen.create_shop(path, items=args.items, seed=3)
        first, last = datagen.year_window()
        with datagen.SalesWriter(path, seed=11) as writer:
            writer.add_history(args.sales, first, last)
        print(f"shop of {args.sales:,} sales generated in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        app, bare, rows = measure(path, args.admin_url, args.repeat)
    ratio = statistics.median(app) / statistics.median(bare)
    print(
        f"publish of a {args.sales:,}-sale shop ({rows:,} rows): median {statistics.median(app):.0f} ms "
        f"(runs {', '.join(f'{r:.0f}' for r in app)}); raw COPY of the same rows: median "
        f"{statistics.median(bare):.0f} ms (runs {', '.join(f'{r:.0f}' for r in bare)}); ratio {ratio:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
