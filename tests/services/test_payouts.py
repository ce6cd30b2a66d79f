"""Payouts to makers: what is owed, paying it once, the history, and the slip (DESIGN.md §4.5–4.7)."""

from __future__ import annotations

import functools
import io
import json
import shutil
import tempfile
from datetime import date, datetime, timedelta
from decimal import Decimal as D
from pathlib import Path

import helpers
import pypdf
import pytest
from helpers import pdf_text
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.domain.pricing import NO_DISCOUNT, Discount, DiscountKind
from mamakilla_pos.services import (
    cash,
    catalogue,
    catalogue_makers,
    history,
    journal,
    payout_docs,
    payout_history,
    payouts,
    setup,
    shares,
    stock,
)
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import NotFound, UserError
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.settings import update_settings
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import open_store
from mamakilla_pos.store.models import CashMovement, Payout, ShareEntry

MARCH = datetime(2026, 3, 10, 11, 0)


# Every sale of this file is made on MARCH unless it says when.
sell = functools.partial(helpers.sell, at=MARCH)


def give_back(store, number, position, units, at):  # type: ignore[no-untyped-def]
    line = history.get_sale(store, number).lines[position - 1]
    return refund(
        store, RefundRequest(number, (RefundLine(line.id, units),), method="card", created_at=at, user_id=SYSTEM_ID)
    )


def owed(store, maker_id):  # type: ignore[no-untyped-def]
    return payouts.payout_preview(store, maker_id, date.today()).total


# -- paying one maker ----------------------------------------------------------------------


def test_preview_then_pay_settles_exactly_the_previewed_entries(shop, probe):
    store = shop.store
    rosa = probe.makers()["Rosa Quispe"]
    sell(store, ("BAG001", 1), ("PUR001", 1))  # Rosa 13.50 (2/3 of 20.25) + 10.15
    sell(store, ("PUR001", 2), at=MARCH + timedelta(days=2))  # 45.10 × .45 = 20.30
    preview = payouts.payout_preview(store, rosa, date(2026, 3, 11))
    assert [(ln.receipt, ln.product, ln.amount, ln.portion) for ln in preview.entries] == [
        ("B001-000001", "Bolso bordado", D("13.50"), "2/3"),
        ("B001-000001", "Monedero de cuero", D("10.15"), ""),
    ]
    assert (preview.accrued, preview.reversed, preview.total, preview.payable) == (
        D("23.65"),
        D("0.00"),
        D("23.65"),
        True,
    )
    assert preview.period_from == date(2026, 3, 10)

    paid = payouts.pay_maker(
        store, rosa, date(2026, 3, 11), "yape", " 40417788 ", expected=preview.total, user_id=SYSTEM_ID
    )
    assert paid is not None
    assert (paid.number, paid.maker, paid.amount, paid.entries) == ("P-000001", "Rosa Quispe", D("23.65"), 2)
    detail = payout_history.payout_detail(store, paid.number)
    assert [ln.id for ln in detail.entries] == [ln.id for ln in preview.entries]
    assert (detail.summary.reference, detail.summary.method, detail.summary.cutoff) == (
        "40417788",
        "yape",
        date(2026, 3, 11),
    )
    assert (detail.summary.period_from, detail.till, detail.maker_dni) == (date(2026, 3, 10), "", "")
    # the sale of the 12th is after the cut-off: still owed
    assert owed(store, rosa) == D("20.30")
    assert verify(store) == []


def test_nothing_is_settled_twice(shop, probe):
    store = shop.store
    luz = probe.makers()["Luz Mamani"]
    sell(store, ("CAS001", 1))
    first = payouts.pay_maker(store, luz, date(2026, 3, 31), "plin", "1", user_id=SYSTEM_ID)
    assert first is not None and first.amount == D("13.50")
    assert payouts.pay_maker(store, luz, date(2026, 3, 31), "plin", "2", user_id=SYSTEM_ID) is None
    assert payouts.pay_maker(store, luz, date.today(), "plin", "3", user_id=SYSTEM_ID) is None
    assert probe.counts()["payouts"] == 1


