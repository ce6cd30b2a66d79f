"""Writing many rows at once, for the long writers (imports): one ``executemany`` per table.

Rows are plain objects whose attribute names are the model's (``total``,
not ``total_cents``). Each value goes through its column's own conversion
for the database at hand (UUIDs, times, rates), except money: an amount is
turned into whole céntimos directly, without the per-value checks of
:class:`~.types.Money` (the amounts were computed by the domain's exact
rules), which would cost more than the insert itself.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter
from typing import Any

from sqlalchemy import bindparam, insert, inspect, text
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Mapper

from .types import Money


def cents(amount: Decimal) -> int:
    """An amount with at most two decimals as whole céntimos: ``Decimal("12.34")`` → ``1234``."""
    return int(amount.scaleb(2))


@dataclass(frozen=True)
class _Plan:
    """How to insert rows of one model: the statement, and how each parameter is read and converted."""

    sql: str
    names: tuple[str, ...]  # the columns, in parameter order
    attributes: tuple[str, ...]  # the rows' attribute of each column
    defaults: tuple[Any, ...]  # for a row written before its column existed
    converters: tuple[tuple[int, Any], ...]  # (parameter index, conversion) where one is needed
    positional: bool


@functools.cache
def _plan(model: type, dialect: Dialect) -> _Plan:
    table = model.__table__  # type: ignore[attr-defined]
    mapper: Mapper[Any] = inspect(model)
    attribute = {attr.columns[0].key: attr.key for attr in mapper.column_attrs}
    compiled = insert(table).values({name: bindparam(name) for name in attribute}).compile(dialect=dialect)
    names = tuple(compiled.positiontup or ()) if compiled.positional else tuple(attribute)
    converters = []
    defaults = []
    for index, name in enumerate(names):
        column = table.columns[name]
        kind = column.type
        convert = cents if isinstance(kind, Money) else kind.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:
            converters.append((index, convert))
        defaults.append(column.default.arg if column.default is not None and column.default.is_scalar else None)
    return _Plan(
        str(compiled),
        names,
        tuple(attribute[n] for n in names),
        tuple(defaults),
        tuple(converters),
        bool(compiled.positional),
    )


def insert_rows(connection: Connection, model: type, rows: Sequence[Any]) -> None:
    """Insert ``rows`` (objects with the model's attributes) into ``model``'s table, in one executemany.

    A row without some attribute (a column added after the code that made
    the row was written) takes that column's default.
    """
    if rows:
        insert_parameters(connection, model, parameters(connection.dialect, model, rows))


def parameters(dialect: Dialect, model: type, rows: Sequence[Any]) -> list[Any]:
    """The ``executemany`` parameters of ``rows`` for ``model``'s table: worked out before a write lock is taken."""
    plan = _plan(model, dialect)
    read = attrgetter(*plan.attributes)
    params: list[Any] = []
    for row in rows:
        try:
            values = list(read(row))
        except AttributeError:
            values = [getattr(row, a, d) for a, d in zip(plan.attributes, plan.defaults, strict=True)]
        for index, convert in plan.converters:
            values[index] = convert(values[index])
        params.append(tuple(values) if plan.positional else dict(zip(plan.names, values, strict=True)))
    return params


def insert_parameters(connection: Connection, model: type, params: Sequence[Any]) -> None:
    """Insert rows given as :func:`parameters` made them."""
    if not params:
        return
    plan = _plan(model, connection.dialect)
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(plan.sql, params)
    finally:
        cursor.close()


def reserve_ids(connection: Connection, model: type, count: int) -> list[int]:
    """``count`` new integer ids for ``model``'s table, to insert rows with (inside the writing transaction).

    SQLite hands out the next ids after the largest (the writer holds the
    lock); PostgreSQL takes them from the table's sequence, so rows added
    later by the usual ``INSERT`` never collide with them.
    """
    if count <= 0:
        return []
    table = model.__table__  # type: ignore[attr-defined]
    name = table.name
    if connection.dialect.name == "postgresql":
        rows = connection.execute(
            text(f"SELECT nextval(pg_get_serial_sequence('{name}', 'id')) FROM generate_series(1, :n)"), {"n": count}
        )
        return [int(r[0]) for r in rows]
    largest = connection.execute(text(f'SELECT coalesce(max(id), 0) FROM "{name}"')).scalar_one()
    return list(range(int(largest) + 1, int(largest) + 1 + count))


def stage_parameters(connection: Connection, model: type, params: Sequence[Any], token: str) -> str:
    """Put rows given as :func:`parameters` made them into a SQLite ``TEMP`` table, without the write lock.

    A connection writes its own temporary tables without locking the
    database, so a long writer fills them first; inside its transaction it
    then copies them in with one ``INSERT … SELECT`` (:func:`insert_staged`),
    which holds the lock for a fraction of the time the rows would take one
    by one. Returns the name of the table; ``token`` keeps it apart from
    another writer's on the same connection.
    """
    if not connection.in_transaction():
        connection.begin()  # a plain (deferred) transaction: the connection may write, its temporary tables only
    plan = _plan(model, connection.dialect)
    table = model.__table__.name  # type: ignore[attr-defined]
    staged = f"staged_{table}_{token}"
    columns = ", ".join(f'"{name}"' for name in plan.names)
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(f'CREATE TEMP TABLE "{staged}" AS SELECT {columns} FROM main."{table}" WHERE 0')
        marks = ", ".join("?" for _ in plan.names)
        cursor.executemany(f'INSERT INTO temp."{staged}" ({columns}) VALUES ({marks})', params)
    finally:
        cursor.close()
    return staged


def insert_staged(connection: Connection, model: type, staged: str) -> None:
    """Copy a table :func:`stage_parameters` filled on this connection into ``model``'s table (inside the
    caller's transaction)."""
    plan = _plan(model, connection.dialect)
    table = model.__table__.name  # type: ignore[attr-defined]
    columns = ", ".join(f'"{name}"' for name in plan.names)
    connection.exec_driver_sql(f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM temp."{staged}"')
