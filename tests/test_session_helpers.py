"""Helpers that work inside a session the caller opened are named so (DESIGN.md §3).

A public function of ``services/`` that takes an open ``Session`` or
``Connection`` ends in ``_in`` (``record_sale_in``, ``report_in``), or it starts
with an underscore; the functions left are the use cases, which take the
``Store`` and open their own transaction.
"""

from __future__ import annotations

import ast
from pathlib import Path

import mamakilla_pos.services

SERVICES = Path(mamakilla_pos.services.__file__).resolve().parent
OPEN = {"Session", "Connection"}


def _annotation(arg: ast.arg) -> str:
    return ast.unparse(arg.annotation) if arg.annotation is not None else ""


def misnamed(source: str) -> list[str]:
    """The module-level public functions of ``source`` that take an open session but do not say so."""
    found = []
    for node in ast.parse(source).body:
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or node.name.startswith("_"):
            continue
        arguments = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
        if any(_annotation(a).split(".")[-1] in OPEN for a in arguments) and not node.name.endswith("_in"):
            found.append(node.name)
    return found


def test_session_helpers_say_they_need_an_open_session():
    wrong = [f"{path.name}: {name}" for path in sorted(SERVICES.glob("*.py")) for name in misnamed(path.read_text())]
    assert wrong == []


def test_the_check_sees_a_misnamed_helper():
    source = (
        "def level(session: Session, item_id: int) -> int: ...\n"
        "def read_in(session: Session) -> int: ...\n"
        "def _private(connection: sa.Connection) -> None: ...\n"
        "def check(connection: sa.Connection) -> None: ...\n"
        "def use_case(store: Store) -> None: ...\n"
    )
    assert misnamed(source) == ["level", "check"]
