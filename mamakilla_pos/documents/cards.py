"""Cards for Instagram and WhatsApp: a product's photo, name, price and who made it, as PNG.

A square post (1080 × 1080) and a story (1080 × 1920). Drawn with Pillow
in the shipped DejaVu fonts, so the command line makes them without a
display; plain data in, PNG bytes out.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageDraw

from .photos import LARGE_SIZE, decode
from .picture_text import category_colour, draw_lines, fit, font, placeholder, rounded_box

SQUARE = (1080, 1080)
STORY = (1080, 1920)
CREAM = (250, 244, 236)
INK = (34, 30, 28)
WHITE = (255, 255, 255)
ACCENT = (176, 74, 52)


@dataclass(frozen=True)
class Card:
    """What a card shows.

    Attributes:
        price: the price as written (``S/ 85.00``).
        credit: ``hecho por Rosa y Ana`` (empty for a piece of the center).
        shop: the shop's name; ``handle`` its Instagram (``@mamakilla.cusco``) or another contact.
        photo: the product's main photo (1080 px JPEG), or ``None``.
    """

    name: str
    price: str
    credit: str
    category: str
    shop: str
    handle: str
    photo: bytes | None


def _picture(card: Card, side: int) -> Image.Image:
    if card.photo:
        image = decode(card.photo)
        return image if image.size == (side, side) else image.resize((side, side), Image.Resampling.LANCZOS)
    return placeholder(side, card.name, category_colour(card.category))


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False, compress_level=6)
    return out.getvalue()


def square_card(card: Card) -> bytes:
    """The 1080 × 1080 post: the photo over the whole card, a band at the foot with name, maker and price."""
    image = _picture(card, LARGE_SIZE).convert("RGBA")
    layer = Image.new("RGBA", SQUARE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    band_top = 800
    draw.rectangle((0, band_top, SQUARE[0], SQUARE[1]), fill=(28, 22, 20, 205))
    price_face = font(64, bold=True)
    price_width = price_face.getlength(card.price) + 56
    rounded_box(draw, (SQUARE[0] - 40 - price_width, band_top - 52, SQUARE[0] - 40, band_top + 40), 44, ACCENT)
    draw.text((SQUARE[0] - 40 - price_width / 2, band_top - 6), card.price, font=price_face, fill=WHITE, anchor="mm")
    room = SQUARE[0] - 80
    face, lines = fit(card.name, room, 2, 56, 36, bold=True)
    y = draw_lines(draw, lines, face, 40, band_top + 54, WHITE, 1.12)
    if card.credit:
        credit_face, credit_lines = fit(card.credit, room, 1, 40, 26)
        draw_lines(draw, credit_lines, credit_face, 40, y + 8, (240, 226, 214))
    shop = " · ".join(part for part in (card.shop, card.handle) if part)
    shop_face, shop_lines = fit(shop, room * 0.7, 1, 30, 20, bold=True)
    shop_box = (28, 28, 28 + shop_face.getlength(shop_lines[0]) + 36, 28 + shop_face.size + 28)
    rounded_box(draw, shop_box, 24, (0, 0, 0, 120))
    draw.text((46, 42), shop_lines[0], font=shop_face, fill=WHITE)
    return _png(Image.alpha_composite(image, layer).convert("RGB"))


def story_card(card: Card) -> bytes:
    """The 1080 × 1920 story: the shop on top, the square photo, then name, maker and price in large type."""
    image = Image.new("RGB", STORY, CREAM)
    draw = ImageDraw.Draw(image)
    shop_face, shop_lines = fit(card.shop, STORY[0] - 160, 1, 56, 34, bold=True)
    draw.text((STORY[0] / 2, 150), shop_lines[0], font=shop_face, fill=ACCENT, anchor="mm")
    if card.handle:
        handle_face, handle_lines = fit(card.handle, STORY[0] - 160, 1, 38, 24)
        draw.text((STORY[0] / 2, 214), handle_lines[0], font=handle_face, fill=INK, anchor="mm")
    top = 280
    image.paste(_picture(card, LARGE_SIZE), (0, top))
    y: float = top + LARGE_SIZE + 60
    face, lines = fit(card.name, STORY[0] - 140, 3, 76, 44, bold=True)
    for line in lines:
        draw.text((STORY[0] / 2, y), line, font=face, fill=INK, anchor="ma")
        y += face.size * 1.15
    if card.credit:
        credit_face, credit_lines = fit(card.credit, STORY[0] - 140, 1, 48, 30)
        draw.text((STORY[0] / 2, y + 14), credit_lines[0], font=credit_face, fill=(92, 80, 72), anchor="ma")
        y += credit_face.size + 30
    price_face = font(92, bold=True)
    price_width = price_face.getlength(card.price) + 90
    centre = STORY[0] / 2
    box_top = max(y + 30, STORY[1] - 250)
    rounded_box(draw, (centre - price_width / 2, box_top, centre + price_width / 2, box_top + 140), 70, ACCENT)
    draw.text((centre, box_top + 70), card.price, font=price_face, fill=WHITE, anchor="mm")
    return _png(image)
