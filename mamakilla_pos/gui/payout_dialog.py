"""Pay a maker (or every maker with a balance) her shares, then show and print the slip she signs.

The dialog shows exactly what will be settled — every entry up to the
cut-off date, refunds as negative lines — and its total. The payout records
that same total: if a sale or refund comes in meanwhile, the service refuses
and the dialog shows the new figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QStandardPaths,
    Qt,
    Slot,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.money import ZERO
from ..printing import PrintError, available_printers, print_pdf, save_pdf
from ..services import cash
from ..services.clock import now
from ..services.errors import UserError
from ..services.payout_docs import PAPERS, payout_slip_pdf
from ..services.shares import (
    PAYOUT_METHODS,
    REFERENCE_METHODS,
    BatchPreview,
    MakerDue,
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
from .shares_screen import (
    OWED_TEXT,
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
from .widgets.i18n import amount, language, money, tr
from .widgets.pdf_view import PdfViewDialog
from .widgets.style import SHARES_STYLE

_Index = QModelIndex | QPersistentModelIndex

PAPER_SETTING = "payouts/slip_paper"

DIALOG_STYLE = (
    SHARES_STYLE
    + """
QLabel#payoutTotalLabel { font-size: 30pt; font-weight: bold; }
QLabel#payoutTotalLabel[payable="false"] { color: #6E625C; }
QLabel#payoutDoneLabel { font-size: 18pt; font-weight: bold; color: #145C37; background: #DFF2E6;
  border-radius: 10px; padding: 12px 16px; }
