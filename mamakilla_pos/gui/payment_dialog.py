"""The payment dialog: take soles, dollars, Yape, Plin, card or transfer and give the right change.

Every amount shown comes from :func:`~mamakilla_pos.services.quote.quote_payment`,
the same rules the sale applies when it is recorded: Peru cash rounding, the
day's dollar rate, change only from cash, in whole ten-céntimo coins.

Each method speaks its own language: soles offer the soles notes, dollars the
amount due in dollars and the dollar notes, while Yape, Plin, card and
transfer take the exact amount and offer no notes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import QButtonGroup, QDialog, QListWidgetItem, QPushButton, QWidget

from ..domain.language import LANGUAGES
from ..domain.money import ZERO, MoneyError, parse_money
from ..domain.payments import METHODS, REFERENCE_METHODS, Progress, Settlement, Tender
from ..services.errors import UserError
from ..services.quote import quote_payment, quote_progress, quote_usd
from ..services.sales import SaleResult
from ..services.settings import ShopSettings
from .failure import not_saved
from .forms.ui_payment_dialog import Ui_PaymentDialog
from .widgets.i18n import money
from .widgets.style import Palette
from .widgets.text import sentence

NOTES = (10, 20, 50, 100, 200)
USD_NOTES = (1, 5, 10, 20, 50, 100)
NOTE_METHODS = ("cash", "usd")
"""The methods paid with notes: the notes offered are those of the method's currency."""
_AMOUNT = QRegularExpression(r"^\d{0,6}([.,]\d{0,2})?$")


@dataclass(frozen=True)
class Balance:
    """Where a payment stands while it is being typed.

    Attributes:
        amount_due: what the customer owes for these methods (rounded when all PEN cash).
        rounding: the rounding in the customer's favour.
        listed_pen: each payment already added, in soles.
        current_pen: the payment being typed, in soles (``None`` when nothing valid is typed).
        rest: what the added payments leave to pay.
        missing: what is still missing once the payment being typed is counted.
        settlement: set when the added payments and the one being typed settle the sale.
        error: why these payments cannot settle the sale, other than being too little.
    """

    amount_due: Decimal
    rounding: Decimal
    listed_pen: tuple[Decimal, ...]
    current_pen: Decimal | None
    rest: Decimal
    missing: Decimal
    settlement: Settlement | None
    error: str


def balance(
    total: Decimal,
    listed: Sequence[Tender],
    current: Tender | None,
    method: str,
    settings: ShopSettings,
) -> Balance:
    """Quote the payments so far, including the one being typed and a short total.

    ``method`` stands in for the payment being typed while its amount is empty,
    so the rounding already reflects the method chosen.
    """
    rate, step = settings.usd_rate, settings.rounding_step
    error = ""
    progress: Progress | None = None
    if current is not None:
        try:
            progress = quote_progress(total, (*listed, current), rate, step)
        except UserError as exc:
            error = str(exc)
    if progress is None:
        try:
            progress = quote_progress(total, listed, rate, step, pending_method=method)
        except UserError as exc:
            return Balance(total, ZERO, (), None, total, total, None, error or str(exc))
    typed = current is not None and len(progress.values_pen) > len(listed)
    current_pen = progress.values_pen[-1] if typed else None
    settlement = None
    if progress.left == 0 and not error:
        try:
            settlement = quote_payment(total, (*listed, *((current,) if typed else ())), rate, step)
        except UserError as exc:
            error = str(exc)
    return Balance(
        progress.amount_due,
        progress.rounding,
        progress.values_pen[: len(listed)],
        current_pen,
        progress.left_after(len(listed)),
        progress.left,
        settlement,
        error,
    )


