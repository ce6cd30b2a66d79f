"""The receipt (nota de venta) and the refund document, as PDF (DESIGN.md §6).

Roll paper (80 mm, 58 mm) gets one page exactly as tall as the content: the
receipt is laid out first into blocks of known height, then drawn. A4 gets as
many pages as needed.

A receipt prints in Spanish, English or French (the seller chooses for a
tourist): every printed word comes from :data:`TEXTS`; money and dates are
written as the language writes them (:class:`~mamakilla_pos.domain.language.Formats`).
The shop's own header and footer are printed as the shop wrote them, except
the program's default ones, which have their translation here.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from ..domain.language import Formats
from .shop_texts import DEFAULT_FOOTER, DEFAULT_HEADER

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from .fonts import Fonts

# ReportLab is imported when a receipt is first built, not when the till starts
# (this module is imported by the sale and history screens): DESIGN.md §8.
mm = 72.0 / 2.54 * 0.1  # exactly reportlab.lib.units.mm
A4 = (210 * mm, 297 * mm)  # reportlab.lib.pagesizes.A4

PAPERS = ("80mm", "58mm", "A4")


TEXTS: dict[str, dict[str, str]] = {
    "es": {
        "header": DEFAULT_HEADER,
        "footer": DEFAULT_FOOTER,
        "copy": "COPIA",
        "ruc": "RUC {ruc}",
        "refund": "DEVOLUCIÓN",
        "of_sale": "de la venta {number}",
        "date": "Fecha",
        "seller": "Atendido por",
        "each": "{price} c/u",
        "made_by": "hecho por {makers}",
        "discount": "Descuento",
        "item": "{n} artículo",
        "items": "{n} artículos",
        "subtotal": "Subtotal",
        "discounts": "Descuentos",
        "total": "TOTAL",
        "total_refunded": "TOTAL DEVUELTO",
        "rounding": "Redondeo",
        "to_pay": "A pagar",
        "paid_with": "Pago:",
        "refunded_in": "Devuelto en:",
        "received": "Recibido",
        "change": "Vuelto",
        "operation": "op.",
        "card_reference": "ref.",
        "catalogue": "Mira nuestro catálogo:",
        "kind_sale": "Nota de venta",
        "kind_refund": "Devolución",
        "page": "{number} — página {page} de {pages}",
    },
    "en": {
        "header": "SALES RECEIPT — not a tax invoice",
        "footer": "45% of this purchase goes to the woman who made it. Thank you!",
        "copy": "COPY",
        "ruc": "RUC (tax no.) {ruc}",
        "refund": "REFUND",
        "of_sale": "of sale {number}",
        "date": "Date",
        "seller": "Served by",
        "each": "{price} each",
        "made_by": "made by {makers}",
        "discount": "Discount",
        "item": "{n} item",
        "items": "{n} items",
        "subtotal": "Subtotal",
        "discounts": "Discounts",
        "total": "TOTAL",
        "total_refunded": "TOTAL REFUNDED",
        "rounding": "Rounding",
        "to_pay": "To pay",
        "paid_with": "Paid with:",
        "refunded_in": "Refunded in:",
        "received": "Received",
        "change": "Change",
        "operation": "op.",
        "card_reference": "ref.",
        "catalogue": "See our catalogue:",
        "kind_sale": "Receipt",
        "kind_refund": "Refund",
        "page": "{number} — page {page} of {pages}",
    },
    "fr": {
        "header": "TICKET DE VENTE — ne vaut pas facture",
        "footer": "45 % de cet achat revient à l'artisane qui l'a fait. Merci !",
        "copy": "COPIE",
        "ruc": "RUC (n° fiscal) {ruc}",
        "refund": "REMBOURSEMENT",
        "of_sale": "de la vente {number}",
        "date": "Date",
        "seller": "Servi par",
        "each": "{price} l'unité",
        "made_by": "fait par {makers}",
        "discount": "Remise",
        "item": "{n} article",
        "items": "{n} articles",
        "subtotal": "Sous-total",
        "discounts": "Remises",
        "total": "TOTAL",
        "total_refunded": "TOTAL REMBOURSÉ",
        "rounding": "Arrondi",
        "to_pay": "À payer",
        "paid_with": "Payé en :",
        "refunded_in": "Remboursé en :",
        "received": "Reçu",
        "change": "Rendu",
        "operation": "op.",
        "card_reference": "réf.",
        "catalogue": "Voir notre catalogue :",
        "kind_sale": "Ticket",
        "kind_refund": "Remboursement",
        "page": "{number} — page {page} sur {pages}",
    },
}
"""Every word a receipt prints, per language."""


@dataclass(frozen=True)
class ReceiptLine:
    """One line of the sale as printed.

    Attributes:
        quantity: units sold (or returned, on a refund).
        name: product name; wrapped when long, never cut.
        makers: the makers' first names, e.g. ``("Rosa", "Ana")``; joined
            with the language's "and" when printed.
        unit_price: price of one unit.
        gross: quantity × unit price.
        discount: the line discount plus its part of the order discount.
        net: gross − discount.
    """

    quantity: int
    name: str
    makers: tuple[str, ...]
    unit_price: Decimal
    gross: Decimal
    discount: Decimal
    net: Decimal


@dataclass(frozen=True)
class ReceiptPayment:
    """One payment as printed.

    Attributes:
        method: ``cash``, ``usd``, ``yape``, ``plin``, ``card`` or ``transfer``.
        amount: what was handed over, in ``currency``.
        currency: ``"PEN"`` or ``"USD"``.
        rate: soles per dollar for ``usd``, else ``None``.
        amount_pen: the amount in soles.
        reference: operation number for Yape, Plin, card or transfer.
    """

    method: str
    amount: Decimal
    currency: str
    rate: Decimal | None
    amount_pen: Decimal
    reference: str


@dataclass(frozen=True)
class ReceiptData:
    """Everything printed on a receipt; amounts in soles unless said otherwise.

    ``rounding`` is ``total − amount_due``: positive when cash rounding let
    the customer pay less. ``subtotal`` is the sum of the lines' gross and
    ``discounts`` the sum of their discounts. ``language`` is the one the
    receipt is printed in: ``es``, ``en`` or ``fr``.
    """

    shop_name: str
    shop_address: str
    shop_ruc: str
    header: str
    number: str
    issued_at: datetime
    seller: str
    lines: tuple[ReceiptLine, ...]
    subtotal: Decimal
    discounts: Decimal
    total: Decimal
    rounding: Decimal
    amount_due: Decimal
    payments: tuple[ReceiptPayment, ...]
    tendered: Decimal
    change: Decimal
    catalogue_url: str
    footer: str
    is_refund: bool = False
    refund_of: str = ""
    copy: bool = False
    language: str = "es"


@dataclass(frozen=True)
class _Paper:
    width: float
    margin: float
    top: float
    bottom: float
    body: float
    small: float
    title: float
    big: float
    qr: float
    roll: bool


_PAPERS = {
    "80mm": _Paper(80 * mm, 4 * mm, 4 * mm, 8 * mm, 8.5, 7.2, 12.5, 12.5, 28 * mm, True),
    "58mm": _Paper(58 * mm, 4 * mm, 3 * mm, 8 * mm, 7.4, 6.4, 10.5, 10.5, 24 * mm, True),
    "A4": _Paper(A4[0], 25 * mm, 20 * mm, 20 * mm, 10.5, 9, 17, 15, 32 * mm, False),
}

_LEADING = 1.28
_ASCENT = 0.96  # baseline drop below a line's top, in font sizes, for DejaVu


@dataclass
class _Block:
    height: float
    draw: Callable[[Canvas, float], None]
    keep_with_next: bool = False


@dataclass(frozen=True)
class _Face:
    """A registered font, optionally emboldened by stroking its outlines.

    Roll receipts are the hot path (DESIGN.md §8): every embedded TrueType
    face costs a subset per PDF, so their bold is the regular face drawn with
    a thin outline, which a thermal head prints just as dark.
    """

    name: str
    embolden: bool = False


_EMBOLDEN = 0.055  # outline width, in font sizes, of emboldened text


@functools.lru_cache(maxsize=8192)
def stringWidth(text: str, font: str, size: float) -> float:  # ReportLab's name, kept for its callers
    """Width of ``text`` in points; cached, as the same texts come back on every receipt."""
    from reportlab.pdfbase.pdfmetrics import stringWidth as measure

    return measure(text, font, size)


def _show(c: Canvas, face: _Face, size: float, x: float, y: float, text: str, align: str = "left") -> None:
    """Draw one line of text; ``align`` is where ``x`` is: left, right or centre."""
    if align != "left":
        width = stringWidth(text, face.name, size)
        x -= width if align == "right" else width / 2
    if not face.embolden:
        c.setFont(face.name, size)
        c.drawString(x, y, text)
        return
    c.saveState()
    c.setLineWidth(size * _EMBOLDEN)
    c.setLineJoin(1)
    t = c.beginText(x, y)
    t.setFont(face.name, size)
    t.setTextRenderMode(2)
    t.textOut(text)
    c.drawText(t)
    c.restoreState()


@dataclass
class _Layout:
    """Blocks of known height, stacked top to bottom in a column."""

    paper: _Paper
    regular: _Face
    bold: _Face
    blocks: list[_Block] = field(default_factory=list)

    @property
    def left(self) -> float:
        return self.paper.margin

    @property
    def right(self) -> float:
        return self.paper.width - self.paper.margin

    @property
    def width(self) -> float:
        return self.right - self.left

    def add(self, height: float, draw: Callable[[Canvas, float], None], keep_with_next: bool = False) -> None:
        self.blocks.append(_Block(height, draw, keep_with_next))

    def space(self, height: float) -> None:
        self.add(height, _nothing)

    def centered(self, text: str, size: float, bold: bool = False) -> None:
        """Centred text, wrapped to the column."""
        face = self.bold if bold else self.regular
        lines = wrap(text, face.name, size, self.width)
        leading = size * _LEADING
        middle = (self.left + self.right) / 2

        def draw(c: Canvas, top: float) -> None:
            for i, line in enumerate(lines):
                _show(c, face, size, middle, top - i * leading - size * _ASCENT, line, "centre")

        self.add(leading * len(lines), draw)

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
        leading = size * _LEADING
        x = self.left + indent

        def draw(c: Canvas, top: float) -> None:
            for i, line in enumerate(lines):
                _show(c, face, size, x + (hanging if i else 0), top - i * leading - size * _ASCENT, line)
            if right:
                at = len(lines) if right_alone else 0
                _show(c, face, size, self.right, top - at * leading - size * _ASCENT, right, "right")

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
            _show(c, self.bold, size, middle, top - height / 2 - size * 0.36, text, "centre")
            c.restoreState()

        self.add(height, draw)

    def qr(self, url: str, size: float) -> None:
        x = (self.left + self.right - size) / 2

        def draw(c: Canvas, top: float) -> None:
            from .qr import draw_qr

            draw_qr(c, url, x, top - size, size)

        self.add(size, draw)


def _nothing(c: Canvas, top: float) -> None:
    return None


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


def payment_label(payment: ReceiptPayment, language: str = "es") -> str:
    """Words for a payment, e.g. ``Dólares (US$ 20.00 × 3.70)`` or ``Yape op. 123456``."""
    formats = Formats(language)
    label = formats.method(payment.method)
    if payment.method == "usd" or payment.currency == "USD":
        detail = formats.money(payment.amount, "USD")
        if payment.rate is not None:
            detail += f" × {_rate(payment.rate, formats)}"
        return f"{label} ({detail})"
    reference = payment.reference.strip()
    if reference:
        texts = TEXTS[language]
        prefix = texts["card_reference"] if payment.method == "card" else texts["operation"]
        return f"{label} {prefix} {reference}"
    return label


def _rate(rate: Decimal, formats: Formats) -> str:
    if rate == rate.quantize(Decimal("0.01")):
        return formats.number(rate, 2)
    return formats.number(rate, max(2, -rate.normalize().as_tuple().exponent))  # type: ignore[operator]


def _shop_text(text: str, default: str, texts: dict[str, str], key: str) -> str:
    """The shop's own text as written; the program's default one in the receipt's language."""
    return texts[key] if text == default else text


