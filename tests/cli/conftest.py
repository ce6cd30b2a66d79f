"""Helpers for the command-line tests: run ``mamakilla-pos`` in-process or as a real process."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from mamakilla_pos.cli import main

ON_PG = bool(os.environ.get("MAMAKILLA_TEST_PG"))

PRODUCT_HEADER = ("code", "product", "category", "price", "makers", "quantity", "location")
SALE_HEADER = ("receipt", "datetime", "code", "quantity", "unit_price", "discount", "payment", "refund_of")


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    """A UTF-8 CSV file with ``header`` and ``rows`` (cells written as given)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
    return path


class Cli:
    """Runs the command line against one test database."""

    def __init__(self, url: str, capsys: pytest.CaptureFixture[str], cwd: Path) -> None:
        self.url = url
        self.capsys = capsys
        self.cwd = cwd

    def __call__(self, *args: object, db: bool = True) -> Result:
        """In-process ``mamakilla_pos.cli.main``; a usage error's ``SystemExit`` becomes the code."""
        argv = [str(a) for a in args]
        if db:
            argv = ["--db", self.url, *argv]
        self.capsys.readouterr()
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        captured = self.capsys.readouterr()
        assert "Traceback" not in captured.err, captured.err
        return Result(code, captured.out, captured.err)

    def ok(self, *args: object) -> Result:
        result = self(*args)
        assert result.code == 0, f"exit {result.code}: {result.err}"
        return result

    def proc(self, *args: object, db: bool = True, env: dict[str, str] | None = None) -> Result:
        """``python -m mamakilla_pos.cli`` in a real process."""
        argv = [str(a) for a in args]
        if db:
            argv = ["--db", self.url, *argv]
        done = subprocess.run(
            [sys.executable, "-m", "mamakilla_pos.cli", *argv],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=self.cwd,
            env={**os.environ, **(env or {})},
            timeout=300,
            check=False,
        )
        assert "Traceback" not in done.stderr, done.stderr
        return Result(done.returncode, done.stdout, done.stderr)

    def write_products(self, name: str, rows: Iterable[Sequence[object]]) -> Path:
        return write_csv(self.cwd / name, PRODUCT_HEADER, rows)

    def write_sales(self, name: str, rows: Iterable[Sequence[object]]) -> Path:
        return write_csv(self.cwd / name, SALE_HEADER, rows)

    def row_counts(self) -> dict[str, int]:
        engine = create_engine(self.url)
        try:
            with engine.connect() as conn:
                tables = sorted(t for t in inspect(conn).get_table_names() if t != "alembic_version")
                return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in tables}
        finally:
            engine.dispose()

    def snapshot(self) -> tuple[object, object, dict[str, int]]:
        """Everything an import could change: stock, shares and the row count of every table."""
        stock = self.ok("stock", "--json").json()
        shares = self.ok("report", "shares", "--from", "2000-01-01", "--to", "2099-12-31", "--json").json()
        return stock, shares, self.row_counts()

    def sql(self, statement: str, **params: object) -> None:
        """Raw SQL behind the app's back (sqlite3 on the file, or the PostgreSQL server)."""
        if self.url.startswith("sqlite"):
            import sqlite3

            from mamakilla_pos.store.engine import sqlite_path

            path = sqlite_path(self.url)
            assert path is not None
            connection = sqlite3.connect(path)
            try:
                connection.execute(statement, params)
                connection.commit()
            finally:
                connection.close()
        else:
            engine = create_engine(self.url)
            try:
                with engine.begin() as conn:
                    conn.execute(text(statement), params)
            finally:
                engine.dispose()

    def scalar(self, statement: str) -> object:
        engine = create_engine(self.url)
        try:
            with engine.connect() as conn:
                return conn.execute(text(statement)).scalar_one()
        finally:
            engine.dispose()


@pytest.fixture
def cli(db_url, capsys, tmp_path) -> Cli:
    return Cli(db_url, capsys, tmp_path)
