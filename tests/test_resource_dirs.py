"""The shipped folders are found however the program is started.

Installed (not editable), a program started from the checkout's folder
imports the checkout's ``mamakilla_pos``, which has no ``resources``
subpackage: each folder is then the checkout's top-level ``resources/``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parents[1]
FOLDERS = ("fonts", "help", "icons", "translations")
PROBE = """
import json
from mamakilla_pos.paths import resource_dir
from mamakilla_pos.gui.languages import translations_dir
from mamakilla_pos.gui.help_dialog import help_dir
from mamakilla_pos.documents.fonts import fonts_dir
found = {name: str(resource_dir(name)) for name in %r}
found["via"] = [str(translations_dir()), str(help_dir()), str(fonts_dir())]
print(json.dumps(found))
"""


@pytest.mark.parametrize("cwd", [CHECKOUT, Path("/")], ids=["checkout", "elsewhere"])
def test_every_shipped_folder_is_found(cwd):
    result = subprocess.run(
        [sys.executable, "-c", PROBE % (FOLDERS,)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found = json.loads(result.stdout)
    for name in FOLDERS:
        assert Path(found[name]).is_dir(), name
    assert (Path(found["translations"]) / "mamakilla_en.ts").is_file()
    assert all(Path(folder).is_dir() for folder in found["via"])
