"""The till's sync on screen (DESIGN.md §9): the background sync, what waits, the last sync and its failure.

Real PostgreSQL as the shop server, the till's real SQLite file, the real
main window driven with qtbot; the sync runs on its own thread as it does
at the till.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime

import pytest
from helpers import sell
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import create_engine, text

from mamakilla_pos.gui.join_dialog import JoinShopDialog
from mamakilla_pos.gui.main_window import MainWindow
from mamakilla_pos.gui.settings_dialog import SettingsDialog
from mamakilla_pos.gui.setup_dialog import SetupDialog
from mamakilla_pos.gui.sync_screen import SyncScreen
from mamakilla_pos.services import auth, demo, server
from mamakilla_pos.services.setup import ensure_defaults, is_configured
from mamakilla_pos.store import Store, open_store


def _count_sales(url: str, sale_id: uuid.UUID) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM sales WHERE id = :id"), {"id": sale_id}).scalar_one()
    finally:
        engine.dispose()


def _first_code(store: Store) -> str:
    with store.session() as session:
        return session.execute(text("SELECT code FROM items ORDER BY code LIMIT 1")).scalar_one()


@pytest.fixture
def window(qtbot, till: Store, server_url: str) -> Iterator[MainWindow]:
    server.publish(till, server_url)
    widget = MainWindow(till)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    coordinator = next(u for u in auth.list_users(till) if u.role == "coordinator")
    widget.till_user.log_in(auth.login(till, coordinator.id, "111111"))
    yield widget
    widget.background_sync.stop()


def _rename(server_url: str, new_name: str) -> str:
    """Rename the server's database (the till can no longer reach it under its name); the new URL."""
    base, name = server_url.rsplit("/", 1)
    admin = create_engine(base + "/postgres", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"))
            conn.execute(text(f'ALTER DATABASE "{name}" RENAME TO "{new_name}"'))
    finally:
        admin.dispose()
    return base + "/" + new_name


def test_a_sale_goes_to_the_server_in_the_background_and_the_till_says_what_waits(qtbot, window, server_url) -> None:
    status, problem = window.sync_indicator.status, window.sync_indicator.problem
    qtbot.waitUntil(lambda: not window.background_sync.is_running())
    sale = sell(window.store, _first_code(window.store))
    window.refresh_status()
    assert status.isVisible() and status.text().startswith("1 sin sincronizar · ")
    assert status.toolTip().startswith("1 sin sincronizar · última vez ")
    assert _count_sales(server_url, sale.id) == 0

    window.background_sync.after_sale_ms = 10
    window.sale_screen.sale_completed.emit(sale.number)  # as the sale screen does when a sale is recorded
    qtbot.waitUntil(lambda: status.text().startswith("Todo sincronizado"), timeout=20_000)
    assert _count_sales(server_url, sale.id) == 1
    assert not problem.isVisible()
    assert window.background_sync.last_report.pushed.documents["sale"] == 1


def test_a_server_out_of_reach_is_told_in_plain_words_and_the_till_goes_on_selling(qtbot, window, server_url) -> None:
    status, problem = window.sync_indicator.status, window.sync_indicator.problem
    qtbot.waitUntil(lambda: not window.background_sync.is_running())
    away = _rename(server_url, "syncgui_away_" + uuid.uuid4().hex[:8])
    sale = sell(window.store, _first_code(window.store))
    assert window.background_sync.sync_now()
    qtbot.waitUntil(lambda: problem.isVisible(), timeout=20_000)
    assert problem.text().startswith("Sin conexión con el servidor de la tienda desde las ")
    assert "Puede seguir vendiendo" in problem.text() and "Traceback" not in problem.text()
    assert "does not exist" in problem.toolTip()  # the server's own words, for whoever fixes it
    assert status.text().startswith("1 sin sincronizar")
    sell(window.store, _first_code(window.store))  # selling goes on, on the till's own file
    window.refresh_status()
    assert status.text().startswith("2 sin sincronizar")

    _rename(away, server_url.rsplit("/", 1)[1])
    assert window.background_sync.sync_now()
    qtbot.waitUntil(lambda: not problem.isVisible(), timeout=20_000)
    assert status.text().startswith("Todo sincronizado")
    assert _count_sales(server_url, sale.id) == 1


def test_a_server_that_refuses_the_till_is_told_apart_from_a_lost_connection(qtbot, window, server_url) -> None:
    problem = window.sync_indicator.problem
    qtbot.waitUntil(lambda: not window.background_sync.is_running())
    engine = create_engine(server_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE shop_server SET shop_id = :other"), {"other": uuid.uuid4()})
    engine.dispose()
    assert window.background_sync.sync_now()
    qtbot.waitUntil(lambda: problem.isVisible(), timeout=20_000)
    assert problem.text().startswith("El servidor de la tienda no aceptó lo de esta caja: el servidor ")
    assert "es de otra tienda" in problem.text() and "Avise a la coordinadora" in problem.text()


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    """Every message box the screens show, answered "Sí" to a question: (kind, text)."""
    said: list[tuple[str, str]] = []

    def box(kind: str, answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def show(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
            said.append((kind, text))
            return answer

        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "question", box("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", box("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", box("warning", QMessageBox.StandardButton.Ok))
    return said


@pytest.fixture
def settings(qtbot, till: Store) -> Iterator[SettingsDialog]:
    dialog = SettingsDialog(till)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.server_tab)
    yield dialog
    dialog.server_tab.wait()


def test_publish_from_settings_makes_this_till_the_servers_first_one(qtbot, settings, messages, server_url) -> None:
    tab = settings.server_tab
    assert tab.state.text() == "Esta caja trabaja sola: no tiene servidor de tienda."
    qtbot.keyClicks(tab.url_input, server_url)
    qtbot.mouseClick(tab.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _ in messages), timeout=60_000)
    assert messages[0][0] == "question" and server_url in messages[0][1]
    text = messages[-1][1]
    assert text.startswith("Listo: la tienda está en el servidor (") and "Esta caja es la caja B001" in text
    link = server.link_of(settings.store)
    assert link is not None and link.server_url == server_url
    assert tab.state.text().startswith("Esta caja es la caja B001 de la tienda del servidor ")
    assert not tab.publish_button.isEnabled() and not tab.url_input.isEnabled()


def test_a_bad_address_is_said_and_changes_nothing(qtbot, settings, messages) -> None:
    tab = settings.server_tab
    qtbot.keyClicks(tab.url_input, "servidor de la tienda")
    qtbot.mouseClick(tab.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "warning" for kind, _ in messages), timeout=20_000)
    assert messages[-1][1].startswith("El servidor de la tienda es una base PostgreSQL")
    assert tab.check_result.isVisible() and tab.check_result.text() == messages[-1][1]
    assert server.link_of(settings.store) is None
    assert tab.publish_button.isEnabled()


def test_the_coordinator_sees_each_till_and_what_each_sync_brought(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.background_sync.is_running())
    code = _first_code(window.store)
    sell(window.store, code, at=datetime(2026, 12, 5, 10, 0))
    sell(window.store, code, at=datetime(2026, 12, 6, 16, 30))
    window.show_screen("sync")
    screen = window.current_screen()
    assert screen.objectName() == "syncScreen"
    screen.wait()
    assert screen.this_till.text().startswith("Esta caja (B001): 2 sin sincronizar · última vez ")

    qtbot.mouseClick(screen.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.this_till.text().startswith("Esta caja (B001): Todo sincronizado"), timeout=20_000)
    qtbot.waitUntil(lambda: screen.merges_table.rowCount() >= 1, timeout=20_000)
    screen.wait()
    tills = [[screen.tills_table.item(0, c).text() for c in range(4)]]
    assert tills[0][0] == "B001" and tills[0][2:] == ["0", ""]
    merge = [screen.merges_table.item(0, c).text() for c in range(6)]
    assert merge[1:] == ["B001", "por la red", "2 ventas", "del 05/12/2026 al 06/12/2026", ""]


def test_a_fair_days_sales_go_by_usb_from_the_till_to_the_servers_computer(
    qtbot, window, messages, monkeypatch, server_url, tmp_path
) -> None:
    qtbot.waitUntil(lambda: not window.background_sync.is_running())
    window.background_sync.stop()  # the fair has no network: nothing goes but by the file
    sale = sell(window.store, _first_code(window.store), at=datetime(2026, 12, 7, 11, 15))
    window.show_screen("sync")
    screen = window.current_screen()
    screen.wait()
    usb = tmp_path / "usb" / "feria.sync"
    usb.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(usb), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(usb), "")))
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(messages) == 1, timeout=20_000)
    assert messages[0][1].startswith("Listo: 1 documento de la caja B001 en el archivo.") and usb.exists()
    assert _count_sales(server_url, sale.id) == 0

    on_server = open_store(server_url)
    try:
        at_server = SyncScreen(on_server)
        qtbot.addWidget(at_server)
        at_server.show()
        at_server.wait()
        assert at_server.import_button.isVisible() and not at_server.export_button.isVisible()
        for expected in (
            "Listo: de la caja B001 llegaron 1 venta (07/12/2026).",
            "Ese archivo ya estaba en el servidor: no cambió nada.",
        ):
            qtbot.mouseClick(at_server.import_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda expected=expected: messages[-1][1] == expected, timeout=20_000)
            at_server.wait()
        qtbot.waitUntil(lambda: at_server.merges_table.rowCount() == 2, timeout=20_000)
        rows = [[at_server.merges_table.item(r, c).text() for c in range(1, 5)] for r in range(2)]
        assert rows == [
            ["B001", "por archivo (USB)", "nada nuevo", "—"],
            ["B001", "por archivo (USB)", "1 venta", "07/12/2026"],
        ]
        assert _count_sales(server_url, sale.id) == 1
    finally:
        at_server.wait()
        on_server.dispose()


