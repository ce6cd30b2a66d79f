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
GUIDE = Color(0.75, 0.75, 0.75)
"""The outline of a label cut by hand from plain paper (sheets only: a roll's labels are die-cut)."""

SMALLEST_TEXT = 7.0
"""No text on a tag prints smaller than this (points): below it a thermal label blurs."""

EDGE = 5.0
"""Nothing prints nearer than this to the edge of an A4 sheet (mm): most lasers cannot reach it."""


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
        return self.credit("full")

    def credit(self, names: str = "full") -> str:
        """The maker credit with the names ``full``, ``short`` (first name and first surname) or ``first``."""
        if not self.makers:
            return f"Hecho en {self.shop}" if self.shop else "Hecho en el taller"
        words = {"full": None, "short": 2, "first": 1}[names]
        shown = [" ".join(name.split()[:words]) for name in self.makers]
        joined = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " y " + shown[-1]
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

    def insets(self, slot: int) -> tuple[float, float, float, float]:
        """Blank space (points) inside label ``slot``'s left, bottom, right and top edges.

        The label's padding, and on a sheet more where the label comes nearer
        than :data:`EDGE` to the paper's edge.
        """
        x, y = (v / mm for v in self.origin(slot))
        edge = 0.0 if self.is_roll else EDGE
        left = max(self.padding, edge - x)
        bottom = max(self.padding, edge - y)
        right = max(self.padding, x + self.label_width - (self.page_width - edge))
        top = max(self.padding, y + self.label_height - (self.page_height - edge))
        return left * mm, bottom * mm, right * mm, top * mm

    def reach(self, slot: int) -> tuple[float, float]:
        """How far (points, left and right) the bars of a long code may spread: the label, inside the sheet's edge."""
        x, _ = self.origin(slot)
        edge = 0.0 if self.is_roll else EDGE * mm
        return max(x, edge), min(x + self.label_width * mm, self.page_width * mm - edge)


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
        # No margin round this sheet: the labels along its edges keep EDGE clear (LabelLayout.insets).
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
        guides: draw a thin outline round each label (for plain paper cut by hand; not on a roll).

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
    # Started in DejaVu: ReportLab's default Helvetica would be listed, never used nor embedded.
    size = (chosen.page_width * mm, chosen.page_height * mm)
    canvas = Canvas(buffer, pagesize=size, initialFontName=fonts.regular)
    canvas.setTitle("Etiquetas")
    canvas.setAuthor("Mama Killa POS")
    canvas.setCreator("Mama Killa POS")
    for index, tag in enumerate(tags):
        position = start - 1 + index
        slot = position % chosen.per_page
        if index and slot == 0:
            canvas.showPage()
        x, y = chosen.origin(slot)
        if guides and not chosen.is_roll:
            _guide(canvas, chosen, x, y)
        width, height = chosen.label_width * mm, chosen.label_height * mm
        draw_tag(canvas, tag, x, y, width, height, chosen.insets(slot), fonts, chosen.reach(slot))
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


def _fit(text: str, font: str, size: float, width: float, max_lines: int) -> tuple[float, list[str], bool]:
    """The largest size from ``size`` down to :data:`SMALLEST_TEXT` at which ``text`` wraps into ``max_lines``.

    Returns the size, the lines and whether the text fits whole: when it
    does not, it keeps ``max_lines`` lines at the smallest size, the last one
    ending in an ellipsis.
    """
    current = size
    while True:
        lines = wrap(text, font, current, width)
        if len(lines) <= max_lines:
            return current, lines, True
        if current - 0.5 < SMALLEST_TEXT:
            break
        current -= 0.5
    kept = lines[:max_lines]
    last = kept[-1]
    while last and stringWidth(last + "…", font, current) > width:
        last = last[:-1].rstrip()
    kept[-1] = last + "…"
    return current, kept, False


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

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * 1.18 + self.gap


@dataclass(frozen=True)
class _Variant:
    """How much a tag says: the shop line, lines of the product's name, the credit's names and lines, the price."""

    shop: bool
    product_lines: int
    names: str
    maker_lines: int
    price_size: float


def _variants(tall: bool, compact: bool) -> list[_Variant]:
    """From the fullest tag to the barest; the first that leaves the barcode its height is drawn.

    The maker's credit is never cut: the product's name gives up its second
    line and the price shrinks before the credit shortens the names (first
    name and surname, then first names).
    """
    price = 12.0 if compact else 14.0
    return [
        _Variant(tall, 2, "full", 1 if compact else 2, price),
        _Variant(False, 2, "full", 2, price),
        _Variant(False, 1, "full", 2, price),
        _Variant(False, 1, "full", 2, price - 2),
        _Variant(False, 1, "short", 2, price - 2),
        _Variant(False, 1, "first", 2, price - 2),
        _Variant(False, 1, "first", 1, price - 2),
    ]


