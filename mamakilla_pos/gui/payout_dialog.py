"""Pay a maker (or every maker with a balance) her shares, then show and print the slip she signs.

The dialog shows exactly what will be settled — every entry up to the
cut-off date, refunds as negative lines — and its total. The payout records
that same total: if a sale or refund comes in meanwhile, the service refuses
and the dialog shows the new figures.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.money import ZERO
from ..services import cash
from ..services.clock import now
from ..services.errors import UserError
from ..services.payouts import (
    PAYOUT_METHODS,
    REFERENCE_METHODS,
    BatchPreview,
    PayoutOrder,
    PayoutPreview,
    PayoutResult,
    batch_preview,
    makers_due,
    pay_maker,
    pay_makers,
    payout_preview,
)
from ..store import Store
from .approval import with_approval
from .failure import not_saved
from .payout_confirm import ConfirmPayoutDialog
from .payout_done import PayoutDonePage
from .payout_due import DueModel
from .payout_slips import show_slip
from .shares_screen import (
    SHARE_LINE_RIGHT,
    RowsModel,
    make_table,
    share_line_headers,
    share_line_rows,
    signed_money,
    to_date,
    to_qdate,
)
from .thermal import drawer_failed, kick_drawer
from .till_user import current_user_id
from .widgets.i18n import money
from .widgets.style import PAYOUT_STYLE

_Index = QModelIndex | QPersistentModelIndex


class PayoutDialog(QDialog):
    """Choose who to pay, up to when and how; confirm; then show the slips.

    After a successful payout :attr:`results` holds what was paid and the
    dialog shows the slips; closing it then accepts.
    """

    def __init__(
        self,
        store: Store,
        maker_id: int | None = None,
        parent: QWidget | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("payoutDialog")
        self.setWindowTitle(self.tr("Pago a artesanas"))
        self.setStyleSheet(PAYOUT_STYLE)
        self.store = store
        self.user_id = user_id if user_id is not None else current_user_id(parent)  # who pays: who is at the till
        self.results: list[PayoutResult] = []
        self.preview: PayoutPreview | None = None
        self.batch: BatchPreview | None = None
        self._loading = False

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_form())
        self.done_page = PayoutDonePage(self)
        self.done_page.slip_wanted.connect(self.show_current_slip)
        self.done_page.close_button.clicked.connect(self.accept)
        self.stack.addWidget(self.done_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.stack)
        self._fit_to_screen()

        self._fill_makers(maker_id)
        self.maker_combo.currentIndexChanged.connect(self._reload)
        self.cutoff_edit.dateChanged.connect(self._cutoff_changed)
        self._reload()

    @classmethod
    def run(
        cls, parent: QWidget | None, store: Store, maker_id: int | None = None, user_id: int | None = None
    ) -> tuple[list[PayoutResult], bool]:
        """Show the dialog; ``(payouts made, accepted)``."""
        dialog = cls(store, maker_id, parent, user_id)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.results, accepted and bool(dialog.results)
        finally:
            dialog.deleteLater()

    # -- building --------------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        page = QWidget(self)
        who = self._who_row(page)
        totals = self._tables_and_total(page)
        how = self._how_paid(page)
        buttons = self._form_buttons(page)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addLayout(who)
        column.addWidget(self.list_title)
        column.addWidget(self.tables, 1)
        column.addLayout(totals)
        column.addLayout(how)
        column.addWidget(self.message)
        column.addLayout(buttons)
        return page

    def _who_row(self, page: QWidget) -> QHBoxLayout:
        """Who is paid and up to which day's sales."""
        self.maker_combo = QComboBox(page)
        self.maker_combo.setObjectName("payoutMakerCombo")
        self.maker_combo.setMinimumWidth(420)
        self.cutoff_edit = QDateEdit(page)
        self.cutoff_edit.setObjectName("payoutCutoffEdit")
        self.cutoff_edit.setCalendarPopup(True)
        self.cutoff_edit.setDisplayFormat("dd/MM/yyyy")
        today = now().date()
        self.cutoff_edit.setMaximumDate(to_qdate(today))
        self.cutoff_edit.setDate(to_qdate(today))
        self.cutoff_edit.setMinimumWidth(160)

        who = QHBoxLayout()
        who.setSpacing(10)
        who.addWidget(QLabel(self.tr("Pagar a:"), page))
        who.addWidget(self.maker_combo, 1)
        who.addSpacing(16)
        who.addWidget(QLabel(self.tr("Ventas hasta el:"), page))
        who.addWidget(self.cutoff_edit)
        return who

    def _tables_and_total(self, page: QWidget) -> QHBoxLayout:
        """One maker's entries or every maker's balance (stacked), and the total under them."""
        self.list_title = QLabel(page)
        self.list_title.setObjectName("payoutListTitle")
        self.list_title.setProperty("role", "sectionTitle")
        self.entries = RowsModel(share_line_headers(), SHARE_LINE_RIGHT, self)
        self.entries_table = make_table(page, "payoutEntriesTable", self.entries, 2)
        self.entries_table.setColumnHidden(len(share_line_headers()) - 1, True)  # all "pendiente" here
        self.dues = DueModel(self)
        self.batch_table = make_table(page, "payoutBatchTable", self.dues, DueModel.NAME)
        self.batch_table.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.batch_table.horizontalHeader().setSectionResizeMode(DueModel.REFERENCE, QHeaderView.ResizeMode.Stretch)
        self.tables = QStackedWidget(page)
        self.tables.addWidget(self.entries_table)
        self.tables.addWidget(self.batch_table)

        self.summary_label = QLabel(page)
        self.summary_label.setObjectName("payoutSummaryLabel")
        self.summary_label.setProperty("role", "muted")
        self.summary_label.setWordWrap(True)
        self.total_label = QLabel(page)
        self.total_label.setObjectName("payoutTotalLabel")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        totals = QHBoxLayout()
        totals.addWidget(self.summary_label, 1)
        totals.addWidget(self.total_label)
        return totals

    def _how_paid(self, page: QWidget) -> QGridLayout:
        """The method buttons, the operation number and what the method needs."""
        self.method_group = QButtonGroup(self)
        self.method_group.setExclusive(True)
        self.method_buttons: dict[str, QPushButton] = {}
        labels = {
            "cash": self.tr("Efectivo de la caja"),
            "yape": self.tr("Yape"),
            "plin": self.tr("Plin"),
            "transfer": self.tr("Transferencia"),
        }
        methods = QHBoxLayout()
        methods.setSpacing(10)
        for method in PAYOUT_METHODS:
            button = QPushButton(labels[method], page)
            button.setObjectName(f"payout_method_{method}")
            button.setProperty("role", "method")
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.method_group.addButton(button)
            self.method_buttons[method] = button
            methods.addWidget(button, 1)
        self.method_group.buttonClicked.connect(lambda _b: self._method_changed())

        self.reference_input = QLineEdit(page)
        self.reference_input.setObjectName("payoutReferenceInput")
        self.reference_input.setPlaceholderText(self.tr("N.º de operación del Yape, Plin o de la transferencia"))
        self.reference_input.setMaxLength(64)
        self.reference_input.textChanged.connect(lambda _t: self._update_state())
        self.dues.dataChanged.connect(lambda *_a: self._update_state())
        self.method_hint = QLabel(page)
        self.method_hint.setObjectName("payoutMethodHint")
        self.method_hint.setProperty("role", "muted")
        self.method_hint.setWordWrap(True)

        how = QGridLayout()
        how.setHorizontalSpacing(10)
        how.setVerticalSpacing(8)
        how_title = QLabel(self.tr("¿Cómo se le paga?"), page)
        how_title.setProperty("role", "sectionTitle")
        how.addWidget(how_title, 0, 0, 1, 2)
        how.addLayout(methods, 1, 0, 1, 2)
        how.addWidget(self.reference_input, 2, 0)
        how.addWidget(self.method_hint, 2, 1)
        how.setColumnStretch(0, 1)
        how.setColumnStretch(1, 1)
        return how

    def _form_buttons(self, page: QWidget) -> QHBoxLayout:
        """The message line, Cancelar and the confirm button."""
        self.message = QLabel(page)
        self.message.setObjectName("payoutMessage")
        self.message.setProperty("role", "message")
        self.message.setWordWrap(True)
        self.message.hide()

        self.cancel_button = QPushButton(self.tr("Cancelar"), page)
        self.cancel_button.setObjectName("cancelPayoutButton")
        self.cancel_button.setMinimumHeight(64)
        self.cancel_button.setMinimumWidth(160)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.confirm_button = QPushButton(page)
        self.confirm_button.setObjectName("confirmPayoutButton")
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button, 2)
        return buttons

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width = min(1240, screen.width() - 40) if screen else 1200
        height = min(760, screen.height() - 40) if screen else 720
        self.resize(width, height)

    # -- who and up to when -------------------------------------------------------------------------

    def cutoff(self) -> date:
        return to_date(self.cutoff_edit.date())

    def maker_id(self) -> int | None:
        """The chosen maker, or ``None`` for every maker with a balance."""
        return self.maker_combo.currentData()

    def _fill_makers(self, selected: int | None) -> None:
        self._loading = True
        try:
            self.maker_combo.clear()
            self.maker_combo.addItem(self.tr("Todas las artesanas con saldo"), None)
            dues = makers_due(self.store, self.cutoff(), only_payable=False)
            for due in dues:
                if due.amount > 0:
                    label = f"{due.maker} — {money(due.amount)}"
                else:
                    label = self.tr("{name} — nada que pagar ({amount})").format(
                        name=due.maker, amount=signed_money(due.amount)
                    )
                self.maker_combo.addItem(label, due.maker_id)
            if selected is not None and self.maker_combo.findData(selected) < 0:
                name = payout_preview(self.store, selected, self.cutoff()).maker
                self.maker_combo.addItem(self.tr("{name} — nada pendiente").format(name=name), selected)
            index = self.maker_combo.findData(selected) if selected is not None else 0
            self.maker_combo.setCurrentIndex(max(index, 0))
        finally:
            self._loading = False

    def choose_maker(self, name: str | None) -> None:
        """Choose the maker called ``name``, or everyone with a balance for ``None``."""
        if name is None:
            self.maker_combo.setCurrentIndex(0)
            return
        for index in range(1, self.maker_combo.count()):
            if self.maker_combo.itemText(index).split(" — ")[0] == name:
                self.maker_combo.setCurrentIndex(index)
                return
        raise KeyError(name)

    @Slot()
    def _cutoff_changed(self) -> None:
        self._fill_makers(self.maker_id())
        self._reload()

    @Slot()
    def _reload(self) -> None:
        if self._loading:
            return
        self._say("")
        maker_id, cutoff = self.maker_id(), self.cutoff()
        if maker_id is None:
            self.preview = None
            self.batch = batch_preview(self.store, cutoff)
            self.dues.set_rows(self.batch.makers)
            self.tables.setCurrentWidget(self.batch_table)
            count = len(self.batch.makers)
            self.list_title.setText(
                self.tr("{count} artesanas con saldo hasta el {day}").format(count=count, day=f"{cutoff:%d/%m/%Y}")
                if count != 1
                else self.tr("1 artesana con saldo hasta el {day}").format(day=f"{cutoff:%d/%m/%Y}")
            )
            self.summary_label.setText(
                self.tr(
                    "Cada una recibe su propia constancia. Las que no tienen saldo no aparecen: "
                    "lo suyo pasa al próximo pago."
                )
            )
            self._show_total(self.batch.total, bool(self.batch.makers))
        else:
            self.batch = None
            self.preview = payout_preview(self.store, maker_id, cutoff)
            self.entries.set_rows(share_line_rows(self.preview.entries))
            self.tables.setCurrentWidget(self.entries_table)
            self.list_title.setText(
                self.tr("Lo que se le paga a {name}: movimientos pendientes hasta el {day}").format(
                    name=self.preview.maker, day=f"{cutoff:%d/%m/%Y}"
                )
            )
            summary = self.tr("{count} movimientos · participaciones {accrued} · devoluciones {reversed}").format(
                count=len(self.preview.entries),
                accrued=money(self.preview.accrued),
                reversed=signed_money(-self.preview.reversed),
            )
            if not self.preview.payable and self.preview.entries:
                summary += "\n" + self.tr(
                    "Las devoluciones superan a las ventas: no hay nada que pagar, el saldo pasa al próximo pago."
                )
            self.summary_label.setText(summary)
            self._show_total(self.preview.total, self.preview.payable)
        self._method_changed()

    def _show_total(self, total, payable: bool) -> None:  # type: ignore[no-untyped-def]
        self.total_label.setText(self.tr("Total: {amount}").format(amount=signed_money(total)))
        self.total_label.setProperty("payable", "true" if payable else "false")
        self.total_label.style().unpolish(self.total_label)
        self.total_label.style().polish(self.total_label)

    # -- how ------------------------------------------------------------------------------------------

    def method(self) -> str | None:
        for method, button in self.method_buttons.items():
            if button.isChecked():
                return method
        return None

    def choose_method(self, method: str) -> None:
        self.method_buttons[method].click()

    @Slot()
    def _method_changed(self) -> None:
        method = self.method()
        batch = self.batch is not None
        needs_reference = method in REFERENCE_METHODS
        self.dues.set_needs_reference(needs_reference)
        self.reference_input.setVisible(not batch)
        self.reference_input.setEnabled(needs_reference)
        till_open = cash.current_session(self.store) is not None
        self.method_buttons["cash"].setEnabled(till_open)
        if method == "cash" and not till_open:
            self.method_buttons["cash"].setChecked(False)
            method = None
        if not till_open:
            hint = self.tr("La caja está cerrada: ábrala para pagar en efectivo.")
        elif method == "cash":
            hint = self.tr("El dinero sale de la caja abierta y queda registrado como pago a artesana.")
            kept = self._kept("cash")
            if kept:
                hint += " " + self.tr(
                    "En efectivo se paga en monedas de 10 céntimos: {amount} quedan en su saldo para el próximo pago."
                ).format(amount=money(kept))
        elif needs_reference and batch:
            hint = self.tr("Escriba en la tabla el número de operación de cada artesana.")
        elif needs_reference:
            hint = self.tr("Escriba el número de operación que muestra el teléfono o el banco.")
        else:
            hint = self.tr("Elija cómo se le paga.")
        self.method_hint.setText(hint)
        self._update_state()

    def _to_pay(self, method: str | None) -> Decimal:
        """What the payout hands over with ``method`` (cash: down to the coin); the owed total before one is chosen."""
        if self.batch is not None:
            return self.batch.to_pay(method) if method else self.batch.total
        assert self.preview is not None
        return self.preview.to_pay(method) if method else self.preview.total

    def _kept(self, method: str) -> Decimal:
        """The céntimos a payout with ``method`` leaves in the balances."""
        if self.batch is not None:
            return self.batch.kept(method)
        return self.preview.kept(method) if self.preview is not None else ZERO

    def _update_state(self) -> None:
        method = self.method()
        if self.batch is not None:
            payable = bool(self.batch.makers)
            ready = payable and method is not None and (method not in REFERENCE_METHODS or self.dues.complete())
        else:
            assert self.preview is not None
            payable = self.preview.payable
            reference_ok = method not in REFERENCE_METHODS or bool(self.reference_input.text().strip())
            ready = payable and method is not None and reference_ok
        to_pay = self._to_pay(method)
        if to_pay <= 0:
            ready = payable = False  # a few céntimos cannot be paid in coins: they wait in the balance
        self.confirm_button.setEnabled(ready)
        self.confirm_button.setText(
            self.tr("Pagar {amount}").format(amount=money(to_pay)) if payable else self.tr("Nada que pagar")
        )

    # -- paying ----------------------------------------------------------------------------------------

    @Slot()
    def confirm(self) -> None:
        """Record the payout(s) as shown; on success show the slips."""
        method = self.method()
        if method is None or not self.confirm_button.isEnabled():
            return
        if not self._confirmed(method):
            return
        try:
            if self.batch is not None:
                orders = [PayoutOrder(d.maker_id, self.dues.reference(d.maker_id), d.amount) for d in self.batch.makers]
                cutoff = self.batch.cutoff
                results = with_approval(
                    self,
                    self.store,
                    lambda approval: pay_makers(self.store, orders, cutoff, method, self.user_id, approval),
                )
            else:
                assert self.preview is not None
                preview = self.preview
                result = with_approval(
                    self,
                    self.store,
                    lambda approval: pay_maker(
                        self.store,
                        preview.maker_id,
                        preview.cutoff,
                        method,
                        self.reference_input.text(),
                        user_id=self.user_id,
                        expected=preview.total,
                        approval=approval,
                    ),
                )
                results = [result] if result is not None else []
        except Exception as exc:  # nothing was paid: say why; the amounts are read again only when they may have moved
            if isinstance(exc, UserError):
                self._fill_makers(self.maker_id())
                self._reload()
            self._say(not_saved(exc, self.tr("el pago no se guardó")))
            return
        if not results:
            self._reload()
            self._say(self.tr("No había nada que pagar."))
            return
        self.results = results
        self.done_page.show_results(results, self._method_words()[method])
        self.stack.setCurrentIndex(1)
        self.done_page.slip_button.setFocus()
        if method == "cash":
            kick_drawer(self, self.store, self._drawer_done)

    def _drawer_done(self, error: str) -> None:
        if error:
            self.done_page.add_line(drawer_failed(error))

    def _method_words(self) -> dict[str, str]:
        """How a method is said after "paid": ``en efectivo``, ``Yape``…"""
        return {"cash": self.tr("en efectivo"), "yape": "Yape", "plin": "Plin", "transfer": self.tr("transferencia")}

    def _confirmed(self, method: str) -> bool:
        """Ask once more, the amount in big type, before any money moves."""
        names = self._method_words()
        if self.batch is not None:
            who = self.tr("{count} artesanas").format(count=len(self.batch.makers))
        else:
            assert self.preview is not None
            who = self.preview.maker
        kept = self._kept(method)
        note = ""
        if kept:
            note = self.tr(
                "{amount} quedan en su saldo para el próximo pago: en efectivo se paga en monedas de 10 céntimos."
            ).format(amount=money(kept))
        return ConfirmPayoutDialog.ask(self, money(self._to_pay(method)), who, names[method], note)

    @Slot()
    def show_current_slip(self) -> None:
        """Show the slip of the chosen payout (the first one when only one was made)."""
        number = self.done_page.current_number()
        if number is not None:
            show_slip(self, self.store, number, False, self.done_page.paper.currentData())

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