def test_cash_payout_comes_out_of_the_open_till(shop, probe):
    store = shop.store
    luz = probe.makers()["Luz Mamani"]
    sell(store, ("CAS001", 2))
    cash.close_session(store, None, None, user_id=SYSTEM_ID, backup=False)  # sold by card: nothing to count
    with pytest.raises(UserError, match="abra la caja"):
        payouts.pay_maker(store, luz, date(2026, 3, 31), "cash", user_id=SYSTEM_ID)
    assert probe.counts()["payouts"] == 0
    session = cash.open_session(store, {D("10"): 5}, user_id=SYSTEM_ID)
    paid = payouts.pay_maker(store, luz, date(2026, 3, 31), "cash", user_id=SYSTEM_ID)
    assert paid is not None and paid.amount == D("27.00")
    with store.session() as s:
        movement = s.execute(select(CashMovement)).scalar_one()
        payout = s.execute(select(Payout)).scalar_one()
    assert (movement.direction, movement.amount, movement.session_id) == ("out", D("27.00"), session.id)
    assert "Luz Mamani" in movement.reason and paid.number in movement.reason
    assert payout.cash_session_id == session.id
    assert payout_history.payout_detail(store, paid.number).till == "B001"


@pytest.mark.parametrize("method", ["yape", "plin", "transfer"])
def test_wallets_and_transfers_need_an_operation_number(shop, probe, method):
    sell(shop.store, ("CAS001", 1))
    with pytest.raises(UserError, match="número de operación"):
        payouts.pay_maker(shop.store, probe.makers()["Luz Mamani"], date(2026, 3, 31), method, "  ", user_id=SYSTEM_ID)


def test_bad_requests_pay_nothing(shop, probe):
    store = shop.store
    luz = probe.makers()["Luz Mamani"]
    sell(store, ("CAS001", 1))
    with pytest.raises(UserError, match="desconocido"):
        payouts.pay_maker(store, luz, date(2026, 3, 31), "usd", user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="posterior a hoy"):
        payouts.pay_maker(store, luz, date.today() + timedelta(days=1), "plin", "1", user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="cambió"):
        payouts.pay_maker(store, luz, date(2026, 3, 31), "plin", "1", expected=D("13.49"), user_id=SYSTEM_ID)
    with pytest.raises(NotFound):
        payouts.pay_maker(store, 9999, date(2026, 3, 31), "plin", "1", user_id=SYSTEM_ID)
    assert probe.counts()["payouts"] == 0
    assert owed(store, luz) == D("13.50")


def test_a_refund_after_a_payout_is_a_negative_entry_of_the_next_payout(shop, probe):
    store = shop.store
    luz = probe.makers()["Luz Mamani"]
    sale = sell(store, ("CAS001", 2))  # 60.00 → 27.00
    first = payouts.pay_maker(store, luz, date(2026, 3, 10), "yape", "111", user_id=SYSTEM_ID)
    assert first is not None and first.amount == D("27.00")
    ret = give_back(store, sale.number, 1, 1, MARCH + timedelta(days=1))  # −13.50
    # refunds exceed new sales: nothing to pay, the balance carries over
    assert payouts.pay_maker(store, luz, date(2026, 3, 11), "yape", "112", user_id=SYSTEM_ID) is None
    sell(store, ("CAS001", 3), at=MARCH + timedelta(days=2))  # 90.00 → 40.50
    preview = payouts.payout_preview(store, luz, date(2026, 3, 12))
    reversal = preview.entries[0]
    assert (reversal.kind, reversal.receipt, reversal.refund_of, reversal.amount) == (
        "reversal",
        ret.number,
        sale.number,
        D("-13.50"),
    )
    assert (reversal.signed_quantity, reversal.signed_net) == (-1, D("-30.00"))
    assert (preview.accrued, preview.reversed, preview.total) == (D("40.50"), D("13.50"), D("27.00"))
    second = payouts.pay_maker(store, luz, date(2026, 3, 12), "yape", "113", user_id=SYSTEM_ID)
    assert second is not None and (second.amount, second.entries) == (D("27.00"), 2)
    (march,) = shares.share_balances(store, date(2026, 3, 1), date(2026, 3, 31))
    assert (march.accrued, march.reversed, march.paid, march.balance) == (D("67.50"), D("13.50"), D("54.00"), D("0"))
    assert verify(store) == []


def test_center_made_items_earn_no_share(shop, probe):
    sell(shop.store, ("KEY001", 3))
    assert probe.maker_totals() == {}
    assert payouts.makers_due(shop.store, date.today()) == []


def test_changing_the_share_rate_never_rewrites_the_past(shop, probe):
    store = shop.store
    luz = probe.makers()["Luz Mamani"]
    before = sell(store, ("CAS001", 1))  # 30.00 × 45 % = 13.50
    update_settings(store, share_rate=D("0.50"), user_id=SYSTEM_ID)
    after = sell(store, ("CAS001", 1), at=MARCH + timedelta(days=1))  # 30.00 × 50 % = 15.00
    assert history.get_sale(store, before.number).lines[0].share == D("13.50")
    assert history.get_sale(store, after.number).lines[0].share == D("15.00")
    lines = payouts.payout_preview(store, luz, date(2026, 3, 31)).entries
    assert [(ln.rate, ln.amount) for ln in lines] == [(D("0.45"), D("13.50")), (D("0.50"), D("15.00"))]
    # a refund of the old sale reverses at the old rate
    update_settings(store, share_rate=D("0.40"), user_id=SYSTEM_ID)
    give_back(store, before.number, 1, 1, MARCH + timedelta(days=2))
    assert payouts.payout_preview(store, luz, date(2026, 3, 31)).total == D("15.00")
    assert verify(store) == []


