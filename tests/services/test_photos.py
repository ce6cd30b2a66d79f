"""Photos of products and makers: added from a file, turned upright, cropped, resized, kept in the
database (so a backup carries them), one main photo; bad pictures refused with nothing stored."""

from __future__ import annotations

import io
import json
import os

import pytest
from helpers import photo_bytes
from PIL import Image
from sqlalchemy import func, select, text

from mamakilla_pos.documents.photos import LARGE_SIZE, TILE_SIZE
from mamakilla_pos.domain.crop import Crop
from mamakilla_pos.services import auth, catalogue, catalogue_makers, photos
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.backup import backup, restore
from mamakilla_pos.services.errors import PermissionDenied, UserError
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import open_store
from mamakilla_pos.store.models import JournalEntry

ON_PG = bool(os.environ.get("MAMAKILLA_TEST_PG"))

RED = (200, 60, 40)


def _owner(shop) -> photos.Owner:
    return photos.Owner("product", catalogue.find_item(shop.store, shop.bag).product_id)


def _image(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _state(store) -> tuple[int, object]:
    with store.engine.connect() as connection:
        count = connection.execute(text("SELECT count(*) FROM photos")).scalar_one()
        head = connection.execute(text("SELECT hash FROM journal_head")).scalar_one_or_none()
    return count, head


def _is_white(pixel: tuple[int, ...]) -> bool:
    return all(channel > 230 for channel in pixel[:3])


def _is_red(pixel: tuple[int, ...]) -> bool:
    return pixel[0] > 150 and pixel[1] < 110 and pixel[2] < 100


def test_a_photo_from_a_file_is_stored_square_in_both_sizes(shop, tmp_path):
    owner = _owner(shop)
    path = tmp_path / "bolso.jpg"
    path.write_bytes(photo_bytes(1600, 1200))
    added = photos.add_photo_file(shop.store, owner, path, user_id=SYSTEM_ID)
    assert added.main
    tile = _image(added.tile)
    large = _image(photos.large_photo(shop.store, added.id))
    assert (tile.format, tile.size, tile.mode) == ("JPEG", (TILE_SIZE, TILE_SIZE), "RGB")
    assert (large.format, large.size, large.mode) == ("JPEG", (LARGE_SIZE, LARGE_SIZE), "RGB")
    # The centre square of 1600 × 1200 starts at x = 200: the white quarter (0–400) shows as its left 200 px.
    assert _is_white(large.getpixel((60, 60)))
    assert _is_red(large.getpixel((LARGE_SIZE // 2, LARGE_SIZE // 2)))
    assert [p.id for p in photos.list_photos(shop.store, owner)] == [added.id]
    with shop.store.session() as session:
        entry = session.execute(select(JournalEntry).where(JournalEntry.kind == "photo")).scalar_one()
    payload = json.loads(entry.payload)
    assert payload["added"] and payload["owner"] == "product" and len(payload["sha256"]) == 64
    assert verify(shop.store) == []


def test_a_chosen_square_is_kept(shop):
    owner = _owner(shop)
    added = photos.add_photo(shop.store, owner, photo_bytes(1600, 1200), crop=Crop(0, 0, 400), user_id=SYSTEM_ID)
    large = _image(photos.large_photo(shop.store, added.id))
    # The square is the white quarter itself.
    assert _is_white(large.getpixel((LARGE_SIZE // 2, LARGE_SIZE // 2)))
    # A square reaching outside the picture is moved inside it, not refused.
    moved = photos.add_photo(shop.store, owner, photo_bytes(1600, 1200), crop=Crop(1500, 1100, 600), user_id=SYSTEM_ID)
    assert _is_red(_image(photos.large_photo(shop.store, moved.id)).getpixel((540, 540)))


def test_a_photo_rotated_by_the_camera_is_stored_upright(shop):
    exif = Image.Exif()
    exif[0x0112] = 6  # stored on its side: shown turned 90° clockwise
    data = photo_bytes(1200, 600, exif=exif.tobytes())
    assert photos.picture_size(data) == (600, 1200)
    added = photos.add_photo(shop.store, _owner(shop), data, crop=Crop(0, 0, 600), user_id=SYSTEM_ID)
    large = _image(photos.large_photo(shop.store, added.id))
    # The stored top-left corner is the upright top-right one.
    assert _is_white(large.getpixel((LARGE_SIZE - 60, 60)))
    assert _is_red(large.getpixel((60, 60)))


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(photo_bytes(800, 800, (0, 200, 200, 0), mode="CMYK"), id="cmyk-jpeg"),
        pytest.param(photo_bytes(800, 800, (200, 60, 40, 0), kind="PNG", mode="RGBA"), id="transparent-png"),
        pytest.param(photo_bytes(800, 800, (120,), kind="PNG", mode="L"), id="grey-png"),
        pytest.param(photo_bytes(800, 800, kind="WEBP"), id="webp"),
        pytest.param(photo_bytes(800, 800, kind="PNG", mode="P"), id="palette-png"),
    ],
)
def test_pictures_of_any_colour_mode_are_stored_as_rgb_jpeg(shop, data):
    added = photos.add_photo(shop.store, _owner(shop), data, user_id=SYSTEM_ID)
    large = _image(photos.large_photo(shop.store, added.id))
    assert (large.format, large.mode, large.size) == ("JPEG", "RGB", (LARGE_SIZE, LARGE_SIZE))


def test_transparent_parts_become_white(shop):
    image = Image.new("RGBA", (600, 600), (0, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    added = photos.add_photo(shop.store, _owner(shop), out.getvalue(), user_id=SYSTEM_ID)
    assert _is_white(_image(added.tile).getpixel((160, 160)))


def _huge_png() -> bytes:
    out = io.BytesIO()
    Image.new("L", (10_000, 7_000), 128).save(out, "PNG")  # 70 megapixels in a small file
    return out.getvalue()


BAD = [
    (b"", "vacío"),
    (b"Bolso bordado Inti, S/ 85.00\n", "no es una foto"),
    (photo_bytes(800, 800)[:2000], "dañada"),
    (photo_bytes(80, 60), "muy pequeña"),
    (_huge_png(), "demasiado grande"),
]


@pytest.mark.parametrize(("data", "reason"), BAD, ids=["empty", "text", "cut-short", "tiny", "70-megapixels"])
def test_a_bad_picture_is_refused_with_a_reason_and_nothing_stored(shop, tmp_path, data, reason):
    before = _state(shop.store)
    path = tmp_path / "foto.jpg"
    path.write_bytes(data)
    with pytest.raises(UserError, match=reason):
        photos.add_photo_file(shop.store, _owner(shop), path, user_id=SYSTEM_ID)
    assert _state(shop.store) == before


def test_a_missing_file_or_a_folder_is_refused(shop, tmp_path):
    before = _state(shop.store)
    with pytest.raises(UserError, match=r"no existe el archivo falta\.jpg"):
        photos.add_photo_file(shop.store, _owner(shop), tmp_path / "falta.jpg", user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="es una carpeta"):
        photos.add_photo_file(shop.store, _owner(shop), tmp_path, user_id=SYSTEM_ID)
    assert _state(shop.store) == before


def test_a_file_over_40_mb_is_refused_before_it_is_read(shop, tmp_path):
    before = _state(shop.store)
    path = tmp_path / "enorme.jpg"
    with path.open("wb") as out:
        out.write(photo_bytes(800, 800))
        out.truncate(41 * 1024 * 1024)  # sparse: 41 MB on paper, no disk used
    with pytest.raises(UserError, match=r"enorme\.jpg es demasiado grande \(máximo 40 MB\)"):
        photos.add_photo_file(shop.store, _owner(shop), path, user_id=SYSTEM_ID)
    assert _state(shop.store) == before


def test_a_seller_may_not_add_photos(shop):
    coordinator = auth.create_user(shop.store, "Carmen Ayma", "coordinator", "135790", by=SYSTEM_ID)
    seller = auth.create_user(shop.store, "Luz Vendedora", "seller", "1234", by=coordinator.id)
    before = _state(shop.store)
    with pytest.raises(PermissionDenied):
        photos.add_photo(shop.store, _owner(shop), photo_bytes(600, 600), user_id=seller.id)
    assert _state(shop.store) == before


def test_several_photos_one_main(shop):
    owner = _owner(shop)
    colours = (RED, (0, 0, 0), (9, 9, 9))
    first, second, third = (
        photos.add_photo(shop.store, owner, photo_bytes(500, 500, c), user_id=SYSTEM_ID) for c in colours
    )
    assert [p.id for p in photos.list_photos(shop.store, owner)] == [first.id, second.id, third.id]
    photos.set_main_photo(shop.store, third.id, user_id=SYSTEM_ID)
    listed = photos.list_photos(shop.store, owner)
    assert [p.id for p in listed] == [third.id, first.id, second.id]
    assert [p.main for p in listed] == [True, False, False]
    assert photos.main_tiles(shop.store, [owner.id]) == {owner.id: listed[0].tile}
    photos.remove_photo(shop.store, third.id, user_id=SYSTEM_ID)
    listed = photos.list_photos(shop.store, owner)
    assert [(p.id, p.position) for p in listed] == [(first.id, 0), (second.id, 1)]
    assert photos.owners_with_photos(shop.store) == {owner.id}
    for photo in listed:
        photos.remove_photo(shop.store, photo.id, user_id=SYSTEM_ID)
    assert photos.owners_with_photos(shop.store) == set()
    assert photos.main_tiles(shop.store, [owner.id]) == {}
    kinds = [p["added"] if "added" in p else p.get("main", p.get("removed")) for p in _photo_entries(shop.store)]
    assert len(kinds) == 7 and all(kinds)
    assert verify(shop.store) == []


def _photo_entries(store) -> list[dict]:
    with store.session() as session:
        rows = session.execute(select(JournalEntry.payload).where(JournalEntry.kind == "photo"))
        return [json.loads(p) for p in rows.scalars()]


def test_no_more_than_twelve_photos(shop):
    owner = _owner(shop)
    picture = photos.prepare_photo(photo_bytes(300, 300))
    with shop.store.session() as session, session.begin():
        for _ in range(photos.MAX_PHOTOS):
            photos.add_prepared_in(session, owner, picture, SYSTEM_ID)
    with pytest.raises(UserError, match="ya tiene 12 fotos"):
        photos.add_photo(shop.store, owner, photo_bytes(300, 300), user_id=SYSTEM_ID)


def test_makers_have_photos_too(shop):
    rosa = next(m for m in catalogue_makers.list_makers(shop.store) if m.name == "Rosa Quispe")
    owner = photos.Owner("maker", rosa.id)
    added = photos.add_photo(shop.store, owner, photo_bytes(700, 900), user_id=SYSTEM_ID)
    assert photos.owners_with_photos(shop.store, "maker") == {rosa.id}
    assert photos.main_large(shop.store, [rosa.id], "maker").keys() == {rosa.id}
    assert photos.main_tiles(shop.store, [rosa.id]) == {}  # not a product's
    assert photos.list_photos(shop.store, owner)[0].id == added.id


def test_a_photo_of_nobody_is_refused(store):
    with pytest.raises(UserError, match="no existe el producto"):
        photos.add_photo(store, photos.Owner("product", 999), photo_bytes(300, 300), user_id=SYSTEM_ID)
    assert _state(store)[0] == 0


@pytest.mark.skipif(ON_PG, reason="backups copy the SQLite file")
def test_photos_are_backed_up_and_restored(shop, tmp_path):
    owner = _owner(shop)
    kept = photos.add_photo(shop.store, owner, photo_bytes(800, 600), user_id=SYSTEM_ID)
    kept_large = photos.large_photo(shop.store, kept.id)
    copy = backup(shop.store, tmp_path / "copia.db").path
    later = photos.add_photo(shop.store, owner, photo_bytes(800, 600, (0, 0, 200)), user_id=SYSTEM_ID)
    photos.set_main_photo(shop.store, later.id, user_id=SYSTEM_ID)
    restore(shop.store, copy)
    again = open_store(shop.store.url)
    try:
        listed = photos.list_photos(again, owner)
        assert [(p.id, p.main) for p in listed] == [(kept.id, True)]
        assert photos.large_photo(again, kept.id) == kept_large
        assert verify(again) == []
    finally:
        again.dispose()


def test_the_tile_size_is_read_without_the_large_one(shop):
    """Which products have a photo comes from the index: no row (and no picture) is read."""
    photos.add_photo(shop.store, _owner(shop), photo_bytes(600, 600), user_id=SYSTEM_ID)
    with shop.store.engine.connect() as connection:
        if connection.dialect.name != "sqlite":
            pytest.skip("SQLite's query plan")
        plan = connection.execute(
            text("EXPLAIN QUERY PLAN SELECT product_id FROM photos WHERE product_id IS NOT NULL AND position = 0")
        ).all()
        assert "COVERING INDEX" in " ".join(str(row[-1]) for row in plan)
        assert connection.execute(select(func.count()).select_from(text("photos"))).scalar_one() == 1


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        ("UPDATE photos SET large = :other", ["photos", "large"]),
        ("UPDATE photos SET tile = :other", ["photos", "tile"]),
        ("UPDATE photos SET position = 1", ["photos", "position"]),
        ("DELETE FROM photos", ["photos"]),
    ],
    ids=["large-replaced", "tile-replaced", "main-changed", "deleted"],
)
def test_a_photo_changed_behind_the_apps_back_is_found_by_verify(shop, edit, words):
    photos.add_photo(shop.store, _owner(shop), photo_bytes(600, 600), user_id=SYSTEM_ID)
    assert verify(shop.store) == []
    other = photos.prepare_photo(photo_bytes(600, 600, (0, 0, 0)))
    with shop.store.engine.begin() as connection:
        params = {"other": other.large} if ":other" in edit else {}
        connection.execute(text(edit), params)
    problems = verify(shop.store)
    assert any(all(word in problem for word in words) for problem in problems), problems
