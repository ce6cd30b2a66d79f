"""The photo catalogue: A4 pages of six products (photo, name, price, who made it), by category.

Each category starts a page under its own heading; every page carries the
shop's contact, the 45 % promise and a QR code to the shop's Instagram, so a
page sent alone still says where to buy. Plain data in, PDF bytes out; the
photos are asked for a page at a time (``photos``), so a long catalogue
never holds every picture. Every text is in the embedded DejaVu fonts.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PIL import Image
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..domain.language import TRUE_MINUS, Formats
from .fonts import Fonts, register_fonts
from .photos import decode
from .picture_text import category_colour, placeholder
from .qr import draw_qr

PAGE_W, PAGE_H = A4
MARGIN = 14 * mm
COLUMNS, ROWS = 3, 2
PER_PAGE = COLUMNS * ROWS
GAP = 6 * mm
CELL_W = (PAGE_W - 2 * MARGIN - (COLUMNS - 1) * GAP) / COLUMNS
PRICE_DROP = 66
"""The price's baseline under the photo: below two lines of name and the credit, in line across a row."""
ROW_TEXT = 88
"""Room under each photo for its texts, down to the next row's photo."""
PHOTO_PX = 640
"""The photos are put in the PDF at this size: sharp in print at this cell's width, light to send."""

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#B0A89E")
ACCENT = colors.HexColor("#B04A34")
SPANISH = Formats("es", TRUE_MINUS)

MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)

PROMISE = "El 45 % de cada compra es para la artesana que hizo la pieza."


@dataclass(frozen=True)
class Listed:
    """A product on the page: ``credit`` is ``Rosa y Ana`` (empty for the center's)."""

    product_id: int
    name: str
    category: str
    price: Decimal
    credit: str


@dataclass(frozen=True)
class Contact:
    """The shop's name and how to reach it; ``instagram_url`` becomes the QR code."""

    name: str
    address: str
    phone: str
    instagram_url: str
    instagram_handle: str


PhotoSource = Callable[[Sequence[int]], Mapping[int, bytes]]
"""Given product ids, the main photo (1080 px JPEG) of those that have one."""