# -- paying several makers -----------------------------------------------------------------


def test_pay_every_maker_with_a_balance_one_slip_each(shop, probe):
    store = shop.store
    makers = probe.makers()
    rosa, ana, luz = makers["Rosa Quispe"], makers["Ana Huamán"], makers["Luz Mamani"]
    sale = sell(store, ("BAG001", 1), ("CAS001", 1))  # Rosa 13.50, Ana 6.75, Luz 13.50
    give_back(store, sale.number, 2, 1, MARCH + timedelta(hours=1))  # Luz back to 0.00
    due = payouts.makers_due(store, date(2026, 3, 31))
    assert [(d.maker, d.amount, d.entries) for d in due] == [
        ("Ana Huamán", D("6.75"), 1),
        ("Rosa Quispe", D("13.50"), 1),
    ]
    all_due = payouts.makers_due(store, date(2026, 3, 31), only_payable=False)
    assert ("Luz Mamani", D("0.00"), 2) in [(d.maker, d.amount, d.entries) for d in all_due]

    orders = [payouts.PayoutOrder(d.maker_id, f"op-{d.maker_id}", d.amount) for d in due]
    orders.append(payouts.PayoutOrder(luz, "op-luz"))  # nothing to pay: skipped
    results = payouts.pay_makers(store, orders, date(2026, 3, 31), "transfer", user_id=SYSTEM_ID)
    assert [(r.number, r.maker, r.amount) for r in results] == [
        ("P-000001", "Ana Huamán", D("6.75")),
        ("P-000002", "Rosa Quispe", D("13.50")),
    ]
    assert payouts.makers_due(store, date(2026, 3, 31)) == []
    assert {p.maker_id: p.reference for p in payout_history.payout_history(store)} == {
        ana: f"op-{ana}",
        rosa: f"op-{rosa}",
    }
    assert verify(store) == []


def test_a_batch_is_all_or_nothing(shop, probe):
    store = shop.store
    makers = probe.makers()
    sell(store, ("BAG001", 1), ("CAS001", 1))
    cash.close_session(store, None, None, user_id=SYSTEM_ID, backup=False)  # sold by card: nothing to count
    orders = [
        payouts.PayoutOrder(makers["Ana Huamán"], "1"),
        payouts.PayoutOrder(makers["Luz Mamani"], "2", expected=D("1.00")),  # she is owed 13.50
    ]
    with pytest.raises(UserError, match="Luz Mamani"):
        payouts.pay_makers(store, orders, date(2026, 3, 31), "yape", user_id=SYSTEM_ID)
    assert probe.counts()["payouts"] == 0
    with pytest.raises(UserError, match="operación"):
        payouts.pay_makers(
            store, [payouts.PayoutOrder(makers["Ana Huamán"], "")], date(2026, 3, 31), "yape", user_id=SYSTEM_ID
        )
    with pytest.raises(UserError, match="dos veces"):
        payouts.pay_makers(
            store, [payouts.PayoutOrder(makers["Ana Huamán"], "1")] * 2, date(2026, 3, 31), "yape", user_id=SYSTEM_ID
        )
    with pytest.raises(UserError, match="ninguna"):
        payouts.pay_makers(store, [], date(2026, 3, 31), "yape", user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="abra la caja"):
        payouts.pay_makers(
            store, [payouts.PayoutOrder(makers["Ana Huamán"])], date(2026, 3, 31), "cash", user_id=SYSTEM_ID
        )
    assert probe.counts()["payouts"] == 0
    assert probe.counts()["cash_movements"] == 0


# -- balances, history and totals ----------------------------------------------------------


