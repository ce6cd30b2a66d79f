"""Every document the services write is named by a UUIDv7: the id it keeps on the shop server (DESIGN.md §9)."""

from __future__ import annotations

import uuid

from sqlalchemy import text

TABLES = ("sales", "sale_lines", "payments", "share_entries", "stock_movements", "payouts", "cash_movements")


def test_every_document_row_of_every_kind_has_a_version_7_id(full_books):
    with full_books.store.engine.connect() as connection:
        for table in (*TABLES, "cash_sessions"):
            ids = [uuid.UUID(str(value)) for value in connection.execute(text(f"SELECT id FROM {table}")).scalars()]
            assert ids, table
            assert {i.version for i in ids} == {7}, table


def test_a_sale_made_later_has_a_later_id(full_books):
    with full_books.store.engine.connect() as connection:
        rows = connection.execute(text("SELECT id FROM sales WHERE source = 'till' ORDER BY created_at, number"))
        ids = [uuid.UUID(str(value)) for value in rows.scalars()]
    assert len(ids) >= 2
    assert ids == sorted(ids)
