"""A roll document (:class:`~mamakilla_pos.documents.roll_text.RollText`) as the ESC/POS bytes of one print job.

The job is built whole in memory first (python-escpos's ``Dummy`` printer
collects the commands it makes), then sent in one go by :mod:`.thermal`: a
printer that fails half-way never leaves the program in the middle of
building. What a job holds, in order: reset; the drawer's kick pulse when
asked (first, so the drawer opens while the paper prints); the character
table chosen on the test page; the shop's logo as a raster image; the
lines, bold or double height as the document says; QR codes (drawn by the
printer where its profile says it can, else sent as an image); a feed and
the cut, last.

python-escpos is imported on the first job, not when the till starts.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..documents.roll_text import QrCode, RollText, TextLine
from .code_pages import CODE_PAGES, DEFAULT_CODE_PAGE, SAMPLE, CodePage, code_page, encode

if TYPE_CHECKING:
    from escpos.printer import Dummy

ESC, GS, LF = b"\x1b", b"\x1d", b"\n"
INIT = ESC + b"@" + ESC + b"R\x00"  # reset, and the USA character set: $ # @ print as themselves
CUTS = ("none", "partial", "full")
DRAWER_PINS = (0, 2, 5)
"""Where the cash drawer is plugged: pin 2 (most drawers), pin 5, or 0 for no drawer."""

DOTS = {32: 384, 42: 512, 48: 576}
"""Printable dots across the paper for each width in characters (203 dpi heads)."""

LOGO_MAX_HEIGHT = 200
FEED_PAST_TEAR_BAR = 4


@dataclass(frozen=True)
class ThermalSetup:
    """How one till's thermal printer prints.

    Attributes:
        columns: characters a line holds: 32 (58 mm), 42 or 48 (80 mm).
        code_page: the number chosen on the test page (:data:`~.code_pages.CODE_PAGES`).
        cut: ``none``, ``partial`` or ``full``.
        drawer_pin: 2 or 5, where the cash drawer is plugged; 0 for none.
        native_qr: the printer draws QR codes itself (``GS ( k``); else they go as images.
        logo: path of the shop's logo, printed at the top of receipts; empty for none.
    """

    columns: int = 48
    code_page: int = DEFAULT_CODE_PAGE
    cut: str = "partial"
    drawer_pin: int = 2
    native_qr: bool = False
    logo: str = ""

    @property
    def dots(self) -> int:
        return DOTS[self.columns]


def document_job(doc: RollText, setup: ThermalSetup, kick: bool = False, logo: bool = False) -> bytes:
    """The bytes that print ``doc`` on a printer set up as ``setup``.

    Args:
        kick: open the cash drawer too (a cash sale or refund).
        logo: print the shop's logo of ``setup`` at the top (receipts).
    """
    page = code_page(setup.code_page)
    out = _printer()
    out._raw(INIT)
    if kick:
        _kick(out, setup)
    out._raw(page.select)
    if logo and setup.logo:
        out._raw(_logo_raster(setup.logo, _mtime(setup.logo), setup.dots))
    out._raw(_lines(doc, setup, page))
    _finish(out, setup)
    return out.output


def kick_job(setup: ThermalSetup) -> bytes:
    """The bytes that only open the cash drawer (nothing is printed, nothing is cut).

    Raises:
        ValueError: no drawer is set up on this printer.
    """
    if not setup.drawer_pin:
        raise ValueError("no hay un cajón conectado a esta impresora")
    out = _printer()
    out._raw(INIT)
    _kick(out, setup)
    return out.output


def accents_page_job(setup: ThermalSetup, title: str = "PRUEBA DE ACENTOS") -> bytes:
    """A page with the same Spanish words in every candidate table, each under its number.

    The person reads it and picks the number whose line prints
    ``áéíóú ÁÉÍÓÚ ñÑ ü ¿¡ S/ 12.50`` right. Headings are plain ASCII, so
    they print alike in every table.
    """
    out = _printer()
    out._raw(INIT + ESC + b"E\x01" + title.encode("ascii", "replace") + LF + ESC + b"E\x00")
    out._raw(b"Elija el numero que se lee bien:" + LF + b"-" * setup.columns + LF)
    for page in CODE_PAGES:
        # Back to the table a reset leaves first: a printer that ignores this page's number shows
        # what it would print on a receipt (which starts with a reset), not the previous line's table.
        out._raw(ESC + b"t\x00" + page.select)
        label = f"{page.number}) {page.name}".encode("ascii")
        out._raw(ESC + b"E\x01" + label + ESC + b"E\x00" + LF + b"   " + encode(SAMPLE, page) + LF)
    out._raw(code_page(DEFAULT_CODE_PAGE).select + b"-" * setup.columns + LF)
    _finish(out, setup)
    return out.output


def _printer() -> Dummy:
    _escpos_cache()
    from escpos.printer import Dummy

    return Dummy()


@functools.cache
def _escpos_cache() -> None:
    """python-escpos reads its printer database at import: keep its pickle in one folder, not a new one each run."""
    if "ESCPOS_CAPABILITIES_PICKLE_DIR" in os.environ:
        return
    from platformdirs import user_cache_dir

    folder = os.path.join(user_cache_dir("mamakilla-pos", appauthor=False), "escpos")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return
    os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = folder


def _kick(out: Any, setup: ThermalSetup) -> None:
    if setup.drawer_pin:
        out.cashdraw(setup.drawer_pin)


def _finish(out: Any, setup: ThermalSetup) -> None:
    """Feed the last line past the cutter, then cut (python-escpos feeds six lines first): the cut is the last byte."""
    if setup.cut == "none":
        out.print_and_feed(FEED_PAST_TEAR_BAR)
    else:
        out.cut(mode="PART" if setup.cut == "partial" else "FULL")


def _lines(doc: RollText, setup: ThermalSetup, page: CodePage) -> bytes:
    """The text of ``doc`` with its styles, and its QR codes; styles are sent only where they change."""
    chunks: list[bytes] = []
    bold = tall = inverse = False
    for piece in doc.pieces:
        if isinstance(piece, QrCode):
            chunks.append(_qr(piece.data, piece.large, setup.dots, setup.native_qr))
            continue
        line: TextLine = piece
        if line.bold != bold:
            bold = line.bold
            chunks.append(ESC + b"E" + (b"\x01" if bold else b"\x00"))
        if line.tall != tall:
            tall = line.tall
            chunks.append(GS + b"!" + (b"\x01" if tall else b"\x00"))
        if line.inverse != inverse:
            inverse = line.inverse
            chunks.append(GS + b"B" + (b"\x01" if inverse else b"\x00"))
        text = line.text.ljust(doc.columns) if line.inverse else line.text
        chunks.append(encode(text, page) + LF)
    if bold or tall or inverse:
        chunks.append(ESC + b"E\x00" + GS + b"!\x00" + GS + b"B\x00")
    return b"".join(chunks)


@functools.lru_cache(maxsize=16)
def _qr(data: str, large: bool, dots: int, native: bool) -> bytes:
    """A centred QR code: the printer's own (``GS ( k``), or a raster image made here.

    Cached: the catalogue's link is the same on every receipt, and making
    its image is the slowest part of a job.
    """
    out = _printer()
    module = (6 if dots >= 512 else 5) if large else 4
    if native:
        out._raw(ESC + b"a\x01")
        out.qr(data, size=module, native=True)
        out._raw(ESC + b"a\x00")
        return out.output
    import qrcode
    from escpos.image import EscposImage

    code = qrcode.QRCode(box_size=module, border=1, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(data)
    code.make(fit=True)
    image = EscposImage(code.make_image().get_image().convert("RGB"))
    if image.width <= dots:
        image.center(dots)
    return _raster(image)


def _mtime(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0


@functools.lru_cache(maxsize=4)
def _logo_raster(path: str, mtime: float, dots: int) -> bytes:
    """The logo at ``path``, centred in black and white, two thirds of the width at most; empty when unreadable."""
    from escpos.image import EscposImage
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as opened:
            picture = opened.convert("RGBA")
    except (OSError, UnidentifiedImageError, ValueError):
        return b""
    picture.thumbnail((dots * 2 // 3, LOGO_MAX_HEIGHT))
    image = EscposImage(picture)
    image.center(dots)
    return _raster(image) + LF


def _raster(image: Any) -> bytes:
    """``GS v 0``: a raster bit image, as python-escpos's ``image()`` sends it."""
    width, height = image.width_bytes, image.height
    header = GS + b"v0\x00" + width.to_bytes(2, "little") + height.to_bytes(2, "little")
    return header + image.to_raster_format()