def test_overview_lists_every_maker_with_what_she_is_owed_today(shop, probe):
    store = shop.store
    luz = probe.makers()["Luz Mamani"]
    sell(store, ("CAS001", 1), at=datetime(2026, 2, 20, 10))
    sell(store, ("PUR001", 1))
    payouts.pay_maker(store, probe.makers()["Rosa Quispe"], date(2026, 3, 31), "plin", "9", user_id=SYSTEM_ID)
    rows = {r.maker: r for r in shares.maker_overview(store, date(2026, 3, 1), date(2026, 3, 31))}
    assert set(rows) == {"Ana Huamán", "Luz Mamani", "Rosa Quispe"}
    rosa, luz_row, ana = rows["Rosa Quispe"], rows["Luz Mamani"], rows["Ana Huamán"]
    assert (rosa.accrued, rosa.paid, rosa.balance, rosa.owed) == (D("10.15"), D("10.15"), D("0"), D("0"))
    # Luz sold nothing in March but is still owed February's share
    assert (luz_row.accrued, luz_row.balance, luz_row.owed, luz_row.maker_id) == (D("0"), D("0"), D("13.50"), luz)
    assert (ana.accrued, ana.owed, ana.active) == (D("0"), D("0"), True)
    for row in rows.values():
        assert row.accrued - row.reversed == row.paid + row.balance


def test_share_lines_explain_every_figure(shop, probe):
    store = shop.store
    ana = probe.makers()["Ana Huamán"]
    sale = sell(store, ("BAG001", 2))  # 90.00 × .45 = 40.50: Rosa 27.00, Ana 13.50
    give_back(store, sale.number, 1, 1, MARCH + timedelta(days=1))
    paid = payouts.pay_maker(store, ana, date(2026, 3, 10), "plin", "5", user_id=SYSTEM_ID)
    assert paid is not None
    lines = shares.share_lines(store, ana, date(2026, 3, 1), date(2026, 3, 31))
    assert [
        (ln.receipt, ln.quantity, ln.line_net, ln.rate, ln.amount, ln.kind, ln.payout, ln.portion) for ln in lines
    ] == [
        (sale.number, 2, D("90.00"), D("0.45"), D("13.50"), "accrual", paid.number, "1/3"),
        ("B001-000002", 1, D("45.00"), D("0.45"), D("-6.75"), "reversal", "", "1/3"),
    ]
    (march,) = [b for b in shares.share_balances(store, date(2026, 3, 1), date(2026, 3, 31)) if b.maker_id == ana]
    assert march.accrued - march.reversed == sum((ln.amount for ln in lines), D(0))
    with pytest.raises(UserError):
        shares.share_lines(store, ana, date(2026, 3, 31), date(2026, 3, 1))


def test_history_by_maker_and_period_and_totals_for_the_funders(shop, probe, monkeypatch):
    store = shop.store
    makers = probe.makers()
    rosa, luz = makers["Rosa Quispe"], makers["Luz Mamani"]
    clock = iter([datetime(2026, 1, 31, 17), datetime(2026, 2, 28, 17), datetime(2026, 3, 31, 17)])
    current = {"at": datetime(2026, 1, 31, 17)}
    monkeypatch.setattr(payouts, "now", lambda: current["at"])
    for month in (1, 2, 3):
        current["at"] = next(clock)
        sell(store, ("CAS001", 1), ("PUR001", month), at=datetime(2026, month, 15, 10))
        payouts.pay_maker(store, luz, current["at"].date(), "yape", f"L{month}", user_id=SYSTEM_ID)
        payouts.pay_maker(store, rosa, current["at"].date(), "yape", f"R{month}", user_id=SYSTEM_ID)

    everything = payout_history.payout_history(store)
    assert [p.number for p in everything] == [f"P-{n:06d}" for n in range(6, 0, -1)]
    assert all(p.entries == 1 for p in everything)
    februarys = payout_history.payout_history(store, start=date(2026, 2, 1), end=date(2026, 2, 28))
    assert [(p.maker, p.reference) for p in februarys] == [("Rosa Quispe", "R2"), ("Luz Mamani", "L2")]
    luz_until_feb = payout_history.payout_history(store, maker_id=luz, end=date(2026, 2, 28))
    assert [p.reference for p in luz_until_feb] == ["L2", "L1"]
    assert [p.reference for p in payout_history.payout_history(store, maker_id=rosa, start=date(2026, 3, 1))] == ["R3"]

    year = payout_history.funder_totals(store, 2026)
    assert [(m.maker, m.months[:4], m.total, m.payouts) for m in year.makers] == [
        ("Luz Mamani", (D("13.50"), D("13.50"), D("13.50"), D("0")), D("40.50"), 3),
        ("Rosa Quispe", (D("10.15"), D("20.30"), D("30.44"), D("0")), D("60.89"), 3),
    ]
    assert year.months[:3] == (D("23.65"), D("33.80"), D("43.94"))
    assert (year.total, year.payouts) == (D("101.39"), 6)
    assert payout_history.funder_totals(store, 2025).makers == ()
    assert payout_history.payout_years(store)[-1] == 2026
    with pytest.raises(NotFound):
        payout_history.payout_detail(store, "P-999999")


