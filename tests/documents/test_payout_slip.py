"""The payout slip PDF: what it says, its copies, its pages, and how fast a long one builds."""

from __future__ import annotations

import dataclasses
import io
import itertools
import time
from datetime import date, datetime
from decimal import Decimal as D

import pypdf
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from mamakilla_pos.documents.fonts import register_fonts
from mamakilla_pos.documents.payout_slip import (
    PayoutSlipData,
    SlipEntry,
    build_payout_slip,
    method_label,
)

MM = 72 / 25.4
LONG = "Tapiz bordado Mama Killa con flores de Ccatcca, chakana repujada y asa trenzada de alpaca"


def entry(n: int, refund: bool = False, portion: str = "", product: str = "Bolso bordado Inti") -> SlipEntry:
    sign = -1 if refund else 1
    return SlipEntry(
        day=date(2026, 3, 1 + n % 28),
        receipt=f"B001-{n:06d}",
        product=product,
        quantity=sign * 1,
        line_net=sign * D("85.00"),
        rate=D("0.45"),
        portion=portion,
        share=sign * D("25.50"),
        refund_of="B001-000001" if refund else "",
    )


def make_slip(**changes: object) -> PayoutSlipData:
    entries = (
        entry(1, portion="2/3"),
        entry(2, product=LONG),
        entry(3, product="Cartuchera Ñusta"),
        entry(4, refund=True, portion="2/3"),
        SlipEntry(date(2026, 3, 20), "B001-000005", "Monedero colibrí", 2, D("36.00"), D("0.5"), "", D("16.20")),
    )
    data = PayoutSlipData(
        shop_name="Mama Killa",
        shop_address="Calle Hermanos Ayar s/n, Santiago, Cusco",
        shop_ruc="20601234567",
        number="P-000012",
        paid_at=datetime(2026, 4, 5, 10, 32),
        maker="Ñusta Condori Yupanqui",
        maker_dni="45871236",
        period_from=date(2026, 3, 2),
        cutoff=date(2026, 3, 31),
        entries=entries,
        accrued=D("92.70"),
        reversed=D("25.50"),
        total=D("67.20"),
        method="yape",
        reference="40417788",
        paid_by="Carmen Ayma",
    )
    return dataclasses.replace(data, **changes)


def read(pdf: bytes) -> pypdf.PdfReader:
    assert pdf.startswith(b"%PDF")
    return pypdf.PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in read(pdf).pages]


