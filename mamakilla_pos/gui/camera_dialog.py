"""A photo taken with the computer's camera (Qt Multimedia), where the computer has one.

Qt Multimedia is loaded only when someone presses the camera button, never
as the till starts. On a computer without a camera, or without the libraries
Qt Multimedia needs, the button says so and the photo is added from a file.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from .catalogue_common import big_button, error_label, title_label

log = logging.getLogger(__name__)


@functools.cache
def camera_available() -> bool:
    """Whether a camera can be used here (asked once: Qt Multimedia loads its backend to answer)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget  # noqa: F401
    except ImportError as exc:  # Qt Multimedia or a library it needs is not installed
        log.info("no camera: %s", exc)
        return False
    try:
        return bool(QMediaDevices.videoInputs())
    except Exception:  # a backend that fails to start: no camera, not a crash
        log.info("no camera: the multimedia backend failed", exc_info=True)
        return False


def jpeg_bytes(image: QImage) -> bytes:
    """A captured frame as JPEG file bytes (what a photo file would hold)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 95)
    buffer.close()
    return bytes(data.data())


class CameraDialog(QDialog):
    """The camera's picture live; **Tomar foto** (Space or Enter) keeps a frame."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget

        super().__init__(parent)
        self.setObjectName("cameraDialog")
        self.setWindowTitle(self.tr("Tomar foto con la cámara"))
        self.taken: bytes | None = None
        self.video = QVideoWidget(self)
        self.video.setMinimumSize(560, 420)
        self.capture_hub = QMediaCaptureSession(self)
        self.camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        self.capture = QImageCapture(self)
        self.capture_hub.setCamera(self.camera)
        self.capture_hub.setImageCapture(self.capture)
        self.capture_hub.setVideoOutput(self.video)
        self.capture.imageCaptured.connect(self._captured)
        self.capture.errorOccurred.connect(self._capture_failed)
        self.camera.errorOccurred.connect(self._camera_failed)

        self.error = error_label(self)
        self.take_button = big_button(self.tr("Tomar foto"), "takePhotoButton", self, self.take, "primary")
        self.take_button.setShortcut(Qt.Key.Key_Space)
        self.take_button.setDefault(True)
        cancel = big_button(self.tr("Cancelar"), "cancelButton", self, self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.windowTitle(), self))
        layout.addWidget(self.video, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.camera.start()

    def take(self) -> None:
        if self.capture.isReadyForCapture():
            self.take_button.setEnabled(False)
            self.capture.capture()
        else:
            self.error.setText(self.tr("La cámara todavía no está lista: espere un momento."))

    def _captured(self, _id: int, image: QImage) -> None:
        self.taken = jpeg_bytes(image)
        self.camera.stop()
        self.accept()

    def _capture_failed(self, _id: int, _error: Any, text: str) -> None:
        self.take_button.setEnabled(True)
        self.error.setText(self.tr("No se pudo tomar la foto: {reason}").format(reason=text))

    def _camera_failed(self, _error: Any, text: str) -> None:
        self.take_button.setEnabled(False)
        self.error.setText(self.tr("La cámara no responde: {reason}").format(reason=text))

    def reject(self) -> None:
        self.camera.stop()
        super().reject()

    @classmethod
    def run(cls, parent: QWidget | None) -> tuple[bytes | None, bool]:
        """Take a photo; ``(None, False)`` when cancelled."""
        dialog = cls(parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.taken is not None
            return dialog.taken, accepted
        finally:
            dialog.deleteLater()
