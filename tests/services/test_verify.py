"""verify(): a clean database passes; every change made behind the app's back is reported.

Each test tampers with one thing through plain SQL and expects a problem
naming the altered record (a receipt number, or a movement's id).
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.domain.pricing import Discount, DiscountKind
from mamakilla_pos.services import history, payouts, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store.models import Item, StockMovement

D = Decimal
SALE = "B001-000001"  # bags, purse, keyring; card
CASE_SALE = "B001-000002"  # one pencil case (Luz), cash
REFUND = "B001-000003"  # one bag of SALE


@pytest.fixture
def books(shop, probe):
    store = shop.store
    record_sale(
        store,
        SaleRequest(
            (
                LineRequest("BAG001", 2, Discount(DiscountKind.PERCENT, D("10"))),
                LineRequest("PUR001"),
                LineRequest("KEY001", 3),
            ),
            (Tender("card", D("113.41")),),
            order_discount=Discount(DiscountKind.AMOUNT, D("5.14")),
            user_id=SYSTEM_ID,
        ),
    )
    record_sale(store, SaleRequest((LineRequest("CAS001"),), (Tender("cash", D("50")),), user_id=SYSTEM_ID))
    bag = history.get_sale(store, SALE).lines[0]
    refund(store, RefundRequest(SALE, (RefundLine(bag.id, 1),), method="card", user_id=SYSTEM_ID))
    stock.adjust(store, "PUR001", -1, "taller", "damaged", user_id=SYSTEM_ID)
    rosa = probe.makers()["Rosa Quispe"]
    assert payouts.pay_maker(store, rosa, date.today(), "yape", reference="op-1", user_id=SYSTEM_ID) is not None
    assert verify(store) == []
    return store


def tamper(store, sql: str, **params: object) -> None:
    with store.engine.begin() as conn:
        done = conn.execute(text(sql), params)
        assert done.rowcount >= 1, "the tampering statement changed nothing"


def assert_named(problems: list[str], name: str) -> None:
    assert problems, "verify() found nothing"
    assert any(name in p for p in problems), problems


SALE_ID = "(SELECT id FROM sales WHERE number = :n)"


def test_a_clean_database_passes(store):
    assert verify(store) == []


def test_the_books_pass(books):
    assert verify(books) == []


def test_a_changed_sale_total_is_found(books):
    tamper(books, f"UPDATE sales SET total_cents = total_cents - 100 WHERE id = {SALE_ID}", n=SALE)
    assert_named(verify(books), SALE)


def test_a_changed_line_net_is_found(books):
    tamper(books, f"UPDATE sale_lines SET net_cents = net_cents - 1 WHERE sale_id = {SALE_ID} AND position = 2", n=SALE)
    assert_named(verify(books), SALE)


def test_a_consistent_change_of_line_and_total_is_still_found(books):
    # lowering a line net and the sale total together keeps "lines add up to the total" true
    tamper(
        books, f"UPDATE sale_lines SET net_cents = net_cents - 100 WHERE sale_id = {SALE_ID} AND position = 3", n=SALE
    )
    tamper(
        books,
        "UPDATE sale_lines SET order_discount_cents = order_discount_cents + 100"
        f" WHERE sale_id = {SALE_ID} AND position = 3",
        n=SALE,
    )
    tamper(
        books,
        "UPDATE sales SET total_cents = total_cents - 100, amount_due_cents = amount_due_cents - 100"
        f" WHERE id = {SALE_ID}",
        n=SALE,
    )
    assert_named(verify(books), SALE)


def test_a_changed_share_entry_is_found(books):
    tamper(
        books,
        "UPDATE share_entries SET amount_cents = amount_cents + 1 WHERE id ="
        f" (SELECT id FROM share_entries WHERE sale_id = {SALE_ID} ORDER BY amount_cents DESC LIMIT 1)",
        n=SALE,
    )
    assert_named(verify(books), SALE)


def test_a_changed_reversal_is_found(books):
    tamper(
        books,
        "UPDATE share_entries SET amount_cents = amount_cents - 1 WHERE id ="
        f" (SELECT id FROM share_entries WHERE sale_id = {SALE_ID} ORDER BY amount_cents LIMIT 1)",
        n=REFUND,
    )
    assert_named(verify(books), REFUND)


def test_a_deleted_share_entry_is_found(books):
    tamper(
        books,
        "DELETE FROM share_entries WHERE sale_line_id ="
        f" (SELECT id FROM sale_lines WHERE sale_id = {SALE_ID} AND position = 1)",
        n=CASE_SALE,
    )
    assert_named(verify(books), CASE_SALE)


def test_a_changed_payment_is_found(books):
    tamper(
        books, f"UPDATE payments SET applied_pen_cents = applied_pen_cents + 10 WHERE sale_id = {SALE_ID}", n=CASE_SALE
    )
    assert_named(verify(books), CASE_SALE)


def _movement_id(store, kind: str, code: str) -> str:
    with store.session() as session:
        item_id = session.execute(select(Item.id).where(Item.code == code)).scalar_one()
        return str(
            session.execute(
                select(StockMovement.id).where(StockMovement.kind == kind, StockMovement.item_id == item_id)
            ).scalar_one()
        )


@pytest.mark.parametrize("kind", ["production", "adjustment"])
def test_a_changed_stock_movement_is_found(books, kind):
    movement = _movement_id(books, kind, "PUR001")
    tamper(
        books,
        "UPDATE stock_movements SET quantity = quantity + 5 WHERE kind = :k"
        " AND item_id = (SELECT id FROM items WHERE code = 'PUR001')",
        k=kind,
    )
    assert_named(verify(books), movement[:8])


def test_a_changed_sale_movement_is_found(books):
    tamper(
        books,
        "UPDATE stock_movements SET quantity = -1 WHERE kind = 'sale' AND sale_id ="
        f" {SALE_ID} AND item_id = (SELECT id FROM items WHERE code = 'BAG001')",
        n=SALE,
    )
    assert_named(verify(books), SALE)


def test_a_deleted_production_movement_is_found(books):
    movement = _movement_id(books, "production", "CAS001")
    tamper(
        books,
        "DELETE FROM stock_movements WHERE kind = 'production'"
        " AND item_id = (SELECT id FROM items WHERE code = 'CAS001')",
    )
    assert_named(verify(books), movement[:8])


def _delete_document(store, number: str) -> None:
    """Remove a sale or refund with all its rows, children first."""
    with store.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                for table in ("share_entries", "stock_movements", "payments", "sale_lines"):
                    conn.execute(text(f"DELETE FROM {table} WHERE sale_id = {SALE_ID}"), {"n": number})
                assert conn.execute(text("DELETE FROM sales WHERE number = :n"), {"n": number}).rowcount == 1
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


@pytest.mark.parametrize("number", [CASE_SALE, REFUND])
def test_a_deleted_document_is_found(books, number):
    _delete_document(books, number)
    problems = verify(books)
    assert_named(problems, number)
    if number == CASE_SALE:  # a number in the middle of the series also leaves a gap
        assert any("B001" in p and "2" in p and "faltan" in p for p in problems), problems


def test_an_edited_journal_payload_is_found(books):
    with books.engine.connect() as conn:
        payload = conn.execute(
            text("SELECT payload FROM journal WHERE ref = :n AND kind = 'sale'"), {"n": SALE}
        ).scalar_one()
    assert '"total":"113.41"' in payload
    tamper(
        books,
        'UPDATE journal SET payload = REPLACE(payload, \'"total":"113.41"\', \'"total":"103.41"\')'
        " WHERE ref = :n AND kind = 'sale'",
        n=SALE,
    )
    problems = verify(books)
    assert_named(problems, SALE)
    assert any("diario" in p for p in problems), problems


def test_a_deleted_journal_entry_is_found(books):
    tamper(books, "DELETE FROM journal WHERE ref = :n AND kind = 'sale'", n=CASE_SALE)
    problems = verify(books)
    assert_named(problems, CASE_SALE)  # the sale is no longer in the journal
    assert any("diario" in p for p in problems), problems


def test_a_changed_payout_is_found(books):
    tamper(books, "UPDATE payouts SET amount_cents = amount_cents + 100 WHERE number = 'P-000001'")
    assert_named(verify(books), "P-000001")


def test_a_fake_payout_inserted_with_sql_is_found(books):
    with books.engine.connect() as conn:
        maker_id = conn.execute(text("SELECT id FROM makers WHERE name = 'Luz Mamani'")).scalar_one()
        columns = conn.execute(text("SELECT * FROM payouts WHERE number = 'P-000001'")).mappings().one()
    fake = dict(columns)
    fake.update(id=uuid.uuid4().hex, number="P-000999", maker_id=maker_id, amount_cents=5000)
    names = ", ".join(fake)
    values = ", ".join(f":{k}" for k in fake)
    tamper(books, f"INSERT INTO payouts ({names}) VALUES ({values})", **fake)
    assert_named(verify(books), "P-000999")