QPushButton[role="method"] { min-height: 60px; font-size: 16pt; padding: 4px 18px; }
QPushButton[role="method"]:checked { background: #6B2D5C; color: white; border-color: #4F1F44; font-weight: bold; }
QPushButton#confirmPayoutButton { min-height: 64px; font-size: 18pt; font-weight: bold; color: white;
  background: #1F7A4D; border: none; border-radius: 10px; padding: 4px 24px; }
QPushButton#confirmPayoutButton:disabled { background: #9DBFAE; }
QPushButton#showSlipButton { min-height: 64px; font-size: 17pt; font-weight: bold; color: white;
  background: #6B2D5C; border: none; border-radius: 10px; padding: 4px 24px; }
QLineEdit#payoutReferenceInput { min-height: 52px; font-size: 16pt; }
"""
)


def slips_folder() -> Path:
    """Where slips are saved when they are not printed: ``~/Documents/Mama Killa/Constancias``."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(base or Path.home()) / "Mama Killa" / "Constancias"


def slip_paper() -> str:
    """The paper last chosen for slips (A4 unless changed)."""
    paper = str(QSettings().value(PAPER_SETTING, "A4"))
    return paper if paper in PAPERS else "A4"


def remember_paper(paper: str) -> None:
    QSettings().setValue(PAPER_SETTING, paper)


def paper_combo(parent: QWidget) -> QComboBox:
    """A4 / A5, set to the paper last used."""
    combo = QComboBox(parent)
    combo.setObjectName("slipPaperCombo")
    for paper in PAPERS:
        combo.addItem(paper, paper)
    combo.setCurrentIndex(PAPERS.index(slip_paper()))
    combo.currentIndexChanged.connect(lambda _i: remember_paper(combo.currentData()))
    return combo


def print_slip(parent: QWidget | None, pdf: bytes, number: str) -> tuple[bool, str]:
    """Ask which printer (slips are A4 or A5, not the receipt roll) and print; else save the PDF.

    Returns:
        ``(True, "")`` when printed; ``(False, "")`` when the choice was cancelled;
        otherwise ``(False, a message saying why and where the PDF was saved)``.
    """
    printers = available_printers()
    reason = tr("no hay ninguna impresora instalada")
    if printers:
        name, chosen = QInputDialog.getItem(
            parent, tr("Imprimir constancia"), tr("Impresora (A4 o A5, no la de tickets):"), printers, 0, False
        )
        if not chosen:
            return False, ""
        try:
            print_pdf(pdf, name, title=tr("Constancia {number}").format(number=number))
            return True, ""
        except PrintError as exc:
            reason = str(exc)
    try:
        path = save_pdf(pdf, slips_folder() / f"{number}.pdf")
    except PrintError as exc:
        message = tr("No se imprimió la constancia {number}: {reason}. Tampoco se pudo guardar: {error}")
        return False, message.format(number=number, reason=reason, error=exc)
    message = tr("No se imprimió la constancia {number}: {reason}.\nSe guardó el PDF en:\n{path}")
    return False, message.format(number=number, reason=reason, path=path)


def show_slip(parent: QWidget | None, store: Store, number: str, copy: bool, paper: str) -> str:
    """Show the slip of payout ``number`` (a reprint says COPIA) with Imprimir and Guardar PDF."""
    pdf = payout_slip_pdf(store, number, copy=copy, paper=paper, language=language())
    title = (tr("Constancia de pago {number} (copia)") if copy else tr("Constancia de pago {number}")).format(
        number=number
    )
    stem = f"{number}-COPIA" if copy else number
    outcome, _accepted = PdfViewDialog.run(
        parent, pdf, title, slips_folder() / f"{stem}.pdf", lambda data: print_slip(parent, data, stem)
    )
    return outcome


class DueModel(QAbstractTableModel):
    """Every maker with a balance: name, entries, amount, and her operation number when needed."""

    NAME, ENTRIES, AMOUNT, REFERENCE = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MakerDue] = []
        self.references: dict[int, str] = {}
        self.needs_reference = False
        self._headers = (self.tr("Artesana"), self.tr("Movimientos"), self.tr("A pagar"), self.tr("N.º de operación"))
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[MakerDue]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_needs_reference(self, needed: bool) -> None:
        self.needs_reference = needed
        if self.rows:
            self.dataChanged.emit(self.index(0, self.REFERENCE), self.index(len(self.rows) - 1, self.REFERENCE))

    def reference(self, maker_id: int) -> str:
        return self.references.get(maker_id, "").strip()

    def complete(self) -> bool:
        """Whether every row has what the chosen method needs."""
        return not self.needs_reference or all(self.reference(r.maker_id) for r in self.rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if section in (self.ENTRIES, self.AMOUNT) else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.REFERENCE and self.needs_reference:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        due = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NAME:
                return due.maker
            if column == self.ENTRIES:
                return str(due.entries)
            if column == self.AMOUNT:
                return amount(due.amount)
            if not self.needs_reference:
                return self.tr("no hace falta") if role == Qt.ItemDataRole.DisplayRole else ""
            text = self.references.get(due.maker_id, "")
            if role == Qt.ItemDataRole.DisplayRole and not text.strip():
                return self.tr("toque para escribirlo")
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if column in (self.ENTRIES, self.AMOUNT) else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.AMOUNT:
                return QBrush(OWED_TEXT)
            if column == self.REFERENCE and not (self.needs_reference and self.reference(due.maker_id)):
                return QBrush(Qt.GlobalColor.darkGray)
        if role == Qt.ItemDataRole.FontRole and column == self.AMOUNT:
            return self._bold
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.REFERENCE or role != Qt.ItemDataRole.EditRole:
            return False
        self.references[self.rows[index.row()].maker_id] = str(value)
        self.dataChanged.emit(index, index)
        return True


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
        self.setStyleSheet(DIALOG_STYLE)
        self.store = store
        self.user_id = user_id  # who pays; ``None`` is the system (no one logged in)
        self.results: list[PayoutResult] = []
        self.preview: PayoutPreview | None = None
        self.batch: BatchPreview | None = None
        self._loading = False

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_form())
        self.stack.addWidget(self._build_done())
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

    def _build_done(self) -> QWidget:
        page = QWidget(self)
        self.done_label = QLabel(page)
        self.done_label.setObjectName("payoutDoneLabel")
        self.done_label.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Imprima la constancia: salen dos ejemplares, uno para el centro y otro para la artesana. "
                "Las dos firman ambos."
            ),
            page,
        )
        hint.setWordWrap(True)
        self.results_list = QListWidget(page)
        self.results_list.setObjectName("payoutResultsList")
        self.results_list.itemDoubleClicked.connect(lambda _item: self.show_current_slip())
        self.paper = paper_combo(page)
        self.slip_button = QPushButton(self.tr("Ver e imprimir la constancia"), page)
        self.slip_button.setObjectName("showSlipButton")
        self.slip_button.setAutoDefault(False)
        self.slip_button.clicked.connect(self.show_current_slip)
        self.close_button = QPushButton(self.tr("Terminar"), page)
        self.close_button.setObjectName("closePayoutButton")
        self.close_button.setMinimumHeight(64)
        self.close_button.setMinimumWidth(180)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(QLabel(self.tr("Papel:"), page))
        row.addWidget(self.paper)
        row.addStretch(1)
        row.addWidget(self.slip_button, 2)
        row.addWidget(self.close_button)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.done_label)
        column.addWidget(hint)
        column.addWidget(self.results_list, 1)
        column.addStretch(0)
        column.addLayout(row)
        return page

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
                        self.user_id,
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
        self._show_done(method)
        if method == "cash":
            kick_drawer(self, self.store, self._drawer_done)

    def _drawer_done(self, error: str) -> None:
        if error:
            self.done_label.setText(f"{self.done_label.text()}\n{drawer_failed(error)}")

    def _confirmed(self, method: str) -> bool:
        """Ask once more, the amount in big type, before any money moves."""
        names = {"cash": self.tr("en efectivo"), "yape": "Yape", "plin": "Plin", "transfer": self.tr("transferencia")}
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

    def _show_done(self, method: str) -> None:
        labels = {"cash": self.tr("en efectivo"), "yape": "Yape", "plin": "Plin", "transfer": self.tr("transferencia")}
        if len(self.results) == 1:
            r = self.results[0]
            text = self.tr("Pago {number} registrado: {amount} a {name} ({method}).").format(
                number=r.number, amount=money(r.amount), name=r.maker, method=labels[method]
            )
            if r.kept:
                text += " " + self.tr("Quedan {amount} en su saldo.").format(amount=money(r.kept))
        else:
            text = self.tr("{count} pagos registrados ({method}).").format(
                count=len(self.results), method=labels[method]
            )
        self.done_label.setText(text)
        self.results_list.clear()
        for r in self.results:
            item = QListWidgetItem(f"{r.number}   ·   {r.maker}   ·   {money(r.amount)}")
            item.setData(Qt.ItemDataRole.UserRole, r.number)
            self.results_list.addItem(item)
        self.results_list.setCurrentRow(0)
        self.results_list.setVisible(len(self.results) > 1)
        self.slip_button.setText(
            self.tr("Ver e imprimir la constancia")
            if len(self.results) == 1
            else self.tr("Ver e imprimir la constancia elegida")
        )
        self.stack.setCurrentIndex(1)
        self.slip_button.setFocus()

    @Slot()
    def show_current_slip(self) -> None:
        """Show the slip of the chosen payout (the first one when only one was made)."""
        item = self.results_list.currentItem() or self.results_list.item(0)
        if item is None:
            return
        show_slip(self, self.store, item.data(Qt.ItemDataRole.UserRole), False, self.paper.currentData())

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