def text_of(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


@pytest.mark.parametrize(("paper", "size_mm"), [("A4", (210, 297)), ("A5", (148, 210))])
def test_the_slip_says_everything_in_two_copies(paper, size_mm):
    pdf = build_payout_slip(make_slip(), paper)
    reader = read(pdf)
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((size_mm[0] * MM, size_mm[1] * MM), abs=0.01)
    pages = page_texts(pdf)
    assert len(pages) % 2 == 0
    half = len(pages) // 2
    centre, maker = " ".join(pages[:half]), " ".join(pages[half:])
    assert "EJEMPLAR PARA EL CENTRO" in centre and "EJEMPLAR PARA LA ARTESANA" not in centre
    assert "EJEMPLAR PARA LA ARTESANA" in maker and "EJEMPLAR PARA EL CENTRO" not in maker
    for copy in (centre, maker):
        for expected in (
            "Mama Killa",
            "RUC 20601234567",
            "CONSTANCIA DE PAGO",
            "N.º P-000012",
            "Ñusta Condori Yupanqui",
            "45871236",
            "del 02/03/2026 al 31/03/2026",
            "05/04/2026 10:32",
            "Yape — operación 40417788",
            "B001-000001",
            "B001-000005",
            "Cartuchera Ñusta",
            LONG,
            "Devolución: Bolso bordado Inti (nota B001-000001)",
            "−85.00",
            "−25.50",
            "45 %",
            "2/3",
            "50 %",
            "16.20",
            "S/ 92.70",
            "−S/ 25.50",
            "TOTAL PAGADO S/ 67.20",
            "Son: sesenta y siete con 20/100 soles",
            "Artesana",
            "Coordinadora",
            "Carmen Ayma",
            "DNI 45871236",
        ):
            assert expected in copy, (paper, expected)
    assert "COPIA" not in text_of(pdf)
    assert pages[half - 1].endswith(f"Página {half} de {half}") or f"Página {half} de {half}" in pages[half - 1]


def test_one_entry_per_row_with_its_figures():
    text = text_of(build_payout_slip(make_slip()))
    assert "20/03/2026 B001-000005 Monedero colibrí 2 36.00 50 % 16.20" in text
    assert "02/03/2026 B001-000001 Bolso bordado Inti 1 85.00 45 % × 2/3 25.50" in text


def test_the_amount_in_words_follows_the_total():
    text = text_of(build_payout_slip(make_slip(total=D("123.45"), accrued=D("148.95"))))
    assert "Son: ciento veintitrés con 45/100 soles" in text
    assert "TOTAL PAGADO S/ 123.45" in text


def test_a_reprint_says_copia_on_every_page():
    pdf = build_payout_slip(make_slip(copy=True, printed_at=datetime(2026, 4, 6, 9, 15)), "A5")
    pages = page_texts(pdf)
    assert all("COPIA" in page for page in pages)
    assert "COPIA — EJEMPLAR PARA EL CENTRO" in pages[0]
    assert "COPIA impresa el 06/04/2026 09:15" in pages[-1]
    assert read(pdf).metadata.title.startswith("Copia de constancia de pago P-000012")


def test_a_maker_without_dni_gets_a_blank_to_write_it():
    text = text_of(build_payout_slip(make_slip(maker_dni="")))
    assert "DNI: ____________" in text
    assert "DNI 45871236" not in text


def test_cash_names_the_till_and_transfers_their_reference():
    assert "Efectivo, de la caja B001" in text_of(
        build_payout_slip(make_slip(method="cash", reference="", till="B001"))
    )
    assert method_label("transfer", "BCP-1") == "Transferencia bancaria — operación BCP-1"
    assert method_label("plin") == "Plin"


def test_one_copy_only_and_no_entries():
    pdf = build_payout_slip(make_slip(copies=("ARCHIVO",), entries=(), accrued=D(0), reversed=D(0), total=D(0)))
    text = text_of(pdf)
    assert "ARCHIVO" in text and "EJEMPLAR" not in text
    assert "Sin movimientos." in text and "cero con 00/100 soles" in text


def test_bad_paper_or_no_copy_is_refused():
    with pytest.raises(ValueError):
        build_payout_slip(make_slip(), "Letter")
    with pytest.raises(ValueError):
        build_payout_slip(make_slip(copies=()))


def _runs(page: pypdf.PageObject) -> list[tuple[float, float, float, str]]:
    fonts = register_fonts()
    runs = []

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        bold = font is not None and "Bold" in str(font.get("/BaseFont", ""))
        scale = abs(tm[0] * cm[0]) or 1
        width = stringWidth(text.strip(), fonts.bold if bold else fonts.regular, size * scale)
        runs.append((x, x + width, y, text))

    page.extract_text(visitor_text=visit)
    return runs


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_nothing_is_drawn_outside_the_margins(paper):
    long_receipt = entry(9, product=LONG * 2)
    pdf = build_payout_slip(make_slip(entries=(*make_slip().entries, long_receipt)), paper)
    reader = read(pdf)
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    margin = 9 * MM
    for page in reader.pages:
        for left, right, y, text in _runs(page):
            if "COPIA" in text and len(text.strip()) == 5:
                continue  # the diagonal watermark of a reprint
            assert left >= margin - 0.5, text
            assert right <= width - margin + 0.5, text
            assert margin / 2 <= y <= height - margin / 2, text


def test_columns_do_not_overlap():
    for paper in ("A4", "A5"):
        page = read(build_payout_slip(make_slip(), paper)).pages[0]
        rows: dict[float, list[tuple[float, float, str]]] = {}
        for left, right, y, text in _runs(page):
            rows.setdefault(round(y, 1), []).append((left, right, text))
        for runs in rows.values():
            runs.sort()
            for (_l1, r1, t1), (l2, _r2, t2) in itertools.pairwise(runs):
                assert r1 <= l2 + 0.5, (paper, t1, t2)


def _many(n: int) -> PayoutSlipData:
    names = ("Bolso bordado Inti", "Monedero bordado colibrí", LONG, "Cartuchera Ñusta")
    entries = tuple(
        entry(i + 1, refund=i % 9 == 8, portion="1/2" if i % 3 == 0 else "", product=names[i % 4]) for i in range(n)
    )
    accrued = sum((e.share for e in entries if e.share > 0), D(0))
    reversed_ = -sum((e.share for e in entries if e.share < 0), D(0))
    return make_slip(entries=entries, accrued=accrued, reversed=reversed_, total=accrued - reversed_)


def _bare_canvas(data: PayoutSlipData) -> bytes:
    """The same strings drawn once each on a bare canvas: the least any builder must do."""
    fonts = register_fonts()
    out = io.BytesIO()
    c = Canvas(out)
    y = 800.0
    for e in data.entries:
        c.setFont(fonts.regular, 10)
        for x, text in enumerate((f"{e.day:%d/%m/%Y}", e.receipt, e.product, str(e.quantity), str(e.line_net))):
            c.drawString(40 + 80 * x, y, text)
        c.drawRightString(560, y, str(e.share))
        y -= 14
        if y < 40:
            c.showPage()
            y = 800.0
    c.showPage()
    c.save()
    return out.getvalue()


def test_two_thousand_entries_build_fast_and_keep_every_entry():
    data = _many(2000)
    build_payout_slip(make_slip())  # fonts registered, caches warm
    best_slip = best_bare = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        pdf = build_payout_slip(data)
        best_slip = min(best_slip, time.perf_counter() - start)
        start = time.perf_counter()
        _bare_canvas(data)
        best_bare = min(best_bare, time.perf_counter() - start)
    # Two full copies, wrapped names and page layout, against one bare pass over the strings.
    assert best_slip <= 3 * best_bare, (best_slip, best_bare)
    reader = read(pdf)
    half = len(reader.pages) // 2
    centre = " ".join(page.extract_text() for page in reader.pages[:half])
    assert all(f"B001-{n:06d}" in centre for n in range(1, 2001))
    last = " ".join(reader.pages[-1].extract_text().split())
    assert f"Página {half} de {half}" in last
    assert f"TOTAL PAGADO S/ {data.total:,.2f}" in last
