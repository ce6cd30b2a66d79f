"""The damaged-database dialog says what happened and offers the newest good backup."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from mamakilla_pos.gui.recovery_dialog import Choice, RecoveryDialog
from mamakilla_pos.services import backup, startup
from mamakilla_pos.store.engine import sqlite_path


@pytest.fixture
def damaged(shop):
    path = sqlite_path(shop.store.url)
    if path is None:
        pytest.skip("SQLite only")
    made = backup.auto_backup(shop.store, "prueba").path
    shop.store.dispose()
    path.write_bytes(b"esto no es una base de datos" * 100)
    problem = startup.diagnose(path)
    assert problem is not None
    return problem, made


def test_the_dialog_offers_the_newest_backup(qtbot, damaged):
    problem, made = damaged
    dialog = RecoveryDialog(problem)
    qtbot.addWidget(dialog)
    summary = dialog.findChild(QLabel, "backupSummary").text()
    assert "4 movimientos de stock" in summary and str(made) in summary
    button = dialog.findChild(QPushButton, "restoreBackupButton")
    assert button.isEnabled() and button.text() == "Restaurar esta copia"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.choice is Choice.RESTORE


def test_without_a_backup_restoring_is_not_offered(qtbot, damaged):
    problem, _ = damaged
    bare = startup.DatabaseProblem(problem.kind, problem.message, problem.path)
    dialog = RecoveryDialog(bare)
    qtbot.addWidget(dialog)
    assert not dialog.findChild(QPushButton, "restoreBackupButton").isEnabled()
    qtbot.mouseClick(dialog.findChild(QPushButton, "quitButton"), Qt.MouseButton.LeftButton)
    assert dialog.choice is Choice.QUIT
