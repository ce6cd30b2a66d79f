"""A roll document as lines of text for a thermal printer's columns: the second renderer of a receipt.

The receipt, the refund note and the X/Z reports decide what they print in
one place, their lay-out functions, which call a column's methods
(``centered``, ``row``, ``rule``, ``qr``…). :class:`~.layout.Layout` draws
those calls into a PDF; :class:`TextLayout` here writes the same calls as
lines of exactly ``columns`` characters, for ESC/POS. So the two never
disagree on what a document says.

Sizes stay in points as the lay-out functions give them: a character is
:data:`CHAR` points wide, so an indent of 10 points is two characters. A
size of a title or more prints double height; bold prints bold.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import NamedTuple

from .layout import Paper

COLUMNS = (32, 42, 48)
"""Characters a line of a 58 mm roll (32), or of an 80 mm roll (42 or 48, by printer), holds in its normal font."""

CHAR = 6.0
"""Width of one printed character, in the points the lay-out functions measure with."""

BODY, SMALL, TALL = 10.0, 9.0, 14.0


class TextLine(NamedTuple):
    """One printed line, already ``columns`` characters or fewer; alignment is in its spaces.

    ``tall`` prints it double height; ``inverse`` white on black (COPIA). A
    named tuple: a receipt makes dozens, and a frozen dataclass costs several
    times more to make.
    """

    text: str
    bold: bool = False
    tall: bool = False
    inverse: bool = False


class QrCode(NamedTuple):
    """A QR code of ``data``, centred; ``large`` or small."""

    data: str
    large: bool = True


Piece = TextLine | QrCode


@dataclass(frozen=True)
class RollText:
    """A whole document for a thermal printer: its pieces, top to bottom, for ``columns`` characters.

    ``kept`` says where runs of pieces laid out once for many documents
    (:meth:`TextLayout.remembered`: a shop's head and foot) sit in
    ``pieces``: ``(start, run)``, ``run`` the very tuple remembered, so a
    renderer may keep what it makes of a run too (:mod:`..printing.escpos_job`).
    """

    columns: int
    pieces: tuple[Piece, ...]
    kept: tuple[tuple[int, tuple[Piece, ...]], ...] = ()

    def text(self) -> str:
        """The lines as plain text (QR codes as ``[QR data]``): what a test or a log compares."""
        return "\n".join(p.text if isinstance(p, TextLine) else f"[QR {p.data}]" for p in self.pieces)


def text_paper(columns: int) -> Paper:
    """A :class:`~.layout.Paper` whose sizes the lay-out functions use unchanged, ``columns`` wide."""
    if columns not in COLUMNS:
        raise ValueError(f"columnas desconocidas: {columns} (use {', '.join(map(str, COLUMNS))})")
    return Paper(columns * CHAR, 0.0, 0.0, 0.0, BODY, SMALL, TALL, TALL, 40.0, 20.0, True)


def wrap_chars(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters, broken at spaces (a longer word between letters)."""
    width = max(width, 1)
    if len(text) <= width and text.isprintable() and "  " not in text and text.strip() == text:
        return [text]  # one line already, its spaces single: what the words would make of it
    return wrap_words(text, width)


def wrap_words(text: str, width: int) -> list[str]:
    """:func:`wrap_chars` word by word, for any text (``width`` at least 1)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if len(candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while len(word) > width:
                lines.append(word[:width])
                word = word[width:]
            line = word
        lines.append(line)
    return lines


_REMEMBERED: dict[Hashable, tuple[Piece, ...]] = {}
"""Lines laid out before, by what they were laid out from (:meth:`TextLayout.remembered`)."""
REMEMBER_AT_MOST = 64


@dataclass
class TextLayout:
    """The column of :mod:`.layout`, written as text lines for a thermal printer."""

    paper: Paper
    pieces: list[Piece] = field(default_factory=list)
    columns: int = field(init=False)
    """Characters a line holds."""
    kept: list[tuple[int, tuple[Piece, ...]]] = field(default_factory=list)
    """Where remembered runs were added: see :attr:`RollText.kept`."""

    def __post_init__(self) -> None:
        self.columns = round(self.paper.width / CHAR)

    @classmethod
    def for_columns(cls, columns: int) -> TextLayout:
        return cls(text_paper(columns))

    @property
    def width(self) -> float:
        return self.paper.width

    def measure(self, text: str, size: float) -> float:
        """Width of ``text`` in points, as :meth:`.layout.Layout.measure` gives it."""
        return len(text) * CHAR

    def remembered(self, key: Hashable, lay_out: Callable[[], object]) -> None:
        """Add what ``lay_out()`` adds, laid out once for every ``key``.

        ``key`` must hold everything ``lay_out`` reads (a shop's header:
        its texts and the language): the shop's head and foot of every
        receipt are the same lines, laid out on the first. The width and
        whether the column ends in a blank line are added to the key here.
        """
        last = self.pieces[-1] if self.pieces else None
        full = (key, self.columns, type(last) is TextLine and not last.text)
        kept = _REMEMBERED.get(full)
        before = len(self.pieces)
        if kept is None:
            lay_out()
            kept = tuple(self.pieces[before:])
            if len(_REMEMBERED) >= REMEMBER_AT_MOST:
                _REMEMBERED.clear()
            _REMEMBERED[full] = kept
        else:
            self.pieces.extend(kept)
        if kept:
            self.kept.append((before, kept))

    def result(self) -> RollText:
        """What was laid out, trailing blank lines dropped."""
        pieces = list(self.pieces)
        while pieces and isinstance(pieces[-1], TextLine) and not pieces[-1].text.strip():
            pieces.pop()
        kept = tuple((start, run) for start, run in self.kept if start + len(run) <= len(pieces))
        return RollText(self.columns, tuple(pieces), kept)

    # -- the column's methods -------------------------------------------------------------

    def _chars(self, points: float) -> int:
        return max(0, round(points / CHAR)) if points else 0

    def _line(self, text: str, size: float, bold: bool = False, inverse: bool = False) -> None:
        self.pieces.append(TextLine(text.rstrip(), bold, size >= TALL, inverse))

    def _blank(self) -> None:
        if self.pieces and not (isinstance(self.pieces[-1], TextLine) and not self.pieces[-1].text):
            self.pieces.append(TextLine(""))

    def space(self, height: float, keep_with_next: bool = False) -> None:
        """A blank line for a space of at least half a line; smaller spaces vanish on a roll of text."""
        if height >= BODY * 0.55:
            self._blank()

    def keep_last_with_next(self, count: int = 1) -> None:
        """Nothing to keep together: a roll has no pages."""

    def centered(self, text: str, size: float, bold: bool = False, keep_with_next: bool = False) -> None:
        columns, tall = self.columns, size >= TALL
        self.pieces.extend([TextLine(line.center(columns).rstrip(), bold, tall) for line in wrap_chars(text, columns)])

    def row(
        self,
        left: str,
        right: str,
        size: float,
        bold: bool = False,
        indent: float = 0,
        hanging: float = 0,
        keep_with_next: bool = False,
    ) -> None:
        """Text on the left, wrapped, and ``right`` at the right end of its first line (or of a line of its own)."""
        columns = self.columns
        start = round(indent / CHAR) if indent > 0 else 0
        room = columns - start - (len(right) + 1 if right else 0)
        right_alone = room < columns * 0.4
        if right_alone:
            room = columns - start
        elif len(left) <= room and left.isprintable() and "  " not in left and left.strip() == left:
            # The usual row: one line as it is (what wrap_chars gives back), the figure at its end.
            text = " " * start + left if start else left
            if right:
                text = text.ljust(columns - len(right)) + right
            self.pieces.append(TextLine(text.rstrip(), bold, size >= TALL))
            return
        lines = wrap_chars(left, room)
        tall, pieces = size >= TALL, self.pieces
        if len(lines) == 1 and not right_alone:  # one line once wrapped, the figure at its end
            text = " " * start + lines[0]
            pieces.append(TextLine((text.ljust(columns - len(right)) + right if right else text).rstrip(), bold, tall))
            return
        more = max(0, round(hanging / CHAR)) if hanging else 0
        if len(lines) > 1:
            lines = [lines[0], *wrap_chars(" ".join(lines[1:]), room - more)]
        for i, line in enumerate(lines):
            text = " " * (start + (more if i else 0)) + line
            if i == 0 and right and not right_alone:
                text = text.ljust(columns - len(right)) + right
            pieces.append(TextLine(text.rstrip(), bold, tall))
        if right_alone and right:
            pieces.append(TextLine(right.rjust(columns).rstrip(), bold, tall))

    def rule(self, pad: float = 3.0) -> None:
        self.pieces.append(TextLine("-" * self.columns))

    def heading(self, text: str, size: float) -> None:
        """A section title: bold, over a rule."""
        self._blank()
        for line in wrap_chars(text, self.columns):
            self._line(line, size, bold=True)
        self.pieces.append(TextLine("=" * self.columns))

    def banner(self, text: str, size: float) -> None:
        """White on black across the column: COPIA."""
        for line in wrap_chars(text, self.columns):
            self._line(line.center(self.columns), size, bold=True, inverse=True)

    def mono(self, text: str, size: float, font: str = "") -> None:
        """Text centred in equal parts that fit (a journal hash)."""
        per_line = len(text) or 1
        while per_line > self.columns:
            per_line = (per_line + 1) // 2
        for i in range(0, len(text), per_line):
            self._line(text[i : i + per_line].center(self.columns), BODY)

    def qr(self, url: str, size: float) -> None:
        self.pieces.append(QrCode(url, large=size >= self.paper.qr))

    def qr_beside(self, url: str, caption: str, size: float, text_size: float) -> None:
        """On a roll of text the caption goes above a small QR code, the link under it."""
        self.centered(caption, text_size)
        self.pieces.append(QrCode(url, large=False))
        self.centered(url, text_size)

    def signature(self, caption: str, size: float, width: float | None = None) -> None:
        """Room to sign, a line, and ``caption`` under it."""
        length = min(self.columns, self._chars(width) if width else round(self.columns * 0.8))
        self._blank()
        self.pieces.append(TextLine(""))
        self.pieces.append(TextLine(("_" * length).center(self.columns).rstrip()))
        self.centered(caption, size)

    def signatures(self, labels: tuple[str, ...], size: float) -> None:
        """Lines to sign on, one under the other (a roll of text is too narrow for two side by side)."""
        for label in labels:
            self.signature(label, size)

    def table(self, headers: tuple[str, ...], rows: list[tuple[tuple[str, ...], bool, str]], size: float) -> None:
        """A table: words left, figures right-aligned in columns as wide as they need; one figure a line when narrow.

        ``rows`` are ``(cells, bold, note)``.
        """
        widths = [max(len(headers[j]), *(len(cells[j]) for cells, _, _ in rows)) for j in range(1, len(headers))]
        room = self.columns - sum(w + 1 for w in widths)
        if room < max(8, round(self.columns * 0.28)):
            self._stacked(headers, rows, size)
            return
        self._table_row(headers, widths, room, size, bold=True)
        self.pieces.append(TextLine("-" * self.columns))
        for cells, bold, note in rows:
            self._table_row(cells, widths, room, size, bold)
            if note:
                self.row(note, "", self.paper.small, indent=2 * CHAR)

    def _table_row(self, cells: tuple[str, ...], widths: list[int], room: int, size: float, bold: bool) -> None:
        first, *rest = wrap_chars(cells[0], room)
        figures = "".join(" " + cell.rjust(width) for cell, width in zip(cells[1:], widths, strict=True))
        self._line(first.ljust(room) + figures, size, bold)
        for line in rest:
            self._line(line, size, bold)

    def _stacked(self, headers: tuple[str, ...], rows: list[tuple[tuple[str, ...], bool, str]], size: float) -> None:
        for cells, bold, note in rows:
            self.row(cells[0], "", size, bold=True)
            for heading, figure in zip(headers[1:], cells[1:], strict=True):
                if figure:
                    self.row(heading, figure, size, bold=bold, indent=2 * CHAR)
            if note:
                self.row(note, "", self.paper.small, indent=2 * CHAR)
