"""Cash sessions: expected cash per currency, X report, close with a count, journal and backup.

Prices in the ``shop`` fixture: bag S/ 45.00, purse S/ 22.55, pencil case
S/ 30.00; the dollar is at 3.70. Every expected figure is worked out by hand
in the comments from DESIGN.md §4 (rules 4 and 8).
"""

from __future__ import annotations

import json
import random
import sqlite3
from decimal import Decimal

import pytest
from helpers import pdf_text, sell
from sqlalchemy import event, text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import cash, history, reports, z_docs
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.backup import check_file
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.store.engine import sqlite_path

pytestmark = pytest.mark.till_closed  # every test here opens (or finds closed) the till itself

D = Decimal
FLOAT_PEN = {D("20"): 2, D("10"): 1}  # S/ 50.00
FLOAT_USD = {D("20"): 1}  # US$ 20.00


def day_of_trade(shop) -> dict[str, str]:
    """Open with S/ 50 + US$ 20; cash, dollar, Yape and split sales, a cash refund, a cash out."""
    store = shop.store
    cash.open_session(store, FLOAT_PEN, FLOAT_USD, user_id=SYSTEM_ID)
    numbers = {
        # 22.55 all in PEN cash → due 22.50 (rounding 0.05); 50 given, change 27.50.
        "cash": sell(store, shop.purse, Tender("cash", D("50"))).number,
        # 45.00 with US$ 20 = S/ 74.00 → change S/ 29.00.
        "usd": sell(store, shop.bag, Tender("usd", D("20"))).number,
        "yape": sell(store, shop.pencil_case, Tender("yape", D("30"), "8123456")).number,
        # 45.00 with US$ 10 (S/ 37.00) + S/ 20 → change S/ 12.00.
        "split_usd": sell(store, shop.bag, Tender("usd", D("10")), Tender("cash", D("20"))).number,
        # 30.00 with Plin 10 + S/ 20 cash → no change, no rounding (not all cash).
        "split_plin": sell(store, shop.pencil_case, Tender("plin", D("10"), "7001122"), Tender("cash", D("20"))).number,
    }
    line = history.get_sale(store, numbers["split_plin"]).lines[0]
    numbers["refund"] = refund(
        store, RefundRequest(numbers["split_plin"], (RefundLine(line.id, 1),), "cash", user_id=SYSTEM_ID)
    ).number
    cash.move_cash(store, "out", D("15.00"), "Almuerzo", user_id=SYSTEM_ID)
    return numbers


# PEN: 50 + (50 + 20 + 20) − (27.50 + 29 + 12) − 30 − 15 = 26.50; USD: 20 + 20 + 10 = 50.
EXPECTED_PEN, EXPECTED_USD = D("26.50"), D("50.00")
COUNT_SHORT = {D("20"): 1, D("5"): 1, D("0.20"): 1, D("0.10"): 1}  # S/ 25.30: S/ 1.20 short
COUNT_USD = {D("20"): 2, D("10"): 1}  # US$ 50.00


def test_expected_cash_per_currency(shop):
    day_of_trade(shop)
    report = cash.x_report(shop.store)

    assert not report.closed
    assert (report.pen.opening_float, report.pen.sales, report.pen.change) == (D("50.00"), D("90.00"), D("68.50"))
    assert (report.pen.refunds, report.pen.cash_in, report.pen.cash_out) == (D("30.00"), D("0.00"), D("15.00"))
    assert report.pen.expected == EXPECTED_PEN
    assert (report.usd.opening_float, report.usd.sales, report.usd.change) == (D("20.00"), D("30.00"), D("0.00"))
    assert report.usd.expected == EXPECTED_USD
    assert report.pen.counted is None and report.pen.difference is None

    assert (report.sales, report.refunds) == (5, 1)
    assert report.sales_total == D("172.55") and report.refunds_total == D("30.00") and report.net == D("142.55")
    assert report.rounding == D("0.05")
    by_method = {m.method: m for m in report.methods}
    assert [m.method for m in report.methods] == ["cash", "usd", "yape", "plin"]
    # Change is booked against the soles drawer it left (rule 8): soles kept for sales
    # (50 − 27.50) − 29.00 (the change of the dollar sale) + (20 − 12) + 20 = 21.50;
    # the dollars stay whole: 74.00 + 37.00 = 111.00, for US$ 30 received.
    assert (by_method["cash"].sales, by_method["cash"].refunds, by_method["cash"].net) == (
        D("21.50"),
        D("30.00"),
        D("-8.50"),
    )
    assert by_method["cash"].count == 3  # the soles handed over, not the change booked on the dollar sale
    assert (by_method["usd"].sales, by_method["usd"].foreign, by_method["usd"].count) == (D("111.00"), D("30.00"), 2)
    # Methods add up to what was kept: net 142.55 less the 0.05 rounding.
    assert sum(m.net for m in report.methods) == D("142.50")
    assert [(o.method, o.reference, o.amount) for o in report.operations] == [
        ("yape", "8123456", D("30.00")),
        ("plin", "7001122", D("10.00")),
    ]
    # Shares at 45 %: purse 10.15 (Rosa); bags 20.25 each split Rosa 2 : Ana 1 → 13.50 + 6.75;
    # pencil cases 13.50 each (Luz), one reversed by the refund.
    assert {(m.maker, m.accrued, m.reversed) for m in report.makers} == {
        ("Rosa Quispe", D("37.15"), D("0.00")),
        ("Ana Huamán", D("13.50"), D("0.00")),
        ("Luz Mamani", D("27.00"), D("13.50")),
    }
    assert [(m.direction, m.amount, m.reason) for m in report.movements] == [("out", D("15.00"), "Almuerzo")]


