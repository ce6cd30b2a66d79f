"""What several screens share is written once, in ``gui/widgets/``."""

from __future__ import annotations

import re
from pathlib import Path

import mamakilla_pos.gui
from mamakilla_pos.gui.widgets.text import sentence

GUI = Path(mamakilla_pos.gui.__file__).resolve().parent
CAPITALISED = re.compile(r"(\w[\w.()]*)\[:1\]\.upper\(\)\s*\+\s*\1\[1:\]|\[:1\]\.upper\(\)\}\{\w+\[1:\]")


def test_a_message_becomes_a_sentence():
    assert sentence("el precio no puede ser negativo") == "El precio no puede ser negativo"
    assert sentence("ñandú: «S/ 10.00»") == "Ñandú: «S/ 10.00»"
    assert sentence("") == ""
    assert sentence("Ya empieza así. y sigue") == "Ya empieza así. y sigue"


def test_no_screen_capitalises_a_message_by_itself():
    copies = [
        f"{path.relative_to(GUI)}:{number}"
        for path in sorted(GUI.rglob("*.py"))
        if path.name != "text.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if CAPITALISED.search(line)
    ]
    assert copies == []
