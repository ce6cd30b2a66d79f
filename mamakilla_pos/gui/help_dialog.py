"""The quick guide, with screenshots, in a window of its own, in the language of the program.

``resources/help/guia.html`` is the Spanish guide; ``guide_en.html`` and
``guide_fr.html`` are its English and French versions, whose screenshots
(``img/en/``, ``img/fr/``) show the screens in that language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from mamakilla_pos.paths import resource_dir

from .widgets.i18n import language
from .widgets.style import Palette

GUIDE = "guia.html"
GUIDES = {"es": GUIDE, "en": "guide_en.html", "fr": "guide_fr.html"}
"""The guide of each language of the program."""
SECTIONS = ("entrar", "vender", "cobrar", "devolver", "cerrar", "pagar", "atajos", "problemas")
"""Anchors of the guide's parts, to open it at one of them."""


def help_dir() -> Path:
    """The folder holding the guide and its ``img/`` screenshots.

    The installed package ``mamakilla_pos.resources`` is preferred (also inside
    the PyInstaller bundle); a source checkout falls back to ``resources/help``.
    """
    return resource_dir("help")


def guide_path(language_code: str | None = None) -> Path:
    """The quick guide's HTML file in ``language_code`` (the program's language by default; Spanish when missing)."""
    path = help_dir() / GUIDES.get(language_code or language(), GUIDE)
    return path if path.is_file() else help_dir() / GUIDE


class HelpDialog(QDialog):
    """The quick guide: how to sell, refund, close the till and pay a maker, and the shortcuts.

    Links inside the guide move within it; web links open in the browser.
    """

    def __init__(self, parent: QWidget | None = None, section: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Ayuda — guía rápida"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setStyleSheet(
            f"QTextBrowser#helpBrowser {{ background: {Palette.surface}; border: 1px solid {Palette.border};"
            " border-radius: 10px; padding: 10px 16px; }"
        )
        path = guide_path()
        if path.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setPlainText(self.tr("No se encuentra la guía (%1).").replace("%1", str(path)))

        self.top_button = QPushButton(self.tr("Volver al inicio"), self)
        self.top_button.setObjectName("helpTopButton")
        self.top_button.setAutoDefault(False)
        self.top_button.clicked.connect(lambda: self.show_section(""))
        self.close_button = QPushButton(self.tr("Cerrar"), self)
        self.close_button.setObjectName("helpCloseButton")
        self.close_button.setProperty("role", "primary")
        self.close_button.setMinimumWidth(180)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.top_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self._fit(940, 720)
        if section:
            self.show_section(section)

    @classmethod
    def run(cls, parent: QWidget | None = None, section: str = "") -> tuple[None, bool]:
        """Show the guide, at ``section`` (one of :data:`SECTIONS`) when given, until it is closed."""
        dialog = cls(parent, section)
        try:
            return None, dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    @Slot(str)
    def show_section(self, section: str) -> None:
        """Scroll to a part of the guide; the beginning for ``""``."""
        if section:
            self.browser.scrollToAnchor(section)
        else:
            self.browser.verticalScrollBar().setValue(0)

    def _fit(self, width: int, height: int) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() - 20), min(height, screen.height() - 40)
        self.resize(width, height)