class PaymentDialog(QDialog):
    """Take the payment of a sale of ``total`` soles, then complete it through ``complete``.

    ``complete`` records the sale (normally ``record_sale`` for the cart) and
    returns its :class:`SaleResult`; a :class:`UserError` it raises is shown
    here and the dialog stays open.
    """

    def __init__(
        self,
        total: Decimal,
        settings: ShopSettings,
        complete: Callable[[tuple[Tender, ...]], SaleResult],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PaymentDialog()
        self.ui.setupUi(self)
        # The list's hint and a payment with its operation number wrap in the list's width.
        self.ui.paymentsList.setWordWrap(True)
        self.ui.paymentsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sale: SaleResult | None = None
        self._total = total
        self._settings = settings
        self._complete = complete
        self._listed: list[Tender] = []
        self._method = "cash"
        self._busy = False

        self._method_buttons: dict[str, QPushButton] = {m: getattr(self.ui, f"method_{m}") for m in METHODS}
        self._method_group = QButtonGroup(self)
        self._method_group.setExclusive(True)
        for method, button in self._method_buttons.items():
            self._method_group.addButton(button)
            button.clicked.connect(lambda _checked=False, m=method: self.select_method(m))
        self._language_buttons: dict[str, QPushButton] = {
            code: getattr(self.ui, f"receiptLanguage_{code}") for code in LANGUAGES
        }
        self._language_group = QButtonGroup(self)
        self._language_group.setExclusive(True)
        for code, button in self._language_buttons.items():
            self._language_group.addButton(button)
            button.clicked.connect(lambda _checked=False, c=code: self.set_receipt_language(c))
        self._language_buttons["es"].setChecked(True)
        self._quick_buttons: dict[int, QPushButton] = {n: getattr(self.ui, f"quick_{n}") for n in NOTES}
        self._usd_buttons: dict[int, QPushButton] = {n: getattr(self.ui, f"quickUsd_{n}") for n in USD_NOTES}
        for note, button in self._quick_buttons.items():
            button.clicked.connect(lambda _checked=False, n=note: self._take_note("cash", n))
        for note, button in self._usd_buttons.items():
            button.clicked.connect(lambda _checked=False, n=note: self._take_note("usd", n))

        self.ui.tenderedInput.setValidator(QRegularExpressionValidator(_AMOUNT, self))
        self.ui.tenderedInput.textChanged.connect(self._refresh)
        self.ui.referenceInput.textChanged.connect(self._refresh)
        self.ui.keypad.set_target(self.ui.tenderedInput)
        self.ui.quick_exact.clicked.connect(self._take_exact)
        exact_key = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        exact_key.activated.connect(self.ui.quick_exact.click)
        self.ui.tenderedInput.installEventFilter(self)
        self.ui.addPaymentButton.clicked.connect(self._add_payment)
        self.ui.removePaymentButton.clicked.connect(self._remove_payment)
        self.ui.confirmPaymentButton.clicked.connect(self._confirm)

        self.ui.paymentTotalLabel.setText(self.tr("Total: %1").replace("%1", money(total)))
        self._fill_list()
        self.select_method("cash")

    # -- public ------------------------------------------------------------------------------------

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        total: Decimal,
        settings: ShopSettings,
        complete: Callable[[tuple[Tender, ...]], SaleResult],
        receipt_language: Callable[[str], None] | None = None,
    ) -> tuple[SaleResult | None, bool]:
        """Show the dialog; ``(the completed sale, True)`` or ``(None, False)`` when cancelled.

        ``receipt_language`` is told the language chosen for the customer's
        receipt (``es``, ``en`` or ``fr``) once the sale is completed.
        """
        dialog = cls(total, settings, complete, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            if accepted and receipt_language is not None:
                receipt_language(dialog.receipt_language)
            return (dialog.sale if accepted else None), accepted
        finally:
            dialog.deleteLater()

    @property
    def method(self) -> str:
        """The method of the payment being typed."""
        return self._method

    @property
    def receipt_language(self) -> str:
        """The language of the customer's receipt: Spanish unless the seller chose English or French."""
        return next(code for code, button in self._language_buttons.items() if button.isChecked())

    def set_receipt_language(self, language: str) -> None:
        """Print the receipt of this sale in ``language`` (``es``, ``en`` or ``fr``), for a tourist."""
        self._language_buttons[language].setChecked(True)

    def listed_tenders(self) -> tuple[Tender, ...]:
        """The payments added with "Agregar pago"."""
        return tuple(self._listed)

    @Slot(str)
    def select_method(self, method: str) -> None:
        """Type the next payment with ``method``; card, Yape, Plin and transfer get the exact rest."""
        self._method = method
        self._method_buttons[method].setChecked(True)
        self.ui.tenderedCaption.setText(self._caption(method))
        self.ui.referenceInput.clear()
        pages = {"usd": self.ui.usdPage, **{m: self.ui.referencePage for m in REFERENCE_METHODS}}
        self.ui.detailStack.setCurrentWidget(pages.get(method, self.ui.cashPage))
        self.ui.cashHintLabel.setText(self._hint(method))
        notes = method in NOTE_METHODS
        self.ui.quickCaption.setVisible(notes)
        self.ui.notesStack.setVisible(notes)
        if notes:
            self.ui.quickCaption.setText(
                self.tr("Billete recibido") if method == "cash" else self.tr("Billete recibido en dólares")
            )
            self.ui.notesStack.setCurrentWidget(self.ui.usdNotesPage if method == "usd" else self.ui.penNotesPage)
        self.ui.tenderedInput.clear()
        if method not in ("cash", "usd"):
            self._fill_rest()
        self._refresh()
        focus = self.ui.referenceInput if method in REFERENCE_METHODS else self.ui.tenderedInput
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.tenderedInput.selectAll()

    # -- Qt overrides --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """``=`` typed in the amount is "Monto exacto" (an amount has no ``=``; F11 does the same)."""
        if (
            watched is self.ui.tenderedInput
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text() == "="
        ):
            if self.ui.quick_exact.isEnabled():
                self.ui.quick_exact.click()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter confirms once the payment is complete; Esc cancels (QDialog)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.ui.confirmPaymentButton.isEnabled():
                self.ui.confirmPaymentButton.click()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- what the person types -----------------------------------------------------------------------

    def _caption(self, method: str) -> str:
        return {
            "cash": self.tr("Recibido en efectivo (S/)"),
            "usd": self.tr("Recibido en dólares (US$)"),
            "yape": self.tr("Monto pagado por Yape (S/)"),
            "plin": self.tr("Monto pagado por Plin (S/)"),
            "card": self.tr("Monto cobrado con tarjeta (S/)"),
            "transfer": self.tr("Monto transferido (S/)"),
        }[method]

    def _hint(self, method: str) -> str:
        if method == "card":
            return self.tr("Cobre este monto en el terminal de tarjetas.")
        return self.tr("Escriba cuánto le da el cliente o toque el billete. El vuelto es en soles.")

    def _method_name(self, method: str) -> str:
        return {
            "cash": self.tr("Efectivo"),
            "usd": self.tr("Dólares"),
            "yape": self.tr("Yape"),
            "plin": self.tr("Plin"),
            "card": self.tr("Tarjeta"),
            "transfer": self.tr("Transferencia"),
        }[method]

    def _current_tender(self) -> Tender | None:
        """The payment being typed; ``None`` when the amount is empty or zero.

        Raises:
            MoneyError: the amount is not a number.
        """
        text = self.ui.tenderedInput.text().strip()
        if not text or text in {".", ","}:
            return None
        amount = parse_money(text)
        if amount <= 0:
            return None
        reference = self.ui.referenceInput.text().strip() if self._method in REFERENCE_METHODS else ""
        return Tender(self._method, amount, reference)

    def _balance(self) -> tuple[Balance, str]:
        try:
            current = self._current_tender()
            typing_error = ""
        except MoneyError:
            current, typing_error = None, self.tr("El monto no es un número válido.")
        state = balance(self._total, self._listed, current, self._method, self._settings)
        return state, typing_error or state.error

    def _fill_rest(self) -> None:
        state, _ = self._balance()
        self.ui.tenderedInput.setText(f"{state.rest:.2f}" if state.rest else "")

    # -- slots -------------------------------------------------------------------------------------------

    def _take_note(self, method: str, note: int) -> None:
        """A note of ``method``'s currency was tapped: it is what the customer hands over."""
        if self._method != method:
            self.select_method(method)
        self.ui.tenderedInput.setText(str(note))
        self.ui.tenderedInput.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _take_exact(self) -> None:
        self.ui.tenderedInput.clear()
        self._fill_rest()
        self.ui.tenderedInput.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _add_payment(self) -> None:
        state, error = self._balance()
        current = None if error else self._current_tender()
        if error:
            self._show_error(sentence(error))
        elif current is None:
            self._show_error(self.tr("Escriba primero el monto de este pago."))
        elif not state.rest:
            self._show_error(self.tr("Ya está todo pagado: toque Cobrar."))
        else:
            self._listed.append(current)
            self._fill_list()
            self.select_method("cash")

    @Slot()
    def _remove_payment(self) -> None:
        if not self._listed:
            return
        row = self.ui.paymentsList.currentRow()
        del self._listed[row if 0 <= row < len(self._listed) else -1]
        self._fill_list()
        self._refresh()

    @Slot()
    def _confirm(self) -> None:
        if self._busy:
            return
        state, error = self._balance()
        if error or state.settlement is None:
            self._refresh()
            return
        tenders = self._tenders_typed()
        self._busy = True
        self.ui.confirmPaymentButton.setEnabled(False)
        try:
            self.sale = self._complete(tenders)
        except Exception as exc:  # nothing was saved: say why, keep the payment, let her confirm again
            self._busy = False
            self._refresh()
            self._show_error(not_saved(exc, self.tr("la venta no se guardó")))
            return
        self.accept()

    def _tenders_typed(self) -> tuple[Tender, ...]:
        current = self._current_tender()
        return (*self._listed, *((current,) if current is not None else ()))

    # -- showing -----------------------------------------------------------------------------------------

    def _fill_list(self) -> None:
        state, _ = self._balance()
        self.ui.paymentsList.clear()
        for tender, pen in zip(self._listed, state.listed_pen, strict=True):
            text = f"{self._method_name(tender.method)}   {money(tender.amount, tender.currency)}"
            if tender.method == "usd":
                text += f"  = {money(pen)}"
            if tender.reference:
                text += "\n" + self.tr("Operación %1").replace("%1", tender.reference)
            QListWidgetItem(text, self.ui.paymentsList)
        if not self._listed:
            hint = QListWidgetItem(
                self.tr("¿Paga con dos métodos? Escriba el primer pago y toque «+ Agregar pago»."),
                self.ui.paymentsList,
            )
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
        self.ui.paymentsList.setCurrentRow(-1)

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def _refresh(self) -> Balance:
        state, error = self._balance()
        self._show_error(sentence(error) if error else "")

        due = money(state.amount_due)
        due_text = self.tr("A pagar: %1").replace("%1", due)
        header = due_text
        if self._method == "usd" and self._settings.usd_rate:
            # Dollars mode: the amount due in dollars too (DESIGN.md §4 rule 8).
            header = self.tr("A pagar: %1").replace(
                "%1", f"{due} · {money(quote_usd(state.amount_due, self._settings.usd_rate), 'USD')}"
            )
        rounding_note = ""
        if state.rounding:
            rounding_note = self.tr("(redondeo %1)").replace("%1", money(state.rounding))
        self.ui.amountDueLabel.setText(f"{header} <span style='font-size:15pt; font-weight:400'>{rounding_note}</span>")

        summary = f"{due_text} {rounding_note}".strip()
        if state.settlement is not None:
            received = self.tr("Recibido: %1").replace("%1", money(state.settlement.tendered_pen))
            big = self.tr("Vuelto: %1").replace("%1", money(state.settlement.change))
            colour = Palette.pay
            summary += f" &nbsp;·&nbsp; {received}"
        else:
            big = self.tr("Falta: %1").replace("%1", money(state.missing))
            colour = "#9A5B00"
        self.ui.changeLabel.setText(
            f"<div>{summary}</div><div style='font-size:30pt; font-weight:700; color:{colour}'>{big}</div>"
        )

        rate = money(self._settings.usd_rate)
        rate_text = self.tr("Tipo de cambio de hoy: US$ 1 = %1").replace("%1", rate)
        if self._method == "usd" and self._settings.usd_rate and state.rest:
            rest = money(quote_usd(state.rest, self._settings.usd_rate), "USD")
            rate_text += "<br>" + self.tr("Falta pagar en dólares: %1").replace("%1", rest)
        if self._method == "usd" and state.current_pen is not None:
            current = self._current_tender()
            if current is not None:
                dollars = money(current.amount, "USD")
                rate_text += f"<br><b>{dollars} = {money(state.current_pen)}</b>"
        self.ui.rateLabel.setText(rate_text)

        for note, button in self._quick_buttons.items():
            button.setEnabled(self._method == "cash" and self._note_settles("cash", Decimal(note)))
        for note, button in self._usd_buttons.items():
            button.setEnabled(self._method == "usd" and self._note_settles("usd", Decimal(note)))
        self.ui.quick_exact.setEnabled(bool(state.rest) and self._method != "usd")
        self.ui.addPaymentButton.setEnabled(bool(state.rest))
        self.ui.removePaymentButton.setEnabled(bool(self._listed))
        self.ui.confirmPaymentButton.setEnabled(state.settlement is not None and not error and not self._busy)
        return state

    def _note_settles(self, method: str, note: Decimal) -> bool:
        """Whether this one banknote of ``method``, with the payments added so far, pays what is due."""
        try:
            quote_payment(
                self._total,
                (*self._listed, Tender(method, note)),
                self._settings.usd_rate,
                self._settings.rounding_step,
            )
        except UserError:
            return False
        return True
