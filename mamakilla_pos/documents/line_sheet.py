"""The line sheet for partner shops: each product with its photo, its price to the public and what the
partner pays us once it keeps its commission.

An A4 report in the conventions of the others (:mod:`.report_parts`): the
shop's name and contact, one table per category whose heading row repeats
on a new page, numbered pages. Plain data in, PDF bytes out.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Image as PdfImage
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from ..domain.consignment import partner_price
from .catalogue_pdf import Contact, Listed
from .fonts import register_fonts
from .report_parts import INK, MUTED, RULE, SHADE, SPANISH, WIDTH, Styles, build, escape, numbered_canvas, section

PHOTO = 20 * mm


@dataclass(frozen=True)
class LineSheetRow:
    """A product on the line sheet: its codes (the items' tags) and the photo's small size."""

    listed: Listed
    codes: tuple[str, ...]


TileSource = Callable[[Sequence[int]], Mapping[int, bytes]]
"""Given product ids, the small size (JPEG) of the main photo of those that have one."""


def _percent(commission: Decimal) -> str:
    return SPANISH.percent(commission / 100, 0 if commission == commission.to_integral_value() else 2)


def _table(styles: Styles, rows: Sequence[LineSheetRow], commission: Decimal, tiles: Mapping[int, bytes]) -> Table:
    fonts = styles.fonts
    header: list[object] = ["", "Producto", "Precio al público", f"Comisión ({_percent(commission)})", "Nos paga"]
    body: list[list[object]] = [header]
    for row in rows:
        entry = row.listed
        ours = partner_price(entry.price, commission)
        tile = tiles.get(entry.product_id)
        picture: object = PdfImage(io.BytesIO(tile), PHOTO, PHOTO) if tile else ""
        text = f"<b>{escape(entry.name)}</b>"
        if entry.credit:
            text += f"<br/>hecho por {escape(entry.credit)}"
        if row.codes:
            text += f"<br/><font size=7 color='#555555'>{escape(' · '.join(row.codes))}</font>"
        body.append(
            [
                picture,
                Paragraph(text, styles.cell),
                SPANISH.money(entry.price),
                SPANISH.money(entry.price - ours),
                SPANISH.money(ours),
            ]
        )
    widths = [PHOTO + 4, WIDTH - PHOTO - 4 - 3 * 30 * mm, 30 * mm, 30 * mm, 30 * mm]
    table = Table(body, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.regular, 9),
                ("FONT", (0, 0), (-1, 0), fonts.bold, 7.8),
                ("FONT", (-1, 1), (-1, -1), fonts.bold, 9.5),
                ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def line_sheet_pdf(
    rows: Sequence[LineSheetRow],
    contact: Contact,
    commission: Decimal,
    tiles: TileSource,
    today: date,
    progress: Callable[[int, int], object] | None = None,
) -> bytes:
    """The line sheet of ``rows`` (in order: by category, then name) for a partner keeping ``commission`` %."""
    fonts = register_fonts()
    styles = Styles(fonts)
    story: list[Flowable] = [
        Paragraph(escape(f"{contact.name} · lista de precios para tiendas aliadas"), styles.title),
        Spacer(1, 1.5 * mm),
        Paragraph(
            escape(
                f"Comisión de la tienda: {_percent(commission)} del precio al público. "
                f"«Nos paga» es lo que la tienda paga a {contact.name} por cada pieza vendida. "
                f"Precios en soles, vigentes al {SPANISH.day(today)}."
            ),
            styles.subtitle,
        ),
    ]
    reach = " · ".join(
        part
        for part in (
            contact.address,
            f"WhatsApp {contact.phone}" if contact.phone else "",
            contact.instagram_handle,
        )
        if part
    )
    if reach:
        story.append(Paragraph(escape(reach), styles.subtitle))
    categories: list[tuple[str, list[LineSheetRow]]] = []
    for row in rows:
        if not categories or categories[-1][0] != row.listed.category:
            categories.append((row.listed.category, []))
        categories[-1][1].append(row)
    if not categories:
        story.append(Paragraph("No hay productos en la lista.", styles.body))
    for done, (category, members) in enumerate(categories, start=1):
        pictures = tiles([r.listed.product_id for r in members])
        story += section(styles, category, _table(styles, members, commission, pictures))
        if progress is not None:
            progress(done, len(categories))

    def footer(page: int, pages: int) -> tuple[str, str]:
        return f"{contact.name} · tiendas aliadas · comisión {_percent(commission)}", f"página {page} de {pages}"

    return build(story, f"Lista de precios · {contact.name}", numbered_canvas(footer, fonts))
