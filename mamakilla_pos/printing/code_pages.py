"""The character tables a thermal printer may use for á é í ó ú ñ Ñ ü ¿ ¡, numbered for a person to choose.

A thermal printer turns each byte above 127 into a letter by the table
selected with ``ESC t n``; which ``n`` holds which table differs between
makes (Epson puts CP858 at 19, some Zjiang and Netum clones put CP1252 at
71), and a printer that ignores the command keeps its own (almost always
CP437). Sending text in one table while the printer uses another prints the
wrong letters. So nothing is guessed: the test page prints the same Spanish
words once per candidate below, each under its number, and the person picks
the number whose line reads right.

Letters a table lacks are printed as their closest plain letter (``ā`` →
``a``; the true minus sign and dashes → ``-``), never as a wrong one.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

ESC = b"\x1b"


@dataclass(frozen=True)
class CodePage:
    """One way to print accents: the table's name, its Python codec and the ``ESC t`` number that selects it.

    ``slot`` is ``None`` for plain ASCII: no table is selected and every
    accent is dropped (the last resort of a printer that prints none right).
    """

    number: int
    name: str
    codec: str
    slot: int | None

    @property
    def select(self) -> bytes:
        """The command that selects this table (nothing for plain ASCII)."""
        return b"" if self.slot is None else ESC + b"t" + bytes((self.slot,))

    def label(self) -> str:
        """``3 · CP1252 (ESC t 16)``: what the test page and Ajustes show."""
        where = "sin tabla" if self.slot is None else f"ESC t {self.slot}"
        return f"{self.number} · {self.name} ({where})"


CODE_PAGES: tuple[CodePage, ...] = (
    CodePage(1, "CP858", "cp858", 19),
    CodePage(2, "CP850", "cp850", 2),
    CodePage(3, "CP1252", "cp1252", 16),
    CodePage(4, "ISO-8859-15", "iso8859_15", 40),
    CodePage(5, "CP437", "cp437", 0),
    CodePage(6, "CP1252", "cp1252", 71),
    CodePage(7, "CP858", "cp858", 53),
    CodePage(8, "ISO-8859-15", "iso8859_15", 44),
    CodePage(9, "ASCII", "ascii", None),
)
"""The candidates, in the order the test page prints them; the first is the default."""

DEFAULT_CODE_PAGE = 1
SAMPLE = "áéíóú ÁÉÍÓÚ ñÑ ü ¿¡ S/ 12.50"
"""What the test page prints in each table: every letter a Spanish receipt needs, and the sol."""

_PLAIN = str.maketrans(
    {
        "\u2212": "-",  # true minus sign
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": ",",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2026": "...",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u00d7": "x",
        "\u20ac": "EUR",
        "\u2022": "*",
        "\u00b7": ".",
        "¡": "!",
        "¿": "?",
    }
)


def code_page(number: int) -> CodePage:
    """The candidate numbered ``number``.

    Raises:
        ValueError: no candidate has that number.
    """
    for page in CODE_PAGES:
        if page.number == number:
            return page
    raise ValueError(f"no hay una tabla de caracteres número {number} (1 a {len(CODE_PAGES)})")


def encode(text: str, page: CodePage) -> bytes:
    """``text`` as bytes of ``page``; a letter the table lacks becomes its closest plain one, else ``?``.

    Control characters are dropped: a name typed with one must not send a
    command to the printer.
    """
    printable = text.translate(_CONTROLS)
    try:
        return printable.encode(page.codec)
    except UnicodeEncodeError:
        pass
    try:
        return printable.translate(_PLAIN).encode(page.codec)  # the true minus, dashes and quotes made plain
    except UnicodeEncodeError:
        return b"".join(_char(ch, page.codec) for ch in printable)


_CONTROLS = dict.fromkeys([*range(0x20), *range(0x7F, 0xA0)])
"""Control characters, dropped from printed text (``str.translate`` deletes what maps to ``None``)."""
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


CONTROL_BYTES = bytes([*range(0x20), *range(0x7F, 0xA0)])
"""The control characters' Latin-1 bytes (those :func:`encode` drops)."""


@functools.cache
def from_latin1(page: CodePage) -> tuple[bytes, bytes]:
    """``(table, lacks)``: ``page``'s byte for each Latin-1 letter (for ``bytes.translate``), and the
    Latin-1 bytes of the letters ``page`` lacks.

    Text whose letters are all Latin-1 is copied out byte for byte and
    translated with ``table``: what ``encode(page.codec)`` makes of it, when
    none of its bytes is in ``lacks``.
    """
    table = bytearray(range(256))
    lacks = bytearray()
    for byte in range(256):
        try:
            table[byte] = chr(byte).encode(page.codec)[0]
        except UnicodeEncodeError:
            lacks.append(byte)
    return bytes(table), bytes(lacks)


def has_control(text: str) -> bool:
    """Whether ``text`` holds a control character, which :func:`encode` would drop."""
    return _CONTROL.search(text) is not None


def _char(ch: str, codec: str) -> bytes:
    try:
        return ch.encode(codec)
    except UnicodeEncodeError:
        pass
    plain = ch.translate(_PLAIN)
    if plain != ch:
        return plain.encode(codec, errors="replace")
    stripped = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return stripped.encode(codec, errors="replace") if stripped else b"?"