def test_close_short_needs_a_note_and_changes_nothing_without_it(shop, probe):
    day_of_trade(shop)
    before = probe.counts()

    with pytest.raises(UserError, match="nota"):
        cash.close_session(shop.store, COUNT_SHORT, COUNT_USD, "  ", user_id=SYSTEM_ID)

    assert probe.counts() == before
    assert cash.current_session(shop.store) is not None


def test_close_stores_the_count_journals_the_figures_and_backs_up(shop):
    day_of_trade(shop)

    closed = cash.close_session(shop.store, COUNT_SHORT, COUNT_USD, "Se dio vuelto de más", user_id=SYSTEM_ID)

    assert closed.closed and cash.current_session(shop.store) is None
    assert (closed.pen.expected, closed.pen.counted, closed.pen.difference) == (EXPECTED_PEN, D("25.30"), D("-1.20"))
    assert (closed.usd.expected, closed.usd.counted, closed.usd.difference) == (EXPECTED_USD, D("50.00"), D("0.00"))
    assert closed.closing_count["PEN"] == ((D("0.10"), 1), (D("0.20"), 1), (D("5"), 1), (D("20"), 1))

    with shop.store.engine.connect() as conn:
        row = conn.execute(
            text("SELECT counted_pen_cents, counted_usd_cents, closing_count, note, closed_at FROM cash_sessions")
        ).one()
        entry = conn.execute(
            text("SELECT payload, hash FROM journal WHERE kind = 'session_close' AND ref = :ref"),
            {"ref": str(closed.id)},
        ).one()
        head = conn.execute(text("SELECT hash FROM journal_head")).scalar_one()
    assert (row[0], row[1], row[3]) == (2530, 5000, "Se dio vuelto de más")
    assert json.loads(row[2])["PEN"] == {"0.10": 1, "0.20": 1, "5.00": 1, "20.00": 1}
    payload = json.loads(entry[0])
    assert payload["cash"]["PEN"]["expected"] == "26.50"
    assert payload["cash"]["PEN"]["difference"] == "-1.20"
    assert payload["cash"]["USD"]["counted"] == "50.00"
    assert payload["methods"]["yape"] == "30.00" and payload["sales"] == 5
    assert closed.journal_hash == entry[1] == head
    # Read back later (a Z reprint), the session carries the same hash.
    assert cash.session_report(shop.store, closed.id).journal_hash == closed.journal_hash

    database = sqlite_path(shop.store.url)
    if database is None:
        assert closed.backup_path == "" and closed.backup_error == ""
        return
    copy = database.parent / "copias"
    assert closed.backup_error == ""
    assert closed.backup_path.startswith(str(copy))
    check_file(copy / closed.backup_path.rsplit("/", 1)[-1])
    backup = sqlite3.connect(closed.backup_path)
    try:
        assert backup.execute("SELECT counted_pen_cents FROM cash_sessions").fetchone() == (2530,)
    finally:
        backup.close()


def test_an_exact_count_needs_no_note(shop):
    day_of_trade(shop)
    exact = {D("20"): 1, D("5"): 1, D("1"): 1, D("0.50"): 1}  # S/ 26.50

    closed = cash.close_session(shop.store, exact, COUNT_USD, user_id=SYSTEM_ID)

    assert closed.pen.difference == 0 and closed.usd.difference == 0 and closed.note == ""


