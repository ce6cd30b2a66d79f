"""Column types that keep money exact in every database.

Money is stored as whole céntimos in an integer column, so neither SQLite
(which would keep ``NUMERIC`` as a binary float) nor any SQL aggregate ever
sees a float. Rates (share rate, dollar rate) are stored as decimal text.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, SQLColumnExpression, String, func
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from ..domain.money import CENT, ZERO, quantize


class Money(TypeDecorator[Decimal]):
    """A ``Decimal`` amount kept as integer céntimos (column names end in ``_cents``)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        amount = Decimal(value)
        if amount != quantize(amount):
            raise ValueError(f"money has at most two decimals: {value!r}")
        return int(amount / CENT)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) * CENT).quantize(CENT)


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal (a rate such as 0.45 or 3.7250) kept as text."""

    impl = String(24)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else str(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


def money_sum(column: SQLColumnExpression[Any]) -> ColumnElement[Decimal]:
    """``SUM(column)`` of a money column read back as a Decimal, zero over no rows."""
    return func.coalesce(func.sum(column, type_=Money()), ZERO)