# -- the slip from the database ------------------------------------------------------------


def test_the_slip_of_a_payout_and_its_reprint(shop, probe):
    store = shop.store
    luz = probe.makers()["Luz Mamani"]
    sale = sell(store, ("CAS001", 10))  # 300.00 → 135.00
    give_back(store, sale.number, 1, 1, MARCH + timedelta(hours=2))  # −13.50
    paid = payouts.pay_maker(store, luz, date(2026, 3, 31), "transfer", "BCP-0042", user_id=SYSTEM_ID)
    assert paid is not None and paid.amount == D("121.50")

    pdf = payout_docs.payout_slip_pdf(store, paid.number)
    words = pdf_text(pdf)
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) % 2 == 0
    for expected in (
        "CONSTANCIA DE PAGO",
        f"N.º {paid.number}",
        "Luz Mamani",
        "EJEMPLAR PARA EL CENTRO",
        "EJEMPLAR PARA LA ARTESANA",
        "del 10/03/2026 al 31/03/2026",
        "Transferencia bancaria — operación BCP-0042",
        sale.number,
        "Cartuchera Ñusta",
        "−13.50",
        "S/ 121.50",
        "ciento veintiuno con 50/100 soles",
        "Artesana",
        "Coordinadora",
    ):
        assert expected in words, expected
    assert "COPIA" not in words

    reprint = pdf_text(payout_docs.payout_slip_pdf(store, paid.number, copy=True, paper="A5"))
    assert "COPIA" in reprint and "ciento veintiuno con 50/100 soles" in reprint
    with pytest.raises(UserError):
        payout_docs.payout_slip_pdf(store, paid.number, paper="Letter")
    with pytest.raises(NotFound):
        payout_docs.payout_slip_pdf(store, "P-000404")


def test_the_slip_prints_in_the_language_asked(shop, probe):
    store = shop.store
    luz = probe.makers()["Luz Mamani"]
    sell(store, ("CAS001", 10))  # 300.00 → 135.00
    paid = payouts.pay_maker(store, luz, date(2026, 3, 31), "transfer", "BCP-0042", user_id=SYSTEM_ID)
    assert paid is not None and paid.amount == D("135.00")

    english = pdf_text(payout_docs.payout_slip_pdf(store, paid.number, language="en"))
    for expected in ("PAYMENT RECEIPT", "Bank transfer — operation BCP-0042", "TOTAL PAID S/ 135.00"):
        assert expected in english, expected
    assert "one hundred thirty-five and 00/100 soles" in english
    french = pdf_text(payout_docs.payout_slip_pdf(store, paid.number, copy=True, paper="A5", language="fr"))
    for expected in ("REÇU DE PAIEMENT", "COPIE", "TOTAL PAYÉ 135,00 S/", "cent trente-cinq et 00/100 soles"):
        assert expected in french, expected
    assert "CONSTANCIA" not in english + french and "EJEMPLAR" not in english + french
    with pytest.raises(ValueError, match="idioma"):
        payout_docs.payout_slip_pdf(store, paid.number, language="qu")


# -- the property: every céntimo accounted for, nothing settled twice --------------------------

ITEMS = ("BAG001", "PUR001", "CAS001", "KEY001")
START = date(2026, 1, 5)
DAYS = 40


