"""The language chosen on this computer, and finding the compiled translation (``.qm``) of a language.

The choice is kept in ``QSettings`` (:func:`ui_language`): the program reads
it as it starts, before any screen is built, so this module stays light.

The ``.ts`` files under ``resources/translations`` are the source. A built
bundle carries the ``.qm`` beside them (``packaging/build.sh``); so does a
checkout after ``python resources/translate.py build``. An installed program
that has only the ``.ts`` compiles it once with Qt's ``lrelease`` (shipped
with PySide6) into the user's cache, keyed by the ``.ts`` contents, so an
updated translation is never shadowed by an old one.
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
from pathlib import Path

from platformdirs import user_cache_dir
from PySide6.QtCore import QSettings

from mamakilla_pos.paths import resource_dir

from .widgets.i18n import LANGUAGE_NAMES

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
"""Where the language of this computer is kept in ``QSettings``."""

DEFAULT_LANGUAGE = "es"

APP_CATALOGUE = "mamakilla"
"""Translations are ``mamakilla_<language>.ts``."""

QT_GAPS_CATALOGUE = "qt_gaps"
"""``qt_gaps_<language>.ts``: texts of Qt's own dialogs (the file dialog's "Look in:") that the
translations shipped with Qt lack; installed over Qt's, under the app's own."""


def ui_language(settings: QSettings | None = None) -> str:
    """The language chosen on this computer (``es``, ``en`` or ``fr``); Spanish when none was chosen."""
    value = (settings or QSettings()).value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    codes = {code for code, _name in LANGUAGE_NAMES}
    return value if isinstance(value, str) and value in codes else DEFAULT_LANGUAGE


def set_ui_language(language: str, settings: QSettings | None = None) -> None:
    """Keep ``language`` for the next start of the program on this computer."""
    if language not in {code for code, _name in LANGUAGE_NAMES}:
        raise ValueError(f"unknown language {language!r}")
    store = settings or QSettings()
    store.setValue(LANGUAGE_KEY, language)
    store.sync()


def translations_dir() -> Path:
    """The folder of the ``.ts`` (and maybe ``.qm``) files: installed package, else the checkout."""
    return resource_dir("translations")


def lrelease() -> Path | None:
    """Qt's ``lrelease`` as shipped inside the PySide6 package, when present."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return folder / name
    return None


def qm_file(language: str, cache: Path | None = None, catalogue: str = APP_CATALOGUE) -> Path | None:
    """The ``.qm`` of ``catalogue`` to load for ``language``, compiling it when only the ``.ts`` is there.

    ``None`` when the language has no translation or it cannot be compiled
    (the program then shows its Spanish texts, and says why in the log).
    """
    folder = translations_dir()
    ts = folder / f"{catalogue}_{language}.ts"
    built = folder / f"{catalogue}_{language}.qm"
    if built.exists() and (not ts.exists() or built.stat().st_mtime >= ts.stat().st_mtime):
        return built
    if not ts.exists():
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    target = (cache or Path(user_cache_dir("mamakilla-pos", "Mama Killa"))) / "translations"
    compiled = target / f"{catalogue}_{language}-{digest}.qm"
    if compiled.exists():
        return compiled
    tool = lrelease()
    if tool is None:
        log.warning("no lrelease to compile %s; the screens stay in Spanish", ts.name)
        return None
    target.mkdir(parents=True, exist_ok=True)
    partial = compiled.with_suffix(".part")
    result = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(partial)], capture_output=True, text=True)
    if result.returncode != 0 or not partial.exists():
        log.warning("lrelease failed on %s: %s", ts.name, result.stderr.strip())
        return None
    partial.replace(compiled)
    for old in target.glob(f"{catalogue}_{language}-*.qm"):
        if old != compiled:
            old.unlink(missing_ok=True)
    return compiled
