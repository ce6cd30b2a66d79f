"""The women of the year in the impact report: each one's photo over her name, six to a row."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, Table, TableStyle

from .report_parts import WIDTH, Styles, escape

PER_ROW = 6
SIDE = 24 * mm


def faces_table(styles: Styles, portraits: Sequence[tuple[str, bytes]]) -> Table:
    """A grid of the makers' photos (JPEG bytes, square) with each name centred under hers."""
    name_style = ParagraphStyle("face", parent=styles.cell, alignment=TA_CENTER)
    cells: list[object] = []
    for name, picture in portraits:
        cells.append([Image(io.BytesIO(picture), SIDE, SIDE), Paragraph(escape(name), name_style)])
    rows = [cells[start : start + PER_ROW] for start in range(0, len(cells), PER_ROW)]
    rows[-1] += [""] * (PER_ROW - len(rows[-1]))
    table = Table(rows, colWidths=[WIDTH / PER_ROW] * PER_ROW, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.fonts.regular, 8.5),  # empty cells too: never Helvetica
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table
