"""A one-line label whose width never follows its text: a longer text is drawn smaller to fit.

The sale screen's total uses it, so that S/ 10,000.00 in the cart does not
widen the cart panel and take a column of tiles from the product grid.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class FitLabel(QLabel):
    """Asks for the width of ``sample`` in its font; any text is drawn whole, scaled down when wider."""

    def __init__(self, text: str, sample: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._sample = sample
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def set_sample(self, sample: str) -> None:
        """The longest text expected to fit at full size (the width this label asks for)."""
        self._sample = sample
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = QFontMetricsF(self.font()).horizontalAdvance(self._sample)
        hint.setWidth(int(width) + margins.left() + margins.right() + 4)
        return hint

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def shown_point_size(self) -> float:
        """The point size the text is drawn at now (smaller than the font's when it would not fit)."""
        font = self.font()
        wide = QFontMetricsF(font).horizontalAdvance(self.text())
        room = self.contentsRect().width() - 2
        if wide <= room or wide <= 0 or room <= 0:
            return font.pointSizeF()
        return max(1.0, font.pointSizeF() * room / wide)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        font = QFont(self.font())
        font.setPointSizeF(self.shown_point_size())
        painter = QPainter(self)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.text())
        painter.end()
