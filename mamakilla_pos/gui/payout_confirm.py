"""The last question before a payout: the amount in big type, to whom and how (DESIGN.md §4 rule 10)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

_STYLE = """
QLabel#confirmPayoutQuestion { font-size: 17pt; }
QLabel#confirmPayoutAmount { font-size: 40pt; font-weight: bold; color: #145C37; }
QLabel#confirmPayoutNote { font-size: 14pt; color: #6E625C; }
QPushButton { font-size: 16pt; min-height: 64px; padding: 4px 24px; }
QPushButton#confirmPayoutYes { background: #1F7A4D; border: 1px solid #1F7A4D; color: white; font-weight: bold; }
"""


class ConfirmPayoutDialog(QDialog):
    """ "¿Pagar S/ 751.30 a Rosa Quispe en efectivo?", the amount big; Sí, pagar / No."""

    def __init__(self, amount: str, who: str, how: str, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmPayoutDialog")
        self.setWindowTitle(self.tr("Confirmar el pago"))
        self.setStyleSheet(_STYLE)
        question = QLabel(self.tr("¿Pagar a {who} ({how})?").format(who=who, how=how), self)
        question.setObjectName("confirmPayoutQuestion")
        question.setWordWrap(True)
        self.amount_label = QLabel(amount, self)
        self.amount_label.setObjectName("confirmPayoutAmount")
        self.amount_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note_label = QLabel(note, self)
        self.note_label.setObjectName("confirmPayoutNote")
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(bool(note))
        self.no_button = QPushButton(self.tr("No, volver"), self)
        self.no_button.setObjectName("confirmPayoutNo")
        self.no_button.clicked.connect(self.reject)
        self.yes_button = QPushButton(self.tr("Sí, pagar {amount}").format(amount=amount), self)
        self.yes_button.setObjectName("confirmPayoutYes")
        self.yes_button.clicked.connect(self.accept)
        self.yes_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.no_button, 1)
        buttons.addWidget(self.yes_button, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(question)
        layout.addWidget(self.amount_label)
        layout.addWidget(self.note_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)
        self.yes_button.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, amount: str, who: str, how: str, note: str = "") -> bool:
        """Show the question; ``True`` once the person paying said yes."""
        dialog = cls(amount, who, how, note, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
