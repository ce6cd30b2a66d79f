"""The statement of a partner shop (estado de cuenta) as an A4 PDF: figures, then every line behind them.

Plain data in, PDF bytes out: the services turn a statement into titled
tables of text (the same tables the XLSX holds), this draws them.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from .fonts import register_fonts
from .report_parts import WIDTH, Styles, build, data_table, escape, kpi_tiles, numbered_canvas, section


@dataclass(frozen=True)
class StatementSection:
    """A titled table: text columns first (``left`` of them), then figures."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: tuple[str, ...] | None
    widths: tuple[float, ...]  # in mm, the first column takes what is left of the page
    left: int = 1
    empty: str = "Sin movimientos en el periodo."


@dataclass(frozen=True)
class StatementData:
    shop_name: str
    title: str
    subtitle: str
    tiles: tuple[tuple[str, str], ...]
    sections: tuple[StatementSection, ...]
    footer: str
    page: str = "página {page} de {pages}"


def _section(styles: Styles, part: StatementSection) -> list[Flowable]:
    if not part.rows:
        return section(styles, part.title, Paragraph(escape(part.empty), styles.note))
    widths = [WIDTH - sum(part.widths[1:]) * mm, *(w * mm for w in part.widths[1:])]
    table = data_table(styles, part.headers, part.rows, widths, part.total, left=part.left)
    return section(styles, part.title, table)


def build_partner_statement(data: StatementData) -> bytes:
    """The statement's pages: title, the figures as tiles, one table per section."""
    fonts = register_fonts()
    styles = Styles(fonts)
    story: list[Flowable] = [
        Paragraph(escape(data.shop_name), styles.subtitle),
        Paragraph(escape(data.title), styles.title),
        Paragraph(escape(data.subtitle), styles.subtitle),
        Spacer(1, 4 * mm),
        kpi_tiles(styles, data.tiles, columns=3),
    ]
    for part in data.sections:
        story += _section(styles, part)

    def footer(page: int, pages: int) -> tuple[str, str]:
        return data.footer, data.page.format(page=page, pages=pages)

    return build(story, data.title, numbered_canvas(footer, fonts))
