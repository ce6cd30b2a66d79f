"""The Nota de venta tab of Ajustes: the receipt's texts, paper and QR code, what follows a payment, the printer."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from ...services.settings import ShopSettings
from ..forms.ui_settings_receipt_tab import Ui_ReceiptTab
from .page import SettingsPage


class ReceiptTab(SettingsPage):
    """How the receipt looks and where it goes; ``printers`` are the system's printers found."""

    def __init__(self, settings: ShopSettings, printers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReceiptTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.header_input = self._show_text(ui.receiptHeaderInput, settings.receipt_header)
        self.footer_input = self._show_text(ui.receiptFooterInput, settings.receipt_footer)
        self.paper_input = self._fill(
            ui.receiptPaperInput,
            [
                (self.tr("Rollo de 80 mm"), "80mm"),
                (self.tr("Rollo de 58 mm"), "58mm"),
                (self.tr("Hoja A4"), "A4"),
            ],
            settings.receipt_paper,
        )
        self.qr_input = self._fill(
            ui.receiptQrInput,
            [
                (self.tr("Grande, en el centro"), "large"),
                (self.tr("Pequeño, al lado del enlace (nota más corta)"), "small"),
                (self.tr("Sin código QR, solo el enlace"), "none"),
            ],
            settings.receipt_qr,
        )
        self.after_payment_input = self._fill(
            ui.afterPaymentInput,
            [
                (self.tr("Imprimir la nota de venta"), "print"),
                (self.tr("Preguntar en la pantalla: imprimir, PDF o sin nota"), "show"),
                (self.tr("No hacer nada"), "skip"),
            ],
            settings.after_payment,
        )
        self.printer_input = self._printer_choice(ui.printerInput, printers, settings.printer)
        self.fields = {
            "receipt_header": self.header_input,
            "receipt_footer": self.footer_input,
            "receipt_paper": self.paper_input,
            "receipt_qr": self.qr_input,
            "after_payment": self.after_payment_input,
            "printer": self.printer_input,
        }

    def _printer_choice(self, combo: QComboBox, printers: list[str], current: str) -> QComboBox:
        """No printer (PDFs), each printer found, and the one chosen before when it is no longer found."""
        combo.addItem(self.tr("Sin impresora: guardar PDF"), "")
        for name in printers:
            combo.addItem(name, name)
        if current and combo.findData(current) < 0:
            combo.addItem(self.tr("%1 (no encontrada)").replace("%1", current), current)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def values(self) -> dict[str, object]:
        """The receipt's texts and choices as chosen."""
        return {
            "receipt_header": self.header_input.text().strip(),
            "receipt_footer": self.footer_input.text().strip(),
            "receipt_paper": self.paper_input.currentData(),
            "receipt_qr": self.qr_input.currentData(),
            "after_payment": self.after_payment_input.currentData(),
            "printer": self.printer_input.currentData() or "",
        }
