"""Loading the till's catalogue: plain rows made into the same ItemInfo objects as anywhere else."""

from __future__ import annotations

from dataclasses import fields, replace
from decimal import Decimal

from mamakilla_pos.paths import sqlite_path
from mamakilla_pos.services import catalogue, readahead, till_catalogue
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.catalogue_views import ItemInfo


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
    catalogue.set_item_active(store, code, False, user_id=SYSTEM_ID)
    for n, item in enumerate(catalogue.catalogue(store, "taller")):
        stock.produce(store, item.code, 3 + n, user_id=SYSTEM_ID)


def test_prefetched_catalogue_is_the_catalogue(store):
    """Read ahead on another thread (the till's start) or read as usual: the same items, in the same order."""
    if not store.url.startswith("sqlite"):
        return  # read ahead from SQLite files only
    _shop_with_stock(store)
    plain = catalogue.catalogue(store, "taller")
    till_catalogue.prefetch(store)
    assert readahead._pending, "nothing read ahead"
    early = catalogue.catalogue(store, "taller")
    assert not readahead._pending, "read ahead twice"
    assert early == plain
    assert [i.code for i in early] == [i.code for i in plain]


def test_prefetch_for_another_location_is_not_used(store):
    if not store.url.startswith("sqlite"):
        return
    _shop_with_stock(store)
    till_catalogue.prefetch(store, "nowhere")
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


# -- the sale screen's catalogue: rows made into items when used ------------------------------


def _read_ahead_items(store) -> till_catalogue.TillItems:
    readahead.start(sqlite_path(store.url))
    return till_catalogue.load(store, "taller")


def test_items_are_made_only_when_used(store):
    path = sqlite_path(store.url)
    if path is None:
        return
    _shop_with_stock(store)
    plain = catalogue.catalogue(store, "taller")
    items = _read_ahead_items(store)
    assert len(items) == len(plain) == 3
    assert all(made is None for made in items._made), "items made before anyone asked"
    assert items[1] == plain[1]
    assert [made is not None for made in items._made] == [False, True, False]
    assert items[1] is items[1], "an item is made once"
    assert list(items) == plain and items == plain
    assert items[0:2] == plain[0:2]


def test_index_answers_from_the_rows(store):
    """Codes, categories and search need no item made; only what is shown or scanned is."""
    if sqlite_path(store.url) is None:
        return
    _shop_with_stock(store)
    index = till_catalogue.CatalogueIndex(_read_ahead_items(store))
    assert index.categories() == ["Bolsos", "Cerámica", "Chullos"]
    assert [index.items[i].product_name for i in index.search_positions("huaman")] == ["Chullo"]
    assert index.search_positions("", "Cerámica") == [2]  # Árbol, last by code point (Ángel is inactive)
    made = [m for m in index.items._made if m is not None]
    assert [m.product_name for m in made] == ["Chullo"]
    found = index.by_code(made[0].code.lower())
    assert found is made[0]
    assert index.by_code("NO-SUCH") is None


def test_fresh_stock_replaces_an_item_and_keeps_the_search(store):
    if sqlite_path(store.url) is None:
        return
    _shop_with_stock(store)
    index = till_catalogue.CatalogueIndex(_read_ahead_items(store))
    index.prepare()
    bag = next(item for item in catalogue.catalogue(store, "taller") if item.product_name == "Bolso bordado")
    fresh = index.updated({bag.code: replace(bag, stock=99)})
    assert fresh.by_code(bag.code).stock == 99
    assert index.by_code(bag.code).stock == bag.stock, "the old index is not changed"
    assert [fresh.items[i].code for i in fresh.search_positions("bolso")] == [bag.code]


def test_rows_out_of_order_are_put_in_order():
    """SQLite keeps the sub-query's order in the aggregate; were it not to, the rows are sorted."""
    ahead = readahead._ReadAhead.__new__(readahead._ReadAhead)
    rows = ['[2,"B",1,"Bolso","Bolsos",4500,0,"","",1]', '[1,"A",1,"Aguayo","Bolsos",3000,0,"","",2]']
    ahead.text = ("\n".join(rows), "2,1", '["Bolsos"]', "[]")
    result = ahead.result()
    assert result is not None
    assert result.rows == [rows[1], rows[0]]
    assert result.categories == ["Bolsos"]
    ahead.text = ("\n".join(rows), "1,2", '["Bolsos"]', '[[7,"Rosa"]]')
    in_order = ahead.result()
    assert in_order is not None and in_order.rows == rows and in_order.maker_names == {7: "Rosa"}


def test_an_empty_catalogue_reads_ahead_as_empty(store):
    path = sqlite_path(store.url)
    if path is None:
        return
    items = _read_ahead_items(store)
    assert len(items) == 0 and list(items) == []
    assert till_catalogue.CatalogueIndex(items).categories() == []
