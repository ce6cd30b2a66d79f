"""Text on pictures drawn with Pillow (cards, a maker's statement): the shipped DejaVu fonts, lines that fit.

Pillow, not Qt, so the command line draws them without a display.
"""

from __future__ import annotations

import functools

from PIL import Image, ImageDraw, ImageFont

from .fonts import fonts_dir

Colour = tuple[int, int, int] | tuple[int, int, int, int]


@functools.lru_cache(maxsize=64)
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """DejaVu Sans (bold) at ``size`` pixels, from ``resources/fonts``."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(fonts_dir() / name), size)


def width(text: str, face: ImageFont.FreeTypeFont) -> float:
    return face.getlength(text)


def wrap(text: str, face: ImageFont.FreeTypeFont, room: float, lines: int) -> list[str] | None:
    """``text`` on at most ``lines`` lines of ``room`` pixels, split between words; ``None`` when it does not fit."""
    words = text.split()
    result: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if width(candidate, face) <= room:
            current = candidate
            continue
        if not current or width(word, face) > room:
            return None
        result.append(current)
        current = word
    if current:
        result.append(current)
    return result if len(result) <= lines else None


def fit(
    text: str, room: float, lines: int, largest: int, smallest: int, bold: bool = False
) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest size from ``largest`` down to ``smallest`` at which ``text`` fits in ``lines`` lines;
    at the smallest, the last line is cut with "…"."""
    for size in range(largest, smallest - 1, -2):
        face = font(size, bold)
        found = wrap(text, face, room, lines)
        if found is not None:
            return face, found
    face = font(smallest, bold)
    return face, _cut(text, face, room, lines)


def _cut(text: str, face: ImageFont.FreeTypeFont, room: float, lines: int) -> list[str]:
    result: list[str] = []
    words = text.split()
    while words and len(result) < lines:
        line = ""
        while words and width(f"{line} {words[0]}".strip(), face) <= room:
            line = f"{line} {words.pop(0)}".strip()
        if not line:  # one word wider than the room: cut it
            line, words[0] = words[0], ""
            words = [w for w in words if w]
        result.append(line)
    if words:
        last = result[-1]
        while last and width(last + "…", face) > room:
            last = last[:-1]
        result[-1] = last.rstrip() + "…"
    return result


def draw_lines(
    draw: ImageDraw.ImageDraw,
    lines: list[str],
    face: ImageFont.FreeTypeFont,
    x: float,
    y: float,
    fill: Colour,
    spacing: float = 1.15,
    anchor: str = "la",
) -> float:
    """Draw ``lines`` from ``y`` down; returns the ``y`` under the last one."""
    step = face.size * spacing
    for line in lines:
        draw.text((x, y), line, font=face, fill=fill, anchor=anchor)
        y += step
    return y


def rounded_box(draw: ImageDraw.ImageDraw, box: tuple[float, float, float, float], radius: float, fill: Colour) -> None:
    draw.rounded_rectangle(box, radius=radius, fill=fill)


def initials(name: str) -> str:
    """Two capital letters for a product without a photo: ``Bolso bordado`` → ``BB``."""
    words = [w for w in name.split() if w[:1].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    small = {"de", "del", "la", "el", "los", "las", "con", "y", "en", "para", "a"}
    telling = [w for w in words[1:] if w.casefold() not in small] or words[1:]
    return (words[0][0] + telling[0][0]).upper()


def placeholder(side: int, name: str, colour: Colour) -> Image.Image:
    """A square of ``colour`` with the product's initials, where the product has no photo."""
    image = Image.new("RGB", (side, side), colour[:3])
    draw = ImageDraw.Draw(image)
    face = font(side // 3, bold=True)
    draw.text((side / 2, side / 2), initials(name), font=face, fill=(255, 255, 255), anchor="mm")
    return image


PALETTE: tuple[tuple[int, int, int], ...] = (
    (176, 74, 52),
    (46, 110, 122),
    (122, 88, 150),
    (164, 120, 36),
    (64, 124, 72),
    (150, 62, 98),
    (58, 92, 150),
    (120, 104, 84),
)
"""Colours of categories on pictures without a photo: deep enough for white letters."""


def category_colour(category: str) -> tuple[int, int, int]:
    """A stable colour for a category (the same on every card and page)."""
    total = sum(ord(ch) for ch in category)
    return PALETTE[total % len(PALETTE)]
