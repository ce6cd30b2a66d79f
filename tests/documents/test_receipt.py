"""The receipt PDF: what it says, its page size, and the cached QR code."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
import sys
from datetime import datetime
from decimal import Decimal as D

import pypdf
import pytest
from helpers import pdf_text
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from mamakilla_pos.documents import qr
from mamakilla_pos.documents.fonts import register_fonts
from mamakilla_pos.documents.receipt import (
    DEFAULT_FOOTER,
    DEFAULT_HEADER,
    ReceiptData,
    ReceiptLine,
    ReceiptPayment,
    build_receipt,
    payment_label,
    wrap,
)
from mamakilla_pos.documents.roll_text import wrap_chars, wrap_words

MM = 72 / 25.4
URL = "https://mamakilla.pe/catalogo"
FOOTER = "El 45 % de esta compra es para la artesana que la hizo. ¡Gracias!"
LONG_NAME = "Monedero bordado Señor de Huanca con flores de Ccatcca y asa trenzada de alpaca"


def make_receipt(**changes: object) -> ReceiptData:
    lines = (
        ReceiptLine(2, LONG_NAME, ("Ñusta", "Ángela"), D("25.00"), D("50.00"), D("5.00"), D("45.00")),
        ReceiptLine(1, "Chuspa tejida", ("Rosa",), D("15.50"), D("15.50"), D("0.00"), D("15.50")),
        ReceiptLine(1, "Cartuchera de cuero repujado", ("Ana",), D("20.00"), D("20.00"), D("0.00"), D("20.00")),
    )
    data = ReceiptData(
        shop_name="Mama Killa",
        shop_address="Calle Hermanos Ayar 123, Santiago, Cusco",
        shop_ruc="20601234567",
        header="NOTA DE VENTA — no es comprobante de pago",
        number="B001-000123",
        issued_at=datetime(2026, 3, 14, 16, 5),
        seller="Rosa",
        lines=lines,
        subtotal=D("85.50"),
        discounts=D("5.00"),
        total=D("80.50"),
        rounding=D("0.00"),
        amount_due=D("80.50"),
        payments=(
            ReceiptPayment("usd", D("20.00"), "USD", D("3.70"), D("74.00"), ""),
            ReceiptPayment("yape", D("6.50"), "PEN", None, D("6.50"), "123456"),
        ),
        tendered=D("80.50"),
        change=D("0.00"),
        catalogue_url=URL,
        footer=FOOTER,
    )
    return dataclasses.replace(data, **changes)


def read(pdf: bytes) -> pypdf.PdfReader:
    assert pdf.startswith(b"%PDF")
    return pypdf.PdfReader(io.BytesIO(pdf))


def text_runs(page: pypdf.PageObject) -> list[tuple[float, float, float, str]]:
    """Each drawn text run as (left, right, baseline, text), in points."""
    fonts = register_fonts()
    runs: list[tuple[float, float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        bold = font is not None and "Bold" in str(font.get("/BaseFont", ""))
        width = stringWidth(text.strip(), fonts.bold if bold else fonts.regular, size * tm[0])
        runs.append((x, x + width, y, text))

    page.extract_text(visitor_text=visit)
    return runs


@pytest.mark.parametrize(("paper", "width_mm"), [("80mm", 80), ("58mm", 58)])
def test_roll_receipt_says_everything_on_one_page_of_the_roll_width(paper: str, width_mm: int) -> None:
    pdf = build_receipt(make_receipt(), paper)
    reader = read(pdf)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(width_mm * MM, abs=0.01)
    text = pdf_text(pdf)
    for expected in (
        "Mama Killa",
        "Calle Hermanos Ayar 123, Santiago, Cusco",
        "RUC 20601234567",
        "NOTA DE VENTA",
        "no es comprobante de pago",
        "B001-000123",
        "14/03/2026 16:05",
        "Atendido por",
        f"2 × {LONG_NAME}",
        "hecho por Ñusta y Ángela",
        "hecho por Rosa",
        "S/ 25.00 c/u",
        "S/ 50.00",
        "Descuento −S/ 5.00",
        "Subtotal S/ 85.50",
        "Descuentos −S/ 5.00",
        "TOTAL S/ 80.50",
        "Dólares (US$ 20.00 × 3.70) S/ 74.00",
        "Yape op. 123456 S/ 6.50",
        "Recibido S/ 80.50",
        "Vuelto S/ 0.00",
        URL,
        FOOTER,
    ):
        assert expected in text, expected
    assert "COPIA" not in text
    assert "DEVOLUCIÓN" not in text
    assert "Redondeo" not in text


def test_80mm_receipt_is_226_77_points_wide() -> None:
    box = read(build_receipt(make_receipt())).pages[0].mediabox
    assert float(box.width) == pytest.approx(226.77, abs=0.01)


@pytest.mark.parametrize("paper", ["80mm", "58mm", "A4"])
def test_nothing_is_drawn_outside_the_page(paper: str) -> None:
    page = read(build_receipt(make_receipt(), paper)).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    runs = text_runs(page)
    assert len(runs) > 30
    for left, right, baseline, text in runs:
        assert left > 0 and right < width and 0 < baseline < height, (text, left, right, baseline)


def test_roll_page_height_follows_the_content() -> None:
    short = read(build_receipt(make_receipt())).pages[0].mediabox
    many_lines = make_receipt(lines=make_receipt().lines * 10)
    tall = read(build_receipt(many_lines)).pages[0]
    assert float(tall.mediabox.height) > float(short.height) + 300
    lowest = min(baseline for _, _, baseline, _ in text_runs(tall))
    assert 0 < lowest < 40  # the footer sits just above the bottom margin, nothing below it


def test_a4_receipt_is_a4_and_long_ones_flow_onto_more_pages() -> None:
    reader = read(build_receipt(make_receipt(), "A4"))
    assert len(reader.pages) == 1
    assert float(reader.pages[0].mediabox.width) == pytest.approx(595.28, abs=0.01)
    assert float(reader.pages[0].mediabox.height) == pytest.approx(841.89, abs=0.01)

    long_pdf = build_receipt(make_receipt(lines=make_receipt().lines * 20, copy=True), "A4")
    pages = read(long_pdf).pages
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert f"página {number} de {len(pages)}" in text
        assert "COPIA" in text
    assert "TOTAL S/ 80.50" in " ".join(pages[-1].extract_text().split())


def test_any_unicode_letter_prints_and_extracts() -> None:
    names = "Ñusta, Ángela, Wayra Ch'aska, Łucja, Ğül, Ελένη y Алёна"
    makers = ("Ñusta", "Ángela", "Wayra Ch'aska", "Łucja", "Ğül", "Ελένη", "Алёна")
    data = make_receipt(
        lines=(ReceiptLine(1, "Monedero bordado Señor de Huanca", makers, D("30"), D("30"), D("0"), D("30")),),
        seller="Begoña",
    )
    text = pdf_text(build_receipt(data, "58mm"))
    assert f"hecho por {names}" in text
    assert "Monedero bordado Señor de Huanca" in text
    assert "Begoña" in text


def test_copy_says_copia() -> None:
    text = pdf_text(build_receipt(make_receipt(copy=True)))
    assert text.count("COPIA") >= 2
    assert "B001-000123" in text


def make_refund(**changes: object) -> ReceiptData:
    """2 of the embroidered purses back: gross 50.00, 5.00 of the discount with them, 45.00 returned;
    paid back in cash rounded up for the customer (she paid by card): 45.10."""
    refund = make_receipt(
        is_refund=True,
        refund_of="B001-000045",
        number="B001-000130",
        lines=make_receipt().lines[:1],
        subtotal=D("50.00"),
        discounts=D("5.00"),
        total=D("45.00"),
        rounding=D("-0.10"),
        amount_due=D("45.10"),
        payments=(ReceiptPayment("cash", D("45.10"), "PEN", None, D("45.10"), ""),),
        tendered=D("45.10"),
        change=D("0.00"),
        reason="No era el color que quería",
    )
    return dataclasses.replace(refund, **changes)


def test_refund_note_is_its_own_document(pdfs) -> None:
    text = pdfs.text(build_receipt(make_refund()))
    for words in (
        "NOTA DE DEVOLUCIÓN B001-000130",
        "de la nota de venta B001-000045",
        f"2 × {LONG_NAME} S/ 50.00",
        "S/ 25.00 c/u",
        "Descuento −S/ 5.00 Se devuelve S/ 45.00",
        "Subtotal S/ 50.00 Descuentos −S/ 5.00 Total de la devolución S/ 45.00 Redondeo S/ 0.10",
        "TOTAL DEVUELTO S/ 45.10",
        "Devuelto en: Efectivo S/ 45.10",
        "Motivo: No era el color que quería",
        "Recibí S/ 45.10 conforme. Firma del cliente Nombre y DNI",
    ):
        assert words in text, words
    for not_there in ("NOTA DE VENTA", "comprobante", FOOTER, "catálogo", URL, "Vuelto", "Recibido", "A pagar"):
        assert not_there not in text, not_there


def test_refund_note_in_english_and_french(pdfs) -> None:
    english = pdfs.text(build_receipt(make_refund(language="en")))
    for words in ("REFUND NOTE", "for receipt B001-000045", "Refunded S/ 45.00", "TOTAL REFUNDED S/ 45.10"):
        assert words in english, words
    assert "Reason: No era el color" in english and "Customer's signature" in english
    french = pdfs.text(build_receipt(make_refund(language="fr", copy=True, reprinted_at=datetime(2026, 3, 20, 9, 5))))
    for words in ("NOTE DE REMBOURSEMENT", "du ticket B001-000045", "TOTAL REMBOURSÉ 45,10 S/", "Signature du client"):
        assert words in french, words
    assert "COPIE" in french and "Réimprimé le 20/03/2026 09:05" in french


def test_a_copy_says_when_and_by_whom_it_was_reprinted(pdfs) -> None:
    data = make_receipt(copy=True, reprinted_at=datetime(2026, 3, 20, 9, 5), reprinted_by="Carmen Ayma")
    text = pdfs.text(build_receipt(data))
    assert text.count("COPIA") == 2
    assert text.count("Reimpresa el 20/03/2026 09:05 por Carmen Ayma") == 2


def test_cash_rounding_is_shown_with_the_amount_due() -> None:
    data = make_receipt(
        discounts=D("0"),
        subtotal=D("80.55"),
        total=D("80.55"),
        rounding=D("0.05"),
        amount_due=D("80.50"),
        payments=(ReceiptPayment("cash", D("100.00"), "PEN", None, D("100.00"), ""),),
        tendered=D("100.00"),
        change=D("19.50"),
    )
    text = pdf_text(build_receipt(data))
    assert "Redondeo −S/ 0.05" in text
    assert "A pagar S/ 80.50" in text
    assert "Efectivo S/ 100.00" in text
    assert "Vuelto S/ 19.50" in text
    assert "Descuentos" not in text


@pytest.mark.parametrize(
    ("payment", "label"),
    [
        (ReceiptPayment("cash", D("50"), "PEN", None, D("50"), ""), "Efectivo"),
        (ReceiptPayment("usd", D("20.00"), "USD", D("3.7"), D("74.00"), ""), "Dólares (US$ 20.00 × 3.70)"),
        (ReceiptPayment("usd", D("10.00"), "USD", D("3.725"), D("37.25"), ""), "Dólares (US$ 10.00 × 3.725)"),
        (ReceiptPayment("yape", D("5"), "PEN", None, D("5"), "123456"), "Yape op. 123456"),
        (ReceiptPayment("plin", D("5"), "PEN", None, D("5"), ""), "Plin"),
        (ReceiptPayment("card", D("5"), "PEN", None, D("5"), ""), "Tarjeta"),
        (ReceiptPayment("transfer", D("5"), "PEN", None, D("5"), "OP-77"), "Transferencia op. OP-77"),
    ],
)
def test_payment_labels_are_spanish(payment: ReceiptPayment, label: str) -> None:
    assert payment_label(payment) == label


def test_wrap_never_cuts_text_and_respects_the_width() -> None:
    font = register_fonts().regular
    text = "Cartuchera Supercalifragilísticoespialidosamenteartesanal bordada a mano"
    lines = wrap(text, font, 8, 100)
    assert len(lines) > 2
    assert all(stringWidth(line, font, 8) <= 100 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="papel"):
        build_receipt(make_receipt(), "A5")


def test_twenty_receipts_with_one_link_encode_the_qr_code_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    make = qr.qrencoder.QRCode.make

    def counting_make(code: object) -> None:
        calls.append(code)
        make(code)

    monkeypatch.setattr(qr.qrencoder.QRCode, "make", counting_make)
    qr.clear_cache()
    for n in range(20):
        build_receipt(make_receipt(number=f"B001-{n:06d}"))
    assert len(calls) == 1
    info = qr.qr_matrix.cache_info()
    assert (info.misses, info.hits) == (1, 0)  # the drawing built from it is cached too
    build_receipt(make_receipt(catalogue_url="https://mamakilla.pe/otra"))
    assert len(calls) == 2


def test_receipt_without_catalogue_link_has_no_qr() -> None:
    text = pdf_text(build_receipt(make_receipt(catalogue_url="")))
    assert "catálogo" not in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
@pytest.mark.parametrize("paper", ["80mm", "58mm"])
def test_printed_qr_code_scans_to_the_catalogue_link(paper: str, tmp_path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    image = pytest.importorskip("PIL.Image")
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(build_receipt(make_receipt(), paper))
    subprocess.run(["pdftoppm", "-png", "-r", "203", "-singlefile", pdf, tmp_path / "page"], check=True)
    codes = zxingcpp.read_barcodes(image.open(tmp_path / "page.png"))
    assert [code.text for code in codes] == [URL]


def test_documents_do_not_import_qt() -> None:
    code = (
        "import sys, mamakilla_pos.documents.receipt as r;sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def words_of(pdf: bytes) -> str:
    """The PDF's text with every run of spaces (no-break ones included) made one space."""
    return " ".join(pdf_text(pdf).replace("\u00a0", " ").replace("\u202f", " ").split())


