"""The order slip the customer keeps, and the work ticket for the maker (DESIGN.md §10).

The **order slip** (80 mm roll or A4): the order's number, what is made,
the agreed price, every advance paid, the balance, the due date, the shop's
contact and conditions. The **work ticket**: what to make, its photos, the
due date and the customer's first name only (the maker needs no more of
her). Laid out in a column of blocks (:mod:`.layout`) like the receipt: a
roll gets one page as tall as the content, A4 as many pages as needed.
Plain data in, PDF bytes out; printed in Spanish.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from ..domain.orders import first_name
from .fonts import register_fonts
from .layout import A4, PAPER_SIZES, Face, Layout, mm, pages_of

SLIP_PAPERS = ("80mm", "A4")
METHOD_NAMES = {
    "cash": "Efectivo",
    "usd": "Dólares",
    "yape": "Yape",
    "plin": "Plin",
    "card": "Tarjeta",
    "transfer": "Transferencia",
}
CONDITIONS = (
    "Conserve este comprobante: lo pedirán al recoger su encargo. "
    "El saldo se paga al recoger. Si anula el encargo, la tienda decide si devuelve la seña."
)


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
    """What the slip and the ticket print."""

    number: str
    created_at: datetime
    customer_name: str
    customer_phone: str
    description: str
    price: Decimal
    paid: Decimal
    balance: Decimal
    due_on: date
    status_label: str
    shop_name: str
    shop_address: str
    shop_ruc: str = ""
    makers: tuple[str, ...] = ()
    payments: tuple[SlipPayment, ...] = ()
    photos: tuple[str, ...] = ()
    notes: str = ""


def _money(value: Decimal, currency: str = "PEN") -> str:
    sign = "−" if value < 0 else ""
    symbol = "US$" if currency == "USD" else "S/"
    return f"{sign}{symbol} {abs(value):,.2f}"


def _day(value: date) -> str:
    return f"{value:%d/%m/%Y}"


def _layout(paper: str) -> Layout:
    if paper not in SLIP_PAPERS:
        raise ValueError(f"papel desconocido: {paper!r} (use {', '.join(SLIP_PAPERS)})")
    fonts = register_fonts()
    size = PAPER_SIZES[paper]
    return Layout(size, Face(fonts.regular), Face(fonts.regular, embolden=True) if size.roll else Face(fonts.bold))


def _head(lay: Layout, data: OrderSlipData, title: str) -> None:
    paper = lay.paper
    lay.centered(data.shop_name, paper.title, bold=True)
    if data.shop_address:
        lay.centered(data.shop_address, paper.small)
    if data.shop_ruc:
        lay.centered(f"RUC {data.shop_ruc}", paper.small)
    lay.rule()
    lay.centered(title, paper.big, bold=True)
    lay.centered(f"N.º {data.number}", paper.big, bold=True)
    lay.rule()


def _lay_out_slip(lay: Layout, data: OrderSlipData) -> None:
    paper = lay.paper
    body = paper.body
    _head(lay, data, "ENCARGO")
    lay.row("Fecha", f"{data.created_at:%d/%m/%Y %H:%M}", body)
    lay.row("Clienta", data.customer_name, body)
    if data.customer_phone:
        lay.row("Teléfono", data.customer_phone, body)
    lay.rule()
    lay.row("Qué hacemos:", "", body, bold=True, keep_with_next=True)
    lay.row(data.description, "", body)
    if data.notes:
        lay.row(data.notes, "", paper.small)
    lay.rule()
    lay.row("Precio acordado", _money(data.price), body, bold=True)
    for p in data.payments:
        what = f"{'Seña devuelta' if p.returned else 'Seña'} {p.at:%d/%m} · {METHOD_NAMES.get(p.method, p.method)}"
        if p.currency == "USD":
            what += f" ({_money(p.amount, 'USD')})"
        lay.row(what, _money(-p.amount_pen if not p.returned else p.amount_pen), body, indent=2 * mm)
    lay.row("Pagado", _money(data.paid), body)
    lay.row("SALDO", _money(data.balance), paper.big, bold=True)
    lay.rule()
    lay.row("Entrega", _day(data.due_on), paper.big, bold=True)
    lay.row("Estado", data.status_label, body)
    lay.rule()
    lay.row(CONDITIONS, "", paper.small)
    lay.space(body * 0.5)
    contact = " · ".join(part for part in (data.shop_name, data.shop_address) if part)
    lay.centered(contact, paper.small)


def _lay_out_ticket(lay: Layout, data: OrderSlipData) -> None:
    paper = lay.paper
    body = paper.body
    _head(lay, data, "ORDEN DE TRABAJO")
    lay.row("Entregar el", _day(data.due_on), paper.big, bold=True)
    lay.row("Para", first_name(data.customer_name), body)
    if data.makers:
        lay.row("Artesanas", ", ".join(data.makers), body)
    lay.rule()
    lay.row("Qué hacer:", "", body, bold=True, keep_with_next=True)
    lay.row(data.description, "", body)
    if data.notes:
        lay.row(data.notes, "", body)
    for photo in data.photos:
        _photo(lay, photo)


def _photo(lay: Layout, path: str) -> None:
    """A photo of the order, as wide as the column (at most 60 mm tall); skipped when unreadable."""
    from reportlab.lib.utils import ImageReader

    try:
        image = ImageReader(path)
        width, height = image.getSize()
    except Exception:  # a photo moved or broken: the ticket still prints
        lay.row(f"(foto no encontrada: {path})", "", lay.paper.small)
        return
    scale = min(lay.width / width, 60 * mm / height)
    w, h = width * scale, height * scale
    x = lay.left + (lay.width - w) / 2

    def draw(c, top: float) -> None:  # type: ignore[no-untyped-def]
        c.drawImage(image, x, top - h - 1 * mm, w, h)

    lay.add(h + 2 * mm, draw)


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
    """The customer's order slip as PDF bytes (``80mm`` or ``A4``)."""
    lay = _layout(paper)
    _lay_out_slip(lay, data)
    return _render(lay, f"Encargo {data.number}")


def build_work_ticket(data: OrderSlipData, paper: str = "A4") -> bytes:
    """The maker's work ticket as PDF bytes (``A4`` or ``80mm``)."""
    lay = _layout(paper)
    _lay_out_ticket(lay, data)
    return _render(lay, f"Orden de trabajo {data.number}")
