"""Tables in a column of blocks (:mod:`.layout`): figures that never collide, headings that come back.

The first column holds words (wrapped), the others figures, right-aligned.
Each figure column is as wide as its widest figure; the words take the
rest. When that leaves the words too little room (a 58 mm roll, amounts in
the hundreds of thousands) each row is printed as its name followed by one
line per figure instead, so no two amounts ever run into each other. A
table continued on a new page (A4) starts it with its heading row again,
and its last rows (the totals) stay together.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .layout import ASCENT, LEADING, Block, Layout, show, stringWidth, wrap
from .roll_text import TextLayout

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

WORDS_AT_LEAST = 0.28
"""Below this part of the column's width left for the words, rows are printed one figure a line."""


@dataclass(frozen=True)
class Row:
    """A table row: its cells, whether it is a totals row (bold), and a line printed under it."""

    cells: tuple[str, ...]
    bold: bool = False
    note: str = ""


def table(lay: Layout, headers: tuple[str, ...], rows: Sequence[Row], size: float, keep_end: int = 2) -> None:
    """Lay out a table under ``headers``; the last ``keep_end`` rows stay on one page."""
    if isinstance(lay, TextLayout):  # a thermal printer's text: columns of characters
        lay.table(headers, [(row.cells, row.bold, row.note) for row in rows], size)
        return
    widths = _figure_widths(lay, headers, rows, size)
    gap = size * 0.9
    room = lay.width - sum(widths) - gap * len(widths)
    if room < lay.width * WORDS_AT_LEAST:
        _stacked(lay, headers, rows, size, keep_end)
        return
    edges: list[float] = []
    x = lay.right
    for width in reversed(widths):
        edges.insert(0, x)
        x -= width + gap
    header = _row_block(lay, headers, edges, room, size, bold=True, underline=True)
    header.keep_with_next = True
    for index, row in enumerate(rows):
        block = _row_block(lay, row.cells, edges, room, size, bold=row.bold)
        block.header = header
        glued = len(rows) - keep_end <= index < len(rows) - 1  # the last rows (the totals) stay together
        block.keep_with_next = glued or bool(row.note)
        if row.note:
            lay.row(row.note, "", lay.paper.small, indent=size, keep_with_next=glued)
            lay.blocks[-1].header = header


def _figure_widths(lay: Layout, headers: tuple[str, ...], rows: Sequence[Row], size: float) -> list[float]:
    widths = []
    for column in range(1, len(headers)):
        cells = [(headers[column], True), *((r.cells[column], r.bold) for r in rows)]
        widths.append(max(stringWidth(text, (lay.bold if bold else lay.regular).name, size) for text, bold in cells))
    return widths


def _row_block(
    lay: Layout,
    cells: tuple[str, ...],
    edges: list[float],
    room: float,
    size: float,
    bold: bool = False,
    underline: bool = False,
) -> Block:
    face = lay.bold if bold else lay.regular
    lines = wrap(cells[0], face.name, size, room)
    leading = size * LEADING
    height = leading * len(lines) + (size * 0.35 if underline else 0)

    def draw(c: Canvas, top: float) -> None:
        for i, line in enumerate(lines):
            show(c, face, size, lay.left, top - i * leading - size * ASCENT, line)
        for cell, edge in zip(cells[1:], edges, strict=True):
            show(c, face, size, edge, top - size * ASCENT, cell, "right")
        if underline:
            c.saveState()
            c.setLineWidth(0.5)
            y = top - leading * len(lines) - size * 0.1
            c.line(lay.left, y, lay.right, y)
            c.restoreState()

    return lay.add(height, draw)


def _stacked(lay: Layout, headers: tuple[str, ...], rows: Sequence[Row], size: float, keep_end: int) -> None:
    """Each row as its name, then one line per figure (under its column's heading)."""
    for index, row in enumerate(rows):
        near_end = index >= len(rows) - keep_end and index < len(rows) - 1
        figures = [(headers[j], row.cells[j]) for j in range(1, len(headers)) if row.cells[j]]
        lay.row(row.cells[0], "", size, bold=True, keep_with_next=bool(figures) or near_end)
        for j, (heading, figure) in enumerate(figures):
            last = j == len(figures) - 1 and not row.note
            lay.row(heading, figure, size, bold=row.bold, indent=size, keep_with_next=not last or near_end)
        if row.note:
            lay.row(row.note, "", lay.paper.small, indent=size, keep_with_next=near_end)
        lay.space(size * 0.3, keep_with_next=near_end)
