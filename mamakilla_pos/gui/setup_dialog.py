"""First run: the shop's name, address and this till's receipt series, or the demo shop."""

from __future__ import annotations

import logging

from PySide6.QtCore import QRegularExpression, Qt, Slot
from PySide6.QtGui import QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.errors import UserError
from ..services.settings import ShopSettings, get_settings
from ..services.setup import configure_shop, is_configured
from ..store import Store

log = logging.getLogger(__name__)


class SetupDialog(QDialog):
    """Asks, once, who the shop is; or opens the demo shop to practise."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.result_settings: ShopSettings | None = None
        defaults = get_settings(store)
        self.setWindowTitle(self.tr("Mama Killa — primera configuración"))
        self.setMinimumWidth(640)

        title = QLabel(self.tr("¡Bienvenida a la caja de Mama Killa!"), self)
        title.setProperty("role", "title")
        intro = QLabel(
            self.tr("Escriba los datos de la tienda. Salen en cada nota de venta y se pueden cambiar después."),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")

        self.name_input = QLineEdit(defaults.shop_name, self)
        self.name_input.setObjectName("shopNameInput")
        self.address_input = QLineEdit(defaults.shop_address, self)
        self.address_input.setObjectName("shopAddressInput")
        self.series_input = QLineEdit(defaults.till_series, self)
        self.series_input.setObjectName("tillSeriesInput")
        self.series_input.setMaxLength(8)
        self.series_input.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9]{1,8}"), self.series_input)
        )
        self.series_input.textEdited.connect(self._upper_series)
        series_hint = QLabel(self.tr("Cada caja tiene su serie: las notas salen B001-000001, B001-000002…"), self)
        series_hint.setWordWrap(True)
        series_hint.setProperty("role", "hint")

        form = QGridLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(14)
        for row, (text, field) in enumerate(
            (
                (self.tr("Nombre de la tienda"), self.name_input),
                (self.tr("Dirección"), self.address_input),
                (self.tr("Serie de esta caja"), self.series_input),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            form.addWidget(field, row, 1)
        form.addWidget(series_hint, 3, 1)
        form.setColumnStretch(1, 1)

        self.error = QLabel("", self)
        self.error.setObjectName("setupError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.demo_button = QPushButton(self.tr("Abrir la tienda de demostración"), self)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setAutoDefault(False)
        self.demo_button.clicked.connect(self._open_demo)
        self.save_button = QPushButton(self.tr("Guardar y empezar"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.name_input.setFocus()
        self.name_input.selectAll()

    @Slot(str)
    def _upper_series(self, text: str) -> None:
        position = self.series_input.cursorPosition()
        self.series_input.setText(text.upper())
        self.series_input.setCursorPosition(position)

    @Slot()
    def _save(self) -> None:
        if not self.name_input.text().strip():
            self._show_error(self.tr("Escriba el nombre de la tienda."))
            self.name_input.setFocus()
            return
        try:
            self.result_settings = configure_shop(
                self.store, self.name_input.text(), self.address_input.text(), self.series_input.text()
            )
        except UserError as exc:
            self._show_error(str(exc))
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    @Slot()
    def _open_demo(self) -> None:
        self._show_error("")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from ..services.demo import load_demo

            load_demo(self.store)
            if not is_configured(self.store):
                current = get_settings(self.store)
                configure_shop(self.store, current.shop_name, current.shop_address, current.till_series)
            self.result_settings = get_settings(self.store)
        except ImportError:
            log.exception("demo shop not available")
            self._show_error(self.tr("La tienda de demostración no está disponible en esta versión."))
            return
        except UserError as exc:
            self._show_error(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    @classmethod
    def run(cls, parent: QWidget | None, store: Store) -> tuple[ShopSettings | None, bool]:
        """Show the dialog; returns the saved settings and whether the shop is now set up."""
        dialog = cls(store, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.result_settings, accepted
