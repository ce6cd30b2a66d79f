"""Loading the till's catalogue: plain rows made into the same ItemInfo objects as anywhere else."""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal

from mamakilla_pos.paths import sqlite_path
from mamakilla_pos.services import catalogue, readahead
from mamakilla_pos.services.views import ItemInfo


def test_catalogue_items_are_ordinary_item_infos(store):
    """ItemInfo objects are built without __init__ on this path: they must equal ones built with it."""
    catalogue.add_item(store, catalogue.NewItem("Bolso bordado", "Bolsos", Decimal("45.00"), (("Rosa Quispe", 1),)))
    catalogue.add_center_item(store, "Monedero", "Monederos", Decimal("12.50"))
    items = catalogue.catalogue(store)
    assert len(items) == 2
    for item in items:
        rebuilt = ItemInfo(**{f.name: getattr(item, f.name) for f in fields(ItemInfo)})
        assert item == rebuilt
        assert hash(item) == hash(rebuilt)
        assert vars(item) == vars(rebuilt)


def test_makers_keep_the_order_of_the_split(store):
    makers = (("Zoila Mamani", 1), ("Ana Huamán", 2), ("Luz Condori", 1))
    code = catalogue.add_item(store, catalogue.NewItem("Chullo", "Chullos", Decimal("30.00"), makers)).code
    item = next(i for i in catalogue.catalogue(store) if i.code == code)
    assert [(m.name, m.weight) for m in item.makers] == list(makers)
    assert item.makers == catalogue.find_item(store, code).makers


def _shop_with_stock(store) -> None:
    from mamakilla_pos.services import stock

    catalogue.add_item(store, catalogue.NewItem("Bolso bordado", "Bolsos", Decimal("45.00"), (("Rosa Quispe", 1),)))
    catalogue.add_item(
        store, catalogue.NewItem("Chullo", "Chullos", Decimal("30.00"), (("Zoila Mamani", 1), ("Ana Huamán", 2)))
    )
    code = catalogue.add_center_item(store, "Ángel de cerámica", "Cerámica", Decimal("12.50")).code
    catalogue.add_center_item(store, "Árbol", "Cerámica", Decimal("8.00"))
    catalogue.set_item_active(store, code, False)
    for n, item in enumerate(catalogue.catalogue(store, "taller")):
        stock.produce(store, item.code, 3 + n)


def test_prefetched_catalogue_is_the_catalogue(store):
    """Read ahead on another thread (the till's start) or read as usual: the same items, in the same order."""
    if not store.url.startswith("sqlite"):
        return  # read ahead from SQLite files only
    _shop_with_stock(store)
    plain = catalogue.catalogue(store, "taller")
    catalogue.prefetch(store)
    assert readahead._pending, "nothing read ahead"
    early = catalogue.catalogue(store, "taller")
    assert not readahead._pending, "read ahead twice"
    assert early == plain
    assert [i.code for i in early] == [i.code for i in plain]


def test_prefetch_for_another_location_is_not_used(store):
    if not store.url.startswith("sqlite"):
        return
    _shop_with_stock(store)
    catalogue.prefetch(store, "nowhere")
    assert catalogue.catalogue(store, "taller") == catalogue.catalogue(store, "taller")
    assert not readahead._pending


def test_read_ahead_before_the_database_is_opened_is_the_catalogue(store):
    """As the till starts: the file read before SQLAlchemy is loaded, taken by the first catalogue."""
    path = sqlite_path(store.url)
    if path is None:
        return
    _shop_with_stock(store)
    plain = catalogue.catalogue(store, "taller")
    readahead.start(path)
    readahead.start(path)  # a read under way is kept, not started again
    assert len(readahead._pending) == 1
    assert catalogue.catalogue(store, "taller") == plain
    assert not readahead._pending


def test_read_ahead_from_another_revision_is_not_used(store):
    path = sqlite_path(store.url)
    if path is None:
        return
    _shop_with_stock(store)
    readahead.start(path)
    assert readahead.take(path, "taller", "not-this-revision") is None
    readahead.start(path)
    readahead.forget(path)
    assert not readahead._pending
