"""The packing slip of a transfer list, and the return slip of a fair (A4).

Plain data in, PDF bytes out. The packing slip lists what leaves one place
for another, with a box to tick per line as it arrives and two signature
lines. The return slip of a fair says, per item, what went out to the
stand, what was sold there, what adjustments changed, what came back and
what the system still holds there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from ..domain.language import TRUE_MINUS, Formats
from ..domain.stands import units_left
from .fonts import register_fonts
from .report_parts import INK, MUTED, SHADE, WIDTH, Styles, build, escape, numbered_canvas

TEXTS = {
    "es": {
        "title": "LISTA DE TRASLADO",
        "title_return": "RETORNO DE FERIA",
        "number": "N.º {number}",
        "date": "Fecha",
        "from": "Desde",
        "to": "Hacia",
        "prepared": "Preparó",
        "approved": "Aprobó",
        "approved_note": "{name} (más unidades de las que había)",
        "note": "Nota",
        "since": "Salida a la feria desde",
        "col_n": "N.º",
        "col_code": "Código",
        "col_product": "Producto",
        "col_makers": "Hecho por",
        "col_units": "Cant.",
        "col_check": "Llegó",
        "col_before": "Había",
        "col_sent": "Salió",
        "col_sold": "Vendido",
        "col_other": "Ajustes",
        "col_returned": "Volvió",
        "col_left": "Queda",
        "total": "Total",
        "summary": "{units} unidades de {items} artículos",
        "summary_one": "{units} unidad",
        "summary_one_item": "{units} unidades de un artículo",
        "left_warning": "Quedan {units} unidades sin volver a {place}: cuéntelas o regístrelas con un ajuste.",
        "left_warning_one": "Queda 1 unidad sin volver a {place}: cuéntela o regístrela con un ajuste.",
        "all_back": "Todo lo que no se vendió volvió.",
        "handed_over": "Entregó",
        "received": "Recibió",
        "footer": "{shop} · {title} {number}",
        "page": "página {page} de {pages}",
    },
    "en": {
        "title": "TRANSFER LIST",
        "title_return": "RETURN FROM THE FAIR",
        "number": "No. {number}",
        "date": "Date",
        "from": "From",
        "to": "To",
        "prepared": "Prepared by",
        "approved": "Approved by",
        "approved_note": "{name} (more units than there were)",
        "note": "Note",
        "since": "Out at the fair since",
        "col_n": "No.",
        "col_code": "Code",
        "col_product": "Product",
        "col_makers": "Made by",
        "col_units": "Qty",
        "col_check": "Arrived",
        "col_before": "Was there",
        "col_sent": "Went out",
        "col_sold": "Sold",
        "col_other": "Adjusted",
        "col_returned": "Came back",
        "col_left": "Left",
        "total": "Total",
        "summary": "{units} units of {items} items",
        "summary_one": "{units} unit",
        "summary_one_item": "{units} units of one item",
        "left_warning": "{units} units did not come back to {place}: count them or record an adjustment.",
        "left_warning_one": "1 unit did not come back to {place}: count it or record an adjustment.",
        "all_back": "Everything that was not sold came back.",
        "handed_over": "Handed over",
        "received": "Received",
        "footer": "{shop} · {title} {number}",
        "page": "page {page} of {pages}",
    },
    "fr": {
        "title": "BON DE TRANSFERT",
        "title_return": "RETOUR DE FOIRE",
        "number": "N° {number}",
        "date": "Date",
        "from": "De",
        "to": "Vers",
        "prepared": "Préparé par",
        "approved": "Approuvé par",
        "approved_note": "{name} (plus d'unités qu'il n'y en avait)",
        "note": "Note",
        "since": "À la foire depuis le",
        "col_n": "N°",
        "col_code": "Code",
        "col_product": "Produit",
        "col_makers": "Fait par",
        "col_units": "Qté",
        "col_check": "Arrivé",
        "col_before": "Déjà là",
        "col_sent": "Parti",
        "col_sold": "Vendu",
        "col_other": "Ajusté",
        "col_returned": "Revenu",
        "col_left": "Reste",
        "total": "Total",
        "summary": "{units} unités de {items} articles",
        "summary_one": "{units} unité",
        "summary_one_item": "{units} unités d'un article",
        "left_warning": "{units} unités ne sont pas revenues à {place} : comptez-les ou enregistrez un ajustement.",
        "left_warning_one": "1 unité n'est pas revenue à {place} : comptez-la ou enregistrez un ajustement.",
        "all_back": "Tout ce qui n'a pas été vendu est revenu.",
        "handed_over": "Remis par",
        "received": "Reçu par",
        "footer": "{shop} · {title} {number}",
        "page": "page {page} sur {pages}",
    },
}
"""Every word a packing or return slip prints, per language."""

CHECK_BOX = "☐"


@dataclass(frozen=True)
class SlipLine:
    """A line of a packing slip: units of one item."""

    code: str
    product: str
    makers: str
    quantity: int


@dataclass(frozen=True)
class ReturnLine:
    """A line of a return slip: one item over the fair."""

    code: str
    product: str
    sent: int
    sold: int
    other: int
    returned: int
    before: int = 0

    @property
    def left(self) -> int:
        return units_left(self.before, self.sent, self.sold, self.other, self.returned)


@dataclass(frozen=True)
class PackingSlipData:
    """What a packing slip shows; with ``returns`` it is the return slip of a fair."""

    shop_name: str
    number: str
    created_at: datetime
    user: str
    source: str
    target: str
    lines: tuple[SlipLine, ...]
    note: str = ""
    approved_by: str = ""
    since: datetime | None = None
    returns: tuple[ReturnLine, ...] | None = None


def _words(language: str) -> tuple[dict[str, str], Formats]:
    formats = Formats(language, TRUE_MINUS)
    return TEXTS[formats.language], formats


def _font(styles: Styles) -> tuple[str, tuple[int, int], tuple[int, int], str, float]:
    """DejaVu for every cell: a table without a font starts in ReportLab's Helvetica, listed and never embedded."""
    return ("FONT", (0, 0), (-1, -1), styles.fonts.regular, 9)


