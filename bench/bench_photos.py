"""The sale screen with a photo on every product: search as you type, start, memory, photos shown.

A main photo is added to every product of the shop (``datagen.add_photos``:
a 320 px tile and a 1080 px JPEG each, as the app stores them), then:

- search as you type with the grid painting photos (budget: ≤ 8 ms a keystroke,
  as without photos): the tiles of the first screen are read first, and every
  keystroke that brings new tiles asks for theirs, read on the reading thread;
- the start to a usable sale screen (budget: ≤ 1.3 × the bare baseline), which
  reads no photo at all;
- how long after launching the first screen of tiles shows its photos, and the
  resident memory then (budget: < 250 MB).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench import datagen
from bench.run import HERE, Row, clock, log
from mamakilla_pos.services import till_catalogue
from mamakilla_pos.store import Store

WORDS = ["bolso bordado inti", "monedero de cuero", "cartuchera ñusta", "mk0012", "huaman rojo"]


def measure_search_with_photos(store: Store, path: Path, repeat: int) -> list[Row]:
    """Search as you type over a grid showing photos (photos added to every product first)."""
    from PySide6.QtWidgets import QApplication

    from mamakilla_pos.gui.product_grid import ProductGrid
    from mamakilla_pos.gui.tile_photos import TilePhotos

    added = datagen.add_photos(path)
    log(f"  photos added to {added:,} products")
    app = QApplication.instance() or QApplication([])
    items = till_catalogue.load(store, "taller")
    grid = ProductGrid()
    source = TilePhotos(store)
    grid.set_photos(source)
    grid.resize(1000, 700)
    grid.set_index(till_catalogue.CatalogueIndex(items))
    started = time.perf_counter()
    grid.show()
    app.processEvents()
    _wait(app, source.settled)
    first_screen = (time.perf_counter() - started) * 1000
    keystrokes: list[float] = []
    bare: list[float] = []
    names = [f"{i.code} {i.product_name} {i.category}".lower() for i in items]
    for _ in range(max(1, repeat // 5)):
        for word in WORDS:
            grid.set_filter("")
            app.processEvents()
            _wait(app, source.settled)
            for k in range(1, len(word) + 1):
                text = word[:k]
                # The filter, the view laid out and painted (photos drawn, new ones asked for), and the
                # photos read since the last keystroke made into pictures: what a keystroke costs.
                keystrokes.append(clock(lambda text=text: (grid.set_filter(text), app.processEvents())))
                needle = text.split()[-1]
                bare.append(clock(lambda needle=needle: [n for n in names if needle in n]))
    shown = len(grid.visible_items())
    cached = len(source._pixmaps)
    grid.close()
    source.close()
    grid.deleteLater()
    app.processEvents()
    return [
        Row(
            "search_photos",
            f"search as you type, {len(items):,} items, a photo on every product",
            "ms",
            keystrokes,
            bare,
            "one substring scan over the names",
            "max",
            8.0,
            f"{len(keystrokes)} keystrokes; the first screen's photos read in {first_screen:.0f} ms;"
            f" last shows {shown} items, {cached} tile pictures in memory",
        )
    ]


def _wait(app, done: Callable[[], bool], seconds: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError("the tile photos were never read")
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()


def photos_shown(path: Path, user_id: int, repeat: int) -> tuple[list[float], list[float]]:
    """Launch to the first screen of tiles showing their photos (ms), and the resident memory then (MB)."""
    times: list[float] = []
    memory: list[float] = []
    for _ in range(repeat):
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, str(HERE / "start_app.py"), str(path), str(user_id), "--photos"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert process.stdout is not None
        ready = process.stdout.readline()
        shown = process.stdout.readline()
        elapsed = (time.perf_counter() - started) * 1000
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if not (ready.startswith("READY") and shown.startswith("PHOTOS")):
            error = process.stderr.read() if process.stderr else ""
            raise AssertionError(f"start_app.py --photos: {ready!r} {shown!r}\n{error[-3000:]}")
        times.append(elapsed)
        memory.append(int(shown.split()[1]) / 1024)
    return times, memory


def measure_start_with_photos(
    path: Path,
    user_id: int,
    repeat: int,
    measure_start: Callable[[Path, int, int], tuple[list[float], list[float], list[float], list[float]]],
    label: str,
) -> list[Row]:
    """The start, its memory, and the first screen's photos, once every product has a photo."""
    added = datagen.add_photos(path)
    log(f"  photos added to {added:,} products; measuring the start with photos …")
    app, bare, memory, _ = measure_start(path, user_id, repeat)
    shown, shown_memory = photos_shown(path, user_id, max(1, repeat // 2))
    return [
        Row(
            "start_photos",
            f"start to a usable sale screen, a photo on every product ({label})",
            "ms",
            app,
            bare,
            "PySide6 + SQLAlchemy, items in one QTableView",
            "ratio",
            1.3,
            "the start reads no photo: tiles ask for theirs once painted",
        ),
        Row(
            "photos_shown",
            "launch to the first screen of tiles showing their photos",
            "ms",
            shown,
            bare,
            "the bare start (no photos)",
            "",
            0.0,
            "read on a thread after the sale screen is up; the screen is usable before",
        ),
        Row(
            "memory_photos",
            f"resident memory with the first screen's photos shown ({label})",
            "MB",
            shown_memory,
            [],
            "",
            "max",
            250.0,
            f"at READY, before photos: median {sorted(memory)[len(memory) // 2]:.0f} MB",
        ),
    ]
