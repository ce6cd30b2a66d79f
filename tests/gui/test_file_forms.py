"""The import, backup and recovery dialogs, built from their Designer forms: every button reached with Tab."""

from __future__ import annotations

import pytest
from gui_helpers import show_dialog, tab_names
from PySide6.QtCore import Qt

from mamakilla_pos.gui.backup_dialog import BackupDialog
from mamakilla_pos.gui.import_dialog import ImportProductsDialog
from mamakilla_pos.gui.recovery_dialog import RecoveryDialog
from mamakilla_pos.services import backup, startup
from mamakilla_pos.store.engine import sqlite_path


def test_import_tabs_from_the_file_to_the_rows_to_import_then_close(qtbot, store, tmp_path):
    """The preview is read-only: Tab leaves it (the arrows move in it) instead of walking its cells."""
    sheet = tmp_path / "productos.csv"
    sheet.write_text("code,product,category,price,makers,quantity,location\n,Bolso,Bolsos,85,Rosa,3,\n", "utf-8")
    dialog = show_dialog(qtbot, ImportProductsDialog(store))
    assert not dialog.ui.importButton.isEnabled()
    assert tab_names(qtbot, 3) == ["chooseFileButton", "importPreview", "closeButton", "chooseFileButton"]
    dialog.load(sheet)
    dialog.ui.chooseFileButton.setFocus()
    assert tab_names(qtbot, 3) == ["chooseFileButton", "importPreview", "importButton", "closeButton"]
    assert dialog.ui.importFile.text() == str(sheet)


def test_backup_tabs_through_its_three_buttons(qtbot, store):
    dialog = show_dialog(qtbot, BackupDialog(store))
    dialog.ui.closeButton.setFocus()
    assert tab_names(qtbot, 3) == ["closeButton", "restoreButton", "backupNowButton", "closeButton"]
    qtbot.keyClick(dialog.ui.backupNowButton, Qt.Key.Key_Space)
    assert dialog.ui.backupMessage.text()


def test_recovery_starts_on_quit_and_tabs_to_the_backup(qtbot, shop):
    path = sqlite_path(shop.store.url)
    if path is None:
        pytest.skip("SQLite only")
    backup.auto_backup(shop.store, "prueba")
    shop.store.dispose()
    path.write_bytes(b"esto no es una base de datos" * 100)
    problem = startup.diagnose(path)
    assert problem is not None
    dialog = show_dialog(qtbot, RecoveryDialog(problem))
    assert tab_names(qtbot, 3) == ["quitButton", "openOtherButton", "restoreBackupButton", "quitButton"]
    assert dialog.ui.restoreBackupButton.isEnabled()
