"""Each drawer's figures, change and payouts in real coins (DESIGN.md §4 rules 4, 7, 8, 10).

The day is :class:`tests.conftest.DrawerDay`, worked out by hand there.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pypdf
import pytest
from sqlalchemy import text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import auth, cash, history, payouts, reports, z_docs
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.settings import get_settings
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store.migrate import alembic_config

D = Decimal


def test_the_mixed_tender_sale_gives_two_soles_and_records_the_rounding(drawer_day):
    sale = history.get_sale(drawer_day.store, drawer_day.sales[0])
    assert (sale.total, sale.tendered, sale.change, sale.amount_due, sale.rounding) == (
        D("99.85"),
        D("101.80"),
        D("2.00"),
        D("99.80"),
        D("0.05"),
    )
    # Lines and shares keep the full 99.85: the center absorbs the 0.05.
    assert sum(ln.net for ln in sale.lines) == D("99.85")
    assert [(p.method, p.amount, p.amount_pen) for p in sale.payments if p.handed_over] == [
        ("yape", D("50.00"), D("50.00")),
        ("usd", D("14.00"), D("51.80")),
    ]


def test_each_drawer_has_its_own_figures(drawer_day):
    pen, usd = drawer_day.x_report.pen, drawer_day.x_report.usd
    # Soles: 100 + 50 − 36.50 + 700 − 10 − 751.30 = 52.20
    assert (pen.opening_float, pen.received, pen.change) == (D("100.00"), D("50.00"), D("36.50"))
    assert (pen.cash_in, pen.cash_out, pen.payouts, pen.expected) == (
        D("700.00"),
        D("10.00"),
        D("751.30"),
        D("52.20"),
    )
    # Dollars: 20 + 14 + 10 = 44; the change of both dollar sales left the soles drawer.
    assert (usd.opening_float, usd.received, usd.change, usd.payouts, usd.expected) == (
        D("20.00"),
        D("24.00"),
        D("0.00"),
        D("0.00"),
        D("44.00"),
    )
    methods = {m.method: m for m in drawer_day.x_report.methods}
    # Cash: 50 − 27.50 for B, less the 2.00 and 7.00 handed back on the dollar sales.
    assert (methods["cash"].net, methods["usd"].net, methods["yape"].net) == (D("13.50"), D("88.80"), D("50.00"))
    assert drawer_day.x_report.rounding == D("0.10")


def test_a_perfect_count_balances_both_drawers_to_zero(drawer_day):
    closed = drawer_day.closed
    assert (closed.pen.counted, closed.pen.difference) == (D("52.20"), D("0.00"))
    assert (closed.usd.counted, closed.usd.difference) == (D("44.00"), D("0.00"))
    assert verify(drawer_day.store) == []


def test_the_day_report_sums_each_drawer(drawer_day):
    day = reports.day_report(drawer_day.store, date.today())
    pen, usd = day.drawer("PEN"), day.drawer("USD")
    assert (pen.received, pen.change, pen.cash_in, pen.cash_out, pen.payouts, pen.expected) == (
        D("50.00"),
        D("36.50"),
        D("700.00"),
        D("10.00"),
        D("751.30"),
        D("52.20"),
    )
    assert (usd.received, usd.expected) == (D("24.00"), D("44.00"))
    assert (day.cash("PEN").difference, day.cash("USD").difference) == (D("0.00"), D("0.00"))


def test_the_z_report_data_carries_each_drawer(drawer_day):
    data = z_docs.z_report_data(drawer_day.closed, get_settings(drawer_day.store))
    pen, usd = data.drawers
    assert (pen.currency, pen.payouts, pen.change, pen.expected, pen.difference) == (
        "PEN",
        D("751.30"),
        D("36.50"),
        D("52.20"),
        D("0.00"),
    )
    assert (usd.currency, usd.sales, usd.change, usd.expected, usd.difference) == (
        "USD",
        D("24.00"),
        D("0.00"),
        D("44.00"),
        D("0.00"),
    )


def test_the_close_journals_each_drawer(drawer_day):
    with drawer_day.store.session() as session:
        from mamakilla_pos.services.journal import journal_payloads_in

        payload = journal_payloads_in(session, "session_close")[str(drawer_day.session_id)]
    assert payload["cash"]["PEN"]["payouts"] == "751.30"
    assert payload["cash"]["PEN"]["expected"] == "52.20"
    assert payload["cash"]["USD"]["expected"] == "44.00"


# -- rule 10: nothing below what the drawer holds ------------------------------------------------


@pytest.mark.till_closed
def test_a_cash_out_beyond_the_drawer_is_refused_before_any_approval(shop, probe):
    store = shop.store
    cash.open_session(store, {D("50"): 2}, user_id=SYSTEM_ID)
    # 100 + the purse (22.55 → 22.50 in soles, 30 given, 7.50 back) = 122.50
    record_sale(store, SaleRequest((LineRequest(shop.purse),), (Tender("cash", D("30")),), user_id=SYSTEM_ID))
    assert cash.x_report(store).pen.expected == D("122.50")
    coordinator = auth.create_user(store, "Carmen Ayma", "coordinator", "739164", by=SYSTEM_ID)
    seller = auth.create_user(store, "Luz Mamani", "seller", "582046", by=coordinator.id).id
    before = probe.counts()
    # A seller would need a coordinator's approval: the drawer is checked first, nobody is asked.
    with pytest.raises(UserError, match=r"debería haber S/ 122\.50: no se puede sacar S/ 500\.00"):
        cash.move_cash(store, "out", D("500.00"), "Otro — compra", user_id=seller)
    with pytest.raises(UserError, match=r"caja de dólares debería haber US\$ 0\.00"):
        cash.move_cash(store, "out", D("1.00"), "Otro", "USD", user_id=SYSTEM_ID)
    assert probe.counts() == before
    cash.move_cash(store, "out", D("122.50"), "Depósito en el banco", user_id=SYSTEM_ID)
    assert cash.x_report(store).pen.expected == D("0.00")


@pytest.mark.till_closed
def test_a_cash_payout_beyond_the_drawer_is_refused(shop, probe):
    store = shop.store
    cash.open_session(store, {D("20"): 5}, user_id=SYSTEM_ID)  # S/ 100; Rosa is owed 225.00
    record_sale(
        store,
        SaleRequest(
            (LineRequest(shop.purse, 1, unit_price=D("500.00")),), (Tender("card", D("500")),), user_id=SYSTEM_ID
        ),
    )  # by card: the drawer still holds only the float
    rosa = probe.makers()["Rosa Quispe"]
    before = probe.counts()
    with pytest.raises(UserError, match=r"debería haber S/ 100\.00: no se puede sacar S/ 225\.00"):
        payouts.pay_maker(store, rosa, date.today(), "cash", user_id=SYSTEM_ID)
    assert probe.counts() == before
    # Yape is not taken from the drawer.
    assert payouts.pay_maker(store, rosa, date.today(), "yape", "op-1", user_id=SYSTEM_ID) is not None


# -- the schema change: payouts written before it ------------------------------------------------


def test_the_migration_links_earlier_cash_payouts_to_their_cash(tmp_path):
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine

    url = f"sqlite:///{tmp_path / 'old.db'}"
    config = alembic_config()
    engine = create_engine(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        before = ScriptDirectory.from_config(config).get_revision("20261207_1727").down_revision
        command.upgrade(config, before)  # the schema just before payouts were set apart
        connection.execute(
            text("INSERT INTO locations (id, code, name, kind, active) VALUES (1, 'taller', 'Taller', 'workshop', 1)")
        )
        connection.execute(
            text(
                "INSERT INTO makers (id, name, short_code, phone, dni, notes, active)"
                " VALUES (1, 'Rosa Quispe', 'RQ', '', '', '', 1)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO cash_sessions (id, till, location_id, opened_at, opening_float_pen_cents,"
                " opening_float_usd_cents, opening_count, closing_count, note)"
                " VALUES ('aa', 'B001', 1, '2026-01-01 08:00:00', 0, 0, '{}', '{}', '')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO payouts (id, number, maker_id, created_at, cutoff, amount_cents, method, reference,"
                " cash_session_id) VALUES ('pp', 'P-000001', 1, '2026-01-01 09:00:00', '2026-01-01', 1230,"
                " 'cash', '', 'aa')"
            )
        )
        for mid, reason in (("m1", "Pago a artesana Rosa Quispe (P-000001)"), ("m2", "Almuerzo")):
            connection.execute(
                text(
                    "INSERT INTO cash_movements (id, session_id, created_at, direction, currency, amount_cents,"
                    " reason) VALUES (:id, 'aa', '2026-01-01 09:00:00', 'out', 'PEN', 1230, :reason)"
                ),
                {"id": mid, "reason": reason},
            )
        command.upgrade(config, "head")
        linked = dict(connection.execute(text("SELECT id, payout_id FROM cash_movements")).all())
    engine.dispose()
    assert linked == {"m1": "pp", "m2": None}


# -- the same figures on paper ---------------------------------------------------------------------


def _words(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.mark.parametrize("paper", ["80mm", "A4"])
def test_the_z_pdf_shows_each_drawer_balancing_to_zero(drawer_day, paper):
    text_ = _words(z_docs.session_pdf(drawer_day.store, drawer_day.session_id, paper))
    soles = text_[text_.index("EFECTIVO EN SOLES") : text_.index("EFECTIVO EN DÓLARES")]
    for line in (
        "Fondo inicial S/ 100.00",
        "Recibido en ventas S/ 50.00",
        "Vuelto entregado −S/ 36.50",
        "Entradas de dinero S/ 700.00",
        "Salidas de dinero −S/ 10.00",
        "Pagos a artesanas −S/ 751.30",
        "Esperado en caja S/ 52.20",
        "Contado (arqueo) S/ 52.20",
        "DIFERENCIA S/ 0.00",
        "La caja cuadra.",
    ):
        assert line in soles, line
    dollars = text_[text_.index("EFECTIVO EN DÓLARES") :]
    for line in (
        "Fondo inicial US$ 20.00",
        "Recibido en ventas US$ 24.00",
        "Esperado en caja US$ 44.00",
        "Contado (arqueo) US$ 44.00",
        "DIFERENCIA US$ 0.00",
        "La caja cuadra.",
    ):
        assert line in dollars, line
    assert "Pago −S/ 751.30 Pago a artesana Rosa Quispe" in text_  # listed as a payout, not a cash out


@pytest.mark.till_closed
def test_the_x_pdf_shows_each_drawer_before_the_count(shop):
    store = shop.store
    cash.open_session(store, {D("20"): 5}, {D("20"): 1}, user_id=SYSTEM_ID)
    from mamakilla_pos.services import settings

    settings.update_settings(store, usd_rate=D("3.70"), user_id=SYSTEM_ID)
    record_sale(store, SaleRequest((LineRequest(shop.pencil_case),), (Tender("usd", D("10")),), user_id=SYSTEM_ID))
    text_ = _words(z_docs.x_report_pdf(store, "80mm"))
    assert "INFORME X" in text_
    # US$ 10 = S/ 37.00 for 30.00: S/ 7.00 from the soles drawer, the dollars whole in theirs.
    for line in ("Vuelto entregado −S/ 7.00", "Esperado en caja S/ 93.00", "Recibido en ventas US$ 10.00"):
        assert line in text_, line
    assert "Esperado en caja US$ 30.00" in text_
    assert "DIFERENCIA" not in text_
