"""The Z report (cierre de caja) and the X report: what they say, their paper, nothing cut off."""

from __future__ import annotations

import dataclasses
import io
from datetime import datetime
from decimal import Decimal as D

import pypdf
import pytest
from helpers import pdf_text
from reportlab.pdfbase.pdfmetrics import stringWidth

from mamakilla_pos.documents import z_report
from mamakilla_pos.documents.fonts import register_fonts
from mamakilla_pos.documents.z_report import (
    ZCount,
    ZDrawer,
    ZMovement,
    ZOperation,
    ZReportData,
    build_z_report,
)
from mamakilla_pos.domain.payments import MethodTotals
from mamakilla_pos.domain.shares import MakerTotals

MM = 72 / 25.4
HASH = "ba555355b8070755cd7f9c35bccd9f8776a8ef15bca7db70f336ed9a41e5c504"
PEN_ROWS = ("200", "100", "50", "20", "10", "5", "2", "1", "0.50", "0.20", "0.10")
USD_ROWS = ("100", "50", "20", "10", "5", "1")


def make_z(**changes: object) -> ZReportData:
    opening = {"20": 2, "10": 1}
    closing = {"20": 1, "5": 1, "0.20": 1, "0.10": 1}
    counts = tuple(ZCount("PEN", D(v), opening.get(v, 0), closing.get(v, 0)) for v in PEN_ROWS) + tuple(
        ZCount("USD", D(v), 1 if v == "20" else 0, {"20": 2, "10": 1}.get(v, 0)) for v in USD_ROWS
    )
    data = ZReportData(
        shop_name="Mama Killa",
        shop_address="Calle Hermanos Ayar 123, Santiago, Cusco",
        till="B001",
        location="Feria artesanal San Blas",
        opened_at=datetime(2026, 3, 14, 9, 2),
        opened_by="Carmen Ayma",
        closed_at=datetime(2026, 3, 14, 18, 40),
        closed_by="Ñusta Condori Yupanqui",
        printed_at=datetime(2026, 3, 14, 18, 41),
        sales=5,
        refunds=1,
        gross=D("172.55"),
        discounts=D("0.00"),
        sales_total=D("172.55"),
        refunds_total=D("30.00"),
        rounding=D("0.05"),
        methods=(
            MethodTotals("cash", 3, D("50.50"), D("30.00")),
            MethodTotals("usd", 2, D("82.00"), D("0.00"), D("30.00")),
            MethodTotals("yape", 1, D("30.00"), D("0.00")),
            MethodTotals("plin", 1, D("10.00"), D("0.00")),
        ),
        operations=(
            ZOperation("yape", "B001-000003", "8123456", D("30.00")),
            ZOperation("plin", "B001-000005", "7001122", D("10.00")),
        ),
        drawers=(
            ZDrawer(
                "PEN",
                D("50.00"),
                D("90.00"),
                D("68.50"),
                D("30.00"),
                D("0.00"),
                D("15.00"),
                D("26.50"),
                D("25.30"),
                D("-1.20"),
            ),
            ZDrawer(
                "USD",
                D("20.00"),
                D("30.00"),
                D("0.00"),
                D("0.00"),
                D("0.00"),
                D("0.00"),
                D("50.00"),
                D("50.00"),
                D("0.00"),
            ),
        ),
        counts=counts,
        movements=(ZMovement(datetime(2026, 3, 14, 13, 5), "out", "PEN", D("15.00"), "Almuerzo", "Carmen Ayma"),),
        makers=(
            MakerTotals("Ana Huamán", D("13.50"), D("0.00")),
            MakerTotals("Luz Mamani", D("27.00"), D("13.50")),
            MakerTotals("Rosa Quispe", D("37.15"), D("0.00")),
        ),
        note="Se dio vuelto de más a una turista",
        journal_hash=HASH,
        session_ref="2af30263",
    )
    return dataclasses.replace(data, **changes)


def read(pdf: bytes) -> pypdf.PdfReader:
    assert pdf.startswith(b"%PDF")
    return pypdf.PdfReader(io.BytesIO(pdf))


