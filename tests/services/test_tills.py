"""Tills: each its own code, series, home location and cash session, never shop-wide (DESIGN.md §3).

Two tills on one database are two programs on it (``open_store(url,
till=…)``, as ``--till`` does): on SQLite by default, on PostgreSQL with
``MAMAKILLA_TEST_PG`` set.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.machine import remembered_till
from mamakilla_pos.services import auth, cash, importing, locations, settings, stock, tills
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import PermissionDenied, UserError
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import open_store

D = Decimal
WORKER = Path(__file__).with_name("till_worker.py")


def card_sale(store, code: str = "KEY001"):
    return record_sale(store, SaleRequest((LineRequest(code),), (Tender("card", D("5.00")),), user_id=SYSTEM_ID))


@pytest.fixture
def fair(shop):
    """The shop's second till, ``F001`` at the fair stand, as a second program on the same database."""
    locations.add_location(shop.store, "feria", "Feria San Blas", "fair", user_id=SYSTEM_ID)
    tills.create_till(shop.store, "F001", location_code="feria", user_id=SYSTEM_ID)
    stock.produce(shop.store, "KEY001", 5, "feria", user_id=SYSTEM_ID)
    second = open_store(shop.store.url, till="F001")
    yield second
    second.dispose()


def test_a_new_shop_has_one_till_that_it_is(store):
    assert store.till == "B001"
    [only] = tills.list_tills(store)
    assert (only.code, only.series, only.location_code, only.here) == ("B001", "B001", "taller", True)
    again = open_store(store.url)  # nothing named: the file's own, or the shop's only till
    try:
        assert again.till == "B001"
    finally:
        again.dispose()


@pytest.mark.till_closed
def test_another_tills_series_never_changes_this_tills_receipts(shop, fair):
    cash.open_session(shop.store, user_id=SYSTEM_ID)
    cash.open_session(fair, user_id=SYSTEM_ID)
    assert card_sale(shop.store).number == "B001-000001"
    assert card_sale(fair).number == "F001-000001"
    settings.update_settings(fair, SYSTEM_ID, till_series="F002")  # what the fair till does to its own
    assert settings.get_settings(shop.store).till_series == "B001"
    assert card_sale(shop.store).number == "B001-000002"
    assert card_sale(fair).number == "F002-000001"
    with pytest.raises(UserError, match="la serie B001 es de la caja B001"):
        settings.update_settings(fair, SYSTEM_ID, till_series="B001")
    tills.update_till(shop.store, "B001", series="B009", user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="la serie B001 ya tiene notas de la caja B001"):
        tills.update_till(fair, "F001", series="B001", user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="PAPEL"):
        tills.create_till(shop.store, "PAPEL", user_id=SYSTEM_ID)
    assert card_sale(shop.store).number == "B009-000001"
    assert verify(shop.store) == []


@pytest.mark.till_closed
def test_each_till_sells_from_its_own_home(shop, fair):
    cash.open_session(fair, user_id=SYSTEM_ID)
    stock_before = {loc: _units(shop.store, "KEY001", loc) for loc in ("taller", "feria")}
    card_sale(fair)
    assert _units(shop.store, "KEY001", "feria") == stock_before["feria"] - 1
    assert _units(shop.store, "KEY001", "taller") == stock_before["taller"]
    assert settings.get_settings(shop.store).till_location == "taller"
    assert settings.get_settings(fair).till_location == "feria"


def _units(store, code: str, location: str) -> int:
    from mamakilla_pos.services.stock import stock_levels

    levels = stock_levels(store)
    return sum(level.quantity for level in levels if level.item_code == code and level.location == location)


@pytest.mark.till_closed
def test_two_tills_keep_their_own_sessions(shop, fair):
    """Opening or closing one till never touches the other's session."""
    workshop = cash.open_session(shop.store, user_id=SYSTEM_ID)
    assert cash.current_session(fair) is None
    at_fair = cash.open_session(fair, user_id=SYSTEM_ID)
    assert (workshop.till, at_fair.till) == ("B001", "F001")
    assert workshop.id != at_fair.id
    cash.close_session(fair, None, None, "cierre", user_id=SYSTEM_ID)
    assert cash.current_session(fair) is None
    assert cash.current_session(shop.store).id == workshop.id  # still open
    with pytest.raises(UserError, match="la caja ya está abierta"):
        cash.open_session(shop.store, user_id=SYSTEM_ID)
    assert verify(shop.store) == []