def test_a_surplus_also_needs_a_note(shop):
    day_of_trade(shop)
    with pytest.raises(UserError, match=r"US\$ 20\.00"):
        cash.close_session(
            shop.store, {D("20"): 1, D("5"): 1, D("1"): 1, D("0.50"): 1}, {D("20"): 3, D("10"): 1}, user_id=SYSTEM_ID
        )


def test_no_backup_without_a_sqlite_file(shop, monkeypatch):
    cash.open_session(shop.store, FLOAT_PEN, user_id=SYSTEM_ID)
    monkeypatch.setattr(cash, "sqlite_path", lambda url: None)

    closed = cash.close_session(shop.store, FLOAT_PEN, {}, user_id=SYSTEM_ID)

    assert closed.closed and (closed.backup_path, closed.backup_error) == ("", "")


def test_a_failed_backup_does_not_undo_the_close(shop, monkeypatch):
    if sqlite_path(shop.store.url) is None:
        pytest.skip("PostgreSQL is not copied on close")
    from mamakilla_pos.services import backup

    def broken(store, dest):
        raise UserError("disco lleno")

    monkeypatch.setattr(backup, "backup", broken)
    cash.open_session(shop.store, FLOAT_PEN, user_id=SYSTEM_ID)

    closed = cash.close_session(shop.store, FLOAT_PEN, {}, user_id=SYSTEM_ID)

    assert "disco lleno" in closed.backup_error and closed.backup_path == ""
    assert cash.current_session(shop.store) is None


def test_closing_without_an_open_session(shop):
    with pytest.raises(UserError, match="no hay una caja abierta"):
        cash.close_session(shop.store, {}, {}, user_id=SYSTEM_ID)
    cash.open_session(shop.store, user_id=SYSTEM_ID)
    cash.close_session(shop.store, {}, {}, user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="no hay una caja abierta"):
        cash.close_session(shop.store, {}, {}, user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="no hay una caja abierta"):
        cash.x_report(shop.store)


@pytest.mark.parametrize(
    ("pen", "usd", "message"),
    [
        ({D("3"): 1}, {}, "no es una denominación"),
        ({}, {D("2"): 1}, "no es una denominación"),
        ({D("10"): -1}, {}, "número entero"),
        ({"abc": 1}, {}, "denominación no válida"),
    ],
)
def test_counts_are_checked(shop, pen, usd, message):
    with pytest.raises(UserError, match=message):
        cash.open_session(shop.store, pen, usd, user_id=SYSTEM_ID)
    cash.open_session(shop.store, {"10": 2, 5: 1, D("0.5"): 2}, user_id=SYSTEM_ID)
    assert cash.current_session(shop.store).opening_float_pen == D("26.00")
    with pytest.raises(UserError, match=message):
        cash.close_session(shop.store, pen, usd, "nota", user_id=SYSTEM_ID)


def test_move_cash_checks_its_input(shop):
    with pytest.raises(UserError, match="no hay una caja abierta"):
        cash.move_cash(shop.store, "out", D("5"), "Almuerzo", user_id=SYSTEM_ID)
    cash.open_session(shop.store, user_id=SYSTEM_ID)
    for args, message in (
        (("sideways", D("5"), "x"), "entrada o de salida"),
        (("out", D("0"), "x"), "mayor que cero"),
        (("out", D("1.005"), "x"), "dos decimales"),
        (("out", D("5"), "  "), "motivo"),
    ):
        with pytest.raises(UserError, match=message):
            cash.move_cash(shop.store, *args, user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="moneda"):
        cash.move_cash(shop.store, "in", D("5"), "Compra de sencillo", "EUR", user_id=SYSTEM_ID)

    moved = cash.move_cash(shop.store, "in", D("10"), "Compra de sencillo", "USD", user_id=SYSTEM_ID)

    assert (moved.direction, moved.currency, moved.amount) == ("in", "USD", D("10.00"))
    assert cash.x_report(shop.store).usd.expected == D("10.00")


def test_a_new_session_starts_from_its_own_float(shop):
    day_of_trade(shop)
    cash.close_session(shop.store, COUNT_SHORT, COUNT_USD, "falta", user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="la caja B001 está cerrada"):  # no sale while the till is closed
        record_sale(shop.store, SaleRequest((LineRequest(shop.purse),), (Tender("cash", D("30")),), user_id=SYSTEM_ID))
    cash.open_session(shop.store, {D("10"): 3}, user_id=SYSTEM_ID)

    report = cash.x_report(shop.store)

    assert (report.sales, report.pen.expected, report.usd.expected) == (0, D("30.00"), D("0.00"))
    assert cash.last_closed_session(shop.store) is not None