def _texts(tag: HangTag, inner: float, fonts: Fonts, compact: bool, variant: _Variant) -> tuple[list[_Text], bool]:
    """The tag's lines for ``variant``, and whether the maker's credit fits whole."""
    texts = []
    if variant.shop and tag.shop:
        size, lines, _ = _fit(tag.shop.upper(), fonts.regular, SMALLEST_TEXT, inner, 1)
        texts.append(_Text(fonts.regular, size, tuple(lines), 0.6))
    size, lines, _ = _fit(tag.product, fonts.bold, 8.5 if compact else 9.5, inner, variant.product_lines)
    texts.append(_Text(fonts.bold, size, tuple(lines), 0.0))
    price = format_money(tag.price)
    price_size = variant.price_size
    while price_size > 8 and stringWidth(price, fonts.bold, price_size) > inner:
        price_size -= 0.5
    texts.append(_Text(fonts.bold, price_size, (price,), 0.0))
    credit = tag.credit(variant.names)
    size, lines, whole = _fit(credit, fonts.regular, 7.5, inner, variant.maker_lines)
    texts.append(_Text(fonts.regular, size, tuple(lines), 0.0))
    return texts, whole


def _code_lines(code: str, font: str, size: float, inner: float) -> list[str]:
    """The code in letters: one line, or two halves when even :data:`SMALLEST_TEXT` is too wide."""
    if stringWidth(code, font, size) <= inner:
        return [code]
    half = (len(code) + 1) // 2
    return [code[:half], code[half:]]


def draw_tag(
    canvas: Canvas,
    tag: HangTag,
    x: float,
    y: float,
    width: float,
    height: float,
    insets: tuple[float, float, float, float],
    fonts: Fonts,
    reach: tuple[float, float] | None = None,
) -> None:
    """Draw one tag in the box whose bottom-left corner is (``x``, ``y``), all in points.

    From the top: the shop (small, on labels 40 mm tall or more), product name (bold, up to two lines),
    price (large), "Hecho por …", then the barcode with the code in letters
    under it. The barcode takes the height that is left; when too little is
    left the tag says less (:func:`_variants`), never cutting the maker's credit.

    Args:
        insets: blank space inside the label's left, bottom, right and top edges.
        reach: the left and right limits (points) the bars of a long code may
            spread to; the label's edges when ``None``.
    """
    left, bottom_inset, right, top_inset = insets
    inner = width - left - right
    top = y + height - top_inset
    bottom = y + bottom_inset
    compact = height < 32 * mm

    code_font = fonts.mono_bold
    code_size = 7.5 if compact else 8.5
    while code_size > SMALLEST_TEXT and stringWidth(tag.code, code_font, code_size) > inner:
        code_size -= 0.5
    code_lines = _code_lines(tag.code, code_font, code_size, inner)
    code_baseline = bottom + code_size * 0.2
    bars_bottom = code_baseline + code_size * 1.1 * len(code_lines) - code_size * 0.1 + 0.6 * mm

    candidates = _variants(height >= 40 * mm, compact)
    for variant in candidates:
        texts, whole = _texts(tag, inner, fonts, compact, variant)
        bars_top = top - sum(t.height for t in texts) - 1.2 * mm
        if whole and bars_top - bars_bottom >= MIN_BAR_HEIGHT:
            break

    canvas.saveState()
    canvas.setFillColor(INK)
    _draw_texts(canvas, texts, x + left, top)
    bar_height = max(min(bars_top - bars_bottom, 16 * mm), 5 * mm)
    middle = _draw_bars(canvas, tag.code, (x + left, inner), bars_bottom, bar_height, reach or (x, x + width))
    canvas.setFont(code_font, code_size)
    for i, line in enumerate(reversed(code_lines)):
        canvas.drawCentredString(middle, code_baseline + i * code_size * 1.1, line)
    canvas.restoreState()


def _draw_texts(canvas: Canvas, texts: list[_Text], x: float, top: float) -> None:
    """The tag's texts from ``top`` down, each block in its font and size."""
    cursor = top
    for block in texts:
        canvas.setFont(block.font, block.size)
        for line in block.lines:
            cursor -= block.size
            canvas.drawString(x, cursor, line)
            cursor -= block.size * 0.18
        cursor -= block.gap


def _draw_bars(
    canvas: Canvas, code: str, box: tuple[float, float], bottom: float, height: float, reach: tuple[float, float]
) -> float:
    """The Code 128 of ``code`` centred in ``box`` (left, width); returns the centre it was drawn around.

    A long code on a narrow label takes thinner bars over the whole ``reach``
    (left and right limits) rather than bars off the label.
    """
    left, inner = box
    modules = barcode_modules(code)
    module = min(MODULE, inner / (modules + 2 * QUIET_MODULES))
    middle = left + inner / 2
    if module < MIN_MODULE:
        low, high = reach
        module = (high - low) / (modules + 2 * QUIET_MODULES)
        middle = (low + high) / 2
    symbol = Code128(code, barWidth=module, barHeight=height, quiet=0, humanReadable=0)
    symbol.drawOn(canvas, middle - symbol.width / 2, bottom)
    return middle
