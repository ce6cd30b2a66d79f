"""The installed package holds every subpackage, the fonts and the migrations."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _declared() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_package_folder_is_declared():
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "mamakilla_pos").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    on_disk.add("mamakilla_pos.resources")
    assert on_disk == _declared()


def test_resources_ship_fonts():
    from importlib.resources import files

    fonts = files("mamakilla_pos.resources") / "fonts"
    assert (fonts / "DejaVuSans.ttf").is_file()
    assert (fonts / "DejaVuSans-Bold.ttf").is_file()
