"""The Z report (cierre de caja) and the X report: what they say, their paper, nothing cut off."""

from __future__ import annotations

import dataclasses
import io
from datetime import datetime
from decimal import Decimal as D

import pypdf
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from mamakilla_pos.documents.fonts import register_fonts
from mamakilla_pos.documents.z_report import (
    ZCount,
    ZDrawer,
    ZMaker,
    ZMethod,
    ZMovement,
    ZOperation,
    ZReportData,
    build_z_report,
)

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
            ZMethod("cash", 3, D("50.50"), D("30.00")),
            ZMethod("usd", 2, D("82.00"), D("0.00"), D("30.00")),
            ZMethod("yape", 1, D("30.00"), D("0.00")),
            ZMethod("plin", 1, D("10.00"), D("0.00")),
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
            ZMaker("Ana Huamán", D("13.50"), D("0.00")),
            ZMaker("Luz Mamani", D("27.00"), D("13.50")),
            ZMaker("Rosa Quispe", D("37.15"), D("0.00")),
        ),
        note="Se dio vuelto de más a una turista",
        journal_hash=HASH,
        session_ref="2af30263",
    )
    return dataclasses.replace(data, **changes)


def read(pdf: bytes) -> pypdf.PdfReader:
    assert pdf.startswith(b"%PDF")
    return pypdf.PdfReader(io.BytesIO(pdf))


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in read(pdf).pages).split())


@pytest.mark.parametrize("paper", ["80mm", "A4"])
def test_z_report_says_everything_the_design_asks(paper: str) -> None:
    text = text_of(build_z_report(make_z(), paper))
    for expected in (
        "Mama Killa",
        "CIERRE DE CAJA (Z)",
        "Caja B001 · Feria artesanal San Blas",
        "Apertura 14/03/2026 09:02",
        "por Carmen Ayma",
        "Cierre 14/03/2026 18:40",
        "por Ñusta Condori Yupanqui",
        "Ventas (5) S/ 172.55",
        "Devoluciones (1) -S/ 30.00",
        "NETO S/ 142.55",
        "Redondeo regalado a clientes S/ 0.05",
        "Efectivo 3 50.50 30.00 20.50",
        "Dólares 2 82.00 0.00 82.00",
        "recibido: US$ 30.00",
        "Yape 1 30.00 0.00 30.00",
        "op. 8123456 · B001-000003 S/ 30.00",
        "op. 7001122 · B001-000005 S/ 10.00",
        "EFECTIVO EN SOLES",
        "Fondo inicial S/ 50.00",
        "− Vuelto entregado S/ 68.50",
        "= Esperado en caja S/ 26.50",
        "Contado (arqueo) S/ 25.30",
        "DIFERENCIA -S/ 1.20",
        "Falta S/ 1.20 en la caja.",
        "EFECTIVO EN DÓLARES",
        "= Esperado en caja US$ 50.00",
        "DIFERENCIA US$ 0.00",
        "La caja cuadra.",
        "ARQUEO POR DENOMINACIÓN",
        "S/ 20 2 1 20.00",
        "S/ 0.10 0 1 0.10",
        "US$ 20 1 2 40.00",
        "Salida -S/ 15.00 Almuerzo — Carmen Ayma",
        "PARTICIPACIÓN POR ARTESANA",
        "Luz Mamani 27.00 13.50 13.50",
        "Total 77.65 13.50 64.15",
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

    text = text_of(build_z_report(data, "80mm"))

    assert "INFORME X" in text and "no es el cierre" in text
    assert "= Esperado en caja S/ 26.50" in text
    assert "FONDO CONTADO AL ABRIR" in text and "S/ 20 2 40.00" in text and "S/ 10 1 10.00" in text
    for absent in ("CIERRE DE CAJA", "DIFERENCIA", "Contado", "Huella", "ARQUEO", "S/ 200"):
        assert absent not in text, absent


def test_a_session_without_sales_prints_plain_words() -> None:
    data = make_z(methods=(), operations=(), movements=(), makers=(), rounding=D("0.00"))
    text = text_of(build_z_report(data, "80mm"))
    assert "Sin ventas." in text and "Ninguna." in text and "Sin participaciones." in text


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="papel"):
        build_z_report(make_z(), "A5")


@pytest.mark.parametrize("paper", ["80mm", "58mm", "A4"])
def test_nothing_is_drawn_outside_the_page(paper: str) -> None:
    fonts = register_fonts()
    long_name = "María Ñusta Quispe de la Santísima Trinidad Huamán Condori"
    data = make_z(makers=(ZMaker(long_name, D("1234.50"), D("0.00")),), note="x " * 200)
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