def test_a_seller_may_not_change_a_till(shop, fair):
    coordinator = auth.create_user(shop.store, "Carmen Ayma", "coordinator", "739164", by=SYSTEM_ID)
    seller = auth.create_user(shop.store, "Rosa Quispe", "seller", "5820", by=coordinator.id)
    with pytest.raises(PermissionDenied, match="cambiar los ajustes"):
        tills.update_till(shop.store, "B001", series="B002", user_id=seller.id)
    with pytest.raises(PermissionDenied):
        tills.create_till(shop.store, "F002", user_id=seller.id)
    assert tills.this_till(shop.store).series == "B001"


@pytest.mark.till_closed
def test_a_program_chooses_its_till_and_this_computer_remembers_it(shop, fair):
    tills.create_till(shop.store, "F002", location_code="feria", user_id=SYSTEM_ID)
    nameless = open_store(shop.store.url)
    try:
        chosen = tills.claim_till(nameless, "F002", user_id=SYSTEM_ID)
        assert (chosen.code, chosen.here, nameless.till) == ("F002", True, "F002")
        assert remembered_till(shop.store.url) == "F002"
        cash.open_session(nameless, user_id=SYSTEM_ID)
        assert card_sale(nameless).number == "F002-000001"
    finally:
        nameless.dispose()
    with pytest.raises(UserError, match="no existe la caja X9"):
        tills.claim_till(fair, "X9", user_id=SYSTEM_ID)


@pytest.mark.till_closed
def test_a_program_that_is_no_till_cannot_sell(shop):
    stranger = open_store(shop.store.url, till="Z001")
    try:
        with pytest.raises(UserError, match="la caja Z001 no existe"):
            cash.open_session(stranger, user_id=SYSTEM_ID)
        with pytest.raises(UserError):
            card_sale(stranger)
    finally:
        stranger.dispose()


# -- a sale needs its till's open session, and someone who may sell --------------------------------


@pytest.mark.till_closed
def test_a_sale_or_refund_is_refused_while_its_till_is_closed(shop, probe):
    store = shop.store
    before = probe.counts()
    with pytest.raises(UserError, match="la caja B001 está cerrada"):
        card_sale(store)
    assert probe.counts() == before  # nothing written, no number used

    cash.open_session(store, user_id=SYSTEM_ID)
    sold = card_sale(store)
    cash.close_session(store, None, None, "cierre", user_id=SYSTEM_ID)
    line = probe.sale(sold.number).lines[0]
    before = probe.counts()
    with pytest.raises(UserError, match="la caja B001 está cerrada"):
        refund(store, RefundRequest(sold.number, (RefundLine(line.id, 1),), "card", user_id=SYSTEM_ID))
    assert probe.counts() == before
    assert verify(store) == []


def test_a_paper_sale_needs_no_session(shop, tmp_path):
    paper = tmp_path / "ventas.csv"
    paper.write_text(
        "receipt,datetime,code,quantity,unit_price,discount,payment,refund_of\n"
        "F-001,2026-11-28T10:15:00,BAG001,1,45.00,0,cash,\n",
        encoding="utf-8",
    )
    importing.import_sales(shop.store, paper)  # the till is closed: a paper sale belongs to no drawer
    with shop.store.engine.connect() as conn:
        row = conn.execute(text("SELECT series, cash_session_id FROM sales WHERE number = 'F-001'")).one()
    assert (row.series, row.cash_session_id) == ("PAPEL", None)
    assert verify(shop.store) == []


@pytest.mark.till_closed
def test_verify_names_a_sale_outside_any_session_and_a_series_two_tills_used(shop, fair):
    cash.open_session(shop.store, user_id=SYSTEM_ID)
    cash.open_session(fair, user_id=SYSTEM_ID)
    sold = card_sale(shop.store)
    card_sale(shop.store)
    at_fair = card_sale(fair)
    with shop.store.engine.begin() as conn:
        conn.execute(text("UPDATE sales SET cash_session_id = NULL WHERE number = :n"), {"n": sold.number})
        conn.execute(text("UPDATE sales SET series = 'B001' WHERE number = :n"), {"n": at_fair.number})
    problems = verify(shop.store)
    assert f"la venta {sold.number} no está en ninguna caja abierta y no es una venta en papel" in problems
    assert "la serie B001 tiene notas de 2 cajas distintas: cada caja tiene su propia serie" in problems


