"""A maker's month in large type: a picture to send by WhatsApp (Pillow) and an A4 page (ReportLab).

Plain data in (:class:`~.maker_month.MakerStatement`), PNG or PDF bytes out,
in the shipped DejaVu fonts. Amounts with the true minus sign.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image, ImageDraw
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..domain.language import TRUE_MINUS, Formats
from .catalogue_pdf import month_name
from .fonts import register_fonts
from .maker_month import MakerStatement
from .photos import decode
from .picture_text import fit, font, rounded_box

SPANISH = Formats("es", TRUE_MINUS)
WIDTH, HEIGHT = 1080, 1350
CREAM = (250, 244, 236)
INK = (34, 30, 28)
MUTED = (98, 88, 80)
ACCENT = (176, 74, 52)
WHITE = (255, 255, 255)
MAX_PLACES = 4


def _pieces(units: int) -> str:
    return f"{SPANISH.number(units)} {'pieza' if abs(units) == 1 else 'piezas'}"


def lines_of(statement: MakerStatement) -> list[tuple[str, str, bool]]:
    """What the statement says, row by row: ``(label, value, a detail under the row above)``."""
    rows: list[tuple[str, str, bool]] = [("Piezas hechas", SPANISH.number(statement.made), False)]
    rows.append(("Piezas vendidas", SPANISH.number(statement.sold), False))
    places = list(statement.places)
    for place in places[:MAX_PLACES]:
        rows.append((place.place, f"{_pieces(place.units)} · {SPANISH.money(place.share)}", True))
    if len(places) > MAX_PLACES:
        rest = places[MAX_PLACES:]
        units = sum(p.units for p in rest)
        rows.append((f"y {len(rest)} lugares más", _pieces(units), True))
    rows.append(("Tu parte del mes", SPANISH.money(statement.share), False))
    rows.append(("Pagado este mes", SPANISH.money(statement.paid), False))
    for payment in statement.payments[:3]:
        rows.append(
            (f"{SPANISH.day(payment.day)} · {SPANISH.method(payment.method)}", SPANISH.money(payment.amount), True)
        )
    return rows


def _portrait(data: bytes, side: int) -> Image.Image:
    photo = decode(data).resize((side, side), Image.Resampling.LANCZOS)
    mask = Image.new("L", (side, side), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, side - 1, side - 1), fill=255)
    round_photo = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    round_photo.paste(photo, (0, 0), mask)
    return round_photo


def statement_png(statement: MakerStatement) -> bytes:
    """The month as a 1080 × 1350 picture: her name and the month on top, the figures in large type."""
    image = Image.new("RGB", (WIDTH, HEIGHT), CREAM)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, 260), fill=ACCENT)
    left = 60
    if statement.photo:
        portrait = _portrait(statement.photo, 180)
        image.paste(portrait, (60, 40), portrait)
        left = 270
    name_face, name_lines = fit(statement.maker, WIDTH - left - 50, 2, 56, 34, bold=True)
    y: float = 56 if len(name_lines) == 1 else 36
    for line in name_lines:
        draw.text((left, y), line, font=name_face, fill=WHITE)
        y += name_face.size * 1.1
    draw.text((left, y + 10), month_name(statement.month).capitalize(), font=font(42), fill=WHITE)
    y = 270
    for label, value, detail in lines_of(statement):
        y += 56 if detail else 100  # each row's own room above its baseline
        size = 36 if detail else 46
        value_face = font(size if detail else 60, bold=not detail)
        label_face, label_lines = fit(label, WIDTH - 120 - value_face.getlength(value) - 40, 1, size, 24)
        x = 110 if detail else 60
        draw.text((x, y), label_lines[0], font=label_face, fill=MUTED if detail else INK, anchor="ls")
        draw.text((WIDTH - 60, y), value, font=value_face, fill=MUTED if detail else INK, anchor="rs")
    y += 40
    box_top = max(y, HEIGHT - 290)
    rounded_box(draw, (40, box_top, WIDTH - 40, box_top + 150), 30, (240, 220, 200))
    draw.text((80, box_top + 95), "Saldo por cobrar", font=font(48, bold=True), fill=INK, anchor="ls")
    draw.text(
        (WIDTH - 80, box_top + 100),
        SPANISH.money(statement.balance),
        font=font(72, bold=True),
        fill=ACCENT,
        anchor="rs",
    )
    thanks = f"Gracias, {statement.first_name}. El 45 % de cada venta de tus piezas es tuyo."
    thanks_face, thanks_lines = fit(thanks, WIDTH - 120, 2, 32, 22)
    bottom: float = HEIGHT - 110
    for line in thanks_lines:
        draw.text((WIDTH / 2, bottom), line, font=thanks_face, fill=MUTED, anchor="ms")
        bottom += thanks_face.size * 1.2
    draw.text((WIDTH / 2, HEIGHT - 24), statement.shop, font=font(26, bold=True), fill=ACCENT, anchor="ms")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _pdf_rows(canvas: Canvas, rows: Sequence[tuple[str, str, bool]], regular: str, bold: str, top: float) -> float:
    page_w = A4[0]
    y = top
    for label, value, detail in rows:
        y -= (9 if detail else 15) * mm  # each row's own room above its baseline
        size = 15 if detail else 20
        value_font = regular if detail else bold
        value_size = 15 if detail else 26
        room = page_w - 2 * 22 * mm - stringWidth(value, value_font, value_size) - 10 * mm
        label_size = float(size)
        while label_size > 9 and stringWidth(label, regular if detail else bold, label_size) > room:
            label_size -= 0.5
        canvas.setFillColor(colors.HexColor("#625850") if detail else colors.HexColor("#221E1C"))
        canvas.setFont(regular if detail else bold, label_size)
        canvas.drawString(22 * mm + (8 * mm if detail else 0), y, label)
        canvas.setFont(value_font, value_size)
        canvas.drawRightString(page_w - 22 * mm, y, value)
    return y - 12 * mm


def statement_pdf(statement: MakerStatement) -> bytes:
    """The month as one A4 page in large type, to print or to send."""
    fonts = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=fonts.regular)
    canvas.setTitle(f"{statement.maker} · {month_name(statement.month)}")
    canvas.setAuthor(statement.shop)
    page_w, page_h = A4
    accent = colors.HexColor("#B04A34")
    canvas.setFillColor(accent)
    canvas.rect(0, page_h - 62 * mm, page_w, 62 * mm, stroke=0, fill=1)
    left = 22 * mm
    if statement.photo:
        out = io.BytesIO()
        _portrait(statement.photo, 400).save(out, "PNG")
        out.seek(0)
        canvas.drawImage(ImageReader(out), 18 * mm, page_h - 54 * mm, 44 * mm, 44 * mm, mask="auto")
        left = 70 * mm
    name_size = 30.0
    while name_size > 16 and stringWidth(statement.maker, fonts.bold, name_size) > page_w - left - 16 * mm:
        name_size -= 1
    canvas.setFillColor(colors.white)
    canvas.setFont(fonts.bold, name_size)
    canvas.drawString(left, page_h - 30 * mm, statement.maker)
    canvas.setFont(fonts.regular, 22)
    canvas.drawString(left, page_h - 42 * mm, month_name(statement.month).capitalize())
    canvas.setFont(fonts.regular, 12)
    canvas.drawString(left, page_h - 51 * mm, statement.shop)
    y = _pdf_rows(canvas, lines_of(statement), fonts.regular, fonts.bold, page_h - 68 * mm)
    box_top = min(y, 80 * mm)
    canvas.setFillColor(colors.HexColor("#F0DCC8"))
    canvas.roundRect(16 * mm, box_top - 26 * mm, page_w - 32 * mm, 30 * mm, 6 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#221E1C"))
    canvas.setFont(fonts.bold, 22)
    canvas.drawString(24 * mm, box_top - 14 * mm, "Saldo por cobrar")
    canvas.setFillColor(accent)
    canvas.setFont(fonts.bold, 30)
    canvas.drawRightString(page_w - 24 * mm, box_top - 15 * mm, SPANISH.money(statement.balance))
    canvas.setFillColor(colors.HexColor("#625850"))
    canvas.setFont(fonts.regular, 12)
    canvas.drawCentredString(
        page_w / 2, 20 * mm, f"Gracias, {statement.first_name}. El 45 % de cada venta de tus piezas es tuyo."
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
