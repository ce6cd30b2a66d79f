"""What a roll document's lay-out functions may call: one column, drawn into a PDF or written as text.

:class:`~.layout.Layout` (ReportLab) and :class:`~.roll_text.TextLayout`
(ESC/POS text for a thermal printer) both are such a column. A receipt's
lay-out functions call only these, so what the PDF and the thermal printer
print comes from one place.
"""

from __future__ import annotations

from typing import Protocol

from .layout import Paper


class Column(Protocol):
    """A column that documents are laid out into, top to bottom; sizes and widths in points."""

    @property
    def paper(self) -> Paper: ...

    @property
    def width(self) -> float: ...

    def measure(self, text: str, size: float) -> float:
        """Width of ``text`` at ``size``."""
        ...

    def space(self, height: float, keep_with_next: bool = False) -> None: ...

    def keep_last_with_next(self) -> None: ...

    def centered(self, text: str, size: float, bold: bool = False, keep_with_next: bool = False) -> None: ...

    def row(
        self,
        left: str,
        right: str,
        size: float,
        bold: bool = False,
        indent: float = 0,
        hanging: float = 0,
        keep_with_next: bool = False,
    ) -> None: ...

    def rule(self, pad: float = 3.0) -> None: ...

    def banner(self, text: str, size: float) -> None: ...

    def qr(self, url: str, size: float) -> None: ...

    def qr_beside(self, url: str, caption: str, size: float, text_size: float) -> None: ...

    def signature(self, caption: str, size: float, width: float | None = None) -> None: ...
