"""Photos through the real widgets: dropped or chosen, cropped, stored, shown on the sale screen's tiles.

Modal dialogs are stubbed only at ``exec``: each stub works the real dialog
(keys on the crop area, its OK button) and returns what the dialog decided.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import photo_bytes
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QDialog, QPushButton

from mamakilla_pos.gui import photo_widgets
from mamakilla_pos.gui.maker_dialog import MakerDialog
from mamakilla_pos.gui.photo_crop import PhotoCropDialog
from mamakilla_pos.gui.photo_widgets import PhotosDialog, PhotoStrip
from mamakilla_pos.gui.product_dialogs import ProductDialog
from mamakilla_pos.gui.product_grid import ITEM_ROLE
from mamakilla_pos.gui.products_screen import ProductsScreen
from mamakilla_pos.gui.sale_screen import SaleScreen
from mamakilla_pos.services import cash, catalogue, catalogue_products, photos
from mamakilla_pos.services.actors import SYSTEM_ID

BLUE = (20, 40, 230)


def stub_exec(monkeypatch, cls: type[QDialog], steps: Callable[[QDialog], None]) -> list[QDialog]:
    """Replace ``cls.exec`` by ``steps(dialog)`` and return the dialog's result; the dialogs are kept."""
    seen: list[QDialog] = []

    def fake_exec(dialog: QDialog) -> int:
        seen.append(dialog)
        steps(dialog)
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


def accept_crop(qtbot, keys: str = "") -> Callable[[QDialog], None]:
    """Press ``keys`` on the crop area (``<`` left, ``>`` right, ``^`` up, ``v`` down, ``-`` smaller), then OK."""
    arrows = {"<": Qt.Key.Key_Left, ">": Qt.Key.Key_Right, "^": Qt.Key.Key_Up, "v": Qt.Key.Key_Down}

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, PhotoCropDialog)
        for key in keys:
            if key in arrows:
                qtbot.keyClick(dialog.area, arrows[key])
            else:
                qtbot.keyClicks(dialog.area, key)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    return steps