def _lay_out(data: ReceiptData, paper: _Paper, fonts: Fonts) -> _Layout:
    regular = _Face(fonts.regular)
    bold = _Face(fonts.regular, embolden=True) if paper.roll else _Face(fonts.bold)
    lay = _Layout(paper, regular, bold)
    body, small, big = paper.body, paper.small, paper.big
    texts = TEXTS[data.language]
    formats = Formats(data.language)
    money = formats.money

    if data.copy:
        lay.banner(texts["copy"], paper.title)
        lay.space(body * 0.6)
    lay.centered(data.shop_name, paper.title, bold=True)
    if data.shop_address:
        lay.centered(data.shop_address, small)
    if data.shop_ruc:
        lay.centered(texts["ruc"].format(ruc=data.shop_ruc), small)
    lay.rule()
    # "NOTA DE VENTA — no es comprobante de pago": the title in bold, the rest smaller.
    title, _, remark = _shop_text(data.header, DEFAULT_HEADER, texts, "header").partition(" — ")
    if title:
        lay.centered(title, body, bold=True)
    if remark:
        lay.centered(remark, small)
    if data.is_refund:
        lay.space(body * 0.3)
        lay.centered(texts["refund"], big, bold=True)
    lay.centered(data.number, big, bold=True)
    if data.is_refund and data.refund_of:
        lay.centered(texts["of_sale"].format(number=data.refund_of), body)
    lay.space(body * 0.3)
    lay.row(texts["date"], formats.moment(data.issued_at), body)
    if data.seller:
        lay.row(texts["seller"], data.seller, body)
    lay.rule()

    # Continuation lines of a wrapped name start under the name, not under the quantity.
    hanging = max((stringWidth(f"{line.quantity} × ", regular.name, body) for line in data.lines), default=0.0)
    for line in data.lines:
        details = line.discount != 0 or line.quantity != 1 or bool(line.makers)
        lay.row(
            f"{line.quantity} × {line.name}",
            money(line.gross),
            body,
            hanging=hanging,
            keep_with_next=details,
        )
        if line.quantity != 1:
            each = texts["each"].format(price=money(line.unit_price))
            lay.row(each, "", small, indent=hanging, keep_with_next=True)
        if line.makers:
            made_by = texts["made_by"].format(makers=formats.names(line.makers))
            lay.row(made_by, "", small, indent=hanging, keep_with_next=True)
        if line.discount != 0:
            lay.row(texts["discount"], money(-line.discount), small, indent=hanging)
        lay.space(body * 0.25)
    units = sum(line.quantity for line in data.lines)
    lay.row(texts["item" if units == 1 else "items"].format(n=units), "", small)
    lay.rule()

    if data.discounts != 0:
        lay.row(texts["subtotal"], money(data.subtotal), body)
        lay.row(texts["discounts"], money(-data.discounts), body)
    lay.row(texts["total_refunded" if data.is_refund else "total"], money(data.total), big, bold=True)
    if data.rounding != 0:
        lay.row(texts["rounding"], money(-data.rounding), body)
        lay.row(texts["to_pay"], money(data.amount_due), body, bold=True)

    if data.payments:
        lay.rule()
        lay.row(texts["refunded_in" if data.is_refund else "paid_with"], "", body, bold=True, keep_with_next=True)
        for payment in data.payments:
            lay.row(payment_label(payment, data.language), money(payment.amount_pen), body)
        if not data.is_refund and data.tendered:
            lay.row(texts["received"], money(data.tendered), body)
            lay.row(texts["change"], money(data.change), body, bold=True)
    lay.rule()

    if data.catalogue_url:
        lay.space(body * 0.3)
        lay.centered(texts["catalogue"], small)
        lay.qr(data.catalogue_url, paper.qr)
        lay.centered(data.catalogue_url, small)
    footer = _shop_text(data.footer, DEFAULT_FOOTER, texts, "footer")
    if footer:
        lay.space(body * 0.6)
        lay.centered(footer, body, bold=True)
    if data.copy:
        lay.space(body * 0.6)
        lay.banner(texts["copy"], body * 1.2)
    return lay


