"""Backups from the app: back up now, then restore that copy after more sales."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.gui.backup_dialog import BackupDialog
from mamakilla_pos.services import history
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.store.engine import sqlite_path


def test_back_up_now_then_restore_exactly_that_state(qtbot, shop, monkeypatch):
    if sqlite_path(shop.store.url) is None:
        pytest.skip("SQLite only")
    first = record_sale(
        shop.store, SaleRequest((LineRequest("BAG001"),), (Tender("card", Decimal("45.00")),), user_id=SYSTEM_ID)
    )
    dialog = BackupDialog(shop.store)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.findChild(QPushButton, "backupNowButton"), Qt.MouseButton.LeftButton)
    text = dialog.findChild(QLabel, "backupMessage").text()
    assert text.startswith("Copia guardada: ")
    copy = text.removeprefix("Copia guardada: ")
    second = record_sale(
        shop.store, SaleRequest((LineRequest("PUR001"),), (Tender("card", Decimal("22.55")),), user_id=SYSTEM_ID)
    )

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: None))
    from pathlib import Path

    dialog.restore(Path(copy))
    assert dialog.restored
    assert history.get_sale(shop.store, first.number).total == Decimal("45.00")
    numbers = [s.number for s in history.list_sales(shop.store, first.created_at.date())]
    assert first.number in numbers and second.number not in numbers


def test_a_file_that_is_not_a_backup_is_refused(qtbot, shop, tmp_path):
    bad = tmp_path / "otra.db"
    bad.write_bytes(b"no es una copia" * 50)
    dialog = BackupDialog(shop.store)
    qtbot.addWidget(dialog)
    dialog.restore(bad)
    assert not dialog.restored
    assert "otra.db" in dialog.findChild(QLabel, "backupMessage").text()


def test_restore_is_refused_while_another_till_has_the_shop_open(qtbot, shop, seller, monkeypatch, tmp_path):
    if sqlite_path(shop.store.url) is None:
        pytest.skip("SQLite only")
    from mamakilla_pos.services import backup

    copy = backup.backup(shop.store, tmp_path / "copia.db").path
    till = seller(shop.store.url, [shop.purse], "--pause", "0.01")
    till.wait_ready()
    dialog = BackupDialog(shop.store)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: None))
    dialog.restore(copy)
    assert not dialog.restored
    assert dialog.findChild(QLabel, "backupMessage").text() == backup.IN_USE
    sales = till.finish()
    assert [s for s in sales if s.get("error")] == []
    for sale in sales:  # every sale the other till confirmed is still there
        assert history.get_sale(shop.store, str(sale["number"])).number == sale["number"]
    assert not list(sqlite_path(shop.store.url).parent.glob("*antes-de-restaurar*"))
