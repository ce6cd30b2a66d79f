"""The hash-chained journal: one entry per completed document, linked by hashes."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import inspect, select, text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import cash, history, payouts, settings, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.journal import GENESIS, canonical, entry_hash
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store.images import layout
from mamakilla_pos.store.models import JournalEntry, JournalHead

D = Decimal


def entries(store) -> list[JournalEntry]:
    with store.session() as session:
        return list(session.execute(select(JournalEntry).order_by(JournalEntry.seq)).scalars())


@pytest.mark.till_closed
def test_every_document_appends_one_linked_entry(shop, probe):
    store = shop.store
    start = len(entries(store))  # the first till, the fixture's makers, products and items ("rows") and productions
    assert [e.kind for e in entries(store) if e.kind != "rows"] == ["till"] + ["production"] * 4

    session = cash.open_session(store, {D("10"): 3}, user_id=SYSTEM_ID)
    sale = record_sale(
        store,
        SaleRequest((LineRequest("BAG001", 2), LineRequest("KEY001")), (Tender("card", D("95")),), user_id=SYSTEM_ID),
    )
    line = history.get_sale(store, sale.number).lines[0]
    back = refund(store, RefundRequest(sale.number, (RefundLine(line.id, 1),), method="card", user_id=SYSTEM_ID))
    stock.produce(store, "PUR001", 2, user_id=SYSTEM_ID)
    stock.adjust(store, "PUR001", -1, "taller", "sample", user_id=SYSTEM_ID)
    stock.stocktake(store, {"PUR001": 12}, "taller", user_id=SYSTEM_ID)
    settings.update_settings(store, shop_name="Mama Killa — Feria", user_id=SYSTEM_ID)
    cash.move_cash(store, "in", D("20"), "sencillo", user_id=SYSTEM_ID)
    paid = payouts.pay_maker(store, probe.makers()["Rosa Quispe"], date.today(), "cash", user_id=SYSTEM_ID)
    assert paid is not None

    added = entries(store)[start:]
    # Master data (the setting, the cash session's row) is imaged in a "rows" entry just before
    # the entry that explains it; documents carry their own rows.
    assert [(e.kind, e.ref) for e in added] == [
        ("rows", "cash_sessions"),
        ("session_open", str(session.id)),
        ("sale", sale.number),
        ("refund", back.number),
        ("production", added[4].ref),
        ("adjustment", added[5].ref),
        ("stocktake", added[6].ref),
        ("rows", "settings"),
        ("settings", "settings"),
        ("cash_in", added[9].ref),
        ("payout", paid.number),
    ]
    chain = entries(store)
    assert [e.seq for e in chain] == list(range(1, len(chain) + 1))
    prev = GENESIS
    for e in chain:
        assert e.prev_hash == prev
        assert e.hash == entry_hash(prev, canonical(e.seq, e.created_at, e.actor, e.kind, e.ref, e.payload))
        prev = e.hash
    with store.session() as s:
        head = s.get(JournalHead, 1)
        assert head is not None
        assert (head.seq, head.hash) == (chain[-1].seq, chain[-1].hash)
    assert verify(store) == []


def test_a_sale_entry_records_every_column_of_every_row(shop):
    store = shop.store
    sale = record_sale(
        store,
        SaleRequest((LineRequest("BAG001"), LineRequest("PUR001")), (Tender("cash", D("100")),), user_id=SYSTEM_ID),
    )
    (entry,) = [e for e in entries(store) if e.ref == sale.number]
    payload = json.loads(entry.payload)
    assert entry.actor == "sistema"
    assert (payload["number"], payload["kind"], payload["refund_of"]) == (sale.number, "sale", "")
    assert (payload["total"], payload["rounding"], payload["amount_due"], payload["tendered"], payload["change"]) == (
        "67.55",
        "0.05",
        "67.50",
        "100.00",
        "32.50",
    )
    recorded = payload["rows"]
    assert set(recorded) == {"sales", "sale_lines", "share_entries", "payments", "stock_movements"}
    with store.engine.connect() as conn:
        sale_id = conn.execute(text("SELECT id FROM sales WHERE number = :n"), {"n": sale.number}).scalar_one()
        for table, images in recorded.items():
            # every column the database has, none left out, in the columns the journal holds for the table
            assert list(layout(table).columns) == [c["name"] for c in inspect(conn).get_columns(table)]
            where = "id = :s" if table == "sales" else "sale_id = :s"
            rows = conn.execute(text(f"SELECT * FROM {table} WHERE {where}"), {"s": sale_id}).all()
            assert len(images) == len(rows) > 0
            if conn.dialect.name == "sqlite":  # the stored form is the journaled form
                assert sorted(map(list, rows), key=repr) == sorted(images, key=repr)
        columns = json.loads(conn.execute(text("SELECT payload FROM journal WHERE seq = 1")).scalar_one())["columns"]
    assert columns["sale_lines"] == list(layout("sale_lines").columns)  # journaled when the database was made
    assert len(recorded["sale_lines"]) == 2
    amount = layout("share_entries").position["amount_cents"]
    assert sorted(r[amount] for r in recorded["share_entries"]) == [675, 1015, 1350]
    assert [r[layout("payments").position["method"]] for r in recorded["payments"]] == ["cash"]


def test_a_truncated_journal_is_found(shop):
    store = shop.store
    record_sale(store, SaleRequest((LineRequest("KEY001"),), (Tender("cash", D("5")),), user_id=SYSTEM_ID))
    with store.engine.begin() as conn:
        last = conn.execute(text("SELECT MAX(seq) FROM journal")).scalar_one()
        conn.execute(text("DELETE FROM journal WHERE seq = :s"), {"s": last})
    problems = verify(store)
    assert any("diario" in p for p in problems), problems
    assert any("B001-000001" in p for p in problems), problems
