"""Long work (a year's PDF, a full export) on its own thread, with a progress bar and a Cancel button.

The job is a function of one argument, ``progress(done, total) -> bool``,
that calls services with the :class:`~mamakilla_pos.store.Store`; the
services open their own database sessions on the worker thread, so no
session ever crosses threads. The window stays responsive: the progress
dialog is window-modal, and its Cancel button makes the next ``progress``
call return ``False``, on which the service stops by raising
:class:`~mamakilla_pos.services.analytics.Cancelled`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...services.analytics import Cancelled, ProgressFn
from ...services.errors import UserError

log = logging.getLogger(__name__)

Job = Callable[[ProgressFn], object]


class _Runner(QThread):
    """Runs the job once; reports how it ended through its signals (queued to the GUI thread)."""

    succeeded = Signal(object)
    errored = Signal(object)
    stopped = Signal()

    def __init__(self, job: Job, progress: ProgressFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._progress = progress

    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except Cancelled:
            self.stopped.emit()
        except Exception as exc:  # reported to the person; the thread must not die silently
            log.exception("background work failed")
            self.errored.emit(exc)
        else:
            self.succeeded.emit(result)


class Worker(QObject):
    """A job on a worker thread with a progress dialog.

    Signals:
        finished(result): the job returned ``result``.
        failed(message): the job raised; ``message`` is for a person to read.
        cancelled(): the person pressed Cancel and the job stopped.
        progressed(done, total): the job reported progress.
    """

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progressed = Signal(int, int)

    def __init__(self, job: Job, label: str, parent: QWidget | None = None, show_after_ms: int = 400) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._done = False
        self._depth = 0  # setValue calls of the dialog running (see _show_progress)
        self._released = False
        self.dialog = QProgressDialog(label, self.tr("Cancelar"), 0, 0, parent)
        self.dialog.setObjectName("workerProgress")
        self.dialog.setWindowTitle(self.tr("Trabajando…"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(460)
        self.dialog.canceled.connect(self.cancel)
        self.progressed.connect(self._show_progress)
        self._runner = _Runner(job, self._report, self)
        self._runner.succeeded.connect(self._succeeded)
        self._runner.errored.connect(self._errored)
        self._runner.stopped.connect(self._stopped)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._stop_before_quit)

    # -- called on the worker thread -----------------------------------------------------

    def _report(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop.is_set()

    # -- the GUI thread ----------------------------------------------------------------

    def start(self) -> None:
        """Start the job; the dialog appears if it takes longer than ``show_after_ms``."""
        self.dialog.setValue(0)
        self._runner.start()

    @Slot()
    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        if not self._done:
            self._stop.set()
            self.dialog.setLabelText(self.tr("Cancelando…"))

    @Slot()
    def _stop_before_quit(self) -> None:
        # A QThread destroyed while running takes the whole app down: stop the job and let it end.
        if not self._done:
            self._stop.set()
            self._runner.wait(30_000)

    def is_running(self) -> bool:
        return not self._done

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until the thread has ended (for tests and for closing the window)."""
        return self._runner.wait(milliseconds)

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if self._done:
            return
        # A window-modal dialog's setValue runs the event loop: more progress, and the job's end, may come inside it.
        self._depth += 1
        try:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, total))
        finally:
            self._depth -= 1
        self._release_dialog()

    def _end(self) -> None:
        self._done = True
        self._runner.wait()
        self.dialog.hide()
        self._release_dialog()

    def _release_dialog(self) -> None:
        """Let the dialog go once the job ended and no setValue of it is running (once)."""
        if self._done and self._depth == 0 and not self._released:
            self._released = True
            self.dialog.deleteLater()

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._end()
        self.finished.emit(result)

    @Slot(object)
    def _errored(self, error: object) -> None:
        self._end()
        if isinstance(error, UserError | OSError):
            message = str(error)
        else:
            message = self.tr("No se pudo terminar: {error}").format(error=error)
        self.failed.emit(message)

    @Slot()
    def _stopped(self) -> None:
        self._end()
        self.cancelled.emit()
