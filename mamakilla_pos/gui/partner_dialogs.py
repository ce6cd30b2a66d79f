"""Dialogs of the partner shops: sending units, their sales coming in, units coming back, their payments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

from PySide6.QtCore import QDate, QRegularExpression, Slot
from PySide6.QtGui import QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.money import MoneyError, parse_money
from ..services import catalogue, consignment, partner_payments, partner_sales, partners
from ..services.consignment import NoteResult
from ..services.errors import UserError
from ..services.import_files import ImportFailed
from ..services.partner_report import PartnerFigures
from ..services.partner_sales import ReportResult, SoldRow
from ..services.partners import PartnerInfo
from ..services.settings import get_settings
from ..services.transfer_views import TransferLine
from ..store import Store
from .approval import with_approval
from .catalogue_common import (
    RowsModel,
    big_button,
    dialog_buttons,
    error_label,
    hint_label,
    selected_row,
    setup_table,
    stretch_column,
    title_label,
)
from .till_user import current_user_id
from .widgets.i18n import money
from .widgets.style import Palette
from .widgets.text import sentence

AMOUNT = QRegularExpression(r"\d{0,6}([.,]\d{0,2})?")


def failure_text(exc: UserError) -> str:
    """A service's refusal as the dialog shows it: every bad row of an import, one a line."""
    if isinstance(exc, ImportFailed):
        return "\n".join(sentence(e) for e in exc.errors[:8])
    return sentence(str(exc))


@dataclass
class _Line:
    code: str
    product: str
    quantity: int
    price: Decimal
    sold_on: date
    on_hand: int = 0  # where a note takes the units from, when the line was added


