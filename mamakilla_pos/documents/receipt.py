"""The receipt (nota de venta) and the refund note (nota de devolución), as PDF (DESIGN.md §6).

Roll paper (80 mm, 58 mm) gets one page exactly as tall as the content: the
receipt is laid out first into blocks of known height (:mod:`.layout`), then
drawn. A4 gets as many pages as needed. The refund note is laid out by
:mod:`.refund_note` from the same data and the same pieces.

A receipt prints in Spanish, English or French (the seller chooses for a
tourist): every printed word comes from :data:`TEXTS`; money and dates are
written as the language writes them (:class:`~mamakilla_pos.domain.language.Formats`),
negatives with a true minus sign. The shop's own header and footer are
printed as the shop wrote them, except the program's default ones, which
have their translation. A reprint says COPIA, with when and by whom it was
reprinted.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from ..domain.language import TRUE_MINUS, Formats
from .column import Column
from .layout import (
    A4,
    PAPER_SIZES,
    PAPERS,
    Face,
    Layout,
    Paper,
    mm,
    pages_of,
    show,
    stringWidth,
    wrap,
)
from .receipt_texts import TEXTS
from .roll_text import RollText, TextLayout
from .shop_texts import DEFAULT_FOOTER, DEFAULT_HEADER

QR_SIZES = ("large", "small", "none")
"""The catalogue's QR code on a receipt: large and centred, small beside the link, or none (the link alone)."""

CHANGE_METHODS = frozenset({"cash", "usd"})
"""Tenders that can be more than what is due, leaving change: a receipt paid otherwise shows neither."""


@dataclass(frozen=True)
class ReceiptLine:
    """One line of the sale (or of the refund) as printed.

    Attributes:
        quantity: units sold (or returned, on a refund).
        name: product name; wrapped when long, never cut.
        makers: the makers' first names, e.g. ``("Rosa", "Ana")``; joined
            with the language's "and" when printed.
        unit_price: price of one unit.
        gross: quantity × unit price.
        discount: the line discount plus its part of the order discount
            (on a refund: the part of those the returned units carried).
        net: gross − discount (on a refund: what the line gives back).
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
    """Everything printed on a receipt or a refund note; amounts in soles unless said otherwise.

    ``rounding`` is ``total − amount_due``: positive when cash rounding let
    the customer pay less (or, on a refund, gave back less). ``subtotal``
    is the sum of the lines' gross and ``discounts`` the sum of their
    discounts. ``language`` is the one the receipt is printed in: ``es``,
    ``en`` or ``fr``. The shop's name, address, RUC, header, footer and
    catalogue link are the ones in force when the document was completed.
    A reprint has ``copy`` set, with ``reprinted_at`` and ``reprinted_by``.
    ``qr`` is how the catalogue link prints: one of :data:`QR_SIZES`.
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
    reason: str = ""
    reprinted_at: datetime | None = None
    reprinted_by: str = ""
    qr: str = "large"


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


@dataclass(frozen=True)
class Printing:
    """What every part of a receipt's layout needs: the data, the column, the words, the money.

    The column is a PDF's (:class:`~.layout.Layout`) or a thermal printer's
    text (:class:`~.roll_text.TextLayout`): the same lay-out makes both.
    """

    data: ReceiptData
    lay: Column
    texts: dict[str, str]
    formats: Formats

    @property
    def paper(self) -> Paper:
        return self.lay.paper

    def money(self, value: Decimal, currency: str = "PEN") -> str:
        return self.formats.money(value, currency)


def _pdf_layout(paper: Paper) -> Layout:
    from .fonts import register_fonts

    fonts = register_fonts()
    regular = Face(fonts.regular)
    bold = Face(fonts.regular, embolden=True) if paper.roll else Face(fonts.bold)
    return Layout(paper, regular, bold)


def _lay_out(data: ReceiptData, lay: Column) -> Printing:
    """Lay out the receipt (or the refund note) of ``data`` in ``lay``."""
    p = Printing(data, lay, TEXTS[data.language], Formats(data.language, TRUE_MINUS))
    if data.is_refund:
        from .refund_note import lay_out_refund

        lay_out_refund(p)
    else:
        _lay_out_sale(p)
    return p


def _check(data: ReceiptData) -> None:
    if data.language not in TEXTS:
        raise ValueError(f"idioma desconocido: {data.language!r} (use {', '.join(TEXTS)})")
    if data.qr not in QR_SIZES:
        raise ValueError(f"tamaño de QR desconocido: {data.qr!r} (use {', '.join(QR_SIZES)})")


