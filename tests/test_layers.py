"""The layering of DESIGN.md §3: imports point down only.

- importing ``domain``, ``store``, ``documents`` and ``services`` (every
  submodule) in a fresh interpreter leaves PySide6 out of ``sys.modules``,
  and ``domain`` alone leaves SQLAlchemy out too;
- ``domain/`` imports neither Qt, SQLAlchemy, a database driver, nor any
  module that does file, process or network I/O, and calls no ``open()``;
- no layer below ``gui`` imports PySide6;
- ``gui/`` never imports SQLAlchemy nor the store, except the ``Store`` class
  itself (to annotate what it hands to services).
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import mamakilla_pos

PACKAGE = "mamakilla_pos"
PACKAGE_DIR = Path(mamakilla_pos.__file__).resolve().parent

# Modules that only make sense inside Alembic's environment.
NOT_IMPORTABLE = ("mamakilla_pos.store.migrations.env",)

QT = ("PySide6", "shiboken6")
DATABASE = ("sqlalchemy", "alembic", "sqlite3", "psycopg", "psycopg2")
IO = (
    "io",
    "os",
    "pathlib",
    "shutil",
    "tempfile",
    "glob",
    "fileinput",
    "pickle",
    "shelve",
    "dbm",
    "socket",
    "subprocess",
    "urllib",
    "http",
    "requests",
    "platformdirs",
    "reportlab",
    "openpyxl",
)
UPPER_LAYERS = tuple(f"{PACKAGE}.{name}" for name in ("store", "services", "documents", "printing", "gui", "cli"))


# -- helpers ------------------------------------------------------------------------------


def _imports_in_fresh_interpreter(packages: list[str], tmp_path: Path) -> dict[str, object]:
    """Import ``packages`` and all their submodules in a new Python; report what got loaded."""
    code = textwrap.dedent(
        f"""
        import importlib, json, pkgutil, sys

        skip = {NOT_IMPORTABLE!r}
        imported, errors = [], []

        def onerror(name):
            errors.append(f"{{name}}: {{sys.exc_info()[1]!r}}")

        for name in {packages!r}:
            package = importlib.import_module(name)
            imported.append(name)
            for info in pkgutil.walk_packages(package.__path__, name + ".", onerror=onerror):
                if info.name in skip or info.name.startswith(tuple(s + "." for s in skip)):
                    continue
                try:
                    importlib.import_module(info.name)
                except Exception as exc:
                    errors.append(f"{{info.name}}: {{exc!r}}")
                else:
                    imported.append(info.name)

        print(json.dumps({{
            "imported": imported,
            "errors": errors,
            "file": sys.modules["{PACKAGE}"].__file__,
            "modules": sorted(sys.modules),
        }}))
        """
    )
    env = dict(os.environ)
    # Import the same copy of the package as this test run (installed or source).
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PACKAGE_DIR.parent), env.get("PYTHONPATH")]))
    env.pop("PYTHONSTARTUP", None)
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(report["file"]).resolve().parent == PACKAGE_DIR
    assert report["errors"] == [], "modules that failed to import:\n" + "\n".join(report["errors"])
    return report


def _loaded(modules: list[str], roots: tuple[str, ...]) -> list[str]:
    return [m for m in modules if m.split(".", 1)[0] in roots]


def _python_files(layer: str) -> list[Path]:
    folder = PACKAGE_DIR / layer
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(path: Path, module: str | None, level: int) -> str:
    """The absolute name of the module a (possibly relative) ``from`` import names."""
    if level == 0:
        return module or ""
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package.pop()
    base = package[: len(package) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def _imports(path: Path) -> list[tuple[int, str, tuple[str, ...]]]:
    """Every import in a file as ``(line, absolute module, imported names)``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str, tuple[str, ...]]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name, ()) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = _resolve(path, node.module, node.level)
            found.append((node.lineno, module, tuple(alias.name for alias in node.names)))
    return found


def _is_in(module: str, roots: tuple[str, ...]) -> bool:
    return any(module == root or module.startswith(root + ".") for root in roots)


def _where(path: Path, line: int) -> str:
    return f"{path.relative_to(PACKAGE_DIR.parent)}:{line}"


