"""Makers' shares: balances over a period, share lines, and payouts (DESIGN.md §4.5–4.7)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import cash, history, payouts, shares
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import NotFound, UserError
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify

D = Decimal


def sell_exact(store, code: str, quantity: int, price: str, at: datetime) -> str:
    total = D(price) * quantity
    return record_sale(
        store, SaleRequest((LineRequest(code, quantity),), (Tender("card", total),), created_at=at, user_id=SYSTEM_ID)
    ).number


@pytest.fixture
def march(shop, probe):
    """Sales and a refund around March 2024, and one payout to Rosa.

    B001-000001  27 Feb  1 purse   22.55 → Rosa 10.15
    B001-000002   2 Mar  2 bags    90.00 → share 40.50: Rosa 27.00, Ana 13.50
    B001-000003   5 Mar  1 purse   22.55 → Rosa 10.15
    B001-000004   6 Mar  refund of 1 bag of -000002: Rosa −13.50, Ana −6.75
    B001-000005  20 Mar  1 case    30.00 → Luz 13.50
    B001-000006   2 Apr  1 case    30.00 → Luz 13.50
    P-000001     Rosa, cut-off 4 Mar: 10.15 + 27.00 = 37.15 (two entries)
    """
    store = shop.store
    sell_exact(store, "PUR001", 1, "22.55", datetime(2024, 2, 27, 17, 0))
    bags = sell_exact(store, "BAG001", 2, "45.00", datetime(2024, 3, 2, 10, 0))
    sell_exact(store, "PUR001", 1, "22.55", datetime(2024, 3, 5, 11, 0))
    line = history.get_sale(store, bags).lines[0]
    refund(
        store,
        RefundRequest(
            bags, (RefundLine(line.id, 1),), method="card", created_at=datetime(2024, 3, 6, 9), user_id=SYSTEM_ID
        ),
    )
    sell_exact(store, "CAS001", 1, "30.00", datetime(2024, 3, 20, 12, 0))
    sell_exact(store, "CAS001", 1, "30.00", datetime(2024, 4, 2, 12, 0))
    ids = probe.makers()
    first = payouts.pay_maker(
        store, ids["Rosa Quispe"], date(2024, 3, 4), "yape", reference="op-100", user_id=SYSTEM_ID
    )
    assert first is not None
    assert (first.number, first.maker, first.amount, first.entries) == ("P-000001", "Rosa Quispe", D("37.15"), 2)
    return ids


def balances(store, start: date, end: date) -> dict[str, tuple[Decimal, ...]]:
    return {b.maker: (b.accrued, b.reversed, b.paid, b.balance) for b in shares.share_balances(store, start, end)}


def test_share_balances_over_a_period(shop, march):
    got = balances(shop.store, date(2024, 3, 1), date(2024, 3, 31))
    assert got == {
        # accrued 27.00 + 10.15; reversed 13.50; paid: the 27.00 settled by P-000001; balance 10.15 − 13.50
        "Rosa Quispe": (D("37.15"), D("13.50"), D("27.00"), D("-3.35")),
        "Ana Huamán": (D("13.50"), D("6.75"), D("0.00"), D("6.75")),
        "Luz Mamani": (D("13.50"), D("0.00"), D("0.00"), D("13.50")),
    }
    assert [b.maker for b in shares.share_balances(shop.store, date(2024, 3, 1), date(2024, 3, 31))] == [
        "Ana Huamán",
        "Luz Mamani",
        "Rosa Quispe",
    ]
    for accrued, reversed_, paid, balance in got.values():
        assert accrued - reversed_ == paid + balance


def test_share_balance_period_bounds_are_whole_days(shop, march):
    assert balances(shop.store, date(2024, 2, 1), date(2024, 2, 28)) == {
        "Rosa Quispe": (D("10.15"), D("0.00"), D("10.15"), D("0.00")),
    }
    assert balances(shop.store, date(2024, 3, 2), date(2024, 3, 2)) == {
        "Rosa Quispe": (D("27.00"), D("0.00"), D("27.00"), D("0.00")),
        "Ana Huamán": (D("13.50"), D("0.00"), D("0.00"), D("13.50")),
    }
    assert balances(shop.store, date(2024, 4, 1), date(2024, 4, 30)) == {
        "Luz Mamani": (D("13.50"), D("0.00"), D("0.00"), D("13.50")),
    }
    assert balances(shop.store, date(2023, 1, 1), date(2023, 12, 31)) == {}
    with pytest.raises(UserError):
        shares.share_balances(shop.store, date(2024, 3, 31), date(2024, 3, 1))


def test_share_lines_show_where_each_entry_came_from(shop, march):
    lines = shares.share_lines(shop.store, march["Rosa Quispe"], date(2024, 3, 1), date(2024, 3, 31))
    assert [(ln.created_at.date(), ln.receipt, ln.product, ln.kind, ln.amount, ln.payout) for ln in lines] == [
        (date(2024, 3, 2), "B001-000002", "Bolso bordado", "accrual", D("27.00"), "P-000001"),
        (date(2024, 3, 5), "B001-000003", "Monedero de cuero", "accrual", D("10.15"), ""),
        (date(2024, 3, 6), "B001-000004", "Bolso bordado", "reversal", D("-13.50"), ""),
    ]
    assert (lines[0].quantity, lines[0].line_net, lines[0].rate) == (2, D("90.00"), D("0.45"))


def test_a_payout_never_settles_an_entry_twice(shop, probe, march):
    store = shop.store
    rosa = march["Rosa Quispe"]
    before = probe.counts()
    assert payouts.pay_maker(store, rosa, date(2024, 3, 4), "yape", reference="op-101", user_id=SYSTEM_ID) is None
    # up to the end of March: 10.15 − 13.50 = −3.35 ≤ 0 → nothing paid, the balance carries over
    assert payouts.pay_maker(store, rosa, date(2024, 3, 31), "yape", reference="op-102", user_id=SYSTEM_ID) is None
    assert probe.counts() == before
    with store.engine.connect() as conn:
        settled = conn.execute(
            text(
                "SELECT p.number, COUNT(*), SUM(se.amount_cents) FROM share_entries se"
                " JOIN payouts p ON p.id = se.payout_id GROUP BY p.number"
            )
        ).all()
    assert [tuple(r) for r in settled] == [("P-000001", 2, 3715)]


def test_payouts_up_to_a_cutoff(shop, probe, march):
    store = shop.store
    luz = march["Luz Mamani"]
    march_pay = payouts.pay_maker(store, luz, date(2024, 3, 31), "plin", reference="op-200", user_id=SYSTEM_ID)
    assert march_pay is not None
    assert (march_pay.number, march_pay.amount, march_pay.entries) == ("P-000002", D("13.50"), 1)
    # the April sale is after that cut-off: it is paid by the next payout, alone
    april_pay = payouts.pay_maker(store, luz, date(2024, 4, 30), "transfer", reference="op-201", user_id=SYSTEM_ID)
    assert april_pay is not None
    assert (april_pay.number, april_pay.amount, april_pay.entries) == ("P-000003", D("13.50"), 1)
    assert payouts.pay_maker(store, luz, date(2024, 12, 31), "plin", reference="op-202", user_id=SYSTEM_ID) is None

    with store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT number, amount_cents, method, reference, cutoff, period_from, cash_session_id FROM payouts"
                " ORDER BY number"
            )
        ).all()
    assert [(r[0], r[1], r[2], r[3], str(r[4]), str(r[5]), r[6]) for r in rows] == [
        ("P-000001", 3715, "yape", "op-100", "2024-03-04", "2024-02-27", None),
        ("P-000002", 1350, "plin", "op-200", "2024-03-31", "2024-03-20", None),
        ("P-000003", 1350, "transfer", "op-201", "2024-04-30", "2024-04-02", None),
    ]
    assert balances(store, date(2024, 3, 1), date(2024, 4, 30))["Luz Mamani"] == (
        D("27.00"),
        D("0.00"),
        D("27.00"),
        D("0.00"),
    )
    assert verify(store) == []


def test_cash_payout_needs_an_open_till_and_takes_cash_out_of_it(shop, probe, march):
    store = shop.store
    ana = march["Ana Huamán"]
    cash.close_session(store, None, None, user_id=SYSTEM_ID, backup=False)  # March sold by card: nothing to count
    before = probe.counts()
    with pytest.raises(UserError, match="abra la caja"):
        payouts.pay_maker(store, ana, date(2024, 3, 31), "cash", user_id=SYSTEM_ID)
    assert probe.counts() == before

    session = cash.open_session(store, {D("20"): 2, D("1"): 5}, user_id=SYSTEM_ID)
    paid = payouts.pay_maker(store, ana, date(2024, 3, 31), "cash", user_id=SYSTEM_ID)
    assert paid is not None
    # Ana: 13.50 accrued − 6.75 reversed = 6.75, two entries; cash pays 6.70 in coins, 0.05 stays hers
    assert (paid.number, paid.amount, paid.kept, paid.entries) == ("P-000002", D("6.70"), D("0.05"), 2)
    with store.engine.connect() as conn:
        moves = conn.execute(
            text("SELECT session_id, direction, currency, amount_cents, reason FROM cash_movements")
        ).all()
        payout_session = conn.execute(text("SELECT cash_session_id FROM payouts WHERE number = 'P-000002'")).scalar()
    assert len(moves) == 1
    session_id, direction, currency, amount, reason = moves[0]
    assert str(session_id).replace("-", "") == session.id.hex
    assert str(payout_session).replace("-", "") == session.id.hex
    assert (direction, currency, amount) == ("out", "PEN", 670)
    assert "Ana Huamán" in reason and "P-000002" in reason
    # The payout is its own figure of the soles drawer, not a cash out.
    drawer = cash.x_report(store).pen
    assert (drawer.payouts, drawer.cash_out, drawer.expected) == (D("6.70"), D("0.00"), D("38.30"))
    assert balances(store, date(2024, 3, 1), date(2024, 3, 31))["Ana Huamán"] == (
        D("13.50"),
        D("6.75"),
        D("6.70"),
        D("0.05"),
    )
    assert verify(store) == []


def test_bad_payout_requests_are_refused(shop, probe, march):
    store = shop.store
    before = probe.counts()
    with pytest.raises(UserError):
        payouts.pay_maker(store, march["Luz Mamani"], date(2024, 3, 31), "bitcoin", user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="operación"):
        payouts.pay_maker(store, march["Luz Mamani"], date(2024, 3, 31), "yape", reference="  ", user_id=SYSTEM_ID)
    with pytest.raises(NotFound):
        payouts.pay_maker(store, 9999, date(2024, 3, 31), "yape", reference="x", user_id=SYSTEM_ID)
    assert probe.counts() == before


def test_payouts_are_journaled(shop, march):
    with shop.store.engine.connect() as conn:
        rows = conn.execute(text("SELECT ref, payload FROM journal WHERE kind = 'payout'")).all()
    assert [r[0] for r in rows] == ["P-000001"]
    assert '"amount":"37.15"' in rows[0][1]
    assert verify(shop.store) == []


def test_a_cutoff_after_today_is_refused(shop, probe, march):
    before = probe.counts()
    with pytest.raises(UserError):
        payouts.pay_maker(
            shop.store, march["Luz Mamani"], date.today() + timedelta(days=2), "plin", reference="x", user_id=SYSTEM_ID
        )
    assert probe.counts() == before
