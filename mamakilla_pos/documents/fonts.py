"""The DejaVu fonts shipped in ``resources/fonts``, registered with ReportLab once.

ReportLab's built-in fonts only know Latin-1; names of makers may hold any
Unicode letter, so every document embeds DejaVu (DESIGN.md §6).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from mamakilla_pos.paths import resource_dir

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"
MONO_BOLD = "DejaVuSansMono-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
    MONO_BOLD: "DejaVuSansMono-Bold.ttf",
}


class FontError(RuntimeError):
    """The shipped fonts cannot be found or read."""


@dataclass(frozen=True)
class Fonts:
    """Names under which the fonts are registered with ReportLab."""

    regular: str = SANS
    bold: str = SANS_BOLD
    mono: str = MONO
    mono_bold: str = MONO_BOLD


def fonts_dir() -> Path:
    """The folder that holds the TTF files.

    The installed package ``mamakilla_pos.resources`` is preferred; a source
    checkout that was not installed falls back to the top-level ``resources/``.
    """
    path = resource_dir("fonts")
    if path.is_dir():
        return path
    raise FontError("no se encuentran las fuentes DejaVu (resources/fonts)")


@functools.cache
def register_fonts() -> Fonts:
    """Register the four DejaVu faces and the two families, on first use only.

    Returns:
        The registered font names.

    Raises:
        FontError: a font file is missing or unreadable.
    """
    folder = fonts_dir()
    for name, filename in _FILES.items():
        try:
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        except Exception as exc:  # ReportLab raises plain exceptions for bad files
            raise FontError(f"no se pudo cargar la fuente {filename}: {exc}") from exc
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    pdfmetrics.registerFontFamily(MONO, normal=MONO, bold=MONO_BOLD, italic=MONO, boldItalic=MONO_BOLD)
    return Fonts()
