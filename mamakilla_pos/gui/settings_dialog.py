"""Settings for coordinators: the shop, its receipts, money rules, this till, and the language.

The shop's settings live in the database and are changed only through
``services.settings.update_settings``, which checks every value and the
user's permission; a seller gets the coordinator's PIN prompt
(:func:`~mamakilla_pos.gui.approval.with_approval`). The language is a choice
of this computer, kept in ``QSettings`` (:func:`.languages.ui_language`), and applies the
next time the program opens.
"""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ..printing import available_printers
from ..services.errors import UserError
from ..services.printers import PrinterProfile, check_profile, save_printer_profile
from ..services.settings import ShopSettings, get_settings, update_settings, validate
from ..store import Store
from .approval import with_approval
from .languages import set_ui_language, ui_language
from .printer_tab import PrinterTab
from .server_tab import ServerTab
from .settings_tabs.catalogue_tab import CatalogueTab
from .settings_tabs.money_tab import MoneyTab
from .settings_tabs.page import FieldError, SettingsPage
from .settings_tabs.receipt_tab import ReceiptTab
from .settings_tabs.shop_tab import ShopTab, ruc_is_valid
from .settings_tabs.till_tab import TillTab
from .till_user import current_user_id, till_user_of
from .widgets.style import Palette
from .widgets.text import sentence

__all__ = ["SETTING_NAMES", "SettingsDialog", "ruc_is_valid"]

SETTING_NAMES = tuple(f.name for f in fields(ShopSettings) if f.name != "configured")
"""The shop settings this dialog edits: all but the first-run mark."""

_STYLE = f"""
QTabWidget#settingsTabs::pane {{
    border: 1px solid {Palette.border};
    border-radius: 10px;
    background: {Palette.surface};
    top: -1px;
}}
QTabWidget#settingsTabs > QTabBar::tab {{
    min-height: 40px;
    padding: 4px 20px;
    margin-right: 4px;
    border: 1px solid {Palette.border};
    border-bottom: none;
    border-top-left-radius: 10px;
    border-top-right-radius: 10px;
    background: {Palette.background};
    color: {Palette.muted};
}}
QTabWidget#settingsTabs > QTabBar::tab:selected {{
    background: {Palette.surface};
    color: {Palette.text};
    font-weight: bold;
}}
QLabel[role="fieldHint"] {{
    color: {Palette.muted};
    font-size: 12pt;
}}
QLabel#settingsNote {{
    color: {Palette.warning_text};
    background: {Palette.warning_bg};
    border-radius: 8px;
    padding: 6px 12px;
    font-size: 13pt;
}}
QLabel#settingsError {{
    color: {Palette.error_text};
    background: {Palette.error_bg};
    border-radius: 8px;
    padding: 8px 12px;
    font-weight: bold;
}}
"""


def _full_stop(text: str) -> str:
    text = text.strip()
    text = sentence(text)
    return text if text.endswith((".", "!", "?")) else text + "."


def _printers() -> list[str]:
    """The system's printers; none when the print system is broken (the settings must still open)."""
    try:
        return available_printers()
    except Exception:
        return []


