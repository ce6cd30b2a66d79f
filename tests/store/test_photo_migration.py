"""The migration that keeps photos in the database takes in the picture files that products and makers named.

The revision is taken off (the ``photo_path`` columns come back) and the
paths are filled in as an older program left them: a picture still there,
one that is gone, one that is not a picture. Put back, the revision keeps
the first as the product's main photo and drops the paths.
Runs on SQLite by default and on PostgreSQL with ``MAMAKILLA_TEST_PG`` set.
"""

from __future__ import annotations

import io

from alembic import command
from helpers import photo_bytes
from PIL import Image
from sqlalchemy import inspect, text

from mamakilla_pos.services import catalogue, catalogue_makers, photos
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store.migrate import alembic_config, upgrade

REVISION = "20261207_2310"


def _downgrade_before(store, revision: str) -> None:
    config = alembic_config()
    with store.engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        raw = connection.connection.driver_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")  # as store.migrate.upgrade does, outside the transaction
        with connection.begin():
            config.attributes["connection"] = connection
            command.downgrade(config, f"{revision}-1")
        if sqlite:
            raw.execute("PRAGMA foreign_keys=ON")


def test_picture_files_named_by_products_and_makers_become_stored_photos(shop, tmp_path):
    store = shop.store
    bag = catalogue.find_item(store, shop.bag).product_id
    purse = catalogue.find_item(store, shop.purse).product_id
    case = catalogue.find_item(store, shop.pencil_case).product_id
    rosa = next(m.id for m in catalogue_makers.list_makers(store) if m.name == "Rosa Quispe")
    picture = tmp_path / "bolso.jpg"
    picture.write_bytes(photo_bytes(1600, 1200, (20, 40, 230)))
    not_a_picture = tmp_path / "lista.png"
    not_a_picture.write_text("no es una foto", encoding="utf-8")
    face = tmp_path / "rosa.png"
    face.write_bytes(photo_bytes(600, 800, kind="PNG"))

    _downgrade_before(store, REVISION)
    assert "photos" not in inspect(store.engine).get_table_names()
    with store.engine.begin() as connection:
        for product_id, path in ((bag, picture), (purse, tmp_path / "borrada.jpg"), (case, not_a_picture)):
            connection.execute(
                text("UPDATE products SET photo_path = :path WHERE id = :id"), {"path": str(path), "id": product_id}
            )
        connection.execute(text("UPDATE makers SET photo_path = :path WHERE id = :id"), {"path": str(face), "id": rosa})
    upgrade(store.engine)

    assert photos.owners_with_photos(store) == {bag}
    assert photos.owners_with_photos(store, "maker") == {rosa}
    [kept] = photos.list_photos(store, photos.Owner("product", bag))
    large = Image.open(io.BytesIO(photos.large_photo(store, kept.id)))
    assert large.size == (1080, 1080) and large.getpixel((540, 540))[2] > 200
    for table in ("products", "makers"):
        assert "photo_path" not in {c["name"] for c in inspect(store.engine).get_columns(table)}
    assert verify(store) == []