def _heading(data: PackingSlipData, styles: Styles, w: dict[str, str], f: Formats) -> list[Flowable]:
    title = w["title_return"] if data.returns is not None else w["title"]
    rows = [
        (w["date"], f.moment(data.created_at)),
        (w["from"], data.source),
        (w["to"], data.target),
        (w["prepared"], data.user),
    ]
    if data.approved_by:
        rows.append((w["approved"], w["approved_note"].format(name=data.approved_by)))
    if data.returns is not None and data.since is not None:
        rows.append((w["since"], f.moment(data.since)))
    if data.note:
        rows.append((w["note"], data.note))
    info = Table(
        [[Paragraph(escape(k), styles.note), Paragraph(escape(v), styles.body)] for k, v in rows],
        colWidths=[38 * mm, WIDTH - 38 * mm],
        hAlign="LEFT",
    )
    info.setStyle(
        TableStyle([_font(styles), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return [
        Paragraph(escape(data.shop_name), styles.subtitle),
        Paragraph(f"{escape(title)} — {escape(w['number'].format(number=data.number))}", styles.title),
        Spacer(1, 3 * mm),
        info,
        Spacer(1, 4 * mm),
    ]


def _table(
    styles: Styles,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    total: Sequence[str],
    widths: Sequence[float],
    wrapped: set[int],
    numbers: int,
    closing: Flowable,
) -> Table:
    """A table whose heading repeats on every page; ``wrapped`` columns wrap, the last ``numbers`` align right.

    ``closing`` (the summary and the signatures) is its last row, kept on one
    page with the total and the lines just above it.
    """
    body: list[list[object]] = [list(headers)]
    for row in rows:
        body.append([Paragraph(escape(c), styles.cell) if i in wrapped else c for i, c in enumerate(row)])
    body.append(list(total))
    body.append([closing] + [""] * (len(headers) - 1))
    table = Table(body, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    first_number = len(headers) - numbers
    kept = max(1, len(body) - 5)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles.fonts.regular, 9),
                ("FONT", (0, 0), (-1, 0), styles.fonts.bold, 8),
                ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
                ("ALIGN", (first_number, 0), (-1, -2), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("ROWBACKGROUNDS", (0, 1), (-1, -3), [colors.white, SHADE]),
                ("FONT", (0, -2), (-1, -2), styles.fonts.bold, 9),
                ("LINEABOVE", (0, -2), (-1, -2), 0.8, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("SPAN", (0, -1), (-1, -1)),
                ("TOPPADDING", (0, -1), (-1, -1), 4 * mm),
                ("LEFTPADDING", (0, -1), (-1, -1), 0),
                ("NOSPLIT", (0, kept), (-1, -1)),
            ]
        )
    )
    return table


def _packing_table(data: PackingSlipData, styles: Styles, w: dict[str, str], f: Formats, closing: Flowable) -> Table:
    headers = [w["col_n"], w["col_code"], w["col_product"], w["col_makers"], w["col_units"], w["col_check"]]
    rows = [
        [str(n), line.code, line.product, line.makers, f.number(line.quantity), CHECK_BOX]
        for n, line in enumerate(data.lines, start=1)
    ]
    total = ["", w["total"], "", "", f.number(sum(line.quantity for line in data.lines)), ""]
    widths = [9 * mm, 24 * mm, WIDTH - 124 * mm, 55 * mm, 16 * mm, 20 * mm]
    table = _table(styles, headers, rows, total, widths, {2, 3}, 2, closing)
    table.setStyle(
        TableStyle([("ALIGN", (5, 0), (5, -1), "CENTER"), ("FONT", (5, 1), (5, -3), styles.fonts.regular, 13)])
    )
    return table


def _return_table(data: PackingSlipData, styles: Styles, w: dict[str, str], f: Formats, closing: Flowable) -> Table:
    lines = data.returns or ()
    carried = any(ln.before for ln in lines)
    keys = ["col_code", "col_product", *(["col_before"] if carried else []), "col_sent", "col_sold", "col_other"]
    headers = [w[key] for key in [*keys, "col_returned", "col_left"]]

    def signed(value: int) -> str:
        return f"{'+' if value > 0 else ''}{f.number(value)}" if value else "—"

    def row(code: str, product: str, figures: list[int]) -> list[str]:
        before, sent, sold, other, back, left = figures
        first = [f.number(before)] if carried else []
        return [code, product, *first, f.number(sent), f.number(sold), signed(other), f.number(back), f.number(left)]

    def figures(ln: ReturnLine) -> list[int]:
        return [ln.before, ln.sent, ln.sold, ln.other, ln.returned, ln.left]

    rows = [row(ln.code, ln.product, figures(ln)) for ln in lines]
    total = row(w["total"], "", [sum(column) for column in zip(*(figures(ln) for ln in lines), strict=True)])
    numbers = len(headers) - 2
    widths = [24 * mm, WIDTH - 24 * mm - numbers * 20 * mm, *([20 * mm] * numbers)]
    table = _table(styles, headers, rows, total, widths, {1}, numbers, closing)
    last = len(headers) - 1
    marks = [("FONT", (last, i), (last, i), styles.fonts.bold, 9) for i, ln in enumerate(lines, start=1) if ln.left]
    if marks:
        table.setStyle(TableStyle(marks))
    return table


def _signatures(styles: Styles, w: dict[str, str]) -> Flowable:
    gap = 16 * mm
    line = (WIDTH - gap) / 2
    table = Table(
        [["", "", ""], [w["handed_over"], "", w["received"]]],
        colWidths=[line, gap, line],
        rowHeights=[16 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (0, 0), 0.8, INK),
                ("LINEBELOW", (2, 0), (2, 0), 0.8, INK),
                ("FONT", (0, 0), (-1, -1), styles.fonts.regular, 9),
                ("TEXTCOLOR", (0, 1), (-1, 1), MUTED),
                ("ALIGN", (0, 1), (-1, 1), "CENTER"),
            ]
        )
    )
    return table


