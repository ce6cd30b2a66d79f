"""The maker, product and item dialogs, built from their Designer forms: Tab follows the fields as shown.

A note or a description is no place for a tab character: Tab leaves it for
the photos, so the whole dialog is reachable from the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from mamakilla_pos.gui.maker_dialog import MakerDialog
from mamakilla_pos.gui.product_dialogs import ItemDialog, ProductDialog
from mamakilla_pos.services import catalogue_makers


def _show(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog)
    return dialog


def _tab_names(qtbot, count: int) -> list[str]:
    names = [QApplication.focusWidget().objectName()]
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        names.append(QApplication.focusWidget().objectName())
    return names


def test_maker_dialog_tabs_down_the_form_as_it_is_shown(qtbot, shop):
    """DNI is shown above the phone: Tab goes there first (it used to jump to the phone, then back up)."""
    maker = catalogue_makers.list_makers(shop.store)[0]
    dialog = _show(qtbot, MakerDialog(shop.store, maker))
    assert _tab_names(qtbot, 8) == [
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
    dialog = _show(qtbot, ProductDialog(store, name="Bolso"))
    dialog.ui.descriptionInput.setFocus()
    assert _tab_names(qtbot, 4) == ["descriptionInput", "photoList", "photoAddButton", "photoCameraButton", "okButton"]
    assert dialog.ui.productNameInput.text() == "Bolso"


def test_item_dialog_tabs_through_each_maker_and_weight(qtbot, shop):
    makers = catalogue_makers.list_makers(shop.store)
    dialog = _show(qtbot, ItemDialog(makers, "Bolso bordado", None, None, shop.store))
    rows = [name for index in range(4) for name in (f"maker{index}", f"weight{index}")]
    assert _tab_names(qtbot, 11) == [*rows, "newMakerButton", "codeInput", "okButton", "cancelButton"]
    assert dialog.ui.titleLabel.text() == "Bolso bordado"
