"""The benchmark's data generator writes what the till writes: ``verify`` finds nothing wrong.

``bench/datagen.py`` fills shops with hundreds of thousands of sales through
plain ``sqlite3`` inserts; these tests run it on a few hundred and check the
result with the app's own integrity check and against ``record_sale``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from bench import datagen
from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import cash, history, payouts, verify
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.store import open_store
from mamakilla_pos.store.images import layout

D = Decimal


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.db"
    facts = datagen.create_shop(path, items=300, makers=8, stock=20)
    return path, facts


def _store(path):
    return open_store(datagen.sqlite_url(path))


def test_a_generated_year_and_session_pass_verify(shop):
    path, facts = shop
    first, last = datagen.year_window()
    with datagen.SalesWriter(path) as writer:
        writer.add_history(250, first, last)
        writer.add_history(60, first, last, maker_id=1, max_lines=1)
    # Grown again, as the benchmark grows its shop: numbers and journal go on.
    with datagen.SalesWriter(path) as writer:
        writer.add_history(150, first, last)
    store = _store(path)
    try:
        info = cash.open_session(store, {D("20"): 5}, user_id=facts.user_id)
    finally:
        store.dispose()
    with datagen.SalesWriter(path) as writer:
        writer.add_session_sales(40, info.id.hex, datetime.now().replace(microsecond=0))
    store = _store(path)
    try:
        assert verify.verify(store) == []
        report = cash.x_report(store)
        assert report.sales == 40
        # The app reads the generated rows like its own: a sale, a payout over them, the checks again.
        number = datagen.SERIES + "-000010"
        assert history.get_sale(store, number).total > 0
        paid = payouts.pay_maker(store, 1, date.today() - timedelta(days=1), "transfer", "OP-1", user_id=facts.user_id)
        assert paid is not None and paid.entries >= 60
        assert verify.verify(store) == []
    finally:
        store.dispose()


def test_generated_rows_are_the_rows_record_sale_writes(shop):
    """Same items, same cash: every amount the till stores, the generator stores too."""
    path, facts = shop
    store = _store(path)
    try:
        cash.open_session(store, {D("20"): 5}, user_id=facts.user_id)
        codes = ["MK000003", "MK000007", "MK000012"]
        with datagen.SalesWriter(path, bulk=False) as writer:
            picked = [
                (next(i for i in writer.items if i.id == int(c[2:])), q) for c, q in zip(codes, (1, 2, 3), strict=True)
            ]
            rows, payload = writer.sale_rows(picked, "cash", datetime(2026, 1, 5, 10), "X-1", 1, None)
        total = sum(item.price * q for item, q in picked)
        due = D(rows.sales[0][15]) / 100
        note = D(rows.payments[0][4]) / 100
        assert note >= due
        request = SaleRequest(
            lines=tuple(LineRequest(c, q) for c, q in zip(codes, (1, 2, 3), strict=True)),
            tenders=(Tender("cash", note),),
            user_id=facts.user_id,
        )
        result = record_sale(store, request)
        assert result.total == D(total) / 100
        sale = history.get_sale(store, result.number)
    finally:
        store.dispose()

    def cents(value: Decimal) -> int:
        return int(value * 100)

    sale_row = rows.sales[0]
    assert (cents(sale.subtotal), cents(sale.total), cents(sale.rounding), cents(sale.amount_due)) == (
        sale_row[10],
        sale_row[13],
        sale_row[14],
        sale_row[15],
    )
    assert (cents(sale.tendered), cents(sale.change)) == (sale_row[16], sale_row[17])
    assert [(ln.quantity, cents(ln.unit_price), cents(ln.net), cents(ln.share)) for ln in sale.lines] == [
        (r[5], r[6], r[10], r[12]) for r in rows.lines
    ]
    assert [(p.method, p.currency, cents(p.amount), cents(p.applied_pen)) for p in sale.payments] == [
        (r[2], r[3], r[4], r[7]) for r in rows.payments
    ]
    recorded = payload["rows"]
    assert recorded["share_entries"] == rows.shares != []
    quantity = datagen.COLUMNS["stock_movements"].index("quantity")
    assert [m[quantity] for m in recorded["stock_movements"]] == [-1, -2, -3]


def test_photos_on_every_product_are_stored_and_journaled_as_the_app_does(shop):
    from mamakilla_pos.services import photos

    path, _facts = shop
    assert datagen.add_photos(path) == 150
    assert datagen.add_photos(path) == 0  # every product has one already
    store = _store(path)
    try:
        assert photos.owners_with_photos(store) == set(range(1, 151))
        tiles = photos.main_tiles(store, [1, 2])
        assert set(tiles) == {1, 2} and all(t.startswith(b"\xff\xd8") for t in tiles.values())
        assert verify.verify(store) == []
    finally:
        store.dispose()


def test_the_generator_writes_every_column_the_journal_images():
    for table, columns in datagen.COLUMNS.items():
        assert columns == list(layout(table).columns), table