def test_english_receipt_reads_in_english() -> None:
    data = make_receipt(language="en", header=DEFAULT_HEADER, footer=DEFAULT_FOOTER, tendered=D("100.00"))
    text = words_of(build_receipt(data))
    for words in (
        "SALES RECEIPT",
        "not a tax invoice",
        "Date 2026-03-14 16:05",
        "Served by Rosa",
        "S/ 25.00 each",
        "made by Ñusta and Ángela",
        "Discount −S/ 5.00",
        "4 items",
        "Subtotal S/ 85.50",
        "TOTAL S/ 80.50",
        "Paid with:",
        "US dollars (US$ 20.00 × 3.70) S/ 74.00",
        "Yape op. 123456",
        "Received S/ 100.00",
        "Change",
        "See our catalogue:",
        "45% of this purchase goes to the woman who made it. Thank you!",
    ):
        assert words in text
    for spanish in ("Fecha", "Atendido", "hecho por", "Descuento", "artículos", "Vuelto", "Dólares", "catálogo"):
        assert spanish not in text


def test_french_receipt_writes_money_the_french_way() -> None:
    data = make_receipt(language="fr", header=DEFAULT_HEADER, footer=DEFAULT_FOOTER, copy=True)
    text = words_of(build_receipt(data))
    for words in (
        "COPIE",
        "TICKET DE VENTE",
        "ne vaut pas facture",
        "Date 14/03/2026 16:05",
        "Servi par Rosa",
        "25,00 S/ l'unité",
        "fait par Ñusta et Ángela",
        "Remise −5,00 S/",
        "4 articles",
        "Sous-total 85,50 S/",
        "TOTAL 80,50 S/",
        "Payé en :",
        "Dollars US (20,00 US$ × 3,70) 74,00 S/",
        "Voir notre catalogue :",
        "45 % de cet achat revient à l'artisane qui l'a fait. Merci !",
    ):
        assert words in text
    for spanish in ("COPIA", "Fecha", "hecho por", "Descuento", "artículos", "Pago:", "Dólares"):
        assert spanish not in text


