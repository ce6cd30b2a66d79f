"""The declarative base shared by every model."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, MetaData, Uuid
from sqlalchemy.orm import DeclarativeBase

from .types import Money

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base class: ``Decimal`` columns are money in céntimos, ids of documents are UUIDs."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012
        Decimal: Money(),
        datetime: DateTime(),
        date: Date(),
        uuid.UUID: Uuid(),
    }
