"""Helpers for GUI tests: someone seated at a screen's till, a dialog shown with the keyboard in it, its Tab chain."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from mamakilla_pos.gui.till_user import TillUser
from mamakilla_pos.services.auth import Actor
from mamakilla_pos.store import Store


def seat_at_till(store: Store, widget: QWidget, actor: Actor) -> QWidget:
    """``actor`` logged in at the till of ``widget``, a screen or dialog shown on its own (never locked for idling)."""
    till_user = TillUser(store, widget)
    till_user.set_idle_interval(0)
    till_user.log_in(actor)
    widget.till_user = till_user  # type: ignore[attr-defined]
    return widget


def show_dialog(qtbot, dialog: QDialog) -> QDialog:
    """Show ``dialog`` as the active window and wait until one of its widgets has the keyboard."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog)
    return dialog


def tab_names(qtbot, count: int, dialog: QWidget | None = None) -> list[str]:
    """The objectNames the focus reaches with ``count`` presses of Tab from where it starts.

    With ``dialog``, the focus must stay inside it all along.
    """
    names = [QApplication.focusWidget().objectName()]
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        assert dialog is None or focused.window() is dialog
        names.append(focused.objectName())
    return names
