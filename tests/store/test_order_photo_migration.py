"""The migration that keeps an order's photos in the photo store takes in the picture files orders named.

The revision is taken off (the orders' ``photos`` column of file paths comes
back) and an order names a picture still there, one that is gone and one
that is not a picture. Put back, the revision keeps the first as the order's
photo and drops the paths. Runs on SQLite by default and on PostgreSQL with
``MAMAKILLA_TEST_PG`` set.
"""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from decimal import Decimal

from alembic import command
from helpers import photo_bytes
from PIL import Image
from sqlalchemy import inspect, text

from mamakilla_pos.services import catalogue_makers, order_views, orders, photos
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store.migrate import alembic_config, upgrade

REVISION = "20261207_2430"


def _downgrade_before(store, revision: str) -> None:  # type: ignore[no-untyped-def]
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


def test_picture_files_named_by_orders_become_their_stored_photos(shop, tmp_path):
    store = shop.store
    rosa = next(m.id for m in catalogue_makers.list_makers(store) if m.name == "Rosa Quispe")
    new = orders.NewOrder(
        "Ana Torres", "Bolso bordado", Decimal("180"), date.today() + timedelta(days=5), ((rosa, 1),), user_id=SYSTEM_ID
    )
    number = orders.create_order(store, new)
    order_id = order_views.get_order(store, number).id
    picture = tmp_path / "modelo.jpg"
    picture.write_bytes(photo_bytes(1600, 1200, (20, 40, 230)))
    not_a_picture = tmp_path / "lista.png"
    not_a_picture.write_text("no es una foto", encoding="utf-8")

    _downgrade_before(store, REVISION)
    assert "order_id" not in {c["name"] for c in inspect(store.engine).get_columns("photos")}
    paths = [str(picture), str(tmp_path / "borrada.jpg"), str(not_a_picture)]
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE orders SET photos = :paths"), {"paths": json.dumps(paths)})
    upgrade(store.engine)

    [kept] = photos.list_photos(store, photos.Owner("order", order_id))
    large = Image.open(io.BytesIO(photos.large_photo(store, kept.id)))
    assert large.size == (1080, 1080) and large.getpixel((540, 540))[2] > 200
    assert "photos" not in {c["name"] for c in inspect(store.engine).get_columns("orders")}
    assert order_views.get_order(store, number).photo_ids == (kept.id,)
    assert verify(store) == []