def copy_mark(p: Printing, size: float) -> None:
    """COPIA in a black bar, and when and by whom it was reprinted."""
    data = p.data
    p.lay.banner(p.texts["copy"], size)
    if data.reprinted_at is not None:
        moment = p.formats.moment(data.reprinted_at)
        if data.reprinted_by:
            said = p.texts["reprinted"].format(moment=moment, user=data.reprinted_by)
        else:
            said = p.texts["reprinted_at"].format(moment=moment)
        p.lay.centered(said, p.paper.small)


def shop_head(p: Printing) -> None:
    """The copy mark of a reprint, then the shop's name, address and RUC, and a rule."""
    data, lay, paper = p.data, p.lay, p.paper
    if data.copy:
        copy_mark(p, paper.title)
        lay.space(paper.body * 0.6)
    lay.centered(data.shop_name, paper.title, bold=True)
    if data.shop_address:
        lay.centered(data.shop_address, paper.small)
    if data.shop_ruc:
        lay.centered(p.texts["ruc"].format(ruc=data.shop_ruc), paper.small)
    lay.rule()


def when_and_who(p: Printing) -> None:
    """Date and time, and the seller."""
    body = p.paper.body
    p.lay.space(body * 0.3)
    p.lay.row(p.texts["date"], p.formats.moment(p.data.issued_at), body)
    if p.data.seller:
        p.lay.row(p.texts["seller"], p.data.seller, body)
    p.lay.rule()


def line_rows(p: Printing, refunded: bool = False) -> None:
    """Each line: quantity × name and its gross, unit price, makers, discount; on a refund the net given back."""
    lay, texts, money = p.lay, p.texts, p.money
    body, small = p.paper.body, p.paper.small
    lines = p.data.lines
    # Continuation lines of a wrapped name start under the name, not under the quantity.
    hanging = max((lay.measure(f"{line.quantity} × ", body) for line in lines), default=0.0)
    for line in lines:
        discounted = line.discount != 0
        details = discounted or line.quantity != 1 or bool(line.makers)
        lay.row(f"{line.quantity} × {line.name}", money(line.gross), body, hanging=hanging, keep_with_next=details)
        if line.quantity != 1:
            each = texts["each"].format(price=money(line.unit_price))
            lay.row(each, "", small, indent=hanging, keep_with_next=True)
        if line.makers:
            made_by = texts["made_by"].format(makers=p.formats.names(line.makers))
            lay.row(made_by, "", small, indent=hanging, keep_with_next=discounted)
        if discounted:
            lay.row(texts["discount"], money(-line.discount), small, indent=hanging, keep_with_next=refunded)
            if refunded:
                lay.row(texts["line_refunded"], money(line.net), small, bold=True, indent=hanging)
        lay.space(body * 0.25)
    units = sum(line.quantity for line in lines)
    lay.row(texts["item" if units == 1 else "items"].format(n=units), "", small)
    lay.rule()


def _sale_totals(p: Printing) -> None:
    data, lay, texts, money = p.data, p.lay, p.texts, p.money
    body, big = p.paper.body, p.paper.big
    if data.discounts != 0:
        lay.row(texts["subtotal"], money(data.subtotal), body)
        lay.row(texts["discounts"], money(-data.discounts), body)
    lay.row(texts["total"], money(data.total), big, bold=True)
    if data.rounding != 0:
        lay.row(texts["rounding"], money(-data.rounding), body)
        lay.row(texts["to_pay"], money(data.amount_due), body, bold=True)


def _sale_payments(p: Printing) -> None:
    data, lay, texts, money = p.data, p.lay, p.texts, p.money
    body = p.paper.body
    if data.payments:
        lay.rule()
        lay.row(texts["paid_with"], "", body, bold=True, keep_with_next=True)
        for payment in data.payments:
            lay.row(payment_label(payment, data.language), money(payment.amount_pen), body)
        gives_change = data.change != 0 or any(pm.method in CHANGE_METHODS for pm in data.payments)
        if data.tendered and gives_change:
            lay.row(texts["received"], money(data.tendered), body)
            lay.row(texts["change"], money(data.change), body, bold=True)
    lay.rule()


def _catalogue(p: Printing) -> None:
    data, lay, paper = p.data, p.lay, p.paper
    if not data.catalogue_url:
        return
    caption = p.texts["catalogue"]
    lay.space(paper.body * 0.3)
    if data.qr == "small":
        lay.qr_beside(data.catalogue_url, caption, paper.qr_small, paper.small)
    elif data.qr == "none":
        lay.centered(f"{caption} {data.catalogue_url}", paper.small)
    else:
        lay.centered(caption, paper.small)
        lay.qr(data.catalogue_url, paper.qr)
        lay.centered(data.catalogue_url, paper.small)


