"""The hash-chained journal: one entry per completed document, linked by hashes."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from sqlalchemy import select, text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import cash, history, settings, shares, stock
from mamakilla_pos.services.journal import GENESIS, canonical, entry_hash
from mamakilla_pos.services.sales import LineRequest, RefundLine, RefundRequest, SaleRequest, record_sale, refund
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store.models import JournalEntry, JournalHead

D = Decimal


def entries(store) -> list[JournalEntry]:
    with store.session() as session:
        return list(session.execute(select(JournalEntry).order_by(JournalEntry.seq)).scalars())


def test_every_document_appends_one_linked_entry(shop, probe):
    store = shop.store
    start = len(entries(store))  # the fixture's productions
    assert [e.kind for e in entries(store)] == ["production"] * 4

    sale = record_sale(
        store, SaleRequest((LineRequest("BAG001", 2), LineRequest("KEY001")), (Tender("card", D("95")),))
    )
    line = history.get_sale(store, sale.number).lines[0]
    back = refund(store, RefundRequest(sale.number, (RefundLine(line.id, 1),), method="card"))
    stock.produce(store, "PUR001", 2)
    stock.adjust(store, "PUR001", -1, "taller", "sample")
    stock.stocktake(store, {"PUR001": 12}, "taller")
    settings.update_settings(store, shop_name="Mama Killa — Feria")
    session = cash.open_session(store, {D("10"): 3})
    cash.move_cash(store, "in", D("20"), "sencillo")
    paid = shares.pay_maker(store, probe.makers()["Rosa Quispe"], date.today(), "cash")
    assert paid is not None

    added = entries(store)[start:]
    assert [(e.kind, e.ref) for e in added] == [
        ("sale", sale.number),
        ("refund", back.number),
        ("production", added[2].ref),
        ("adjustment", added[3].ref),
        ("stocktake", added[4].ref),
        ("settings", "settings"),
        ("session_open", str(session.id)),
        ("cash_in", added[7].ref),
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


def test_a_sale_entry_records_what_the_tables_hold(shop):
    store = shop.store
    sale = record_sale(store, SaleRequest((LineRequest("BAG001"), LineRequest("PUR001")), (Tender("cash", D("100")),)))
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
    view = history.get_sale(store, sale.number)
    assert [[ln[0], ln[2], ln[3], ln[4], ln[5]] for ln in payload["lines"]] == [
        [str(ln.id), ln.quantity, f"{ln.net:.2f}", "0.45", f"{ln.share:.2f}"] for ln in view.lines
    ]
    assert sorted(s[3] for s in payload["shares"]) == ["10.15", "13.50", "6.75"]
    assert payload["payments"] == [["cash", "PEN", "100.00", "67.50"]]
    assert sorted(m[3] for m in payload["movements"]) == [-1, -1]


def test_a_truncated_journal_is_found(shop):
    store = shop.store
    record_sale(store, SaleRequest((LineRequest("KEY001"),), (Tender("cash", D("5")),)))
    with store.engine.begin() as conn:
        last = conn.execute(text("SELECT MAX(seq) FROM journal")).scalar_one()
        conn.execute(text("DELETE FROM journal WHERE seq = :s"), {"s": last})
    problems = verify(store)
    assert any("diario" in p for p in problems), problems
    assert any("B001-000001" in p for p in problems), problems
