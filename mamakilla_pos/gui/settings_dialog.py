"""Settings for coordinators: the shop, its receipts, money rules, this till, and the language.

The shop's settings live in the database and are changed only through
``services.settings.update_settings``, which checks every value and the
user's permission; a seller gets the coordinator's PIN prompt
(:func:`~mamakilla_pos.gui.approval.with_approval`). The language is a choice
of this computer, kept in ``QSettings`` (:func:`.languages.ui_language`), and applies the
next time the program opens.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QRegularExpression, Qt, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..printing import available_printers
from ..services import locations
from ..services.errors import UserError
from ..services.printers import PrinterProfile, check_profile, save_printer_profile
from ..services.settings import ShopSettings, get_settings, update_settings, validate
from ..store import Store
from .approval import with_approval
from .languages import set_ui_language, ui_language
from .locations_screen import kind_label
from .printer_tab import PrinterTab
from .server_tab import ServerTab
from .till_user import current_user_id, till_user_of
from .widgets.i18n import LANGUAGE_NAMES
from .widgets.style import Palette
from .widgets.text import sentence

LANGUAGES = LANGUAGE_NAMES
"""The languages the program offers, each named in itself."""

SETTING_NAMES = tuple(f.name for f in fields(ShopSettings) if f.name != "configured")
"""The shop settings this dialog edits: all but the first-run mark."""

IDLE_CHOICES = (1, 2, 5, 10, 15, 30, 60)
"""Minutes without use after which the till can lock itself (besides never)."""

RUC_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)

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


def ruc_is_valid(ruc: str) -> bool:
    """Whether ``ruc`` is a Peruvian RUC: 11 digits whose last one is the SUNAT check digit."""
    if not re.fullmatch(r"\d{11}", ruc):
        return False
    total = sum(int(d) * w for d, w in zip(ruc[:10], RUC_WEIGHTS, strict=True))
    check = (11 - total % 11) % 10
    return check == int(ruc[10])


def percent_text(rate: Decimal) -> str:
    """``Decimal("0.45")`` → ``"45"``; ``Decimal("0.125")`` → ``"12.5"``."""
    return format((rate * 100).normalize(), "f")


def _decimal(text: str) -> Decimal | None:
    """A number typed with a dot or a comma; ``None`` when it is not one."""
    raw = text.strip().replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d*)?|\.\d+", raw):
        return None
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def _full_stop(text: str) -> str:
    text = text.strip()
    text = sentence(text)
    return text if text.endswith((".", "!", "?")) else text + "."


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

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setDocumentMode(False)
        self.tabs.addTab(self._shop_tab(), self.tr("Tienda"))
        self.tabs.addTab(self._receipt_tab(), self.tr("Nota de venta"))
        self.tabs.addTab(self._money_tab(), self.tr("Dinero"))
        self.tabs.addTab(self._till_tab(), self.tr("Esta caja"))
        self.printer_tab = PrinterTab(store, self)
        self.tabs.addTab(self.printer_tab, self.tr("Impresora"))
        self._field_tab["printer"], self._field_widget["printer"] = self.TAB_PRINTER, self.printer_tab.uri_input
        self.tabs.addTab(self._catalogue_tab(), self.tr("Catálogo"))
        self.server_tab = ServerTab(store, self)
        self.tabs.addTab(self.server_tab, self.tr("Servidor"))

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
        self.shop_name_input.setFocus()

    # -- tabs ------------------------------------------------------------------------------------

    def _form(self, tab: int, rows: list[tuple[str, str, QWidget, str]]) -> QWidget:
        """A tab page: one row per ``(setting, label, field, hint)``; the hint goes under the field."""
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setContentsMargins(20, 18, 20, 18)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        row = 0
        for key, text, field, hint in rows:
            label = QLabel(text, page)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setBuddy(field)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(field, row, 1)
            row += 1
            if hint:
                hint_label = QLabel(hint, page)
                hint_label.setProperty("role", "fieldHint")
                hint_label.setWordWrap(True)
                grid.addWidget(hint_label, row, 1)
                row += 1
            grid.setRowMinimumHeight(row, 10)
            row += 1
            if key:
                self._field_tab[key] = tab
                self._field_widget[key] = field
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(row, 1)
        return page

    def _line(self, name: str, text: str, max_length: int = 1000) -> QLineEdit:
        field = QLineEdit(text, self)
        field.setObjectName(name)
        field.setMaxLength(max_length)
        field.setCursorPosition(0)  # a long text shows its beginning
        return field

    def _number(self, name: str, text: str, pattern: str) -> QLineEdit:
        field = self._line(name, text, 12)
        field.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), field))
        field.setMaximumWidth(200)
        return field

    def _combo(self, name: str, choices: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for label, value in choices:
            combo.addItem(label, value)
        if combo.findData(current) < 0:
            combo.addItem(current, current)
        combo.setCurrentIndex(combo.findData(current))
        return combo

    def _shop_tab(self) -> QWidget:
        s = self.original
        self.shop_name_input = self._line("shopNameInput", s.shop_name)
        self.shop_address_input = self._line("shopAddressInput", s.shop_address)
        self.ruc_input = self._number("shopRucInput", s.shop_ruc, r"\d{0,11}")
        self.ruc_input.setMaximumWidth(260)
        self.ruc_input.setPlaceholderText(self.tr("sin RUC"))
        self.catalogue_input = self._line("catalogueUrlInput", s.catalogue_url)
        self.catalogue_input.setPlaceholderText("https://…")
        return self._form(
            self.TAB_SHOP,
            [
                ("shop_name", self.tr("Nombre de la tienda"), self.shop_name_input, ""),
                ("shop_address", self.tr("Dirección"), self.shop_address_input, ""),
                (
                    "shop_ruc",
                    self.tr("RUC"),
                    self.ruc_input,
                    self.tr("11 números. Déjelo vacío si la tienda no tiene RUC."),
                ),
                (
                    "catalogue_url",
                    self.tr("Enlace del catálogo"),
                    self.catalogue_input,
                    self.tr("Sale como código QR en cada nota de venta. Vacío: sin QR."),
                ),
            ],
        )

    def _catalogue_tab(self) -> QWidget:
        """How customers reach the shop, on the catalogue, the cards and the Meta feed."""
        s = self.original
        self.phone_input = self._line("shopPhoneInput", s.shop_phone, 32)
        self.phone_input.setPlaceholderText("984 123 456")
        self.phone_input.setMaximumWidth(260)
        self.instagram_input = self._line("instagramUrlInput", s.instagram_url)
        self.instagram_input.setPlaceholderText("https://www.instagram.com/…")
        self.images_input = self._line("imageBaseUrlInput", s.image_base_url)
        self.images_input.setPlaceholderText("https://…")
        return self._form(
            self.TAB_CATALOGUE,
            [
                ("shop_phone", self.tr("Teléfono o WhatsApp"), self.phone_input, ""),
                (
                    "instagram_url",
                    self.tr("Instagram de la tienda"),
                    self.instagram_input,
                    self.tr("Sale como código QR en cada página del catálogo."),
                ),
                (
                    "image_base_url",
                    self.tr("Dirección de las imágenes"),
                    self.images_input,
                    self.tr(
                        "Donde se suben las tarjetas del catálogo a internet: el feed de Meta enlaza cada producto"
                        " a su tarjeta en esta dirección."
                    ),
                ),
            ],
        )

    def _receipt_tab(self) -> QWidget:
        s = self.original
        self.header_input = self._line("receiptHeaderInput", s.receipt_header)
        self.footer_input = self._line("receiptFooterInput", s.receipt_footer)
        self.paper_input = self._combo(
            "receiptPaperInput",
            [
                (self.tr("Rollo de 80 mm"), "80mm"),
                (self.tr("Rollo de 58 mm"), "58mm"),
                (self.tr("Hoja A4"), "A4"),
            ],
            s.receipt_paper,
        )
        self.qr_input = self._combo(
            "receiptQrInput",
            [
                (self.tr("Grande, en el centro"), "large"),
                (self.tr("Pequeño, al lado del enlace (nota más corta)"), "small"),
                (self.tr("Sin código QR, solo el enlace"), "none"),
            ],
            s.receipt_qr,
        )
        self.after_payment_input = self._combo(
            "afterPaymentInput",
            [
                (self.tr("Imprimir la nota de venta"), "print"),
                (self.tr("Preguntar en la pantalla: imprimir, PDF o sin nota"), "show"),
                (self.tr("No hacer nada"), "skip"),
            ],
            s.after_payment,
        )
        self.printer_input = QComboBox(self)
        self.printer_input.setObjectName("printerInput")
        self.printer_input.addItem(self.tr("Sin impresora: guardar PDF"), "")
        try:
            printers = available_printers()
        except Exception:  # a broken print system must not keep the settings from opening
            printers = []
        for name in printers:
            self.printer_input.addItem(name, name)
        if s.printer and self.printer_input.findData(s.printer) < 0:
            self.printer_input.addItem(self.tr("%1 (no encontrada)").replace("%1", s.printer), s.printer)
        self.printer_input.setCurrentIndex(max(0, self.printer_input.findData(s.printer)))
        return self._form(
            self.TAB_RECEIPT,
            [
                (
                    "receipt_header",
                    self.tr("Texto de arriba"),
                    self.header_input,
                    self.tr("Por ejemplo: NOTA DE VENTA — no es comprobante de pago"),
                ),
                ("receipt_footer", self.tr("Texto de abajo"), self.footer_input, ""),
                ("receipt_paper", self.tr("Papel"), self.paper_input, ""),
                ("receipt_qr", self.tr("Código QR del catálogo"), self.qr_input, ""),
                ("after_payment", self.tr("Después de cobrar"), self.after_payment_input, ""),
                ("printer", self.tr("Impresora"), self.printer_input, ""),
            ],
        )

    def _money_tab(self) -> QWidget:
        s = self.original
        self.share_input = self._number("shareRateInput", percent_text(s.share_rate), r"\d{0,3}([.,]\d{0,2})?")
        self.usd_rate_input = self._number("usdRateInput", f"{s.usd_rate}", r"\d{0,3}([.,]\d{0,4})?")
        self.rounding_input = self._combo(
            "cashRoundingInput",
            [
                (self.tr("Redondear a 0.10 hacia abajo (a favor del cliente)"), "0.10"),
                (self.tr("Sin redondeo"), "off"),
            ],
            s.cash_rounding,
        )
        self.discount_input = self._number(
            "discountLimitInput", format(s.seller_discount_limit.normalize(), "f"), r"\d{0,3}([.,]\d{0,2})?"
        )
        return self._form(
            self.TAB_MONEY,
            [
                (
                    "share_rate",
                    self.tr("Parte de la artesana (%)"),
                    self.share_input,
                    self.tr("Se aplica a las ventas nuevas; las ventas ya hechas no cambian."),
                ),
                (
                    "usd_rate",
                    self.tr("Dólar de hoy (S/ por US$ 1)"),
                    self.usd_rate_input,
                    self.tr("Cuántos soles vale un dólar hoy, por ejemplo 3.70."),
                ),
                (
                    "cash_rounding",
                    self.tr("Redondeo en efectivo"),
                    self.rounding_input,
                    self.tr("Solo cuando todo se paga en soles en efectivo."),
                ),
                (
                    "seller_discount_limit",
                    self.tr("Descuento máximo de una vendedora (%)"),
                    self.discount_input,
                    self.tr("Un descuento mayor necesita el PIN de una coordinadora."),
                ),
            ],
        )

    def _till_tab(self) -> QWidget:
        s = self.original
        self.till_label = QLabel(self._till_words(s.till), self)
        self.till_label.setObjectName("tillCodeLabel")
        self.till_label.setWordWrap(True)
        self.till_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.series_input = self._line("tillSeriesInput", s.till_series, 8)
        self.series_input.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9]{1,8}"), self.series_input)
        )
        self.series_input.setMaximumWidth(200)
        self.series_input.textEdited.connect(self._upper_series)
        places = [(f"{name} — {kind_label(kind)}", code) for code, name, kind in locations.list_locations(self.store)]
        self.location_input = self._combo("tillLocationInput", places, s.till_location)
        self.series_input.setEnabled(bool(s.till))
        self.location_input.setEnabled(bool(s.till))
        minutes = [(self.tr("Nunca"), "0")] + [
            (self.tr("%1 minutos").replace("%1", str(m)) if m > 1 else self.tr("1 minuto"), str(m))
            for m in IDLE_CHOICES
        ]
        self.idle_input = self._combo("idleLockInput", minutes, s.idle_lock_minutes)
        self.idle_input.setMaximumWidth(320)

        self.backup_input = self._line("backupFolderInput", s.backup_folder)
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

        self.language_input = self._combo(
            "languageInput", [(name, code) for code, name in LANGUAGES], self.original_language
        )
        return self._form(
            self.TAB_TILL,
            [
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
                    self.tr(
                        "Las notas de esta caja salen con su serie: %1-000001, %1-000002… Otra caja usa otra."
                    ).replace("%1", s.till_series or "B001"),
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
            ],
        )

    def _till_words(self, code: str) -> str:
        if not code:
            return self.tr("Ninguna todavía: abra el programa con --till y el código de la caja.")
        return self.tr("Caja %1").replace("%1", code)

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
        values: dict[str, object] = {
            "shop_name": self.shop_name_input.text().strip(),
            "shop_address": self.shop_address_input.text().strip(),
            "shop_ruc": self.ruc_input.text().strip(),
            "catalogue_url": self.catalogue_input.text().strip(),
            "receipt_header": self.header_input.text().strip(),
            "receipt_footer": self.footer_input.text().strip(),
            "receipt_paper": self.paper_input.currentData(),
            "receipt_qr": self.qr_input.currentData(),
            "after_payment": self.after_payment_input.currentData(),
            "printer": self.printer_input.currentData() or "",
            "share_rate": self._percent(
                "share_rate",
                self.share_input,
                self.tr("Escriba la parte de la artesana en números, por ejemplo 45."),
            ),
            "usd_rate": self._amount(
                "usd_rate", self.usd_rate_input, self.tr("Escriba el dólar de hoy en números, por ejemplo 3.70.")
            ),
            "cash_rounding": self.rounding_input.currentData(),
            "seller_discount_limit": self._percent(
                "seller_discount_limit",
                self.discount_input,
                self.tr("Escriba el descuento máximo en números, por ejemplo 45."),
                as_rate=False,
            ),
            "till_series": self.series_input.text().strip().upper(),
            "till_location": self.location_input.currentData(),
            "idle_lock_minutes": self.idle_input.currentData(),
            "backup_folder": self.backup_input.text().strip(),
            "shop_phone": self.phone_input.text().strip(),
            "instagram_url": self.instagram_input.text().strip(),
            "image_base_url": self.images_input.text().strip(),
        }
        if not values["shop_name"]:
            raise _FieldError("shop_name", self.tr("Escriba el nombre de la tienda."))
        ruc = str(values["shop_ruc"])
        if ruc and len(ruc) != 11:
            raise _FieldError(
                "shop_ruc", self.tr("El RUC tiene 11 números; este tiene %1.").replace("%1", str(len(ruc)))
            )
        if ruc and not ruc_is_valid(ruc):
            raise _FieldError("shop_ruc", self.tr("El RUC no es válido: revise los 11 números."))
        url = str(values["catalogue_url"])
        if url and not re.fullmatch(r"https?://\S+\.\S+", url):
            raise _FieldError("catalogue_url", self.tr("El enlace del catálogo empieza con https:// (o déjelo vacío)."))
        return {key: value for key, value in values.items() if value != getattr(self.original, key)}

    def field(self, setting: str) -> QWidget:
        """The widget that edits ``setting`` (a :class:`ShopSettings` field name)."""
        return self._field_widget[setting]

    def language(self) -> str:
        """The language chosen in the dialog."""
        return str(self.language_input.currentData())

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
        except _FieldError as exc:
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
            raise _FieldError("printer", _full_stop(str(exc))) from None

    @Slot()
    def choose_backup_folder(self) -> None:
        """Pick the folder where the automatic copies of the database go."""
        start = self.backup_input.text() or ""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Carpeta de las copias de seguridad"), start)
        if folder:
            self.backup_input.setText(folder)
            self.backup_input.setCursorPosition(0)

    # -- helpers -------------------------------------------------------------------------------------

    def _percent(self, key: str, field: QLineEdit, error: str, as_rate: bool = True) -> Decimal:
        """The percent typed in ``field``; ``error`` says what to type when it is not a number."""
        value = _decimal(field.text())
        if value is None:
            raise _FieldError(key, error)
        return value / 100 if as_rate else value

    def _amount(self, key: str, field: QLineEdit, error: str) -> Decimal:
        """The amount typed in ``field``; ``error`` says what to type when it is not a number."""
        value = _decimal(field.text())
        if value is None:
            raise _FieldError(key, error)
        return value

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

    @Slot(str)
    def _upper_series(self, text: str) -> None:
        position = self.series_input.cursorPosition()
        self.series_input.setText(text.upper())
        self.series_input.setCursorPosition(position)

    def _fit(self, width: int, height: int) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() - 20), min(height, screen.height() - 40)
        self.resize(width, height)


class _FieldError(UserError):
    """A field the dialog itself cannot read; ``field`` is its setting."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
