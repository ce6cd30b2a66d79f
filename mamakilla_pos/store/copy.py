"""Copying a shop's rows from a till's SQLite file into a PostgreSQL database, column for column.

Both databases are at the same schema revision. Each table is read with
the SQLite driver itself, its values as stored (UUIDs as 32 hex digits,
times as ``YYYY-MM-DD HH:MM:SS.ffffff``, booleans as 0/1, money as whole
céntimos), and written with PostgreSQL's ``COPY … FROM STDIN`` (psycopg 3),
which reads those same texts into its own types: no value passes through a
Python ``Decimal``, ``datetime`` or ``UUID`` on the way. Each integer key's
sequence is then moved past the largest key copied, so the next row the
server adds gets a new one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Integer, Table, text
from sqlalchemy.engine import Connection

from . import models
from .base import Base

BATCH = 10_000


def shop_tables(skip: Iterable[str] = ()) -> list[Table]:
    """The shop's tables, parents first (``alembic_version`` is no table of the models)."""
    models.load()
    left_out = set(skip)
    return [table for table in Base.metadata.sorted_tables if table.name not in left_out]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def empty_tables(target: Connection, tables: list[Table]) -> None:
    """Remove every row of ``tables`` in the PostgreSQL ``target``, keys restarted."""
    names = ", ".join(_quoted(t.name) for t in tables)
    target.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


def copy_rows(source: Connection, target: Connection, tables: list[Table]) -> dict[str, int]:
    """``COPY`` every row of ``tables`` from the SQLite ``source`` into the PostgreSQL ``target``.

    Both connections are inside their transactions; returns the rows copied by table.
    """
    reader: Any = source.connection.driver_connection
    writer: Any = target.connection.driver_connection
    counts: dict[str, int] = {}
    with writer.cursor() as cursor:
        for table in tables:
            columns = ", ".join(_quoted(c.name) for c in table.columns)
            rows = reader.execute(f"SELECT {columns} FROM {_quoted(table.name)}")
            copied = 0
            with cursor.copy(f"COPY {_quoted(table.name)} ({columns}) FROM STDIN") as copy:
                while batch := rows.fetchmany(BATCH):
                    for row in batch:
                        copy.write_row(row)
                    copied += len(batch)
            counts[table.name] = copied
    move_sequences(target, tables)
    return counts


def move_sequences(target: Connection, tables: list[Table]) -> None:
    """Each integer key's sequence in ``target`` set past the largest key its table holds."""
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        sequence = target.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"), {"table": table.name, "column": keys[0].name}
        ).scalar()
        if sequence is None:
            continue
        column, name = _quoted(keys[0].name), _quoted(table.name)
        target.execute(
            text(f"SELECT setval(:sequence, COALESCE(MAX({column}), 0) + 1, false) FROM {name}"),
            {"sequence": sequence},
        )
