"""The migration that keeps each document's header finds, for earlier documents, the texts of their day.

Sales and refunds are made while the shop's texts change; the revision is
then taken off and put back, as an older database meets this program:
each document must point at the texts that were in force when it was made.
Runs on SQLite by default and on PostgreSQL with ``MAMAKILLA_TEST_PG`` set.
"""

from __future__ import annotations

from decimal import Decimal

from alembic import command
from sqlalchemy import inspect, text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import history, settings
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.headers import header_id
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.store.migrate import alembic_config, upgrade

REVISION = "20261207_1717"


def _sell(store) -> str:
    return record_sale(
        store, SaleRequest((LineRequest("PUR001"),), (Tender("card", Decimal("22.55")),), user_id=SYSTEM_ID)
    ).number


def _downgrade_before(store, revision: str) -> None:
    config = alembic_config()
    down = f"{revision}-1"
    with store.engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        raw = connection.connection.driver_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")  # as store.migrate.upgrade does, outside the transaction
        with connection.begin():
            config.attributes["connection"] = connection
            command.downgrade(config, down)
        if sqlite:
            raw.execute("PRAGMA foreign_keys=ON")


def _headers(store) -> dict[str, tuple[str, str]]:
    with store.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT s.number, h.shop_name, h.shop_ruc FROM sales s"
                " JOIN document_headers h ON h.id = s.header_id ORDER BY s.seq"
            )
        )
        return {number: (name, ruc) for number, name, ruc in rows}


def test_earlier_documents_get_the_texts_of_their_day(shop):
    store = shop.store
    first = _sell(store)
    settings.update_settings(store, shop_ruc="20601234567", user_id=SYSTEM_ID)
    second = _sell(store)
    settings.update_settings(store, usd_rate=Decimal("3.75"), user_id=SYSTEM_ID)  # not a text: no new header
    settings.update_settings(store, shop_name="Taller Mama Killa", user_id=SYSTEM_ID)
    line = history.get_sale(store, first).lines[0]
    back = refund(store, RefundRequest(first, (RefundLine(line.id, 1),), "card", user_id=SYSTEM_ID)).number
    third = _sell(store)
    expected = {
        first: ("Mama Killa", ""),
        second: ("Mama Killa", "20601234567"),
        back: ("Taller Mama Killa", "20601234567"),
        third: ("Taller Mama Killa", "20601234567"),
    }
    assert _headers(store) == expected

    _downgrade_before(store, REVISION)
    assert "header_id" not in {c["name"] for c in inspect(store.engine).get_columns("sales")}
    upgrade(store.engine)
    assert _headers(store) == expected
    with store.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT id, shop_name, shop_address, shop_ruc, receipt_header, receipt_footer, catalogue_url"
                " FROM document_headers"
            )
        ).all()
    assert len(rows) == 3
    assert all(row[0] == header_id(*row[1:]) for row in rows)


def test_a_shop_without_documents_migrates(store):
    _downgrade_before(store, REVISION)
    upgrade(store.engine)
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM document_headers")).scalar_one() == 1
