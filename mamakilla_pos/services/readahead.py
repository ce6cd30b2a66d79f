"""The sale screen's catalogue, read ahead on another thread while the till starts.

The till starts this first thing (:func:`start`), before it loads SQLAlchemy,
its models or Qt's widgets, so the reading overlaps all of that; the sale
screen's catalogue (:mod:`.till_catalogue`) takes the rows (:func:`take`)
when they are for the location it asks for, from a database at the revision the app opened it at,
and recent. Otherwise, or when anything goes wrong here, it reads as usual.

Only the standard library here: importing this module must cost the start
nothing.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path
from time import monotonic
from typing import Any

DEFAULT_TILL_LOCATION = "taller"  # the default of ShopSettings.till_location
ENV_TILL = "MAMAKILLA_TILL"  # as mamakilla_pos.machine names it
# This till's home: the till named, else the file's own, else the shop's only till (see machine).
_HOME = """
SELECT l.code FROM tills t JOIN locations l ON l.id = t.location_id
WHERE t.code = coalesce(nullif(?, ''), (SELECT till_code FROM this_till WHERE id = 1),
                        (SELECT code FROM tills WHERE (SELECT count(*) FROM tills) = 1))
"""
MAX_AGE_S = 30.0

_ITEMS = """
SELECT group_concat(json_array(id, code, product_id, name, category, price_cents, center_made, makers,
                               stock), char(10)),
       group_concat(ordinal),
       json_group_array(DISTINCT category),
       (SELECT json_group_array(json_array(id, name)) FROM makers)
FROM (
  SELECT i.id, i.code, i.product_id, p.name, c.name AS category, p.price_cents, p.center_made,
         coalesce((SELECT group_concat(maker_id || ':' || weight, ' ')
                   FROM (SELECT maker_id, weight FROM item_makers WHERE item_id = i.id ORDER BY position)), '')
           AS makers,
         coalesce((SELECT sum(quantity) FROM stock_movements s WHERE s.item_id = i.id AND s.location_id = ?), 0)
           AS stock,
         row_number() OVER (ORDER BY p.name, i.code) AS ordinal
  FROM items i JOIN products p ON p.id = i.product_id JOIN categories c ON c.id = p.category_id
  WHERE i.active AND p.active ORDER BY p.name, i.code
)
"""
"""Each item's row as JSON text, one a line (JSON text holds no raw line break); the rows' places in
``ORDER BY p.name, i.code`` in the order the rows came; the categories; the makers' names."""


class Catalogue:
    """The catalogue as read ahead: what :class:`.till_catalogue.TillItems` is made of.

    Attributes:
        rows: each item's row (see :data:`.till_catalogue.Row`), still as JSON text, by product name and code.
        maker_names: the makers' names by id.
        categories: the categories of the items.
    """

    __slots__ = ("categories", "maker_names", "rows")

    def __init__(self, rows: list[Any], maker_names: dict[int, str], categories: list[str]) -> None:
        self.rows = rows
        self.maker_names = maker_names
        self.categories = categories


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
        self.text: tuple[str | None, str | None, str, str] | None = None
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
                stored = connection.execute(_HOME, (os.environ.get(ENV_TILL, "").strip().upper(),)).fetchone()
                self.location_code = stored[0] if stored else DEFAULT_TILL_LOCATION
            found = connection.execute("SELECT id FROM locations WHERE code = ?", (self.location_code,)).fetchone()
            if found is None:
                return  # the ordinary path says what is wrong
            items = connection.execute(_ITEMS, (found[0],)).fetchone()
            connection.execute("COMMIT")
        except (sqlite3.Error, TypeError):  # TypeError: no revision row
            return
        finally:
            connection.close()
        self.text = items

    def result(self) -> Catalogue | None:
        """The catalogue as Python data: the rows split apart, each left as JSON text until used."""
        if self.text is None:
            return None
        items, ordinals, categories, names = self.text
        rows: list[Any] = items.split("\n") if items else []
        if ordinals and ordinals != ",".join(map(str, range(1, len(rows) + 1))):
            # The aggregate kept the sub-query's order, as SQLite does; if not, put the rows in order.
            places = [int(place) for place in ordinals.split(",")]
            rows = [row for _, row in sorted(zip(places, rows, strict=True))]
        return Catalogue(rows, {int(k): v for k, v in json.loads(names)}, json.loads(categories))


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
