"""The finished sale, shown in the cart's place: the change in big type and the receipt choices.

It is a panel of the sale screen, never a window of its own: it takes no
focus and blocks nothing. The scan field keeps the keyboard, so the next
customer's first scan starts the next sale and the panel goes away.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..services.settings import get_settings
from ..store import Store
from .widgets.i18n import money
from .widgets.style import Palette, repolish

if TYPE_CHECKING:
    from ..services.printers import PrinterProfile
    from ..services.sales import SaleResult
    from ..services.settings import ShopSettings
    from ..services.till_printer import ThermalJob

log = logging.getLogger(__name__)

_STYLE = f"""
QFrame#saleDonePanel {{ background: {Palette.success_bg}; border-radius: 14px; }}
QLabel#saleDoneTitle {{ color: {Palette.success_text}; font-size: 17pt; font-weight: bold; }}
QLabel#changeDueLabel {{ color: {Palette.success_text}; font-size: 44pt; font-weight: bold; }}
QLabel#saleDoneFigures {{ color: {Palette.text}; font-size: 15pt; }}
QLabel#receiptCaption {{ color: {Palette.text}; font-size: 15pt; font-weight: bold; }}
QLabel#receiptStatus {{ font-size: 13pt; padding: 6px 10px; border-radius: 8px; }}
QLabel#receiptStatus[kind="done"] {{ color: {Palette.success_text}; background: {Palette.surface}; }}
QLabel#receiptStatus[kind="warning"] {{ color: {Palette.warning_text}; background: {Palette.warning_bg}; }}
QLabel#nextSaleHint {{ color: {Palette.muted}; font-size: 14pt; }}
"""


class SaleDonePanel(QFrame):
    """What the seller needs once a sale is paid: how much change to give, and the receipt.

    The receipt is printed (F5) on the printer of Ajustes, or saved as a PDF
    (F6), in the customer's language chosen at payment; what became of it is
    told in the panel, never in a window of its own.

    Signals:
        dismissed(): "Sin nota" (Esc): the panel is done with.
    """

    dismissed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saleDonePanel")
        self.setStyleSheet(_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.store = store
        self.number = ""
        self.language = "es"
        self._sale: SaleResult | None = None

        self.title = QLabel(self)
        self.title.setObjectName("saleDoneTitle")
        self.change_label = QLabel(self)
        self.change_label.setObjectName("changeDueLabel")
        self.change_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.change_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.figures = QLabel(self)
        self.figures.setObjectName("saleDoneFigures")
        self.figures.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.figures.setWordWrap(True)

        caption = QLabel(self.tr("Nota de venta:"), self)
        caption.setObjectName("receiptCaption")
        self.print_button = self._button(self.tr("Imprimir (F5)"), "printReceiptButton", self.print_receipt)
        self.print_button.setProperty("role", "primary")
        self.pdf_button = self._button(self.tr("PDF (F6)"), "pdfReceiptButton", self.save_receipt)
        self.none_button = self._button(self.tr("Sin nota (Esc)"), "noReceiptButton", self.dismissed.emit)
        choices = QHBoxLayout()
        choices.setSpacing(8)
        for button in (self.print_button, self.pdf_button, self.none_button):
            choices.addWidget(button, 1)

        self.status = QLabel(self)
        self.status.setObjectName("receiptStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.status.hide()
        hint = QLabel(self.tr("Escanee el siguiente producto para empezar otra venta."), self)
        hint.setObjectName("nextSaleHint")
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addWidget(self.change_label)
        layout.addWidget(self.figures)
        layout.addStretch(1)
        layout.addWidget(caption)
        layout.addLayout(choices)
        layout.addWidget(self.status)
        layout.addWidget(hint)

    def _button(self, text: str, name: str, act: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        button.setAutoDefault(False)
        button.setMinimumHeight(56)
        button.clicked.connect(lambda _checked=False: act())
        return button

    def show_sale(
        self,
        sale: SaleResult,
        language: str = "es",
        print_now: bool = False,
        settings: ShopSettings | None = None,
        printer: PrinterProfile | None = None,
    ) -> None:
        """Show ``sale`` just recorded: what it came to, what was given and the change.

        ``language`` is the customer's receipt's; ``print_now`` prints it at once (the shop's choice).
        ``settings`` and ``printer`` are the till's, read before the sale (read now when not given):
        a thermal receipt is made from the sale in hand, with no database read.
        """
        number, total, tendered, change = sale.number, sale.amount_due, sale.tendered, sale.change
        self.number, self.language = number, language
        self.title.setText(self.tr("Venta {number} registrada").format(number=number))
        if change:
            self.change_label.setText(self.tr("Vuelto {amount}").format(amount=money(change)))
        else:
            self.change_label.setText(self.tr("Sin vuelto"))
        self.figures.setText(
            self.tr("Cobrado {total} · recibido {tendered}").format(total=money(total), tendered=money(tendered))
        )
        self.print_button.setText(self.tr("Imprimir (F5)"))
        self.set_status("")
        if printer is None:
            from ..services.printers import printer_profile  # with the first sale, not at start

            printer = printer_profile(self.store)
        self._sale = sale
        if printer.thermal:
            self._thermal_after_sale(print_now, printer, settings)
        elif print_now:
            self.print_receipt()

    def print_receipt(self) -> None:
        """Print the receipt on this till's printer (or save it when a PDF printer cannot print it)."""
        from ..services.till_printer import receipt_job, thermal_profile
        from .receipt_actions import print_receipt  # with the first sale, not at start

        profile = thermal_profile(self.store)
        if profile is not None:
            self._send(receipt_job(self.store, profile, self.number, self.language), self.number)
            return
        printer = get_settings(self.store).printer
        self._deliver(lambda: print_receipt(self.store, self.number, printer, self.language))

    def _thermal_after_sale(self, print_now: bool, printer: PrinterProfile, settings: ShopSettings | None) -> None:
        """The receipt on the thermal printer, the drawer kicked first when cash moved; the screen never waits."""
        from ..services.till_printer import after_document, after_sale

        document = self._sale.document if self._sale is not None else None
        try:
            if document is not None:
                job = after_sale(printer, document, settings or get_settings(self.store), print_now, self.language)
            else:
                job = after_document(self.store, self.number, print_now, self.language)
        except Exception as exc:  # the sale is saved whatever happens to its receipt
            log.exception("thermal job of %s not built", self.number)
            self._thermal_done(self.number, print_now, str(exc))
            return
        if job is not None:
            self._send(job, self.number, print_now)

    def _send(self, job: ThermalJob, number: str, printing: bool = True) -> None:
        from .thermal import send_in_background

        if printing:
            self.set_status(self.tr("Imprimiendo la nota…"))
        send_in_background(self, job, lambda error: self._thermal_done(number, printing, error))

    def _thermal_done(self, number: str, printing: bool, error: str) -> None:
        if number != self.number:
            return  # another sale is on view: its own message counts
        if not error:
            self.set_status(self.tr("Nota impresa.") if printing else "")
        elif printing:
            message = self.tr(
                "No se imprimió la nota {number}: {reason}. La venta está guardada: "
                "Imprimir (F5) lo intenta otra vez, o reimprímala luego desde Historial."
            )
            self.set_status(message.format(number=number, reason=error), "warning")
        else:
            from .thermal import drawer_failed

            self.set_status(drawer_failed(error), "warning")

    def save_receipt(self) -> None:
        """Save the receipt as a PDF in the documents folder, to send or print later."""
        from .receipt_actions import save_receipt

        self._deliver(lambda: save_receipt(self.store, self.number, self.language))

    def _deliver(self, deliver: Callable[[], tuple[bool, str]]) -> None:
        """The sale is saved whatever happens to its receipt: a failure is only told."""
        try:
            done, message = deliver()
        except Exception as exc:  # a printer problem must not stop the till
            log.exception("receipt of %s failed", self.number)
            done, message = False, self.tr("No se pudo entregar la nota: {error}").format(error=exc)
        self.set_status(message, "done" if done else "warning")

    def set_status(self, text: str, kind: str = "done") -> None:
        """Say what became of the receipt (printed, saved where); empty hides it."""
        self.status.setText(text)
        self.status.setProperty("kind", kind)
        repolish(self.status)
        self.status.setVisible(bool(text))
        if text and kind == "done":
            self.print_button.setText(self.tr("Imprimir otra (F5)"))
