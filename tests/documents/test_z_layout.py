"""Z and X reports on paper (DESIGN.md §6): A4 pages that keep blocks together and repeat table headings,
thermal rolls in black only inside what the printer prints, and amounts that never run into each other."""

from __future__ import annotations

import dataclasses
import importlib.util
from datetime import datetime
from decimal import Decimal as D
from pathlib import Path

import pytest

from mamakilla_pos.documents.z_report import ZCount, ZDrawer, ZMovement, build_z_report
from mamakilla_pos.domain.payments import MethodTotals
from mamakilla_pos.domain.shares import MakerTotals

_spec = importlib.util.spec_from_file_location("z_cases", Path(__file__).with_name("test_z_report.py"))
assert _spec is not None and _spec.loader is not None
_cases = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_cases)
make_z = _cases.make_z

PEN = ("200", "100", "50", "20", "10", "5", "2", "1", "0.50", "0.20", "0.10")
USD = ("100", "50", "20", "10", "5", "1")


def crowded(makers: int, movements: int = 6):  # type: ignore[no-untyped-def]
    """A close with ``makers`` makers and some cash moved, so that page breaks fall at every place in turn."""
    return make_z(
        makers=tuple(
            MakerTotals(f"Artesana {i:02d} Quispe", D("13.50") * i, D("1.10") * (i % 3)) for i in range(1, makers)
        ),
        movements=tuple(
            ZMovement(datetime(2026, 3, 14, 10, i), "out", "PEN", D("5.00"), "Pasajes", "Carmen Ayma")
            for i in range(movements)
        ),
    )


def opened(data):  # type: ignore[no-untyped-def]
    """The same session still open: an X report, every denomination in the float."""
    counts = tuple(ZCount("PEN", D(v), 2, None) for v in PEN) + tuple(ZCount("USD", D(v), 1, None) for v in USD)
    drawers = tuple(dataclasses.replace(d, counted=None, difference=None) for d in data.drawers)
    return dataclasses.replace(data, closed_at=None, closed_by="", counts=counts, drawers=drawers, journal_hash="")


def page_of(pages: list[str], words: str) -> int:
    found = [i for i, text in enumerate(pages) if words in text]
    assert len(found) == 1, (words, found)
    return found[0]


@pytest.mark.parametrize("makers", range(0, 64, 3))
def test_a4_z_keeps_what_belongs_together_and_repeats_table_headings(makers, pdfs):
    pages = pdfs.page_texts(build_z_report(crowded(makers), "A4"))
    # A drawer's count, its total and its difference on one page: soles and dollars.
    assert page_of(pages, "Total 50.00 25.30") == page_of(pages, "DIFERENCIA −S/ 1.20")
    assert page_of(pages, "Total 20.00 50.00") == page_of(pages, "DIFERENCIA US$ 0.00")
    assert page_of(pages, "Contado (arqueo) US$ 50.00") == page_of(pages, "La caja cuadra.")
    for number, text in enumerate(pages):
        if "Artesana 0" in text or "Artesana 1" in text:
            assert "Artesana Generado Devuelto Neto" in text, number
        if "S/ 0.10 0 1 0.10" in text:
            assert "Soles Apert. Cierre Importe" in text, number
    # The close is never alone on a page: the note before it (the last lines of what precedes) comes with it.
    last = page_of(pages, "Huella del diario")
    assert last == page_of(pages, "Entregó Recibió") == page_of(pages, "Impreso el 14/03/2026 18:41")
    assert "Se dio vuelto de más" in pages[last].split("Huella del diario")[0]
    # Without a note, the makers' totals come with it.
    pages = pdfs.page_texts(build_z_report(dataclasses.replace(crowded(makers), note=""), "A4"))
    before = pages[page_of(pages, "Huella del diario")].split("Huella del diario")[0]
    assert "Total" in before or "Sin participaciones." in before


