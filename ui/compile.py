"""Compile every Qt Designer form ``ui/*.ui`` into ``mamakilla_pos/gui/forms/ui_*.py``.

Run ``python ui/compile.py`` after editing a form in Qt Designer. The
generated modules are committed (so ``pip install .`` needs no Qt tools) and
``tests/gui/test_forms_in_sync.py`` fails when one is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
FORMS_DIR = UI_DIR.parent / "mamakilla_pos" / "gui" / "forms"
HEADER = "# Generated from ui/{name} by pyside6-uic; do not edit. Regenerate with: python ui/compile.py\n"


def uic_command() -> str:
    """The ``pyside6-uic`` of this interpreter's environment, else the one on ``PATH``."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: install PySide6-Essentials")
    return found


def target_for(ui_file: Path) -> Path:
    """``ui/payment_dialog.ui`` → ``mamakilla_pos/gui/forms/ui_payment_dialog.py``."""
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def generate(ui_file: Path) -> str:
    """The Python module for ``ui_file``, header included."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / target_for(ui_file).name
        # Run from ui/ with the bare file name so the generated banner never holds a local path.
        subprocess.run([uic_command(), ui_file.name, "-o", str(out)], cwd=ui_file.parent, check=True)
        body = out.read_text(encoding="utf-8")
    return HEADER.format(name=ui_file.name) + body


def main() -> int:
    """Regenerate every form; print what changed."""
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = target_for(ui_file)
        text = generate(ui_file)
        old = target.read_text(encoding="utf-8") if target.exists() else None
        if text != old:
            target.write_text(text, encoding="utf-8")
            print(f"{ui_file.name} → {target.relative_to(UI_DIR.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
