"""The main photo of products and makers, read for the screens and the catalogue's files.

Read through the plain ``photos`` table (:mod:`mamakilla_pos.store.tables`),
not the ORM: the sale screen asks for its tiles' photos as soon as it is
painted, and that must not make the models the start leaves for later.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from sqlalchemy import select

from ..store import Store, tables

OwnerKind = Literal["product", "maker"]

_PHOTOS = tables.photos.c


def _owner_column(kind: OwnerKind):  # type: ignore[no-untyped-def]
    return _PHOTOS.product_id if kind == "product" else _PHOTOS.maker_id


def owners_with_photos(store: Store, kind: OwnerKind = "product") -> set[int]:
    """The products (or makers) that have a main photo: read from the index alone, no picture."""
    column = _owner_column(kind)
    with store.engine.connect() as connection:
        found = connection.execute(select(column).where(column.is_not(None), _PHOTOS.position == 0)).scalars()
        return {owner_id for owner_id in found if owner_id is not None}


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def main_tiles(store: Store, owner_ids: Iterable[int], kind: OwnerKind = "product") -> dict[int, bytes]:
    """The small size of the main photo of each of these products (or makers) that has one."""
    return _main(store, list(owner_ids), kind, large=False)


def main_large(store: Store, owner_ids: Iterable[int], kind: OwnerKind = "product") -> dict[int, bytes]:
    """The 1080 px size of the main photo of each of these products (or makers) that has one."""
    return _main(store, list(owner_ids), kind, large=True)


def _main(store: Store, ids: list[int], kind: OwnerKind, large: bool) -> dict[int, bytes]:
    column = _owner_column(kind)
    data = _PHOTOS.large if large else _PHOTOS.tile
    found: dict[int, bytes] = {}
    with store.engine.connect() as connection:
        for chunk in _chunks(ids):
            query = select(column, data).where(column.in_(chunk), _PHOTOS.position == 0)
            rows = connection.execute(query)
            found.update({owner_id: bytes(blob) for owner_id, blob in rows if owner_id is not None})
    return found
