"""The order slip the customer keeps, and the work ticket for the maker (DESIGN.md §10).

The **order slip** (80 mm roll or A4): the order's number, what is made,
the agreed price, every advance paid, the balance, the due date, the shop's
contact and conditions. The **work ticket**: what to make, its photos, the
due date and the customer's first name only (the maker needs no more of
her). Laid out in a column of blocks (:mod:`.layout`) like the receipt: a
roll gets one page as tall as the content, A4 as many pages as needed.
Plain data in, PDF bytes out (or, for the slip, lines of text for a
thermal printer: :func:`build_order_slip_text`), in the shop's language.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from ..domain.language import TRUE_MINUS, Formats, check_language
from ..domain.orders import first_name
from .fonts import register_fonts
from .layout import A4, PAPER_SIZES, Face, Layout, mm, pages_of
from .order_slip_texts import TEXTS
from .roll_text import RollText, TextLayout

SLIP_PAPERS = ("80mm", "A4")


@dataclass(frozen=True)
class SlipPayment:
    """An advance as the slip prints it (``returned`` when it was given back)."""

    at: datetime
    method: str
    currency: str
    amount: Decimal
    amount_pen: Decimal
    returned: bool = False


@dataclass(frozen=True)
class OrderSlipData:
    """What the slip and the ticket print, in ``language`` (``es``, ``en`` or ``fr``).

    ``photos`` are the order's stored photos (JPEG bytes), or the path of a
    picture file for an order recorded before photos were stored.
    """

    number: str
    created_at: datetime
    customer_name: str
    customer_phone: str
    description: str
    price: Decimal
    paid: Decimal
    balance: Decimal
    due_on: date
    status: str
    shop_name: str
    shop_address: str
    shop_ruc: str = ""
    makers: tuple[str, ...] = ()
    payments: tuple[SlipPayment, ...] = ()
    photos: tuple[bytes | str, ...] = ()
    notes: str = ""
    language: str = "es"


class _Words:
    """The slip's words and number formats in one language."""

    def __init__(self, language: str) -> None:
        check_language(language)
        self.texts = TEXTS[language]
        self.formats = Formats(language, TRUE_MINUS)

    def __getitem__(self, key: str) -> str:
        return self.texts[key]

    def money(self, value: Decimal, currency: str = "PEN") -> str:
        return self.formats.money(value, currency)


def _layout(paper: str) -> Layout:
    if paper not in SLIP_PAPERS:
        raise ValueError(f"papel desconocido: {paper!r} (use {', '.join(SLIP_PAPERS)})")
    fonts = register_fonts()
    size = PAPER_SIZES[paper]
    return Layout(size, Face(fonts.regular), Face(fonts.regular, embolden=True) if size.roll else Face(fonts.bold))


def _head(lay: Layout | TextLayout, data: OrderSlipData, w: _Words, title: str) -> None:
    paper = lay.paper
    lay.centered(data.shop_name, paper.title, bold=True)
    if data.shop_address:
        lay.centered(data.shop_address, paper.small)
    if data.shop_ruc:
        lay.centered(w["ruc"].format(ruc=data.shop_ruc), paper.small)
    lay.rule()
    lay.centered(w[title], paper.big, bold=True)
    lay.centered(w["number"].format(number=data.number), paper.big, bold=True)
    lay.rule()


def _lay_out_slip(lay: Layout | TextLayout, data: OrderSlipData) -> None:
    """The slip, for either renderer: the PDF's :class:`Layout` or the thermal printer's :class:`TextLayout`."""
    w = _Words(data.language)
    paper = lay.paper
    body = paper.body
    _head(lay, data, w, "slip_title")
    lay.row(w["date"], w.formats.moment(data.created_at), body)
    lay.row(w["customer"], data.customer_name, body)
    if data.customer_phone:
        lay.row(w["phone"], data.customer_phone, body)
    lay.rule()
    lay.row(w["what"], "", body, bold=True, keep_with_next=True)
    lay.row(data.description, "", body)
    if data.notes:
        lay.row(data.notes, "", paper.small)
    lay.rule()
    lay.row(w["price"], w.money(data.price), body, bold=True)
    for p in data.payments:
        kind = w["advance_returned"] if p.returned else w["advance"]
        what = f"{kind} {w.formats.short_day(p.at.date())} · {w.formats.method(p.method)}"
        if p.currency == "USD":
            what += f" ({w.money(p.amount, 'USD')})"
        lay.row(what, w.money(p.amount_pen if p.returned else -p.amount_pen), body, indent=2 * mm)
    lay.row(w["paid"], w.money(data.paid), body)
    lay.row(w["balance"], w.money(data.balance), paper.big, bold=True)
    lay.rule()
    lay.row(w["due"], w.formats.day(data.due_on), paper.big, bold=True)
    lay.row(w["status"], w[data.status], body)
    lay.rule()
    lay.row(w["conditions"], "", paper.small)
    lay.space(body * 0.5)
    contact = " · ".join(part for part in (data.shop_name, data.shop_address) if part)
    lay.centered(contact, paper.small)


