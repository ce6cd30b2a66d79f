"""The copies of the schema written for speed agree with the models (``docs/adding-a-column.md``).

The models (``store/models/``) are the schema. These write or read the same
columns without them, and each check here fails when one of them lags:

- ``store/tables.py``: the plain tables the start reads;
- ``services/sales.py``: the rows a sale writes with plain ``INSERT``s (``_Row``);
- ``store/bulk.py``: the rows imports write (``insert_rows``), which would
  otherwise quietly take a column's default;
- ``services/readahead.py``: the catalogue read with plain ``sqlite3`` at start,
  which would otherwise quietly fall back to the ordinary read;
- ``bench/datagen.py``: the rows the benchmark shops are made of.

The migrations are checked against the models in ``test_migrations.py``.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from helpers import sell
from sqlalchemy import TableClause, inspect

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.paths import sqlite_path
from mamakilla_pos.services import (
    catalogue,
    import_products,
    import_rows,
    importing,
    journal_batch,
    readahead,
    sales,
)
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.store import bulk, models, tables
from mamakilla_pos.store.base import Base
from mamakilla_pos.store.migrate import head_revision

ROOT = Path(__file__).resolve().parents[2]
PLAIN_TABLES = [value for value in vars(tables).values() if isinstance(value, TableClause)]


def attributes(model: type) -> set[str]:
    """The model's column attributes (``total``, not ``total_cents``)."""
    return {attr.key for attr in inspect(model).column_attrs}


# -- store/tables.py -----------------------------------------------------------------------------


def test_every_plain_table_is_checked() -> None:
    assert {t.name for t in PLAIN_TABLES} >= {"settings", "users", "roles", "journal", "journal_head", "sales"}


@pytest.mark.parametrize("plain", PLAIN_TABLES, ids=lambda t: t.name)
def test_plain_table_matches_its_model(plain: TableClause) -> None:
    models.load()
    table = Base.metadata.tables[plain.name]
    for column in plain.columns:
        assert column.name in table.columns, f"{plain.name}.{column.name} is not a column of the model"
        model_type = table.columns[column.name].type
        assert type(column.type) is type(model_type), (
            f"{plain.name}.{column.name}: {type(column.type).__name__} here, {type(model_type).__name__} in the model"
        )


def test_models_load_on_first_use() -> None:
    """Asking for a model makes them all: relationships name each other."""
    assert models.Sale.__tablename__ == "sales"
    assert models.loaded()
    assert {"sales", "sale_lines", "payments", "journal", "users"} <= set(Base.metadata.tables)
    with pytest.raises(AttributeError):
        models.NoSuchModel  # noqa: B018


# -- services/sales.py and store/bulk.py: rows written without the ORM ---------------------------


def _recording(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, seen: dict[str, list[set[str]]]) -> None:
    """Wrap ``module.name(connection_or_session, model, rows)`` to keep, per table, each row's attribute names."""
    original: Callable[..., Any] = getattr(module, name)

    def record(where: Any, model: Any, rows: Sequence[Any]) -> Any:
        seen[model.__tablename__] += [set(vars(row)) for row in rows]
        return original(where, model, rows)

    monkeypatch.setattr(module, name, record)


def _differences(seen: dict[str, list[set[str]]]) -> list[str]:
    models.load()
    problems = []
    for table, rows in sorted(seen.items()):
        wanted = attributes(next(m.class_ for m in Base.registry.mappers if m.local_table.name == table))
        for written in rows:
            if written != wanted:
                missing, extra = sorted(wanted - written), sorted(written - wanted)
                problems.append(f"{table}: missing {missing}, not columns {extra}")
                break
    return problems


def test_a_sale_writes_every_column_of_each_row(shop: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, list[set[str]]] = defaultdict(list)
    _recording(monkeypatch, sales, "_insert", seen)
    sell(shop.store, shop.bag, shop.purse, Tender("cash", Decimal("100")))
    assert set(seen) == {"sales", "sale_lines", "share_entries", "payments", "stock_movements"}
    assert _differences(seen) == []