def test_shop_texts_of_its_own_stay_as_written_in_any_language() -> None:
    data = make_receipt(language="en", header="BOLETA INTERNA — Huchuy Yachaq", footer="Sulpayki!")
    text = words_of(build_receipt(data))
    assert "BOLETA INTERNA" in text and "Huchuy Yachaq" in text and "Sulpayki!" in text
    assert "SALES RECEIPT" not in text


def test_refund_in_french_on_a4_numbers_its_pages_in_french() -> None:
    many = tuple(
        ReceiptLine(1, f"{LONG_NAME} {n}", ("Rosa",), D("10.00"), D("10.00"), D("0.00"), D("10.00")) for n in range(60)
    )
    data = make_receipt(language="fr", lines=many, is_refund=True, refund_of="B001-000100", payments=())
    reader = pypdf.PdfReader(io.BytesIO(build_receipt(data, "A4")))
    assert len(reader.pages) >= 2
    first = " ".join(reader.pages[0].extract_text().split())
    assert "NOTE DE REMBOURSEMENT" in first and "du ticket B001-000100" in first
    assert f"page 1 sur {len(reader.pages)}" in first
    assert reader.metadata is not None and reader.metadata.title == "Note de remboursement B001-000123"


def test_unknown_receipt_language_is_refused() -> None:
    with pytest.raises(ValueError, match="idioma"):
        build_receipt(make_receipt(language="qu"))


