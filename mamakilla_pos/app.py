"""Starting the till: Qt application, Spanish, the database, first-run set-up, main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication, QWidget

DEFAULT_LANGUAGE = "es"
ENV_LANGUAGE = "MAMAKILLA_LANG"
GC_RESUME_MS = 2000  # the garbage collector comes back once the sale screen has been up a moment
WARM_UP_MS = 250  # what the first sale needs is loaded in the first idle moment after the sale screen is up

# Installed translators must outlive the call that installs them.
_translators: list[QTranslator] = []


def install_translators(app: QApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Install Qt's own translation (``qtbase_<lang>``), the texts it lacks (``qt_gaps_<lang>``) and the app's.

    The app's source strings are Spanish, so Spanish needs no app translator.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    from .gui.languages import QT_GAPS_CATALOGUE, qm_file

    gaps = qm_file(language, catalogue=QT_GAPS_CATALOGUE)
    gaps_translator = QTranslator(app)
    if gaps is not None and gaps_translator.load(str(gaps)):
        app.installTranslator(gaps_translator)
        installed.append(gaps_translator)
    if language != DEFAULT_LANGUAGE:
        qm = qm_file(language)
        app_translator = QTranslator(app)
        if qm is not None and app_translator.load(str(qm)):
            app.installTranslator(app_translator)
            installed.append(app_translator)
    _translators.extend(installed)
    return installed


def _pause_gc() -> None:
    """No cyclic garbage collection while the till starts.

    Starting makes hundreds of thousands of long-lived objects (modules, the
    ORM's mappings, the catalogue) and almost no garbage, yet each batch of
    them sets off collections that walk every object made so far.
    """
    gc.disable()


def _resume_gc() -> None:
    """Collect once, then keep what the start made out of later collections (:func:`gc.freeze`)."""
    gc.collect()
    gc.freeze()
    gc.enable()


def _warm_up() -> None:
    """Load what the first sale needs while the person looks at the sale screen.

    The start does without the ORM's models (it reads plain tables, see
    :mod:`.store.tables`); the first sale needs them, their mappings
    configured, the sale service and the payment dialog. Loaded here, in the
    first idle moment, the first sale does not wait for them.
    """
    from sqlalchemy.orm import configure_mappers

    from .gui import payment_dialog  # noqa: F401
    from .services import sales  # noqa: F401
    from .store import models

    models.load()
    configure_mappers()


def _after_start(window: QWidget) -> None:
    """Load what the first sale needs, then let the garbage collector back, once the sale screen is up.

    The countdowns (:data:`WARM_UP_MS`, :data:`GC_RESUME_MS`) start once
    the window is up (:func:`.gui.once_up.when_up`): painted and taking the
    keyboard, not when it is asked to show nor at the event loop's first
    turn, which comes before its first paint. On a slow start (a busy
    computer, the daily backup) neither runs before the scan field can take
    a scan.
    """
    from PySide6.QtCore import QTimer

    from .gui import once_up

    def arm() -> None:
        once_up.release()
        QTimer.singleShot(WARM_UP_MS, window, _warm_up)
        QTimer.singleShot(GC_RESUME_MS, window, _resume_gc)

    once_up.when_up(window, arm)


def _hold_until_up() -> None:
    """What the window puts off until after the start waits for it to be up (:mod:`.gui.once_up`)."""
    from .gui import once_up

    once_up.hold()


def _drop_put_off() -> None:
    """Work put off until the window was up is dropped when the till ends before it was."""
    if "mamakilla_pos.gui.once_up" in sys.modules:
        sys.modules["mamakilla_pos.gui.once_up"].drop()


def _read_ahead(url: str | None) -> None:
    """Start reading the sale screen's catalogue from the shop's file, before the heavy imports.

    The reading (:mod:`.services.readahead`, a thread on plain ``sqlite3``)
    then overlaps loading SQLAlchemy, the models and the window.
    """
    from .paths import default_url, sqlite_path
    from .services import readahead

    readahead.start(sqlite_path(url or default_url()))


def _load_data_layer() -> None:
    """Import SQLAlchemy and the services the start uses, before Qt.

    Once PySide6 is imported, its import hook (for ``from __feature__
    import …``) reads the source file of every module imported after it;
    the data layer does not use Qt, so it is loaded first and spared that.
    """
    import sqlalchemy.dialects.sqlite  # the shop's file; another database loads its own dialect later
    import sqlalchemy.exc  # noqa: F401

    from . import store  # noqa: F401
    from .domain import language  # noqa: F401
    from .services import (  # noqa: F401
        auth,
        cash,
        closing,
        main_photos,
        parked,
        printers,
        quote,
        settings,
        setup,
        startup,
        sync_status,
        till_catalogue,
        till_printer,
        till_stock,
    )


def run(url: str | None = None) -> int:
    """Run the till on the database at ``url`` (the default SQLite file when ``None``).

    Returns the exit status: 0 when the window was closed normally or the
    first-run set-up was cancelled.
    """
    _pause_gc()
    _read_ahead(url)
    _load_data_layer()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Mama Killa POS")
    app.setOrganizationName("Mama Killa")
    app.setOrganizationDomain("mamakilla.pe")
    from .gui.languages import ui_language
    from .gui.widgets.icons import app_icon

    app.setWindowIcon(app_icon())
    install_translators(app, os.environ.get(ENV_LANGUAGE) or ui_language())

    from .gui.widgets.style import apply_style

    apply_style(app)

    from .services.setup import ensure_defaults, is_configured

    store = _open_or_recover(url)
    if store is None:
        gc.enable()
        return 1
    try:
        ensure_defaults(store)
        if not is_configured(store):
            from .gui.setup_dialog import SetupDialog

            _settings, accepted = SetupDialog.run(None, store)
            if not accepted:
                return 0

        _close_finished_days(store)

        from .gui.main_window import MainWindow

        _hold_until_up()
        window = MainWindow(store)
        window.start()
        window.show_maximised()
        _after_start(window)
        _backup(store, window, "diaria")
        status = app.exec()
        _backup(store, None, "salida")
        return status
    finally:
        _drop_put_off()
        gc.enable()
        store.dispose()


def _open_or_recover(url: str | None):  # type: ignore[no-untyped-def]
    """Open the database; when it cannot be opened, explain why and offer the newest good backup.

    Returns ``None`` when the person chose to quit.
    """
    from PySide6.QtCore import QSettings
    from sqlalchemy.exc import DatabaseError

    from .services import readahead
    from .services.startup import DatabaseProblem, diagnose
    from .store import open_store
    from .store.engine import NewerDatabase, default_url, sqlite_path

    url = url or default_url()
    while True:
        path = sqlite_path(url)
        remembered = QSettings().value("backup/folder")
        folders = [Path(str(remembered))] if remembered else []
        problem = diagnose(path, folders) if path is not None else None
        if problem is None:
            try:
                store = open_store(url)
            except (DatabaseError, NewerDatabase) as exc:
                if path is None:
                    raise
                kind = "newer" if isinstance(exc, NewerDatabase) else "damaged"
                found = diagnose(path, folders)
                problem = DatabaseProblem(
                    kind,
                    str(exc).splitlines()[0],
                    path,
                    found.backup if found else None,
                    found.backup_taken if found else None,
                    found.backup_counts if found else {},
                )
            else:
                from .services.till_catalogue import prefetch

                prefetch(store)  # the sale screen's catalogue, unless it is being read already (see run)
                return store
        readahead.forget(path)  # the file may be replaced: what was read from it is not the shop's
        from .gui.recovery_dialog import Choice, RecoveryDialog  # only when something is wrong
        from .services.backup import restore_over_damaged

        choice, other = RecoveryDialog.run(problem)
        if choice is Choice.RESTORE and problem.backup is not None:
            restore_over_damaged(problem.path, problem.backup)
        elif choice is Choice.OTHER_FILE and other is not None:
            url = f"sqlite:///{other}"
        else:
            return None


def _backup(store, window, reason: str) -> None:  # type: ignore[no-untyped-def]
    """The daily backup at start and the backup on quitting; a missing USB stick only warns."""
    from PySide6.QtCore import QSettings

    from .services.backup import auto_backup, backup_if_due

    try:
        result = backup_if_due(store) if reason == "diaria" else auto_backup(store, reason)
    except Exception:  # a backup must never stop the till from opening or closing
        logging.getLogger(__name__).exception("backup (%s) failed", reason)
        return
    if result is None:
        return
    if result.path is not None:
        QSettings().setValue("backup/folder", str(result.path.parent))
    elif result.warning and window is not None:
        window.statusBar().showMessage(result.warning, 30000)


def _close_finished_days(store) -> None:  # type: ignore[no-untyped-def]
    """Write the daily closings of the days that ended since the till last ran."""
    from .services.actors import SYSTEM_ID
    from .services.clock import now
    from .services.closing import close_days

    try:
        close_days(store, now().date(), SYSTEM_ID)
    except Exception:  # a closing that fails must not keep the till from opening; verify will tell
        logging.getLogger(__name__).exception("daily closing at start-up failed")


if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
