"""Master data is journaled by the session hooks: whole rows, by whom, and nothing that did not change."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text, update

from mamakilla_pos.services import auth, catalogue, catalogue_products, journal, settings, setup
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import models, open_store

DATA = Path(__file__).parent / "data"


def _entries(store) -> list[tuple[str, str, str, dict]]:
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT kind, ref, actor, payload FROM journal ORDER BY seq")).all()
    return [(kind, ref, actor, json.loads(payload)) for kind, ref, actor, payload in rows]


def test_a_price_change_journals_the_whole_row_by_whom_just_before_its_entry(shop):
    store = shop.store
    boss = auth.create_user(store, "Carmen Ayma", "coordinator", "246810", by=SYSTEM_ID).id
    product = catalogue.find_item(store, shop.bag)
    product_id = next(p.id for p in catalogue_products.list_products(store) if p.name == product.product_name)
    before = len(_entries(store))
    catalogue_products.set_price(store, product_id, Decimal("49.90"), user_id=boss)
    (rows, price) = _entries(store)[before:]
    assert (rows[0], rows[2], price[0], price[2]) == ("rows", "Carmen Ayma", "price", "Carmen Ayma")
    image = rows[3]["rows"]["products"]
    columns = [column.name for column in models.Product.__table__.columns]
    assert len(image) == 1
    assert len(image[0]) == len(columns)
    row = dict(zip(columns, image[0], strict=True))
    assert row == {
        "id": product_id,
        "name": "Bolso bordado",
        "category_id": row["category_id"],
        "price_cents": 4990,
        "description": "",
        "center_made": 0,
        "active": 1,
    }
    assert verify(store) == []


def test_a_wrong_pin_changes_no_master_data(shop):
    store = shop.store
    user = auth.create_user(store, "Carmen Ayma", "coordinator", "246810", by=SYSTEM_ID)
    before = _entries(store)
    with pytest.raises(UserError):
        auth.login(store, user.id, "000000")
    assert _entries(store) == before  # the failed-PIN counter is volatile: not journaled
    auth.login(store, user.id, "246810")
    assert _entries(store) == before
    assert verify(store) == []


def test_a_pin_hash_is_journaled_as_its_digest(shop):
    user = auth.create_user(shop.store, "Carmen Ayma", "coordinator", "246810", by=SYSTEM_ID)
    with shop.store.engine.connect() as conn:
        stored = conn.execute(text("SELECT pin_hash FROM users WHERE id = :i"), {"i": user.id}).scalar_one()
    dumped = json.dumps(_entries(shop.store))
    assert stored not in dumped and "sha256:" in dumped


def test_a_rolled_back_change_leaves_nothing_to_journal(shop):
    store = shop.store
    with pytest.raises(UserError):
        settings.update_settings(store, share_rate=Decimal("2"), user_id=SYSTEM_ID)
    before = _entries(store)
    setup.ensure_defaults(store)
    assert _entries(store) == before
    assert verify(store) == []


def test_rows_written_with_plain_statements_are_journaled_when_touched(shop):
    store = shop.store
    with store.session() as session, session.begin():
        session.execute(update(models.Maker).where(models.Maker.name == "Luz Mamani").values(phone="984000111"))
        maker_id = session.execute(text("SELECT id FROM makers WHERE name = 'Luz Mamani'")).scalar_one()
        journal.touch_in(session, "makers", [(maker_id,)])
    kind, ref, actor, payload = _entries(store)[-1]
    assert (kind, ref, actor) == ("rows", "makers", "sistema")
    assert "984000111" in payload["rows"]["makers"][0]
    assert verify(store) == []


def test_a_database_from_before_row_images_is_upgraded_and_still_verifies(tmp_path):
    path = tmp_path / "shop.db"
    shutil.copyfile(DATA / "shop-0004.db", path)
    store = open_store(f"sqlite:///{path}")
    try:
        assert verify(store) == []
        kinds = {kind for kind, *_ in _entries(store)}
        assert {"sale", "refund", "payout", "cash_in", "transfer", "stocktake", "day_close"} <= kinds
    finally:
        store.dispose()


@pytest.mark.parametrize(
    ("sql", "name"),
    [
        ("UPDATE sales SET total_cents = total_cents + 100 WHERE number = 'B001-000003'", "B001-000003"),
        (
            "UPDATE sale_lines SET quantity = quantity + 1 WHERE sale_id ="
            " (SELECT id FROM sales WHERE number = 'B001-000005')",
            "B001-000005",
        ),
        (
            "UPDATE payments SET amount_cents = amount_cents + 10 WHERE sale_id ="
            " (SELECT id FROM sales WHERE number = 'B001-000002')",
            "B001-000002",
        ),
        ("UPDATE products SET price_cents = 100 WHERE id = 1", "price_cents"),
        ("UPDATE payouts SET amount_cents = amount_cents - 100 WHERE number = 'P-000001'", "P-000001"),
        ("UPDATE cash_movements SET amount_cents = 99 WHERE reason = 'Almuerzo'", "amount_cents"),
    ],
)
def test_an_upgraded_database_still_finds_raw_edits(tmp_path, sql, name):
    path = tmp_path / "shop.db"
    shutil.copyfile(DATA / "shop-0004.db", path)
    store = open_store(f"sqlite:///{path}")
    try:
        with store.engine.begin() as conn:
            assert conn.execute(text(sql)).rowcount >= 1
        problems = verify(store)
        assert any(name in p for p in problems), problems
    finally:
        store.dispose()
