"""Makers, products, production, hang tags and stock, driven through the real widgets.

Modal dialogs are stubbed only at ``exec``: each stub clicks and types in the
real dialog, so the dialog's own code runs, and returns what the dialog decided.
"""

from __future__ import annotations

import io
import json
import subprocess
from decimal import Decimal

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QPushButton, QWidget
from sqlalchemy import text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.gui import makers_screen, products_screen
from mamakilla_pos.gui.import_dialog import ImportProductsDialog
from mamakilla_pos.gui.locations_screen import LocationDialog, LocationsScreen
from mamakilla_pos.gui.maker_dialog import MakerDialog
from mamakilla_pos.gui.makers_screen import MakersScreen
from mamakilla_pos.gui.product_dialogs import ItemDialog, ProductDialog
from mamakilla_pos.gui.production_dialog import ProductionDialog
from mamakilla_pos.gui.products_screen import ProductsScreen
from mamakilla_pos.gui.stock_dialogs import AdjustDialog, MovementsDialog
from mamakilla_pos.gui.stock_screen import StockScreen
from mamakilla_pos.gui.stocktake_dialog import StocktakeDialog
from mamakilla_pos.gui.tags_dialog import TagsDialog
from mamakilla_pos.gui.transfer_list_dialog import TransferListDialog
from mamakilla_pos.gui.widgets.pdf_view import PdfViewDialog
from mamakilla_pos.services import cash, catalogue, catalogue_makers, catalogue_products, locations, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify

LEFT = Qt.MouseButton.LeftButton


# -- helpers ---------------------------------------------------------------------------------


def click(qtbot, parent: QWidget, name: str) -> None:
    """Click the push button called ``name`` inside ``parent``."""
    button = parent.findChild(QPushButton, name)
    assert button is not None, f"no button {name}"
    assert button.isEnabled(), f"button {name} is disabled"
    qtbot.mouseClick(button, LEFT)


def type_into(qtbot, parent: QWidget, name: str, value: str) -> None:
    """Replace the text of the line edit called ``name`` by typing ``value`` (ASCII only)."""
    edit = parent.findChild(QLineEdit, name)
    assert edit is not None, f"no field {name}"
    edit.clear()
    qtbot.keyClicks(edit, value)


