"""The Impresora tab of Ajustes: this till's thermal printer, chosen from those found, and its accents test page.

The printer is kept per till (:mod:`mamakilla_pos.services.printers`):
where it is (a USB printer found by its ids, a serial port, or a network
address typed in), the paper's width, the character table whose number
read right on the test page, the cut, where the cash drawer is plugged.
Left empty, the till prints PDFs as before.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..printing.code_pages import CODE_PAGES
from ..printing.targets import BadTarget, parse_target
from ..services.printers import PrinterProfile, check_profile, printer_profile
from ..services.till_printer import ThermalJob
from ..store import Store
from .thermal import send_in_background
from .widgets.text import sentence


class _NetworkFinder(QThread):
    """Asks the local networks for printers off the GUI thread; ``done`` carries their addresses."""

    done = Signal(list)

    def __init__(self, where: object, parent: QObject) -> None:
        super().__init__(parent)
        self.where = where

    def run(self) -> None:
        from ..printing.discover import find_network_printers

        try:
            if isinstance(self.where, tuple):
                networks, port = self.where
                found = find_network_printers(networks, port)
            else:
                found = find_network_printers()
        except OSError:
            found = []
        self.done.emit(found)


class PrinterTab(QWidget):
    """The fields of this till's printer profile; :meth:`profile` reads them back."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printerTab")
        self.store = store
        self.original = printer_profile(store)
        p = self.original

        where = self._where_row(p)
        self.columns_input = self._combo(
            "printerColumnsInput",
            [
                (self.tr("58 mm (32 caracteres)"), 32),
                (self.tr("80 mm (42 caracteres)"), 42),
                (self.tr("80 mm (48 caracteres)"), 48),
            ],
            p.columns,
        )
        accents = self._accents_row(p)
        self.cut_input = self._combo(
            "printerCutInput",
            [(self.tr("Corte parcial"), "partial"), (self.tr("Corte total"), "full"), (self.tr("Sin corte"), "none")],
            p.cut,
        )
        self.drawer_input = self._combo(
            "printerDrawerInput",
            [(self.tr("Pin 2"), 2), (self.tr("Pin 5"), 5), (self.tr("Sin cajón"), 0)],
            p.drawer_pin,
        )
        self.native_qr_input = QCheckBox(self.tr("La impresora dibuja el QR ella misma"), self)
        self.native_qr_input.setObjectName("printerNativeQrCheck")
        self.native_qr_input.setChecked(p.native_qr)
        logo = self._logo_row(p)
        self.status = QLabel(self)
        self.status.setObjectName("printerStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        self._lay_out(
            [
                (
                    self.tr("Impresora térmica"),
                    where,
                    self.tr("Vacío: las notas salen en PDF por la impresora de «Nota de venta»."),
                ),
                (self.tr("Papel"), self.columns_input, ""),
                (
                    self.tr("Acentos"),
                    accents,
                    self.tr("Imprima la página de prueba y elija el número cuya línea se lee bien: áéíóú ñ ¿¡ S/"),
                ),
                (self.tr("Corte"), self.cut_input, ""),
                (self.tr("Cajón de dinero"), self.drawer_input, self.tr("Se abre al cobrar o devolver en efectivo.")),
                ("", self.native_qr_input, ""),
                (self.tr("Logo"), logo, ""),
            ]
        )
        self._finder: _NetworkFinder | None = None
        self.find_printers()

    def _where_row(self, p: PrinterProfile) -> QWidget:
        """The printer's address, typed or chosen among those found, and Buscar."""
        self.uri_input = QLineEdit(p.uri, self)
        self.uri_input.setObjectName("printerUriInput")
        self.uri_input.setMaxLength(300)
        self.uri_input.setPlaceholderText("escpos+tcp://192.168.1.50:9100")
        self.found = QComboBox(self)
        self.found.setObjectName("foundPrintersCombo")
        self.found.activated.connect(self._take_found)
        self.find_button = self._button(self.tr("Buscar"), "findPrintersButton", self.search_network)
        where = QWidget(self)
        where_row = QHBoxLayout(where)
        where_row.setContentsMargins(0, 0, 0, 0)
        where_row.addWidget(self.uri_input, 2)
        where_row.addWidget(self.found, 2)
        where_row.addWidget(self.find_button)
        return where

    def _accents_row(self, p: PrinterProfile) -> QWidget:
        """The character table, and the test page that shows which one prints accents right."""
        self.code_page_input = self._combo(
            "printerCodePageInput", [(page.label(), page.number) for page in CODE_PAGES], p.code_page
        )
        self.test_button = self._button(self.tr("Imprimir la página de prueba"), "accentsTestButton", self.test_page)
        accents = QWidget(self)
        accents_row = QHBoxLayout(accents)
        accents_row.setContentsMargins(0, 0, 0, 0)
        accents_row.addWidget(self.code_page_input, 1)
        accents_row.addWidget(self.test_button)
        return accents

    def _logo_row(self, p: PrinterProfile) -> QWidget:
        """The logo printed on top of receipts, and Elegir."""
        self.logo_input = QLineEdit(p.logo, self)
        self.logo_input.setObjectName("printerLogoInput")
        self.logo_input.setMaxLength(500)
        self.logo_input.setPlaceholderText(self.tr("Sin logo"))
        logo = QWidget(self)
        logo_row = QHBoxLayout(logo)
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_input, 1)
        logo_row.addWidget(self._button(self.tr("Elegir…"), "chooseLogoButton", self.choose_logo))
        return logo

    def _lay_out(self, rows: list[tuple[str, QWidget, str]]) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(20, 18, 20, 18)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        row = 0
        for text, field, hint in rows:
            if text:
                label = QLabel(text, self)
                label.setBuddy(field)
                grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(field, row, 1)
            row += 1
            if hint:
                hint_label = QLabel(hint, self)
                hint_label.setProperty("role", "fieldHint")
                hint_label.setWordWrap(True)
                grid.addWidget(hint_label, row, 1)
                row += 1
        grid.addWidget(self.status, row, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(row + 1, 1)

    def _button(self, text: str, name: str, act: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: act())  # type: ignore[operator]
        return button

    def _combo(self, name: str, choices: list[tuple[str, object]], current: object) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for label, value in choices:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    # -- reading -----------------------------------------------------------------------------------

    def profile(self) -> PrinterProfile:
        """The profile as the fields say (not checked: :func:`~.printers.check_profile` does)."""
        return PrinterProfile(
            self.uri_input.text().strip(),
            int(self.columns_input.currentData()),
            int(self.code_page_input.currentData()),
            str(self.cut_input.currentData()),
            int(self.drawer_input.currentData()),
            self.native_qr_input.isChecked(),
            self.logo_input.text().strip(),
        )

    def changed(self) -> bool:
        return self.profile() != self.original

    # -- actions -----------------------------------------------------------------------------------

    def find_printers(self, network: list[str] | None = None) -> None:
        """List the USB printers and serial ports this computer sees, and ``network`` printers found."""
        from ..printing.thermal import find_printers

        self.found.clear()
        printers = [(p.label, p.uri) for p in find_printers()]
        printers += [(self.tr("Red {address}").format(address=uri.split("//", 1)[1]), uri) for uri in network or ()]
        self.found.addItem(self.tr("Encontradas: {count}").format(count=len(printers)), "")
        for label, uri in printers:
            self.found.addItem(label, uri)

    @Slot()
    def search_network(self, networks: object = None) -> None:
        """Look again for USB and serial printers, and ask the local network's addresses on port 9100.

        ``networks`` (a list of networks, and the port) narrows the search; by default this computer's networks.
        """
        if self._finder is not None:
            return
        self.find_button.setEnabled(False)
        self.say(self.tr("Buscando impresoras en la red…"))
        # The thread belongs to the application: Ajustes closed mid-search does not cut it short.
        finder = _NetworkFinder(networks, QCoreApplication.instance() or self)
        finder.done.connect(lambda found: shiboken6.isValid(self) and self._searched(found))
        finder.finished.connect(finder.deleteLater)
        self._finder = finder
        finder.start()

    def _searched(self, found: list[str]) -> None:
        self._finder = None
        self.find_button.setEnabled(True)
        self.find_printers(found)
        self.say(self.tr("Encontradas: {count}").format(count=self.found.count() - 1))
        if len(found) == 1 and not self.uri_input.text().strip():
            self.uri_input.setText(found[0])

    def _take_found(self, index: int) -> None:
        uri = self.found.itemData(index)
        if uri:
            self.uri_input.setText(str(uri))

    @Slot()
    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo de la nota"), self.logo_input.text(), self.tr("Imágenes (*.png *.jpg *.jpeg *.bmp)")
        )
        if path:
            self.logo_input.setText(path)

    @Slot()
    def test_page(self) -> None:
        """Print every candidate character table, numbered, on the printer typed in (nothing is saved)."""
        from ..printing.escpos_job import accents_page_job
        from ..services.errors import UserError

        try:
            profile = check_profile(self.profile())
            if not profile.thermal:
                raise UserError(self.tr("escriba o elija primero la impresora térmica"))
            target = parse_target(profile.uri)
        except (UserError, BadTarget) as exc:
            self.say(sentence(str(exc)) + ".")
            return
        job = ThermalJob(target, accents_page_job(profile.setup(), self.tr("PRUEBA DE ACENTOS")), False)
        self.say(self.tr("Imprimiendo la página de prueba…"))
        send_in_background(self, job, self._tested)

    def _tested(self, error: str) -> None:
        if error:
            self.say(self.tr("No se imprimió la página de prueba: {reason}.").format(reason=error))
        else:
            self.say(self.tr("Página impresa: elija arriba el número cuya línea se lee bien."))

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