class PartnerLinesDialog(QDialog):
    """A list of items scanned or typed: units sent (``out``), brought back (``return``) or sold there (``sales``)."""

    def __init__(self, store: Store, partner: PartnerInfo, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.partner, self.mode = store, partner, mode
        self.note: NoteResult | None = None
        self.report: ReportResult | None = None
        self.lines: list[_Line] = []
        self.setObjectName("partnerLinesDialog")
        titles = {
            "out": self.tr("Enviar a {partner}"),
            "return": self.tr("Devolución de {partner}"),
            "sales": self.tr("Ventas de {partner}"),
        }
        self.setWindowTitle(titles[mode].format(partner=partner.name))
        self.setMinimumWidth(760)
        form = self._line_form()
        self.model = RowsModel(self._headers())
        self.model.align_right = {2, 3, 4} if mode != "sales" else {2, 3}
        self.view = QTableView(self)
        self.view.setModel(self.model)
        setup_table(self.view, "partnerLinesTable")
        stretch_column(self.view, 1)
        self.remove_button = big_button(self.tr("Quitar la línea"), "removePartnerLineButton", self, self.remove_line)
        self.import_button = big_button(
            self.tr("Importar su reporte (CSV o Excel)…"), "importPartnerSalesButton", self, self.import_file
        )
        self.import_button.setVisible(mode == "sales")
        self.note_input = QLineEdit(self)
        self.note_input.setObjectName("partnerNoteInput")
        self.note_input.setPlaceholderText(self.tr("Nota (opcional)"))
        self.note_input.setVisible(mode != "sales")
        self.over_label = QLabel(self)
        self.over_label.setObjectName("partnerOverStock")
        self.over_label.setWordWrap(True)
        self.over_label.setStyleSheet(f"color: {Palette.error_text}; font-weight: bold;")
        self.over_label.hide()
        self.error = error_label(self)
        oks = {"out": self.tr("Enviar"), "return": self.tr("Registrar la devolución"), "sales": self.tr("Registrar")}
        box, self.ok_button = dialog_buttons(self, oks[mode])
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title_label(self.windowTitle(), self))
        layout.addWidget(hint_label(self._hint(), self))
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note_input)
        layout.addWidget(self.over_label)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.code_input.setFocus()

    def _line_form(self) -> QFormLayout:
        """Code and units of a line; for a partner's sales, also the price it sold at and the day."""
        self.code_input = QLineEdit(self)
        self.code_input.setObjectName("partnerCodeInput")
        self.code_input.setPlaceholderText(self.tr("Escanee la etiqueta o escriba el código"))
        self.code_input.returnPressed.connect(self.add_line)
        self.quantity_input = QLineEdit("1", self)
        self.quantity_input.setObjectName("partnerQuantityInput")
        self.quantity_input.setValidator(QIntValidator(1, 9999, self))
        self.quantity_input.setMaximumWidth(90)
        self.quantity_input.returnPressed.connect(self.add_line)
        self.price_input = QLineEdit(self)
        self.price_input.setObjectName("partnerPriceInput")
        self.price_input.setPlaceholderText(self.tr("precio de la etiqueta"))
        self.price_input.setValidator(QRegularExpressionValidator(AMOUNT, self))
        self.price_input.returnPressed.connect(self.add_line)
        self.date_input = QDateEdit(QDate.currentDate(), self)
        self.date_input.setObjectName("partnerDateInput")
        self.date_input.setCalendarPopup(True)
        self.date_input.setDisplayFormat("dd/MM/yyyy")
        self.date_input.setMaximumDate(QDate.currentDate())
        self.add_button = big_button(self.tr("Agregar"), "addPartnerLineButton", self, self.add_line)
        form = QFormLayout()
        form.addRow(self.tr("Código"), self.code_input)
        form.addRow(self.tr("Cantidad"), self.quantity_input)
        if self.mode == "sales":
            form.addRow(self.tr("Precio al que vendió"), self.price_input)
            form.addRow(self.tr("Fecha de la venta"), self.date_input)
        else:
            self.price_input.hide()
            self.date_input.hide()
        return form

    def _headers(self) -> list[str]:
        headers = [self.tr("Código"), self.tr("Producto"), self.tr("Cant.")]
        if self.mode == "sales":
            headers += [self.tr("Precio"), self.tr("Fecha")]
        else:
            headers += [self.tr("En el taller") if self.mode == "out" else self.tr("En la tienda"), self.tr("Precio")]
        return headers

    def _hint(self) -> str:
        rate = partners.rate_text(self.partner.commission_rate)
        if self.mode == "out":
            return self.tr(
                "Las unidades salen del taller y siguen siendo del taller en la tienda (comisión {rate})."
            ).format(rate=rate)
        if self.mode == "return":
            return self.tr("Unidades que la tienda devuelve sin vender: vuelven al taller.")
        return self.tr(
            "Lo que la tienda vendió: escanee las etiquetas que devuelve, o importe su reporte. "
            "De cada venta se descuenta su comisión de {rate}."
        ).format(rate=rate)

    def over_stock(self) -> list[_Line]:
        """Lines of items asked for beyond what there is where the note takes them from."""
        wanted: dict[str, int] = {}
        for line in self.lines:
            wanted[line.code] = wanted.get(line.code, 0) + line.quantity
        return [line for line in self.lines if self.mode != "sales" and wanted[line.code] > line.on_hand]

    def _show_lines(self) -> None:
        rows = []
        for line in self.lines:
            row = [line.code, line.product, str(line.quantity)]
            if self.mode == "sales":
                row += [money(line.price), f"{line.sold_on:%d/%m/%Y}"]
            else:
                row += [str(line.on_hand), money(line.price)]
            rows.append(row)
        over = self.over_stock()
        red = {n: (Palette.error_text, Palette.error_bg) for n, line in enumerate(self.lines) if line in over}
        self.model.set_rows(rows, colours=red)
        self.over_label.setVisible(bool(over))
        if over and self.mode == "out":
            self.over_label.setText(
                self.tr(
                    "Las líneas en rojo piden más de lo que hay en el taller: al enviar, una coordinadora lo aprueba."
                )
            )
        elif over:
            self.over_label.setText(self.tr("Las líneas en rojo piden más de lo que la tienda tiene."))
        self.ok_button.setEnabled(bool(self.lines))

    @Slot()
    def add_line(self) -> None:
        code = self.code_input.text().strip()
        if not code:
            return
        quantity = int(self.quantity_input.text() or "0")
        if quantity <= 0:
            self.error.setText(self.tr("La cantidad debe ser mayor que cero."))
            return
        try:
            item = catalogue.find_item(self.store, code)
        except UserError as exc:
            self.error.setText(sentence(str(exc)))
            return
        price = item.price
        if self.mode == "sales" and self.price_input.text().strip():
            try:
                price = parse_money(self.price_input.text())
            except MoneyError:
                self.error.setText(self.tr("El precio no es un monto."))
                return
        sold_on = self.date_input.date().toPython()
        on_hand = 0
        if self.mode != "sales":
            on_hand = consignment.units_to_move(self.store, self.partner.code, item.code, self.mode)
        self.lines.append(_Line(item.code, item.product_name, quantity, price, sold_on, on_hand))  # type: ignore[arg-type]
        self.error.setText("")
        self.code_input.clear()
        self.price_input.clear()  # the next tag's own price unless another is typed
        self.quantity_input.setText("1")
        self.code_input.setFocus()
        self._show_lines()

    @Slot()
    def remove_line(self) -> None:
        row = selected_row(self.view)
        if row is not None and row < len(self.lines):
            del self.lines[row]
            self._show_lines()

    @Slot()
    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Reporte de ventas de la tienda"), "", self.tr("CSV o Excel (*.csv *.xlsx)")
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        """Record the partner's report from its file (all or nothing), then close."""
        try:
            self.report = partner_sales.import_partner_sales(
                self.store, self.partner.code, path, user_id=current_user_id(self)
            )
        except UserError as exc:
            self.error.setText(failure_text(exc))
            return
        super().accept()

    def accept(self) -> None:
        if not self.lines:
            self.error.setText(self.tr("Agregue al menos una línea."))
            return
        user_id = current_user_id(self)
        try:
            if self.mode == "sales":
                rows = [SoldRow(ln.sold_on, ln.code, ln.quantity, ln.price) for ln in self.lines]
                self.report = partner_sales.record_partner_sales(self.store, self.partner.code, rows, user_id)
            else:
                wanted = [TransferLine(ln.code, ln.quantity) for ln in self.lines]
                note = self.note_input.text()
                if self.mode == "out":
                    self.note = with_approval(
                        self,
                        self.store,
                        lambda approval: consignment.consign(
                            self.store, self.partner.code, wanted, user_id, note, approval
                        ),
                        self._over_detail(),
                    )
                else:
                    self.note = consignment.return_units(self.store, self.partner.code, wanted, user_id, note)
        except UserError as exc:
            self.error.setText(failure_text(exc))
            return
        super().accept()

    def _over_detail(self) -> str:
        return "; ".join(
            self.tr("{product}: {units} (hay {held})").format(product=ln.product, units=ln.quantity, held=ln.on_hand)
            for ln in self.over_stock()[:3]
        )