@pytest.mark.parametrize("paper", ["80mm", "A4"])
def test_z_report_says_everything_the_design_asks(paper: str) -> None:
    text = pdf_text(build_z_report(make_z(), paper))
    for expected in (
        "Mama Killa",
        "CIERRE DE CAJA (Z)",
        "Caja B001 · Feria artesanal San Blas",
        "Apertura 14/03/2026 09:02",
        "por Carmen Ayma",
        "Cierre 14/03/2026 18:40",
        "por Ñusta Condori Yupanqui",
        "Ventas (5) S/ 172.55",
        "Devoluciones (1) −S/ 30.00",
        "NETO S/ 142.55",
        "Redondeo en efectivo −S/ 0.05",
        "TOTAL COBRADO S/ 142.50",
        "Efectivo 3 50.50 −30.00 20.50",
        "Dólares 2 82.00 0.00 82.00",
        "recibido: US$ 30.00",
        "Yape 1 30.00 0.00 30.00",
        "op. 8123456 · B001-000003 S/ 30.00",
        "op. 7001122 · B001-000005 S/ 10.00",
        "EFECTIVO EN SOLES",
        "Fondo inicial S/ 50.00",
        "Vuelto entregado −S/ 68.50",
        "Esperado en caja S/ 26.50",
        "Contado (arqueo) S/ 25.30",
        "DIFERENCIA −S/ 1.20",
        "Falta S/ 1.20 en la caja.",
        "EFECTIVO EN DÓLARES",
        "Esperado en caja US$ 50.00",
        "DIFERENCIA US$ 0.00",
        "La caja cuadra.",
        "Soles Apert. Cierre Importe",
        "S/ 20 2 1 20.00",
        "S/ 0.10 0 1 0.10",
        "US$ 20 1 2 40.00",
        "Salida −S/ 15.00 Almuerzo — Carmen Ayma",
        "PARTICIPACIÓN POR ARTESANA",
        "Luz Mamani 27.00 −13.50 13.50",
        "Total 77.65 −13.50 64.15",
        "Se dio vuelto de más a una turista",
        "Huella del diario al cierre",
    ):
        assert expected in text, expected
    assert HASH in text.replace(" ", "")
    assert "INFORME X" not in text


def test_80mm_z_report_is_one_roll_page() -> None:
    reader = read(build_z_report(make_z(), "80mm"))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(80 * MM, abs=0.01)
    assert float(box.height) > 200 * MM  # as tall as the report, not cut at a page


def test_a4_z_report_numbers_its_pages() -> None:
    reader = read(build_z_report(make_z(), "A4"))
    assert len(reader.pages) == 2
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(210 * MM, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(297 * MM, abs=0.5)
    assert "página 2 de 2" in reader.pages[1].extract_text()


def test_x_report_is_marked_as_not_a_close() -> None:
    open_drawers = tuple(dataclasses.replace(d, counted=None, difference=None) for d in make_z().drawers)
    open_counts = tuple(dataclasses.replace(c, closing=None) for c in make_z().counts)
    data = make_z(closed_at=None, closed_by="", drawers=open_drawers, counts=open_counts, journal_hash="", note="")

    text = pdf_text(build_z_report(data, "80mm"))

    assert "INFORME X" in text and "no es el cierre" in text
    assert "Esperado en caja S/ 26.50" in text
    assert "FONDO CONTADO AL ABRIR" in text and "S/ 20 2 40.00" in text and "S/ 10 1 10.00" in text
    for absent in ("CIERRE DE CAJA", "DIFERENCIA", "Contado", "Huella", "ARQUEO", "S/ 200"):
        assert absent not in text, absent


def test_a_session_without_sales_prints_plain_words() -> None:
    data = make_z(methods=(), operations=(), movements=(), makers=(), rounding=D("0.00"))
    text = pdf_text(build_z_report(data, "80mm"))
    assert "Sin ventas." in text and "Ninguna." in text and "Sin participaciones." in text


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="papel"):
        build_z_report(make_z(), "A5")


@pytest.mark.parametrize("paper", ["80mm", "58mm", "A4"])
def test_nothing_is_drawn_outside_the_page(paper: str) -> None:
    fonts = register_fonts()
    long_name = "María Ñusta Quispe de la Santísima Trinidad Huamán Condori"
    data = make_z(makers=(MakerTotals(long_name, D("1234.50"), D("0.00")),), note="x " * 200)
    for page in read(build_z_report(data, paper)).pages:
        width = float(page.mediabox.width)
        runs: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, font, size, runs=runs) -> None:  # type: ignore[no-untyped-def]
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            name = str(font.get("/BaseFont", "")) if font else ""
            face = fonts.mono if "Mono" in name else fonts.bold if "Bold" in name else fonts.regular
            runs.append((x, x + stringWidth(text.strip(), face, size * tm[0]), text))

        page.extract_text(visitor_text=visit)
        assert runs
        for left, right, text in runs:
            assert left >= 0 and right <= width + 0.5, (text, left, right, width)


# -- English and French ----------------------------------------------------------------------
# pdf_text() joins every kind of space (U+00A0, U+202F of French money) into one plain space.


def open_z():
    data = make_z()
    return make_z(
        closed_at=None,
        closed_by="",
        drawers=tuple(dataclasses.replace(d, counted=None, difference=None) for d in data.drawers),
        counts=tuple(dataclasses.replace(c, closing=None) for c in data.counts),
        journal_hash="",
        note="",
    )


# Spanish words printed on every Z report, X report or slip of the samples: none may show in English or French.
Z_SPANISH = (
    "CIERRE DE CAJA",
    "Apertura",
    "Ventas",
    "Devoluciones",
    "NETO",
    "Redondeo",
    "MÉTODO",
    "Efectivo",
    "Dólares",
    "recibido",
    "Total cobrado",
    "Compare con",
    "EFECTIVO EN",
    "Fondo inicial",
    "Vuelto",
    "Esperado",
    "Contado",
    "DIFERENCIA",
    "Falta",
    "cuadra",
    "ARQUEO",
    "Importe",
    "Salida",
    "PARTICIPACIÓN",
    "Artesana",
    "Generado",
    "Huella",
    "Entregó",
    "Recibió",
    "Impreso",
    "página",
)
X_SPANISH = ("INFORME X", "no es el cierre", "FONDO CONTADO", "Cant.", "Informe del")

