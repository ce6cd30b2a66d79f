"""The sale screen's tile photos: read only when a tile is painted, off the start and off the GUI thread.

Starting the till reads no photo at all. The first tile painted asks for its
product's photo: a reading thread then learns which products have a photo
(from an index, no picture read), reads the small size of those whose tiles
were painted, decodes them and scales them to their tiles; the screen is
repainted when they are ready, and painting a tile is then only drawing a
picture already made. Pictures are kept in a cache of bounded size, so
20,000 products with photos cost the memory of a few screens of tiles.
"""

from __future__ import annotations

import contextlib
import io
import logging
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPixmap

from ..services import main_photos
from ..store import Store

log = logging.getLogger(__name__)

CACHE_TILES = 240
"""Tile pictures kept in memory: about four screens of tiles."""

Key = tuple[int, int, int]
"""(product id, width, height) of a tile's picture."""


class TilePhotos(QObject):
    """Photos for product tiles, by product id and tile size, loaded on demand.

    Signals:
        ready(): some photos asked for are now in memory (repaint the tiles).
    """

    ready = Signal()
    _read = Signal(object)  # (generation, products with a photo, {key: QImage}), from the reading thread

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._with_photo: set[int] | None = None
        self._pixmaps: OrderedDict[Key, QPixmap] = OrderedDict()
        self._asked: set[Key] = set()
        self._wanted: set[Key] = set()
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tile-photos")
        self._scheduled = False  # a read is queued or under way (it takes what is wanted until none is left)
        self._generation = 0
        self._read.connect(self._arrived, Qt.ConnectionType.QueuedConnection)

    def pixmap(self, product_id: int, size: QSize) -> QPixmap | None:
        """The product's main photo covering ``size``, when it is in memory; else ``None``
        (and it is asked for, when the product has a photo)."""
        key = (product_id, size.width(), size.height())
        found = self._pixmaps.get(key)
        if found is not None:
            self._pixmaps.move_to_end(key)
            return found
        self._ask(key)
        return None

    def settled(self) -> bool:
        """Whether everything asked for so far has been read (or found to have no photo)."""
        with self._lock:
            return self._with_photo is not None and not self._scheduled

    def forget(self) -> None:
        """Photos changed (or the catalogue was reloaded): read everything again when next painted."""
        with self._lock:
            self._generation += 1
            self._with_photo = None
            self._wanted.clear()
            self._scheduled = False
        self._asked.clear()
        self._pixmaps.clear()

    def close(self) -> None:
        """Stop the reading thread (waits for a read under way)."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _ask(self, key: Key) -> None:
        if key in self._asked:
            return
        if self._with_photo is not None and key[0] not in self._with_photo:
            return  # known to have no photo: nothing to read
        self._asked.add(key)
        with self._lock:
            self._wanted.add(key)
            if self._scheduled:
                return
            self._scheduled = True
            generation = self._generation
        with contextlib.suppress(RuntimeError):  # shut down: the screen is closing
            self._pool.submit(self._read_wanted, generation)

    def _read_wanted(self, generation: int) -> None:
        """On the reading thread: which products have photos (once), then the tiles asked for, until none is left."""
        try:
            with self._lock:
                known = self._with_photo
            if known is None:
                known = main_photos.owners_with_photos(self.store)
            while True:
                with self._lock:
                    if generation != self._generation:
                        return
                    self._with_photo = known
                    batch = [key for key in self._wanted if key[0] in known]
                    self._wanted.clear()
                    if not batch:
                        self._scheduled = False
                        return
                self._read.emit((generation, known, self._images(batch)))
        except Exception:  # a photo that cannot be read leaves its tile with its initials, never a crash
            log.warning("tile photos could not be read", exc_info=True)
            with self._lock:
                self._scheduled = False

    def _images(self, keys: list[Key]) -> dict[Key, QImage]:
        """The tiles' pictures, decoded and scaled to cover each tile."""
        tiles = main_photos.main_tiles(self.store, {key[0] for key in keys})
        images = {}
        for key in keys:
            data = tiles.get(key[0])
            image = _covering(data, key[1], key[2]) if data is not None else None
            if image is not None:
                images[key] = image
        return images

    @Slot(object)
    def _arrived(self, result: tuple[int, set[int], dict[Key, QImage]]) -> None:
        generation, known, images = result
        if generation != self._generation:
            return
        self._with_photo = known
        for key, image in images.items():
            self._pixmaps[key] = QPixmap.fromImage(image)
        while len(self._pixmaps) > CACHE_TILES:
            old, _ = self._pixmaps.popitem(last=False)
            self._asked.discard(old)  # read again from the database when it is painted again
        if images:
            self.ready.emit()


def _covering(data: bytes, width: int, height: int) -> QImage | None:
    """``data`` (a stored tile: JPEG or WebP) scaled to cover ``width`` × ``height``; ``None`` when unreadable.

    Decoded and scaled by Pillow, which lets go of the interpreter while it
    works; Qt's own image readers on this thread would probe their plugins,
    whose signal connections wait on a lock the GUI thread may hold while it
    waits for the interpreter (a deadlock seen in the tests). The QImage is
    then only made from the finished pixels.
    """
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as opened:
            picture = opened.convert("RGB")
    except (OSError, UnidentifiedImageError, ValueError):
        return None
    scale = max(width / picture.width, height / picture.height)
    size = (max(1, round(picture.width * scale)), max(1, round(picture.height * scale)))
    picture = picture.resize(size, Image.Resampling.LANCZOS)
    pixels = picture.tobytes()
    return QImage(pixels, size[0], size[1], size[0] * 3, QImage.Format.Format_RGB888).copy()
