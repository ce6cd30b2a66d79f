"""The icon set: the SVGs, the .qrc that lists them, the compiled resource module and the app icons."""

from __future__ import annotations

import importlib.util
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QDirIterator, QFile, QIODevice, QSize
from PySide6.QtGui import QIcon, QImage

from mamakilla_pos.gui.widgets import icons

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"


def _load_compiler():
    spec = importlib.util.spec_from_file_location("resources_compile", RESOURCES / "compile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _qrc_files() -> list[str]:
    tree = ET.parse(RESOURCES / "icons.qrc")
    return [f.text or "" for f in tree.iter("file")]


def _compiled_files() -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    walk = QDirIterator(":/icons", QDirIterator.IteratorFlag.Subdirectories)
    while walk.hasNext():
        path = walk.next()
        resource = QFile(path)
        if resource.open(QIODevice.OpenModeFlag.ReadOnly):
            found[path[2:]] = bytes(resource.readAll().data())
            resource.close()
    return found


def test_the_qrc_lists_every_svg_and_nothing_else():
    on_disk = sorted(f"icons/{p.name}" for p in (RESOURCES / "icons").glob("*.svg"))
    assert sorted(_qrc_files()) == on_disk


def test_compiled_module_is_in_sync_with_the_qrc_and_the_svgs():
    compiler = _load_compiler()
    module = compiler.TARGET
    assert module.exists(), "run python resources/compile.py"
    assert module.read_text(encoding="utf-8").startswith(compiler.HEADER), "generated header missing"
    compiled = _compiled_files()
    assert sorted(compiled) == sorted(_qrc_files()), "resources_rc.py is stale: run python resources/compile.py"
    for name, data in compiled.items():
        assert data == (RESOURCES / name).read_bytes(), f"{name} changed: run python resources/compile.py"


def test_every_named_icon_exists_and_is_drawn_in_current_color():
    for name in icons.NAMES:
        svg = (RESOURCES / "icons" / f"{name}.svg").read_text(encoding="utf-8")
        assert 'color="#6B2D5C"' in svg and "currentColor" in svg, name
        assert icons.svg_data(name) == svg.encode()
    assert (RESOURCES / "icons" / "LICENSE.txt").is_file()


def test_icons_paint_sharp_at_high_dpi_and_recolour(qapp):
    for name in (*icons.NAMES, "mamakilla"):
        pixmap = icons.icon(name).pixmap(QSize(24, 24), 2.0)
        assert pixmap.size() == QSize(48, 48) and pixmap.devicePixelRatio() == 2.0, name
        image = pixmap.toImage()
        assert any(image.pixelColor(x, y).alpha() for x in range(48) for y in range(48)), f"{name} is empty"

    plum = icons.icon("sale").pixmap(QSize(48, 48)).toImage()
    light = icons.icon("sale", icons.ON_DARK).pixmap(QSize(48, 48)).toImage()

    def darkest(image: QImage) -> int:
        return min(
            image.pixelColor(x, y).lightness()
            for x in range(48)
            for y in range(48)
            if image.pixelColor(x, y).alpha() > 200
        )

    assert darkest(plum) < 90 < darkest(light)
    disabled = icons.icon("sale").pixmap(QSize(48, 48), QIcon.Mode.Disabled).toImage()
    assert max(disabled.pixelColor(x, y).alpha() for x in range(48) for y in range(48)) < 200


def test_unknown_icon_is_a_key_error():
    with pytest.raises(KeyError):
        icons.icon("no-such-icon")


def test_installer_icons_exist():
    png = QImage(str(ROOT / "packaging" / "linux" / "mamakilla-pos.png"))
    assert (png.width(), png.height()) == (256, 256)
    ico = (ROOT / "packaging" / "windows" / "mamakilla-pos.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
