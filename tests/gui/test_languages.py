"""Finding or compiling the .qm translation of a language (gui/languages.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from mamakilla_pos.app import install_translators
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


@pytest.mark.parametrize(
    ("language", "look_in", "file_type"),
    [("es", "&Ver en:", "Archivos de &tipo:"), ("fr", "&Voir dans\u00a0:", "Fichiers de &type\u00a0:")],
)
def test_qts_own_file_dialog_speaks_the_language(qapp, tmp_path, monkeypatch, language, look_in, file_type) -> None:
    """Qt's translations lack the file dialog's "Look in:" and "Files of type:": the program brings them."""
    monkeypatch.setattr(languages, "user_cache_dir", lambda *_args: str(tmp_path / "cache"))
    default = QLocale()
    installed = install_translators(qapp, language)
    try:
        dialog = QFileDialog(None, "PDF", str(tmp_path), "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert texts["lookInLabel"] == look_in
        assert texts["fileTypeLabel"] == file_type
        dialog.deleteLater()
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)
        QLocale.setDefault(default)