@pytest.mark.till_closed
def test_a_deactivated_seller_cannot_sell(shop, probe):
    store = shop.store
    coordinator = auth.create_user(store, "Carmen Ayma", "coordinator", "739164", by=SYSTEM_ID)
    seller = auth.create_user(store, "Rosa Quispe", "seller", "5820", by=coordinator.id)
    cash.open_session(store, user_id=coordinator.id)
    request = SaleRequest((LineRequest("KEY001"),), (Tender("card", D("5.00")),), user_id=seller.id)
    record_sale(store, request)
    auth.set_active(store, seller.id, False, coordinator.id)
    before = probe.counts()
    with pytest.raises(PermissionDenied, match="Rosa Quispe está desactivada"):
        record_sale(store, request)
    with pytest.raises(PermissionDenied, match="Rosa Quispe está desactivada"):
        cash.move_cash(store, "in", D("10"), "sencillo", user_id=seller.id)
    assert probe.counts() == before


@pytest.mark.till_closed
def test_closing_someone_elses_session_is_a_permission(shop, fair):
    store = shop.store
    coordinator = auth.create_user(store, "Carmen Ayma", "coordinator", "739164", by=SYSTEM_ID)
    seller = auth.create_user(store, "Rosa Quispe", "seller", "5820", by=coordinator.id)
    other = auth.create_user(store, "Ana Huamán", "seller", "4931", by=coordinator.id)
    by_program = cash.open_session(store, user_id=SYSTEM_ID)
    with pytest.raises(PermissionDenied, match="cerrar la caja de otra persona"):
        cash.close_session(store, None, None, "x", user_id=seller.id)  # opened by the program: nobody's own
    fair_session = cash.open_session(fair, user_id=seller.id)
    with pytest.raises(PermissionDenied, match="cerrar la caja de otra persona"):
        cash.close_session(store, None, None, "x", user_id=seller.id, session_id=fair_session.id)  # another till's
    with pytest.raises(PermissionDenied, match="cerrar la caja de otra persona"):
        cash.close_session(fair, None, None, "x", user_id=other.id)  # another person's
    assert cash.current_session(fair).id == fair_session.id
    assert cash.current_session(store).id == by_program.id
    cash.close_session(fair, None, None, "cierre", user_id=seller.id)  # her own
    cash.close_session(store, None, None, "cierre", user_id=coordinator.id)  # a coordinator may
    assert cash.current_session(store) is None
    assert verify(store) == []


@pytest.mark.till_closed
def test_two_tills_selling_and_closing_at_once_never_mix(shop, fair):
    """Two programs, two tills, each opening, selling and closing over and over at the same time:
    every sale in its own till's session and series, no number missing, no sale outside a session,
    every sale tried on a closed till refused, each Z report its own."""
    store = shop.store
    env = {**os.environ, "MAMAKILLA_TILL": ""}
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), store.url, till, "5", "20", str(seed)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for till, seed in (("B001", 1), ("F001", 2))
    ]
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=900)
        assert worker.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    for result in results:
        assert result["errors"] == []
        assert result["refused"] == 5  # one sale tried after each close

    with store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT s.number, s.series, s.seq, c.id, c.till, c.closed_at FROM sales s"
                " LEFT JOIN cash_sessions c ON c.id = s.cash_session_id"
            )
        ).all()
    by_series: dict[str, list[int]] = defaultdict(list)
    session_of = {}
    for number, series, seq, session_id, till, closed_at in rows:
        assert session_id is not None, f"{number} outside any session"
        assert closed_at is not None
        assert series == till, f"{number} in a session of {till}"
        by_series[series].append(seq)
        session_of[number] = uuid.UUID(str(session_id))
    assert set(by_series) == {"B001", "F001"}
    for series, seqs in by_series.items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1)), f"gaps in {series}"
    for result in results:
        assert len(result["sessions"]) == 5
        for session_id, numbers in result["sessions"].items():
            assert numbers, "every round sold"
            assert {session_of[n] for n in numbers} == {uuid.UUID(session_id)}
            report = cash.session_report(store, uuid.UUID(session_id))
            assert report.till == result["till"]
            assert report.sales + report.refunds == len(numbers)
    assert verify(store) == []
