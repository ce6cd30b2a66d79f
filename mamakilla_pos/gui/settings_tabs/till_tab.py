"""The Esta caja tab of Ajustes: this till's code, series, place, idle lock, backup folder and language.

The language is a choice of this computer, kept in ``QSettings``
(:func:`..languages.ui_language`), not one of the shop's settings.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from ...services import locations
from ...services.settings import ShopSettings
from ...store import Store
from ..forms.ui_settings_till_tab import Ui_TillTab
from ..locations_screen import kind_label
from ..widgets.i18n import LANGUAGE_NAMES
from .page import SettingsPage

IDLE_CHOICES = (1, 2, 5, 10, 15, 30, 60)
"""Minutes without use after which the till can lock itself (besides never)."""


class TillTab(SettingsPage):
    """What belongs to this till alone; ``language`` is the one the program speaks now."""

    def __init__(self, store: Store, settings: ShopSettings, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TillTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.till_label = ui.tillCodeLabel
        self.till_label.setText(self._till_words(settings.till))
        self.series_input = self._show_text(ui.tillSeriesInput, settings.till_series, r"[A-Za-z0-9]{1,8}")
        self.series_input.textEdited.connect(self._upper_series)
        ui.tillSeriesHint.setText(
            self.tr("Las notas de esta caja salen con su serie: %1-000001, %1-000002… Otra caja usa otra.").replace(
                "%1", settings.till_series or "B001"
            )
        )
        places = [(f"{name} — {kind_label(kind)}", code) for code, name, kind in locations.list_locations(store)]
        self.location_input = self._fill(ui.tillLocationInput, places, settings.till_location)
        self.series_input.setEnabled(bool(settings.till))
        self.location_input.setEnabled(bool(settings.till))
        self.idle_input = self._fill(ui.idleLockInput, self._idle_choices(), settings.idle_lock_minutes)
        self.backup_input = self._show_text(ui.backupFolderInput, settings.backup_folder)
        self.choose_backup_button = ui.chooseBackupButton
        self.choose_backup_button.clicked.connect(self.choose_backup_folder)
        self.default_backup_button = ui.defaultBackupButton
        self.default_backup_button.clicked.connect(self.backup_input.clear)
        self.language_input = self._fill(ui.languageInput, [(name, code) for code, name in LANGUAGE_NAMES], language)
        self.fields = {
            "till": self.till_label,
            "till_series": self.series_input,
            "till_location": self.location_input,
            "idle_lock_minutes": self.idle_input,
            "backup_folder": ui.backupRow,
        }

    def _idle_choices(self) -> list[tuple[str, str]]:
        """Never, then each of :data:`IDLE_CHOICES` in minutes."""
        return [(self.tr("Nunca"), "0")] + [
            (self.tr("%1 minutos").replace("%1", str(m)) if m > 1 else self.tr("1 minuto"), str(m))
            for m in IDLE_CHOICES
        ]

    def _till_words(self, code: str) -> str:
        if not code:
            return self.tr("Ninguna todavía: abra el programa con --till y el código de la caja.")
        return self.tr("Caja %1").replace("%1", code)

    def values(self) -> dict[str, object]:
        """This till's series (in capitals), place, idle lock and backup folder."""
        return {
            "till_series": self.series_input.text().strip().upper(),
            "till_location": self.location_input.currentData(),
            "idle_lock_minutes": self.idle_input.currentData(),
            "backup_folder": self.backup_input.text().strip(),
        }

    def language(self) -> str:
        """The language chosen."""
        return str(self.language_input.currentData())

    @Slot()
    def choose_backup_folder(self) -> None:
        """Pick the folder where the automatic copies of the database go."""
        start = self.backup_input.text() or ""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Carpeta de las copias de seguridad"), start)
        if folder:
            self.backup_input.setText(folder)
            self.backup_input.setCursorPosition(0)

    @Slot(str)
    def _upper_series(self, text: str) -> None:
        position = self.series_input.cursorPosition()
        self.series_input.setText(text.upper())
        self.series_input.setCursorPosition(position)
