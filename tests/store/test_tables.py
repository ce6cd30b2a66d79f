"""The plain tables the till reads as it starts agree with the models they shadow."""

from __future__ import annotations

import pytest
from sqlalchemy import TableClause

from mamakilla_pos.store import models, tables
from mamakilla_pos.store.base import Base

PLAIN_TABLES = [value for value in vars(tables).values() if isinstance(value, TableClause)]


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
