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
from PySide6.QtCore import QObject, QTimer

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
