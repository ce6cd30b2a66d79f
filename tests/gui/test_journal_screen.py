"""The journal screen: newest first, filters, pages, hash prefixes, and "Verificar"."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget
from sqlalchemy import text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.gui.journal_screen import HASH_SHOWN, JournalModel, JournalScreen
from mamakilla_pos.services import auth, closing, journal_view, settings
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale

LEFT = Qt.MouseButton.LeftButton
YESTERDAY = datetime.combine(date.today() - timedelta(days=1), time(11, 30))


@pytest.fixture
def journal(shop):
    """Four productions (the shop), two sales yesterday by Rosa, a settings change, a day closing, a sale today."""
    store = shop.store
    coordinator = auth.create_user(store, "Carmen Ayma", "coordinator", "739164", by=SYSTEM_ID)
    seller = auth.create_user(store, "Rosa Quispe", "seller", "5820", by=coordinator.id)
    numbers = [
        record_sale(
            store,
            SaleRequest((LineRequest(code),), (Tender("card", price),), user_id=seller.id, created_at=YESTERDAY),
        ).number
        for code, price in ((shop.bag, Decimal("45.00")), (shop.purse, Decimal("22.55")))
    ]
    settings.update_settings(store, coordinator.id, shop_name="Mama Killa Feria")
    closing.close_days(store, date.today(), user_id=SYSTEM_ID)
    numbers.append(
        record_sale(
            store, SaleRequest((LineRequest(shop.bought_in),), (Tender("cash", Decimal("5")),), user_id=SYSTEM_ID)
        ).number
    )
    return shop, numbers


@pytest.fixture
def screen(qtbot, journal):
    shop, _ = journal
    widget = JournalScreen(shop.store)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def column(screen: JournalScreen, col: int) -> list[str]:
    return [screen.model.index(row, col).data() for row in range(screen.model.rowCount())]


def test_newest_first_with_who_what_and_the_hash_prefix(screen, journal):
    shop, numbers = journal
    entries = journal_view.list_entries(shop.store).rows
    assert column(screen, JournalModel.SEQ) == [str(e.seq) for e in entries]
    assert [int(s) for s in column(screen, JournalModel.SEQ)] == sorted(
        (int(s) for s in column(screen, JournalModel.SEQ)), reverse=True
    )
    assert column(screen, JournalModel.HASH) == [e.hash[:HASH_SHOWN] for e in entries]
    assert (
        screen.model.index(0, JournalModel.HASH)
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith(f"Huella: {entries[0].hash}")
    )
    kinds = column(screen, JournalModel.KIND)
    assert kinds[0] == "Venta" and kinds[1] == "Cierre del día"
    assert {"Producción", "Usuaria", "Ajustes"} <= set(kinds)
    assert column(screen, JournalModel.REF)[0] == numbers[-1]
    summary = screen.model.index(1, JournalModel.SUMMARY).data()
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    assert summary == f"Cierre del día {yesterday}: neto S/ 67.55 (2 ventas, 0 devoluciones) · gran total S/ 67.55"
    assert column(screen, JournalModel.SUMMARY)[0] == f"Venta {numbers[-1]} de S/ 5.00 por el sistema"
    assert not any(len(ref) > 20 for ref in column(screen, JournalModel.REF))  # no session or movement ids
    assert screen.findChild(QWidget, "journalCount").text() == f"1–{len(entries)} de {len(entries)}"


def test_filter_by_kind_person_reference_and_dates(qtbot, screen, journal):
    _, numbers = journal
    kind = screen.findChild(QComboBox, "journalKind")
    kind.setCurrentIndex(kind.findData("sale"))
    assert column(screen, JournalModel.REF) == list(reversed(numbers))

    actor = screen.findChild(QComboBox, "journalActor")
    actor.setCurrentIndex(actor.findData("Rosa Quispe"))
    assert column(screen, JournalModel.REF) == [numbers[1], numbers[0]]
    assert set(column(screen, JournalModel.ACTOR)) == {"Rosa Quispe"}

    qtbot.keyClicks(screen.findChild(QLineEdit, "journalText"), numbers[0].lower())
    qtbot.waitUntil(lambda: column(screen, JournalModel.REF) == [numbers[0]])

    screen.findChild(QLineEdit, "journalText").clear()
    actor.setCurrentIndex(0)
    screen.set_period(date.today(), date.today())
    qtbot.waitUntil(lambda: column(screen, JournalModel.REF) == [numbers[2]])

    screen.set_period(date.today() - timedelta(days=30), date.today() - timedelta(days=10))
    assert screen.model.rowCount() == 0
    assert screen.findChild(QWidget, "journalCount").text() == "No hay registros con estos filtros"

    qtbot.mouseClick(screen.findChild(QPushButton, "journalAllDates"), LEFT)
    assert screen.model.rowCount() == 3


def test_pages_of_entries(qtbot, screen, journal):
    shop, _ = journal
    total = journal_view.list_entries(shop.store).total
    screen.page_size = 4
    screen.go(0)
    newer = screen.findChild(QPushButton, "journalNewer")
    older = screen.findChild(QPushButton, "journalOlder")
    assert screen.model.rowCount() == 4 and not newer.isEnabled() and older.isEnabled()
    first_page = column(screen, JournalModel.SEQ)

    qtbot.mouseClick(older, LEFT)
    assert screen.findChild(QWidget, "journalCount").text() == f"5–8 de {total}"
    assert newer.isEnabled()
    assert int(column(screen, JournalModel.SEQ)[0]) == int(first_page[-1]) - 1

    while older.isEnabled():
        qtbot.mouseClick(older, LEFT)
    assert column(screen, JournalModel.SEQ)[-1] == "1"
    qtbot.mouseClick(newer, LEFT)
    assert screen.offset == screen.page_size * ((total - 1) // screen.page_size - 1)


def test_selecting_an_entry_shows_all_it_holds(qtbot, screen, journal):
    _, numbers = journal
    rect = screen.table.visualRect(screen.model.index(0, 0))
    qtbot.mouseClick(screen.table.viewport(), LEFT, pos=rect.center())
    detail = screen.findChild(QWidget, "journalDetail").toPlainText()
    assert detail.startswith(f"Venta {numbers[-1]} de S/ 5.00 por el sistema\n")
    assert "Huella: " not in detail and '"total"' not in detail  # words first; the raw data on demand
    qtbot.mouseClick(screen.findChild(QWidget, "journalTechnical"), LEFT)
    detail = screen.findChild(QWidget, "journalDetail").toPlainText()
    assert "Huella: " in detail and "Anterior: " in detail and '"total": "5.00"' in detail


def test_verify_says_all_is_well(qtbot, screen, journal):
    qtbot.mouseClick(screen.findChild(QPushButton, "verifyButton"), LEFT)
    result = screen.findChild(QWidget, "verifyResult")
    qtbot.waitUntil(lambda: not screen.is_verifying(), timeout=10_000)
    assert result.isVisible()
    assert result.text().startswith("Todo en orden")
    assert result.property("kind") == "ok"


def test_verify_names_a_sale_changed_behind_the_apps_back(qtbot, screen, journal):
    shop, numbers = journal
    with shop.store.engine.begin() as conn:
        conn.execute(text("UPDATE sales SET total_cents = 100 WHERE number = :n"), {"n": numbers[0]})
    qtbot.mouseClick(screen.findChild(QPushButton, "verifyButton"), LEFT)
    qtbot.waitUntil(lambda: not screen.is_verifying(), timeout=10_000)
    result = screen.findChild(QWidget, "verifyResult")
    assert result.property("kind") == "problems"
    assert "problemas" in result.text()
    assert numbers[0] in result.text()
    assert "cierre del día" in result.text()  # the day's closing no longer matches either