def one_line_receipt(**changes: object) -> ReceiptData:
    """One purse paid by Yape: the shortest receipt a till prints."""
    one = make_receipt(
        lines=(ReceiptLine(1, "Monedero de cuero", ("Rosa",), D("22.55"), D("22.55"), D("0"), D("22.55")),),
        subtotal=D("22.55"),
        discounts=D("0"),
        total=D("22.55"),
        amount_due=D("22.55"),
        payments=(ReceiptPayment("yape", D("22.55"), "PEN", None, D("22.55"), "123456"),),
        tendered=D("22.55"),
        change=D("0"),
    )
    return dataclasses.replace(one, **changes)


def test_a_small_qr_or_none_makes_a_shorter_receipt(pdfs) -> None:
    heights = {}
    for size in ("large", "small", "none"):
        pdf = build_receipt(one_line_receipt(qr=size))
        heights[size] = float(read(pdf).pages[0].mediabox.height) / MM
        assert URL in pdfs.text(pdf)
    assert heights["large"] - heights["small"] >= 15, heights
    assert heights["small"] - heights["none"] >= 10, heights
    assert heights["none"] <= 100, heights


@pytest.mark.parametrize("size", ["small", "large"])
def test_the_small_qr_still_scans(size: str, tmp_path) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    image = pytest.importorskip("PIL.Image")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    for paper in ("80mm", "58mm"):
        (tmp_path / "r.pdf").write_bytes(build_receipt(one_line_receipt(qr=size), paper))
        subprocess.run(["pdftoppm", "-png", "-r", "203", "-singlefile", tmp_path / "r.pdf", tmp_path / "p"], check=True)
        assert [c.text for c in zxingcpp.read_barcodes(image.open(tmp_path / "p.png"))] == [URL]


