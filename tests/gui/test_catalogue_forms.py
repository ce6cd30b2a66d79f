"""The maker, product and item dialogs, built from their Designer forms: Tab follows the fields as shown.

A note or a description is no place for a tab character: Tab leaves it for
the photos, so the whole dialog is reachable from the keyboard.
"""

from __future__ import annotations

from gui_helpers import show_dialog, tab_names

from mamakilla_pos.gui.maker_dialog import MakerDialog
from mamakilla_pos.gui.product_dialogs import ItemDialog, ProductDialog
from mamakilla_pos.services import catalogue_makers


def test_maker_dialog_tabs_down_the_form_as_it_is_shown(qtbot, shop):
    """DNI is shown above the phone: Tab goes there first (it used to jump to the phone, then back up)."""
    maker = catalogue_makers.list_makers(shop.store)[0]
    dialog = show_dialog(qtbot, MakerDialog(shop.store, maker))
    assert tab_names(qtbot, 8) == [
        "nameInput",
        "shortCodeInput",
        "dniInput",
        "phoneInput",
        "joinedCheck",
        "trainerInput",
        "notesInput",
        "photoList",
        "photoAddButton",
    ]
    assert dialog.ui.nameInput.text() == maker.name


def test_product_dialog_tabs_to_its_photos_then_its_buttons(qtbot, store):
    dialog = show_dialog(qtbot, ProductDialog(store, name="Bolso"))
    dialog.ui.descriptionInput.setFocus()
    assert tab_names(qtbot, 4) == ["descriptionInput", "photoList", "photoAddButton", "photoCameraButton", "okButton"]
    assert dialog.ui.productNameInput.text() == "Bolso"


def test_item_dialog_tabs_through_each_maker_and_weight(qtbot, shop):
    makers = catalogue_makers.list_makers(shop.store)
    dialog = show_dialog(qtbot, ItemDialog(makers, "Bolso bordado", None, None, shop.store))
    rows = [name for index in range(4) for name in (f"maker{index}", f"weight{index}")]
    assert tab_names(qtbot, 11) == [*rows, "newMakerButton", "codeInput", "okButton", "cancelButton"]
    assert dialog.ui.titleLabel.text() == "Bolso bordado"
