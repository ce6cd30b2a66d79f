"""Start the real till up to a usable sale screen, as ``mamakilla_pos.app.run`` does.

Run as ``python bench/start_app.py DB_FILE USER_ID``: the ``mamakilla-pos``
command's module and its reading of ``--db``, then, in ``app.run``'s order,
the catalogue read ahead, the data layer loaded, Qt application,
translators and style, the database opened as ``app.run`` opens it (checks,
migrations, finished days closed), the real ``MainWindow`` with user
``USER_ID`` logged in (no PIN typed: that wait is the person's, not the
app's), shown maximised offscreen, and the daily backup when one is due.
Prints ``READY <rss_kb>`` as soon as the sale screen shows the catalogue and
the scan field has the focus, then quits; with ``--photos`` after the user id,
it goes on until the tiles on screen show their photos and prints
``PHOTOS <rss_kb>`` then.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_kb() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def main() -> int:
    from mamakilla_pos import cli  # the module of the ``mamakilla-pos`` command

    url = f"sqlite:///{sys.argv[1]}"
    read_arguments = getattr(cli, "till_database", None)  # as ``cli.main`` reads them, when this version does
    if read_arguments is not None:
        till_only, url_read = read_arguments(["--db", url])
        assert till_only and url_read == url
    else:
        cli.build_parser().parse_args(["--db", url])

    from mamakilla_pos import app as till

    pause_gc = getattr(till, "_pause_gc", None)  # as ``app.run`` starts, when this version does
    if pause_gc is not None:
        pause_gc()
    read_ahead = getattr(till, "_read_ahead", None)  # the catalogue read ahead, when this version does
    if read_ahead is not None:
        read_ahead(url)
    load_data_layer = getattr(till, "_load_data_layer", None)  # before Qt, when this version does
    if load_data_layer is not None:
        load_data_layer()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Mama Killa POS")
    app.setOrganizationName("Mama Killa")
    app.setOrganizationDomain("mamakilla.pe")
    try:  # as ``app.run`` does, when this version does
        from mamakilla_pos.gui.languages import ui_language
        from mamakilla_pos.gui.widgets.icons import app_icon
    except ImportError:
        till.install_translators(app, till.DEFAULT_LANGUAGE)
    else:
        app.setWindowIcon(app_icon())
        till.install_translators(app, ui_language())

    from mamakilla_pos.gui.widgets.style import apply_style

    apply_style(app)

    from mamakilla_pos.services.setup import ensure_defaults

    # As ``app.run`` opens the shop: with its start-up checks when this version has them.
    opener = getattr(till, "_open_or_recover", None)
    if opener is not None:
        store = opener(url)
    else:
        from mamakilla_pos.store import open_store

        store = open_store(url)
    ensure_defaults(store)
    close_days = getattr(till, "_close_finished_days", None)
    if close_days is not None:
        close_days(store)

    from mamakilla_pos.gui.main_window import MainWindow

    hold_until_up = getattr(till, "_hold_until_up", None)  # as ``app.run`` builds the window, when this version does
    if hold_until_up is not None:
        hold_until_up()
    window = MainWindow(store)
    if hasattr(window, "start"):
        window.start()  # the login screen, as the app opens when users exist
    till_user = getattr(window, "till_user", None)
    if till_user is not None:
        from mamakilla_pos.services.auth import actor_of

        till_user.log_in(actor_of(store, int(sys.argv[2])))
    window.show_maximised()
    after_start = getattr(till, "_after_start", None)  # the warm-up and the collector, as the app has them
    if after_start is not None:
        after_start(window)
    else:
        warm_up = getattr(till, "_warm_up", None)  # after the screen is up, as in the app, when this version does
        if warm_up is not None:
            QTimer.singleShot(till.WARM_UP_MS, window, warm_up)
        resume_gc = getattr(till, "_resume_gc", None)
        if resume_gc is not None:
            QTimer.singleShot(till.GC_RESUME_MS, window, resume_gc)
    daily_backup = getattr(till, "_backup", None)
    if daily_backup is not None:
        daily_backup(store, window, "diaria")  # blocks the window the first time in a day, as in the app
    screen = window.sale_screen
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(lambda: (print("TIMEOUT", flush=True), app.exit(1)))
    timeout.start(120_000)

    wait_for_photos = "--photos" in sys.argv[3:]

    def photos_shown() -> None:
        # The first screen's tiles asked for their photos when painted; once read, they are painted again.
        if screen.tile_photos.settled():
            screen.grid.view.viewport().repaint()
            print(f"PHOTOS {rss_kb()}", flush=True)
            app.quit()
        else:
            QTimer.singleShot(1, photos_shown)

    def ready() -> None:
        if window.current_screen() is not screen and hasattr(window, "show_screen"):
            window.show_screen("sale")
        shown = screen.isVisible() and screen.grid.view.isVisible() and screen.grid.model.rowCount() > 0
        if shown and screen.scan_input.hasFocus():
            app.processEvents()
            print(f"READY {rss_kb()}", flush=True)
            if wait_for_photos:
                QTimer.singleShot(0, photos_shown)
            else:
                app.quit()
        else:
            QTimer.singleShot(1, ready)

    QTimer.singleShot(0, ready)
    try:
        return app.exec()
    finally:
        store.dispose()


if __name__ == "__main__":
    sys.exit(main())
