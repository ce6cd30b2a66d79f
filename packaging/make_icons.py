"""Render the app icon ``resources/icons/mamakilla.svg`` for the installers.

Writes ``packaging/linux/mamakilla-pos.png`` (256 px, for the ``.desktop``
entry) and ``packaging/windows/mamakilla-pos.ico`` (16 to 256 px, for the
``.exe`` and the Windows installer). Rendering uses Qt's own SVG renderer, so
nothing needs to be downloaded. Run ``python packaging/make_icons.py`` after
changing the SVG; the results are committed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

PACKAGING = Path(__file__).resolve().parent
SVG = PACKAGING.parent / "resources" / "icons" / "mamakilla.svg"
PNG = PACKAGING / "linux" / "mamakilla-pos.png"
ICO = PACKAGING / "windows" / "mamakilla-pos.ico"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(size: int) -> QImage:
    """The app icon as a ``size``×``size`` image with transparency."""
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """``image`` as the 32-bit bitmap an ICO entry holds: BGRA rows bottom-up, then an empty AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in range(size - 1, -1, -1):
        row = bytearray()
        for x in range(size):
            argb = image.pixel(x, y)  # unpremultiplied 0xAARRGGBB
            row += struct.pack("<I", argb & 0xFFFFFFFF)  # little-endian gives B, G, R, A
        rows.append(bytes(row))
    mask_row = b"\x00" * (((size + 31) // 32) * 4)
    return header + b"".join(rows) + mask_row * size


def ico_bytes(sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """A Windows icon file with one entry per size (PNG for 256 px, bitmaps below, as Windows prefers)."""
    images = [(size, png_bytes(render(size)) if size >= 256 else dib_bytes(render(size))) for size in sizes]
    out = bytearray(struct.pack("<HHH", 0, 1, len(images)))
    offset = 6 + 16 * len(images)
    for size, data in images:
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        out += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    for _size, data in images:
        out += data
    return bytes(out)


def main() -> int:
    """Write the PNG and the ICO; print what changed."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    outputs = {PNG: png_bytes(render(256)), ICO: ico_bytes()}
    for path, data in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(PACKAGING.parent)} ({len(data)} bytes)")
        else:
            print(f"{path.relative_to(PACKAGING.parent)} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