def _lay_out_ticket(lay: Layout, data: OrderSlipData) -> None:
    w = _Words(data.language)
    paper = lay.paper
    body = paper.body
    _head(lay, data, w, "ticket_title")
    lay.row(w["due_ticket"], w.formats.day(data.due_on), paper.big, bold=True)
    lay.row(w["for"], first_name(data.customer_name), body)
    if data.makers:
        lay.row(w["makers"], ", ".join(data.makers), body)
    lay.rule()
    lay.row(w["to_make"], "", body, bold=True, keep_with_next=True)
    lay.row(data.description, "", body)
    if data.notes:
        lay.row(data.notes, "", body)
    for photo in data.photos:
        _photo(lay, photo, w)


def _photo(lay: Layout, photo: bytes | str, w: _Words) -> None:
    """A photo of the order, as wide as the column (at most 60 mm tall); named when unreadable."""
    from reportlab.lib.utils import ImageReader

    try:
        image = ImageReader(io.BytesIO(photo) if isinstance(photo, bytes) else photo)
        width, height = image.getSize()
    except Exception:  # a picture file moved or broken: the ticket still prints
        name = photo if isinstance(photo, str) else "?"
        lay.row(w["photo_missing"].format(name=name), "", lay.paper.small)
        return
    scale = min(lay.width / width, 60 * mm / height)
    wide, high = width * scale, height * scale
    x = lay.left + (lay.width - wide) / 2

    def draw(c, top: float) -> None:  # type: ignore[no-untyped-def]
        c.drawImage(image, x, top - high - 1 * mm, wide, high)

    lay.add(high + 2 * mm, draw)


def _render(lay: Layout, title: str) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    paper = lay.paper
    if paper.roll:
        page_size = (paper.width, paper.top + paper.bottom + sum(b.height for b in lay.blocks))
        pages = [lay.blocks]
    else:
        page_size = A4
        pages = pages_of(lay, A4[1] - paper.top - paper.bottom)
    out = io.BytesIO()
    c = Canvas(out, pagesize=page_size, pageCompression=0, initialFontName=lay.regular.name)
    c.setTitle(title)
    c.setCreator("Mama Killa POS")
    for blocks in pages:
        top = page_size[1] - paper.top
        for block in blocks:
            block.draw(c, top)
            top -= block.height
        c.showPage()
    c.save()
    return out.getvalue()


def build_order_slip(data: OrderSlipData, paper: str = "80mm") -> bytes:
    """The customer's order slip as PDF bytes (``80mm`` or ``A4``), in ``data.language``.

    Raises:
        ValueError: unknown paper or language.
    """
    check_language(data.language)
    lay = _layout(paper)
    _lay_out_slip(lay, data)
    return _render(lay, TEXTS[data.language]["title_slip"].format(number=data.number))


def build_order_slip_text(data: OrderSlipData, columns: int) -> RollText:
    """The same slip as :func:`build_order_slip`, as lines of ``columns`` characters for a thermal printer."""
    lay = TextLayout.for_columns(columns)
    _lay_out_slip(lay, data)
    return lay.result()


def build_work_ticket(data: OrderSlipData, paper: str = "A4") -> bytes:
    """The maker's work ticket as PDF bytes (``A4`` or ``80mm``), in ``data.language``.

    Raises:
        ValueError: unknown paper or language.
    """
    check_language(data.language)
    lay = _layout(paper)
    _lay_out_ticket(lay, data)
    return _render(lay, TEXTS[data.language]["title_ticket"].format(number=data.number))