def _writers_of_bulk_rows() -> Iterator[Any]:
    """The modules that call ``store.bulk.insert_rows``."""
    for module in list(sys.modules.values()):
        if (module.__name__ or "").startswith("mamakilla_pos.") and getattr(module, "insert_rows", None) is (
            bulk.insert_rows
        ):
            yield module


def test_imports_write_every_column_of_each_row(shop: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen: dict[str, list[set[str]]] = defaultdict(list)
    writers = list(_writers_of_bulk_rows())
    assert {import_products, import_rows, journal_batch} <= set(writers)
    ready_early = [  # modules that make rows' statement parameters before the write lock
        module
        for module in list(sys.modules.values())
        if (module.__name__ or "").startswith("mamakilla_pos.")
        and module is not bulk
        and getattr(module, "parameters", None) is bulk.parameters
    ]
    for writer in writers:
        _recording(monkeypatch, writer, "insert_rows", seen)
    for writer in ready_early:  # rows whose statements' parameters are made before the write lock
        _recording(monkeypatch, writer, "parameters", seen)
    products = tmp_path / "products.csv"
    products.write_text(
        "code,product,category,price,makers,quantity,location\n"
        "NEW001,Chuspa tejida,Chuspas,18.00,Nilda Choque:2;Rosa Quispe:1,4,feria-nueva\n",
        encoding="utf-8",
    )
    importing.import_products(shop.store, products)
    paper = tmp_path / "sales.csv"
    paper.write_text(
        "receipt,datetime,code,quantity,unit_price,discount,payment,refund_of\n"
        "F-001,2026-11-28T10:15:00,NEW001,2,18.00,1.00,cash,\n"
        "F-002,2026-11-28T11:00:00,NEW001,1,18.00,0,yape,F-001\n",
        encoding="utf-8",
    )
    importing.import_sales(shop.store, paper)
    assert set(seen) == {
        "categories", "products", "items", "item_makers", "makers", "locations", "stock_movements", "journal",
        "sales", "sale_lines", "share_entries", "payments",
    }  # fmt: skip
    assert _differences(seen) == []


# -- services/readahead.py: the catalogue read with plain sqlite3 ---------------------------------


def test_the_catalogue_read_ahead_is_used_and_is_the_catalogue(shop: Any) -> None:
    """A column the read-ahead SQL names no longer there would make it give up quietly, every start."""
    path = sqlite_path(shop.store.url)
    if path is None:
        pytest.skip("read ahead from SQLite files only")
    catalogue.set_item_active(shop.store, shop.bought_in, False, user_id=SYSTEM_ID)
    plain = catalogue.catalogue(shop.store, "taller")
    readahead.start(path)
    assert readahead.take(path, "taller", head_revision()) is not None, "the read-ahead SQL failed"
    readahead.start(path)
    assert catalogue.catalogue(shop.store, "taller") == plain
    assert not readahead._pending, "the read-ahead catalogue was not taken"


# -- bench/datagen.py: the benchmark shops ---------------------------------------------------------


def datagen_inserts() -> list[tuple[str, list[str]]]:
    """``(table, columns)`` of every plain ``INSERT`` of ``bench/datagen.py`` (string pieces joined)."""
    source = (ROOT / "bench" / "datagen.py").read_text(encoding="utf-8")
    joined = re.sub(r'"\s*\n\s*"', "", source)
    return [
        (table, [c.strip() for c in columns.split(",")])
        for table, columns in re.findall(r'"INSERT (?:OR IGNORE )?INTO (\w+) \(([\w, ]+)\)', joined)
    ]


def test_the_bench_generator_writes_every_column() -> None:
    models.load()
    inserts = datagen_inserts()
    assert {t for t, _ in inserts} >= {"sales", "sale_lines", "share_entries", "payments", "stock_movements", "items"}
    problems = [
        f"{table}: missing {sorted(set(Base.metadata.tables[table].columns.keys()) - set(columns))}"
        for table, columns in inserts
        if set(columns) != set(Base.metadata.tables[table].columns.keys())
    ]
    assert problems == []
