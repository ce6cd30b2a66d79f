"""A column of blocks of known height: how roll documents (receipts, refund notes, Z reports) are laid out.

A document is laid out first into blocks whose height is known before
anything is drawn, then painted: a roll (80 mm, 58 mm) gets one page exactly
as tall as the content, A4 as many pages as needed, never splitting a group
of blocks marked to stay together.

Thermal paper prints black only (DESIGN.md §6): nothing here draws grey.
ReportLab is imported when a document is first built, not when the till
starts (the sale and history screens import the receipt): DESIGN.md §8.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

mm = 72.0 / 2.54 * 0.1  # exactly reportlab.lib.units.mm
A4 = (210 * mm, 297 * mm)  # reportlab.lib.pagesizes.A4

PAPERS = ("80mm", "58mm", "A4")

PRINTABLE_58MM = 48 * mm
"""What most 58 mm printers print: the central 48 mm of the roll."""


@dataclass(frozen=True)
class Paper:
    """A paper's width, margins, font sizes (points) and QR sizes (large and small)."""

    width: float
    margin: float
    top: float
    bottom: float
    body: float
    small: float
    title: float
    big: float
    qr: float
    qr_small: float
    roll: bool


PAPER_SIZES = {
    "80mm": Paper(80 * mm, 4 * mm, 4 * mm, 8 * mm, 8.5, 7.2, 12.5, 12.5, 28 * mm, 17 * mm, True),
    # 5.25 mm each side: 47.5 mm of content, inside the 48 mm a 58 mm printer prints.
    "58mm": Paper(58 * mm, 5.25 * mm, 3 * mm, 8 * mm, 7.4, 6.4, 10.5, 10.5, 24 * mm, 16 * mm, True),
    "A4": Paper(A4[0], 25 * mm, 20 * mm, 20 * mm, 10.5, 9, 17, 15, 32 * mm, 22 * mm, False),
}

LEADING = 1.28
ASCENT = 0.96  # baseline drop below a line's top, in font sizes, for DejaVu


@dataclass(eq=False)
class Block:
    """Something drawn at ``top`` (points from the page's bottom) that takes ``height`` points.

    ``keep_with_next`` keeps it on the same page as the next block;
    ``header`` is the heading row of the table it belongs to, drawn again
    at the top of a page the table continues on.
    """

    height: float
    draw: Callable[[Canvas, float], None]
    keep_with_next: bool = False
    header: Block | None = None


@dataclass(frozen=True)
class Face:
    """A registered font, optionally emboldened by stroking its outlines.

    Roll documents are the hot path (DESIGN.md §8): every embedded TrueType
    face costs a subset per PDF, so their bold is the regular face drawn with
    a thin outline, which a thermal head prints just as dark.
    """

    name: str
    embolden: bool = False


EMBOLDEN = 0.055  # outline width, in font sizes, of emboldened text


@functools.lru_cache(maxsize=8192)
def stringWidth(text: str, font: str, size: float) -> float:  # ReportLab's name, kept for its callers
    """Width of ``text`` in points; cached, as the same texts come back on every receipt."""
    from reportlab.pdfbase.pdfmetrics import stringWidth as measure

    return measure(text, font, size)


