"""A dialog that shows a finished PDF (a receipt, a refund) with Imprimir, Guardar PDF and Cerrar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, Qt, Slot
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...printing import PrintError, save_pdf
from .text import sentence


class PdfViewDialog(QDialog):
    """Show ``pdf``; Imprimir calls ``print_action`` and Guardar PDF asks where to save it.

    ``print_action(pdf)`` prints (or, failing that, saves) and returns
    ``(printed, message)``: when printed the dialog closes, otherwise the
    message stays shown in the dialog.
    """

    def __init__(
        self,
        pdf: bytes,
        title: str,
        save_to: Path,
        print_action: Callable[[bytes], tuple[bool, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfViewDialog")
        self.setWindowTitle(title)
        self.outcome = ""  # "printed" or "saved" once done
        self._pdf = pdf
        self._save_to = save_to
        self._print_action = print_action

        self._buffer = QBuffer(self)  # the document reads from it for as long as it is shown
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocumentMargins(QMargins(12, 12, 12, 12))
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a817c; border: none; }")

        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.status_label.setStyleSheet(
            "QLabel { color: #7A4E00; background: #FFF1C9; border-radius: 8px; padding: 8px 12px; }"
        )
        self.status_label.hide()

        big = QFont(self.font())
        big.setPointSize(15)
        big.setBold(True)
        self.print_button = self._button(self.tr("Imprimir"), "printButton", big)
        self.print_button.setProperty("role", "primary")
        self.print_button.setStyleSheet(
            "QPushButton { background: #6B2D5C; color: white; border: 1px solid #4F1F44;"
            " border-radius: 8px; padding: 6px 18px; }"
            "QPushButton:pressed { background: #4F1F44; }"
        )
        self.print_button.setVisible(print_action is not None)
        self.save_button = self._button(self.tr("Guardar PDF"), "saveButton", big)
        self.close_button = self._button(self.tr("Cerrar"), "closeButton", big)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.print_button, 2)
        buttons.addWidget(self.save_button, 1)
        buttons.addWidget(self.close_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self._fit_to_screen()
        (self.print_button if print_action is not None else self.close_button).setFocus()

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        pdf: bytes,
        title: str,
        save_to: Path,
        print_action: Callable[[bytes], tuple[bool, str]] | None = None,
    ) -> tuple[str, bool]:
        """Show the PDF until closed; ``(outcome, accepted)``: ``("printed", True)`` after printing."""
        dialog = cls(pdf, title, save_to, print_action, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.outcome, accepted
        finally:
            dialog.deleteLater()

    @Slot()
    def print_document(self) -> None:
        """Print through ``print_action``; close when printed, otherwise say what happened."""
        if self._print_action is None:
            return
        self.print_button.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed, message = self._print_action(self._pdf)
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.print_button.setEnabled(True)
        if printed:
            self.outcome = "printed"
            self.accept()
        else:
            self.outcome = "saved"
            self._say(message)

    @Slot()
    def save_document(self) -> None:
        """Ask where to save the PDF (the documents folder is offered) and save it."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar PDF"), str(self._save_to), self.tr("Documentos PDF (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            saved = save_pdf(self._pdf, path)
        except PrintError as exc:
            self._say(sentence(str(exc)))
            return
        self.outcome = "saved"
        self._say(self.tr("PDF guardado en %1").replace("%1", str(saved)))

    def _say(self, message: str) -> None:
        self.status_label.setText(message)
        self.status_label.setVisible(bool(message))

    def _button(self, text: str, name: str, font: QFont) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFont(font)
        button.setMinimumHeight(60)
        button.setAutoDefault(False)
        return button

    def _fit_to_screen(self) -> None:
        """Roll paper gets a narrow window, A4 a wider one; never taller than the screen."""
        screen = self.screen().availableGeometry() if self.screen() else None
        height = min(760, screen.height() - 60) if screen else 700
        wide = False
        if self.document.pageCount():
            size = self.document.pagePointSize(0)
            wide = size.width() > 300  # wider than a 80 mm roll (227 pt)
        self.resize(760 if wide else 520, height)
