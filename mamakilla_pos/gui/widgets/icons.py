"""The app's icons: hand-drawn SVGs compiled into the Qt resource ``:/icons/<name>.svg``.

Importing this module registers the resource (``resources_rc``). The
one-colour icons draw every stroke in ``currentColor`` and set that colour
once on their outer group (plum, for light backgrounds), so :func:`icon` can
give the same drawing in another colour, for instance white on the dark
header. Icons are painted from the SVG at the size and pixel ratio asked for,
so they stay sharp on high-DPI screens.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QFile, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from .. import resources_rc  # noqa: F401  (registers :/icons)

APP_ICON = ":/icons/mamakilla.svg"
"""The app's own icon in colour: a golden crescent moon with a seam, on the night plum."""

NAMES = (
    "sale",
    "history",
    "cash",
    "makers",
    "products",
    "stock",
    "shares",
    "reports",
    "settings",
    "help",
    "lock",
    "moon",
    "users",
    "journal",
    "refund",
    "print",
)
"""The one-colour icons, each at ``:/icons/<name>.svg``."""

ON_DARK = "#F4EAF1"
"""The colour of icons on the dark header."""

_COLOUR = re.compile(rb'(<g\b[^>]*?\s)color="[^"]*"')
_DISABLED_OPACITY = 0.4


def icon_path(name: str) -> str:
    """The resource path of icon ``name``, e.g. ``:/icons/sale.svg``."""
    return f":/icons/{name}.svg"


def svg_data(name: str, color: str | None = None) -> bytes:
    """The SVG text of icon ``name``, its drawing colour replaced by ``color`` when given.

    Raises:
        KeyError: there is no such icon.
    """
    resource = QFile(icon_path(name))
    if not resource.open(QIODevice.OpenModeFlag.ReadOnly):
        raise KeyError(name)
    try:
        data = bytes(resource.readAll().data())
    finally:
        resource.close()
    if color is not None:
        data = _COLOUR.sub(lambda m: m.group(1) + b'color="' + color.encode("ascii") + b'"', data, count=1)
    return data


class SvgIconEngine(QIconEngine):
    """Paints an SVG at any size and device pixel ratio; disabled icons are drawn faded."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = data
        self._renderer = QSvgRenderer(QByteArray(data))

    def paint(self, painter: QPainter, rect, mode: QIcon.Mode, state: QIcon.State) -> None:  # type: ignore[no-untyped-def]
        painter.save()
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(_DISABLED_OPACITY)
        side = min(rect.width(), rect.height())
        square = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side)
        self._renderer.render(painter, square)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        pixmap = QPixmap(QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale))))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, pixmap.rect(), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._data)

    def key(self) -> str:
        return "mamakilla-svg"


_cache: dict[tuple[str, str | None], QIcon] = {}


def icon(name: str, color: str | None = None) -> QIcon:
    """Icon ``name`` (see :data:`NAMES`), in plum or in ``color`` (``"#RRGGBB"``), e.g. :data:`ON_DARK`.

    Raises:
        KeyError: there is no such icon.
    """
    key = (name, color)
    found = _cache.get(key)
    if found is None:
        found = QIcon(SvgIconEngine(svg_data(name, color)))
        _cache[key] = found
    return QIcon(found)


def app_icon() -> QIcon:
    """The window and task-bar icon: the golden moon of Mama Killa."""
    return icon("mamakilla")
