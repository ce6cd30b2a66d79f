"""Each drawer's figures (DESIGN.md §4 rule 8) on paper: the Z report and the day report print them in
one convention — the same rows, words and order, what takes cash away negative — with the same figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from mamakilla_pos.domain.language import TRUE_MINUS, Formats
from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import cash, history, settings, z_docs
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.reports import day_report, day_report_pdf
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale

SOLES = (
    "Fondo inicial S/ 100.00",
    "Recibido en ventas S/ 50.00",
    "Vuelto entregado −S/ 34.50",
    "Devoluciones −S/ 22.50",
    "Entradas de dinero S/ 30.00",
    "Salidas de dinero −S/ 10.00",
    "Pagos a artesanas S/ 0.00",
    "Esperado en caja S/ 113.00",
)


def _between(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end)]


@pytest.mark.till_closed
def test_the_day_report_prints_each_drawer_as_the_z_report_does(shop, pdfs):
    """Floats S/ 100.00 and US$ 20.00, the dollar at 3.70.

    * A pencil case (30.00) paid US$ 10 (S/ 37.00): S/ 7.00 change from the soles drawer.
    * A purse (22.55) paid S/ 50 in cash: due 22.50, S/ 27.50 change; returned, the S/ 22.50 it took paid back.
    * S/ 30.00 put in, S/ 10.00 taken out.

    Soles: 100 + 50 − 34.50 − 22.50 + 30 − 10 = 113.00; dollars: 20 + 10 = 30.00; counted exactly.
    A second session opens with S/ 20.00 and sells a keyring for S/ 5.00: the day adds both up, and
    counts only the closed one.
    """
    store = shop.store
    settings.update_settings(store, usd_rate=D("3.70"), user_id=SYSTEM_ID)
    first = cash.open_session(store, {D("20"): 5}, {D("10"): 2}, user_id=SYSTEM_ID)
    record_sale(store, SaleRequest((LineRequest(shop.pencil_case),), (Tender("usd", D("10")),), user_id=SYSTEM_ID))
    purse = record_sale(store, SaleRequest((LineRequest(shop.purse),), (Tender("cash", D("50")),), user_id=SYSTEM_ID))
    line = history.get_sale(store, purse.number).lines[0]
    refund(
        store, RefundRequest(purse.number, (RefundLine(line.id, 1),), "cash", reason="Otro color", user_id=SYSTEM_ID)
    )
    cash.move_cash(store, "in", D("30.00"), "Sencillo del banco", user_id=SYSTEM_ID)
    cash.move_cash(store, "out", D("10.00"), "Almuerzo", user_id=SYSTEM_ID)
    soles = {D("100"): 1, D("10"): 1, D("2"): 1, D("1"): 1}
    cash.close_session(store, soles, {D("20"): 1, D("10"): 1}, user_id=SYSTEM_ID)

    z = pdfs.text(z_docs.session_pdf(store, first.id, "80mm"))
    z_soles = " ".join(_between(z, "EFECTIVO EN SOLES", "Soles Apert.").split())
    assert z_soles == "EFECTIVO EN SOLES " + " ".join(SOLES)
    assert "Contado (arqueo) S/ 113.00 DIFERENCIA S/ 0.00" in z
    z_dollars = _between(z, "EFECTIVO EN DÓLARES", "Dólares Apert.")
    assert "Fondo inicial US$ 20.00 Recibido en ventas US$ 10.00 Esperado en caja US$ 30.00" in z_dollars

    text = pdfs.text(day_report_pdf(store, day_report(store, date.today())))
    table = _between(text, "Efectivo por caja: soles y dólares", "Cajas del día")
    for line in (
        "Efectivo Soles Dólares",
        "Fondo inicial S/ 100.00 US$ 20.00",
        "Recibido en ventas S/ 50.00 US$ 10.00",
        "Vuelto entregado −S/ 34.50 US$ 0.00",
        "Devoluciones −S/ 22.50 US$ 0.00",
        "Entradas de dinero S/ 30.00 US$ 0.00",
        "Salidas de dinero −S/ 10.00 US$ 0.00",
        "Pagos a artesanas S/ 0.00 US$ 0.00",
        "Esperado en caja S/ 113.00 US$ 30.00",
        "Contado (arqueo) S/ 113.00 US$ 30.00",
        "Diferencia S/ 0.00 US$ 0.00",
    ):
        assert line in table, line

    cash.open_session(store, {D("20"): 1}, {}, user_id=SYSTEM_ID)
    record_sale(store, SaleRequest((LineRequest(shop.bought_in),), (Tender("cash", D("5.00")),), user_id=SYSTEM_ID))
    text = pdfs.text(day_report_pdf(store, day_report(store, date.today())))
    table = _between(text, "Efectivo por caja: soles y dólares", "Cajas del día")
    for line in (
        "Fondo inicial S/ 120.00 US$ 20.00",
        "Recibido en ventas S/ 55.00 US$ 10.00",
        "Esperado en caja S/ 138.00 US$ 30.00",
        "Contado (cajas cerradas) S/ 113.00 US$ 30.00",
        "Diferencia S/ 0.00 US$ 0.00",
    ):
        assert line in table, line


@pytest.mark.till_closed
def test_a_day_without_a_till_has_no_drawers(shop, pdfs):
    text = pdfs.text(day_report_pdf(shop.store, day_report(shop.store, date.today())))
    assert "Efectivo por caja" not in text and "Ninguna caja abierta este día." in text


# -- a day with dollars, change and a maker paid in cash (the drawer_day fixture, tests/conftest.py) ----------

DRAWER_DAY_SOLES = (
    "Fondo inicial S/ 100.00",
    "Recibido en ventas S/ 50.00",
    "Vuelto entregado −S/ 36.50",
    "Devoluciones S/ 0.00",
    "Entradas de dinero S/ 700.00",
    "Salidas de dinero −S/ 10.00",
    "Pagos a artesanas −S/ 751.30",
    "Esperado en caja S/ 52.20",
)


@pytest.mark.parametrize("paper", ["A4", "80mm", "58mm"])
def test_the_z_and_the_x_print_each_drawer_with_the_makers_payout_apart(drawer_day, paper, pdfs):
    """Soles 100 + 50 − 36.50 + 700 − 10 − 751.30 = 52.20, dollars 20 + 24 = 44.00, counted exactly."""
    shop = settings.get_settings(drawer_day.store)
    z = pdfs.text(z_docs.session_pdf(drawer_day.store, drawer_day.session_id, paper))
    x = pdfs.text(z_docs.report_pdf(drawer_day.x_report, shop, paper))
    for text, final in ((z, True), (x, False)):
        soles = " ".join(_between(text, "EFECTIVO EN SOLES", "Soles Apert." if final else "FONDO").split())
        assert soles == "EFECTIVO EN SOLES " + " ".join(DRAWER_DAY_SOLES), (final, soles)
        dollars = _between(text, "EFECTIVO EN DÓLARES", "ENTRADAS Y SALIDAS")
        assert "Fondo inicial US$ 20.00 Recibido en ventas US$ 24.00 Esperado en caja US$ 44.00" in dollars
        assert ("DIFERENCIA S/ 0.00" in text and "DIFERENCIA US$ 0.00" in dollars) is final
        # Among the movements, the payout is a payout: the cash taken out is the lunch alone.
        assert "Pago −S/ 751.30 Pago a artesana Rosa Quispe" in text and "Salida −S/ 751.30" not in text


def test_the_day_report_prints_the_days_drawers_as_report_day_json_gives_them(drawer_day, pdfs):
    report = day_report(drawer_day.store, date.today())
    text = pdfs.text(day_report_pdf(drawer_day.store, report))
    table = _between(text, "Efectivo por caja: soles y dólares", "Cajas del día")
    for line in (
        "Fondo inicial S/ 100.00 US$ 20.00",
        "Recibido en ventas S/ 50.00 US$ 24.00",
        "Vuelto entregado −S/ 36.50 US$ 0.00",
        "Devoluciones S/ 0.00 US$ 0.00",
        "Entradas de dinero S/ 700.00 US$ 0.00",
        "Salidas de dinero −S/ 10.00 US$ 0.00",
        "Pagos a artesanas −S/ 751.30 US$ 0.00",
        "Esperado en caja S/ 52.20 US$ 44.00",
        "Contado (arqueo) S/ 52.20 US$ 44.00",
        "Diferencia S/ 0.00 US$ 0.00",
    ):
        assert line in table, line
    # report day --json's "drawers" come from the same figures: each is printed, with its sign.
    money = Formats("es", TRUE_MINUS).money
    for currency in ("PEN", "USD"):
        drawer, count = report.drawer(currency), report.cash(currency)
        assert drawer.received == drawer.sales - drawer.refunds
        for figure in (
            drawer.opening_float,
            drawer.sales,
            -drawer.refunds,
            -drawer.change,
            drawer.cash_in,
            -drawer.cash_out,
            -drawer.payouts,
            drawer.expected,
            count.counted,
            count.difference,
        ):
            assert money(figure, currency) in table, (currency, figure)
