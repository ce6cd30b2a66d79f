"""Hang tags: the rendered page scans back to the item codes, on sheets and rolls."""

from __future__ import annotations

import io
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from mamakilla_pos.documents.hang_tags import LAYOUTS, HangTag, TagError, build_hang_tags
from mamakilla_pos.services import catalogue, catalogue_products
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.catalogue_views import ProductChange
from mamakilla_pos.services.errors import NotFound, UserError
from mamakilla_pos.services.tags import TagRequest, hang_tags, tag_layouts, tags_pdf

DPI = 200
TAGS = (
    HangTag("MK000001", "Bolso bordado Inti", Decimal("85.00"), ("Rosa Quispe",), "Mama Killa"),
    HangTag(
        "MK000002",
        "Bolso de mano flores de Sacsayhuamán con asa de cuero repujado",
        Decimal("120.00"),
        ("Rosa Quispe Mamani", "Ana Huamán Condori"),
        "Mama Killa",
    ),
    HangTag("KEY001", "Llavero de alpaca", Decimal("5.00"), (), "Mama Killa"),
    HangTag("CAS-NUSTA", "Cartuchera Ñusta", Decimal("30.00"), ("Ñusta Condori",), "Mama Killa"),
)

needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")


def _pages(pdf: bytes, dpi: int = DPI) -> list[Image.Image]:
    """Every page of ``pdf`` as a grey image, rendered by poppler's ``pdftoppm``."""
    images = []
    for number in range(1, len(PdfReader(io.BytesIO(pdf)).pages) + 1):
        png = subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-png", "-f", str(number), "-l", str(number), "-singlefile", "-"],
            input=pdf,
            capture_output=True,
            check=True,
        ).stdout
        images.append(Image.open(io.BytesIO(png)).convert("L"))
    return images


def _decoded(image: Image.Image) -> list[tuple[str, int, int]]:
    """``(text, x, y)`` of every Code 128 barcode found (centre of the symbol, pixels)."""
    found = []
    for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128):
        pos = result.position
        x = (pos.top_left.x + pos.bottom_right.x) // 2
        y = (pos.top_left.y + pos.bottom_right.y) // 2
        found.append((result.text, x, y))
    return found


@needs_pdftoppm
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_every_layout_scans_back_to_the_codes(layout):
    pdf = build_hang_tags(TAGS, layout)
    found = sorted(text for page in _pages(pdf) for text, _x, _y in _decoded(page))
    assert found == sorted(tag.code for tag in TAGS)


@needs_pdftoppm
def test_start_position_on_a_half_used_sheet():
    sheet = LAYOUTS["a4-3x7"]
    pdf = build_hang_tags(TAGS[:1], sheet, start=5)
    [page] = _pages(pdf)
    [(text, x, y)] = _decoded(page)
    assert text == "MK000001"
    # Position 5 is the middle label of the second row.
    px = DPI / 25.4
    left = (sheet.left + sheet.label_width + sheet.column_gap) * px
    top = (sheet.top + sheet.label_height) * px
    assert left < x < left + sheet.label_width * px
    assert top < y < top + sheet.label_height * px


@needs_pdftoppm
def test_tags_run_onto_a_second_sheet():
    tags = [TAGS[0]] * 3
    pdf = build_hang_tags(tags, "a4-3x7", start=20)
    pages = _pages(pdf)
    assert [len(_decoded(p)) for p in pages] == [2, 1]


def test_roll_has_one_label_per_page_of_the_label_size():
    pdf = build_hang_tags(TAGS, "roll-50x30", start=7)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == len(TAGS)
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (50, 30)


def test_the_text_names_product_price_and_maker():
    pdf = build_hang_tags(TAGS, "a4-2x7")
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "Bolso bordado Inti" in text
    assert "S/ 85.00" in text
    assert "Hecho por Rosa Quispe" in text
    assert "Hecho por Rosa Quispe Mamani y Ana Huamán Condori" in text
    assert "Cartuchera Ñusta" in text
    assert "Hecho en Mama Killa" in text


@needs_pdftoppm
@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools not installed")
def test_zbarimg_reads_the_sheet_too(tmp_path):
    pdf = build_hang_tags(TAGS, "a4-3x8")
    path = Path(tmp_path / "sheet.png")
    _pages(pdf)[0].save(path)
    done = subprocess.run(["zbarimg", "-q", "--raw", str(path)], capture_output=True, text=True, check=False)
    assert sorted(done.stdout.split()) == sorted(tag.code for tag in TAGS)


def test_bad_requests_are_refused():
    with pytest.raises(TagError, match="posición"):
        build_hang_tags(TAGS, "a4-3x7", start=22)
    with pytest.raises(TagError, match="posición"):
        build_hang_tags(TAGS, "a4-3x7", start=0)
    with pytest.raises(TagError, match="desconocido"):
        build_hang_tags(TAGS, "a5-1x1")
    with pytest.raises(TagError, match="Code 128"):
        build_hang_tags([HangTag("ÑANDÚ", "x", Decimal("1.00"))])
    with pytest.raises(TagError, match="no hay"):
        build_hang_tags([])