def month_name(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def _pages(listed: Sequence[Listed]) -> list[tuple[str, list[Listed]]]:
    """Pages of at most six, a category never sharing a page with another."""
    pages: list[tuple[str, list[Listed]]] = []
    for entry in listed:
        if not pages or pages[-1][0] != entry.category or len(pages[-1][1]) == PER_PAGE:
            pages.append((entry.category, []))
        pages[-1][1].append(entry)
    return pages


def _fit(text: str, font: str, room: float, largest: float, smallest: float) -> float:
    size = largest
    while size > smallest and stringWidth(text, font, size) > room:
        size -= 0.25
    return size


def _two_lines(text: str, font: str, size: float, room: float) -> list[str] | None:
    """``text`` on one line, or on two split where the lines are most alike; ``None`` when it does not fit."""
    if stringWidth(text, font, size) <= room:
        return [text]
    words = text.split()
    best: tuple[float, list[str]] | None = None
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        a, b = stringWidth(first, font, size), stringWidth(second, font, size)
        if a <= room and b <= room and (best is None or abs(a - b) < best[0]):
            best = (abs(a - b), [first, second])
    return best[1] if best else None


def _name_lines(name: str, font: str, room: float) -> tuple[float, list[str]]:
    """The product's name whole on one or two lines, at the largest size from 11 pt down to 7 pt."""
    size = 11.0
    while size >= 7:
        lines = _two_lines(name, font, size, room)
        if lines is not None:
            return size, lines
        size -= 0.5
    cut = name
    while cut and stringWidth(cut + "…", font, 7) > 2 * room:
        cut = cut[:-1]
    return 7.0, _two_lines(cut + "…", font, 7, room) or [cut[:40] + "…"]


def _photo_reader(data: bytes | None, entry: Listed) -> ImageReader:
    image = decode(data) if data else placeholder(PHOTO_PX, entry.name, category_colour(entry.category))
    if image.size != (PHOTO_PX, PHOTO_PX):
        image = image.resize((PHOTO_PX, PHOTO_PX), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=86)
    out.seek(0)
    return ImageReader(out)


class _Page:
    """Draws one page of the catalogue."""

    def __init__(self, canvas: Canvas, fonts: Fonts, contact: Contact, today: date) -> None:
        self.c = canvas
        self.fonts = fonts
        self.contact = contact
        self.today = today

    def header(self, category: str, first_of_category: bool) -> float:
        """The shop and the category at the top; returns the ``y`` where the products start."""
        c, f = self.c, self.fonts
        top = PAGE_H - MARGIN
        c.setFillColor(ACCENT)
        c.setFont(f.bold, _fit(self.contact.name, f.bold, PAGE_W / 2, 17, 10))
        c.drawString(MARGIN, top - 14, self.contact.name)
        c.setFillColor(MUTED)
        c.setFont(f.regular, 9.5)
        c.drawRightString(PAGE_W - MARGIN, top - 13, f"Catálogo · {month_name(self.today)}")
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(MARGIN, top - 22, PAGE_W - MARGIN, top - 22)
        y = top - 30
        if first_of_category:
            c.setFillColor(INK)
            c.setFont(f.bold, 20)
            c.drawString(MARGIN, y - 20, category)
            y -= 34
        else:
            c.setFillColor(MUTED)
            c.setFont(f.regular, 11)
            c.drawString(MARGIN, y - 12, f"{category} (continuación)")
            y -= 22
        return y

    def cell(self, entry: Listed, photo: bytes | None, left: float, top: float) -> None:
        c, f = self.c, self.fonts
        c.drawImage(_photo_reader(photo, entry), left, top - CELL_W, CELL_W, CELL_W)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.rect(left, top - CELL_W, CELL_W, CELL_W, stroke=1, fill=0)
        y = top - CELL_W - 14
        size, lines = _name_lines(entry.name, f.bold, CELL_W)
        c.setFillColor(INK)
        c.setFont(f.bold, size)
        for line in lines:
            c.drawString(left, y, line)
            y -= size * 1.2
        if entry.credit:
            credit = f"hecho por {entry.credit}"
            c.setFillColor(MUTED)
            c.setFont(f.regular, _fit(credit, f.regular, CELL_W, 9, 6.5))
            c.drawString(left, y - 1, credit)
        c.setFillColor(ACCENT)
        c.setFont(f.bold, 15)
        c.drawString(left, top - CELL_W - PRICE_DROP, SPANISH.money(entry.price))

    def footer(self, page: int, pages: int) -> None:
        c, f = self.c, self.fonts
        qr_size = 24 * mm
        base = MARGIN
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(MARGIN, base + qr_size + 4, PAGE_W - MARGIN, base + qr_size + 4)
        room = PAGE_W - 2 * MARGIN - qr_size - 8 * mm
        lines = [
            (f.bold, 10, INK, self.contact.name),
            (f.regular, 8.5, INK, self.contact.address),
            (f.regular, 8.5, INK, self._reach()),
            (f.regular, 8, MUTED, PROMISE),
            (f.regular, 7.5, MUTED, f"página {page} de {pages}"),
        ]
        y = base + qr_size - 8
        for font, size, colour, text in lines:
            if not text:
                continue
            c.setFillColor(colour)
            c.setFont(font, _fit(text, font, room, size, 6))
            c.drawString(MARGIN, y, text)
            y -= size + 4
        if self.contact.instagram_url:
            draw_qr(c, self.contact.instagram_url, PAGE_W - MARGIN - qr_size, base, qr_size)
            c.setFillColor(MUTED)
            c.setFont(f.regular, 7)
            c.drawCentredString(PAGE_W - MARGIN - qr_size / 2, base - 8, "Instagram")

    def _reach(self) -> str:
        parts = []
        if self.contact.phone:
            parts.append(f"WhatsApp {self.contact.phone}")
        if self.contact.instagram_handle:
            parts.append(f"Instagram {self.contact.instagram_handle}")
        return " · ".join(parts)


def catalogue_pdf(
    listed: Sequence[Listed],
    contact: Contact,
    photos: PhotoSource,
    today: date,
    progress: Callable[[int, int], object] | None = None,
) -> bytes:
    """The catalogue of ``listed`` (already in order: by category, then name) as A4 PDF bytes.

    ``progress(done, total)`` is called after each page (pages of products).
    """
    fonts = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=fonts.regular)
    canvas.setTitle(f"Catálogo {contact.name}")
    canvas.setAuthor(contact.name)
    pages = _pages(listed) or [("", [])]
    seen: set[str] = set()
    for number, (category, entries) in enumerate(pages, start=1):
        page = _Page(canvas, fonts, contact, today)
        top = page.header(category, category not in seen) if category else PAGE_H - MARGIN - 40
        seen.add(category)
        if not entries:
            canvas.setFont(fonts.regular, 12)
            canvas.drawString(MARGIN, top - 20, "No hay productos en el catálogo.")
        pictures = photos([e.product_id for e in entries]) if entries else {}
        row_height = CELL_W + ROW_TEXT
        for index, entry in enumerate(entries):
            row, column = divmod(index, COLUMNS)
            page.cell(entry, pictures.get(entry.product_id), MARGIN + column * (CELL_W + GAP), top - row * row_height)
        page.footer(number, len(pages))
        canvas.showPage()
        if progress is not None:
            progress(number, len(pages))
    canvas.save()
    return buffer.getvalue()
