"""A new shop: a maker added from the product and production dialogs; tags of the units just made;
the next free label of a sheet kept per database and moved only by a print that worked."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton

from mamakilla_pos.gui.maker_dialog import MakerDialog
from mamakilla_pos.gui.makers_screen import MakersScreen
from mamakilla_pos.gui.product_dialogs import ItemDialog, ProductDialog
from mamakilla_pos.gui.production_dialog import ProductionDialog
from mamakilla_pos.gui.products_screen import ProductsScreen
from mamakilla_pos.gui.tags_dialog import TagsDialog, start_key
from mamakilla_pos.gui.widgets.pdf_view import PdfViewDialog
from mamakilla_pos.services import catalogue_makers, catalogue_products, settings, setup, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.tags import TagRequest, tags_of_last_production, tags_of_makers_last_batch
from mamakilla_pos.store import open_store

LEFT = Qt.MouseButton.LeftButton


def type_into(qtbot, dialog: QDialog, name: str, text: str) -> None:
    field = dialog.findChild(QLineEdit, name)
    field.clear()
    qtbot.keyClicks(field, text)


def new_maker_named(qtbot, name: str):
    def fill(dialog: MakerDialog) -> None:
        type_into(qtbot, dialog, "nameInput", name)
        qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), LEFT)

    return fill


def test_the_first_product_of_a_new_shop_gets_its_maker_from_the_item_dialog(qtbot, store, stub_exec):
    screen = ProductsScreen(store)
    qtbot.addWidget(screen)

    def new_product(dialog: ProductDialog) -> None:
        type_into(qtbot, dialog, "productNameInput", "Bolso bordado Inti")
        dialog.category_input.setEditText("Bolsos")
        type_into(qtbot, dialog, "priceInput", "85")
        qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), LEFT)

    def first_item(dialog: ItemDialog) -> None:
        assert not dialog.no_makers.isHidden()  # no maker yet: said so, with the way out beside it
        assert [dialog.rows[0][0].itemText(i) for i in range(dialog.rows[0][0].count())] == ["— elija —"]
        qtbot.mouseClick(dialog.new_maker_button, LEFT)
        assert dialog.rows[0][0].currentText() == "Nilda Choque"
        assert dialog.no_makers.isHidden()
        qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), LEFT)

    stub_exec(ProductDialog, new_product)
    stub_exec(MakerDialog, new_maker_named(qtbot, "Nilda Choque"))
    stub_exec(ItemDialog, first_item)
    qtbot.mouseClick(screen.new_button, LEFT)
    [product] = catalogue_products.list_products(store)
    [item] = product.items
    assert [m.name for m in item.makers] == ["Nilda Choque"]


def test_production_on_a_new_shop_adds_the_maker_and_goes_on(qtbot, store, stub_exec):
    catalogue_products.create_product(store, "Monedero de cuero", "Monederos", Decimal("22.55"), user_id=SYSTEM_ID)
    stub_exec(MakerDialog, new_maker_named(qtbot, "Rina Ccahuana"))
    dialog = ProductionDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.stack.currentIndex() == ProductionDialog.MAKER
    assert not dialog.no_makers.isHidden()
    qtbot.mouseClick(dialog.findChild(QPushButton, "newMakerButton"), LEFT)
    assert dialog.maker is not None and dialog.maker.name == "Rina Ccahuana"
    assert dialog.stack.currentIndex() == ProductionDialog.PRODUCT
    assert dialog.product_list.count() == 1
    assert dialog.findChild(QPushButton, f"maker_{dialog.maker.id}") is not None


@pytest.fixture
def two_batches(shop, monkeypatch):
    """Rosa made 40 purses (and 5 bags) three days ago and 6 more purses just now."""
    store = shop.store
    clock = [datetime.now().replace(microsecond=0) - timedelta(days=3)]
    monkeypatch.setattr(stock, "now", lambda: clock[0])
    stock.produce(store, shop.purse, 40, user_id=SYSTEM_ID)
    stock.produce(store, shop.bag, 5, user_id=SYSTEM_ID)
    clock[0] += timedelta(days=3, hours=1)
    stock.produce(store, shop.purse, 6, user_id=SYSTEM_ID)
    return shop


def test_tags_default_to_the_units_just_made(two_batches):
    shop = two_batches
    assert [(r.item_code, r.copies) for r in tags_of_last_production(shop.store, [shop.purse, shop.bag])] == [
        (shop.purse, 6),
        (shop.bag, 10),
    ]
    assert [(r.item_code, r.copies) for r in tags_of_last_production(shop.store, ["KEY001"])] == [("KEY001", 10)]
    rosa = next(m for m in catalogue_makers.list_makers(shop.store) if m.name == "Rosa Quispe")
    assert [(r.item_code, r.copies) for r in tags_of_makers_last_batch(shop.store, rosa.id)] == [(shop.purse, 6)]
    assert tags_of_makers_last_batch(shop.store, 999) == []


def test_the_makers_page_prints_her_last_batch_not_her_whole_stock(qtbot, two_batches, stub_exec):
    shop = two_batches
    screen = MakersScreen(shop.store)
    qtbot.addWidget(screen)
    rosa = next(m for m in catalogue_makers.list_makers(shop.store) if m.name == "Rosa Quispe")
    screen.select_maker(rosa.id)
    screen.items_table.clearSelection()
    asked = stub_exec(TagsDialog, lambda dialog: dialog.reject())
    qtbot.mouseClick(screen.findChild(QPushButton, "makerTagsButton"), LEFT)
    assert [(r.item_code, r.copies) for r in asked[0].requests()] == [(shop.purse, 6)]  # not 56, not 71


def open_tags(qtbot, store, code: str, copies: int) -> TagsDialog:
    dialog = TagsDialog(store, [TagRequest(code, copies)])
    qtbot.addWidget(dialog)
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("a4-3x8"))
    return dialog


def test_a_failed_print_keeps_the_sheet_where_it_was_in_every_database(qtbot, shop, tmp_path, monkeypatch):
    store = shop.store
    settings.update_settings(store, printer="NoSuchQueue", user_id=SYSTEM_ID)
    dialog = open_tags(qtbot, store, shop.bag, 5)
    qtbot.mouseClick(dialog.start_picker.findChild(QPushButton, "start_4"), LEFT)
    monkeypatch.setattr(PdfViewDialog, "exec", lambda view: (view.print_document(), view.reject(), view.result())[2])
    qtbot.mouseClick(dialog.preview_button, LEFT)
    assert not dialog.printed
    assert QSettings().value(start_key(store)) is None
    assert open_tags(qtbot, store, shop.bag, 1).start_picker.start == 1

    other = open_store(f"sqlite:///{tmp_path / 'otra.db'}")
    setup.ensure_defaults(other)
    try:
        assert start_key(other) != start_key(store)
        QSettings().setValue(start_key(other), 7)
        assert open_tags(qtbot, store, shop.bag, 1).start_picker.start == 1
        assert open_tags(qtbot, other, shop.bag, 1).start_picker.start == 7
    finally:
        other.dispose()


@pytest.mark.skipif("PDF" not in QPrinterInfo.availablePrinterNames(), reason="no CUPS queue named PDF")
def test_a_print_that_worked_moves_the_sheet_on(qtbot, shop, monkeypatch):
    store = shop.store
    settings.update_settings(store, printer="PDF", user_id=SYSTEM_ID)
    dialog = open_tags(qtbot, store, shop.bag, 5)
    qtbot.mouseClick(dialog.start_picker.findChild(QPushButton, "start_4"), LEFT)
    monkeypatch.setattr(PdfViewDialog, "exec", lambda view: (view.print_document(), view.result())[1])
    qtbot.mouseClick(dialog.preview_button, LEFT)
    assert dialog.printed and dialog.outcome == "printed"
    assert int(QSettings().value(start_key(store))) == 9
    assert open_tags(qtbot, store, shop.bag, 1).start_picker.start == 9
