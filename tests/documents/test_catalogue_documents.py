"""The catalogue's documents from plain data: the photo PDF, the partner line sheet, the cards, a maker's month."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from decimal import Decimal

import pytest
import zxingcpp
from helpers import page_texts, pdf_text, photo_bytes
from PIL import Image

from mamakilla_pos.documents.cards import Card, square_card, story_card
from mamakilla_pos.documents.catalogue_pdf import PER_PAGE, Contact, Listed, catalogue_pdf
from mamakilla_pos.documents.line_sheet import LineSheetRow, line_sheet_pdf
from mamakilla_pos.documents.maker_month import MakerStatement, Payment, PlaceSales
from mamakilla_pos.documents.maker_statement import statement_pdf, statement_png
from mamakilla_pos.documents.photos import prepare

D = Decimal
TODAY = date(2026, 3, 14)
CONTACT = Contact(
    "Mama Killa",
    "Calle Hermanos Ayar s/n, Santiago, Cusco",
    "984 123 456",
    "https://www.instagram.com/mamakilla.cusco/",
    "@mamakilla.cusco",
)
PHOTO = prepare(photo_bytes(900, 900, (20, 40, 230)))


def _listed(count: int, category: str, start: int = 1) -> list[Listed]:
    return [
        Listed(start + n, f"Bolso bordado Ñusta número {start + n}", category, D("45.00") + n, "Rosa y Ana")
        for n in range(count)
    ]


def _photos(ids):
    return {i: PHOTO.large for i in ids if i % 2}  # every other product has a photo


def test_the_catalogue_lists_every_product_and_price_six_a_page_by_category(pdfs):
    listed = _listed(8, "Bolsos") + _listed(5, "Monederos", 100)
    pdf = catalogue_pdf(listed, CONTACT, _photos, TODAY)
    pages = page_texts(pdf)
    assert len(pages) == 3  # 6 + 2 bags (a new page for the purses), then 5 purses
    text = pdf_text(pdf)
    for entry in listed:
        assert entry.name in text, entry.name
        assert f"S/ {entry.price:.2f}" in text
    assert text.count("hecho por Rosa y Ana") == len(listed)
    assert "Bolsos" in pages[0] and "Bolsos (continuación)" in pages[1] and "Monederos" in pages[2]
    assert "Monedero" not in pages[1] and "número 100" not in pages[1]
    for page in pages:
        assert "WhatsApp 984 123 456" in page and "@mamakilla.cusco" in page
        assert "El 45 % de cada compra es para la artesana" in page
    assert pages[0].endswith("página 1 de 3") or "página 1 de 3" in pages[0]
    assert all(embedded for _, embedded in pdfs.fonts(pdf)), pdfs.fonts(pdf)
    assert pdfs.collisions(pdfs.runs(pdf)) == []
    assert PER_PAGE == 6


def test_the_qr_code_on_each_page_opens_the_shops_instagram(tmp_path):
    pdf = catalogue_pdf(_listed(7, "Bolsos"), CONTACT, _photos, TODAY)
    source = tmp_path / "catalogo.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "150", source, tmp_path / "page"], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 2
    for png in pages:
        codes = zxingcpp.read_barcodes(Image.open(png))
        assert [c.text for c in codes if c.format == zxingcpp.BarcodeFormat.QRCode] == [CONTACT.instagram_url]


def test_long_names_stay_whole_or_cut_within_their_cell(pdfs):
    long = Listed(
        1,
        "Bolso de cuero repujado con chakana y flores de Sacsayhuamán bordadas " * 3,
        "Bolsos",
        D("999999.99"),
        "Rosa, Ana, Luz, Nilda, Yeny y Sonia",
    )
    short = Listed(2, "Llavero", "Bolsos", D("8.00"), "")
    pdf = catalogue_pdf([long, short, *_listed(4, "Bolsos", 3)], CONTACT, _photos, TODAY)
    assert pdfs.collisions(pdfs.runs(pdf)) == []
    text = pdf_text(pdf)
    assert "S/ 999,999.99" in text and "Llavero" in text and "hecho por Rosa, Ana, Luz, Nilda, Yeny y Sonia" in text
    runs = pdfs.runs(pdf)
    assert max(r.right for r in runs) <= 595.28 - 14 * 72 / 25.4 + 0.5  # nothing beyond the right margin


def test_the_line_sheet_gives_the_partner_price_of_each_product(pdfs):
    rows = [
        LineSheetRow(Listed(1, "Bolso bordado Inti", "Bolsos", D("45.00"), "Rosa"), ("BAG001",)),
        LineSheetRow(Listed(2, "Monedero de cuero", "Monederos", D("22.55"), "Ana"), ("PUR001", "PUR002")),
    ]
    pdf = line_sheet_pdf(rows, CONTACT, D("30"), lambda ids: {1: PHOTO.tile}, TODAY)
    text = pdf_text(pdf)
    assert "Comisión (30 %)" in text and "Nos paga" in text
    assert "Bolso bordado Inti" in text and "S/ 45.00 S/ 13.50 S/ 31.50" in text
    assert "S/ 22.55 S/ 6.76 S/ 15.79" in text  # 15.785 rounds half up; the commission is the rest
    assert "PUR001 · PUR002" in text and "hecho por Ana" in text
    assert all(embedded for _, embedded in pdfs.fonts(pdf))


def test_cards_are_exactly_square_and_stories_exactly_1080_by_1920():
    with_photo = Card(
        "Bolso bordado Inti",
        "S/ 85.00",
        "hecho por Rosa y Ana",
        "Bolsos",
        "Mama Killa",
        "@mamakilla.cusco",
        PHOTO.large,
    )
    without = Card(
        "Cartuchera de aguayo doble " * 6,
        "S/ 999,999.99",
        "hecho por " + "Rosa, " * 20,
        "Cartucheras",
        "Mama Killa",
        "",
        None,
    )
    for card in (with_photo, without):
        square = Image.open(io.BytesIO(square_card(card)))
        story = Image.open(io.BytesIO(story_card(card)))
        assert (square.format, square.size) == ("PNG", (1080, 1080))
        assert (story.format, story.size) == ("PNG", (1080, 1920))
    # The photo shows on the square card (blue) above its band; a card without one shows its category's colour.
    photo_card = Image.open(io.BytesIO(square_card(with_photo))).convert("RGB")
    assert photo_card.getpixel((540, 400))[2] > 180
    plain = Image.open(io.BytesIO(square_card(without))).convert("RGB")
    assert plain.getpixel((540, 400))[2] < 180


def _statement(photo: bytes | None) -> MakerStatement:
    return MakerStatement(
        maker="Rosa Quispe Mamani",
        shop="Mama Killa",
        month=date(2026, 3, 1),
        made=12,
        made_items=(("Bolso bordado Inti", 12),),
        sold=9,
        places=(PlaceSales("Feria artesanal San Blas", 5, D("101.25")), PlaceSales("Taller Mama Killa", 4, D("81.00"))),
        share=D("182.25"),
        paid=D("150.00"),
        payments=(Payment(date(2026, 3, 14), "P-000003", D("150.00"), "yape"),),
        balance=D("-3.40"),
        photo=photo,
    )


def test_a_makers_month_in_large_type(pdfs):
    png = Image.open(io.BytesIO(statement_png(_statement(PHOTO.large))))
    assert (png.format, png.size) == ("PNG", (1080, 1350))
    pdf = statement_pdf(_statement(None))
    text = pdf_text(pdf)
    for expected in (
        "Rosa Quispe Mamani",
        "Marzo 2026",
        "Piezas hechas 12",
        "Piezas vendidas 9",
        "Feria artesanal San Blas 5 piezas · S/ 101.25",
        "Taller Mama Killa 4 piezas · S/ 81.00",
        "Tu parte del mes S/ 182.25",
        "Pagado este mes S/ 150.00",
        "14/03/2026 · Yape S/ 150.00",
        "Saldo por cobrar −S/ 3.40",
    ):
        assert expected in text, expected
    assert len(page_texts(pdf)) == 1
    assert all(embedded for _, embedded in pdfs.fonts(pdf))
    assert pdfs.collisions(pdfs.runs(pdf)) == []


@pytest.mark.parametrize("places", [0, 9])
def test_a_month_with_no_sales_or_many_places_still_fits(places):
    many = tuple(PlaceSales(f"Feria {n}", 1, D("4.50")) for n in range(places))
    statement = MakerStatement("Ana", "Mama Killa", date(2026, 3, 1), 0, (), places, many, D(0), D(0), (), D(0), None)
    assert Image.open(io.BytesIO(statement_png(statement))).size == (1080, 1350)
    text = pdf_text(statement_pdf(statement))
    assert "Piezas vendidas" in text and ("y 5 lugares más" in text) == (places == 9)
