"""The dialog shown when the shop's database cannot be opened at start.

It says what happened in plain Spanish, offers the newest good backup with
its date and what it holds, or another file, and never touches the damaged
file itself (restoring renames it aside, byte for byte).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QWidget,
)

from ..services.startup import DatabaseProblem
from .forms.ui_recovery_dialog import Ui_RecoveryDialog
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
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        self.problem = problem
        self.choice = Choice.QUIT
        self.other_file: Path | None = None

        self.ui.titleLabel.setText(tr(TITLES.get(problem.kind, TITLES["damaged"])))
        self.ui.whatLabel.setText(
            self.tr(
                "Archivo: {path}\nQué pasó: {message}.\n\nEl archivo no se modifica: queda guardado tal como está."
            ).format(path=problem.path, message=tr(problem.message))
        )
        self.restore_button = self.ui.restoreBackupButton
        if problem.backup is not None and problem.backup_taken is not None:
            counts = problem.backup_counts
            self.ui.backupSummary.setText(
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
        else:
            self.ui.backupSummary.setText(
                self.tr("No se encontró ninguna copia de seguridad en buen estado junto a la base de datos.")
            )
            self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        self.ui.openOtherButton.clicked.connect(self._other)

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
