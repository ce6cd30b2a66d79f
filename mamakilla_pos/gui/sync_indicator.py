"""What the till shows of its sync with the shop server: how many documents wait, when it last synced,
and a plain line when the last sync did not go through. A shop without a server shows nothing."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from ..services.sync_status import SyncState, unreachable
from .widgets.i18n import tr
from .widgets.style import Palette


def when_text(at: datetime | None, today: date | None = None) -> str:
    """``14:32`` today, ``05/12 14:32`` another day, or that it never synced."""
    if at is None:
        return tr("nunca")
    today = today or datetime.now().date()
    return at.strftime("%H:%M") if at.date() == today else at.strftime("%d/%m %H:%M")


def status_text(state: SyncState, short: bool = False) -> str:
    """``3 sin sincronizar · última vez 14:32`` (``short``, for the status bar: ``3 sin sincronizar · 14:32``)."""
    waiting = tr("Todo sincronizado") if state.waiting == 0 else tr("{n} sin sincronizar").format(n=state.waiting)
    when = when_text(state.last_sync_at)
    if short:
        return f"{waiting} · {when}"
    return tr("{waiting} · última vez {when}").format(waiting=waiting, when=when)


def problem_text(state: SyncState, error: str) -> str:
    """The last sync's failure in plain words: the person may go on selling either way."""
    if not error:
        return ""
    if unreachable(error):
        if state.last_sync_at is None:
            return tr(
                "Sin conexión con el servidor de la tienda. Puede seguir vendiendo: las ventas quedan "
                "guardadas en esta caja y se envían solas cuando vuelva la conexión."
            )
        return tr(
            "Sin conexión con el servidor de la tienda desde las {when}. Puede seguir vendiendo: las ventas "
            "quedan guardadas en esta caja y se envían solas cuando vuelva la conexión."
        ).format(when=when_text(state.last_sync_at))
    reason = error.strip().rstrip(".")
    return tr(
        "El servidor de la tienda no aceptó lo de esta caja: {reason}. Avise a la coordinadora; puede seguir vendiendo."
    ).format(reason=reason)


class SyncIndicator(QObject):
    """Two labels kept up to date: ``syncStatus`` for the status bar, ``syncProblem`` as a line over the screens."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.status = QLabel(parent)
        self.status.setObjectName("syncStatus")
        self.status.hide()
        self.problem = QLabel(parent)
        self.problem.setObjectName("syncProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(
            f"QLabel#syncProblem {{ color: {Palette.warning_text}; background: {Palette.warning_bg};"
            " padding: 6px 16px; font-size: 13pt; }"
        )
        self.problem.hide()

    def show_state(self, state: SyncState | None, failure: str = "") -> None:
        """Show ``state`` (``None``: no server, nothing shown); ``failure`` is a failure not noted in the file."""
        if state is None:
            self.status.hide()
            self.problem.hide()
            return
        error = state.last_error or failure
        self.status.setText(status_text(state, short=True))
        self.status.setToolTip(
            status_text(state)
            + "\n"
            + self.tr("Servidor de la tienda: {server} · esta caja: {till}").format(
                server=state.server, till=state.till
            )
        )
        self.status.show()
        line = problem_text(state, error)
        self.problem.setText(line)
        self.problem.setToolTip(error)
        self.problem.setVisible(bool(line))