def build_packing_slip(data: PackingSlipData, language: str = "es") -> bytes:
    """The packing slip (or, with ``data.returns``, the return slip of a fair) in ``language``.

    Raises:
        ValueError: unknown language.
    """
    w, f = _words(language)
    fonts = register_fonts()
    styles = Styles(fonts)
    story = _heading(data, styles, w, f)
    if data.returns is not None:
        left = sum(ln.left for ln in data.returns)
        key = "all_back" if not left else "left_warning_one" if left == 1 else "left_warning"
        text = w[key].format(units=f.number(left), place=data.target)
    else:
        units = sum(ln.quantity for ln in data.lines)
        key = "summary" if len(data.lines) > 1 else "summary_one" if units == 1 else "summary_one_item"
        text = w[key].format(units=f.number(units), items=f.number(len(data.lines)))
    closing = Table(
        [[Paragraph(escape(text), styles.body)], [Spacer(1, 6 * mm)], [_signatures(styles, w)]],
        colWidths=[WIDTH],
        hAlign="LEFT",
    )
    closing.setStyle(
        TableStyle([_font(styles), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    )
    table = _return_table if data.returns is not None else _packing_table
    story.append(table(data, styles, w, f, closing))
    title = w["title_return"] if data.returns is not None else w["title"]
    footer_left = w["footer"].format(shop=data.shop_name, title=title.capitalize(), number=data.number)

    def footer(page: int, pages: int) -> tuple[str, str]:
        return footer_left, w["page"].format(page=page, pages=pages)

    return build(story, f"{title} {data.number}", numbered_canvas(footer, fonts))