def drop_files(widget, *paths: Path) -> None:
    """Drag files over ``widget`` and drop them, as a file manager does (Qt delivers a drop only
    during a real drag, so the widget's own handlers get the events)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, buttons, keys)
    widget.dragEnterEvent(enter)
    assert enter.isAccepted(), "the widget refuses the drag"
    widget.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, buttons, keys))


def _stored_large(store, owner) -> Image.Image:
    [first, *_] = photos.list_photos(store, owner)
    image = Image.open(io.BytesIO(photos.large_photo(store, first.id)))
    image.load()
    return image


@pytest.fixture
def products(qtbot, shop):
    screen = ProductsScreen(shop.store)
    qtbot.addWidget(screen)
    screen.resize(1366, 740)
    screen.show()
    bag = catalogue.find_item(shop.store, shop.bag)
    screen.select_product(bag.product_id)
    return screen, photos.Owner("product", bag.product_id)


def test_a_photo_dropped_on_the_product_is_cropped_and_stored(qtbot, monkeypatch, products, shop, tmp_path):
    screen, owner = products
    assert screen.photo.pixmap().isNull() and screen.photo.text() == "Sin foto"
    path = tmp_path / "bolso.jpg"
    path.write_bytes(photo_bytes(1200, 1200))
    crops = stub_exec(monkeypatch, PhotoCropDialog, accept_crop(qtbot, "----" + "^" * 10 + "<" * 10))
    drop_files(screen.photo, path)
    assert len(crops) == 1
    # Made smaller and moved to the top-left corner: the white quarter fills most of the photo.
    assert crops[0].crop().left == 0 and crops[0].crop().top == 0 and crops[0].crop().side < 1200
    large = _stored_large(shop.store, owner)
    assert large.size == (1080, 1080)
    assert all(channel > 230 for channel in large.getpixel((100, 100)))
    assert not screen.photo.pixmap().isNull()
    assert "Foto agregada" in screen.banner.text()


def test_a_file_that_is_not_a_picture_is_refused_in_spanish(qtbot, monkeypatch, products, shop, tmp_path):
    screen, owner = products
    path = tmp_path / "lista.jpg"
    path.write_text("no soy una foto", encoding="utf-8")
    crops = stub_exec(monkeypatch, PhotoCropDialog, accept_crop(qtbot))
    drop_files(screen.photo, path)
    assert crops == []  # refused before anything is shown
    assert "No se agregó la foto: el archivo no es una foto" in screen.banner.text()
    assert photos.list_photos(shop.store, owner) == []
    drop_files(screen.photo, tmp_path / "borrada.jpg")
    assert "no existe el archivo borrada.jpg" in screen.banner.text()
    assert photos.list_photos(shop.store, owner) == []


def test_the_photos_dialog_adds_chooses_the_main_one_and_removes(qtbot, monkeypatch, products, shop, tmp_path):
    screen, owner = products
    red, blue = tmp_path / "roja.png", tmp_path / "azul.jpg"
    red.write_bytes(photo_bytes(800, 600, kind="PNG"))
    blue.write_bytes(photo_bytes(600, 800, BLUE))
    monkeypatch.setattr(photo_widgets, "choose_photo_files", lambda parent: [str(red), str(blue)], raising=True)
    stub_exec(monkeypatch, PhotoCropDialog, accept_crop(qtbot))
    monkeypatch.setattr(photo_widgets, "confirm", lambda *args: True)

    def work(dialog: QDialog) -> None:
        assert isinstance(dialog, PhotosDialog)
        strip = dialog.strip
        qtbot.mouseClick(strip.add_button, Qt.MouseButton.LeftButton)
        assert strip.count() == 2 and strip.list.item(0).text() == "★ Principal"
        assert strip.message.text() == "Fotos agregadas."
        strip.list.setCurrentRow(1)
        qtbot.mouseClick(strip.main_button, Qt.MouseButton.LeftButton)
        assert strip.list.item(0).text() == "★ Principal" and strip.list.currentRow() == 0
        assert not strip.main_button.isEnabled()  # already the main one
        strip.list.setCurrentRow(1)
        qtbot.mouseClick(strip.remove_button, Qt.MouseButton.LeftButton)
        assert strip.count() == 1
        dialog.reject()

    stub_exec(monkeypatch, PhotosDialog, work)
    qtbot.mouseClick(screen.findChild(QPushButton, "productPhotoButton"), Qt.MouseButton.LeftButton)
    listed = photos.list_photos(shop.store, owner)
    assert len(listed) == 1 and listed[0].main
    assert _stored_large(shop.store, owner).getpixel((540, 540))[2] > 200  # the blue one stayed
    assert not screen.photo.pixmap().isNull()


def test_without_a_camera_the_camera_button_says_so_and_stores_nothing(qtbot, products, shop):
    from mamakilla_pos.gui.camera_dialog import camera_available

    assert not camera_available()  # this computer has no camera
    _screen, owner = products
    strip = PhotoStrip(shop.store, owner)
    qtbot.addWidget(strip)
    strip.show()
    assert strip.camera_button.isVisible() and strip.camera_button.isEnabled()
    strip.camera_button.setFocus()
    qtbot.keyClick(strip.camera_button, Qt.Key.Key_Space)
    assert strip.message.isVisible()
    assert strip.message.text() == (
        "Esta computadora no tiene cámara. Agregue la foto desde un archivo o arrástrela aquí."
    )
    assert photos.list_photos(shop.store, owner) == []


def test_a_new_product_is_created_with_its_photos(qtbot, monkeypatch, store, tmp_path):
    path = tmp_path / "mochila.jpg"
    path.write_bytes(photo_bytes(900, 900, BLUE))
    stub_exec(monkeypatch, PhotoCropDialog, accept_crop(qtbot))
    dialog = ProductDialog(store)
    qtbot.addWidget(dialog)
    drop_files(dialog.photos, path)
    assert dialog.photos.count() == 1 and len(dialog.photos.pending) == 1
    assert photos.owners_with_photos(store) == set()  # nothing stored before the product is
    qtbot.keyClicks(dialog.name_input, "Mochila de aguayo")
    qtbot.keyClicks(dialog.category_input.lineEdit(), "Bolsos")
    qtbot.keyClicks(dialog.price_input, "95")
    dialog.accept()
    assert dialog.product is not None
    assert photos.owners_with_photos(store) == {dialog.product.id}


def test_a_new_maker_gets_her_photo(qtbot, monkeypatch, store, tmp_path):
    path = tmp_path / "rosa.jpg"
    path.write_bytes(photo_bytes(700, 900))
    stub_exec(monkeypatch, PhotoCropDialog, accept_crop(qtbot))
    dialog = MakerDialog(store)
    qtbot.addWidget(dialog)
    drop_files(dialog.photos, path)
    qtbot.keyClicks(dialog.name_input, "Rosa Quispe")
    dialog.accept()
    assert dialog.saved is not None
    assert photos.owners_with_photos(store, "maker") == {dialog.saved.id}


def test_a_cancelled_crop_stores_nothing(qtbot, monkeypatch, shop, tmp_path):
    owner = photos.Owner("product", catalogue.find_item(shop.store, shop.bag).product_id)
    strip = PhotoStrip(shop.store, owner)
    qtbot.addWidget(strip)
    path = tmp_path / "bolso.jpg"
    path.write_bytes(photo_bytes(800, 800))
    stub_exec(monkeypatch, PhotoCropDialog, lambda dialog: dialog.reject())
    drop_files(strip, path)
    assert photos.list_photos(shop.store, owner) == [] and strip.count() == 0


# -- the sale screen's tiles -------------------------------------------------------------------------


def _tile_rect(screen: SaleScreen, code: str):
    model = screen.grid.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ITEM_ROLE).code == code:
            return screen.grid.view.visualRect(index)
    raise AssertionError(code)


def _tile_picture_colour(screen: SaleScreen, code: str) -> tuple[int, int, int]:
    """The colour in the middle of the tile's picture area (its upper part)."""
    rect = _tile_rect(screen, code)
    shot: QImage = screen.grid.view.viewport().grab().toImage()
    point = QPoint(rect.center().x(), rect.top() + rect.height() // 5)
    colour = shot.pixelColor(point)
    return colour.red(), colour.green(), colour.blue()


@pytest.mark.till_closed
def test_the_sale_grid_shows_each_products_photo_once_painted(qtbot, shop):
    bag = catalogue.find_item(shop.store, shop.bag)
    photos.add_photo(
        shop.store, photos.Owner("product", bag.product_id), photo_bytes(600, 600, BLUE), user_id=SYSTEM_ID
    )
    cash.open_session(shop.store, user_id=SYSTEM_ID)
    screen = SaleScreen(shop.store)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    qtbot.waitExposed(screen)

    def photo_shown() -> None:  # each grab paints the tiles; the photo comes from the reading thread
        red, green, blue = _tile_picture_colour(screen, shop.bag)
        assert blue > 180 and red < 90, (red, green, blue)  # the photo, not the category's colour

    qtbot.waitUntil(photo_shown, timeout=15_000)
    # A product without a photo keeps its initials on its category's colour: nothing was read for it.
    purse = catalogue.find_item(shop.store, shop.purse)
    assert screen.tile_photos.pixmap(purse.product_id, _tile_rect(screen, shop.purse).size()) is None
    assert _tile_picture_colour(screen, shop.purse) != _tile_picture_colour(screen, shop.bag)


@pytest.mark.till_closed
def test_a_photo_added_later_shows_when_the_catalogue_is_reloaded(qtbot, shop):
    cash.open_session(shop.store, user_id=SYSTEM_ID)
    screen = SaleScreen(shop.store)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    qtbot.waitExposed(screen)
    purse = catalogue.find_item(shop.store, shop.purse)
    size = _tile_rect(screen, shop.purse).size()
    screen.tile_photos.pixmap(purse.product_id, size)
    qtbot.waitUntil(lambda: screen.tile_photos._with_photo is not None)
    assert screen.tile_photos.pixmap(purse.product_id, size) is None
    photos.add_photo(
        shop.store, photos.Owner("product", purse.product_id), photo_bytes(600, 600, BLUE), user_id=SYSTEM_ID
    )
    screen.reload_catalogue()
    screen.grid.view.viewport().repaint()
    qtbot.waitUntil(lambda: screen.tile_photos.pixmap(purse.product_id, size) is not None)


def test_the_tiles_keep_a_bounded_number_of_pictures(qtbot, store):
    from PySide6.QtCore import QSize

    from mamakilla_pos.gui.tile_photos import CACHE_TILES, TilePhotos

    ids = []
    picture = photos.prepare_photo(photo_bytes(300, 300, BLUE))
    for n in range(CACHE_TILES + 20):
        product = catalogue_products.create_product(
            store, f"Monedero {n}", "Monederos", Decimal("10.00"), user_id=SYSTEM_ID
        )
        ids.append(product.id)
    with store.session() as session, session.begin():
        for product_id in ids:
            photos.add_prepared_in(session, photos.Owner("product", product_id), picture, SYSTEM_ID)
    source = TilePhotos(store)
    try:
        size = QSize(150, 90)
        for product_id in ids:
            assert source.pixmap(product_id, size) is None  # asked for, read on the reading thread
        qtbot.waitUntil(lambda: not source._scheduled, timeout=30_000)
        qtbot.wait(50)  # the last batch delivered
        held = source._pixmaps  # what the cache holds, looked at without asking for more
        assert len(held) == CACHE_TILES  # the memory stays bounded: the first read went first
        assert all(pixmap.size() == QSize(150, 150) for pixmap in held.values())  # scaled to cover the tile
        gone = [i for i in ids if (i, 150, 90) not in held]
        assert len(gone) == len(ids) - CACHE_TILES
        # One that left the cache comes back when it is painted again.
        assert source.pixmap(gone[0], size) is None
        qtbot.waitUntil(lambda: source.pixmap(gone[0], size) is not None)
        assert len(held) == CACHE_TILES
    finally:
        source.close()
