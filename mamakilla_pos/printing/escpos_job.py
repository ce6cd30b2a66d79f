"""A roll document (:class:`~mamakilla_pos.documents.roll_text.RollText`) as the ESC/POS bytes of one print job.

The job is built whole in memory first, as plain bytes (the commands
python-escpos makes, written here directly: its ``Dummy`` printer costs
more to set up than a receipt's text), then sent in one go by :mod:`.thermal`: a
printer that fails half-way never leaves the program in the middle of
building. What a job holds, in order: reset; the drawer's kick pulse when
asked (first, so the drawer opens while the paper prints); the character
table chosen on the test page; the shop's logo as a raster image; the
lines, bold or double height as the document says; QR codes (drawn by the
printer where its profile says it can, else sent as an image); a feed and
the cut, last.

python-escpos is imported for what it draws (a QR code, the logo), not when the till starts.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from ..documents.roll_text import Piece, QrCode, RollText, TextLine
from .code_pages import (
    CODE_PAGES,
    CONTROL_BYTES,
    DEFAULT_CODE_PAGE,
    SAMPLE,
    CodePage,
    code_page,
    encode,
    from_latin1,
    has_control,
)

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
CUT_FEED = 6
"""Lines python-escpos's ``cut`` feeds before cutting: the last line clears the cutter."""

KICKS = {2: ESC + b"p\x00\x32\x32", 5: ESC + b"p\x01\x32\x32"}
"""``ESC p m t1 t2``: a 100 ms pulse on pin 2 or pin 5, as python-escpos's ``cashdraw`` sends it."""
CUT_COMMANDS = {"partial": GS + b"V\x01", "full": GS + b"V\x00"}
"""``GS V m``: the partial and the full cut."""


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
    out = [INIT]
    if kick:
        out.append(_kick(setup))
    out.append(page.select)
    if logo and setup.logo:
        out.append(_logo_raster(setup.logo, _mtime(setup.logo), setup.dots))
    out.append(_lines(doc, setup, page))
    out.append(_finish(setup))
    return b"".join(out)


def kick_job(setup: ThermalSetup) -> bytes:
    """The bytes that only open the cash drawer (nothing is printed, nothing is cut).

    Raises:
        ValueError: no drawer is set up on this printer.
    """
    if not setup.drawer_pin:
        raise ValueError("no hay un cajón conectado a esta impresora")
    return INIT + _kick(setup)


def accents_page_job(setup: ThermalSetup, title: str = "PRUEBA DE ACENTOS") -> bytes:
    """A page with the same Spanish words in every candidate table, each under its number.

    The person reads it and picks the number whose line prints
    ``áéíóú ÁÉÍÓÚ ñÑ ü ¿¡ S/ 12.50`` right. Headings are plain ASCII, so
    they print alike in every table.
    """
    out = [INIT + ESC + b"E\x01" + title.encode("ascii", "replace") + LF + ESC + b"E\x00"]
    out.append(b"Elija el numero que se lee bien:" + LF + b"-" * setup.columns + LF)
    for page in CODE_PAGES:
        # Back to the table a reset leaves first: a printer that ignores this page's number shows
        # what it would print on a receipt (which starts with a reset), not the previous line's table.
        out.append(ESC + b"t\x00" + page.select)
        label = f"{page.number}) {page.name}".encode("ascii")
        out.append(ESC + b"E\x01" + label + ESC + b"E\x00" + LF + b"   " + encode(SAMPLE, page) + LF)
    out.append(code_page(DEFAULT_CODE_PAGE).select + b"-" * setup.columns + LF)
    out.append(_finish(setup))
    return b"".join(out)


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


def _kick(setup: ThermalSetup) -> bytes:
    return KICKS.get(setup.drawer_pin, b"")


def _finish(setup: ThermalSetup) -> bytes:
    """Feed the last line past the cutter, then cut (six lines fed first, as python-escpos does): the cut is last."""
    if setup.cut == "none":
        return ESC + b"d" + bytes((FEED_PAST_TEAR_BAR,))
    return ESC + b"d" + bytes((CUT_FEED,)) + CUT_COMMANDS[setup.cut]


_BOLD = ("\x1bE\x00", "\x1bE\x01")
_TALL = ("\x1d!\x00", "\x1d!\x01")
_INVERSE = ("\x1dB\x00", "\x1dB\x01")
"""Style commands, as characters: the tables print bytes below 128 as themselves."""
_RESET_STYLE_BYTES = (_BOLD[0] + _TALL[0] + _INVERSE[0]).encode("ascii")


