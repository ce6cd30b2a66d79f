"""Importing products and paper sales from CSV or XLSX (DESIGN.md §7).

An import is all or nothing: every row is checked first and every bad row is
reported with its line number; only a file without errors is written, in a
single transaction.

The checking happens before the writing transaction starts, so a till goes
on selling while a long file is read and checked; the writing transaction
checks again what the file depends on (another till may have changed it
meanwhile) and writes every table with one statement, so it holds the
database only for a moment (:mod:`.import_products`, :mod:`.import_sales`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from ..store import Store
from . import import_products as products
from . import import_sales as paper
from .actors import SYSTEM_ID, actor_name_in
from .import_files import ImportFailed, ImportResult, no_cyclic_gc, parse_makers, read_rows

PRODUCT_COLUMNS = products.PRODUCT_COLUMNS
SALE_COLUMNS = paper.SALE_COLUMNS
T = TypeVar("T")


def _parse(
    rows: Iterable[tuple[int, dict[str, str]]], parse: Callable[[int, dict[str, str]], T]
) -> tuple[list[T], list[tuple[int, str]]]:
    """Each row checked on its own: the good ones, and ``(line, reason)`` of the bad ones."""
    good: list[T] = []
    bad: list[tuple[int, str]] = []
    for line, row in rows:
        try:
            good.append(parse(line, row))
        except ValueError as exc:
            bad.append((line, str(exc)))
    return good, bad


def _failed(errors: Iterable[tuple[int, str]]) -> ImportFailed:
    return ImportFailed([f"línea {line}: {reason}" for line, reason in sorted(errors, key=lambda e: e[0])])


def import_products(store: Store, path: Path) -> ImportResult:
    """Create products, items and makers and record the units produced.

    Raises:
        ImportFailed: one or more bad rows; nothing was written.
        UserError: the file cannot be read.
    """
    with no_cyclic_gc():
        return _import_products(store, path)


def _import_products(store: Store, path: Path) -> ImportResult:
    rows, errors = _parse(read_rows(path, PRODUCT_COLUMNS), products.parse_row)
    with store.session() as session:
        mark = products.catalogue_mark_in(session)
        catalogue = products.load_catalogue_in(session)
        ids = products.reserve_in(session.connection(), rows, catalogue) if not errors else {}
        actor = actor_name_in(session, SYSTEM_ID)
    errors += products.check_rows(rows, catalogue)
    if errors:
        raise _failed(errors)
    prepared = products.prepare(rows, catalogue, ids, actor)
    with store.session() as session, session.begin():
        # The catalogue is read again under the write lock only when the journal says it changed meanwhile.
        if products.catalogue_changed_in(session, mark) and (now := products.load_catalogue_in(session)) != catalogue:
            again = products.check_rows(rows, now)  # another till changed the catalogue: check against it now
            if again:
                raise _failed(again)
            prepared = products.prepare(rows, now, products.reserve_in(session.connection(), rows, now), actor)
        products.write_prepared_in(session, prepared)
    store.checkpoint()
    return ImportResult(rows=len(rows), created=prepared.created, units=prepared.units)


def import_sales(store: Store, path: Path) -> ImportResult:
    """Record sales and refunds written on paper, as received (no cash rounding).

    Raises:
        ImportFailed: one or more bad rows; nothing was written.
        UserError: the file cannot be read.
    """
    with no_cyclic_gc():
        return _import_sales(store, path)


def _import_sales(store: Store, path: Path) -> ImportResult:
    rows, errors = _parse(read_rows(path, SALE_COLUMNS), paper.parse_row)
    with store.session() as session:
        books = paper.load_books_in(session, rows)
        till = paper.load_till_in(session)
        actor = actor_name_in(session, SYSTEM_ID)
    receipts, problems = paper.check_rows(rows, books)
    if errors or problems:
        raise _failed(errors + problems)
    prepared = paper.prepare(receipts, books, till, actor)
    paper.image_rows(prepared, store.engine.dialect)  # most of the work, done before the write lock is taken
    with store.session() as session:
        first = paper.next_paper_number_in(session.connection())
    paper.number_ahead(prepared, first, store.engine.dialect)  # and the journal entries, unless numbers move
    if store.engine.dialect.name != "sqlite":
        with store.session() as session, session.begin():
            prepared = _write_sales_in(session, rows, books, till, actor, prepared)
    else:  # the rows go into temporary tables first, so the write lock is held for one copy per table
        with store.engine.connect() as connection:
            try:
                paper.stage_in(prepared, connection)
                connection.commit()
                with store.session(bind=connection) as session, session.begin():
                    prepared = _write_sales_in(session, rows, books, till, actor, prepared)
            finally:
                connection.invalidate()  # its temporary tables go with it, written or not
    store.checkpoint()
    return ImportResult(rows=len(rows), sales=prepared.sales, refunds=prepared.refunds)


def _write_sales_in(
    session: Session,
    rows: list[paper.SaleRow],
    books: paper.Books,
    till: paper.Till,
    actor: str,
    prepared: paper.Prepared,
) -> paper.Prepared:
    """Check again under the write lock what the file depends on, then write what was prepared."""
    now, till_now = paper.load_books_in(session, rows), paper.load_till_in(session)
    if (now, till_now) != (books, till):  # another till sold or refunded meanwhile: check again
        receipts, problems = paper.check_rows(rows, now)
        if problems:
            raise _failed(problems)
        prepared = paper.prepare(receipts, now, till_now, actor)
    paper.write_prepared_in(session, prepared)
    return prepared


__all__ = [
    "PRODUCT_COLUMNS",
    "SALE_COLUMNS",
    "ImportFailed",
    "ImportResult",
    "import_products",
    "import_sales",
    "parse_makers",
    "read_rows",
]