# -- the service that builds tags from the catalogue ---------------------------------------------


@needs_pdftoppm
def test_tags_of_items_scan_back(shop):
    pdf = tags_pdf(shop.store, [TagRequest(shop.bag, 2), TagRequest(shop.pencil_case, 1)], "a4-3x7", start=3)
    found = [text for page in _pages(pdf) for text, _x, _y in _decoded(page)]
    assert sorted(found) == sorted([shop.bag, shop.bag, shop.pencil_case])
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "Hecho por Rosa Quispe y Ana Huamán" in text
    assert "Hecho por Luz Mamani" in text


def test_tag_data_follows_the_catalogue(shop):
    catalogue_products.update_product(
        shop.store,
        catalogue.find_item(shop.store, shop.bag).product_id,
        ProductChange(price=Decimal("49.90")),
        user_id=SYSTEM_ID,
    )
    [tag] = hang_tags(shop.store, [TagRequest(shop.bag)])
    assert (tag.code, tag.product, tag.price, tag.makers) == (
        shop.bag,
        "Bolso bordado",
        Decimal("49.90"),
        ("Rosa Quispe", "Ana Huamán"),
    )
    assert tag.made_by == "Hecho por Rosa Quispe y Ana Huamán"
    [keyring] = hang_tags(shop.store, [TagRequest(shop.bought_in)])
    assert keyring.makers == ()
    with pytest.raises(NotFound):
        hang_tags(shop.store, [TagRequest("NOPE")])
    with pytest.raises(UserError, match="de 1 a"):
        hang_tags(shop.store, [TagRequest(shop.bag, 0)])
    with pytest.raises(UserError, match="posición"):
        tags_pdf(shop.store, [TagRequest(shop.bag)], "a4-3x7", start=30)
    assert tag_layouts()[0].key == "a4-3x7"


def _sizes(pdf: bytes) -> set[float]:
    """Every text size drawn, in points on the page."""
    sizes: set[float] = set()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.add(round(size * (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5, 2))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return sizes


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_maker_credit_is_whole_and_nothing_is_below_7pt(layout, pdfs):
    pdf = build_hang_tags(TAGS, layout)
    text = pdfs.text(pdf)
    assert "Hecho por Rosa Quispe Mamani y Ana Huamán Condori" in text
    assert "Hecho por Ñusta Condori" in text
    assert "Huam…" not in text and "Condori…" not in text
    assert min(_sizes(pdf)) >= 7.0, sorted(_sizes(pdf))


def test_a_credit_too_long_for_a_small_label_keeps_every_maker(pdfs):
    makers = ("Wayra Ch'aska Quispe Huamán", "Ñusta Condori Yupanqui", "Ana Huamán Condori", "Rosa Quispe Mamani")
    tag = HangTag("MK000018", "Monedero bordado Señor de Huanca con flores", Decimal("1234.50"), makers, "Mama Killa")
    pdf = build_hang_tags((tag,), "roll-50x30")
    text = pdfs.text(pdf)
    credit = text[text.index("Hecho por") :]
    for first in ("Wayra", "Ñusta", "Ana", "Rosa"):
        assert first in credit
    assert "…" not in credit
    assert min(_sizes(pdf)) >= 7.0
    assert _decoded(_pages(pdf)[0])[0][0] == "MK000018"


@pytest.mark.parametrize("layout", sorted(key for key, lay in LAYOUTS.items() if lay.is_roll))
def test_label_rolls_print_black_only(layout, pdfs):
    pdf = build_hang_tags(TAGS, layout, guides=True)
    assert pdfs.colours(pdf) <= {(0.0,), (0.0, 0.0, 0.0)}
    assert all(embedded and "DejaVu" in name for name, embedded in pdfs.fonts(pdf))


@needs_pdftoppm
@pytest.mark.parametrize("layout", sorted(key for key, lay in LAYOUTS.items() if not lay.is_roll))
def test_sheets_keep_5mm_from_the_paper_edge(layout, pdfs):
    longest = HangTag("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", "Bolso", Decimal("9.00"), ("Rosa Quispe",))
    long_code = HangTag("ABCDEFGHIJKLMNOP", "Bolso", Decimal("9.00"), ("Rosa Quispe",))
    tags = ((*TAGS, longest, long_code) * 6)[: LAYOUTS[layout].per_page]
    pdf = build_hang_tags(tags, layout)
    for left, top, right, bottom in pdfs.ink(pdf):
        assert left >= 5.0 and top >= 5.0 and right <= 205.0 and bottom <= 292.0, (left, top, right, bottom)
    found = {code for code, _x, _y in _decoded(_pages(pdf)[0])}
    assert {tag.code for tag in TAGS} | {long_code.code} <= found