Style = tuple[bool, bool, bool]
"""Bold, double height, white on black: the printer's state between lines."""
PLAIN: Style = (False, False, False)

_KEPT: dict[tuple[int, int, int, bool, int, Style], tuple[tuple[Piece, ...], bytes, Style]] = {}
"""The bytes of runs of pieces laid out once for many documents (:attr:`RollText.kept`), by run and printer."""
KEEP_AT_MOST = 64


def _lines(doc: RollText, setup: ThermalSetup, page: CodePage) -> bytes:
    """The text of ``doc`` with its styles, and its QR codes; styles are sent only where they change.

    A run of pieces the document shares with others (a shop's head and foot,
    :attr:`~..documents.roll_text.RollText.kept`) is made into bytes once per
    printer and style it starts in, and kept.
    """
    chunks: list[bytes] = []
    pieces, columns, style, done = doc.pieces, doc.columns, PLAIN, 0
    for start, run in doc.kept:
        if start < done:
            continue
        if start > done:
            chunk, style = _pieces(pieces[done:start], columns, setup, page, style)
            chunks.append(chunk)
        key = (id(run), columns, setup.dots, setup.native_qr, page.number, style)
        known = _KEPT.get(key)
        if known is None:
            chunk, after = _pieces(run, columns, setup, page, style)
            if len(_KEPT) >= KEEP_AT_MOST:
                _KEPT.clear()
            _KEPT[key] = (run, chunk, after)  # the run held, so its id names no other while kept
        else:
            _, chunk, after = known
        chunks.append(chunk)
        style, done = after, start + len(run)
    if done < len(pieces):
        chunk, style = _pieces(pieces[done:], columns, setup, page, style)
        chunks.append(chunk)
    if style != PLAIN:
        chunks.append(_RESET_STYLE_BYTES)
    return b"".join(chunks)


def _pieces(
    pieces: tuple[Piece, ...], columns: int, setup: ThermalSetup, page: CodePage, style: Style
) -> tuple[bytes, Style]:
    """``pieces`` as bytes, from the printer in ``style``; and the style they leave it in.

    The text between QR codes, style commands included, is encoded in one go (:func:`_encoded`).
    """
    chunks: list[bytes] = []
    parts: list[str] = []  # commands and texts, in order
    texts: list[int] = []  # where in ``parts`` the printed texts are
    add = parts.append
    bold, tall, inverse = style
    for piece in pieces:
        if type(piece) is QrCode:
            chunks.append(_encoded(parts, texts, page))
            parts, texts = [], []
            add = parts.append
            chunks.append(_qr(piece.data, piece.large, setup.dots, setup.native_qr))
            continue
        text, line_bold, line_tall, line_inverse = cast(TextLine, piece)
        if line_bold != bold:
            bold = line_bold
            add(_BOLD[bold])
        if line_tall != tall:
            tall = line_tall
            add(_TALL[tall])
        if line_inverse != inverse:
            inverse = line_inverse
            add(_INVERSE[inverse])
            if inverse:
                text = text.ljust(columns)
        elif inverse:
            text = text.ljust(columns)
        texts.append(len(parts))
        add(text)
        add("\n")
    if parts:
        chunks.append(_encoded(parts, texts, page))
    return b"".join(chunks), (bold, tall, inverse)


def _encoded(parts: list[str], texts: list[int], page: CodePage) -> bytes:
    """``parts`` as bytes: commands as they are, the texts at ``texts`` as :func:`~.code_pages.encode` makes them.

    In one go when no text holds a control character (dropped, so no
    command hides in a name) nor a letter the table lacks (made plain);
    else text by text. Text of Latin-1 letters (a receipt's) is copied out
    and translated to the table, quicker than the table's codec.
    """
    whole = "".join(parts)
    try:
        latin = whole.encode("latin-1")
    except UnicodeEncodeError:
        latin = b""
    if latin:
        printed = "".join([parts[i] for i in texts]).encode("latin-1")
        table, lacks = from_latin1(page)
        if len(printed.translate(None, CONTROL_BYTES)) == len(printed) and (
            not lacks or len(latin.translate(None, lacks)) == len(latin)
        ):
            return latin.translate(table)
    elif not has_control("".join([parts[i] for i in texts])):
        try:
            return whole.encode(page.codec)
        except UnicodeEncodeError:
            pass
    where = set(texts)
    return b"".join([encode(part, page) if i in where else part.encode("ascii") for i, part in enumerate(parts)])


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