class SettingsDialog(QDialog):
    """Every setting of the shop and of this till, on four tabs, saved together.

    Saving sends only what changed to ``update_settings``. A value the service
    refuses (or a permission a seller lacks and no coordinator approved) is
    shown in the dialog, the tab holding that field comes to the front, and
    nothing is changed.
    """

    TAB_SHOP, TAB_RECEIPT, TAB_MONEY, TAB_TILL, TAB_PRINTER, TAB_CATALOGUE = range(6)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Ajustes"))
        self.setStyleSheet(_STYLE)
        self.store = store
        self.original = get_settings(store)
        self.original_language = ui_language()
        self.result_settings: ShopSettings | None = None
        self.language_changed = False
        self._field_tab: dict[str, int] = {}
        self._field_widget: dict[str, QWidget] = {}

        title = QLabel(self.tr("Ajustes de la tienda y de esta caja"), self)
        title.setProperty("role", "title")
        self.note = QLabel(self)
        self.note.setObjectName("settingsNote")
        self.note.setWordWrap(True)
        self.note.hide()

        self._build_tabs()
        self.error = QLabel("", self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.hide()

        self.cancel_button = QPushButton(self.tr("Cancelar"), self)
        self.cancel_button.setObjectName("cancelSettingsButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Guardar los ajustes"), self)
        self.save_button.setObjectName("saveSettingsButton")
        self.save_button.setProperty("role", "primary")
        self.save_button.setAutoDefault(False)
        self.save_button.setMinimumWidth(240)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._show_permission_note()
        self._fit(980, 700)
        self.shop_tab.name_input.setFocus()

    def _build_tabs(self) -> None:
        """A tab a subject; each field's setting remembers its tab, to bring it to the front on a refusal."""
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setDocumentMode(False)
        self.shop_tab = ShopTab(self.original, self)
        self.receipt_tab = ReceiptTab(self.original, _printers(), self)
        self.money_tab = MoneyTab(self.original, self)
        self.till_tab = TillTab(self.store, self.original, self.original_language, self)
        self.catalogue_tab = CatalogueTab(self.original, self)
        self.pages: tuple[SettingsPage, ...] = (
            self.shop_tab,
            self.receipt_tab,
            self.money_tab,
            self.till_tab,
            self.catalogue_tab,
        )
        self.tabs.addTab(self.shop_tab, self.tr("Tienda"))
        self.tabs.addTab(self.receipt_tab, self.tr("Nota de venta"))
        self.tabs.addTab(self.money_tab, self.tr("Dinero"))
        self.tabs.addTab(self.till_tab, self.tr("Esta caja"))
        self.printer_tab = PrinterTab(self.store, self)
        self.tabs.addTab(self.printer_tab, self.tr("Impresora"))
        self.tabs.addTab(self.catalogue_tab, self.tr("Catálogo"))
        self.server_tab = ServerTab(self.store, self)
        self.tabs.addTab(self.server_tab, self.tr("Servidor"))
        self.language_input = self.till_tab.language_input
        for page in self.pages:
            for key, widget in page.fields.items():
                self._field_tab[key], self._field_widget[key] = self.tabs.indexOf(page), widget
        self._field_tab["printer"], self._field_widget["printer"] = self.TAB_PRINTER, self.printer_tab.uri_input

    # -- public ------------------------------------------------------------------------------------

    @classmethod
    def run(cls, parent: QWidget | None, store: Store) -> tuple[ShopSettings | None, bool]:
        """Show the dialog; ``(the saved settings, True)``, or ``(None, False)`` when cancelled."""
        dialog = cls(store, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.result_settings if accepted else None), accepted
        finally:
            dialog.deleteLater()

    def changes(self) -> dict[str, object]:
        """The settings whose fields differ from what is stored, as the service wants them.

        Raises:
            UserError: a field cannot be read (a number that is not one, a bad RUC…).
        """
        values: dict[str, object] = {}
        for page in self.pages:
            values.update(page.values())
        return {key: value for key, value in values.items() if value != getattr(self.original, key)}

    def field(self, setting: str) -> QWidget:
        """The widget that edits ``setting`` (a :class:`ShopSettings` field name)."""
        return self._field_widget[setting]

    def language(self) -> str:
        """The language chosen in the dialog."""
        return self.till_tab.language()

    @Slot()
    def save(self) -> None:
        """Check and save; on a refusal show why and change nothing."""
        self._show_error("")
        changes: dict[str, object] = {}
        try:
            changes = self.changes()
            printer = self._printer_profile()
            if changes:
                self.result_settings = with_approval(
                    self,
                    self.store,
                    lambda approval: update_settings(self.store, current_user_id(self), approval, **changes),
                    self.tr("Cambiar los ajustes"),
                )
            else:
                self.result_settings = self.original
            if printer is not None:
                with_approval(
                    self,
                    self.store,
                    lambda approval: save_printer_profile(self.store, printer, current_user_id(self), approval),
                    self.tr("Cambiar los ajustes"),
                )
        except FieldError as exc:
            self._show_error(str(exc), exc.field)
            return
        except UserError as exc:
            self._show_error(_full_stop(str(exc)), self._refused_field(changes))
            return
        if self.language() != self.original_language:
            set_ui_language(self.language())
            self.language_changed = True
        self.accept()

    def _printer_profile(self) -> PrinterProfile | None:
        """This till's printer profile when it changed, checked before anything is saved."""
        if not self.printer_tab.changed():
            return None
        try:
            return check_profile(self.printer_tab.profile())
        except UserError as exc:
            self.tabs.setCurrentIndex(self.TAB_PRINTER)
            raise FieldError("printer", _full_stop(str(exc))) from None

    # -- helpers -------------------------------------------------------------------------------------

    def _refused_field(self, changes: dict[str, object]) -> str | None:
        """Which changed setting the service's checks refuse, trying each one alone."""
        for key, value in changes.items():
            try:
                validate(replace(self.original, **{key: value}))  # type: ignore[arg-type]
            except UserError:
                return key
        return None

    def _show_error(self, text: str, field: str | None = None) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if field is not None and field in self._field_widget:
            self.tabs.setCurrentIndex(self._field_tab[field])
            widget = self._field_widget[field]
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def _show_permission_note(self) -> None:
        session = till_user_of(self.parentWidget())
        if session is not None and session.current is not None and not session.may("edit_settings"):
            self.note.setText(
                self.tr("Puede mirar los ajustes. Para guardar cambios se pedirá el PIN de una coordinadora.")
            )
            self.note.show()

    def _fit(self, width: int, height: int) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() - 20), min(height, screen.height() - 40)
        self.resize(width, height)
