"""The same conventions in every A4 report (DESIGN.md §6): signs, the minus sign, method order, totals
that add up (each maker's part), one counting basis for units, text inside the margins, fonts embedded."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal as D

import pytest

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.domain.pricing import Discount, DiscountKind
from mamakilla_pos.services import analytics, catalogue, catalogue_makers, history, impact, report_docs, settings, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.analytics import Period
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale

YEAR = 2025
MAY = Period(date(YEAR, 5, 1), date(YEAR, 5, 31))
A4_WIDTH_MM = 210


@pytest.fixture
def may(shop, monkeypatch):  # type: ignore[no-untyped-def]
    """May: 3 bags (Rosa 2 : Ana 1) and a purse (Rosa), paid in every method; a refund; 4 bags and 2 purses made."""
    store = shop.store
    monkeypatch.setattr(stock, "now", lambda: datetime(YEAR, 5, 2, 9))
    stock.produce(store, "BAG001", 4, user_id=SYSTEM_ID)
    stock.produce(store, "PUR001", 2, user_id=SYSTEM_ID)
    at = datetime(YEAR, 5, 3, 10)
    ten_off = Discount(DiscountKind.AMOUNT, D("10.00"))
    sales = [
        # 3 bags, 10.00 off the line: 125.00 by transfer, then Plin, card, Yape, dollars and soles cash.
        ((LineRequest("BAG001", 3, ten_off),), (Tender("transfer", D("125.00"), "T1"),)),
        ((LineRequest("PUR001"),), (Tender("plin", D("22.55"), "P1"),)),
        ((LineRequest("KEY001"),), (Tender("card", D("5.00"), "C1"),)),
        ((LineRequest("KEY001"),), (Tender("yape", D("5.00"), "Y1"),)),
        ((LineRequest("KEY001"),), (Tender("usd", D("5.00")),)),
        ((LineRequest("KEY001"),), (Tender("cash", D("5.00")),)),
    ]
    numbers = []
    for minutes, (lines, tenders) in enumerate(sales):
        request = SaleRequest(
            lines, tenders, usd_rate=D("3.70"), created_at=at.replace(minute=minutes), user_id=SYSTEM_ID
        )
        numbers.append(record_sale(store, request).number)
    line = history.get_sale(store, numbers[1]).lines[0]
    refund(
        store,
        RefundRequest(
            numbers[1], (RefundLine(line.id, 1),), "card", "R1", created_at=at.replace(hour=12), user_id=SYSTEM_ID
        ),
    )
    return store


def test_each_makers_part_adds_up_to_the_shop(may):
    """3 bags at 45.00 less 10.00 = 125.00, split 2 : 1: Rosa 2.0 units, 90.00 − 6.67; Ana 1.0, 45.00 − 3.33.
    Rosa's purse (22.55, returned) is hers alone. The makers' totals are the shop's for their items."""
    report = analytics.period_report(may, MAY)
    makers = {f.label: f for f in report.by_maker}
    rosa, ana = makers["Rosa Quispe"], makers["Ana Huamán"]
    assert (rosa.units_sold, rosa.gross, rosa.discounts, rosa.refunds) == (3, D("112.55"), D("6.67"), D("22.55"))
    assert (ana.units_sold, ana.gross, ana.discounts, ana.refunds) == (1, D("45.00"), D("3.33"), D("0.00"))
    made = [f for f in report.by_product if f.label != "Llavero de alpaca"]
    assert sum(f.gross for f in report.by_maker) == sum(f.gross for f in made) == D("157.55")
    assert sum(f.units for f in report.by_maker) == sum(f.units for f in made) == 3


def test_period_pdf_reads_the_makers_parts_signs_and_method_order(may, pdfs):
    text = pdfs.text(report_docs.period_pdf(may, MAY))
    # Units net of returns: Rosa 2 bags + 1 purse − the purse back.
    assert "Rosa Quispe 2.0 112.55 −6.67 −22.55 83.33" in text
    assert "Ana Huamán 1.0 45.00 −3.33 0.00 41.67" in text
    assert "Total 3.0 157.55 −10.00 −22.55 125.00" in text
    # Methods in the one order of every report; refunds negative.
    order = [text.index(f" {name} 1 ") for name in ("Efectivo", "Dólares", "Yape", "Plin", "Tarjeta", "Transferencia")]
    assert order == sorted(order)
    assert "Plin 1 22.55 0.00 22.55" in text and "Tarjeta 1 5.00 −22.55 −17.55" in text
    assert "−S/ 10.00 Descuentos" in text and "−S/ 22.55 Devoluciones (1)" in text
    assert "Redondeo en efectivo" in text and "a favor del cliente" not in text
    assert "-" not in text.replace("-mail", "")  # every minus a true minus sign