def _pages(lay: _Layout, usable: float) -> list[list[_Block]]:
    """Split blocks into pages of ``usable`` height, keeping marked blocks with the next."""
    pages: list[list[_Block]] = [[]]
    used = 0.0
    i = 0
    blocks = lay.blocks
    while i < len(blocks):
        group = [blocks[i]]
        while group[-1].keep_with_next and i + len(group) < len(blocks):
            group.append(blocks[i + len(group)])
        height = sum(b.height for b in group)
        if used + height > usable and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].extend(group)
        used += height
        i += len(group)
    return pages


def build_receipt(data: ReceiptData, paper: str = "80mm") -> bytes:
    """Build the receipt (or refund document) as PDF bytes.

    Args:
        data: what to print.
        paper: ``"80mm"`` or ``"58mm"`` roll (one page as tall as the
            content), or ``"A4"``.

    Raises:
        ValueError: unknown paper or language.
    """
    try:
        size = _PAPERS[paper]
    except KeyError:
        raise ValueError(f"papel desconocido: {paper!r} (use {', '.join(PAPERS)})") from None
    if data.language not in TEXTS:
        raise ValueError(f"idioma desconocido: {data.language!r} (use {', '.join(TEXTS)})")
    texts = TEXTS[data.language]
    from reportlab.pdfgen.canvas import Canvas

    from .fonts import register_fonts

    fonts = register_fonts()
    lay = _lay_out(data, size, fonts)

    if size.roll:
        height = size.top + size.bottom + sum(b.height for b in lay.blocks)
        pages = [lay.blocks]
        page_size = (size.width, height)
    else:
        page_size = A4
        pages = _pages(lay, A4[1] - size.top - size.bottom)

    out = io.BytesIO()
    kind = texts["kind_refund" if data.is_refund else "kind_sale"]
    # Uncompressed: a receipt is a few kB of drawing, and ReportLab's pure-Python
    # compression and ASCII85 encoding would cost more time than the PDF itself.
    c = Canvas(out, pagesize=page_size, pageCompression=0)
    c.setTitle(f"{kind} {data.number}")
    c.setAuthor(data.shop_name)
    c.setCreator("Mama Killa POS")
    for number, blocks in enumerate(pages, start=1):
        top = page_size[1] - size.top
        for block in blocks:
            block.draw(c, top)
            top -= block.height
        if len(pages) > 1:
            c.setFont(fonts.regular, size.small)
            c.drawRightString(
                page_size[0] - size.margin,
                size.bottom - size.small,
                texts["page"].format(number=data.number, page=number, pages=len(pages)),
            )
            if data.copy:
                c.setFont(fonts.bold, size.small)
                c.drawString(size.margin, size.bottom - size.small, texts["copy"])
        c.showPage()
    c.save()
    return out.getvalue()
