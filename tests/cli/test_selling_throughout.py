"""A second till sells throughout a restore attempt, verify, backup and a 10,000-row import: it loses and fails nothing.

The till is a real second process (``bench/seller.py``) selling one sale
after another, on SQLite and, with ``MAMAKILLA_TEST_PG``, on PostgreSQL.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, text

from mamakilla_pos.services.backup import IN_USE

IMPORT_ROWS = 10_000


def _products(cli, rows: int):  # type: ignore[no-untyped-def]
    return cli.write_products(
        "productos.csv",
        ((f"IMP{n:05d}", f"Monedero importado {n}", "Monederos", "22.55", "Luz Mamani", "2", "") for n in range(rows)),
    )


def _sale_ids(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return {str(i).replace("-", "") for i in connection.execute(text("SELECT id FROM sales")).scalars()}
    finally:
        engine.dispose()


def _sale_ids_in(path: Path) -> set[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {str(i).replace("-", "") for (i,) in connection.execute("SELECT id FROM sales")}
    finally:
        connection.close()


def _confirmed(sales: list[dict[str, object]]) -> set[str]:
    """The ids of the sales the till confirmed, after checking that none failed."""
    assert [s["error"] for s in sales if s.get("error")] == []
    confirmed = {str(s["id"]) for s in sales}
    assert len(confirmed) == len(sales) >= 3
    return confirmed


def test_a_till_sells_throughout_a_restore_attempt_verify_and_a_backup(cli, shop, seller):
    on_sqlite = cli.url.startswith("sqlite")
    earlier = cli.cwd / "copia-anterior.db"
    if on_sqlite:
        cli.ok("backup", earlier)
    till = seller(cli.url, [shop.bag, shop.purse], "--pause", "0.01")
    till.wait_ready()

    refused = cli("restore", earlier)
    assert refused.code == 1 and len(refused.err_lines) == 1, refused.err
    if on_sqlite:
        assert IN_USE in refused.err
        assert not list(cli.cwd.rglob("*antes-de-restaurar*"))

    assert "íntegra" in cli.ok("verify").out

    during = cli.cwd / "copia-durante.db"
    backup_started = time.monotonic()
    made = cli("backup", during)
    if on_sqlite:
        assert made.code == 0, made.err
    else:
        assert made.code == 1 and len(made.err_lines) == 1  # PostgreSQL is backed up with pg_dump

    sales = till.finish()
    assert _confirmed(sales) <= _sale_ids(cli.url)
    if on_sqlite:
        assert {str(s["id"]) for s in sales if s["end"] < backup_started} <= _sale_ids_in(during)
        other = type(cli)(f"sqlite:///{during}", cli.capsys, cli.cwd)
        assert "íntegra" in other.ok("verify").out
    assert "íntegra" in cli.ok("verify").out


def test_a_till_sells_throughout_an_import_of_10000_products(cli, shop, seller):
    till = seller(cli.url, [shop.bag, shop.purse], "--pause", "0.01")
    till.wait_ready()
    imported = cli.ok("import", "products", _products(cli, IMPORT_ROWS))
    assert f"{IMPORT_ROWS} filas" in imported.out
    sales = till.finish()
    assert _confirmed(sales) <= _sale_ids(cli.url)
    assert "íntegra" in cli.ok("verify").out


def _paper_sales(cli, rows: int, code: str):  # type: ignore[no-untyped-def]
    """``rows`` paper receipts of one line each, a few minutes apart over last year's fairs."""
    first = datetime(2025, 3, 1, 9, 0)
    return cli.write_sales(
        "notas.csv",
        (
            (f"P-{n:06d}", (first + timedelta(minutes=7 * n)).isoformat(), code, 1 + n % 3, "", "", "cash", "")
            for n in range(rows)
        ),
    )


def test_a_till_sells_throughout_an_import_of_10000_paper_sales(cli, shop, seller):
    till = seller(cli.url, [shop.bag, shop.purse], "--pause", "0.01")
    till.wait_ready()
    imported = cli.ok("import", "sales", _paper_sales(cli, IMPORT_ROWS, shop.pencil_case))
    assert f"{IMPORT_ROWS} filas" in imported.out
    sales = till.finish()
    stored = _sale_ids(cli.url)
    assert _confirmed(sales) <= stored
    assert cli.scalar("SELECT count(*) FROM sales WHERE number LIKE 'P-%'") == IMPORT_ROWS
    assert len(stored) == IMPORT_ROWS + len(sales)
    assert "íntegra" in cli.ok("verify").out
