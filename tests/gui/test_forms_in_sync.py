"""Each Designer form in ui/ and its generated module in mamakilla_pos/gui/forms/ must agree."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))


def _load_compiler():
    spec = importlib.util.spec_from_file_location("ui_compile", ROOT / "ui" / "compile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _code(text: str) -> list[str]:
    """The generated code without the leading comment block (our header, uic's banner and version)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() and not line.startswith("#"))
    return lines[start:]


def test_the_forms_are_found():
    names = {f.name for f in FORMS}
    assert {
        "payment_dialog.ui",
        "open_till_dialog.ui",
        "cash_move_dialog.ui",
        "close_till_dialog.ui",
        "maker_dialog.ui",
        "product_dialog.ui",
        "item_dialog.ui",
        "import_dialog.ui",
        "backup_dialog.ui",
        "recovery_dialog.ui",
        "setup_dialog.ui",
        "first_coordinator_page.ui",
    } <= names


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.name)
def test_generated_module_matches_its_form(form):
    compiler = _load_compiler()
    target = compiler.target_for(form)
    assert target.exists(), f"{target.name} missing: run python ui/compile.py"
    committed = target.read_text(encoding="utf-8")
    assert committed.startswith(compiler.HEADER.format(name=form.name)), "generated header missing"
    fresh = compiler.generate(form)
    assert _code(committed) == _code(fresh), f"{target.name} is stale: run python ui/compile.py"


def test_every_generated_module_has_its_form():
    compiler = _load_compiler()
    generated = {p.name for p in compiler.FORMS_DIR.glob("ui_*.py")}
    assert generated == {compiler.target_for(f).name for f in FORMS}
