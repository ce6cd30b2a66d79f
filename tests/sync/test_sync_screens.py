"""The till's sync on screen (DESIGN.md §9): the background sync, what waits, the last sync and its failure.

Real PostgreSQL as the shop server, the till's real SQLite file, the real
main window driven with qtbot; the sync runs on its own thread as it does
at the till.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from helpers import sell
from sqlalchemy import create_engine, text

from mamakilla_pos.gui.main_window import MainWindow
from mamakilla_pos.services import auth, server
from mamakilla_pos.store import Store


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
    assert status.isVisible() and status.text().startswith("1 sin sincronizar · última vez ")
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
