"""The Esta caja tab of Ajustes: this till's code, series, place, idle lock, backup folder and language.

The language is a choice of this computer, kept in ``QSettings``
(:func:`..languages.ui_language`), not one of the shop's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from ...services import locations
from ...services.settings import ShopSettings
from ...store import Store
from ..locations_screen import kind_label
from ..widgets.i18n import LANGUAGE_NAMES
from .page import Row, SettingsPage

IDLE_CHOICES = (1, 2, 5, 10, 15, 30, 60)
"""Minutes without use after which the till can lock itself (besides never)."""


class TillTab(SettingsPage):
    """What belongs to this till alone; ``language`` is the one the program speaks now."""

    def __init__(self, store: Store, settings: ShopSettings, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till_label = QLabel(self._till_words(settings.till), self)
        self.till_label.setObjectName("tillCodeLabel")
        self.till_label.setWordWrap(True)
        self.till_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.series_input = self._line("tillSeriesInput", settings.till_series, 8)
        self.series_input.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9]{1,8}"), self.series_input)
        )
        self.series_input.setMaximumWidth(200)
        self.series_input.textEdited.connect(self._upper_series)
        places = [(f"{name} — {kind_label(kind)}", code) for code, name, kind in locations.list_locations(store)]
        self.location_input = self._combo("tillLocationInput", places, settings.till_location)
        self.series_input.setEnabled(bool(settings.till))
        self.location_input.setEnabled(bool(settings.till))
        self.idle_input = self._combo("idleLockInput", self._idle_choices(), settings.idle_lock_minutes)
        self.idle_input.setMaximumWidth(320)
        backup = self._backup_row(settings.backup_folder)
        self.language_input = self._combo("languageInput", [(name, code) for code, name in LANGUAGE_NAMES], language)
        self._lay_out(self._rows(settings.till_series, backup))

    def _rows(self, series: str, backup: QWidget) -> list[Row]:
        return [
            (
                "till",
                self.tr("Esta caja"),
                self.till_label,
                self.tr("Cada caja de la tienda tiene su propio código, su serie, su lugar y su turno de caja."),
            ),
            (
                "till_series",
                self.tr("Serie de esta caja"),
                self.series_input,
                self.tr("Las notas de esta caja salen con su serie: %1-000001, %1-000002… Otra caja usa otra.").replace(
                    "%1", series or "B001"
                ),
            ),
            (
                "till_location",
                self.tr("Vende desde"),
                self.location_input,
                self.tr("Las ventas de esta caja descuentan la mercadería de este lugar."),
            ),
            (
                "idle_lock_minutes",
                self.tr("Bloquear la caja sin uso tras"),
                self.idle_input,
                self.tr("Después, cada una vuelve a entrar con su PIN."),
            ),
            (
                "backup_folder",
                self.tr("Carpeta de copias"),
                backup,
                self.tr(
                    "Cada día se guarda aquí una copia de seguridad. "
                    "Por defecto: la carpeta «copias» junto a los datos."
                ),
            ),
            (
                "",
                self.tr("Idioma"),
                self.language_input,
                self.tr("El idioma cambia la próxima vez que se abre el programa."),
            ),
        ]

    def _idle_choices(self) -> list[tuple[str, str]]:
        """Never, then each of :data:`IDLE_CHOICES` in minutes."""
        return [(self.tr("Nunca"), "0")] + [
            (self.tr("%1 minutos").replace("%1", str(m)) if m > 1 else self.tr("1 minuto"), str(m))
            for m in IDLE_CHOICES
        ]

    def _backup_row(self, folder: str) -> QWidget:
        """The backup folder (read-only), with "Elegir…" and "Por defecto" beside it."""
        self.backup_input = self._line("backupFolderInput", folder)
        self.backup_input.setReadOnly(True)
        self.backup_input.setPlaceholderText(self.tr("Junto a los datos"))
        self.backup_input.setCursorPosition(0)
        self.choose_backup_button = QPushButton(self.tr("Elegir…"), self)
        self.choose_backup_button.setObjectName("chooseBackupButton")
        self.choose_backup_button.setAutoDefault(False)
        self.choose_backup_button.clicked.connect(self.choose_backup_folder)
        self.default_backup_button = QPushButton(self.tr("Por defecto"), self)
        self.default_backup_button.setObjectName("defaultBackupButton")
        self.default_backup_button.setAutoDefault(False)
        self.default_backup_button.clicked.connect(self.backup_input.clear)
        backup = QWidget(self)
        backup_row = QHBoxLayout(backup)
        backup_row.setContentsMargins(0, 0, 0, 0)
        backup_row.setSpacing(8)
        backup_row.addWidget(self.backup_input, 1)
        backup_row.addWidget(self.choose_backup_button)
        backup_row.addWidget(self.default_backup_button)
        return backup

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
