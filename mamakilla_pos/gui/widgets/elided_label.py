"""A label that gives way to its neighbours: a long text ends in "…" instead of pushing them or being cut."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def wrap_and_elide(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """``text`` over at most ``lines`` lines of ``width`` pixels, word by word; what is left ends in "…"."""
    words = text.split()
    shown: list[str] = []
    while words and len(shown) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if metrics.horizontalAdvance(line) > width:  # one word longer than the line
            line = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        shown.append(line)
    if words:
        shown.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return "\n".join(shown)


class ElidedLabel(QLabel):
    """As much of :meth:`full_text` as fits in ``lines`` lines, with "…"; the whole text is its tooltip when cut."""

    def __init__(self, parent: QWidget | None = None, minimum_width: int = 80, lines: int = 1) -> None:
        super().__init__(parent)
        self._full = ""
        self._minimum_width = minimum_width
        self._lines = max(1, lines)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._fit()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance(self._full) + 4)
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(min(self._minimum_width, self.sizeHint().width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        width = max(0, self.contentsRect().width() - 2)  # inside the style sheet's padding
        shown = wrap_and_elide(self._full, self.fontMetrics(), width, self._lines)
        self.setText(shown)
        self.setToolTip(self._full if " ".join(shown.split()) != " ".join(self._full.split()) else "")
