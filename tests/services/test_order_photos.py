"""An order's photos are kept in the photo store: stored resized, journaled, in the backup, on the work ticket.

A seller taking an order adds the customer's picture of what she wants; no
permission to edit the catalogue is needed for that.
"""

from __future__ import annotations

import io
import sqlite3
from datetime import date, timedelta
from decimal import Decimal

import pypdf
from helpers import photo_bytes
from PIL import Image

from mamakilla_pos.services import auth, backup, catalogue_makers, journal_view, order_docs, order_views, orders, photos
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.verify import verify

D = Decimal


def _order(store) -> str:
    rosa = next(m.id for m in catalogue_makers.list_makers(store) if m.name == "Rosa Quispe")
    new = orders.NewOrder(
        "Ana Torres", "Bolso bordado", D("180"), date.today() + timedelta(days=5), ((rosa, 1),), user_id=SYSTEM_ID
    )
    return orders.create_order(store, new)


def test_a_seller_adds_a_photo_to_an_order_stored_resized_and_journaled(shop):
    store = shop.store
    carmen = auth.create_user(store, "Carmen Ayma", "coordinator", "739164", by=SYSTEM_ID)
    rosa = auth.create_user(store, "Rosa Luz", "seller", "481526", by=carmen.id)
    number = _order(store)
    view = order_views.get_order(store, number)
    owner = photos.Owner("order", view.id)
    added = photos.add_photo(store, owner, photo_bytes(2400, 1800, (20, 40, 230)), user_id=rosa.id)
    [listed] = photos.list_photos(store, owner)
    assert listed.id == added.id and listed.main
    large = Image.open(io.BytesIO(photos.large_photo(store, added.id)))
    assert large.size == (1080, 1080) and large.getpixel((540, 540))[2] > 200
    assert order_views.get_order(store, number).photo_ids == (added.id,)
    entry = next(e for e in journal_view.list_entries(store).rows if e.kind == "photo")
    assert (entry.payload["owner"], entry.payload["name"], entry.actor) == ("order", f"Encargo {number}", "Rosa Luz")
    assert verify(store) == []
    photos.remove_photo(store, added.id, user_id=rosa.id)
    assert photos.list_photos(store, owner) == [] and verify(store) == []


def test_the_work_ticket_prints_the_orders_stored_photos(shop):
    store = shop.store
    number = _order(store)
    owner = photos.Owner("order", order_views.get_order(store, number).id)
    photos.add_photo(store, owner, photo_bytes(1600, 1200, (20, 40, 230)), user_id=SYSTEM_ID)
    photos.add_photo(store, owner, photo_bytes(800, 800, (230, 40, 20), kind="PNG"), user_id=SYSTEM_ID)
    pdf = pypdf.PdfReader(io.BytesIO(order_docs.work_ticket_pdf(store, number)))
    assert sum(len(page.images) for page in pdf.pages) == 2
    assert "foto no encontrada" not in " ".join(page.extract_text() for page in pdf.pages)


def test_an_orders_photos_go_with_the_shops_backup(shop, tmp_path):
    store = shop.store
    if not store.url.startswith("sqlite"):
        return  # a backup is of the till's own SQLite file
    number = _order(store)
    owner = photos.Owner("order", order_views.get_order(store, number).id)
    added = photos.add_photo(store, owner, photo_bytes(900, 900), user_id=SYSTEM_ID)
    copy = tmp_path / "copia.db"
    backup.backup(store, copy)
    with sqlite3.connect(copy) as connection:
        rows = connection.execute("SELECT id, order_id, length(large) FROM photos").fetchall()
    assert [(row[0], row[2] > 1000) for row in rows] == [(added.id.hex, True)]
