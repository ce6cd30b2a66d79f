"""Hang tags: product, price, maker and a Code 128 barcode of the item code (DESIGN.md §6).

Tags go on an A4 sheet of self-adhesive labels laid out in a grid, starting
at any position so that a half-used sheet can go through the printer again,
or on a label roll, one label per page. Plain data in, PDF bytes out.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..domain.money import format_money
from .fonts import Fonts, register_fonts
from .receipt import wrap

MODULE = 0.33 * mm
"""Width of the narrowest bar: 0.33 mm reads well with any hand scanner."""

MIN_MODULE = 0.19 * mm
"""Below this a code is drawn across the whole label width; codes up to 16 characters never need it."""
MIN_BAR_HEIGHT = 6.5 * mm
"""Below this the texts above the barcode give up lines to leave it room."""

QUIET_MODULES = 10
"""Blank space a scanner needs on each side of the bars, in narrow-bar widths."""

CODE = re.compile(r"[\x21-\x7e]{1,32}")
"""Item codes that print: 1 to 32 visible ASCII characters, as the catalogue allows."""

INK = Color(0, 0, 0)
MUTED = Color(0.33, 0.33, 0.33)
GUIDE = Color(0.75, 0.75, 0.75)


@dataclass(frozen=True)
class HangTag:
    """What one tag shows.

    Attributes:
        code: the item code, printed as a Code 128 barcode and in letters.
        product: the product's name.
        price: the price in soles.
        makers: full names of the women who made it; empty for the center's own goods.
        shop: printed small at the top when there is room (empty: nothing).
    """

    code: str
    product: str
    price: Decimal
    makers: tuple[str, ...] = ()
    shop: str = ""

    @property
    def made_by(self) -> str:
        """``Hecho por Rosa Quispe`` or ``Hecho por Rosa Quispe y Ana Huamán``."""
        if not self.makers:
            return f"Hecho en {self.shop}" if self.shop else "Hecho en el taller"
        names = list(self.makers)
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " y " + names[-1]
        return f"Hecho por {joined}"


@dataclass(frozen=True)
class LabelLayout:
    """A label stock: the page, the grid of labels on it and each label's size (millimetres).

    A label roll is a layout whose page is one label.
    """

    key: str
    title: str
    page_width: float
    page_height: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    left: float = 0.0
    top: float = 0.0
    column_gap: float = 0.0
    row_gap: float = 0.0
    padding: float = 3.0
    extras: tuple[str, ...] = field(default=())

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def is_roll(self) -> bool:
        return self.per_page == 1

    def origin(self, slot: int) -> tuple[float, float]:
        """Bottom-left corner (points) of label ``slot`` (0 = top left, row by row)."""
        row, column = divmod(slot, self.columns)
        x = self.left + column * (self.label_width + self.column_gap)
        top = self.top + row * (self.label_height + self.row_gap)
        y = self.page_height - top - self.label_height
        return x * mm, y * mm


LAYOUTS: dict[str, LabelLayout] = {
    layout.key: layout
    for layout in (
        LabelLayout(
            "a4-3x7",
            "A4, 21 etiquetas de 63,5 × 38,1 mm (3 × 7)",
            210,
            297,
            3,
            7,
            63.5,
            38.1,
            left=7.2,
            top=15.15,
            column_gap=2.5,
        ),
        # No margin round this sheet: a wider padding keeps the text inside what printers can reach.
        LabelLayout("a4-3x8", "A4, 24 etiquetas de 70 × 37 mm (3 × 8)", 210, 297, 3, 8, 70, 37, top=0.5, padding=4.0),
        LabelLayout(
            "a4-2x7",
            "A4, 14 etiquetas de 99,1 × 38,1 mm (2 × 7)",
            210,
            297,
            2,
            7,
            99.1,
            38.1,
            left=4.65,
            top=15.15,
            column_gap=2.5,
        ),
        LabelLayout("roll-50x30", "Rollo de etiquetas de 50 × 30 mm", 50, 30, 1, 1, 50, 30, padding=2.0),
        LabelLayout("roll-60x40", "Rollo de etiquetas de 60 × 40 mm", 60, 40, 1, 1, 60, 40, padding=2.5),
    )
}
DEFAULT_LAYOUT = "a4-3x7"


class TagError(ValueError):
    """The tags cannot be laid out as asked (unknown layout, start position off the sheet)."""


def layout_for(layout: str | LabelLayout) -> LabelLayout:
    """The layout called ``layout`` (or ``layout`` itself)."""
    if isinstance(layout, LabelLayout):
        return layout
    try:
        return LAYOUTS[layout]
    except KeyError:
        raise TagError(f"formato de etiquetas desconocido: {layout}") from None


def build_hang_tags(
    tags: Sequence[HangTag],
    layout: str | LabelLayout = DEFAULT_LAYOUT,
    start: int = 1,
    guides: bool = False,
) -> bytes:
    """The tags as a PDF, one tag per label, in order.

    Args:
        tags: one entry per label to print (repeat a tag for several copies).
        layout: a key of :data:`LAYOUTS` or a :class:`LabelLayout`.
        start: the position (1 = top left, counted row by row) of the first
            free label on the first sheet; ignored on a roll.
        guides: draw a thin outline round each label (for plain paper cut by hand).

    Raises:
        TagError: unknown layout, no tags, or a start position that is not on the sheet.
    """
    chosen = layout_for(layout)
    if not tags:
        raise TagError("no hay etiquetas que imprimir")
    if chosen.is_roll:
        start = 1
    if not 1 <= start <= chosen.per_page:
        raise TagError(f"la posición de inicio va de 1 a {chosen.per_page}")
    for tag in tags:
        if not CODE.fullmatch(tag.code):
            raise TagError(f"el código «{tag.code}» no se puede imprimir en Code 128 (letras sin tilde y números)")
    fonts = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(chosen.page_width * mm, chosen.page_height * mm))
    canvas.setTitle("Etiquetas")
    canvas.setAuthor("Mama Killa POS")
    canvas.setCreator("Mama Killa POS")
    for index, tag in enumerate(tags):
        position = start - 1 + index
        slot = position % chosen.per_page
        if index and slot == 0:
            canvas.showPage()
        x, y = chosen.origin(slot)
        if guides:
            _guide(canvas, chosen, x, y)
        draw_tag(canvas, tag, x, y, chosen.label_width * mm, chosen.label_height * mm, chosen.padding * mm, fonts)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _guide(canvas: Canvas, layout: LabelLayout, x: float, y: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(GUIDE)
    canvas.setLineWidth(0.3)
    canvas.setDash(2, 2)
    canvas.roundRect(x, y, layout.label_width * mm, layout.label_height * mm, 2 * mm, stroke=1, fill=0)
    canvas.restoreState()


def _fit(text: str, font: str, size: float, smallest: float, width: float, max_lines: int) -> tuple[float, list[str]]:
    """The largest size from ``size`` down to ``smallest`` at which ``text`` wraps into ``max_lines``.

    At the smallest size a text still too long keeps ``max_lines`` lines, the
    last one ending in an ellipsis.
    """
    current = size
    while True:
        lines = wrap(text, font, current, width)
        if len(lines) <= max_lines:
            return current, lines
        if current - 0.5 < smallest:
            break
        current -= 0.5
    kept = lines[:max_lines]
    last = kept[-1]
    while last and stringWidth(last + "…", font, current) > width:
        last = last[:-1].rstrip()
    kept[-1] = last + "…"
    return current, kept


def barcode_modules(code: str) -> int:
    """Width of the Code 128 symbol of ``code`` in narrow-bar widths (without quiet zones)."""
    return round(Code128(code, barWidth=1, quiet=0).width)


@dataclass(frozen=True)
class _Text:
    """Lines of one font and size, and the space kept below them (points)."""

    font: str
    size: float
    lines: tuple[str, ...]
    gap: float
    colour: Color = INK

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * 1.18 + self.gap


def _texts(
    tag: HangTag, inner: float, fonts: Fonts, compact: bool, shop: bool, product_lines: int, maker_lines: int
) -> list[_Text]:
    texts = []
    if shop and tag.shop:
        size, lines = _fit(tag.shop.upper(), fonts.regular, 6.5, 5.5, inner, 1)
        texts.append(_Text(fonts.regular, size, tuple(lines), 0.6, MUTED))
    size, lines = _fit(tag.product, fonts.bold, 8.5 if compact else 9.5, 6.5, inner, product_lines)
    texts.append(_Text(fonts.bold, size, tuple(lines), 0.0))
    price = format_money(tag.price)
    price_size = 12.0 if compact else 14.0
    while price_size > 8 and stringWidth(price, fonts.bold, price_size) > inner:
        price_size -= 0.5
    texts.append(_Text(fonts.bold, price_size, (price,), 0.0))
    size, lines = _fit(tag.made_by, fonts.regular, 7.5, 5.5, inner, maker_lines)
    texts.append(_Text(fonts.regular, size, tuple(lines), 0.0))
    return texts


def draw_tag(
    canvas: Canvas,
    tag: HangTag,
    x: float,
    y: float,
    width: float,
    height: float,
    padding: float,
    fonts: Fonts,
) -> None:
    """Draw one tag in the box whose bottom-left corner is (``x``, ``y``), all in points.

    From the top: the shop (small, on labels 40 mm tall or more), product name (bold, up to two lines),
    price (large), "Hecho por …", then the barcode with the code in letters
    under it. The barcode takes the height that is left; when too little is
    left the shop line goes first, then the second line of the maker's name,
    then the second line of the product's.
    """
    inner = width - 2 * padding
    top = y + height - padding
    bottom = y + padding
    compact = height < 32 * mm

    code_size = 7.5 if compact else 8.5
    code_font = fonts.mono_bold
    while code_size > 5 and stringWidth(tag.code, code_font, code_size) > inner:
        code_size -= 0.5
    code_baseline = bottom + code_size * 0.2
    bars_bottom = code_baseline + code_size + 0.6 * mm

    variants = [
        (height >= 40 * mm, 2, 1 if compact else 2),
        (False, 2, 2),
        (False, 2, 1),
        (False, 1, 1),
    ]
    for show_shop, product_lines, maker_lines in variants:
        texts = _texts(tag, inner, fonts, compact, show_shop, product_lines, maker_lines)
        bars_top = top - sum(t.height for t in texts) - 1.2 * mm
        if bars_top - bars_bottom >= MIN_BAR_HEIGHT:
            break

    canvas.saveState()
    cursor = top
    for block in texts:
        canvas.setFillColor(block.colour)
        canvas.setFont(block.font, block.size)
        for line in block.lines:
            cursor -= block.size
            canvas.drawString(x + padding, cursor, line)
            cursor -= block.size * 0.18
        cursor -= block.gap
    canvas.setFillColor(INK)
    bar_height = max(min(bars_top - bars_bottom, 16 * mm), 5 * mm)

    modules = barcode_modules(tag.code)
    module = min(MODULE, inner / (modules + 2 * QUIET_MODULES))
    if module < MIN_MODULE:
        # A long code on a narrow label: thinner bars over the whole label rather than bars off it.
        module = width / (modules + 2 * QUIET_MODULES)
    symbol = Code128(tag.code, barWidth=module, barHeight=bar_height, quiet=0, humanReadable=0)
    bars_x = x + (width - symbol.width) / 2
    symbol.drawOn(canvas, bars_x, bars_bottom)

    canvas.setFont(code_font, code_size)
    canvas.drawCentredString(x + width / 2, code_baseline, tag.code)
    canvas.restoreState()