Z_EXPECTED = {
    "en": (
        "TILL CLOSE (Z REPORT)",
        "Till B001 · Feria artesanal San Blas",
        "Opened 2026-03-14 09:02",
        "by Carmen Ayma",
        "Closed 2026-03-14 18:40",
        "SALES",
        "Sales (5) S/ 172.55",
        "Refunds (1) −S/ 30.00",
        "NET S/ 142.55",
        "Cash rounding −S/ 0.05",
        "TOTAL TAKEN S/ 142.50",
        "BY PAYMENT METHOD (S/)",
        "Cash 3 50.50 −30.00 20.50",
        "US dollars 2 82.00 0.00 82.00",
        "received: US$ 30.00",
        "YAPE, PLIN, CARD: OPERATIONS",
        "op. 8123456 · B001-000003 S/ 30.00",
        "CASH IN SOLES",
        "Opening float S/ 50.00",
        "Change given −S/ 68.50",
        "Expected in the till S/ 26.50",
        "Counted S/ 25.30",
        "DIFFERENCE −S/ 1.20",
        "The till is S/ 1.20 short.",
        "CASH IN US DOLLARS",
        "The till balances.",
        "Soles Open Close Amount",
        "S/ 20 2 1 20.00",
        "S/ 0.10 0 1 0.10",
        "US$ 20 1 2 40.00",
        "13:05 Out −S/ 15.00 Almuerzo — Carmen Ayma",
        "SHARES BY MAKER (S/)",
        "Luz Mamani 27.00 −13.50 13.50",
        "Total 77.65 −13.50 64.15",
        "CLOSING NOTE",
        "Journal fingerprint at closing (SHA-256):",
        "Session no. 2af30263",
        "Handed over",
        "Printed on 2026-03-14 18:41",
    ),
    "fr": (
        "CLÔTURE DE CAISSE (Z)",
        "Caisse B001 · Feria artesanal San Blas",
        "Ouverture 14/03/2026 09:02",
        "par Carmen Ayma",
        "Clôture 14/03/2026 18:40",
        "VENTES",
        "Ventes (5) 172,55 S/",
        "Remboursements (1) −30,00 S/",
        "NET 142,55 S/",
        "Arrondi espèces −0,05 S/",
        "TOTAL ENCAISSÉ 142,50 S/",
        "PAR MODE DE PAIEMENT (S/)",
        "Espèces 3 50,50 −30,00 20,50",
        "Dollars US 2 82,00 0,00 82,00",
        "reçu : 30,00 US$",
        "YAPE, PLIN, CARTE : OPÉRATIONS",
        "op. 8123456 · B001-000003 30,00 S/",
        "ESPÈCES EN SOLES",
        "Fond de caisse initial 50,00 S/",
        "Monnaie rendue −68,50 S/",
        "Attendu en caisse 26,50 S/",
        "Compté 25,30 S/",
        "ÉCART −1,20 S/",
        "Il manque 1,20 S/ dans la caisse.",
        "ESPÈCES EN DOLLARS US",
        "La caisse est juste.",
        "Soles Ouv. Clôt. Montant",
        "20 S/ 2 1 20,00",
        "0,10 S/ 0 1 0,10",
        "20 US$ 1 2 40,00",
        "13:05 Sortie −15,00 S/ Almuerzo — Carmen Ayma",
        "PARTS PAR ARTISANE (S/)",
        "Luz Mamani 27,00 −13,50 13,50",
        "Total 77,65 −13,50 64,15",
        "NOTE DE CLÔTURE",
        "Empreinte du journal à la clôture (SHA-256) :",
        "Session n° 2af30263",
        "Remis par",
        "Imprimé le 14/03/2026 18:41",
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("paper", ["80mm", "A4"])
def test_z_report_in_each_language(language, paper):
    text = pdf_text(build_z_report(make_z(), paper, language))
    for expected in Z_EXPECTED[language]:
        assert expected in text, (language, paper, expected)
    for spanish in Z_SPANISH:
        assert spanish not in text, (language, paper, spanish)


def test_z_report_in_spanish_by_default():
    default = pdf_text(build_z_report(make_z(), "80mm"))
    assert default == pdf_text(build_z_report(make_z(), "80mm", "es"))
    assert "CIERRE DE CAJA (Z)" in default and "Falta S/ 1.20 en la caja." in default


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ("X REPORT", "The till is still open", "FLOAT COUNTED AT OPENING", "Soles Qty Amount", "S/ 20 2 40.00")),
        (
            "fr",
            (
                "RAPPORT X",
                "La caisse est encore ouverte",
                "FOND COMPTÉ À L'OUVERTURE",
                "Soles Qté Montant",
                "20 S/ 2 40,00",
            ),
        ),
        ("es", ("INFORME X", "no es el cierre", "FONDO CONTADO AL ABRIR", "Soles Cant. Importe", "S/ 20 2 40.00")),
    ],
)
def test_x_report_in_each_language(language, expected):
    text = pdf_text(build_z_report(open_z(), "80mm", language))
    for words in expected:
        assert words in text, (language, words)
    if language != "es":
        for spanish in X_SPANISH:
            assert spanish not in text, (language, spanish)


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", ("No sales.", "None.", "No shares.")), ("fr", ("Aucune vente.", "Aucune.", "Aucune part."))],
)
def test_an_empty_session_in_each_language(language, words):
    data = make_z(methods=(), operations=(), movements=(), makers=())
    text = pdf_text(build_z_report(data, "80mm", language))
    for word in words:
        assert word in text


