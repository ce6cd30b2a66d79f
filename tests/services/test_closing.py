"""Daily closings: one chained journal entry per finished day, with its totals and the grand total."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from helpers import sell
from sqlalchemy import text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import closing, history, journal_view
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.verify import verify

D = Decimal
TODAY = date.today()


def at(days_ago: int, hour: int = 11) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), time(hour, 15))


def problems(store) -> list[str]:
    with store.session() as session:
        return list(closing.check_closings_in(session))


def day_close_entries(store):
    return journal_view.list_entries(store, journal_view.JournalFilter(kind="day_close")).rows


@pytest.fixture
def week(shop):
    """3 days ago: a bag (cash), a purse (Yape); 2 days ago: the bag refunded, a case (card); today: a keyring."""
    store = shop.store
    bag = sell(store, shop.bag, Tender("cash", D("50")), at=at(3, 10)).number
    sell(store, shop.purse, Tender("yape", D("22.55"), "123456"), at=at(3, 16))
    line = history.get_sale(store, bag).lines[0]
    refund(
        store,
        RefundRequest(
            bag, (RefundLine(line.id, 1),), method="cash", reason="falla", created_at=at(2, 9), user_id=SYSTEM_ID
        ),
    )
    sell(store, shop.pencil_case, Tender("card", D("30")), at=at(2, 12))
    sell(store, shop.bought_in, Tender("cash", D("5")), at=datetime.combine(TODAY, time(0, 5)))
    return shop


def test_nothing_to_close_writes_nothing(shop):
    before = journal_view.list_entries(shop.store).total
    assert closing.close_days(shop.store, TODAY, user_id=SYSTEM_ID) == []
    assert journal_view.list_entries(shop.store).total == before


def test_each_finished_day_with_documents_is_closed_with_its_totals(week):
    written = closing.close_days(week.store, TODAY, user_id=SYSTEM_ID)

    assert [c.day for c in written] == [TODAY - timedelta(days=3), TODAY - timedelta(days=2)]
    first, second = written
    assert (first.sales, first.sales_total, first.refunds, first.refunds_total) == (2, D("67.55"), 0, D("0.00"))
    assert first.net == D("67.55")
    assert dict(first.methods) == {"cash": D("45.00"), "yape": D("22.55")}
    assert first.grand_total == D("67.55")
    assert (second.sales, second.sales_total, second.refunds, second.refunds_total) == (1, D("30.00"), 1, D("45.00"))
    assert second.net == D("-15.00")
    assert dict(second.methods) == {"card": D("30.00"), "cash": D("-45.00")}
    assert second.grand_total == D("52.55")  # carried: 67.55 − 15.00

    entries = day_close_entries(week.store)
    assert [e.ref for e in entries] == [second.day.isoformat(), first.day.isoformat()]  # newest first
    assert entries[0].actor == "sistema"
    assert entries[0].payload["grand_total"] == "52.55"
    assert entries[1].payload == {
        "day": first.day.isoformat(),
        "sales": 2,
        "sales_total": "67.55",
        "refunds": 0,
        "refunds_total": "0.00",
        "rounding": "0.00",
        "net": "67.55",
        "methods": {"cash": "45.00", "yape": "22.55"},
        "grand_total": "67.55",
    }
    assert verify(week.store) == []
    assert problems(week.store) == []


def test_closing_is_idempotent(week):
    closing.close_days(week.store, TODAY, user_id=SYSTEM_ID)
    count = journal_view.list_entries(week.store).total
    assert closing.close_days(week.store, TODAY, user_id=SYSTEM_ID) == []
    assert closing.close_days(week.store, TODAY - timedelta(days=2), user_id=SYSTEM_ID) == []
    assert journal_view.list_entries(week.store).total == count
    assert len(closing.list_closings(week.store)) == 2


def test_today_is_not_closed_until_it_is_over(week, monkeypatch):
    closing.close_days(week.store, TODAY, user_id=SYSTEM_ID)
    assert TODAY not in [c.day for c in closing.list_closings(week.store)]

    tomorrow = datetime.combine(TODAY + timedelta(days=1), time(8))
    monkeypatch.setattr(closing, "now", lambda: tomorrow)
    [today] = closing.close_days(week.store, TODAY, user_id=SYSTEM_ID)
    assert (today.day, today.sales, today.net) == (TODAY, 1, D("5.00"))
    assert today.grand_total == D("57.55")  # 52.55 carried + 5.00
    assert problems(week.store) == []
    assert verify(week.store) == []


def test_until_limits_the_days_closed(week):
    [only] = closing.close_days(week.store, TODAY - timedelta(days=3), user_id=SYSTEM_ID)
    assert only.day == TODAY - timedelta(days=3)
    [then] = closing.close_days(week.store, TODAY, user_id=SYSTEM_ID)
    assert then.grand_total == D("52.55")


def test_cash_rounding_is_kept_apart_from_the_net(shop):
    sell(shop.store, shop.purse, Tender("cash", D("22.50")), at=at(1))  # 22.55 rounded down to 22.50
    [day] = closing.close_days(shop.store, TODAY, user_id=SYSTEM_ID)
    assert (day.net, day.rounding, dict(day.methods)) == (D("22.55"), D("0.05"), {"cash": D("22.50")})
    assert day.grand_total == D("22.55")


def test_a_paper_sale_recorded_after_its_day_was_closed_counts_as_late(week):
    closing.close_days(week.store, TODAY, user_id=SYSTEM_ID)
    sell(week.store, week.purse, at=at(3, 18), number="P-0001", paid_with="cash", source="import")
    assert closing.close_days(week.store, TODAY, user_id=SYSTEM_ID) == []  # no new day yet: the late sale waits

    sell(week.store, week.bought_in, Tender("card", D("5")), at=at(1))
    [day] = closing.close_days(week.store, TODAY, user_id=SYSTEM_ID)
    assert (day.sales, day.net) == (1, D("5.00"))
    assert (day.late_documents, day.late_net) == (1, D("22.55"))
    assert day.grand_total == D("80.10")  # 52.55 + 5.00 + 22.55 late
    assert day_close_entries(week.store)[0].payload["late"] == {
        "documents": 1,
        "net": "22.55",
        "methods": {"cash": "22.55"},
    }
    assert problems(week.store) == []
    assert verify(week.store) == []


def test_a_changed_sale_no_longer_matches_its_closing(week):
    closing.close_days(week.store, TODAY, user_id=SYSTEM_ID)
    with week.store.engine.begin() as conn:
        conn.execute(text("UPDATE sales SET total_cents = total_cents + 1000 WHERE kind = 'sale' AND seq = 2"))
    found = problems(week.store)
    assert any("total de ventas registrado 67.55, pero los documentos dan 77.55" in p for p in found), found
    by_verify = verify(week.store)  # verify names the sale itself, and the closing it no longer matches
    assert any("total_cents" in p for p in by_verify), by_verify
    assert any("total de ventas registrado 67.55, pero los documentos dan 77.55" in p for p in by_verify), by_verify


def test_an_altered_closing_breaks_the_chain(week):
    closing.close_days(week.store, TODAY, user_id=SYSTEM_ID)
    entry = day_close_entries(week.store)[-1]
    payload = dict(entry.payload, grand_total="1.00")
    with week.store.engine.begin() as conn:
        conn.execute(
            text("UPDATE journal SET payload = :p WHERE seq = :s"),
            {"p": json.dumps(payload, sort_keys=True, separators=(",", ":")), "s": entry.seq},
        )
    found = verify(week.store)
    assert any(f"el registro {entry.seq} del diario (day_close" in p for p in found), found
