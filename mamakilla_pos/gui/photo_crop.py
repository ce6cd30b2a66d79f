"""Choosing the square of a photo: drag it, make it larger or smaller, with the mouse, a finger or the keys."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPen, QPixmap, QWheelEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..domain.crop import Crop, Preview, centre_square, fit_crop
from .catalogue_common import big_button, dialog_buttons, hint_label, title_label
from .widgets.style import Palette

STEP = 0.05
"""A key press moves the square by this part of its side, or grows it by twice that."""


class CropArea(QWidget):
    """The picture with the chosen square over it; the rest dimmed.

    Arrows move the square, ``+`` and ``-`` (or the wheel) change its size;
    the mouse or a finger drags it. :attr:`crop` is in the preview's pixels.
    """

    changed = Signal()

    def __init__(self, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cropArea")
        self.pixmap = QPixmap()
        self.pixmap.loadFromData(preview.jpeg)
        self.crop = centre_square(self.pixmap.width(), self.pixmap.height())
        self._dragging: QPointF | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(420, 420))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- geometry ---------------------------------------------------------------------------

    def _scale(self) -> float:
        width, height = max(self.pixmap.width(), 1), max(self.pixmap.height(), 1)
        return min(self.width() / width, self.height() / height)

    def _picture_rect(self) -> QRectF:
        scale = self._scale()
        width, height = self.pixmap.width() * scale, self.pixmap.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def _square_rect(self) -> QRectF:
        picture, scale = self._picture_rect(), self._scale()
        return QRectF(
            picture.left() + self.crop.left * scale,
            picture.top() + self.crop.top * scale,
            self.crop.side * scale,
            self.crop.side * scale,
        )

    def set_crop(self, crop: Crop) -> None:
        """Put the square there (moved inside the picture when it reaches outside)."""
        fitted = fit_crop(crop, self.pixmap.width(), self.pixmap.height())
        if fitted != self.crop:
            self.crop = fitted
            self.changed.emit()
            self.update()

    def move_by(self, dx: int, dy: int) -> None:
        self.set_crop(Crop(self.crop.left + dx, self.crop.top + dy, self.crop.side))

    def grow_by(self, pixels: int) -> None:
        """Larger (or smaller) by ``pixels``, about the same centre; never below a tenth of the picture."""
        smallest = max(1, min(self.pixmap.width(), self.pixmap.height()) // 10)
        side = max(smallest, self.crop.side + pixels)
        change = side - self.crop.side
        self.set_crop(Crop(self.crop.left - change // 2, self.crop.top - change // 2, side))

    # -- events -----------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#2B2B2B"))
        picture = self._picture_rect()
        painter.drawPixmap(picture, self.pixmap, QRectF(self.pixmap.rect()))
        square = self._square_rect()
        outside = QPainterPath()
        outside.addRect(picture)
        inside = QPainterPath()
        inside.addRect(square)
        painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 150))
        painter.setPen(QPen(QColor("white"), 3))
        painter.drawRect(square)
        painter.setPen(QPen(QColor(Palette.primary), 1, Qt.PenStyle.DashLine))
        painter.drawRect(square.adjusted(-2, -2, 2, 2))
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = max(1, round(self.crop.side * STEP))
        moves = {
            Qt.Key.Key_Left: (-step, 0),
            Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -step),
            Qt.Key.Key_Down: (0, step),
        }
        key = Qt.Key(event.key())
        if key in moves:
            self.move_by(*moves[key])
        elif event.text() in ("+", "="):
            self.grow_by(2 * step)
        elif event.text() in ("-", "_"):
            self.grow_by(-2 * step)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._dragging = event.position()
            self.setFocus()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is None:
            return
        scale = self._scale() or 1.0
        delta = (event.position() - self._dragging) / scale
        moved = Crop(round(self.crop.left + delta.x()), round(self.crop.top + delta.y()), self.crop.side)
        if moved != self.crop:
            self.set_crop(moved)
            self._dragging = event.position()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging = None

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        self.grow_by(round(-steps * 2 * max(1, self.crop.side * STEP)))


class PhotoCropDialog(QDialog):
    """Show a photo and let the person choose its square; the result is in the picture's own pixels."""

    def __init__(self, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoCropDialog")
        self.setWindowTitle(self.tr("Recortar la foto"))
        self.preview = preview
        self.area = CropArea(preview, self)
        smaller = big_button(self.tr("Más chico −"), "cropSmallerButton", self, lambda: self._grow(-1))
        larger = big_button(self.tr("Más grande +"), "cropLargerButton", self, lambda: self._grow(1))
        whole = big_button(self.tr("Centrar"), "cropCentreButton", self, self._centre)
        for button in (smaller, larger, whole):
            button.setAutoDefault(False)
        tools = QHBoxLayout()
        tools.addWidget(smaller)
        tools.addWidget(larger)
        tools.addWidget(whole)
        tools.addStretch(1)
        box, self.ok_button = dialog_buttons(self, self.tr("Usar este recorte"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title_label(self.windowTitle(), self))
        hint = hint_label(
            self.tr("Arrastre el cuadro hasta el producto. Flechas: mover; + y −: tamaño. Se guarda cuadrada."), self
        )
        layout.addWidget(hint)
        layout.addWidget(self.area, 1)
        layout.addLayout(tools)
        self.size_label = QLabel(self)
        self.size_label.setObjectName("cropSize")
        layout.addWidget(self.size_label)
        layout.addWidget(box)
        self.area.changed.connect(self._say_size)
        self._say_size()
        self.resize(640, 720)
        self.area.setFocus()

    def _grow(self, direction: int) -> None:
        self.area.grow_by(direction * 2 * max(1, round(self.area.crop.side * STEP)))

    def _centre(self) -> None:
        self.area.set_crop(centre_square(self.area.pixmap.width(), self.area.pixmap.height()))

    def _say_size(self) -> None:
        side = self.crop().side
        self.size_label.setText(self.tr("Recorte de {side} × {side} píxeles").format(side=side))

    def crop(self) -> Crop:
        """The chosen square in the pixels of the upright picture (not of the preview)."""
        factor = self.preview.width / max(self.area.pixmap.width(), 1)
        return fit_crop(self.area.crop.scaled(factor), self.preview.width, self.preview.height)

    @classmethod
    def run(cls, parent: QWidget | None, preview: Preview) -> tuple[Crop | None, bool]:
        dialog = cls(preview, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.crop() if accepted else None), accepted
        finally:
            dialog.deleteLater()
