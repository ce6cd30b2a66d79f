"""A yes/no question before something that cannot be taken back or looks like a slip of the finger."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from .widgets.i18n import tr


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str = "") -> bool:
    """Ask ``text``; whether the person chose ``yes`` (Enter) rather than ``no`` (Esc, "Cancelar" by default)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    accept.setObjectName("confirmButton")
    accept.setProperty("role", "primary")
    cancel = box.addButton(no or tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancelButton")
    box.setDefaultButton(accept)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept
