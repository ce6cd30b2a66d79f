"""The period report and the annual impact report as PDFs: their text read back in Spanish, English and French."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal as D

import pytest
from helpers import pdf_text, photo_bytes
from pypdf import PdfReader

from mamakilla_pos.documents.impact_report import TEXTS, Words, build_impact_report
from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import (
    analytics,
    catalogue,
    catalogue_makers,
    history,
    impact,
    locations,
    payouts,
    photos,
    report_docs,
    stock,
)
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.analytics import Cancelled, Period
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale

YEAR = 2025


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def year(shop, monkeypatch):  # type: ignore[no-untyped-def]
    """A year with sales at two places, a refund, a new maker trained by Rosa, production and a payout."""
    store = shop.store
    clock = {"now": datetime(YEAR, 1, 20, 9)}
    monkeypatch.setattr(stock, "now", lambda: clock["now"])
    monkeypatch.setattr(payouts, "now", lambda: clock["now"])
    locations.add_location(store, "feria", "Feria artesanal San Blas", "fair", user_id=SYSTEM_ID)
    rosa = next(m.id for m in catalogue_makers.list_makers(store) if m.name == "Rosa Quispe")
    catalogue_makers.create_maker(
        store, "Ñusta Condori", joined_on=date(YEAR, 4, 2), trainer_id=rosa, user_id=SYSTEM_ID
    )
    catalogue.add_item(
        store, catalogue.NewItem("Cartuchera Ñusta", "Cartucheras", D("30.00"), (("Ñusta Condori", 1),), "CAS002")
    )
    stock.produce(store, "CAS002", 8, user_id=SYSTEM_ID)
    stock.produce(store, "BAG001", 3, "feria", user_id=SYSTEM_ID)
    sales = [
        (datetime(YEAR, 2, 14, 11), (("BAG001", 2), ("PUR001", 1)), "taller"),
        (datetime(YEAR, 5, 3, 16), (("CAS002", 3),), "feria"),
        (datetime(YEAR, 5, 3, 17), (("CAS001", 1), ("KEY001", 4)), "feria"),
        (datetime(YEAR, 9, 9, 10), (("CAS002", 1), ("BAG001", 1)), "taller"),
    ]
    prices = {"BAG001": D("45.00"), "PUR001": D("22.55"), "CAS001": D("30.00"), "CAS002": D("30.00"), "KEY001": D(5)}
    numbers = []
    for when, lines, place in sales:
        total = sum((prices[c] * q for c, q in lines), D("0.00"))
        request = SaleRequest(
            tuple(LineRequest(c, q) for c, q in lines),
            (Tender("card", total),),
            location_code=place,
            created_at=when,
            user_id=SYSTEM_ID,
        )
        numbers.append(record_sale(store, request).number)
    line = history.get_sale(store, numbers[1]).lines[0]
    refund(
        store,
        RefundRequest(
            numbers[1], (RefundLine(line.id, 1),), "card", created_at=datetime(YEAR, 5, 4), user_id=SYSTEM_ID
        ),
    )
    clock["now"] = datetime(YEAR, 10, 1, 12)
    paid = payouts.pay_maker(store, rosa, date(YEAR, 9, 30), "yape", "555", user_id=SYSTEM_ID)
    assert paid is not None
    return store, paid.amount


def test_period_report_pdf(year):
    store, _ = year
    pdf = report_docs.period_pdf(store, Period(date(YEAR, 5, 1), date(YEAR, 5, 31)))
    text = pdf_text(pdf)
    assert "Informe de ventas" in text and "del 01/05/2025 al 31/05/2025" in text
    assert "Mama Killa" in text  # the shop's name from the settings
    for words in ("Cartuchera Ñusta", "Ñusta Condori", "Luz Mamani", "Feria artesanal San Blas", "Llavero de alpaca"):
        assert words in text, words
    report = analytics.period_report(store, Period(date(YEAR, 5, 1), date(YEAR, 5, 31)))
    assert f"S/ {report.summary.net:,.2f}" in text
    assert "Por método de pago" in text and "Tarjeta" in text
    assert "página 1 de" in text
    assert "Participación ganada por artesana" in text and "Ventas netas por ubicación" in text


def test_a_year_period_is_charted_by_month(year):
    store, _ = year
    text = pdf_text(report_docs.period_pdf(store, Period.year(YEAR)))
    assert "Ventas netas por mes" in text and "Por mes" in text
    assert "09/2025" in text


def test_period_report_without_sales(store):
    text = pdf_text(report_docs.period_pdf(store, Period(date(2026, 1, 1), date(2026, 1, 7))))
    assert "Sin ventas en el periodo." in text and "S/ 0.00" in text


@pytest.mark.parametrize(
    ("language", "phrases"),
    [
        ("es", ("Informe anual de impacto 2025", "Artesanas activas", "Formada por", "Pagado a las artesanas")),
        ("en", ("Annual impact report 2025", "Active makers", "Trained by", "Paid out to the women")),
        ("fr", ("Rapport d’impact annuel 2025", "Artisanes actives", "Formée par", "Versé aux artisanes")),
    ],
)
def test_impact_report_in_each_language(year, language, phrases):
    store, paid = year
    pdf = report_docs.impact_pdf(store, YEAR, language)
    text = pdf_text(pdf)
    for phrase in phrases:
        assert phrase in text, phrase
    words = Words(language)
    report = impact.impact_report(store, YEAR)
    assert words.money(paid) in text or words.money(paid).replace("\u00a0", " ") in text
    assert words.money(report.total_earned).replace("\u00a0", " ") in text.replace("\u00a0", " ")
    assert words.percent(report.women_share).replace("\u00a0", " ") in text.replace("\u00a0", " ")
    for name in ("Rosa Quispe", "Ana Huamán", "Luz Mamani", "Ñusta Condori", "Cartuchera Ñusta"):
        assert name in text, name
    assert words.day(date(YEAR, 4, 2)) in text  # when Ñusta joined
    assert TEXTS[language]["months_table"] in text
    other = {"es": "Artesanas activas", "en": "Active makers", "fr": "Artisanes actives"}
    assert all(other[lang] not in text for lang in other if lang != language)


def _images(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_impact_report_shows_the_women_who_have_a_photo(year, pdfs):
    store, _ = year
    without = report_docs.impact_pdf(store, YEAR, "en")
    assert _images(without) == 0 and "The women of 2025" not in pdf_text(without)
    makers = {m.name: m.id for m in catalogue_makers.list_makers(store)}
    photos.add_photo(store, photos.Owner("maker", makers["Ñusta Condori"]), photo_bytes(600, 600), user_id=SYSTEM_ID)
    photos.add_photo(
        store, photos.Owner("maker", makers["Rosa Quispe"]), photo_bytes(600, 800, (20, 40, 230)), user_id=SYSTEM_ID
    )
    pdf = report_docs.impact_pdf(store, YEAR, "en")
    text = pdf_text(pdf)
    assert _images(pdf) == 2
    faces = text.index("The women of 2025")
    assert faces < text.index("Each woman in 2025")
    assert "Rosa Quispe" in text[faces:] and "Ñusta Condori" in text[faces:]
    assert all(embedded and "DejaVu" in font for font, embedded in pdfs.fonts(pdf))


def test_each_language_has_every_text():
    keys = set(TEXTS["es"])
    assert all(set(TEXTS[lang]) == keys for lang in TEXTS)
    assert all(len(TEXTS[lang]["months"].split()) == 12 for lang in TEXTS)


def test_numbers_as_each_language_writes_them():
    assert Words("es").money(D("1234.5")) == "S/ 1,234.50"
    assert Words("en").percent(D("0.45")) == "45.0%"
    assert Words("fr").money(D("1234.5")) == "1\u202f234,50\u00a0S/"
    assert Words("fr").percent(D("0.4512")) == "45,1\u00a0%"
    assert Words("fr").day(date(2025, 4, 2)) == "02/04/2025" and Words("en").day(date(2025, 4, 2)) == "2025-04-02"
    with pytest.raises(ValueError):
        Words("de")


def test_unknown_language_is_refused(year):
    store, _ = year
    with pytest.raises(UserError):
        report_docs.impact_pdf(store, YEAR, "qu")


def test_impact_report_of_an_empty_year(store):
    text = pdf_text(report_docs.impact_pdf(store, 2026, "en"))
    assert "No sales in the year." in text and "No new maker joined the workshop this year." in text


def test_building_the_pdf_reports_progress_and_can_be_cancelled(year, tmp_path):
    store, _ = year
    seen: list[tuple[int, int]] = []
    path = report_docs.save_impact_pdf(
        store, YEAR, tmp_path / "impacto.pdf", "fr", lambda d, t: seen.append((d, t)) or True
    )
    assert path.read_bytes().startswith(b"%PDF") and pages(path.read_bytes()) >= 2
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(Cancelled):
        report_docs.save_period_pdf(store, Period.year(YEAR), tmp_path / "periodo.pdf", lambda d, t: d < 3)
    assert not (tmp_path / "periodo.pdf").exists()


def test_the_impact_builder_takes_plain_data():
    """The document needs only the report's shape, not the database."""
    report = impact.ImpactReport(
        year=2024,
        makers=(),
        new_makers=(impact.NewMaker("Killa Ttito", date(2024, 5, 6), ""),),
        months=tuple(impact.MonthImpact(m, D(0), D(0), D(0)) for m in range(1, 13)),
        best_sellers=(),
        locations=(),
        summary=analytics.Summary(0, 0, 0, 0, D(0), D(0), D(0), D(0), D(0)),
        total_paid=D(0),
        payouts=0,
        average_monthly_income=D(0),
        median_monthly_income=D(0),
    )
    text = pdf_text(build_impact_report(report, "Taller", "fr"))
    assert "Killa Ttito" in text and "(non renseigné)" in text
