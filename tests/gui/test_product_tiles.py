"""Tiles told apart until photos come: a colour per category, telling initials, the whole name on two lines."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest
from PySide6.QtGui import QColor

from mamakilla_pos.gui.product_grid import ITEM_ROLE, initials
from mamakilla_pos.gui.sale_screen import SaleScreen
from mamakilla_pos.services import catalogue
from mamakilla_pos.services.demo import PRODUCTS


@pytest.fixture
def screen(qtbot, store):
    for n, (name, category, price, _makers) in enumerate(PRODUCTS):
        catalogue.add_item(store, catalogue.NewItem(name, category, Decimal(price), (("Rosa Quispe", 1),), f"T{n:03d}"))
    widget = SaleScreen(store)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_every_category_has_its_own_colour(screen):
    colours = screen.grid.tiles.category_colors
    categories = {category for _name, category, _price, _makers in PRODUCTS}
    assert set(colours) == categories
    assert len({c.name() for c in colours.values()}) == len(categories)


def test_the_placeholders_paint_the_categorys_colour(qtbot, screen):
    view = screen.grid.view
    image = view.viewport().grab().toImage()
    seen: dict[str, set[str]] = {}
    for row in range(screen.grid.model.rowCount()):
        index = screen.grid.model.index(row, 0)
        rect = view.visualRect(index)
        if not view.viewport().rect().contains(rect):
            continue
        item = index.data(ITEM_ROLE)
        pixel = QColor(image.pixel(rect.left() + 14, rect.top() + 14)).name()  # the image area's corner
        seen.setdefault(item.category, set()).add(pixel)
    assert len(seen) >= 3, "several categories on view"
    assert all(len(pixels) == 1 for pixels in seen.values()), seen  # one colour per category…
    firsts = [next(iter(p)) for p in seen.values()]
    assert len(set(firsts)) == len(firsts)  # …and a different one for each
    assert all(screen.grid.tiles.category_colors[c].name() in p for c, p in seen.items())


def test_every_name_is_whole_on_two_lines(screen):
    tiles, view = screen.grid.tiles, screen.grid.view
    width = view.gridSize().width() - 10 - 16  # the gap and the padding of a tile
    for name, *_rest in PRODUCTS:
        font, lines = tiles.name_font(name, view.font(), width)
        assert len(lines) <= 2 and " ".join(lines) == name, (name, font.pointSizeF(), lines)
        assert font.pointSizeF() >= 9
    font, _ = tiles.name_font("Billetera de cuero repujado Pachamama", view.font(), width)
    assert font.pointSizeF() < 13  # drawn smaller rather than cut


def test_initials_take_the_word_that_tells_products_apart():
    assert initials("Bolso de cuero repujado Chakana") == "BC"
    assert initials("Billetera de cuero repujado Pachamama") == "BP"
    assert initials("Bolso de mano flores de Sacsayhuamán") == "BS"
    assert initials("Bolso bordado Inti") == "BI"
    assert initials("Mochila de aguayo") == "MA"  # never a little word
    # The demo's 26 products: first letters of the first two words gave 17 different tiles (BD and CD four times).
    seen = Counter(initials(name) for name, *_ in PRODUCTS)
    assert len(seen) >= 20 and max(seen.values()) <= 3, seen


def test_no_two_products_on_the_grid_show_the_same_initials(qtbot, screen):
    model, tiles = screen.grid.model, screen.grid.tiles
    qtbot.waitUntil(lambda: bool(tiles.initials))  # told apart once the screen is up
    shown: dict[str, set[str]] = {}
    for row in range(model.rowCount()):
        item = model.index(row, 0).data(ITEM_ROLE)
        shown.setdefault(tiles.initials_of(item), set()).add(item.product_name)
    assert len(shown) == len(PRODUCTS)
    assert all(len(names) == 1 for names in shown.values()), {k: v for k, v in shown.items() if len(v) > 1}
    by_name = {next(iter(names)): text for text, names in shown.items()}
    assert by_name["Bolso de cuero repujado Chakana"] == "BC"  # the telling word first, when it is free
    assert by_name["Bolso shopper plegable"] != by_name["Bolso tote de lona pintada"]
