"""No scan is ever lost: a code the scanner types where it cannot be sold is routed or refused, visibly.

A USB scanner is a keyboard that types a code and Enter within a few
milliseconds; a person types the same keys ten times slower. The guard is an
application-wide event filter that tells the two apart. While the scan field
of the sale screen has the keyboard it does nothing at all. Elsewhere it
watches the keys go by (a person's keys are never held back or delayed) and,
when Enter ends a burst typed faster than anyone types:

- with the till unlocked and no dialog open (another screen on view, a
  table or a button with the focus), the code is sold: the sale screen comes
  up with the item in the cart;
- while a modal dialog is open or the login covers the till, the code is
  refused with a message on top of that dialog or screen, Enter does not
  reach it, and every field the burst typed into gets its text back (a code
  must never become a quantity, an amount or a PIN).

Text fields of the back-office screens take scans as typed (finding an item
by its code there is normal).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .widgets.i18n import tr
from .widgets.style import Palette

if TYPE_CHECKING:
    from .main_window import MainWindow

SCAN_GAP_MS = 50
"""Longest pause between two keys of a scan; a person pauses longer."""

SCAN_MIN_CHARACTERS = 4
"""Shortest code a burst must have to count as a scan."""

REFUSAL_SHOWN_MS = 6000

_OTHER_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)

_MODIFIER_KEYS = frozenset(
    (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta, Qt.Key.Key_CapsLock)
)
"""Keys a scanner holds down around a capital letter: they neither end nor extend a burst."""


def _takes_text(widget: QWidget | None) -> bool:
    """Whether ``widget`` is a field where typed text shows (so a code typed there is seen)."""
    if isinstance(widget, QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit):
        return not getattr(widget, "isReadOnly", lambda: False)()
    return isinstance(widget, QComboBox) and widget.isEditable()


class ScanRefusal(QLabel):
    """The message a refused scan leaves on top of the dialog or screen it was typed into."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("scanRefusedMessage")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            f"QLabel#scanRefusedMessage {{ color: white; background: {Palette.error_text};"
            " border-radius: 10px; padding: 12px 18px; font-size: 16pt; font-weight: bold; }"
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def say(self, text: str) -> None:
        """Show ``text`` across the top of the parent for a few seconds."""
        self.setText(text)
        parent = self.parentWidget()
        width = max(200, parent.width() - 40) if parent is not None else 600
        self.setFixedWidth(width)
        self.adjustSize()
        self.move(20, 20)
        self.show()
        self.raise_()
        self._timer.start(REFUSAL_SHOWN_MS)


def refusal_shown(widget: QWidget) -> ScanRefusal | None:
    """The refusal message shown on ``widget`` or on one of its parts, if any."""
    return next((found for found in widget.findChildren(ScanRefusal) if found.isVisible()), None)


class ScanGuard(QObject):
    """The application's event filter that routes or refuses scans made where they cannot be sold."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._burst: list[str] = []
        self._last_at = 0.0
        self._texts: dict[QWidget, str] = {}

    # -- deciding --------------------------------------------------------------------------------

    def _keys_at_risk(self, focus: QWidget) -> bool:
        """Whether a code typed now into ``focus`` would be lost, swallowed or typed into the wrong place."""
        if not self._window.isVisible():
            return False  # the till is not up (closed, or not shown yet)
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return True
        if self._window.is_locked():
            return True
        if focus is self._window.sale_screen.scan_input:
            return False
        return not _takes_text(focus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        focus = _receiver(watched)
        if focus is None:
            return False  # the same key passed on to a parent (already seen), or not yet at a widget
        if not self._keys_at_risk(focus):
            self._burst.clear()
            return False
        key, text = event.key(), event.text()
        if key in _MODIFIER_KEYS:
            return False
        now = _typed_at(event)
        quick = 0 <= now - self._last_at <= SCAN_GAP_MS
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            scanned = len(self._burst) >= SCAN_MIN_CHARACTERS and quick
            code = "".join(self._burst)
            self._burst.clear()
            if scanned:
                self._take(code)
                return True
            return False
        if len(text) == 1 and text.isprintable() and not event.modifiers() & _OTHER_MODIFIERS:
            if not self._burst or not quick:
                self._burst = []
                self._texts = _texts_of(focus.window())
            self._burst.append(text)
            self._last_at = now
            return False
        self._burst.clear()
        return False

    # -- acting ----------------------------------------------------------------------------------

    def _take(self, code: str) -> None:
        """A scan: sell it when the till can, else undo what it typed and refuse it where the seller looks."""
        modal = QApplication.activeModalWidget()
        if modal is not None or self._window.is_locked():
            _restore(self._texts)
            # On the dialog, or on the page that covers the till (it goes with it once someone logs in).
            where = modal or self._window.pages.currentWidget() or self._window
            text = (
                tr("Se leyó el código {code}, pero no se agregó: primero termine o cierre esta ventana.")
                if modal is not None
                else tr("Se leyó el código {code}, pero no se agregó: primero entre con su PIN.")
            )
            found = where.findChild(ScanRefusal, "scanRefusedMessage", Qt.FindChildOption.FindDirectChildrenOnly)
            message = found if isinstance(found, ScanRefusal) else ScanRefusal(where)
            message.say(text.format(code=code))
            return
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        self._window.show_screen("sale")
        self._window.sale_screen.scan(code)


def _typed_at(event: QKeyEvent) -> float:
    """When the key was typed, in milliseconds.

    The windowing system stamps each key when it is typed; the till may
    handle it much later (a dialog busy answering the previous key), and the
    time it is handled would split a scan in pieces. Keys made up inside the
    program carry no stamp: they are timed as they are handled.
    """
    return float(event.timestamp()) if event.timestamp() else time.monotonic() * 1000


def _receiver(watched: QObject) -> QWidget | None:
    """The widget a key is typed into, when ``watched`` is it (not a parent it is passed on to).

    That is an open menu's (a popup takes every key while it is up), else the
    application's focus widget; without a window manager (a kiosk session) no
    window may be active, so there is none, and the keys go to the focus
    widget of the window they were typed in.
    """
    if not isinstance(watched, QWidget):
        return None
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return watched if watched is (popup.focusWidget() or popup) else None
    focus = QApplication.focusWidget()
    if focus is None:
        window = watched.window()
        focus = window.focusWidget() or window
    return watched if watched is focus else None


def _texts_of(window: QWidget | None) -> dict[QWidget, str]:
    """The text of every field of ``window``, to give back what a refused scan typed into them."""
    if window is None:
        return {}
    texts: dict[QWidget, str] = {field: field.text() for field in window.findChildren(QLineEdit)}
    for plain in window.findChildren(QPlainTextEdit):
        texts[plain] = plain.toPlainText()
    for rich in window.findChildren(QTextEdit):
        texts[rich] = rich.toPlainText()
    return texts


def _restore(texts: dict[QWidget, str]) -> None:
    for field, text in texts.items():
        if not shiboken6.isValid(field):
            continue
        if isinstance(field, QLineEdit) and field.text() != text:
            field.setText(text)
        elif isinstance(field, QPlainTextEdit | QTextEdit) and field.toPlainText() != text:
            field.setPlainText(text)