def test_unknown_qr_size_is_refused() -> None:
    with pytest.raises(ValueError, match="QR"):
        build_receipt(make_receipt(qr="huge"))


def test_change_is_shown_only_where_change_can_be_given(pdfs) -> None:
    by_phone = pdfs.text(build_receipt(one_line_receipt()))
    assert "Vuelto" not in by_phone and "Recibido" not in by_phone
    assert "Yape op. 123456 S/ 22.55" in by_phone
    cash = one_line_receipt(
        payments=(ReceiptPayment("cash", D("50.00"), "PEN", None, D("50.00"), ""),),
        tendered=D("50.00"),
        change=D("27.50"),
        rounding=D("0.05"),
        amount_due=D("22.50"),
    )
    assert "Recibido S/ 50.00 Vuelto S/ 27.50" in pdfs.text(build_receipt(cash))


@pytest.mark.parametrize("paper", ["80mm", "58mm"])
def test_roll_receipts_print_black_only_and_embed_every_font(paper: str, pdfs) -> None:
    for data in (make_receipt(copy=True, reprinted_at=datetime(2026, 3, 20, 9, 5)), make_refund()):
        pdf = build_receipt(data, paper)
        assert pdfs.colours(pdf) <= {(0.0,), (1.0,), (0.0, 0.0, 0.0), (1.0, 1.0, 1.0)}
        fonts = pdfs.fonts(pdf)
        assert fonts and all(embedded and "DejaVu" in name for name, embedded in fonts), fonts


def test_58mm_prints_inside_the_central_48mm(pdfs) -> None:
    for data in (make_receipt(copy=True), make_refund(), one_line_receipt(qr="small")):
        for left, _top, right, _bottom in pdfs.ink(build_receipt(data, "58mm")):
            assert left >= 5.0 and right <= 53.0, (left, right)


@pytest.mark.parametrize("paper", ["80mm", "58mm", "A4"])
def test_no_amount_collides_with_another_up_to_999999_99(paper: str, pdfs) -> None:
    big = D("999999.99")
    lines = (ReceiptLine(3, LONG_NAME, ("Ñusta", "Ángela"), big, D("2999999.97"), big, D("1999999.98")),)
    data = make_receipt(
        lines=lines,
        subtotal=D("2999999.97"),
        discounts=big,
        total=D("1999999.98"),
        rounding=D("0.08"),
        amount_due=D("1999999.90"),
        payments=(
            ReceiptPayment("usd", D("270270.25"), "USD", D("3.70"), big, ""),
            ReceiptPayment("cash", big, "PEN", None, big, ""),
        ),
        tendered=D("1999999.98"),
        change=D("0.08"),
    )
    for pdf in (build_receipt(data, paper), build_receipt(make_refund(lines=lines, total=big), paper)):
        runs = pdfs.runs(pdf)
        assert pdfs.collisions(runs) == []
        width = float(read(pdf).pages[0].mediabox.width)
        assert all(r.left > 0 and r.right < width for r in runs)


@given(st.text(st.sampled_from("ab Ññ-\u00a0\u202f\t\n\x0b\u2028"), max_size=60), st.integers(0, 50))
def test_a_line_that_fits_wraps_as_its_words_do(text, width):
    """The quick path for a line that fits already gives what wrapping word by word gives."""
    assert wrap_chars(text, width) == wrap_words(text, max(width, 1))
