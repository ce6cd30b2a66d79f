"""The packing slip of a transfer list and the return slip of a fair, read back from the PDF."""

from __future__ import annotations

from datetime import datetime

import pytest
from helpers import page_texts

from mamakilla_pos.documents.packing_slip import PackingSlipData, ReturnLine, SlipLine, build_packing_slip

AT = datetime(2026, 12, 6, 7, 45)


def packing(lines: int | tuple[SlipLine, ...] = 3, **changes: object) -> PackingSlipData:
    made = (
        lines
        if isinstance(lines, tuple)
        else tuple(
            SlipLine(f"MK{n:06d}", f"Bolso bordado modelo {n}", "Rosa Quispe, Ana Huamán", n % 7 + 1)
            for n in range(1, lines + 1)
        )
    )
    data = PackingSlipData(
        shop_name="Mama Killa",
        number="T-1A2B3C4D",
        created_at=AT,
        user="Carmen Ayma",
        source="Taller Mama Killa",
        target="Feria de San Blas",
        lines=made,
        note="feria del domingo",
    )
    return PackingSlipData(**{**data.__dict__, **changes})  # type: ignore[arg-type]


def test_the_packing_slip_lists_every_line_with_a_box_and_signatures():
    text = " ".join(page_texts(build_packing_slip(packing(approved_by="Carmen Ayma"))))
    assert "LISTA DE TRASLADO — N.º T-1A2B3C4D" in text
    assert "Desde Taller Mama Killa" in text and "Hacia Feria de San Blas" in text
    assert "06/12/2026 07:45" in text and "Preparó Carmen Ayma" in text
    assert "Aprobó Carmen Ayma (más unidades de las que había)" in text
    assert "Nota feria del domingo" in text
    assert "1 MK000001 Bolso bordado modelo 1 Rosa Quispe, Ana Huamán 2 ☐" in text
    assert "3 MK000003 Bolso bordado modelo 3 Rosa Quispe, Ana Huamán 4 ☐" in text
    assert "Total 9" in text and "9 unidades de 3 artículos" in text
    assert "Entregó" in text and "Recibió" in text


def test_a_long_list_repeats_its_heading_and_keeps_the_signatures_with_the_total():
    pages = page_texts(build_packing_slip(packing(lines=90)))
    assert len(pages) >= 2
    for page in pages:
        assert "Código Producto Hecho por Cant. Llegó" in page
    assert all(f"MK{n:06d}" in " ".join(pages) for n in range(1, 91))
    assert "Entregó" in pages[-1] and "unidades de 90 artículos" in pages[-1]
    assert f"página {len(pages)} de {len(pages)}" in pages[-1]


def returns(**changes: object) -> PackingSlipData:
    lines = (
        ReturnLine("MK000001", "Bolso bordado", sent=7, sold=4, other=0, returned=2),
        ReturnLine("MK000002", "Monedero de cuero", sent=3, sold=0, other=-1, returned=2),
    )
    fields = {
        "returns": lines,
        "since": datetime(2026, 12, 4, 8, 0),
        "source": "Feria de San Blas",
        "target": "Taller Mama Killa",
        "note": "",
    }
    return packing(**{**fields, **changes})


def test_the_return_slip_says_what_went_out_was_sold_came_back_and_is_left():
    text = " ".join(page_texts(build_packing_slip(returns())))
    assert "RETORNO DE FERIA" in text
    assert "Salida a la feria desde 04/12/2026 08:00" in text
    assert "Código Producto Salió Vendido Ajustes Volvió Queda" in text
    assert "MK000001 Bolso bordado 7 4 — 2 1" in text
    assert "MK000002 Monedero de cuero 3 0 \u22121 2 0" in text
    assert "Total 10 4 \u22121 4 1" in text
    assert "Queda 1 unidad sin volver a Taller Mama Killa: cuéntela" in text


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ("RETURN FROM THE FAIR", "Went out Sold Adjusted Came back Left", "Handed over", "Received")),
        ("fr", ("RETOUR DE FOIRE", "Parti Vendu Ajusté Revenu Reste", "Remis par", "Reçu par")),
    ],
)
def test_the_return_slip_in_english_and_french(language, words):
    text = " ".join(page_texts(build_packing_slip(returns(), language)))
    for word in words:
        assert word in text
    assert "Vendido" not in text


def test_everything_back_is_said_so():
    lines = (ReturnLine("MK000001", "Bolso bordado", sent=7, sold=4, other=0, returned=3),)
    text = " ".join(page_texts(build_packing_slip(returns(returns=lines))))
    assert "Todo lo que no se vendió volvió." in text


@pytest.mark.parametrize(
    ("units", "language", "said"),
    [
        (1, "es", "1 unidad"),
        (4, "es", "4 unidades de un artículo"),
        (1, "en", "1 unit"),
        (1, "fr", "1 unité"),
    ],
)
def test_one_line_is_said_in_the_singular(units, language, said):
    data = packing(lines=(SlipLine("MK000001", "Bolso", "Rosa", units),))
    text = " ".join(page_texts(build_packing_slip(data, language)))
    assert said in text
    assert "unidades de 1" not in text and "1 unidades" not in text


def test_units_already_at_the_stand_get_their_own_column():
    lines = (ReturnLine("MK000001", "Bolso bordado", sent=5, sold=1, other=0, returned=2, before=-1),)
    text = " ".join(page_texts(build_packing_slip(returns(returns=lines))))
    assert "Código Producto Había Salió Vendido Ajustes Volvió Queda" in text
    assert "MK000001 Bolso bordado \u22121 5 1 — 2 1" in text
