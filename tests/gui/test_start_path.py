"""What the till's start loads: the sale screen comes up before any ORM model is made.

Run in a fresh interpreter, as the app starts (``app.run``'s steps, a user
logged in): the data layer is loaded before Qt, no model is made until the
warm-up after the screen is up, and the first sale then works.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from mamakilla_pos.paths import sqlite_path
from mamakilla_pos.services import auth, setup
from mamakilla_pos.services.actors import SYSTEM_ID

START = textwrap.dedent(
    """
    import json, sys
    url, user_id = sys.argv[1], int(sys.argv[2])
    from mamakilla_pos import app as till

    till._pause_gc()
    till._read_ahead(url)
    till._load_data_layer()
    before_qt = set(sys.modules)
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    till.install_translators(app)
    store = till._open_or_recover(url)
    from mamakilla_pos.services.setup import ensure_defaults

    ensure_defaults(store)
    till._close_finished_days(store)
    from mamakilla_pos.gui.main_window import MainWindow
    from mamakilla_pos.services.auth import actor_of
    from mamakilla_pos.store import models

    window = MainWindow(store)
    window.start()
    window.till_user.log_in(actor_of(store, user_id))
    window.show_maximised()
    app.processEvents()
    screen = window.sale_screen
    after_qt = sorted(
        name for name in set(sys.modules) - before_qt
        if name.startswith(("sqlalchemy", "mamakilla_pos.services", "mamakilla_pos.store", "mamakilla_pos.domain"))
    )
    report = {
        "shown": screen.grid.model.rowCount(),
        "models_at_start": models.loaded(),
        "data_layer_after_qt": after_qt,
    }
    till._warm_up()
    report["models_after_warm_up"] = models.loaded()
    screen.scan_input.setText("BAG001")
    screen.scan_input.returnPressed.emit()
    report["cart_total"] = screen.total_label.text()
    print(json.dumps(report))
    window.close()
    store.dispose()
    """
)


def test_sale_screen_comes_up_before_any_model_is_made(shop, tmp_path):
    path = sqlite_path(shop.store.url)
    if path is None:
        pytest.skip("the till reads ahead from a SQLite file")
    setup.configure_shop(shop.store, "Mama Killa", "Cusco", "B001", user_id=SYSTEM_ID)
    user = auth.create_user(shop.store, "Rosa Quispe", "coordinator", "246813", by=SYSTEM_ID)
    shop.store.dispose()
    result = subprocess.run(
        [sys.executable, "-c", START, shop.store.url, str(user.id)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["shown"] == 4
    assert report["models_at_start"] is False, "a model was made before the sale screen was up"
    after_qt = report["data_layer_after_qt"]
    assert after_qt == [], f"loaded after Qt (add to app._load_data_layer): {after_qt}"
    assert report["models_after_warm_up"] is True
    assert report["cart_total"] == "S/ 45.00"


def test_the_warm_up_and_the_collector_wait_for_the_sale_screen_to_be_up(qtbot, monkeypatch):
    """A start slower than the warm-up's delay (a busy computer) does not have it run before the screen is up."""
    import time

    from PySide6.QtWidgets import QApplication, QWidget

    from mamakilla_pos import app as till

    ran: list[str] = []
    monkeypatch.setattr(till, "_warm_up", lambda: ran.append("warm-up"))
    monkeypatch.setattr(till, "_resume_gc", lambda: ran.append("collector"))
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    till._after_start(window)
    time.sleep((max(till.WARM_UP_MS, till.GC_RESUME_MS) + 100) / 1000)  # the start goes on, the loop has not turned
    QApplication.processEvents()  # the loop's first turn: the screen is shown and painted
    assert ran == []
    qtbot.waitUntil(lambda: ran == ["warm-up", "collector"], timeout=10_000)


def test_work_put_off_until_the_start_is_over_counts_its_delay_from_then(qtbot):
    """The tiles' initials and the search text are made after the start; a slow start does not have them run first."""
    import time

    from PySide6.QtWidgets import QApplication, QWidget

    from mamakilla_pos.gui import once_up

    ran: list[str] = []
    owner = QWidget()
    qtbot.addWidget(owner)
    once_up.hold()
    try:
        once_up.after_start(owner, 0, lambda: ran.append("put off"))
        time.sleep(0.05)
        QApplication.processEvents()
        assert ran == []  # the window is not up yet
    finally:
        once_up.release()
    qtbot.waitUntil(lambda: ran == ["put off"])
    once_up.after_start(owner, 0, lambda: ran.append("at once"))  # not starting: from now
    qtbot.waitUntil(lambda: ran == ["put off", "at once"])


def test_work_put_off_on_an_object_let_go_meanwhile_still_runs_on_it(qtbot):
    """A method of a plain object (the catalogue's index, replaced when it is read again) is held until it runs."""
    import gc

    from PySide6.QtWidgets import QWidget

    from mamakilla_pos.gui import once_up

    ran: list[str] = []

    class Plain:
        def __init__(self, name: str) -> None:
            self.name = name

        def work(self) -> None:
            ran.append(self.name)

    owner = QWidget()
    qtbot.addWidget(owner)
    for name in ("first", "second"):
        once_up.after_start(owner, 20, Plain(name).work)
    gc.collect()
    [Plain(str(n)) for n in range(1000)]  # the freed objects' memory taken again
    qtbot.waitUntil(lambda: sorted(ran) == ["first", "second"])


def test_the_warm_up_waits_for_the_window_to_take_the_keyboard(qtbot, monkeypatch):
    """Past the loop's first turn is not up yet: the window's first paint and its activation come after.

    A busy computer paints the sale screen and makes it active well after the
    warm-up's delay; the warm-up (most of a second) must not run before the
    scan field can take a scan.
    """
    import time

    from PySide6.QtWidgets import QApplication, QWidget

    from mamakilla_pos import app as till

    ran: list[str] = []
    monkeypatch.setattr(till, "_warm_up", lambda: ran.append("warm-up"))
    monkeypatch.setattr(till, "_resume_gc", lambda: ran.append("collector"))
    window = QWidget()
    qtbot.addWidget(window)
    till._after_start(window)
    deadline = time.monotonic() + (till.WARM_UP_MS + 300) / 1000
    while time.monotonic() < deadline:  # the loop turns; the window is not on screen yet
        QApplication.processEvents()
        time.sleep(0.01)
    assert ran == []
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: ran == ["warm-up", "collector"], timeout=10_000)


def test_the_warm_up_runs_at_last_for_a_window_never_made_active(qtbot, monkeypatch):
    """The window never takes the keyboard (another program keeps it): the warm-up and the collector still come."""
    from PySide6.QtWidgets import QWidget

    from mamakilla_pos import app as till
    from mamakilla_pos.gui import once_up

    ran: list[str] = []
    monkeypatch.setattr(till, "_warm_up", lambda: ran.append("warm-up"))
    monkeypatch.setattr(till, "_resume_gc", lambda: ran.append("collector"))
    monkeypatch.setattr(once_up, "UP_AT_MOST_MS", 200)
    window = QWidget()
    qtbot.addWidget(window)
    till._after_start(window)
    qtbot.waitUntil(lambda: ran == ["warm-up", "collector"], timeout=10_000)
    assert not window.isActiveWindow()
