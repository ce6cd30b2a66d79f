"""Closing the till with a count: what the drawer should hold, what it holds, and the Z report."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    Qt,
    Slot,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from ..domain.money import ZERO
from ..services import cash
from ..services.cash_figures import CashFigures, SessionReport
from ..services.errors import UserError
from ..store import Store
from .approval import with_approval
from .failure import not_saved
from .forms.ui_close_till_dialog import Ui_CloseTillDialog
from .session_report_view import show_session_report
from .till_dialog import TillDialog
from .till_user import current_user_id
from .widgets.denomination_counter import DenominationCounter
from .widgets.i18n import money, plural, tr
from .widgets.style import TILL_DIALOG_STYLE, Palette
from .widgets.text import sentence

_GOOD, _SHORT, _OVER = Palette.success_text, Palette.error_text, Palette.warning_text


class CloseTillDialog(TillDialog):
    """Count the drawer, compare with what it should hold, explain any difference, close.

    Raises:
        UserError: when built while the till is closed.
    """

    def __init__(self, store: Store, user_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CloseTillDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(TILL_DIALOG_STYLE)
        self.store = store
        self.user_id = user_id if user_id is not None else current_user_id(parent)
        self.report = cash.x_report(store)
        self.closed: SessionReport | None = None
        self.setWindowTitle(self.tr("Cerrar la caja {till}").format(till=self.report.till))
        self.ui.titleLabel.setText(self.windowTitle())
        self.ui.sinceLabel.setText(self._since())
        self.ui.expectedExplanation.setText(self._explanation())
        self.ui.roundingLabel.setText(
            self.tr("Redondeo regalado a clientes: {amount}").format(amount=money(self.report.rounding))
        )
        self.ui.errorLabel.hide()
        self.keypad = self.ui.keypad
        self.explain = self.ui.expectedExplanation
        self.rounding_label = self.ui.roundingLabel
        self.non_cash = self.ui.nonCashTree
        self.note_label = self.ui.noteLabel
        self.note = self.ui.noteInput
        self.error = self.ui.errorLabel
        self.x_button = self.ui.xReportButton
        self.cancel_button = self.ui.cancelButton
        self.close_button = self.ui.closeTillButton
        self._figure_labels: dict[tuple[str, str], QLabel] = {
            (key, currency): getattr(self.ui, f"{key}_{currency}")
            for key in ("expected", "counted", "difference", "verdict")
            for currency in ("PEN", "USD")
        }
        self._fill_non_cash()
        self.note.textChanged.connect(self._refresh)
        self.x_button.clicked.connect(self.show_x_report)

        self.counter = DenominationCounter((self.ui.countPanel_PEN, self.ui.countPanel_USD), self)
        self.counter.changed.connect(self._refresh)
        self.counter.finished.connect(lambda: self.note.setFocus(Qt.FocusReason.TabFocusReason))
        QWidget.setTabOrder(self.counter.inputs()[-1], self.note)
        self._fit(1346, 730)
        self._refresh()
        self.counter.focus_first()

    def _since(self) -> str:
        """When the till was opened, by whom, with how many sales."""
        who = f" · {self.report.opened_by}" if self.report.opened_by else ""
        return self.tr("Abierta el {when}{who} · {sales}, {refunds} · Enter: fila siguiente").format(
            when=self.report.opened_at.strftime("%d/%m %H:%M"),
            who=who,
            sales=plural(self.report.sales, self.tr("{n} venta"), self.tr("{n} ventas")),
            refunds=plural(self.report.refunds, self.tr("{n} devolución"), self.tr("{n} devoluciones")),
        )

    def _enter_in(self, focused: QWidget) -> None:
        if focused is self.note:
            self.close_button.setFocus(Qt.FocusReason.TabFocusReason)

    # -- figures -------------------------------------------------------------------------------

    def figures(self, currency: str) -> CashFigures:
        """What the drawer should hold, with the count typed so far."""
        return replace(self.report.figures(currency), counted=self.counter.total(currency))

    def _explanation(self) -> str:
        pen, usd = self.report.pen, self.report.usd
        text = self.tr(
            "Soles: fondo {float} + efectivo recibido {sales} − vuelto {change} − devoluciones {refunds}"
            " + entradas {cash_in} − salidas {cash_out} − pagos a artesanas {payouts}."
        ).format(
            float=money(pen.opening_float),
            sales=money(pen.sales),
            change=money(pen.change),
            refunds=money(pen.refunds),
            cash_in=money(pen.cash_in),
            cash_out=money(pen.cash_out),
            payouts=money(pen.payouts),
        )
        text += " " + self.tr(
            "Dólares: fondo {float} + recibido {sales} + entradas {cash_in} − salidas {cash_out}."
            " El vuelto de los pagos en dólares sale de los soles."
        ).format(
            float=money(usd.opening_float, "USD"),
            sales=money(usd.sales, "USD"),
            cash_in=money(usd.cash_in, "USD"),
            cash_out=money(usd.cash_out, "USD"),
        )
        return text

    def _fill_non_cash(self) -> None:
        bold = QFont(self.non_cash.font())
        bold.setBold(True)
        names = {
            "yape": self.tr("Yape"),
            "plin": self.tr("Plin"),
            "card": self.tr("Tarjeta"),
            "transfer": self.tr("Transferencia"),
        }
        methods = [m for m in self.report.methods if m.method in names]
        if not methods:
            empty = QTreeWidgetItem(self.non_cash, [self.tr("Sin pagos con Yape, Plin, tarjeta ni transferencia."), ""])
            empty.setFirstColumnSpanned(True)
            return
        for method in methods:
            head = QTreeWidgetItem(
                self.non_cash,
                [
                    (
                        self.tr("{name}: 1 operación") if method.count == 1 else self.tr("{name}: {count} operaciones")
                    ).format(name=names[method.method], count=method.count),
                    money(method.net),
                ],
            )
            head.setFont(0, bold)
            head.setFont(1, bold)
            head.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for op in self.report.operations_of(method.method):
                reference = self.tr("op. {reference}").format(reference=op.reference) if op.reference else "—"
                text = f"   {reference} · {op.number}"
                if op.kind == "refund":
                    text += " " + self.tr("(devolución)")
                item = QTreeWidgetItem(head, [text, money(-op.amount if op.kind == "refund" else op.amount)])
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.non_cash.expandAll()
        self.non_cash.header().setStretchLastSection(False)
        self.non_cash.header().setSectionResizeMode(0, self.non_cash.header().ResizeMode.Stretch)
        self.non_cash.header().setSectionResizeMode(1, self.non_cash.header().ResizeMode.ResizeToContents)

    def difference_pending(self) -> bool:
        return any(self.figures(c).difference for c in ("PEN", "USD"))

    @Slot()
    def _refresh(self) -> None:
        for currency in ("PEN", "USD"):
            figures = self.figures(currency)
            difference = figures.difference or ZERO
            labels = {k: self._figure_labels[(k, currency)] for k in ("expected", "counted", "difference", "verdict")}
            labels["expected"].setText(money(figures.expected, currency))
            labels["counted"].setText(money(figures.counted or ZERO, currency))
            labels["difference"].setText(money(difference, currency))
            if difference == ZERO:
                verdict, colour = self.tr("cuadra"), _GOOD
            elif difference < 0:
                verdict, colour = self.tr("falta {amount}").format(amount=money(-difference, currency)), _SHORT
            else:
                verdict, colour = self.tr("sobra {amount}").format(amount=money(difference, currency)), _OVER
            labels["difference"].setStyleSheet(f"color: {colour};")
            labels["verdict"].setText(verdict)
            labels["verdict"].setStyleSheet(f"color: {colour}; font-weight: bold;")
        pending = self.difference_pending()
        missing_note = pending and not self.note.text().strip()
        if pending:
            self.note_label.setText(self.tr("Nota: ¿por qué no cuadra? (obligatoria)"))
            self.note_label.setStyleSheet(
                f"font-size: 14pt; font-weight: bold; color: {_SHORT if missing_note else _GOOD};"
            )
        else:
            self.note_label.setText(self.tr("Nota (opcional)"))
            self.note_label.setStyleSheet("font-size: 14pt; color: #6E625C;")
        self.close_button.setEnabled(not missing_note)

    # -- actions -------------------------------------------------------------------------------

    @Slot()
    def show_x_report(self) -> None:
        """The figures so far, as a printable X report, without closing."""
        try:
            self.report = cash.x_report(self.store)
        except UserError as exc:
            self._say(sentence(str(exc)))
            return
        show_session_report(self, self.store, self.report)
        self._refresh()

    def accept(self) -> None:
        if self.difference_pending() and not self.note.text().strip():
            self._say(self.tr("El arqueo no cuadra: escriba en la nota por qué."))
            self.note.setFocus()
            return
        try:
            self.closed = with_approval(
                self,
                self.store,
                lambda approval: cash.close_session(
                    self.store,
                    self.counter.counts("PEN"),
                    self.counter.counts("USD"),
                    self.note.text(),
                    user_id=self.user_id,
                    session_id=self.report.id,
                    approval=approval,
                ),
            )
        except Exception as exc:  # the till is still open and the count still typed: Cerrar again
            self._say(not_saved(exc, self.tr("la caja no se cerró")))
            return
        super().accept()

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    @classmethod
    def run(cls, parent: QWidget | None, store: Store, user_id: int | None = None) -> tuple[SessionReport | None, bool]:
        """Show the dialog; ``(the Z report's figures, True)`` once closed, ``(None, False)`` otherwise.

        When the till is not open, says so and returns ``(None, False)``.
        """
        try:
            dialog = cls(store, user_id, parent)
        except UserError as exc:
            QMessageBox.information(parent, tr("Cerrar la caja"), sentence(str(exc)))
            return None, False
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.closed if accepted else None), accepted
        finally:
            dialog.deleteLater()


def close_till(parent: QWidget | None, store: Store, user_id: int | None = None) -> SessionReport | None:
    """Close the till through :class:`CloseTillDialog`, then show the Z report to print or save.

    Returns the closed session's figures, or ``None`` when nothing was closed.
    """
    report, accepted = CloseTillDialog.run(parent, store, user_id)
    if not accepted or report is None:
        return None
    if report.backup_error:
        QMessageBox.warning(
            parent,
            tr("Copia de seguridad"),
            tr("La caja se cerró, pero no se pudo hacer la copia de seguridad: {error}").format(
                error=report.backup_error
            ),
        )
    show_session_report(parent, store, report)
    return report
