"""Translating what the screens say.

Text inside a widget's own methods uses ``self.tr``; its context is the
widget's class. Everything else — module-level helpers, tables of labels,
functions shared by several screens — uses :func:`tr` from here, whose
context is the empty one, and marks table entries with ``QT_TR_NOOP`` so that
``lupdate`` finds them; they are passed through :func:`tr` where shown.
``resources/translate.py`` extracts both kinds into the ``.ts`` files.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication

__all__ = ["QT_TR_NOOP", "tr"]


def tr(text: str) -> str:
    """``text`` (Spanish) in the language of the program."""
    return QCoreApplication.translate("", text)
