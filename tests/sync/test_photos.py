"""Photos of products and makers (DESIGN.md §9, §10): they go with the catalogue, server to tills.

The back office adds, reorders and removes them on the server; a till takes
what changed at its next sync, bytes included, and nothing else again; a
till with a server changes the catalogue's photos only there. Real
PostgreSQL and a real SQLite till.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import photo_bytes
from sqlalchemy import select

from mamakilla_pos.services import catalogue, photos, server
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.sync_net import sync
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
    face = photos.add_photo(on_server, photos.Owner("maker", maker_id), photo_bytes(600, 800, (20, 90, 200)), main=True)

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