def test_figures_follow_the_records_for_random_sales(shop):
    """Aggregate figures equal the sum of what each sale handed over and gave back."""
    rng = random.Random(2024)
    store = shop.store
    cash.open_session(store, {D("50"): 1}, {D("10"): 1}, user_id=SYSTEM_ID)
    pen, usd = D("50.00"), D("10.00")
    prices = {shop.bag: D("45.00"), shop.purse: D("22.55"), shop.pencil_case: D("30.00")}
    for _ in range(40):
        code = rng.choice(list(prices))
        kind = rng.randrange(4)
        if kind == 0:
            tenders = (Tender("cash", D(rng.choice(("50", "100")))),)
        elif kind == 1:
            tenders = (Tender("usd", D(rng.choice(("20", "50")))),)
        elif kind == 2:
            tenders = (Tender("yape", prices[code], str(rng.randrange(10**6))),)
        else:
            tenders = (Tender("card", D("10.00")), Tender("cash", D("100")))
        result = sell(store, code, *tenders)
        pen += sum((t.amount for t in tenders if t.method == "cash"), D(0)) - result.change
        usd += sum((t.amount for t in tenders if t.method == "usd"), D(0))
    report = cash.x_report(store)
    assert (report.pen.expected, report.usd.expected, report.sales) == (pen, usd, 40)


def test_figures_take_the_same_queries_whatever_the_number_of_sales(shop):
    """Expected cash comes from SQL aggregates, not from walking the sales."""
    store = shop.store
    cash.open_session(store, FLOAT_PEN, user_id=SYSTEM_ID)

    def statements() -> int:
        seen: list[str] = []

        def count(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
            seen.append(statement)

        event.listen(store.engine, "before_cursor_execute", count)
        try:
            cash.x_report(store)
        finally:
            event.remove(store.engine, "before_cursor_execute", count)
        return len(seen)

    sell(store, shop.bag, Tender("cash", D("50")))
    few = statements()
    for _ in range(15):
        sell(store, shop.purse, Tender("yape", D("22.55"), "1"))
        sell(store, shop.bag, Tender("usd", D("20")))
    assert statements() == few


def test_day_report_lists_the_sessions_of_the_day(shop):
    day_of_trade(shop)
    cash.close_session(shop.store, COUNT_SHORT, COUNT_USD, "falta", user_id=SYSTEM_ID)
    cash.open_session(shop.store, {D("10"): 2}, user_id=SYSTEM_ID)
    today = cash.current_session(shop.store).opened_at.date()

    report = reports.day_report(shop.store, today)

    assert len(report.sessions) == 2
    first, second = report.sessions
    assert (first.pen.expected, first.pen.counted, first.pen.difference) == (EXPECTED_PEN, D("25.30"), D("-1.20"))
    assert second.pen.counted is None and second.pen.expected == D("20.00")
    pen = report.cash("PEN")
    assert (pen.expected, pen.counted, pen.difference) == (D("46.50"), D("25.30"), D("-1.20"))
    usd = report.cash("USD")
    assert (usd.expected, usd.counted, usd.difference) == (EXPECTED_USD, D("50.00"), D("0.00"))
    assert reports.day_report(shop.store, today.replace(year=today.year - 1)).sessions == ()


def test_the_x_and_z_reports_print_in_the_language_asked(shop):
    day_of_trade(shop)
    x_report = pdf_text(z_docs.x_report_pdf(shop.store, "80mm", language="en"))
    assert "X REPORT" in x_report and "Expected in the till S/ 26.50" in x_report
    assert "INFORME X" in pdf_text(z_docs.x_report_pdf(shop.store, "80mm"))  # Spanish by default
    closed = cash.close_session(shop.store, COUNT_SHORT, COUNT_USD, "Se dio vuelto de más", user_id=SYSTEM_ID)
    z_report = pdf_text(z_docs.session_pdf(shop.store, closed.id, "A4", language="fr"))
    assert "CLÔTURE DE CAISSE (Z)" in z_report and "Il manque 1,20 S/ dans la caisse." in z_report
    assert "CIERRE DE CAJA" not in z_report
    with pytest.raises(ValueError, match="idioma"):
        z_docs.session_pdf(shop.store, closed.id, language="qu")