def _sale_head(p: Printing) -> None:
    """The shop's head and the document's title: the same on every receipt of the same texts."""
    data, lay, paper = p.data, p.lay, p.paper
    shop_head(p)
    # "NOTA DE VENTA — no es comprobante de pago": the title in bold, the rest smaller.
    title, _, remark = _shop_text(data.header, DEFAULT_HEADER, p.texts, "header").partition(" — ")
    if title:
        lay.centered(title, paper.body, bold=True)
    if remark:
        lay.centered(remark, paper.small)


def _sale_foot(p: Printing) -> None:
    """The catalogue's link and the footer: the same on every receipt of the same texts."""
    lay, paper = p.lay, p.paper
    _catalogue(p)
    footer = _shop_text(p.data.footer, DEFAULT_FOOTER, p.texts, "footer")
    if footer:
        lay.space(paper.body * 0.6)
        lay.centered(footer, paper.body, bold=True)


def _shop_part(p: Printing, part: Callable[[Printing], None]) -> None:
    """``part`` of a receipt that only the shop's texts make; laid out once per texts on a roll of text."""
    data = p.data
    if isinstance(p.lay, TextLayout) and not data.copy:
        texts = (data.shop_name, data.shop_address, data.shop_ruc, data.header, data.footer, data.catalogue_url)
        p.lay.remembered((part.__name__, data.language, data.qr, texts), lambda: part(p))
    else:
        part(p)


def _lay_out_sale(p: Printing) -> None:
    data, lay, paper = p.data, p.lay, p.paper
    _shop_part(p, _sale_head)
    lay.centered(data.number, paper.big, bold=True)
    when_and_who(p)
    line_rows(p)
    _sale_totals(p)
    _sale_payments(p)
    _shop_part(p, _sale_foot)
    if data.copy:
        lay.space(paper.body * 0.6)
        copy_mark(p, paper.body * 1.2)


def build_receipt(data: ReceiptData, paper: str = "80mm") -> bytes:
    """Build the receipt (or the refund note, when ``data.is_refund``) as PDF bytes.

    Args:
        data: what to print.
        paper: ``"80mm"`` or ``"58mm"`` roll (one page as tall as the
            content), or ``"A4"``.

    Raises:
        ValueError: unknown paper, language or QR size.
    """
    try:
        size = PAPER_SIZES[paper]
    except KeyError:
        raise ValueError(f"papel desconocido: {paper!r} (use {', '.join(PAPERS)})") from None
    _check(data)
    lay = _pdf_layout(size)
    return _draw(_lay_out(data, lay), lay)


def build_receipt_text(data: ReceiptData, columns: int = 48) -> RollText:
    """The same receipt (or refund note) as lines of ``columns`` characters, for a thermal printer.

    Raises:
        ValueError: unknown width, language or QR size.
    """
    _check(data)
    lay = TextLayout.for_columns(columns)
    _lay_out(data, lay)
    return lay.result()


def _draw(p: Printing, lay: Layout) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    data, size, texts = p.data, p.paper, p.texts
    if size.roll:
        height = size.top + size.bottom + sum(b.height for b in lay.blocks)
        pages = [lay.blocks]
        page_size = (size.width, height)
    else:
        page_size = A4
        pages = pages_of(lay, A4[1] - size.top - size.bottom)

    out = io.BytesIO()
    kind = texts["kind_refund" if data.is_refund else "kind_sale"]
    # Uncompressed: a receipt is a few kB of drawing, and ReportLab's pure-Python
    # compression and ASCII85 encoding would cost more time than the PDF itself.
    # Started in DejaVu: ReportLab's default Helvetica would be listed, never used nor embedded.
    c = Canvas(out, pagesize=page_size, pageCompression=0, initialFontName=lay.regular.name)
    c.setTitle(f"{kind} {data.number}")
    c.setAuthor(data.shop_name)
    c.setCreator("Mama Killa POS")
    for number, blocks in enumerate(pages, start=1):
        top = page_size[1] - size.top
        for block in blocks:
            block.draw(c, top)
            top -= block.height
        if len(pages) > 1:
            show(
                c,
                lay.regular,
                size.small,
                page_size[0] - size.margin,
                size.bottom - size.small,
                texts["page"].format(number=data.number, page=number, pages=len(pages)),
                "right",
            )
            if data.copy:
                show(c, lay.bold, size.small, size.margin, size.bottom - size.small, texts["copy"])
        c.showPage()
    c.save()
    return out.getvalue()


__all__ = [
    "CHANGE_METHODS",
    "DEFAULT_FOOTER",
    "DEFAULT_HEADER",
    "PAPERS",
    "QR_SIZES",
    "TEXTS",
    "ReceiptData",
    "ReceiptLine",
    "ReceiptPayment",
    "build_receipt",
    "build_receipt_text",
    "mm",
    "payment_label",
    "stringWidth",
    "wrap",
]