# -- the layering, in a running interpreter --------------------------------------------------


def test_core_layers_do_not_load_qt(tmp_path):
    report = _imports_in_fresh_interpreter(
        [f"{PACKAGE}.domain", f"{PACKAGE}.store", f"{PACKAGE}.documents", f"{PACKAGE}.services"], tmp_path
    )
    assert f"{PACKAGE}.services" in report["imported"]
    assert _loaded(report["modules"], QT) == []


def test_services_package_alone_does_not_load_qt(tmp_path):
    report = _imports_in_fresh_interpreter([f"{PACKAGE}.services"], tmp_path)
    assert _loaded(report["modules"], QT) == []


def test_domain_loads_neither_qt_nor_a_database(tmp_path):
    report = _imports_in_fresh_interpreter([f"{PACKAGE}.domain"], tmp_path)
    assert _loaded(report["modules"], QT + DATABASE) == []
    upper = [m for m in report["modules"] if _is_in(m, UPPER_LAYERS)]
    assert upper == [], "domain pulls in upper layers"


# -- the layering, in the source -------------------------------------------------------------


def test_domain_source_is_pure():
    files = _python_files("domain")
    assert files, "mamakilla_pos/domain has no Python files"
    problems = []
    for path in files:
        for line, module, _names in _imports(path):
            root = module.split(".", 1)[0]
            if root in QT or root in DATABASE:
                problems.append(f"{_where(path, line)} imports {module} (Qt or database)")
            elif root in IO:
                problems.append(f"{_where(path, line)} imports {module} (I/O)")
            elif _is_in(module, UPPER_LAYERS):
                problems.append(f"{_where(path, line)} imports {module} (an upper layer)")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open":
                problems.append(f"{_where(path, node.lineno)} calls open()")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("layer", ["domain", "store", "documents", "services"])
def test_layers_below_gui_do_not_import_qt(layer):
    problems = [
        f"{_where(path, line)} imports {module}"
        for path in _python_files(layer)
        for line, module, _names in _imports(path)
        if module.split(".", 1)[0] in QT
    ]
    assert problems == [], "\n".join(problems)


def test_documents_do_not_touch_the_database():
    problems = [
        f"{_where(path, line)} imports {module}"
        for path in _python_files("documents")
        for line, module, _names in _imports(path)
        if module.split(".", 1)[0] in DATABASE or _is_in(module, (f"{PACKAGE}.store", f"{PACKAGE}.gui"))
    ]
    assert problems == [], "\n".join(problems)


def test_gui_uses_services_not_the_store():
    files = _python_files("gui")
    if not files:
        pytest.skip("mamakilla_pos/gui does not exist yet")
    store = f"{PACKAGE}.store"
    problems = []
    for path in files:
        for line, module, names in _imports(path):
            where = _where(path, line)
            if module.split(".", 1)[0] in DATABASE:
                problems.append(f"{where} imports {module}")
            elif module == store:
                # ``from ..store import Store`` (a type for annotations) is the only exception.
                if not names:
                    problems.append(f"{where} imports {module}")
                elif set(names) - {"Store"}:
                    problems.append(f"{where} imports {', '.join(sorted(set(names) - {'Store'}))} from {store}")
            elif module.startswith(store + "."):
                problems.append(f"{where} imports {module}")
            elif module == PACKAGE and "store" in names:
                problems.append(f"{where} imports {store}")
    assert problems == [], "\n".join(problems)


def test_import_resolution_helper():
    """The relative-import resolver the checks above rely on."""
    gui_file = PACKAGE_DIR / "gui" / "sale" / "screen.py"
    assert _resolve(gui_file, "store", 3) == f"{PACKAGE}.store"
    assert _resolve(gui_file, None, 2) == f"{PACKAGE}.gui"
    assert _resolve(PACKAGE_DIR / "gui" / "__init__.py", "store", 2) == f"{PACKAGE}.store"
    assert _resolve(PACKAGE_DIR / "domain" / "money.py", "cash", 1) == f"{PACKAGE}.domain.cash"
    assert _resolve(PACKAGE_DIR / "domain" / "money.py", "sqlalchemy", 0) == "sqlalchemy"
