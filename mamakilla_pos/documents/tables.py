"""A4 reports made of titled tables (day report and other summaries)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .fonts import register_fonts


@dataclass(frozen=True)
class Section:
    """A heading and a table; the first row is the header, later columns are right-aligned."""

    title: str
    rows: Sequence[Sequence[str]]


def build_table_report(title: str, subtitle: str, sections: Sequence[Section]) -> bytes:
    """An A4 PDF with a title, a subtitle and one table per section."""
    fonts = register_fonts()
    heading = ParagraphStyle("h", fontName=fonts.bold, fontSize=16, leading=20, spaceAfter=2 * mm)
    sub = ParagraphStyle("s", fontName=fonts.regular, fontSize=10, leading=13, textColor=colors.HexColor("#444444"))
    section_style = ParagraphStyle("h2", fontName=fonts.bold, fontSize=12, leading=15, spaceBefore=5 * mm)
    story: list[object] = [Paragraph(title, heading), Paragraph(subtitle, sub)]
    for section in sections:
        story.append(Paragraph(section.title, section_style))
        story.append(Spacer(1, 2 * mm))
        if len(section.rows) <= 1:
            story.append(Paragraph("Sin movimientos.", sub))
            continue
        table = Table([list(r) for r in section.rows], hAlign="LEFT", repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), fonts.regular, 10),
                    ("FONT", (0, 0), (-1, 0), fonts.bold, 10),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")]),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story.append(table)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=title,
        author="Mama Killa POS",
    )
    doc.build(story)
    return buffer.getvalue()