def test_a4_pages_are_numbered_in_the_language():
    for language, footer in (("en", "page 2 of 2"), ("fr", "page 2 sur 2"), ("es", "página 2 de 2")):
        reader = read(build_z_report(make_z(), "A4", language))
        assert len(reader.pages) == 2
        assert footer in reader.pages[1].extract_text(), language
    title = read(build_z_report(make_z(), "A4", "fr")).metadata.title
    assert title == "Clôture de caisse B001 14/03/2026 18:40"


def test_big_amounts_and_a_surplus():
    data = make_z(
        sales_total=D("1234.50"),
        methods=(MethodTotals("card", 1, D("1234.50"), D("0")),),
        makers=(MakerTotals("Rosa Quispe", D("1234.50"), D("0")),),
        drawers=(dataclasses.replace(make_z().drawers[0], difference=D("2.50")),),
    )
    french = pdf_text(build_z_report(data, "A4", "fr"))
    assert "Ventes (5) 1 234,50 S/" in french
    assert "Carte 1 1 234,50 0,00 1 234,50" in french
    assert "Il y a 2,50 S/ de trop dans la caisse." in french
    english = pdf_text(build_z_report(data, "A4", "en"))
    assert "Sales (5) S/ 1,234.50" in english and "Card 1 1,234.50" in english
    assert "The till is S/ 2.50 over." in english


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("paper", ["80mm", "58mm", "A4"])
def test_nothing_is_drawn_outside_the_page_in_english_or_french(language, paper):
    fonts = register_fonts()
    long_name = "María Ñusta Quispe de la Santísima Trinidad Huamán Condori"
    data = make_z(makers=(MakerTotals(long_name, D("1234.50"), D("0.00")),), note="x " * 200)
    for source in (data, open_z()):
        for page in read(build_z_report(source, paper, language)).pages:
            width = float(page.mediabox.width)
            runs: list[tuple[float, float, str]] = []

            def visit(text, cm, tm, font, size, runs=runs) -> None:  # type: ignore[no-untyped-def]
                if not text.strip():
                    return
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                name = str(font.get("/BaseFont", "")) if font else ""
                face = fonts.mono if "Mono" in name else fonts.bold if "Bold" in name else fonts.regular
                runs.append((x, x + stringWidth(text.strip(), face, size * tm[0]), text))

            page.extract_text(visitor_text=visit)
            assert runs
            for left, right, text in runs:
                assert left >= 0 and right <= width + 0.5, (language, paper, text, left, right, width)


def test_the_catalogue_has_the_same_words_in_every_language():
    for language in ("en", "fr"):
        assert set(z_report.TEXTS[language]) == set(z_report.TEXTS["es"]), language


def test_unknown_language_is_refused_by_the_z_report():
    with pytest.raises(ValueError, match="idioma"):
        build_z_report(make_z(), "80mm", "de")


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("es", ("Salidas de dinero −S/ 15.00 Pagos a artesanas −S/ 26.90", "13:30 Pago −S/ 26.90 Pago a artesana")),
        ("en", ("Cash taken out −S/ 15.00 Makers paid in cash −S/ 26.90", "13:30 Payout −S/ 26.90 Pago a artesana")),
        ("fr", ("Sorties d'argent −15,00 S/ Paiements aux artisanes −26,90 S/", "13:30 Paiement −26,90 S/ Pago a")),
    ],
)
def test_a_makers_cash_payout_is_a_payout_of_the_drawer_not_a_cash_out(language, lines):
    data = make_z()
    pen = dataclasses.replace(data.drawers[0], payouts=D("26.90"), expected=D("-0.60"), difference=D("25.90"))
    payout = ZMovement(
        datetime(2026, 3, 14, 13, 30), "out", "PEN", D("26.90"), "Pago a artesana Rosa Quispe (P-000001)"
    )
    data = dataclasses.replace(
        data, drawers=(pen, *data.drawers[1:]), movements=(*data.movements, dataclasses.replace(payout, payout=True))
    )
    for paper in ("80mm", "A4"):
        text = pdf_text(build_z_report(data, paper, language))
        for line in lines:
            assert line in text, (paper, line)
