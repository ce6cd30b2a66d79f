"""``catalogue --pdf FILE`` / ``--feed FILE`` / ``--cards DIR`` (and ``--line-sheet FILE --commission PCT``)."""

from __future__ import annotations

import csv
import io
import os

import pytest
from helpers import pdf_text
from PIL import Image

ON_PG = bool(os.environ.get("MAMAKILLA_TEST_PG"))

PRODUCTS = [
    ("BOL01", "Bolso bordado Inti", "Bolsos", "45.00", "Rosa Quispe:2;Ana Huamán:1", "10", "taller"),
    ("MON01", "Monedero de cuero", "Monederos", "22.55", "Rosa Quispe", "8", ""),
]


@pytest.fixture
def shop_cli(cli):
    cli.ok("import", "products", cli.write_products("productos.csv", PRODUCTS))
    cli.sql("INSERT INTO settings (key, value) VALUES ('image_base_url', 'https://mamakilla.pe/img')")
    return cli


def test_every_output_at_once(shop_cli):
    cwd = shop_cli.cwd
    result = shop_cli.ok(
        "catalogue",
        "--pdf",
        cwd / "catalogo.pdf",
        "--feed",
        cwd / "feed.csv",
        "--cards",
        cwd / "tarjetas",
        "--line-sheet",
        cwd / "lista.pdf",
        "--commission",
        "30",
    )
    assert "2 tarjetas y 2 historias" in result.out and result.err == ""
    text = pdf_text(cwd / "catalogo.pdf")
    assert "Bolso bordado Inti" in text and "S/ 45.00" in text and "S/ 22.55" in text
    rows = list(csv.DictReader(io.StringIO((cwd / "feed.csv").read_text(encoding="utf-8"))))
    assert [row["price"] for row in rows] == ["45.00 PEN", "22.55 PEN"]
    cards = sorted((cwd / "tarjetas").iterdir())
    assert len(cards) == 4
    assert {Image.open(c).size for c in cards} == {(1080, 1080), (1080, 1920)}
    assert {row["image_link"].rsplit("/", 1)[1] for row in rows} <= {c.name for c in cards}
    assert "S/ 31.50" in pdf_text(cwd / "lista.pdf")


def test_a_category_or_products_only(shop_cli):
    cwd = shop_cli.cwd
    shop_cli.ok("catalogue", "--feed", cwd / "bolsos.csv", "--category", "Bolsos")
    assert [r["title"] for r in csv.DictReader((cwd / "bolsos.csv").open(encoding="utf-8"))] == ["Bolso bordado Inti"]
    shop_cli.ok("catalogue", "--cards", cwd / "una", "--product", "MON01", "--no-stories")
    assert [p.name for p in (cwd / "una").iterdir()] == ["P00002-monedero-de-cuero.png"]


def _one_line(result) -> str:
    assert result.code == 1, result
    assert result.out == ""
    assert len(result.err_lines) == 1 and result.err_lines[0].startswith("error: "), result.err
    assert "fallo inesperado" not in result.err
    return result.err_lines[0]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        ((), "indique qué hacer"),
        (("--line-sheet", "lista.pdf"), "necesita --commission"),
        (("--line-sheet", "lista.pdf", "--commission", "120"), "comisión"),
        (("--line-sheet", "lista.pdf", "--commission", "treinta"), "comisión"),
        (("--pdf", "c.pdf", "--commission", "30"), "va con --line-sheet"),
        (("--pdf", "c.pdf", "--category", "Sombreros"), "no existe la categoría"),
        (("--feed", "f.csv", "--product", "Poncho"), "no existe el producto"),
        (("--pdf", "falta/c.pdf"), "no existe la carpeta"),
        (("--cards", "falta/tarjetas"), "no existe la carpeta"),
        (("--cards", "productos.csv"), "es un archivo"),
        (("--pdf", "."), "es una carpeta"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(shop_cli, monkeypatch, args, said):
    monkeypatch.chdir(shop_cli.cwd)
    before = sorted(p.name for p in shop_cli.cwd.iterdir())
    line = _one_line(shop_cli("catalogue", *args))
    assert said in line, line
    assert sorted(p.name for p in shop_cli.cwd.iterdir()) == before


def test_the_feed_without_an_image_address_says_where_to_set_it(cli):
    cli.ok("import", "products", cli.write_products("productos.csv", PRODUCTS))
    line = _one_line(cli("catalogue", "--feed", cli.cwd / "feed.csv"))
    assert "falta la dirección de las imágenes en Ajustes" in line
    assert not (cli.cwd / "feed.csv").exists()


@pytest.mark.skipif(ON_PG, reason="a real process on the SQLite file")
def test_cards_as_a_real_process_without_a_display(shop_cli):
    done = shop_cli.proc("catalogue", "--cards", shop_cli.cwd / "tarjetas", env={"DISPLAY": "", "QT_QPA_PLATFORM": ""})
    assert done.code == 0, done.err
    assert len(list((shop_cli.cwd / "tarjetas").iterdir())) == 4