def test_impact_units_are_counted_once_per_piece(may, pdfs):
    report = impact.impact_report(may, YEAR, today=date(YEAR, 12, 31))
    makers = {m.maker: m for m in report.makers}
    # 4 bags made at 2 : 1 → 2.7 and 1.3; Rosa's 2 purses are hers: 4.7 in all for her.
    assert (makers["Rosa Quispe"].units_made, makers["Ana Huamán"].units_made) == (D("4.7"), D("1.3"))
    assert report.units_made == 6  # the production movements of the women's items
    assert sum((m.units_sold for m in report.makers), D(0)) == report.units_sold - 4  # the 4 keyrings are the center's
    text = pdfs.text(report_docs.impact_pdf(may, YEAR))
    assert "6 Unidades producidas" in text
    assert "Rosa Quispe 4.7 2.0" in text and "Ana Huamán 1.3 1.0" in text
    assert "Total 6.0 3.0" in text


def test_impact_table_says_since_when_only_when_it_is_known(may, pdfs):
    spanish = pdfs.text(report_docs.impact_pdf(may, YEAR))
    assert "Artesana Hechas Vendidas" in spanish and "Desde" not in spanish  # no maker has a joining date
    catalogue_makers.create_maker(may, "Nilda Choque", joined_on=date(YEAR, 3, 1), user_id=SYSTEM_ID)
    catalogue.add_item(
        may, catalogue.NewItem("Cartuchera Nilda", "Cartucheras", D("30.00"), (("Nilda Choque", 1),), "CAS009")
    )
    stock.produce(may, "CAS009", 2, user_id=SYSTEM_ID)
    spanish = pdfs.text(report_docs.impact_pdf(may, YEAR))
    assert "Artesana Desde Hechas Vendidas" in spanish
    assert "Nilda Choque 01/03/2025" in spanish and "Rosa Quispe — 4.7" in spanish


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_reports_keep_their_text_inside_the_margins_and_embed_their_fonts(may, pdfs, language):
    settings.update_settings(may, shop_ruc="20601234567", user_id=SYSTEM_ID)
    for pdf in (report_docs.impact_pdf(may, YEAR, language), report_docs.period_pdf(may, MAY)):
        runs = pdfs.runs(pdf)
        mm = 72 / 25.4
        outside = [r.text for r in runs if r.left < 12 * mm or r.right > (A4_WIDTH_MM - 12) * mm]
        assert outside == []
        fonts = pdfs.fonts(pdf)
        assert fonts and all(embedded and "DejaVu" in name for name, embedded in fonts), fonts
    assert "RUC 20601234567" in pdfs.text(report_docs.period_pdf(may, MAY))


def test_day_report_has_totals_rows_ruc_print_time_and_page_footer(may, pdfs):
    settings.update_settings(may, shop_ruc="20601234567", user_id=SYSTEM_ID)
    from mamakilla_pos.services.reports import day_report, day_report_pdf

    pdf = day_report_pdf(may, day_report(may, date(YEAR, 5, 3)))
    text = pdfs.text(pdf)
    for words in (
        "Reporte del día 03/05/2025",
        "Mama Killa · RUC 20601234567 · Impreso el",
        # From gross to what was taken, each line adding to the next; the totals row last.
        "Bruto (cantidad × precio) S/ 177.55 Descuentos −S/ 10.00 Ventas (6) S/ 167.55 Devoluciones (1) −S/ 22.55 "
        "Neto S/ 145.00 Redondeo en efectivo S/ 0.00 Total cobrado S/ 145.00",
        # US$ 5.00 (S/ 18.50) for a keyring of 5.00: the 13.50 change left the soles drawer.
        "Efectivo −8.50 0.00 −8.50 Dólares 18.50 0.00 18.50 Yape 5.00 0.00 5.00 Plin 22.55 0.00 22.55 "
        "Tarjeta 5.00 −22.55 −17.55 Transferencia 125.00 0.00 125.00 Total cobrado 167.55 −22.55 145.00",
        "Ana Huamán 18.75 0.00 18.75 Rosa Quispe 47.65 −10.15 37.50 Total 66.40 −10.15 56.25",
        "Ninguna caja abierta este día.",
        "página 1 de 1",
    ):
        assert words in text, words
    assert "-" not in text.replace("—", "")
    assert all(embedded and "DejaVu" in name for name, embedded in pdfs.fonts(pdf))


@pytest.mark.till_closed
def test_day_report_names_each_session_by_its_till_and_totals_each_currency(shop, pdfs):
    from mamakilla_pos.services import cash
    from mamakilla_pos.services.reports import day_report, day_report_pdf

    session = cash.open_session(shop.store, {D("20"): 5}, {D("10"): 2}, user_id=SYSTEM_ID)
    record_sale(shop.store, SaleRequest((LineRequest("KEY001"),), (Tender("cash", D("5.00")),), user_id=SYSTEM_ID))
    text = pdfs.text(day_report_pdf(shop.store, day_report(shop.store, date.today())))
    assert f"Caja B001 · turno {str(session.id)[:8]}" in text
    assert "Soles S/ 105.00 — —" in text and "Dólares US$ 20.00 — —" in text
    assert "Total soles S/ 105.00 — — Total dólares US$ 20.00 — —" in text
    assert "Caja n.º" not in text
