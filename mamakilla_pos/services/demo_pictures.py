"""Pictures for the demo shop, drawn with Pillow: a bag, a purse, a cushion… in the colours of its craft.

Nothing is downloaded: each product's picture is drawn from its name (the
kind of piece, the craft, the motif), the same every time, so that the demo's
sale screen, catalogue and cards look like a shop's.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter

SIDE = 1080
AGUAYO = ((196, 30, 58), (245, 166, 35), (36, 123, 160), (112, 193, 179), (80, 48, 110), (240, 240, 230))
LEATHER = ((139, 90, 43), (160, 110, 60), (110, 70, 35))
CANVAS = ((222, 208, 180), (200, 190, 165))
EMBROIDERY = ((214, 40, 57), (247, 178, 50), (48, 132, 70), (44, 110, 190), (230, 90, 160))


def _palette(name: str) -> tuple[tuple[int, int, int], str]:
    lower = name.lower()
    if "aguayo" in lower:
        return (196, 30, 58), "aguayo"
    if any(w in lower for w in ("cuero", "repujad", "grabad", "billetera", "cinturón", "portacelular")):
        return LEATHER[len(name) % len(LEATHER)], "leather"
    if any(w in lower for w in ("lona", "pintad", "tote", "shopper")):
        return CANVAS[len(name) % len(CANVAS)], "painted"
    return (38, 38, 46), "embroidered"


def _shape(name: str) -> str:
    lower = name.lower()
    for shape, words in (
        ("bag", ("bolso", "mochila", "bandolera", "tote", "shopper")),
        ("pouch", ("monedero", "billetera", "portacelular", "llavero")),
        ("case", ("cartuchera", "neceser", "estuche")),
        ("cushion", ("cojín", "tapiz", "servilletero")),
        ("belt", ("cinturón", "diadema")),
    ):
        if any(w in lower for w in words):
            return shape
    return "pouch"


def _body(shape: str) -> tuple[int, int, int, int]:
    return {
        "bag": (250, 380, 830, 900),
        "pouch": (300, 420, 780, 780),
        "case": (180, 460, 900, 740),
        "cushion": (220, 220, 860, 860),
        "belt": (120, 470, 960, 610),
    }[shape]


def _pattern(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], kind: str, rng: random.Random) -> None:
    left, top, right, bottom = box
    if kind == "aguayo":
        y, band = top, max(12, (bottom - top) // 14)
        while y < bottom:
            colour = rng.choice(AGUAYO)
            draw.rectangle((left, y, right, min(bottom, y + band)), fill=colour)
            for x in range(left, right, band * 2):
                draw.polygon([(x, y + band), (x + band, y), (x + 2 * band, y + band)], fill=rng.choice(AGUAYO))
            y += band
    elif kind == "leather":
        cx, cy, arm = (left + right) // 2, (top + bottom) // 2, (bottom - top) // 6
        for step in (3, 2, 1):  # a chakana (the Andean cross) pressed into the leather
            a = arm * step // 2
            draw.rectangle((cx - a, cy - arm * step, cx + a, cy + arm * step), outline=(80, 50, 25), width=6)
            draw.rectangle((cx - arm * step, cy - a, cx + arm * step, cy + a), outline=(80, 50, 25), width=6)
    elif kind == "painted":
        for _ in range(5):
            x, y = rng.randint(left + 60, right - 60), rng.randint(top + 60, bottom - 60)
            r = rng.randint(30, 70)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.choice(EMBROIDERY))
    else:
        for _ in range(9):  # embroidered flowers
            x, y = rng.randint(left + 50, right - 50), rng.randint(top + 50, bottom - 50)
            colour, r = rng.choice(EMBROIDERY), rng.randint(18, 34)
            for dx, dy in ((r, 0), (-r, 0), (0, r), (0, -r)):
                draw.ellipse((x + dx - r, y + dy - r, x + dx + r, y + dy + r), fill=colour)
            draw.ellipse((x - r // 2, y - r // 2, x + r // 2, y + r // 2), fill=(250, 220, 60))


def product_picture(name: str) -> bytes:
    """A 1080 × 1080 JPEG of a piece like ``name``: its shape from the kind of piece, its look from its craft."""
    rng = random.Random(name)
    colour, kind = _palette(name)
    shape = _shape(name)
    image = Image.new("RGB", (SIDE, SIDE), (241, 234, 222))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 760, SIDE, SIDE), fill=(226, 214, 196))  # the table it stands on
    box = _body(shape)
    shadow = Image.new("L", (SIDE, SIDE), 0)
    ImageDraw.Draw(shadow).ellipse((box[0] + 30, box[3] - 30, box[2] + 40, box[3] + 50), fill=120)
    image.paste((150, 135, 115), mask=shadow.filter(ImageFilter.GaussianBlur(24)))
    if shape == "bag":  # a handle above the body
        draw.arc((box[0] + 110, box[1] - 250, box[2] - 110, box[1] + 150), 180, 360, fill=(70, 45, 30), width=34)
    draw.rounded_rectangle(box, radius=60 if shape != "belt" else 30, fill=colour)
    inner = Image.new("RGB", (box[2] - box[0], box[3] - box[1]), colour)
    _pattern(ImageDraw.Draw(inner), (0, 0, inner.width, inner.height), kind, rng)
    mask = Image.new("L", inner.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, inner.width - 1, inner.height - 1), radius=60, fill=255)
    image.paste(inner, box[:2], mask)
    if shape in ("pouch", "case"):  # the zip
        draw.line((box[0] + 30, box[1] + 40, box[2] - 30, box[1] + 40), fill=(60, 60, 60), width=10)
        draw.ellipse((box[2] - 70, box[1] + 20, box[2] - 30, box[1] + 60), fill=(200, 170, 60))
    draw.rounded_rectangle(box, radius=60 if shape != "belt" else 30, outline=(40, 30, 25), width=5)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def maker_picture(name: str) -> bytes:
    """A simple portrait (a drawn face, hat and shawl) for a maker of the demo."""
    rng = random.Random(name)
    image = Image.new("RGB", (600, 600), rng.choice(((236, 224, 206), (220, 232, 226), (234, 222, 236))))
    draw = ImageDraw.Draw(image)
    shawl = rng.choice(AGUAYO[:5])
    draw.ellipse((90, 390, 510, 820), fill=shawl)
    for y in range(420, 600, 36):
        draw.line((100, y, 500, y), fill=rng.choice(AGUAYO), width=12)
    hat = rng.choice(((120, 40, 40), (60, 60, 70), (150, 110, 60)))
    draw.ellipse((170, 150, 430, 470), fill=(24, 20, 20))  # hair, behind the face
    draw.ellipse((200, 190, 400, 420), fill=(176, 124, 88))
    draw.rectangle((215, 60, 385, 175), fill=hat)  # a hat, its brim over the brow
    draw.ellipse((140, 140, 460, 215), fill=hat)
    for x in (262, 338):
        draw.ellipse((x - 11, 285, x + 11, 307), fill=(30, 20, 20))
    draw.arc((262, 320, 338, 372), 20, 160, fill=(110, 50, 40), width=6)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()