@pytest.fixture(scope="module")
def template_db(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """A migrated shop (the ``shop`` fixture's makers and items, an open till), copied per example."""
    path = tmp_path_factory.mktemp("template") / "shop.db"
    store = open_store(f"sqlite:///{path}")
    setup.ensure_defaults(store)
    new = catalogue.NewItem
    catalogue.add_item(
        store, new("Bolso bordado", "Bolsos", D("45.00"), (("Rosa Quispe", 2), ("Ana Huamán", 1)), "BAG001")
    )
    catalogue.add_item(store, new("Monedero de cuero", "Monederos", D("22.55"), (("Rosa Quispe", 1),), "PUR001"))
    catalogue.add_item(store, new("Cartuchera Ñusta", "Cartucheras", D("30.00"), (("Luz Mamani", 1),), "CAS001"))
    catalogue.add_center_item(store, "Llavero de alpaca", "Accesorios", D("5.00"), "KEY001")
    for code in ITEMS:
        stock.produce(store, code, 50, user_id=SYSTEM_ID)
    cash.open_session(store, {D("100"): 5}, user_id=SYSTEM_ID)
    store.dispose()
    return path


sale_step = st.tuples(
    st.just("sale"),
    st.integers(0, DAYS),
    st.lists(st.tuples(st.sampled_from(ITEMS), st.integers(1, 3)), min_size=1, max_size=3, unique_by=lambda t: t[0]),
    st.sampled_from([NO_DISCOUNT, Discount(DiscountKind.PERCENT, D("10")), Discount(DiscountKind.AMOUNT, D("3.33"))]),
)
refund_step = st.tuples(st.just("refund"), st.integers(0, DAYS), st.integers(0, 10**6), st.integers(1, 3))
payout_step = st.tuples(
    st.just("payout"),
    st.integers(0, DAYS),
    st.sampled_from(["Rosa Quispe", "Ana Huamán", "Luz Mamani", "*"]),
    st.sampled_from(["cash", "yape", "plin", "transfer"]),
)


def _check_books(store) -> None:  # type: ignore[no-untyped-def]
    """accrued − reversed = paid + unpaid for every maker, to the céntimo, and every entry in one payout at most."""
    with store.engine.connect() as conn:
        entries = conn.execute(text("SELECT id, maker_id, amount_cents, payout_id FROM share_entries")).all()
        made_payouts = conn.execute(text("SELECT id, maker_id, amount_cents, number, method FROM payouts")).all()
    whole = shares.share_balances(store, START - timedelta(days=1), date.today())
    unpaid = {d.maker_id: d.amount for d in payouts.makers_due(store, date.today(), only_payable=False)}
    for b in whole:
        assert b.accrued - b.reversed == b.paid + b.balance
        assert b.balance == unpaid.get(b.maker_id, D("0"))
        made = sum(D(p[2]) / 100 for p in made_payouts if p[1] == b.maker_id)
        assert b.paid == made
        raw = sum(D(e[2]) / 100 for e in entries if e[1] == b.maker_id)
        assert raw == b.accrued - b.reversed
    for payout_id, maker_id, amount, _number, method in made_payouts:
        settled = [e for e in entries if e[3] == payout_id]
        assert settled and all(e[1] == maker_id for e in settled)
        assert sum(D(e[2]) for e in settled) == amount > 0
        if method == "cash":
            assert amount % 10 == 0, "a cash payout hands over whole ten-céntimo coins"
    with store.session() as session:
        recorded = journal.journal_payloads_in(session, "payout")
    listed = [entry for payload in recorded.values() for entry in payload["entries"]]
    assert len(listed) == len(set(listed)), "an entry was settled twice"
    assert len(recorded) == len(made_payouts)
    # Any period splits the same way.
    for start, end in ((START, START + timedelta(days=9)), (START + timedelta(days=10), date.today())):
        for b in shares.share_balances(store, start, end):
            assert b.accrued - b.reversed == b.paid + b.balance


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.one_of(sale_step, refund_step, payout_step), min_size=3, max_size=16))
def test_every_centimo_is_accounted_for_and_nothing_is_paid_twice(template_db, steps):
    folder = Path(tempfile.mkdtemp(prefix="payouts-"))
    try:
        shutil.copy(template_db, folder / "shop.db")
        store = open_store(f"sqlite:///{folder / 'shop.db'}")
        try:
            makers = {m.name: m.id for m in catalogue_makers.list_makers(store, include_inactive=True)}
            sales: list[str] = []
            for step in sorted(steps, key=lambda s: s[1]):  # in date order, as time goes
                at = datetime.combine(START + timedelta(days=step[1]), datetime.min.time()) + timedelta(hours=10)
                if step[0] == "sale":
                    _, _, lines, discount = step
                    sales.append(sell(store, *lines, at=at, discount=discount).number)
                elif step[0] == "refund" and sales:
                    _, _, pick, units = step
                    sale = history.get_sale(store, sales[pick % len(sales)])
                    open_lines = [ln for ln in sale.lines if ln.quantity > ln.returned]
                    if open_lines:
                        line = open_lines[pick % len(open_lines)]
                        units = min(units, line.quantity - line.returned)
                        refund(
                            store,
                            RefundRequest(
                                sale.number, (RefundLine(line.id, units),), "card", created_at=at, user_id=SYSTEM_ID
                            ),
                        )
                        if payout_history.payout_history(store):
                            event("a refund after a payout")
                elif step[0] == "payout":
                    _, _, who, method = step
                    cutoff = at.date()
                    in_drawer = cash.x_report(store).pen.expected
                    if who == "*":
                        due = payouts.makers_due(store, cutoff)
                        if due:
                            orders = [payouts.PayoutOrder(d.maker_id, "op", d.amount) for d in due]
                            to_pay = [d.to_pay(method) for d in due]
                            if method == "cash" and sum(to_pay) > in_drawer:
                                with pytest.raises(UserError, match="debería haber"):
                                    payouts.pay_makers(store, orders, cutoff, method, user_id=SYSTEM_ID)
                                event("refused: more cash than the drawer holds")
                            else:
                                results = payouts.pay_makers(store, orders, cutoff, method, user_id=SYSTEM_ID)
                                assert [r.amount for r in results] == [a for a in to_pay if a > 0]
                                event("paid every maker with a balance")
                    else:
                        before = payouts.payout_preview(store, makers[who], cutoff)
                        to_pay, kept = before.to_pay(method), before.kept(method)
                        if method == "cash" and to_pay > in_drawer:
                            with pytest.raises(UserError, match="debería haber"):
                                payouts.pay_maker(store, makers[who], cutoff, method, "op", user_id=SYSTEM_ID)
                            event("refused: more cash than the drawer holds")
                            continue
                        result = payouts.pay_maker(store, makers[who], cutoff, method, "op", user_id=SYSTEM_ID)
                        assert (result is None) == (to_pay <= 0)
                        if result is not None:
                            # Rule 7: cash pays the balance down to the 0.10; the céntimos stay in her balance.
                            assert (result.amount, result.kept) == (to_pay, kept)
                            assert result.amount + result.kept == before.total
                            event("paid one maker" if before.reversed == 0 else "paid one maker net of a refund")
                            if kept:
                                event("céntimos left in her balance")
                            after = payouts.payout_preview(store, makers[who], cutoff)
                            assert after.total == kept
                            assert all(ln.is_carry for ln in after.entries)
                        else:
                            event("nothing to pay")
                _check_books(store)
            assert verify(store) == []
        finally:
            store.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_payout_journal_records_the_settled_entries(shop, probe):
    store = shop.store
    luz = probe.makers()["Luz Mamani"]
    sell(store, ("CAS001", 1))
    paid = payouts.pay_maker(store, luz, date(2026, 3, 31), "yape", "7", user_id=SYSTEM_ID)
    assert paid is not None
    with store.session() as session:
        payload = journal.journal_payloads_in(session, "payout")[paid.number]
        ids = [str(i) for i in session.execute(select(ShareEntry.id).where(ShareEntry.payout_id == paid.id)).scalars()]
    assert payload["entries"] == sorted(ids)
    assert json.loads(json.dumps(payload))["amount"] == "13.50"


