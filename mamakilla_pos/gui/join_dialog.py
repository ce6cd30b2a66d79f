"""At a new till's first run: make it a till of a shop that already has a server (DESIGN.md §9)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..store import Store
from .server_tab import ServerTab


class JoinShopDialog(QDialog):
    """The server's address, a connection test, this till's code and "join"; closes once joined."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinShopDialog")
        self.setWindowTitle(self.tr("Unirse a una tienda con servidor"))
        self.setMinimumWidth(1000)
        title = QLabel(self.tr("Esta caja es de una tienda que ya tiene servidor"), self)
        title.setProperty("role", "title")
        self.server_tab = ServerTab(store, self, joining=True)
        self.server_tab.linked.connect(self.accept)
        self.close_button = QPushButton(self.tr("Volver"), self)
        self.close_button.setObjectName("joinBackButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(self.server_tab, 1)
        layout.addLayout(buttons)
        self.server_tab.url_input.setFocus()

    @Slot()
    def reject(self) -> None:
        self.server_tab.wait()  # a join under way ends first
        super().reject()

    @classmethod
    def run(cls, parent: QWidget | None, store: Store) -> tuple[object | None, bool]:
        """Show the dialog; returns what ``join`` did and whether this file is now a till of the shop."""
        dialog = cls(store, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.server_tab.result, accepted
