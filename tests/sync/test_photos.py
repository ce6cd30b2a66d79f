"""Photos of products and makers (DESIGN.md §9, §10): they go with the catalogue, server to tills.

The back office adds, reorders and removes them on the server; a till takes
what changed at its next sync, bytes included, and nothing else again; a
till with a server changes the catalogue's photos only there. Real
PostgreSQL and a real SQLite till.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import photo_bytes
from sqlalchemy import select

from mamakilla_pos.services import catalogue, photos, server
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.server_join import join
from mamakilla_pos.services.sync_import import import_file
from mamakilla_pos.services.sync_net import sync
from mamakilla_pos.services.sync_outbox import export_pending
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import Store, models, open_store


@pytest.fixture
def shop(till: Store, server_url: str) -> Iterator[tuple[Store, Store]]:
    server.publish(till, server_url)
    on_server = open_store(server_url)
    yield till, on_server
    on_server.dispose()


def _photos(store: Store) -> dict[object, tuple[object, ...]]:
    with store.session() as session:
        rows = session.execute(select(models.Photo)).scalars()
        return {p.id: (p.product_id, p.maker_id, p.position, p.tile, p.large) for p in rows}


def test_photos_the_back_office_changes_reach_the_till_once_with_their_bytes(shop: tuple[Store, Store]) -> None:
    till, on_server = shop
    assert _photos(till) == _photos(on_server) and _photos(till)  # publish took the demo's photos
    item = catalogue.find_item(on_server, catalogue.catalogue(on_server)[0].code)
    maker_id = on_server.session().execute(select(models.Maker.id)).scalars().first()
    bag = photos.add_photo(
        on_server, photos.Owner("product", item.product_id), photo_bytes(900, 700), user_id=SYSTEM_ID
    )
    face = photos.add_photo(
        on_server, photos.Owner("maker", maker_id), photo_bytes(600, 800, (20, 90, 200)), main=True, user_id=SYSTEM_ID
    )

    done = sync(till)
    assert done.pulled.get("photos", 0) >= 2
    assert _photos(till) == _photos(on_server)
    assert photos.large_photo(till, bag.id) == photos.large_photo(on_server, bag.id)
    assert sync(till).pulled == {}  # unchanged photos are not sent again

    photos.set_main_photo(on_server, bag.id, user_id=SYSTEM_ID)
    photos.remove_photo(on_server, face.id, user_id=SYSTEM_ID)
    sync(till)
    assert _photos(till) == _photos(on_server) and face.id not in _photos(till)
    assert verify(till) == [] and verify(on_server) == []


def test_a_till_with_a_server_changes_no_catalogue_photo(shop: tuple[Store, Store]) -> None:
    till, on_server = shop
    item = catalogue.find_item(till, catalogue.catalogue(till)[0].code)
    before = _photos(till)
    with pytest.raises(UserError, match="se cambian en el servidor"):
        photos.add_photo(till, photos.Owner("product", item.product_id), photo_bytes(900, 700), user_id=SYSTEM_ID)
    some = next(iter(before))
    with pytest.raises(UserError, match="se cambian en el servidor"):
        photos.remove_photo(till, some, user_id=SYSTEM_ID)  # type: ignore[arg-type]
    assert _photos(till) == before == _photos(on_server)
    assert verify(till) == []


def _order_photo(till: Store) -> tuple[photos.Owner, photos.PhotoInfo]:
    from datetime import date, timedelta
    from decimal import Decimal

    from mamakilla_pos.services import catalogue_makers, order_views, orders

    rosa = catalogue_makers.list_makers(till)[0].id
    new = orders.NewOrder(
        "Ana Torres", "Bolso bordado", Decimal("180"), date.today() + timedelta(days=5), ((rosa, 1),), user_id=SYSTEM_ID
    )
    owner = photos.Owner("order", order_views.get_order(till, orders.create_order(till, new)).id)
    return owner, photos.add_photo(till, owner, photo_bytes(1600, 1200, (20, 40, 230)), user_id=SYSTEM_ID)


def test_an_orders_photos_taken_at_a_till_reach_the_server(shop: tuple[Store, Store], tmp_path: Path) -> None:
    till, on_server = shop
    fair = open_store(f"sqlite:///{tmp_path / 'feria.db'}")
    join(fair, on_server.url, "F001")
    owner, added = _order_photo(till)
    sync(till)
    assert photos.large_photo(on_server, added.id) == photos.large_photo(till, added.id)
    assert _photos(on_server) == _photos(till)
    sync(fair)  # another till's orders are not pulled, nor their photos
    assert added.id not in _photos(fair) and verify(fair) == []
    fair.dispose()
    photos.remove_photo(till, added.id, user_id=SYSTEM_ID)
    sync(till)
    assert photos.list_photos(on_server, owner) == [] and _photos(on_server) == _photos(till)

    _owner, by_file = _order_photo(till)  # a fair day with no network: the photo goes on the stick
    export_pending(till, tmp_path / "feria.sync")
    import_file(on_server, tmp_path / "feria.sync")
    import_file(on_server, tmp_path / "feria.sync")
    assert photos.large_photo(on_server, by_file.id) == photos.large_photo(till, by_file.id)
    assert sync(till).pushed.new == 0 and _photos(on_server) == _photos(till)
    assert verify(till) == [] and verify(on_server) == []
