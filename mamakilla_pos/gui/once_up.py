"""Work put off until the till's window is up: counted from then, never from when it was asked for.

Screens ask for work "in the first idle moment after the start" (the tiles'
initials told apart across 20,000 products, the search text folded, the
models loaded for the first sale) with a delay. Counted from when the
window was being built, a slow start (a busy computer) has that work run
before the sale screen is even shown. While the till starts
(:func:`hold` … :func:`release`, see ``app.run``), such delays start at
the release, the event loop's first turn with the window shown; at any
other time they start at once.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

UP_AT_MOST_MS = 3000
"""How long after the event loop's first turn a window the system never makes active counts as up anyway."""

_held: list[tuple[QObject, int, Callable[[], object]]] | None = None


def after_start(owner: QObject, delay_ms: int, work: Callable[[], object]) -> None:
    """Run ``work`` ``delay_ms`` after the start is over (from now, when the till is not starting).

    Nothing runs when ``owner`` is gone by then.
    """
    if _held is None:
        _start(owner, delay_ms, work)
    else:
        _held.append((owner, delay_ms, work))


def _start(owner: QObject, delay_ms: int, work: Callable[[], object]) -> None:
    """A timer for ``work`` that holds it (and, for a bound method, its object) until it has run.

    PySide keeps only a weak hold on the object of a bound method it is given:
    a method of a plain object (the catalogue's index, replaced when the
    catalogue is read again) would be called on a freed object.
    """
    QTimer.singleShot(delay_ms, owner, lambda: work())


def hold() -> None:
    """The till starts: :func:`after_start` counts its delays from :func:`release` on."""
    global _held
    if _held is None:
        _held = []


def release() -> None:
    """The window is up: the delays put off start now."""
    global _held
    waiting, _held = _held or [], None
    for owner, delay_ms, work in waiting:
        if shiboken6.isValid(owner):
            _start(owner, delay_ms, work)


def drop() -> None:
    """The till has ended before its window was up: what was put off is not done."""
    global _held
    _held = None


def when_up(window: QWidget, work: Callable[[], object], at_most_ms: int | None = None) -> None:
    """Run ``work`` once ``window`` is up: shown, painted, and taking the keyboard.

    At the event loop's first turn the window has been shown; the system
    makes it the active window (the scan field then has the keyboard) a
    moment later, once its first paint is done, and that moment comes later
    on a busy computer. ``work`` runs then, or ``at_most_ms`` after the first
    turn when the window is never made active (another program has the
    keyboard; :data:`UP_AT_MOST_MS` when not given). Nothing runs when
    ``window`` is gone by then.
    """
    _UpWatch(window, work, UP_AT_MOST_MS if at_most_ms is None else at_most_ms)


class _UpWatch(QObject):
    """Waits, on ``window``, for it to be made active (see :func:`when_up`); owned by the window."""

    def __init__(self, window: QWidget, work: Callable[[], object], at_most_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._work: Callable[[], object] | None = work
        self._at_most_ms = at_most_ms
        QTimer.singleShot(0, self, self._first_turn)

    def _first_turn(self) -> None:
        if self._window.isActiveWindow():
            self._run()
            return
        self._window.installEventFilter(self)
        QTimer.singleShot(self._at_most_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self, self._run)  # once the activation has been handled
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is None:
            return
        self._window.removeEventFilter(self)
        work()
