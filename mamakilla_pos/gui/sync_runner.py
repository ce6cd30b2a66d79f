"""The till syncs with its shop server in the background (DESIGN.md §9), never holding up a sale.

Each sync runs :func:`~mamakilla_pos.services.sync_reports.sync_and_record`
on a thread of its own: the service opens its own sessions there, the GUI thread only
reads the till's standing (:func:`~mamakilla_pos.services.sync_status.sync_state`).
A sync starts a moment after the program opens, then every
``interval_ms``, and a few seconds after each sale; a shop without a server
never starts one. A failure is remembered (the service notes it on the
till's file too) and told in plain words, never as a traceback.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from ..services.errors import UserError
from ..services.server import first_line
from ..services.sync_status import SyncState, sync_state
from ..store import Store

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = "10"
"""How long a sync waits for the server to answer a connection (libpq's ``PGCONNECT_TIMEOUT``)."""


class _SyncThread(QThread):
    """One sync; ``done(Synced)`` or ``failed(message)`` (queued to the GUI thread)."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store

    def run(self) -> None:
        from ..services.sync_reports import sync_and_record

        try:
            result = sync_and_record(self.store)
        except UserError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # told to the person; the thread must not die silently
            log.exception("background sync failed")
            self.failed.emit(first_line(exc))
        else:
            self.done.emit(result)


class BackgroundSync(QObject):
    """Starts syncs off the GUI thread, one at a time, and says how the till stands.

    Signals:
        state_changed(state): the till's standing changed (``None``: the shop has no server).
        synced(result): a sync went through; ``result`` is its merge report (:class:`~.sync_net.Synced`).
        failed(message): a sync did not go through.
    """

    state_changed = Signal(object)
    synced = Signal(object)
    failed = Signal(str)

    def __init__(
        self, store: Store, parent: QObject | None = None, interval_ms: int = 60_000, after_sale_ms: int = 5_000
    ) -> None:
        super().__init__(parent)
        os.environ.setdefault("PGCONNECT_TIMEOUT", CONNECT_TIMEOUT_S)
        self.store = store
        self.after_sale_ms = after_sale_ms
        self.last_report: object | None = None
        self.last_failure = ""
        self._thread: _SyncThread | None = None
        self._again = False
        self._closing = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.sync_now)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.sync_now)

    def start(self, first_after_ms: int = 3_000) -> None:
        """Sync now and then from here on (the first one after ``first_after_ms``)."""
        self._timer.start()
        self._soon.start(first_after_ms)

    def state(self) -> SyncState | None:
        """The till's standing, read from its own file."""
        return sync_state(self.store)

    @Slot()
    def sync_soon(self) -> None:
        """A sync in a few seconds (after a sale: several sales in a row make one sync)."""
        if not self._closing:
            self._soon.start(self.after_sale_ms)

    def is_running(self) -> bool:
        return self._thread is not None

    @Slot()
    def sync_now(self) -> bool:
        """Start a sync unless one is running (then one more follows it); ``False`` when there is no server."""
        if self._closing:
            return False
        if self._thread is not None:
            self._again = True
            return True
        if self.state() is None:
            return False
        thread = _SyncThread(self.store, self)
        thread.done.connect(self._done)
        thread.failed.connect(self._failed)
        thread.finished.connect(self._ended)
        self._thread = thread
        thread.start()
        return True

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until the running sync has ended (closing the window, tests)."""
        thread = self._thread
        return thread is None or thread.wait(milliseconds)

    def stop(self) -> None:
        """No more syncs; the running one is let finish (a sync cut short is taken again, never twice)."""
        self._closing = True
        self._timer.stop()
        self._soon.stop()
        thread = self._thread
        if thread is not None:
            thread.wait(30_000)

    @Slot(object)
    def _done(self, result: object) -> None:
        self.last_report = result
        self.last_failure = ""
        self.synced.emit(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.last_failure = message
        self.failed.emit(message)

    @Slot()
    def _ended(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.deleteLater()
        if not self._closing:
            self.state_changed.emit(self.state())
            if self._again:
                self._again = False
                self.sync_now()
