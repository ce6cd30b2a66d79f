"""The dialog shown when the shop's database cannot be opened at start.

It says what happened in plain Spanish, offers the newest good backup with
its date and what it holds, or another file, and never touches the damaged
file itself (restoring renames it aside, byte for byte).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.startup import DatabaseProblem
from .widgets.i18n import QT_TR_NOOP, tr

TITLES = {
    "damaged": QT_TR_NOOP("La base de datos está dañada"),
    "foreign": QT_TR_NOOP("Este archivo no es de Mama Killa POS"),
    "newer": QT_TR_NOOP("La base de datos es de una versión más nueva"),
}

# The fixed messages of services.startup.diagnose (DatabaseProblem.message), listed so that
# lupdate extracts them; shown through tr(). A message carrying an error's own text stays as it is.
PROBLEM_MESSAGES = (
    QT_TR_NOOP("el archivo está vacío"),
    QT_TR_NOOP("el archivo no es una base de datos (su contenido está dañado o es de otro tipo)"),
    QT_TR_NOOP("el archivo está incompleto"),
    QT_TR_NOOP("el archivo está incompleto: se cortó al escribirlo (¿disco lleno o memoria retirada?)"),
    QT_TR_NOOP("el archivo es una base de datos de otro programa, no de Mama Killa POS"),
    QT_TR_NOOP("la base de datos es de una versión más nueva de la aplicación: actualice el programa"),
    QT_TR_NOOP("la base de datos está dañada"),
)


class Choice(Enum):
    """What the person chose."""

    RESTORE = "restore"
    OTHER_FILE = "other"
    QUIT = "quit"


class RecoveryDialog(QDialog):
    """Explain the problem and offer the way out."""

    def __init__(self, problem: DatabaseProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Mama Killa POS — no se puede abrir la base de datos"))
        self.setMinimumWidth(780)
        self.problem = problem
        self.choice = Choice.QUIT
        self.other_file: Path | None = None

        title = QLabel(tr(TITLES.get(problem.kind, TITLES["damaged"])))
        title.setProperty("role", "title")
        what = QLabel(
            self.tr(
                "Archivo: {path}\nQué pasó: {message}.\n\nEl archivo no se modifica: queda guardado tal como está."
            ).format(path=problem.path, message=tr(problem.message))
        )
        what.setWordWrap(True)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(what)

        self.restore_button = QPushButton(self.tr("Restaurar esta copia"))
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.setProperty("role", "primary")
        if problem.backup is not None and problem.backup_taken is not None:
            counts = problem.backup_counts
            found = QLabel(
                self.tr(
                    "<b>Copia de seguridad más reciente: {date}</b><br>{sales} notas de venta y devoluciones, "
                    "{moves} movimientos de stock.<br><small>{path}</small>"
                ).format(
                    date=problem.backup_taken.strftime("%d/%m/%Y %H:%M"),
                    sales=counts.get("sales", 0),
                    moves=counts.get("stock_movements", 0),
                    path=problem.backup,
                )
            )
            found.setObjectName("backupSummary")
            found.setWordWrap(True)
            layout.addWidget(found)
        else:
            none = QLabel(self.tr("No se encontró ninguna copia de seguridad en buen estado junto a la base de datos."))
            none.setObjectName("backupSummary")
            none.setWordWrap(True)
            layout.addWidget(none)
            self.restore_button.setEnabled(False)

        other = QPushButton(self.tr("Abrir otro archivo…"))
        other.setObjectName("openOtherButton")
        quit_button = QPushButton(self.tr("Salir"))
        quit_button.setObjectName("quitButton")
        buttons = QHBoxLayout()
        buttons.addWidget(quit_button)
        buttons.addStretch(1)
        buttons.addWidget(other)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)

        self.restore_button.clicked.connect(self._restore)
        other.clicked.connect(self._other)
        quit_button.clicked.connect(self.reject)

    def _restore(self) -> None:
        self.choice = Choice.RESTORE
        self.accept()

    def _other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Abrir una base de datos o una copia"), str(self.problem.path.parent), "SQLite (*.db)"
        )
        if name:
            self.choice = Choice.OTHER_FILE
            self.other_file = Path(name)
            self.accept()

    @classmethod
    def run(cls, problem: DatabaseProblem, parent: QWidget | None = None) -> tuple[Choice, Path | None]:
        """Show the dialog; returns the choice and, for another file, its path."""
        dialog = cls(problem, parent)
        dialog.exec()
        return dialog.choice, dialog.other_file