def test_a_seller_needs_a_coordinator_to_pay_a_maker(shop, probe):
    from mamakilla_pos.services import auth
    from mamakilla_pos.services.errors import PermissionDenied

    store = shop.store
    luz = probe.makers()["Luz Mamani"]
    sell(store, ("CAS001", 1))
    carmen = auth.create_user(store, "Carmen Ayma", "coordinator", "246813", by=SYSTEM_ID)
    rosa = auth.create_user(store, "Rosa Quispe", "seller", "1357", by=carmen.id)
    with pytest.raises(PermissionDenied, match="pagar a las artesanas"):
        payouts.pay_maker(store, luz, date(2026, 3, 31), "yape", "1", user_id=rosa.id)
    with pytest.raises(PermissionDenied):
        payouts.pay_makers(store, [payouts.PayoutOrder(luz, "1")], date(2026, 3, 31), "yape", user_id=rosa.id)
    with pytest.raises(PermissionDenied, match="no es válida"):
        payouts.pay_maker(
            store, luz, date(2026, 3, 31), "yape", "1", user_id=rosa.id, approval=auth.Approval(carmen.id, "0000")
        )
    assert probe.counts()["payouts"] == 0
    approved = auth.Approval(carmen.id, "246813")
    paid = payouts.pay_maker(store, luz, date(2026, 3, 31), "yape", "1", user_id=rosa.id, approval=approved)
    assert paid is not None
    detail = payout_history.payout_detail(store, paid.number)
    assert (detail.summary.paid_by, detail.payer_role) == ("Rosa Quispe", "seller")
    assert "Rosa Quispe" not in pdf_text(payout_docs.payout_slip_pdf(store, paid.number)).split("Coordinadora")[-1]
    with store.session() as session:
        assert "payout" in json.dumps(journal.journal_payloads_in(session, "approval"))
    sell(store, ("CAS001", 1), at=MARCH + timedelta(days=1))
    by_carmen = payouts.pay_maker(store, luz, date(2026, 3, 31), "plin", "2", user_id=carmen.id)
    assert by_carmen is not None
    assert "Coordinadora Carmen Ayma" in pdf_text(payout_docs.payout_slip_pdf(store, by_carmen.number))


# -- cash in real coins (DESIGN.md §4 rule 7) -----------------------------------------------------


