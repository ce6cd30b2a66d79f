"""The consignment note (nota de consignación) and the return note of a partner shop (A4, two copies).

Plain data in, PDF bytes out. One copy stays with the workshop, one with
the partner shop; each lists the units, their retail price and the
commission agreed, with two signature lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from ..domain.language import TRUE_MINUS, Formats
from .fonts import register_fonts
from .packing_slip import _signatures, _table
from .report_parts import WIDTH, Styles, build, escape, numbered_canvas

TEXTS = {
    "es": {
        "title": "NOTA DE CONSIGNACIÓN",
        "title_return": "NOTA DE DEVOLUCIÓN DE CONSIGNACIÓN",
        "copy_ours": "Ejemplar del taller",
        "copy_theirs": "Ejemplar de la tienda aliada",
        "number": "N.º {number}",
        "date": "Fecha",
        "partner": "Tienda aliada",
        "contact": "Contacto",
        "from": "Desde",
        "to": "Hacia",
        "commission": "Comisión",
        "prepared": "Preparó",
        "approved": "Aprobó",
        "note": "Nota",
        "col_code": "Código",
        "col_product": "Producto",
        "col_units": "Cant.",
        "col_price": "Precio",
        "col_amount": "Importe",
        "total": "Total",
        "terms": "Las unidades siguen siendo del taller hasta que la tienda las venda. De cada venta la tienda"
        " retiene su comisión de {commission} y paga el resto al taller.",
        "terms_return": "La tienda aliada devuelve al taller las unidades listadas, sin vender.",
        "handed_over": "Entregó",
        "received": "Recibió",
        "footer": "{shop} · {title} {number}",
        "page": "página {page} de {pages}",
    },
    "en": {
        "title": "CONSIGNMENT NOTE",
        "title_return": "CONSIGNMENT RETURN NOTE",
        "copy_ours": "Workshop's copy",
        "copy_theirs": "Partner shop's copy",
        "number": "No. {number}",
        "date": "Date",
        "partner": "Partner shop",
        "contact": "Contact",
        "from": "From",
        "to": "To",
        "commission": "Commission",
        "prepared": "Prepared by",
        "approved": "Approved by",
        "note": "Note",
        "col_code": "Code",
        "col_product": "Product",
        "col_units": "Qty",
        "col_price": "Price",
        "col_amount": "Amount",
        "total": "Total",
        "terms": "The units remain the workshop's until the shop sells them. Of each sale the shop keeps its"
        " commission of {commission} and pays the rest to the workshop.",
        "terms_return": "The partner shop gives the listed units back to the workshop, unsold.",
        "handed_over": "Handed over",
        "received": "Received",
        "footer": "{shop} · {title} {number}",
        "page": "page {page} of {pages}",
    },
    "fr": {
        "title": "BON DE DÉPÔT-VENTE",
        "title_return": "BON DE RETOUR DE DÉPÔT-VENTE",
        "copy_ours": "Exemplaire de l'atelier",
        "copy_theirs": "Exemplaire de la boutique partenaire",
        "number": "N° {number}",
        "date": "Date",
        "partner": "Boutique partenaire",
        "contact": "Contact",
        "from": "De",
        "to": "Vers",
        "commission": "Commission",
        "prepared": "Préparé par",
        "approved": "Approuvé par",
        "note": "Note",
        "col_code": "Code",
        "col_product": "Produit",
        "col_units": "Qté",
        "col_price": "Prix",
        "col_amount": "Montant",
        "total": "Total",
        "terms": "Les unités restent à l'atelier jusqu'à leur vente par la boutique. Sur chaque vente la boutique"
        " garde sa commission de {commission} et paie le reste à l'atelier.",
        "terms_return": "La boutique partenaire rend à l'atelier les unités listées, invendues.",
        "handed_over": "Remis par",
        "received": "Reçu par",
        "footer": "{shop} · {title} {number}",
        "page": "page {page} sur {pages}",
    },
}
"""Every word a consignment or return note prints, per language."""


@dataclass(frozen=True)
class NoteLine:
    code: str
    product: str
    quantity: int
    unit_price: Decimal


@dataclass(frozen=True)
class ConsignmentNoteData:
    shop_name: str
    number: str
    kind: str  # out | return
    created_at: datetime
    user: str
    partner: str
    contact: str
    commission_rate: Decimal
    origin: str
    destination: str
    lines: tuple[NoteLine, ...]
    note: str = ""
    approved_by: str = ""  # the coordinator who approved sending more than there was


def _heading(data: ConsignmentNoteData, styles: Styles, w: dict[str, str], f: Formats, copy: str) -> list[Flowable]:
    title = w["title"] if data.kind == "out" else w["title_return"]
    rows = [
        (w["date"], f.moment(data.created_at)),
        (w["partner"], data.partner),
        *([(w["contact"], data.contact)] if data.contact else []),
        (w["from"], data.origin),
        (w["to"], data.destination),
        (w["commission"], f.percent(data.commission_rate)),
        (w["prepared"], data.user),
        *([(w["approved"], data.approved_by)] if data.approved_by else []),
        *([(w["note"], data.note)] if data.note else []),
    ]
    info = Table(
        [[Paragraph(escape(k), styles.note), Paragraph(escape(v), styles.body)] for k, v in rows],
        colWidths=[38 * mm, WIDTH - 38 * mm],
        hAlign="LEFT",
    )
    info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [
        Paragraph(f"{escape(data.shop_name)} · {escape(copy)}", styles.subtitle),
        Paragraph(f"{escape(title)} — {escape(w['number'].format(number=data.number))}", styles.title),
        Spacer(1, 3 * mm),
        info,
        Spacer(1, 4 * mm),
    ]


def _copy(data: ConsignmentNoteData, styles: Styles, w: dict[str, str], f: Formats, copy: str) -> list[Flowable]:
    story = _heading(data, styles, w, f, copy)
    terms = w["terms"].format(commission=f.percent(data.commission_rate)) if data.kind == "out" else w["terms_return"]
    closing = Table(
        [[Paragraph(escape(terms), styles.body)], [Spacer(1, 6 * mm)], [_signatures(styles, w)]],
        colWidths=[WIDTH],
        hAlign="LEFT",
    )
    closing.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    headers = [w["col_code"], w["col_product"], w["col_units"], w["col_price"], w["col_amount"]]
    rows = [
        [ln.code, ln.product, f.number(ln.quantity), f.money(ln.unit_price), f.money(ln.unit_price * ln.quantity)]
        for ln in data.lines
    ]
    units = sum(ln.quantity for ln in data.lines)
    amount = sum((ln.unit_price * ln.quantity for ln in data.lines), Decimal("0.00"))
    total = [w["total"], "", f.number(units), "", f.money(amount)]
    widths = [26 * mm, WIDTH - 112 * mm, 18 * mm, 30 * mm, 38 * mm]
    story.append(_table(styles, headers, rows, total, widths, {1}, 3, closing))
    return story


def build_consignment_note(data: ConsignmentNoteData, language: str = "es") -> bytes:
    """The note in two copies (the workshop's, then the partner's), each starting on its own page.

    Raises:
        ValueError: unknown language.
    """
    f = Formats(language, TRUE_MINUS)
    w = TEXTS[f.language]
    fonts = register_fonts()
    styles = Styles(fonts)
    story = [*_copy(data, styles, w, f, w["copy_ours"]), PageBreak(), *_copy(data, styles, w, f, w["copy_theirs"])]
    title = w["title"] if data.kind == "out" else w["title_return"]
    footer_left = w["footer"].format(shop=data.shop_name, title=title.capitalize(), number=data.number)

    def footer(page: int, pages: int) -> tuple[str, str]:
        return footer_left, w["page"].format(page=page, pages=pages)

    return build(story, f"{title} {data.number}", numbered_canvas(footer, fonts))
