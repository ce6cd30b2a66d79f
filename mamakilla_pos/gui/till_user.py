"""Who is at the till now, and the idle lock that sends the till back to the login screen.

The main window owns one :class:`TillUser` (its ``till_user``
attribute). Screens and dialogs find it through their parents with
:func:`till_user_of` / :func:`current_user_id`, so they need no extra
constructor argument, and pass the id to the services as ``user_id``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from ..services.auth import Actor, Approval
from ..services.settings import get_settings
from ..store import Store

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class TillUser(QObject):
    """The user logged in at this till (``current``), or nobody.

    While someone is logged in, any key, click, touch or mouse movement in the
    application restarts the idle timer; when it runs out the till locks
    (``settings.idle_lock_minutes``, ``"0"`` never). A lock waits while a
    dialog is open, so that a half-done cash count is never thrown away.

    Signals:
        user_changed(object): the new :class:`Actor`, or ``None`` when the till locks.
        idle_locked(): the till locked itself after inactivity.
    """

    user_changed = Signal(object)
    idle_locked = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.current: Actor | None = None
        self.last_user_id: int | None = None
        self._grants: dict[str, Approval] = {}
        self._idle_ms: int | None = None
        self._filtering = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._idle)

    # -- who -----------------------------------------------------------------------------

    @property
    def user_id(self) -> int | None:
        """The id to pass to the services, ``None`` when nobody is logged in."""
        return self.current.id if self.current else None

    def may(self, permission: str) -> bool:
        """Whether the current user may do ``permission`` without an approval."""
        return self.current is not None and self.current.may(permission)

    def grant(self, permission: str, approval: Approval) -> None:
        """A coordinator approved ``permission`` for what the seller opened (a screen, a dialog) until it closes."""
        self._grants[permission] = approval

    def granted(self, permission: str) -> Approval | None:
        """The standing approval of ``permission``, if a coordinator gave one for what is open now."""
        return self._grants.get(permission)

    def drop_grants(self) -> None:
        """What was approved is closed: the next guarded action asks again."""
        self._grants.clear()

    def log_in(self, actor: Actor) -> None:
        """``actor`` typed her PIN: she is now at the till."""
        self._grants.clear()
        self.current = actor
        self.last_user_id = actor.id
        self._watch(True)
        self.user_changed.emit(actor)

    @Slot()
    def lock(self) -> None:
        """Nobody at the till until someone types a PIN (``last_user_id`` is kept)."""
        self._watch(False)
        self._grants.clear()
        if self.current is not None:
            self.current = None
            self.user_changed.emit(None)

    # -- idle lock -----------------------------------------------------------------------

    def set_idle_interval(self, milliseconds: int | None) -> None:
        """Lock after this much inactivity instead of the shop setting (``0``: never)."""
        self._idle_ms = milliseconds
        if self.current is not None:
            self._restart()

    def idle_interval(self) -> int:
        """Milliseconds of inactivity before the till locks; 0 means never."""
        if self._idle_ms is not None:
            return max(0, self._idle_ms)
        minutes = get_settings(self.store).idle_lock_minutes
        return int(minutes) * 60_000 if minutes.isdigit() else 0

    def is_counting(self) -> bool:
        """Whether the idle timer is running."""
        return self._timer.isActive()

    def _watch(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if on and not self._filtering and app is not None:
            app.installEventFilter(self)
            self._filtering = True
        elif not on and self._filtering and app is not None:
            app.removeEventFilter(self)
            self._filtering = False
        if on:
            self._restart()
        else:
            self._timer.stop()

    def _restart(self) -> None:
        interval = self.idle_interval()
        if interval > 0:
            self._timer.start(interval)
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.current is not None and self._timer.isActive():
            self._timer.start()
        return False

    @Slot()
    def _idle(self) -> None:
        if self.current is None:
            return
        if QApplication.activeModalWidget() is not None:
            self._restart()  # try again later; the dialog keeps its work
            return
        self.lock()
        self.idle_locked.emit()


def till_user_of(widget: QWidget | None) -> TillUser | None:
    """Who is logged in at the till, found on ``widget`` or one of its parents."""
    while widget is not None:
        found = getattr(widget, "till_user", None)
        if isinstance(found, TillUser):
            return found
        widget = widget.parentWidget()
    return None


def current_user_id(widget: QWidget | None) -> int | None:
    """The id of who is at the till for the services, or ``None`` when nobody is (a service refuses nobody)."""
    user = till_user_of(widget)
    return user.user_id if user is not None else None
