"""Starting the till: Qt application, Spanish, the database, first-run set-up, main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

DEFAULT_LANGUAGE = "es"
ENV_LANGUAGE = "MAMAKILLA_LANG"

# Installed translators must outlive the call that installs them.
_translators: list[QTranslator] = []


def install_translators(app: QApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Install Qt's own translation (``qtbase_<lang>``) and the app's, when present.

    The app's source strings are Spanish, so Spanish needs no app translator.
    """
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    if language != DEFAULT_LANGUAGE:
        folder = Path(__file__).resolve().parent / "resources" / "translations"
        if not folder.is_dir():
            folder = Path(__file__).resolve().parent.parent / "resources" / "translations"
        app_translator = QTranslator(app)
        if app_translator.load(f"mamakilla_{language}", str(folder)):
            app.installTranslator(app_translator)
            installed.append(app_translator)
    _translators.extend(installed)
    return installed


def run(url: str | None = None) -> int:
    """Run the till on the database at ``url`` (the default SQLite file when ``None``).

    Returns the exit status: 0 when the window was closed normally or the
    first-run set-up was cancelled.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Mama Killa POS")
    app.setOrganizationName("Mama Killa")
    app.setOrganizationDomain("mamakilla.pe")
    install_translators(app, os.environ.get(ENV_LANGUAGE, DEFAULT_LANGUAGE))

    from .gui.style import apply_style

    apply_style(app)

    from .services.setup import ensure_defaults, is_configured
    from .store import open_store

    store = open_store(url)
    try:
        ensure_defaults(store)
        if not is_configured(store):
            from .gui.setup_dialog import SetupDialog

            _settings, accepted = SetupDialog.run(None, store)
            if not accepted:
                return 0

        _close_finished_days(store)

        from .gui.main_window import MainWindow

        window = MainWindow(store)
        window.start()
        window.show_maximised()
        return app.exec()
    finally:
        store.dispose()


def _close_finished_days(store) -> None:  # type: ignore[no-untyped-def]
    """Write the daily closings of the days that ended since the till last ran."""
    from .services.clock import now
    from .services.closing import close_days

    try:
        close_days(store, now().date())
    except Exception:  # a closing that fails must not keep the till from opening; verify will tell
        logging.getLogger(__name__).exception("daily closing at start-up failed")


if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
