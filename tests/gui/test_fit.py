"""Every screen and dialog fits a 1366 × 768 screen in Spanish, English and French.

The demo shop, with a long shop name and a long user name, is opened by
``fit_probe.py`` in a process whose (offscreen) screen is 1366 × 768; it
lists every widget whose text is cut off and every window bigger than the
screen. None may be.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from mamakilla_pos.services import auth, cash, settings
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.demo import load_demo
from mamakilla_pos.store import open_store

PROBE = Path(__file__).resolve().parent / "fit_probe.py"
LONG_SHOP_NAME = "Asociación de Artesanas Mama Killa del Centro Social Huchuy Yachaq"
LONG_USER_NAME = "María Guadalupe Quispe Huamán de la Cruz"
LONG_REASON = "Otro — taxi de vuelta de la feria de San Blas con las cajas de bolsos y los toldos del puesto"


@pytest.fixture(scope="module")
def demo_shop(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("fit")
    url = f"sqlite:///{folder / 'demo.db'}"
    store = open_store(url)
    try:
        load_demo(store)
        settings.update_settings(store, shop_name=LONG_SHOP_NAME, user_id=SYSTEM_ID)
        auth.create_user(store, LONG_USER_NAME, "coordinator", "246813", by=SYSTEM_ID)
        cash.move_cash(store, "out", Decimal("12.50"), LONG_REASON, user_id=SYSTEM_ID)
    finally:
        store.dispose()
    return url


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_every_screen_and_dialog_fits_1366_by_768(demo_shop, language, tmp_path) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps({"screens": [{"name": "fit", "x": 0, "y": 0, "width": 1366, "height": 768}]}), encoding="utf-8"
    )
    out = tmp_path / "problems.json"
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    done = subprocess.run(
        [sys.executable, str(PROBE), demo_shop, language, str(tmp_path), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=400,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(out.read_text(encoding="utf-8"))
    listed = "\n".join(f"{p['where']}: {p['problem']}" for p in found)
    assert not found, f"{len(found)} things cut off in {language}:\n{listed}"
