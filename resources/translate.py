"""Keep the Qt Linguist files of the screens up to date, and compile them.

    python resources/translate.py update   # gather the Spanish texts of gui/ into translations/*.ts
    python resources/translate.py build    # compile translations/*.ts into the .qm files the app loads
    python resources/translate.py status   # how many texts each language still lacks

``update`` runs ``pyside6-lupdate`` over ``mamakilla_pos/gui`` and the
Designer forms of ``ui/``. A text that moved to another context, or a new one written the
same as a text already translated, takes that translation, so moving a
string between a widget and a module-level helper costs nothing; texts no
longer in the program are then dropped. Translate the rest with
``pyside6-linguist resources/translations/mamakilla_en.ts`` (or by hand).

The ``.qm`` files are build products (not kept in git): ``packaging/build.sh``
runs ``build``; an installed program compiles them on first use
(:mod:`mamakilla_pos.gui.languages`).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
ROOT = RESOURCES_DIR.parent
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
SOURCE_DIR = ROOT / "mamakilla_pos" / "gui"
LANGUAGES = ("en", "fr")
"""The languages translated from Spanish, the language of the source texts."""


def ts_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"mamakilla_{language}.ts"


def qt_tool(name: str) -> str:
    """``pyside6-<name>`` of this interpreter's environment, else the one on ``PATH``."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    """The Python files of ``gui/`` and the Designer forms of ``ui/``, relative to the repository.

    The forms are read as ``.ui`` (lupdate does not read the ``u"…"`` strings
    of the Python that uic generates from them); the generated code looks
    them up under the same context, the form's class.
    """
    python = sorted(p for p in SOURCE_DIR.rglob("*.py") if p.name != "resources_rc.py" and p.parent.name != "forms")
    forms = sorted((ROOT / "ui").glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in python + forms]


def _is_gone(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") in {"vanished", "obsolete"}


def _is_done(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") is None and bool(translation.text)


def fill_and_prune(path: Path) -> tuple[int, int]:
    """Give unfinished texts the translation of the same text elsewhere; drop texts gone from the program.

    Returns (texts filled, texts dropped).
    """
    tree = ET.parse(path)
    root = tree.getroot()
    known: dict[str, str] = {}
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") != "unfinished":
            known.setdefault(source, translation.text)
    filled = dropped = 0
    for context in list(root.iter("context")):
        for message in list(context.findall("message")):
            if _is_gone(message):
                context.remove(message)
                dropped += 1
                continue
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is not None and not _is_done(message) and source in known:
                translation.text = known[source]
                translation.attrib.pop("type", None)
                filled += 1
        if not context.findall("message"):
            root.remove(context)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return filled, dropped


def update() -> None:
    TRANSLATIONS_DIR.mkdir(exist_ok=True)
    for language in LANGUAGES:
        path = ts_file(language)
        subprocess.run(
            [
                qt_tool("lupdate"),
                "-silent",
                "-locations",
                "none",
                "-source-language",
                "es",
                "-target-language",
                language,
                *sources(),
                "-ts",
                str(path.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )
        filled, dropped = fill_and_prune(path)
        missing = len(untranslated(path))
        print(f"{path.name}: {filled} filled from the same text, {dropped} dropped, {missing} to translate")


def untranslated(path: Path) -> list[str]:
    """The source texts of ``path`` that have no finished translation."""
    root = ET.parse(path).getroot()
    return [m.findtext("source") or "" for m in root.iter("message") if not _is_gone(m) and not _is_done(m)]


def build(into: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Compile every ``.ts`` (the app's and ``qt_gaps_*``, Qt's missing texts) into ``into``; returns the ``.qm``."""
    into.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        qm = into / f"{ts.stem}.qm"
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "status"
    if command == "update":
        update()
    elif command == "build":
        for qm in build():
            print(f"built {qm.relative_to(ROOT)}")
    elif command == "status":
        for language in LANGUAGES:
            print(f"{ts_file(language).name}: {len(untranslated(ts_file(language)))} to translate")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
