"""Jobs for the till's thermal printer sent on a thread of their own, so the screen never waits on a printer.

A printer that is off can take seconds to say so: the job goes on a
:class:`QThread` and ``then(error)`` is called back on the GUI thread, with
an empty ``error`` when it printed. What was recorded (a sale, a refund, a
cash movement) is already saved before any job is sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from ..printing import PrintError
from ..services.till_printer import ThermalJob, drawer_job, send_job, thermal_profile
from ..store import Store
from .widgets.i18n import tr

log = logging.getLogger(__name__)


class _Sender(QThread):
    """Sends one job; ``ended`` carries the reason it did not print, or an empty string."""

    ended = Signal(str)

    def __init__(self, job: ThermalJob, parent: QObject) -> None:
        super().__init__(parent)
        self.job = job

    def run(self) -> None:
        try:
            send_job(self.job)
        except PrintError as exc:
            self.ended.emit(str(exc))
        except Exception as exc:  # any printer failure is told, never raised into the till
            log.exception("thermal job to %s failed", self.job.target.uri)
            self.ended.emit(str(exc) or type(exc).__name__)
        else:
            self.ended.emit("")


def send_in_background(owner: QObject, job: ThermalJob, then: Callable[[str], None] | None = None) -> QThread:
    """Send ``job`` off the GUI thread; ``then(error)`` runs on the GUI thread when it is done.

    The thread belongs to the application, not to ``owner``: a dialog closed
    while its job is still being sent does not cut the job short, and
    ``then`` is skipped when ``owner`` is gone by then.
    """
    sender = _Sender(job, QCoreApplication.instance() or owner)

    def ended(error: str) -> None:
        if then is not None and shiboken6.isValid(owner):
            then(error)

    sender.ended.connect(ended)
    sender.finished.connect(sender.deleteLater)
    sender.start()
    return sender


def kick_drawer(owner: QObject, store: Store, then: Callable[[str], None] | None = None) -> QThread | None:
    """Open this till's cash drawer (cash went in or out); ``None`` when the till has no drawer on a printer."""
    profile = thermal_profile(store)
    job = drawer_job(profile) if profile is not None else None
    if job is None:
        return None
    return send_in_background(owner, job, then)


def drawer_failed(reason: str) -> str:
    """What the till says when the drawer could not be opened."""
    return tr("No se abrió el cajón: {reason}. Lo registrado queda guardado; ábralo con su llave.").format(
        reason=reason
    )
