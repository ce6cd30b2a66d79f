"""Finding or compiling the .qm translation of a language (gui/languages.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QTranslator

from mamakilla_pos.gui import languages

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "mamakilla_fr.ts"


def test_an_installed_program_compiles_its_translation_once_into_the_cache(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(TS, folder / TS.name)
    monkeypatch.setattr(languages, "translations_dir", lambda: folder)
    cache = tmp_path / "cache"

    qm = languages.qm_file("fr", cache=cache)
    assert qm is not None and qm.parent == cache / "translations"
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "Historial") == "Historique"
    built_at = qm.stat().st_mtime_ns
    assert languages.qm_file("fr", cache=cache) == qm and qm.stat().st_mtime_ns == built_at

    # A changed translation is compiled again, and the old one removed.
    (folder / TS.name).write_text(TS.read_text(encoding="utf-8").replace("Historique", "Ventes passées"), "utf-8")
    again = languages.qm_file("fr", cache=cache)
    assert again is not None and again != qm and not qm.exists()
    translator = QTranslator()
    assert translator.load(str(again))
    assert translator.translate("MainWindow", "Historial") == "Ventes passées"


def test_a_built_qm_beside_the_ts_is_used_as_it_is(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    built = folder / "mamakilla_en.qm"
    built.write_bytes(b"")  # a bundle carries only the .qm
    monkeypatch.setattr(languages, "translations_dir", lambda: folder)
    assert languages.qm_file("en", cache=tmp_path / "cache") == built


def test_a_language_without_translation_has_none(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(languages, "translations_dir", lambda: tmp_path)
    assert languages.qm_file("qu", cache=tmp_path / "cache") is None