def movement_sums(store) -> dict[tuple[str, str], int]:
    """``{(item code, location code): units}`` straight from the movement rows, non-zero only."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT i.code, l.code, SUM(m.quantity) FROM stock_movements m"
                " JOIN items i ON i.id = m.item_id JOIN locations l ON l.id = m.location_id"
                " GROUP BY i.code, l.code"
            )
        ).all()
    return {(code, loc): int(q) for code, loc, q in rows if int(q)}


def shown_levels(screen: StockScreen) -> dict[tuple[str, str], int]:
    """What the stock table shows, non-zero cells only."""
    screen.alert_check.setChecked(False)
    for combo in (screen.maker_filter, screen.category_filter, screen.location_filter):
        combo.setCurrentIndex(0)
    screen.search_input.clear()
    return {
        (row.item_code, code): row.at(code)
        for row in screen.model.rows
        for code, _name in screen.model.locations
        if row.at(code)
    }


def assert_consistent(store, screen: StockScreen) -> None:
    """Stock levels shown = sum of the movements, and ``verify`` finds nothing wrong."""
    screen.refresh()
    assert shown_levels(screen) == movement_sums(store)
    assert verify(store) == []


def decoded_codes(pdf: bytes) -> list[str]:
    png = subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-singlefile", "-"], input=pdf, capture_output=True, check=True
    ).stdout
    image = Image.open(io.BytesIO(png))
    return sorted(r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128))


# -- the whole flow of the issue -------------------------------------------------------------


def test_maker_product_production_tags_transfer_sale_adjust_stocktake(qtbot, store, monkeypatch, tmp_path, stub_exec):
    # A fair stand, through the locations screen.
    places = LocationsScreen(store)
    qtbot.addWidget(places)

    def new_fair(dialog: LocationDialog) -> None:
        type_into(qtbot, dialog, "locationNameInput", "Feria San Blas")
        dialog.kind_input.setCurrentIndex(dialog.kind_input.findData("fair"))
        click(qtbot, dialog, "okButton")

    stub_exec(LocationDialog, new_fair)
    click(qtbot, places, "newLocationButton")
    fair = "feria-san-blas"
    assert [(loc.code, loc.kind) for loc in locations.location_infos(store)] == [
        ("taller", "workshop"),
        (fair, "fair"),
    ]

    # A maker, through the makers screen; a wrong DNI is refused in the dialog first.
    makers = MakersScreen(store)
    qtbot.addWidget(makers)
    makers.resize(1366, 700)

    def new_maker(dialog: MakerDialog) -> None:
        type_into(qtbot, dialog, "nameInput", "Rosa Quispe")
        type_into(qtbot, dialog, "phoneInput", "984 123 456")
        type_into(qtbot, dialog, "dniInput", "1234567")
        click(qtbot, dialog, "okButton")
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "8" in dialog.error.text()
        type_into(qtbot, dialog, "dniInput", "12345678")
        click(qtbot, dialog, "okButton")

    stub_exec(MakerDialog, new_maker)
    click(qtbot, makers, "newMakerButton")
    [rosa] = catalogue_makers.list_makers(store)
    assert (rosa.name, rosa.dni, rosa.phone, rosa.short_code) == ("Rosa Quispe", "12345678", "984 123 456", "RQ")
    assert makers.name_label.text() == "Rosa Quispe"

    # Production from her page: create the product on the way, 6 units at the workshop, then the tags.
    def new_product(dialog: ProductDialog) -> None:
        type_into(qtbot, dialog, "productNameInput", "Bolso bordado Inti")
        dialog.category_input.setEditText("Bolsos")
        type_into(qtbot, dialog, "priceInput", "85")
        click(qtbot, dialog, "okButton")

    stub_exec(ProductDialog, new_product)
    saved_pdf = tmp_path / "etiquetas.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(saved_pdf), "PDF")))

    def save_the_pdf(dialog: PdfViewDialog) -> None:
        click(qtbot, dialog, "saveButton")
        dialog.reject()

    stub_exec(PdfViewDialog, save_the_pdf)
    monkeypatch.setattr(PdfViewDialog, "deleteLater", lambda dialog: None)

    def print_tags(dialog: TagsDialog) -> None:
        assert [(r.item_code, r.copies) for r in dialog.requests()] == [(code, 6)]
        assert "6 etiquetas" in dialog.summary.text()
        click(qtbot, dialog, "previewButton")

    tags = stub_exec(TagsDialog, print_tags)

    def produce(dialog: ProductionDialog) -> None:
        assert dialog.stack.currentIndex() == ProductionDialog.PRODUCT  # she is already chosen
        click(qtbot, dialog, "newProductButton")
        assert dialog.stack.currentIndex() == ProductionDialog.QUANTITY
        click(qtbot, dialog, "quantity_6")
        click(qtbot, dialog, "location_taller")
        assert dialog.record_button.text() == "Registrar 6 en Taller Mama Killa"
        click(qtbot, dialog, "recordButton")
        assert dialog.stack.currentIndex() == ProductionDialog.DONE
        nonlocal code
        code = dialog.results[-1].item.code
        assert dialog.tags_button.text() == "Imprimir 6 etiquetas"
        click(qtbot, dialog, "printTagsButton")
        click(qtbot, dialog, "finishButton")

    code = ""
    stub_exec(ProductionDialog, produce)
    click(qtbot, makers, "produceButton")
    assert code == "MK000001"
    assert tags[0].outcome == "saved"
    assert decoded_codes(saved_pdf.read_bytes()) == [code] * 6
    assert [(i.code, i.stock) for i in makers.page.items] == [(code, 6)]

    screen = StockScreen(store)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    assert shown_levels(screen) == {(code, "taller"): 6}
    assert_consistent(store, screen)

    # Transfer 2 units to the fair stand.
    assert screen.select_item(code)

    def move_two(dialog: TransferListDialog) -> None:
        dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("taller"))
        dialog.target_combo.setCurrentIndex(dialog.target_combo.findData(fair))
        type_into(qtbot, dialog, f"quantity_{code}", "2")
        click(qtbot, dialog, "confirmTransferButton")

    stub_exec(TransferListDialog, move_two)
    stub_exec(PdfViewDialog, lambda dialog: dialog.reject())
    click(qtbot, screen, "transferButton")
    assert screen.level(code, "taller") == 4
    assert screen.level(code, fair) == 2
    assert_consistent(store, screen)

    # Sell one at the fair: stock there drops.
    cash.open_session(store, user_id=SYSTEM_ID)  # the till sells only with its session open
    record_sale(
        store,
        SaleRequest(
            (LineRequest(code),), (Tender("yape", Decimal("85.00"), "445566"),), location_code=fair, user_id=SYSTEM_ID
        ),
    )
    screen.refresh()
    assert screen.level(code, fair) == 1
    assert_consistent(store, screen)

    # One found damaged at the workshop.
    assert screen.select_item(code)

    def damaged(dialog: AdjustDialog) -> None:
        click(qtbot, dialog, "location_taller")
        click(qtbot, dialog, "reason_damaged")
        type_into(qtbot, dialog, "quantityInput", "1")
        type_into(qtbot, dialog, "noteInput", "costura rota")
        click(qtbot, dialog, "okButton")

    stub_exec(AdjustDialog, damaged)
    click(qtbot, screen, "adjustButton")
    assert screen.level(code, "taller") == 3
    assert_consistent(store, screen)

    # A stocktake at the workshop finds one missing: two tags scanned, three expected.
    def count(dialog: StocktakeDialog) -> None:
        dialog.location_combo.setCurrentIndex(dialog.location_combo.findData("taller"))
        click(qtbot, dialog, "partialCountButton")
        for _ in range(2):
            type_into(qtbot, dialog, "stocktakeScan", code)
            qtbot.keyClick(dialog.scan_input, Qt.Key.Key_Return)
        assert dialog.counted(code) == 2
        assert [(ln.item_code, ln.expected, ln.counted, ln.difference) for ln in dialog.preview()] == [(code, 3, 2, -1)]
        assert "Faltan 1" in dialog.summary.text()
        click(qtbot, dialog, "confirmStocktake")

    counted = stub_exec(StocktakeDialog, count)
    click(qtbot, screen, "stocktakeButton")
    assert counted[0].booked == {code: -1}
    assert screen.level(code, "taller") == 2
    assert screen.level(code, fair) == 1
    assert_consistent(store, screen)

    # Her page: one sold this month for S/ 85.00, 45 % of it owed to her.
    makers.refresh()
    assert makers.page.month_units == 1
    assert makers.sold_figure.value.text() == "S/ 85.00"
    assert makers.unpaid_figure.value.text() == "S/ 38.25"
    assert [(s.location_code, s.units) for s in makers.page.stock] == [("taller", 2), (fair, 1)]

    # The item's movements, newest first, with the reasons.
    shown = stub_exec(MovementsDialog, lambda dialog: dialog.accept())
    assert screen.select_item(code)
    click(qtbot, screen, "movementsButton")
    kinds = [row[2] for row in shown[0].model.rows]
    assert sorted(kinds) == sorted(["Producción", "Traslado: sale", "Traslado: entra", "Venta", "Ajuste", "Conteo"])
    assert any(row[6] == "Dañado: costura rota" for row in shown[0].model.rows)


# -- products and items ------------------------------------------------------------------------


def test_product_with_a_joint_item_and_a_price_change(qtbot, shop, monkeypatch, stub_exec):
    store = shop.store
    makers = {m.name: m.id for m in catalogue_makers.list_makers(store)}
    screen = ProductsScreen(store)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)

    def new_product(dialog: ProductDialog) -> None:
        type_into(qtbot, dialog, "productNameInput", "Mochila de aguayo")
        dialog.category_input.setEditText("Bolsos")
        type_into(qtbot, dialog, "priceInput", "95.50")
        click(qtbot, dialog, "okButton")

    def joint_item(dialog: ItemDialog) -> None:
        click(qtbot, dialog, "okButton")  # nobody chosen yet
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.rows[0][0].setCurrentIndex(dialog.rows[0][0].findData(makers["Rosa Quispe"]))
        dialog.rows[0][1].setCurrentIndex(dialog.rows[0][1].findData(2))
        dialog.rows[1][0].setCurrentIndex(dialog.rows[1][0].findData(makers["Ana Huamán"]))
        click(qtbot, dialog, "okButton")

    stub_exec(ProductDialog, new_product)
    stub_exec(ItemDialog, joint_item)
    click(qtbot, screen, "newProductButton")
    product = screen.current
    assert product is not None and product.name == "Mochila de aguayo"
    [item] = product.items
    assert [(m.name, m.weight) for m in item.makers] == [("Rosa Quispe", 2), ("Ana Huamán", 1)]
    assert screen.item_model.rows[0][1] == "Rosa Quispe ×2 + Ana Huamán ×1"

    # A new price: confirmed, journaled with old and new.
    monkeypatch.setattr(products_screen, "confirm", lambda *args: True)
    type_into(qtbot, screen, "priceInput", "99")
    click(qtbot, screen, "saveProductButton")
    assert catalogue_products.get_product(store, product.id).price == Decimal("99.00")
    with store.engine.connect() as conn:
        payload = conn.execute(text("SELECT payload FROM journal WHERE kind = 'price'")).scalar_one()
    assert json.loads(payload)["changes"]["price"] == ["95.50", "99.00"]

    # Withdrawn from the till, then back.
    click(qtbot, screen, "itemActiveButton")
    assert item.code not in [i.code for i in catalogue.catalogue(store)]
    click(qtbot, screen, "itemActiveButton")
    assert item.code in [i.code for i in catalogue.catalogue(store)]
    assert verify(store) == []


def test_production_of_a_product_she_never_made_creates_her_item(qtbot, shop, monkeypatch):
    store = shop.store
    luz = next(m for m in catalogue_makers.list_makers(store) if m.name == "Luz Mamani")
    dialog = ProductionDialog(store, None)
    qtbot.addWidget(dialog)
    click(qtbot, dialog, f"maker_{luz.id}")
    assert dialog.stack.currentIndex() == ProductionDialog.PRODUCT
    qtbot.keyClicks(dialog.product_search, "bolso")
    assert dialog.product_list.count() == 1
    qtbot.mouseClick(
        dialog.product_list.viewport(),
        LEFT,
        pos=dialog.product_list.visualItemRect(dialog.product_list.item(0)).center(),
    )
    assert dialog.stack.currentIndex() == ProductionDialog.QUANTITY
    click(qtbot, dialog, "plusButton")
    click(qtbot, dialog, "plusButton")
    click(qtbot, dialog, "recordButton")
    [result] = dialog.results
    assert result.item_created and result.quantity == 3
    assert [m.name for m in result.item.makers] == ["Luz Mamani"]
    assert stock.stock_of(store, result.item.code, "taller") == 3
    assert verify(store) == []


# -- makers ------------------------------------------------------------------------------------


def test_edit_and_deactivate_a_maker(qtbot, shop, monkeypatch, stub_exec):
    store = shop.store
    screen = MakersScreen(store)
    qtbot.addWidget(screen)
    luz = next(m for m in catalogue_makers.list_makers(store) if m.name == "Luz Mamani")
    rosa = next(m for m in catalogue_makers.list_makers(store) if m.name == "Rosa Quispe")
    screen.select_maker(luz.id)

    def edit(dialog: MakerDialog) -> None:
        type_into(qtbot, dialog, "dniInput", "87654321")
        dialog.trainer_input.setCurrentIndex(dialog.trainer_input.findData(rosa.id))
        click(qtbot, dialog, "okButton")

    stub_exec(MakerDialog, edit)
    click(qtbot, screen, "editMakerButton")
    assert catalogue_makers.get_maker(store, luz.id).trainer == "Rosa Quispe"
    assert "DNI 87654321" in screen.details_label.text()
    assert "la formó Rosa Quispe" in screen.details_label.text()
    assert not screen.delete_button.isVisible()  # she has items: deactivate, never delete

    monkeypatch.setattr(makers_screen, "confirm", lambda *args: True)
    click(qtbot, screen, "activeButton")
    assert not catalogue_makers.get_maker(store, luz.id).active
    assert screen.inactive_check.isChecked()
    assert "inactiva" in screen.status_label.text()
    click(qtbot, screen, "activeButton")
    assert catalogue_makers.get_maker(store, luz.id).active


# -- import ------------------------------------------------------------------------------------


def test_import_shows_the_bad_rows_and_writes_nothing(qtbot, store, tmp_path):
    bad = tmp_path / "productos.csv"
    bad.write_text(
        "code,product,category,price,makers,quantity,location\n"
        ",Bolso Inti,Bolsos,85,Rosa Quispe,3,taller\n"
        ",Monedero,Monederos,doce,Ana Huaman,2,\n",
        encoding="utf-8",
    )
    dialog = ImportProductsDialog(store)
    qtbot.addWidget(dialog)
    dialog.load(bad)
    assert dialog.model.rowCount() == 2
    click(qtbot, dialog, "importButton")
    assert [dialog.errors.item(i).text() for i in range(dialog.errors.count())] == [
        "línea 3: el precio no es un número: «doce»"
    ]
    assert catalogue_products.list_products(store) == []

    good = tmp_path / "bien.csv"
    good.write_text(bad.read_text(encoding="utf-8").replace("doce", "12"), encoding="utf-8")
    dialog.load(good)
    click(qtbot, dialog, "importButton")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "2 filas" in dialog.summary
    assert [p.name for p in catalogue_products.list_products(store)] == ["Bolso Inti", "Monedero"]
    assert verify(store) == []


@pytest.mark.parametrize("layout", ["a4-3x8", "roll-50x30"])
def test_tags_dialog_remembers_the_next_free_label(qtbot, shop, layout):
    from mamakilla_pos.services.tags import TagRequest

    dialog = TagsDialog(shop.store, [TagRequest(shop.bag, 5)])
    qtbot.addWidget(dialog)
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData(layout))
    if layout.startswith("a4"):
        click(qtbot, dialog.start_picker, "start_4")
        assert dialog.start_picker.start == 4
        assert "desde la etiqueta 4" in dialog.summary.text()
    pdf = dialog.build_pdf()
    assert decoded_codes(pdf) == ([shop.bag] * 5 if layout.startswith("a4") else [shop.bag])
    dialog._remember(printed=True)
    again = TagsDialog(shop.store, [TagRequest(shop.bag, 1)])
    qtbot.addWidget(again)
    assert again.current_layout().key == layout
    if layout.startswith("a4"):
        assert again.start_picker.start == 9


def test_screens_open_on_an_empty_shop(qtbot, store):
    for cls in (MakersScreen, ProductsScreen, StockScreen, LocationsScreen):
        widget = cls(store)
        qtbot.addWidget(widget)
        widget.refresh()
        assert widget.isEnabled()