def test_the_connection_test_says_in_plain_words_what_the_server_is(qtbot, settings, server_url) -> None:
    tab = settings.server_tab
    qtbot.keyClicks(tab.url_input, server_url)
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.check_result.isVisible(), timeout=20_000)
    assert tab.check_result.text().startswith("Conectado a ") and "la base está vacía, lista para publicar" in (
        tab.check_result.text()
    )

    tab.url_input.setText(server_url.rsplit("/", 1)[0] + "/syncgui_nobody_" + uuid.uuid4().hex[:6])
    tab.check_result.hide()
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.check_result.isVisible(), timeout=20_000)
    assert tab.check_result.text().startswith("No se pudo conectar con ")
    assert server.link_of(settings.store) is None


@pytest.fixture
def new_file(tmp_path) -> Iterator[Store]:
    """A till's file as the program makes it at its first run, before anything is set up."""
    store = open_store(f"sqlite:///{tmp_path / 'feria.db'}")
    ensure_defaults(store)
    yield store
    store.dispose()


def test_a_new_till_joins_the_shop_from_its_first_screen(
    qtbot, till, server_url, new_file, messages, monkeypatch
) -> None:
    server.publish(till, server_url)

    def join_by_keyboard(dialog: JoinShopDialog) -> int:
        dialog.show()
        tab = dialog.server_tab
        qtbot.waitUntil(tab.url_input.hasFocus)
        qtbot.keyClicks(tab.url_input, server_url)
        qtbot.keyClick(tab.url_input, Qt.Key.Key_Tab)  # past "Probar la conexión", to the till's code
        qtbot.keyClick(tab.test_button, Qt.Key.Key_Tab)
        assert tab.code_input.hasFocus()
        qtbot.keyClicks(tab.code_input, "f001")
        assert tab.code_input.text() == "F001"
        tab.join_button.setFocus()
        qtbot.keyClick(tab.join_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=60_000)
        return dialog.result()

    monkeypatch.setattr(JoinShopDialog, "exec", join_by_keyboard)
    setup = SetupDialog(new_file)
    qtbot.addWidget(setup)
    setup.show()
    qtbot.mouseClick(setup.join_button, Qt.MouseButton.LeftButton)
    assert setup.result() == QDialog.DialogCode.Accepted
    assert messages[-1][1].startswith("Listo: esta caja es la caja F001 de la tienda, con sus ")
    link = server.link_of(new_file)
    assert link is not None and link.till == "F001" and new_file.till == "F001"
    assert is_configured(new_file)
    assert {u.name for u in auth.list_users(new_file)} == {u.name for u in auth.list_users(till)}


def test_a_join_refused_says_why_and_changes_nothing(qtbot, till, server_url, messages, tmp_path) -> None:
    server.publish(till, server_url)
    other = open_store(f"sqlite:///{tmp_path / 'otra.db'}")
    try:
        demo.load_demo(other)  # a file that has a shop of its own
        dialog = JoinShopDialog(other)
        qtbot.addWidget(dialog)
        dialog.show()
        tab = dialog.server_tab
        qtbot.keyClicks(tab.url_input, server_url)
        qtbot.keyClicks(tab.code_input, "F002")
        qtbot.mouseClick(tab.join_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: any(kind == "warning" for kind, _ in messages), timeout=20_000)
        assert messages[-1][1].startswith("Este archivo ya tiene una tienda")
        assert tab.check_result.text() == messages[-1][1]
        assert server.link_of(other) is None and dialog.result() != QDialog.DialogCode.Accepted
        tab.wait()
    finally:
        other.dispose()

    linked = JoinShopDialog(till)  # a till that has its server is not offered to join another
    qtbot.addWidget(linked)
    assert not linked.server_tab.join_button.isEnabled()
    assert linked.server_tab.state.text().startswith("Esta caja es la caja B001 de la tienda del servidor ")
