"""The sale screen's catalogue, read ahead on another thread while the till starts.

The till starts this first thing (:func:`start`), before it loads SQLAlchemy,
its models or Qt's widgets, so the reading overlaps all of that; the
catalogue service takes the rows (:func:`take`) when they are for the
location it asks for, from a database at the revision the app opened it at,
and recent. Otherwise, or when anything goes wrong here, it reads as usual.

Only the standard library here: importing this module must cost the start
nothing.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from time import monotonic
from typing import Any

DEFAULT_TILL_LOCATION = "taller"  # the default of ShopSettings.till_location
MAX_AGE_S = 30.0

_ITEMS_JSON = """
SELECT json_group_array(json_array(id, code, product_id, name, category, price_cents, center_made, photo_path))
FROM (
  SELECT i.id, i.code, i.product_id, p.name, c.name AS category, p.price_cents, p.center_made, p.photo_path
  FROM items i JOIN products p ON p.id = i.product_id JOIN categories c ON c.id = p.category_id
  WHERE i.active AND p.active ORDER BY p.name, i.code
)
"""
_LINKS_JSON = (
    "SELECT json_group_array(json_array(item_id, maker_id, weight, position)),"
    " (SELECT json_group_array(json_array(id, name)) FROM makers) FROM item_makers"
)
_STOCK_JSON = """
SELECT json_group_array(item_id), json_group_array(total) FROM (
  SELECT item_id, sum(quantity) AS total FROM stock_movements WHERE location_id = ? GROUP BY item_id
)
"""

Catalogue = tuple[list[Any], dict[int, str], list[Any], dict[int, int]]
"""The item rows, the makers' names by id, the rows of ``item_makers`` and the stock by item id."""


class _ReadAhead:
    """The catalogue read from the SQLite file on another thread, as JSON text.

    Each read is one row of JSON made inside SQLite, and the text is parsed
    only when taken: the thread hardly needs the interpreter (SQLite runs
    without its lock), so it does not slow the main thread's own start-up,
    imports and building the window, which it overlaps.
    """

    def __init__(self, path: Path, location_code: str | None) -> None:
        self.location_code = location_code
        self.revision: str | None = None
        self.started = monotonic()
        self.text: tuple[str, str, str, str, str] | None = None
        self.thread = threading.Thread(target=self._read, args=(path,), name="catalogue-read-ahead", daemon=True)
        self.thread.start()

    def _read(self, path: Path) -> None:
        try:
            connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.Error:
            return
        try:
            connection.execute("PRAGMA busy_timeout=10000")
            connection.execute("BEGIN")  # one snapshot for every read
            (self.revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if self.location_code is None:
                stored = connection.execute("SELECT value FROM settings WHERE key = 'till_location'").fetchone()
                self.location_code = stored[0] if stored else DEFAULT_TILL_LOCATION
            found = connection.execute("SELECT id FROM locations WHERE code = ?", (self.location_code,)).fetchone()
            if found is None:
                return  # the ordinary path says what is wrong
            (items,) = connection.execute(_ITEMS_JSON).fetchone()
            links, names = connection.execute(_LINKS_JSON).fetchone()
            ids, totals = connection.execute(_STOCK_JSON, (found[0],)).fetchone()
            connection.execute("COMMIT")
        except (sqlite3.Error, TypeError):  # TypeError: no revision row
            return
        finally:
            connection.close()
        self.text = (items, links, names, ids, totals)

    def result(self) -> Catalogue | None:
        """The catalogue as Python data, parsed now (on the thread that takes it)."""
        if self.text is None:
            return None
        items, links, names, ids, totals = self.text
        rows = json.loads(items)
        stock = {item_id: int(total) for item_id, total in zip(json.loads(ids), json.loads(totals), strict=True)}
        if any(_order_key(a) > _order_key(b) for a, b in itertools.pairwise(rows)):
            rows.sort(key=_order_key)  # the aggregate kept the sub-query's order, as SQLite does; if not, sort
        return rows, dict(json.loads(names)), json.loads(links), stock


def _order_key(row: Sequence[Any]) -> tuple[str, str]:
    return row[3], row[1]  # product name, code: ORDER BY p.name, i.code (both compare by code point)


_pending: dict[str, _ReadAhead] = {}


def start(path: Path | None, location_code: str | None = None) -> None:
    """Start reading the catalogue at ``location_code`` (this till's location when ``None``) from ``path``.

    Does nothing for ``None`` (not a SQLite file), a file that is not there
    yet, or while a read of the same file is waiting to be taken.
    """
    if path is not None and str(path) not in _pending and path.is_file():
        _pending[str(path)] = _ReadAhead(path, location_code)


def take(path: Path | None, location_code: str | None, revision: str) -> Catalogue | None:
    """The catalogue read ahead from ``path``, once: when it is for ``location_code``,
    from the database at ``revision`` and recent; else ``None``."""
    early = _pending.pop(str(path), None) if path is not None else None
    if early is None:
        return None
    early.thread.join()
    if early.location_code != location_code or early.revision != revision or monotonic() - early.started > MAX_AGE_S:
        return None
    return early.result()


def forget(path: Path | None) -> None:
    """Drop what is read from ``path``, once the thread has let go of the file (it may be replaced)."""
    early = _pending.pop(str(path), None) if path is not None else None
    if early is not None:
        early.thread.join()
