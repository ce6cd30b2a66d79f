"""The shop's header and texts kept with each document, so a reprint shows what the original showed.

Each completed sale or refund points at a snapshot (``document_headers``)
of the shop's name, address, RUC, receipt header and footer and catalogue
link as they were when it was completed (DESIGN.md §6, reprints). A
snapshot's id is the SHA-256 of its texts: the same texts are one row,
written once, on any till, and a change of the texts made by any means is
picked up by the next sale. On the sale's path this costs one
``INSERT … ON CONFLICT DO NOTHING`` of a row that is there already.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.engine import Connection, Dialect

from ..store import models
from .settings import ShopSettings

TEXT_FIELDS = ("shop_name", "shop_address", "shop_ruc", "receipt_header", "receipt_footer", "catalogue_url")
"""The settings a document's header is made of, in the order their id is hashed."""


@dataclass(frozen=True)
class HeaderTexts:
    """The shop's header and texts as printed on one document."""

    shop_name: str
    shop_address: str
    shop_ruc: str
    receipt_header: str
    receipt_footer: str
    catalogue_url: str

    @property
    def id(self) -> str:
        return header_id(*(getattr(self, name) for name in TEXT_FIELDS))


def header_id(*texts: str) -> str:
    """The id of a snapshot: SHA-256 (hex) of its texts, in :data:`TEXT_FIELDS` order, as compact JSON."""
    return _hash(texts)


@functools.lru_cache(maxsize=64)
def _hash(texts: tuple[str, ...]) -> str:
    canonical = json.dumps(list(texts), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def texts_of(settings: ShopSettings) -> HeaderTexts:
    """The header texts the settings hold now."""
    return HeaderTexts(*(getattr(settings, name) for name in TEXT_FIELDS))


@functools.cache
def _insert_once(dialect: Dialect) -> tuple[str, tuple[str, ...], tuple[Any, ...], bool]:
    """``(sql, parameter names, bind processors, positional)`` of ``INSERT … ON CONFLICT DO NOTHING``
    of a snapshot, compiled once per database dialect."""
    table = models.DocumentHeader.__table__
    columns = ("id", *TEXT_FIELDS, "created_at")
    values: dict[str, Any] = {name: bindparam(name) for name in columns}
    if dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        statement = postgresql.insert(models.DocumentHeader).values(values)
        compiled = statement.on_conflict_do_nothing(index_elements=["id"]).compile(dialect=dialect)
    else:
        from sqlalchemy.dialects import sqlite

        lite = sqlite.insert(models.DocumentHeader).values(values)
        compiled = lite.on_conflict_do_nothing(index_elements=["id"]).compile(dialect=dialect)
    names = tuple(compiled.positiontup or ()) if compiled.positional else columns
    processors = tuple(table.columns[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names)
    return str(compiled), names, processors, bool(compiled.positional)


@functools.lru_cache(maxsize=8)
def _snapshot(settings: ShopSettings) -> dict[str, str]:
    """The columns of the snapshot of ``settings``' texts, its id included (settings are read per sale)."""
    texts = texts_of(settings)
    return {"id": texts.id, **{name: getattr(texts, name) for name in TEXT_FIELDS}}


def keep_header_in(connection: Connection, settings: ShopSettings, at: datetime) -> str:
    """The id of the snapshot of ``settings``' texts, written now unless it already is.

    Safe when two tills write the same new snapshot at once: the second insert
    does nothing. Handed straight to the driver inside the caller's
    transaction, as the sale's own rows are (DESIGN.md §8).
    """
    values: dict[str, object] = {**_snapshot(settings), "created_at": at}
    sql, names, processors, positional = _insert_once(connection.dialect)
    converted = [
        value if convert is None else convert(value)
        for value, convert in zip((values[n] for n in names), processors, strict=True)
    ]
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, converted if positional else dict(zip(names, converted, strict=True)))
    finally:
        cursor.close()
    return values["id"]  # type: ignore[return-value]