@pytest.mark.till_closed
def test_a_cash_payout_of_751_32_pays_751_30_and_keeps_two_centimos(shop, probe):
    store = shop.store
    rosa = probe.makers()["Rosa Quispe"]
    # A purse sold for S/ 1,669.60 by card: 45 % = 751.32 for Rosa, who made it alone.
    cash.open_session(store, {D("200"): 4}, user_id=SYSTEM_ID)  # S/ 800.00
    record_sale(
        store,
        SaleRequest(
            (LineRequest("PUR001", 1, unit_price=D("1669.60")),), (Tender("card", D("1669.60")),), user_id=SYSTEM_ID
        ),
    )
    preview = payouts.payout_preview(store, rosa, date.today())
    assert (preview.total, preview.to_pay("cash"), preview.kept("cash")) == (D("751.32"), D("751.30"), D("0.02"))
    assert preview.to_pay("yape") == D("751.32")

    paid = payouts.pay_maker(store, rosa, date.today(), "cash", expected=preview.total, user_id=SYSTEM_ID)
    assert paid is not None
    assert (paid.amount, paid.kept, paid.entries) == (D("751.30"), D("0.02"), 1)
    # The céntimos stay in her balance, and the books still balance to the céntimo.
    (balance,) = [b for b in shares.share_balances(store, date.today(), date.today()) if b.maker_id == rosa]
    assert (balance.accrued, balance.reversed, balance.paid, balance.balance) == (
        D("751.32"),
        D("0.00"),
        D("751.30"),
        D("0.02"),
    )
    assert {d.maker_id: d.amount for d in payouts.makers_due(store, date.today(), only_payable=False)}[rosa] == D(
        "0.02"
    )
    # The drawer: 800 − 751.30 = 48.70, whole coins, so a perfect count balances.
    drawer = cash.x_report(store).pen
    assert (drawer.payouts, drawer.cash_out, drawer.expected) == (D("751.30"), D("0.00"), D("48.70"))
    closed = cash.close_session(
        store, {D("20"): 2, D("5"): 1, D("2"): 1, D("1"): 1, D("0.50"): 1, D("0.20"): 1}, {}, user_id=SYSTEM_ID
    )
    assert (closed.pen.counted, closed.pen.difference) == (D("48.70"), D("0.00"))

    # The slip says what she was paid and what stays in her balance.
    slip = pdf_text(payout_docs.payout_slip_pdf(store, paid.number))
    for expected in (
        "Participaciones S/ 751.32",
        "Céntimos que quedan en su saldo −S/ 0.02",
        "TOTAL PAGADO S/ 751.30",
        "S/ 0.02 quedan en su saldo para su próximo pago",
    ):
        assert expected in slip, expected
    assert "setecientos cincuenta y uno con 30/100 soles" in slip
    assert verify(store) == []

    # Her next payout, by Yape, pays those 0.02 with her new shares, exactly.
    cash.open_session(store, user_id=SYSTEM_ID)  # the next day's till
    record_sale(store, SaleRequest((LineRequest("PUR001"),), (Tender("card", D("22.55")),), user_id=SYSTEM_ID))  # 10.15
    nxt = payouts.payout_preview(store, rosa, date.today())
    assert (nxt.accrued, nxt.carried, nxt.total) == (D("10.15"), D("0.02"), D("10.17"))
    second = payouts.pay_maker(store, rosa, date.today(), "yape", "op-5", expected=nxt.total, user_id=SYSTEM_ID)
    assert second is not None and (second.amount, second.kept) == (D("10.17"), D("0.00"))
    slip = pdf_text(payout_docs.payout_slip_pdf(store, second.number))
    assert "Céntimos de su pago anterior S/ 0.02" in slip and "TOTAL PAGADO S/ 10.17" in slip
    assert payouts.payout_preview(store, rosa, date.today()).entries == ()
    assert verify(store) == []


@pytest.mark.till_closed
def test_a_tampered_carry_is_found(shop, probe):
    store = shop.store
    rosa = probe.makers()["Rosa Quispe"]
    cash.open_session(store, {D("20"): 1}, user_id=SYSTEM_ID)
    record_sale(store, SaleRequest((LineRequest("PUR001"),), (Tender("card", D("22.55")),), user_id=SYSTEM_ID))  # 10.15
    paid = payouts.pay_maker(store, rosa, date.today(), "cash", user_id=SYSTEM_ID)
    assert paid is not None and (paid.amount, paid.kept) == (D("10.10"), D("0.05"))
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE share_entries SET amount_cents = 500 WHERE kind = 'carry' AND payout_id IS NULL"))
    # The payout's journal entry holds the images of both carries: the one left in her balance was changed.
    assert any(f"pago a artesana {paid.number}" in p and "0.05" in p for p in verify(store))