@pytest.mark.parametrize("makers", range(0, 64, 3))
def test_a4_x_report_continues_the_float_under_its_heading(makers, pdfs):
    pages = pdfs.page_texts(build_z_report(opened(crowded(makers)), "A4"))
    for number, text in enumerate(pages):
        if "S/ 0.10 2 0.20" in text or "S/ 200 2 400.00" in text:
            assert "FONDO CONTADO AL ABRIR · Soles Cant. Importe" in text, number
        if "US$ 1 1 1.00" in text or "US$ 100 1 100.00" in text:
            assert "FONDO CONTADO AL ABRIR · Dólares Cant. Importe" in text, number
    assert page_of(pages, "Total 777.60") == page_of(pages, "S/ 0.10 2 0.20")


@pytest.mark.parametrize("paper", ["80mm", "58mm"])
def test_a_roll_prints_only_the_denominations_counted(paper, pdfs):
    text = pdfs.text(build_z_report(make_z(), paper))
    for counted in ("S/ 20 2 1 20.00", "S/ 10 1 0 0.00", "S/ 0.10 0 1 0.10", "US$ 20 1 2 40.00", "US$ 10 0 1 10.00"):
        assert counted in text or paper == "58mm", counted
    for never in ("S/ 200", "S/ 100", "S/ 50 ", "S/ 2 ", "S/ 1 ", "US$ 100", "US$ 5 ", "US$ 1 "):
        assert never not in text, never


def big_z():  # type: ignore[no-untyped-def]
    """Every amount as large as a till can hold: S/ 999,999.99."""
    big, huge = D("999999.99"), D("9999999.99")
    drawer = ZDrawer("PEN", big, big, big, big, big, big, big, big, -big, big)
    return make_z(
        gross=huge,
        discounts=big,
        sales_total=huge,
        refunds_total=big,
        rounding=big,
        methods=tuple(MethodTotals(m, 99999, big, big, big if m == "usd" else None) for m in ("cash", "usd", "card")),
        drawers=(drawer, dataclasses.replace(drawer, currency="USD")),
        counts=(ZCount("PEN", D("200"), 4999, 4999), ZCount("USD", D("100"), 9999, 9999)),
        movements=(ZMovement(datetime(2026, 3, 14, 13, 5), "out", "PEN", big, "Depósito", "Carmen Ayma"),),
        makers=(MakerTotals("Rosa Quispe", big, big), MakerTotals("Ana Huamán Condori", big, D("0.00"))),
    )


@pytest.mark.parametrize("paper", ["80mm", "58mm", "A4"])
@pytest.mark.parametrize("final", [True, False])
def test_no_amount_collides_with_another_up_to_999999_99(paper, final, pdfs):
    data = big_z() if final else opened(big_z())
    pdf = build_z_report(data, paper)
    runs = pdfs.runs(pdf)
    assert pdfs.collisions(runs) == []
    width = float(pdfs.read(pdf).pages[0].mediabox.width)
    assert all(r.left > 0 and r.right < width for r in runs)
    assert "999,999.99" in pdfs.text(pdf)


@pytest.mark.parametrize("paper", ["80mm", "58mm"])
def test_rolls_print_black_only_and_embed_their_fonts(paper, pdfs):
    for data in (crowded(10), opened(crowded(10))):
        pdf = build_z_report(data, paper)
        assert pdfs.colours(pdf) <= {(0.0,), (1.0,), (0.0, 0.0, 0.0), (1.0, 1.0, 1.0)}
        assert all(embedded and "DejaVu" in name for name, embedded in pdfs.fonts(pdf))


def test_58mm_prints_inside_the_central_48mm(pdfs):
    for data in (crowded(10), opened(crowded(10)), big_z()):
        for left, _top, right, _bottom in pdfs.ink(build_z_report(data, "58mm")):
            assert left >= 5.0 and right <= 53.0, (left, right)


def test_a4_embeds_its_fonts_and_names_the_session_apart_from_the_till(pdfs):
    pdf = build_z_report(make_z(shop_ruc="20601234567"), "A4")
    assert all(embedded and "DejaVu" in name for name, embedded in pdfs.fonts(pdf))
    text = pdfs.text(pdf)
    assert "Caja B001 · Feria artesanal San Blas" in text and "Turno n.º 2af30263" in text
    assert "Caja n.º" not in text and "RUC 20601234567" in text
