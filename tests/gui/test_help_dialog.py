"""The quick guide opens, shows its screenshots, and keeps its links and shortcuts complete."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QPushButton, QTextBrowser

from mamakilla_pos.gui.help_dialog import GUIDES, SECTIONS, HelpDialog, guide_path, help_dir

ROOT = Path(__file__).resolve().parents[2]
SHORTCUTS = ("F2", "F4", "F8", "F9", "F12", "Esc", "Ctrl+P", "Ctrl+Z")


class _Guide(HTMLParser):
    """The images, links and anchors of the guide."""

    def __init__(self) -> None:
        super().__init__()
        self.images: list[str] = []
        self.links: list[str] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "img":
            self.images.append(values.get("src") or "")
        if tag == "a":
            if values.get("href"):
                self.links.append(values["href"] or "")
            if values.get("name"):
                self.anchors.add(values["name"] or "")


def _guide(language: str = "es") -> _Guide:
    parser = _Guide()
    parser.feed(guide_path(language).read_text(encoding="utf-8"))
    return parser


def test_the_guide_opens_in_the_help_dialog(qtbot):
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    browser = dialog.findChild(QTextBrowser, "helpBrowser")
    text = browser.toPlainText()
    assert text.startswith("Guía rápida de la caja Mama Killa")
    for part in ("Vender", "Cobrar", "Devolver un producto", "Cerrar la caja", "Pagar a una artesana"):
        assert part in text
    assert browser.source() == QUrl.fromLocalFile(str(guide_path()))

    dialog.show_section("atajos")
    assert browser.verticalScrollBar().value() > 0
    qtbot.mouseClick(dialog.findChild(QPushButton, "helpTopButton"), Qt.MouseButton.LeftButton)
    assert browser.verticalScrollBar().value() == 0
    qtbot.mouseClick(dialog.findChild(QPushButton, "helpCloseButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == HelpDialog.DialogCode.Accepted


@pytest.mark.parametrize("language", GUIDES)
def test_every_image_the_guide_shows_exists_and_loads(qtbot, language):
    images = _guide(language).images
    assert len(images) >= 6
    for src in images:
        path = help_dir() / src
        assert path.is_file(), f"{src} is missing"
        assert path.stat().st_size < 150_000, f"{src} is too big for the guide"
        assert not QImage(str(path)).isNull(), f"{src} is not an image"

    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.browser.setSource(QUrl.fromLocalFile(str(guide_path(language))))
    document = dialog.browser.document()
    for src in images:
        resource = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(src))
        assert resource is not None and not resource.isNull(), f"the help window cannot load {src}"


def test_every_screenshot_is_used_and_each_guide_shows_its_own_language():
    used = {src for language in GUIDES for src in _guide(language).images}
    on_disk = {p.relative_to(help_dir()).as_posix() for p in (help_dir() / "img").rglob("*.png")}
    assert on_disk == used
    for language in ("en", "fr"):
        assert all(src.startswith(f"img/{language}/") for src in _guide(language).images)
    assert [Path(src).name for src in _guide("en").images] == [Path(src).name for src in _guide("es").images]


@pytest.mark.parametrize("language", GUIDES)
def test_links_inside_the_guide_lead_somewhere(language):
    guide = _guide(language)
    assert set(SECTIONS) <= guide.anchors
    for link in guide.links:
        if link.startswith("#"):
            assert link[1:] in guide.anchors, link


@pytest.mark.parametrize(("language", "title"), [("en", "Mama Killa till: quick guide"), ("fr", "Caisse Mama Killa")])
def test_the_guide_opens_in_the_language_of_the_program(qtbot, language, title):
    default = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        dialog = HelpDialog()
        qtbot.addWidget(dialog)
        assert dialog.browser.toPlainText().startswith(title)
        assert dialog.browser.source() == QUrl.fromLocalFile(str(guide_path(language)))
    finally:
        QLocale.setDefault(default)


@pytest.mark.parametrize("language", GUIDES)
def test_the_guide_lists_the_keyboard_shortcuts(language):
    text = guide_path(language).read_text(encoding="utf-8")
    shortcuts = text[text.index('name="atajos"') :]
    for key in SHORTCUTS:
        assert re.search(rf">&nbsp;{re.escape(key)}&nbsp;<", shortcuts), key


def test_the_guide_is_installed_with_the_package():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["mamakilla_pos.resources"]
    resources = ROOT / "resources"
    guides = [resources / "help" / name for name in GUIDES.values()]
    for path in [*guides, *(resources / "help" / "img").rglob("*.png")]:
        relative = path.relative_to(resources).as_posix()
        assert any(fnmatch.fnmatch(relative, p) for p in patterns), relative
