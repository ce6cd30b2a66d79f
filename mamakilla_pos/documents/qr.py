"""QR codes drawn as vector squares, encoded once per text.

Encoding a QR code in pure Python is the slow part of a receipt, and the
shop's catalogue link is the same on every receipt, so the module matrix and
the drawing built from it are cached per text and replayed on each canvas.
"""

from __future__ import annotations

import functools
import itertools

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

QUIET_ZONE = 4
"""Light modules around the symbol that scanners need (ISO/IEC 18004)."""

_LEVELS = {"L", "M", "Q", "H"}


@functools.lru_cache(maxsize=32)
def qr_matrix(text: str, level: str = "M") -> tuple[tuple[bool, ...], ...]:
    """Encode ``text`` and return its modules, row by row (``True`` is dark).

    Cached: the encoder runs once per (text, level).

    Raises:
        ValueError: empty text or an unknown error-correction level.
    """
    if not text:
        raise ValueError("un código QR necesita un texto")
    if level not in _LEVELS:
        raise ValueError(f"nivel de corrección QR desconocido: {level}")
    code = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
    code.addData(text)
    code.make()
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


@functools.lru_cache(maxsize=32)
def _unit_path(text: str, level: str) -> tuple[PDFPathObject, int]:
    """The dark modules as one path in module units, y growing downwards.

    Horizontal runs of dark modules become one rectangle each.
    """
    matrix = qr_matrix(text, level)
    path = PDFPathObject()
    for row_index, row in enumerate(matrix):
        column = 0
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                path.rect(column, row_index, length, 1)
            column += length
    return path, len(matrix)


def qr_size_in_modules(text: str, level: str = "M") -> int:
    """Width of the symbol in modules, quiet zone included."""
    return len(qr_matrix(text, level)) + 2 * QUIET_ZONE


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float, level: str = "M") -> None:
    """Draw the QR code of ``text`` as a ``size`` × ``size`` square, quiet zone included.

    Args:
        canvas: where to draw.
        text: what the code holds, e.g. the catalogue URL.
        x: left edge in points.
        y: bottom edge in points.
        size: side of the square in points.
        level: error-correction level, L, M, Q or H.
    """
    path, count = _unit_path(text, level)
    module = size / (count + 2 * QUIET_ZONE)
    canvas.saveState()
    # Module row 0 is the top: flip y so the cached path can stay in module units.
    canvas.transform(module, 0, 0, -module, x + QUIET_ZONE * module, y + size - QUIET_ZONE * module)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def clear_cache() -> None:
    """Forget every encoded code, e.g. after the catalogue link changed many times."""
    _unit_path.cache_clear()
    qr_matrix.cache_clear()
