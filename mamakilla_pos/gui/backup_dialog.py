"""Backups from the app: make one now, or restore one (the current database is kept aside)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from ..services import backup
from ..services.errors import UserError
from ..store import Store
from .forms.ui_backup_dialog import Ui_BackupDialog


class BackupDialog(QDialog):
    """Two big buttons: back up now, restore a backup."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupDialog()
        self.ui.setupUi(self)
        self.store = store
        self.restored = False
        folder = backup.backup_folder(store)
        self.ui.whereLabel.setText(
            self.tr("Las copias se guardan en:\n{folder}").format(folder=folder)
            if folder
            else self.tr("Con PostgreSQL las copias se hacen con pg_dump (vea el README).")
        )
        self.message = self.ui.backupMessage
        self.ui.backupNowButton.clicked.connect(self.back_up_now)
        self.ui.restoreButton.clicked.connect(self.choose_and_restore)

    @Slot()
    def back_up_now(self) -> None:
        result = backup.auto_backup(self.store, "manual")
        if result.path is not None:
            self.message.setText(self.tr("Copia guardada: {path}").format(path=result.path))
        else:
            self.message.setText(result.warning)

    @Slot()
    def choose_and_restore(self) -> None:
        folder = backup.backup_folder(self.store)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Elegir la copia a restaurar"), str(folder or Path.home()), "SQLite (*.db)"
        )
        if name:
            self.restore(Path(name))

    def restore(self, source: Path) -> None:
        """Check ``source``, ask for confirmation, restore; the app then closes to reopen on it."""
        try:
            counts = backup.check_file(source)
        except UserError as exc:
            self.message.setText(self.tr("No se puede restaurar: {reason}").format(reason=exc))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restaurar la copia"),
            self.tr(
                "¿Restaurar {name}? Tiene {sales} notas. La base de datos actual se guarda aparte, no se borra."
            ).format(name=source.name, sales=counts["sales"]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            aside = backup.restore(self.store, source)
        except UserError as exc:
            self.message.setText(str(exc))
            return
        self.restored = True
        QMessageBox.information(
            self,
            self.tr("Copia restaurada"),
            self.tr("Listo. La base anterior quedó en {aside}.\nLa aplicación se cerrará: vuelva a abrirla.").format(
                aside=aside
            ),
        )
        self.accept()
        QApplication.quit()

    @classmethod
    def run(cls, parent: QWidget | None, store: Store) -> tuple[bool, bool]:
        """``(restored, accepted)``."""
        dialog = cls(store, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.restored, accepted
