"""Every raw edit behind the app's back is found by plain ``verify``.

Each test changes one thing with plain SQL, leaving the journal alone, and
expects a problem that names what was changed. Master data (prices, makers,
the share rate, users, roles, PINs, locations, items' makers) is checked
against the replay of its journaled images; documents against the images
their entries hold, every column of them.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from mamakilla_pos.services.verify import verify

SALE_OF = "(SELECT id FROM sales WHERE number = :sale)"
USER = "(SELECT id FROM users WHERE name = :who)"

# (what, SQL, words every one of which some problem must contain)
EDITS = {
    "product_price": (
        "UPDATE products SET price_cents = 1000 WHERE name = 'Bolso bordado'",
        ["Bolso bordado", "price"],
    ),
    "maker_name": ("UPDATE makers SET name = 'Rosa Q.' WHERE name = 'Rosa Quispe'", ["Rosa", "name"]),
    "share_rate_setting": ("UPDATE settings SET value = '0.10' WHERE key = 'share_rate'", ["share_rate", "0.10"]),
    "sale_seller": (
        f"UPDATE sales SET seller_id = {USER.replace(':who', ':boss')} WHERE number = :sale",
        ["seller_id"],
    ),
    "sale_time": ("UPDATE sales SET created_at = '2026-01-01 10:00:00.000000' WHERE number = :sale", ["created_at"]),
    "sale_session": ("UPDATE sales SET cash_session_id = NULL WHERE number = :sale", ["cash_session_id"]),
    "sale_location": (
        "UPDATE sales SET location_id = (SELECT id FROM locations WHERE code = 'feria') WHERE number = :sale",
        ["location_id"],
    ),
    "line_price": (f"UPDATE sale_lines SET product_name = 'Otro' WHERE sale_id = {SALE_OF}", ["product_name"]),
    "payment_reference": (f"UPDATE payments SET reference = '0000' WHERE sale_id = {SALE_OF}", ["reference"]),
    "cash_movement_amount": (
        "UPDATE cash_movements SET amount_cents = amount_cents + 1000 WHERE reason = 'Almuerzo'",
        ["amount_cents"],
    ),
    "cash_movement_user": (f"UPDATE cash_movements SET user_id = {USER} WHERE reason = 'sencillo'", ["user_id"]),
    "session_opening_float": (
        "UPDATE cash_sessions SET opening_float_pen_cents = opening_float_pen_cents + 5000",
        ["la caja", "opening_float_pen"],
    ),
    "session_opened_by": (f"UPDATE cash_sessions SET opened_by_id = {USER}", ["opened_by_id"]),
    "payout_maker": (
        "UPDATE payouts SET maker_id = (SELECT id FROM makers WHERE name = 'Ana Huamán') WHERE number = :cash_payout",
        ["maker_id"],
    ),
    "payout_method": ("UPDATE payouts SET method = 'cash' WHERE number = :yape_payout", ["method", "yape"]),
    "payout_reference": ("UPDATE payouts SET reference = '111' WHERE number = :yape_payout", ["reference"]),
    "payout_unsettled": (
        "UPDATE share_entries SET payout_id = NULL"
        " WHERE payout_id = (SELECT id FROM payouts WHERE number = :yape_payout)",
        ["participaciones"],
    ),
    "stock_movement_reason": ("UPDATE stock_movements SET reason = 'gift' WHERE kind = 'adjustment'", ["reason"]),
    "stock_movement_place": (
        "UPDATE stock_movements SET location_id = (SELECT id FROM locations WHERE code = 'taller')"
        " WHERE kind = 'transfer_in'",
        ["location_id"],
    ),
    "user_role": ("UPDATE users SET role = 'coordinator' WHERE name = :who", ["Nélida Ccori", "role"]),
    "user_added": (
        "INSERT INTO users (name, role, pin_hash, active, failed_pins) VALUES ('Intrusa', 'coordinator', 'x', TRUE, 0)",
        ["Intrusa", "no figura en el diario"],
    ),
    "role_permissions": (
        "UPDATE roles SET permissions = permissions || ' payout refund' WHERE code = 'seller'",
        ["seller", "permissions"],
    ),
    "pin_hash_swapped": (
        f"UPDATE users SET pin_hash = (SELECT pin_hash FROM users WHERE id = {USER.replace(':who', ':boss')})"
        " WHERE name = :who",
        ["Nélida Ccori", "pin_hash"],
    ),
    "item_maker_weight": (
        "UPDATE item_makers SET weight = 5 WHERE item_id = (SELECT id FROM items WHERE code = 'BAG001')"
        " AND position = 0",
        ["weight"],
    ),
    "item_product": (
        "UPDATE items SET product_id = (SELECT id FROM products WHERE name = 'Monedero de cuero')"
        " WHERE code = 'BAG001'",
        ["BAG001", "product_id"],
    ),
    "location_name": ("UPDATE locations SET name = 'Otra feria' WHERE code = 'feria'", ["feria", "name"]),
    "category_name": ("UPDATE categories SET name = 'Carteras' WHERE name = 'Bolsos'", ["name"]),
    "setting_removed": ("DELETE FROM settings WHERE key = 'usd_rate'", ["usd_rate", "eliminó"]),
    "printed_header_text": ("UPDATE document_headers SET shop_ruc = '20999999999'", ["encabezado", "cambiados"]),
    "sale_header": ("UPDATE sales SET header_id = NULL WHERE number = :sale", ["header_id"]),
}


def _tamper(books, sql: str) -> None:
    names = {"sale": books.sale, "who": "Nélida Ccori", "boss": "Carmen Ayma"}
    names |= {"cash_payout": books.cash_payout, "yape_payout": books.yape_payout}
    with books.store.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # as someone editing the file with any SQLite tool would
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            done = conn.execute(text(sql), {k: v for k, v in names.items() if f":{k}" in sql})
            assert done.rowcount >= 1, "the edit changed nothing"


def test_the_books_pass(full_books):
    assert verify(full_books.store) == []


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_raw_edit_is_found(full_books, edit):
    sql, words = EDITS[edit]
    _tamper(full_books, sql)
    problems = verify(full_books.store)
    assert any(all(word in problem for word in words) for problem in problems), problems


def test_a_sale_edit_names_the_receipt(full_books):
    _tamper(full_books, EDITS["sale_seller"][0])
    assert any(full_books.sale in p and "seller_id" in p for p in verify(full_books.store))