def show(c: Canvas, face: Face, size: float, x: float, y: float, text: str, align: str = "left") -> None:
    """Draw one line of text; ``align`` is where ``x`` is: left, right or centre."""
    if align != "left":
        width = stringWidth(text, face.name, size)
        x -= width if align == "right" else width / 2
    if not face.embolden:
        c.setFont(face.name, size)
        c.drawString(x, y, text)
        return
    c.saveState()
    c.setLineWidth(size * EMBOLDEN)
    c.setLineJoin(1)
    t = c.beginText(x, y)
    t.setFont(face.name, size)
    t.setTextRenderMode(2)
    t.textOut(text)
    c.drawText(t)
    c.restoreState()


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Split ``text`` into lines no wider than ``width`` points.

    Breaks at spaces; a word wider than the whole line is broken between
    letters, so nothing is ever cut off.
    """
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while stringWidth(line, font, size) > width and len(line) > 1:
                cut = len(line) - 1
                while cut > 1 and stringWidth(line[:cut], font, size) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return lines


def nothing(c: Canvas, top: float) -> None:
    """The drawing of an empty space."""
    return None


@dataclass
class Layout:
    """Blocks of known height, stacked top to bottom in a column."""

    paper: Paper
    regular: Face
    bold: Face
    blocks: list[Block] = field(default_factory=list)

    @property
    def left(self) -> float:
        return self.paper.margin

    @property
    def right(self) -> float:
        return self.paper.width - self.paper.margin

    @property
    def width(self) -> float:
        return self.right - self.left

    def measure(self, text: str, size: float) -> float:
        """Width of ``text`` in the regular face at ``size``, in points."""
        return stringWidth(text, self.regular.name, size)

    def add(self, height: float, draw: Callable[[Canvas, float], None], keep_with_next: bool = False) -> Block:
        block = Block(height, draw, keep_with_next)
        self.blocks.append(block)
        return block

    def space(self, height: float, keep_with_next: bool = False) -> None:
        self.add(height, nothing, keep_with_next)

    def keep_last_with_next(self, count: int = 1) -> None:
        """Keep the ``count`` blocks added last on the same page as the block that comes next."""
        for block in self.blocks[-count:]:
            block.keep_with_next = True

    def heading(self, text: str, size: float) -> None:
        """A bold section title kept with what follows: on a light band on A4, over a black rule on a roll.

        Thermal paper prints no grey (DESIGN.md §6): a band would dither.
        """
        height = size * 1.75
        face = self.bold
        roll = self.paper.roll

        def draw(c: Canvas, top: float) -> None:
            c.saveState()
            if roll:
                c.setLineWidth(0.9)
                c.line(self.left, top - height + size * 0.2, self.right, top - height + size * 0.2)
                show(c, face, size, self.left, top - height / 2 - size * 0.36, text)
            else:
                c.setFillColorRGB(0.88, 0.88, 0.88)
                c.rect(self.left, top - height + size * 0.15, self.width, height - size * 0.3, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
                show(c, face, size, self.left + size * 0.4, top - height / 2 - size * 0.36, text)
            c.restoreState()

        self.space(size * 0.5, keep_with_next=True)
        self.add(height, draw, keep_with_next=True)

    def mono(self, text: str, size: float, font: str) -> None:
        """Monospaced text centred in as many lines as it needs (a journal hash)."""
        fits = max(8, int(self.width / stringWidth("0", font, size)))
        # Equal halves (or quarters) are easier to read out and compare than a ragged split.
        per_line = len(text) or 1
        while per_line > fits:
            per_line = (per_line + 1) // 2
        lines = [text[i : i + per_line] for i in range(0, len(text), per_line)] or [""]
        leading = size * LEADING
        middle = (self.left + self.right) / 2

        def draw(c: Canvas, top: float) -> None:
            c.setFont(font, size)
            for i, line in enumerate(lines):
                c.drawCentredString(middle, top - i * leading - size * ASCENT, line)

        self.add(leading * len(lines), draw)

    def signatures(self, labels: tuple[str, ...], size: float) -> None:
        """Lines to sign on, side by side, with a caption under each."""
        gap = size * 2
        width = (self.width - gap * (len(labels) - 1)) / len(labels)
        height = size * 6

        def draw(c: Canvas, top: float) -> None:
            c.saveState()
            c.setLineWidth(0.6)
            for i, label in enumerate(labels):
                x = self.left + i * (width + gap)
                y = top - size * 4
                c.line(x, y, x + width, y)
                show(c, self.regular, size, x + width / 2, y - size * 1.2, label, "centre")
            c.restoreState()

        self.add(height, draw)

    def centered(self, text: str, size: float, bold: bool = False, keep_with_next: bool = False) -> None:
        """Centred text, wrapped to the column."""
        face = self.bold if bold else self.regular
        lines = wrap(text, face.name, size, self.width)
        leading = size * LEADING
        middle = (self.left + self.right) / 2

        def draw(c: Canvas, top: float) -> None:
            for i, line in enumerate(lines):
                show(c, face, size, middle, top - i * leading - size * ASCENT, line, "centre")

        self.add(leading * len(lines), draw, keep_with_next)

    def row(
        self,
        left: str,
        right: str,
        size: float,
        bold: bool = False,
        indent: float = 0,
        hanging: float = 0,
        keep_with_next: bool = False,
    ) -> None:
        """Text on the left, wrapped, and an amount right-aligned on its first line.

        When the amount leaves too little room, it goes on a line of its own.

        Args:
            indent: where the left text starts, from the column's left edge.
            hanging: further indent of the wrapped continuation lines.
        """
        face = self.bold if bold else self.regular
        right_width = stringWidth(right, face.name, size) if right else 0.0
        gap = size * 0.8 if right else 0.0
        room = self.width - indent - right_width - gap
        right_alone = room < self.width * 0.4
        if right_alone:
            room = self.width - indent
        first, *rest = wrap(left, face.name, size, room)
        lines = [first, *wrap(" ".join(rest), face.name, size, room - hanging)] if rest else [first]
        leading = size * LEADING
        x = self.left + indent

        def draw(c: Canvas, top: float) -> None:
            for i, line in enumerate(lines):
                show(c, face, size, x + (hanging if i else 0), top - i * leading - size * ASCENT, line)
            if right:
                at = len(lines) if right_alone else 0
                show(c, face, size, self.right, top - at * leading - size * ASCENT, right, "right")

        self.add(leading * (len(lines) + right_alone), draw, keep_with_next)

    def rule(self, pad: float = 3.0) -> None:
        """A dashed line across the column with ``pad`` points above and below."""

        def draw(c: Canvas, top: float) -> None:
            c.saveState()
            c.setLineWidth(0.6)
            c.setDash(2, 1.6)
            c.line(self.left, top - pad, self.right, top - pad)
            c.restoreState()

        self.add(2 * pad, draw)

    def banner(self, text: str, size: float) -> None:
        """White bold text in a black bar: for COPIA, which must not be missed."""
        height = size * 1.7

        def draw(c: Canvas, top: float) -> None:
            c.saveState()
            c.setFillColorRGB(0, 0, 0)
            c.rect(self.left, top - height, self.width, height, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setStrokeColorRGB(1, 1, 1)
            middle = (self.left + self.right) / 2
            show(c, self.bold, size, middle, top - height / 2 - size * 0.36, text, "centre")
            c.restoreState()

        self.add(height, draw)

    def qr(self, url: str, size: float) -> None:
        """The QR code of ``url``, centred."""
        x = (self.left + self.right - size) / 2

        def draw(c: Canvas, top: float) -> None:
            from .qr import draw_qr

            draw_qr(c, url, x, top - size, size)

        self.add(size, draw)

    def qr_beside(self, url: str, caption: str, size: float, text_size: float) -> None:
        """A small QR code on the left, its caption and ``url`` wrapped beside it."""
        room = self.width - size - text_size * 0.6
        lines = [*wrap(caption, self.regular.name, text_size, room), *wrap(url, self.regular.name, text_size, room)]
        leading = text_size * LEADING
        height = max(size, leading * len(lines))
        x = self.left + size + text_size * 0.6

        def draw(c: Canvas, top: float) -> None:
            from .qr import draw_qr

            draw_qr(c, url, self.left, top - size, size)
            first = top - (height - leading * len(lines)) / 2
            for i, line in enumerate(lines):
                show(c, self.regular, text_size, x, first - i * leading - text_size * ASCENT, line)

        self.add(height, draw)

    def signature(self, caption: str, size: float, width: float | None = None) -> None:
        """A line to sign on, centred, with ``caption`` under it."""
        line_width = width or self.width * 0.8
        height = size * 6.5

        def draw(c: Canvas, top: float) -> None:
            middle = (self.left + self.right) / 2
            y = top - size * 4.2
            c.saveState()
            c.setLineWidth(0.6)
            c.line(middle - line_width / 2, y, middle + line_width / 2, y)
            c.restoreState()
            show(c, self.regular, size, middle, y - size * 1.3, caption, "centre")

        self.add(height, draw)


def pages_of(lay: Layout, usable: float) -> list[list[Block]]:
    """Split blocks into pages of ``usable`` height.

    Blocks marked to stay with the next one go to the next page together;
    a group taller than a page breaks where it must. A table row that
    starts a page has its table's heading row drawn above it again.
    """
    pages: list[list[Block]] = [[]]
    used = 0.0
    i = 0
    blocks = lay.blocks
    while i < len(blocks):
        group = [blocks[i]]
        while group[-1].keep_with_next and i + len(group) < len(blocks):
            group.append(blocks[i + len(group)])
        if sum(b.height for b in group) > usable:
            group = [blocks[i]]
        height = sum(b.height for b in group)
        if used + height > usable and pages[-1]:
            pages.append([])
            used = 0.0
        header = group[0].header
        if not pages[-1] and len(pages) > 1 and header is not None and header is not group[0]:
            pages[-1].append(header)
            used += header.height
        pages[-1].extend(group)
        used += height
        i += len(group)
    return pages
