"""A small ESC/POS interpreter: what a thermal printer would do with the bytes it was sent.

It reads the commands this program sends (and refuses any other, so a
stray byte is caught), decodes text with the character table a printer
selects for ``ESC t n`` — by default the Epson numbering; pass another
``tables`` to play a printer that numbers them otherwise — and paints the
paper as a PNG: 12 × 24 dot characters, double height, bold, white on
black, raster images and QR codes, on a roll as wide as the printer's dots.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

EPSON_TABLES = {0: "cp437", 2: "cp850", 16: "cp1252", 19: "cp858", 40: "iso8859_15"}
"""What an Epson TM (and most clones) print for each ``ESC t n``; an unknown ``n`` leaves the table as it was."""

CLONE_TABLES = {0: "cp437", 2: "cp850", 16: "cp1252", 19: "cp858", 71: "cp1252", 53: "cp858"}
"""A Zjiang/Netum-style clone: no ISO-8859-15, CP1252 also at 71."""

FONT_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"


class UnknownCommand(ValueError):
    """A byte sequence this interpreter (and so this program) does not know."""


@dataclass
class Line:
    """A printed line of text and the styles it was printed in."""

    text: str
    bold: bool = False
    tall: bool = False
    inverse: bool = False


@dataclass
class Raster:
    """A ``GS v 0`` image: ``width`` bytes of 8 dots each, ``height`` rows; or a native QR (``qr`` set)."""

    width_bytes: int
    height: int
    data: bytes
    qr: str = ""


@dataclass
class Paper:
    """What came out: lines and images in order, and every command seen, by name."""

    items: list[Line | Raster] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)

    @property
    def lines(self) -> list[Line]:
        return [item for item in self.items if isinstance(item, Line)]

    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def images(self) -> list[Raster]:
        return [item for item in self.items if isinstance(item, Raster)]


def read(data: bytes, tables: dict[int, str] | None = None) -> Paper:
    """Interpret ``data``; raises :class:`UnknownCommand` at a command it does not know."""
    return _Reader(data, tables or EPSON_TABLES).run()


class _Reader:
    def __init__(self, data: bytes, tables: dict[int, str]) -> None:
        self.data, self.tables, self.at = data, tables, 0
        self.paper = Paper()
        self.codec = tables.get(0, "cp437")
        self.bold = self.tall = self.inverse = False
        self.buffer = bytearray()

    def take(self, count: int) -> bytes:
        if self.at + count > len(self.data):
            raise UnknownCommand(f"command cut short at byte {self.at}")
        chunk = self.data[self.at : self.at + count]
        self.at += count
        return chunk

    def flush(self, force: bool = False) -> None:
        if self.buffer or force:
            text = bytes(self.buffer).decode(self.codec, errors="replace")
            self.paper.items.append(Line(text, self.bold, self.tall, self.inverse))
            self.buffer.clear()

    def run(self) -> Paper:
        while self.at < len(self.data):
            byte = self.take(1)[0]
            if byte == 0x0A:
                self.flush(force=True)
            elif byte == 0x1B:
                self.esc(self.take(1))
            elif byte == 0x1D:
                self.gs(self.take(1))
            elif byte == 0x10:
                self.dle(self.take(1))
            elif byte >= 0x20:
                self.buffer.append(byte)
            else:
                raise UnknownCommand(f"control byte 0x{byte:02x} at {self.at - 1}")
        self.flush()
        return self.paper

    def esc(self, code: bytes) -> None:
        name = {b"@": "init", b"R": "charset", b"t": "codepage", b"E": "bold", b"a": "align", b"d": "feed"}
        if code == b"@":
            self.flush()
            self.bold = self.tall = self.inverse = False
            self.codec = self.tables.get(0, "cp437")
            self.paper.commands.append("init")
            return
        if code == b"p":
            pin, _on, _off = self.take(3)
            self.paper.commands.append(f"kick:{2 if pin in (0, 48) else 5}")
            return
        if code not in name:
            raise UnknownCommand(f"ESC {code!r} at {self.at - 2}")
        value = self.take(1)[0]
        self.paper.commands.append(f"{name[code]}:{value}")
        if code == b"t":
            self.codec = self.tables.get(value, self.codec)
        elif code == b"E":
            self.bold = bool(value & 1)
        elif code == b"d":
            self.flush()
            self.paper.items.extend(Line("") for _ in range(value))

    def gs(self, code: bytes) -> None:
        if code == b"!":
            value = self.take(1)[0]
            self.tall = bool(value & 0x0F)
            self.paper.commands.append(f"size:{value}")
        elif code == b"B":
            self.inverse = bool(self.take(1)[0] & 1)
            self.paper.commands.append(f"inverse:{int(self.inverse)}")
        elif code == b"V":
            mode = self.take(1)[0]
            if mode in (65, 66):
                self.take(1)
            self.flush()
            self.paper.commands.append("cut:" + ("full" if mode in (0, 48, 65) else "partial"))
        elif code == b"v":
            self.take(2)  # "0" and the density
            xl, xh, yl, yh = self.take(4)
            width, height = xl + 256 * xh, yl + 256 * yh
            self.flush()
            self.paper.items.append(Raster(width, height, self.take(width * height)))
            self.paper.commands.append("image")
        elif code == b"(":
            self.gs_paren()
        else:
            raise UnknownCommand(f"GS {code!r} at {self.at - 2}")

    def gs_paren(self) -> None:
        kind = self.take(1)
        low, high = self.take(2)
        body = self.take(low + 256 * high)
        if kind != b"k" or body[:1] != b"1":
            raise UnknownCommand(f"GS ( {kind!r}")
        function = body[1]
        if function == 80:  # store the data
            self.qr_data = body[3:].decode("utf-8")
        elif function == 81:  # print it
            self.flush()
            self.paper.items.append(Raster(0, 0, b"", qr=self.qr_data))
            self.paper.commands.append("qr")

    def dle(self, code: bytes) -> None:
        if code != b"\x04":
            raise UnknownCommand(f"DLE {code!r}")
        self.paper.commands.append(f"status:{self.take(1)[0]}")


def render(paper: Paper, dots: int, path: Path, scale: int = 1) -> Path:
    """Paint ``paper`` on a roll ``dots`` wide (384 for 58 mm, 576 for 80 mm) and save it as a PNG."""
    from PIL import Image, ImageDraw, ImageFont

    regular = ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono.ttf"), 20)
    bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono-Bold.ttf"), 20)
    height = 16 + sum(_height(item) for item in paper.items)
    roll = Image.new("L", (dots, height), 255)
    draw = ImageDraw.Draw(roll)
    y = 8
    for item in paper.items:
        if isinstance(item, Line):
            y = _line(roll, draw, item, y, dots, bold if item.bold else regular)
        else:
            roll.paste(_image(item, dots), (0, y))
            y += _height(item)
    if scale != 1:
        roll = roll.resize((dots * scale, height * scale))
    roll.save(path)
    return path


def _height(item: Line | Raster) -> int:
    if isinstance(item, Line):
        return 48 if item.tall else 24
    return 200 if item.qr else item.height


def _line(roll, draw, line: Line, y: int, dots: int, font) -> int:  # type: ignore[no-untyped-def]
    from PIL import Image, ImageDraw

    cell = Image.new("L", (dots, 24), 0 if line.inverse else 255)
    cell_draw = ImageDraw.Draw(cell)
    for i, ch in enumerate(line.text):
        cell_draw.text((i * 12 + 6, 12), ch, fill=255 if line.inverse else 0, font=font, anchor="mm")
    if line.tall:
        cell = cell.resize((dots, 48))
    roll.paste(cell, (0, y))
    return y + cell.height


def _image(item: Raster, dots: int):  # type: ignore[no-untyped-def]
    from PIL import Image

    if item.qr:
        import qrcode

        code = qrcode.QRCode(box_size=5, border=1)
        code.add_data(item.qr)
        picture = code.make_image().get_image().convert("L")
        canvas = Image.new("L", (dots, 200), 255)
        canvas.paste(picture.resize((190, 190)), ((dots - 190) // 2, 5))
        return canvas
    bits = Image.frombytes("1", (item.width_bytes * 8, item.height), item.data)
    from PIL import ImageOps

    return ImageOps.invert(bits.convert("L"))


def qr_images(paper: Paper) -> list:  # type: ignore[type-arg]
    """The raster images of ``paper`` as PIL images (black on white), to decode a QR code from."""
    return [_image(item, item.width_bytes * 8) for item in paper.images if not item.qr]