class PartnerPaymentDialog(QDialog):
    """What a partner shop pays: it settles its oldest sold lines first."""

    def __init__(
        self, store: Store, partner: PartnerInfo, figures: PartnerFigures, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.partner = store, partner
        self.paid: partner_payments.PaymentResult | None = None
        self.setObjectName("partnerPaymentDialog")
        self.setWindowTitle(self.tr("Cobro a {partner}").format(partner=partner.name))
        self.setMinimumWidth(560)
        self.amount_input = QLineEdit(f"{figures.balance:.2f}", self)
        self.amount_input.setObjectName("partnerAmountInput")
        self.amount_input.setValidator(QRegularExpressionValidator(AMOUNT, self))
        self.method_input = QComboBox(self)
        self.method_input.setObjectName("partnerMethodInput")
        names = {
            "cash": self.tr("Efectivo"),
            "usd": self.tr("Dólares"),
            "transfer": self.tr("Transferencia"),
            "yape": "Yape",
            "plin": "Plin",
        }
        for method in partner_payments.METHODS:
            self.method_input.addItem(names[method], method)
        self.balance = figures.balance
        self.usd_rate = get_settings(store).usd_rate
        whole_usd = (self.balance / self.usd_rate).quantize(Decimal("1"), rounding=ROUND_DOWN)
        self._defaults = {"", f"{self.balance:.2f}", f"{whole_usd}"}
        self._defaults.add(f"{self.balance.quantize(Decimal('0.1'), rounding=ROUND_DOWN):.2f}")
        self.method_input.currentIndexChanged.connect(self._method_changed)
        self.reference_input = QLineEdit(self)
        self.reference_input.setObjectName("partnerReferenceInput")
        self.reference_input.setPlaceholderText(self.tr("número de operación"))
        self.amount_caption = QLabel(self.tr("Monto (S/)"), self)
        self.cash_hint = hint_label("", self)
        self.cash_hint.setObjectName("partnerCashHint")
        form = QFormLayout()
        form.addRow(self.tr("Medio"), self.method_input)
        form.addRow(self.amount_caption, self.amount_input)
        form.addRow(self.tr("Referencia"), self.reference_input)
        self.error = error_label(self)
        box, self.ok_button = dialog_buttons(self, self.tr("Registrar el cobro"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title_label(self.windowTitle(), self))
        layout.addWidget(
            hint_label(
                self.tr("Debe {balance}. El pago cancela primero las ventas más antiguas.").format(
                    balance=money(figures.balance)
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.cash_hint)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self._method_changed()
        self.amount_input.setFocus()
        self.amount_input.selectAll()

    @Slot()
    def _method_changed(self) -> None:
        """Cash in whole ten-céntimo coins, dollars at the day's rate; both go into the till's drawer."""
        method = str(self.method_input.currentData())
        self.reference_input.setEnabled(method not in ("cash", "usd"))
        if method == "usd":
            self.amount_caption.setText(self.tr("Monto (US$)"))
            whole = (self.balance / self.usd_rate).quantize(Decimal("1"), rounding=ROUND_DOWN)
            default = f"{whole}"
            hint = self.tr("Dólares al cambio de {rate}: van a la caja de dólares abierta.")
            self.cash_hint.setText(hint.format(rate=money(self.usd_rate)))
        elif method == "cash":
            self.amount_caption.setText(self.tr("Monto (S/)"))
            default = f"{self.balance.quantize(Decimal('0.1'), rounding=ROUND_DOWN):.2f}"
            self.cash_hint.setText(self.tr("El efectivo va a la caja abierta, como cobro a tienda aliada."))
        else:
            self.amount_caption.setText(self.tr("Monto (S/)"))
            default = f"{self.balance:.2f}"
            self.cash_hint.setText(self.tr("No entra en la caja: anote el número de operación."))
        if self.amount_input.text() in self._defaults:  # an amount she typed stays
            self.amount_input.setText(default)

    def accept(self) -> None:
        try:
            amount = parse_money(self.amount_input.text())
        except MoneyError:
            self.error.setText(self.tr("El monto no es un número."))
            return
        try:
            self.paid = partner_payments.record_payment(
                self.store,
                self.partner.code,
                amount,
                str(self.method_input.currentData()),
                self.reference_input.text(),
                user_id=current_user_id(self),
            )
        except UserError as exc:
            self.error.setText(sentence(str(exc)))
            return
        super().accept()


class PartnerDialog(QDialog):
    """A new partner shop, or the commission, contact and days of one."""

    def __init__(self, store: Store, partner: PartnerInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.saved: PartnerInfo | None = None
        self.setObjectName("partnerDialog")
        self.setWindowTitle(self.tr("Editar tienda aliada") if partner else self.tr("Nueva tienda aliada"))
        self.setMinimumWidth(760)
        self.name_input = QLineEdit(partner.name if partner else "", self)
        self.name_input.setObjectName("partnerNameInput")
        self.name_input.setPlaceholderText(self.tr("Nombre de la tienda"))
        self.name_input.setReadOnly(partner is not None)
        self.commission_input = QLineEdit(f"{partner.commission_percent:f}" if partner else "", self)
        self.commission_input.setObjectName("partnerCommissionInput")
        self.commission_input.setPlaceholderText("30")
        self.commission_input.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,3}([.,]\d{0,2})?"), self)
        )
        self.contact_input = QLineEdit(partner.contact if partner else "", self)
        self.contact_input.setObjectName("partnerContactInput")
        self.terms_input = QLineEdit(str(partner.terms_days if partner else 30), self)
        self.terms_input.setObjectName("partnerTermsInput")
        self.terms_input.setValidator(QIntValidator(0, 3650, self))
        self.old_input = QLineEdit(str(partner.old_after_days if partner else 90), self)
        self.old_input.setObjectName("partnerOldInput")
        self.old_input.setValidator(QIntValidator(0, 3650, self))
        form = QFormLayout()
        form.addRow(self.tr("Nombre"), self.name_input)
        form.addRow(self.tr("Comisión (%)"), self.commission_input)
        form.addRow(self.tr("Contacto"), self.contact_input)
        form.addRow(self.tr("Días para pagar"), self.terms_input)
        form.addRow(self.tr("Unidades antiguas después de (días)"), self.old_input)
        self.error = error_label(self)
        box, self.ok_button = dialog_buttons(self, self.tr("Guardar"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title_label(self.windowTitle(), self))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)
        (self.commission_input if partner else self.name_input).setFocus()

    def accept(self) -> None:
        try:
            rate = partners.parse_percent(self.commission_input.text()) if self.commission_input.text() else None
            self.saved, _ = partners.save_partner(
                self.store,
                self.name_input.text(),
                rate,
                contact=self.contact_input.text(),
                terms_days=int(self.terms_input.text() or "0"),
                old_after_days=int(self.old_input.text() or "0"),
                user_id=current_user_id(self),
            )
        except UserError as exc:
            self.error.setText(sentence(str(exc)))
            return
        super().accept()


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; whether it was accepted (it is deleted after)."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
