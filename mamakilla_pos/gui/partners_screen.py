"""Partner shops (tiendas aliadas): what each holds, sold and owes; sending, their sales, payments, returns."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QTableView, QVBoxLayout, QWidget

from ..domain.payments import CASH_METHODS
from ..services import exports, partner_docs, partner_report, partners
from ..services.consignment import NoteResult
from ..services.errors import UserError
from ..services.partner_report import PartnerFigures
from ..services.partners import PartnerInfo
from ..store import Store
from .catalogue_common import (
    Banner,
    RowsModel,
    big_button,
    hint_label,
    selected_row,
    setup_table,
    stretch_column,
    title_label,
)
from .partner_count_dialog import PartnerCountDialog
from .partner_dialogs import PartnerDialog, PartnerLinesDialog, PartnerPaymentDialog, run_dialog
from .thermal import drawer_failed, kick_drawer
from .widgets.i18n import language, money
from .widgets.pdf_view import PdfViewDialog
from .widgets.print_or_save import documents_folder


def partner_folder() -> Path:
    """Where the notes and statements are saved: ``~/Documents/Mama Killa/Tiendas aliadas``."""
    return documents_folder("Tiendas aliadas")


class PartnersScreen(QWidget):
    """Every partner shop with its figures, and what can be done with the one selected."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("partnersScreen")
        self.partners: list[tuple[PartnerInfo, PartnerFigures]] = []
        self.banner = Banner(self)
        self.banner.setObjectName("partnersMessage")
        self.model = RowsModel(
            [
                self.tr("Tienda"),
                self.tr("Comisión"),
                self.tr("Enviadas"),
                self.tr("Vendidas"),
                self.tr("Devueltas"),
                self.tr("En la tienda"),
                self.tr("A favor"),
                self.tr("Cobrado"),
                self.tr("Saldo"),
            ]
        )
        self.model.align_right = set(range(1, 9))
        self.view = QTableView(self)
        self.view.setModel(self.model)
        setup_table(self.view, "partnersTable")
        stretch_column(self.view, 0)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(lambda _index: self.edit_partner())

        first, second = self._buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(title_label(self.tr("Tiendas aliadas"), self))
        layout.addWidget(
            hint_label(
                self.tr(
                    "Tiendas que venden nuestros productos a consignación. Las unidades enviadas siguen siendo "
                    "del taller; la participación de las artesanas se genera cuando la tienda paga."
                ),
                self,
            )
        )
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(first)
        layout.addLayout(second)
        self.refresh()

    def _buttons(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """Two rows of buttons: the partner and its papers; sending, its sales, payments, returns."""
        self.new_button = big_button(self.tr("+ Nueva tienda"), "newPartnerButton", self, self.new_partner, "primary")
        self.edit_button = big_button(self.tr("Editar"), "editPartnerButton", self, self.edit_partner)
        self.send_button = big_button(self.tr("Enviar…"), "consignButton", self, self.send)
        self.sales_button = big_button(self.tr("Sus ventas…"), "partnerSalesButton", self, self.their_sales)
        self.pay_button = big_button(self.tr("Cobrar…"), "partnerPaymentButton", self, self.payment)
        self.return_button = big_button(self.tr("Devolución…"), "partnerReturnButton", self, self.give_back)
        self.count_button = big_button(self.tr("Conteo en la tienda…"), "partnerCountButton", self, self.count)
        self.statement_button = big_button(self.tr("Estado de cuenta"), "partnerStatementButton", self, self.statement)
        self.statement_xlsx_button = big_button(
            self.tr("Estado en Excel…"), "partnerStatementXlsxButton", self, self.statement_xlsx
        )
        self.statement_xlsx_button.setToolTip(
            self.tr("El estado de cuenta en una hoja de cálculo, para que la tienda lo compare línea por línea")
        )
        self.partner_buttons = (
            self.edit_button,
            self.send_button,
            self.sales_button,
            self.pay_button,
            self.return_button,
            self.count_button,
            self.statement_button,
            self.statement_xlsx_button,
        )
        first, second = QHBoxLayout(), QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.statement_button,
            self.statement_xlsx_button,
            self.count_button,
        ):
            first.addWidget(button)
        first.addStretch(1)
        for button in (self.send_button, self.sales_button, self.pay_button, self.return_button):
            second.addWidget(button)
        second.addStretch(1)
        return first, second

    def refresh(self) -> None:
        keep = self.current()
        self.partners = [
            (p, partner_report.partner_figures(self.store, p.code)) for p in partners.partner_infos(self.store)
        ]
        rows = [
            [
                p.name,
                partners.rate_text(p.commission_rate),
                str(f.sent),
                str(f.sold),
                str(f.returned),
                str(f.on_hand),
                money(f.due),
                money(f.paid),
                money(f.balance),
            ]
            for p, f in self.partners
        ]
        self.model.set_rows(rows, [p.code for p, _ in self.partners])
        self.select(keep.code if keep is not None else (self.partners[0][0].code if self.partners else ""))
        self._update_buttons()

    def current(self) -> PartnerInfo | None:
        row = selected_row(self.view)
        return self.partners[row][0] if row is not None and row < len(self.partners) else None

    def figures(self) -> PartnerFigures | None:
        row = selected_row(self.view)
        return self.partners[row][1] if row is not None and row < len(self.partners) else None

    def select(self, code: str) -> None:
        for row, (partner, _) in enumerate(self.partners):
            if partner.code == code:
                self.view.selectRow(row)

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.current()
        for button in self.partner_buttons:
            button.setEnabled(chosen is not None)

    @Slot()
    def new_partner(self) -> None:
        dialog = PartnerDialog(self.store, None, self)
        if run_dialog(dialog) and dialog.saved is not None:
            self.banner.say(self.tr("Tienda aliada «{name}» agregada.").format(name=dialog.saved.name), "success")
            self.refresh()
            self.select(dialog.saved.code)

    @Slot()
    def edit_partner(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        dialog = PartnerDialog(self.store, chosen, self)
        if run_dialog(dialog) and dialog.saved is not None:
            self.banner.say(self.tr("Tienda aliada «{name}» guardada.").format(name=dialog.saved.name), "success")
            self.refresh()

    def _lines(self, mode: str) -> PartnerLinesDialog | None:
        chosen = self.current()
        if chosen is None:
            return None
        dialog = PartnerLinesDialog(self.store, chosen, mode, self)
        accepted = dialog.exec() == PartnerLinesDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog if accepted else None

    @Slot()
    def send(self) -> None:
        dialog = self._lines("out")
        if dialog is not None and dialog.note is not None:
            note = dialog.note
            self.banner.say(
                self.tr("Nota {number}: {units} unidades enviadas a {partner}.").format(
                    number=note.number, units=note.units, partner=note.partner_name
                ),
                "success",
            )
            self.refresh()
            self._show_note(note)

    @Slot()
    def give_back(self) -> None:
        dialog = self._lines("return")
        if dialog is not None and dialog.note is not None:
            note = dialog.note
            self.banner.say(
                self.tr("Nota {number}: {units} unidades volvieron de {partner}.").format(
                    number=note.number, units=note.units, partner=note.partner_name
                ),
                "success",
            )
            self.refresh()
            self._show_note(note)

    def _show_note(self, note: NoteResult) -> None:
        pdf = partner_docs.note_pdf(self.store, note, language())
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        title = self.tr("Nota {number}").format(number=note.number)
        PdfViewDialog.run(self, pdf, title, partner_folder() / f"{note.number}-{stamp}.pdf")

    @Slot()
    def their_sales(self) -> None:
        dialog = self._lines("sales")
        if dialog is not None and dialog.report is not None:
            report = dialog.report
            self.banner.say(
                self.tr("Reporte {number}: {units} unidades vendidas, {due} a favor del taller.").format(
                    number=report.number, units=report.units, due=money(report.due)
                ),
                "success",
            )
            self.refresh()

    @Slot()
    def payment(self) -> None:
        chosen, figures = self.current(), self.figures()
        if chosen is None or figures is None:
            return
        if figures.balance <= 0:
            self.banner.say(self.tr("{partner} no debe nada.").format(partner=chosen.name), "info")
            return
        dialog = PartnerPaymentDialog(self.store, chosen, figures, self)
        if run_dialog(dialog) and dialog.paid is not None:
            if dialog.paid.method in CASH_METHODS:  # cash went into the drawer: it opens
                kick_drawer(self, self.store, lambda error: error and self.banner.say(drawer_failed(error), "error"))
            self.banner.say(
                self.tr("Cobro {number}: {amount}; para las artesanas {shares}.").format(
                    number=dialog.paid.number, amount=money(dialog.paid.amount), shares=money(dialog.paid.shares)
                ),
                "success",
            )
            self.refresh()

    @Slot()
    def count(self) -> None:
        """Count what is at the partner's place; the coordinator decides about what is missing."""
        chosen = self.current()
        if chosen is None:
            return
        dialog = PartnerCountDialog(self.store, chosen, self)
        if run_dialog(dialog) and dialog.result_ is not None:
            done = dialog.result_
            sold = done.report.units if done.report is not None else 0
            self.banner.say(
                self.tr("Conteo en {partner}: vendidas sin reportar {sold}, perdidas {lost}.").format(
                    partner=done.partner_name, sold=sold, lost=done.lost
                ),
                "success",
            )
            self.refresh()

    def _statement(self) -> tuple[PartnerInfo, partner_report.Statement] | None:
        """The chosen partner and its statement; ``None`` (and why, on the banner) when there is none."""
        chosen = self.current()
        if chosen is None:
            return None
        try:
            return chosen, partner_report.statement(self.store, chosen.code)
        except UserError as exc:
            self.banner.say(str(exc), "error")
            return None

    @Slot()
    def statement(self) -> None:
        found = self._statement()
        if found is None:
            return
        chosen, st = found
        pdf = partner_docs.statement_pdf(self.store, st, language())
        title = self.tr("Estado de cuenta de {partner}").format(partner=chosen.name)
        stamp = datetime.now().strftime("%Y%m%d")
        PdfViewDialog.run(self, pdf, title, partner_folder() / f"estado-{chosen.code}-{stamp}.pdf")

    @Slot()
    def statement_xlsx(self) -> None:
        """The chosen partner's statement as a workbook, saved where the coordinator says."""
        found = self._statement()
        if found is None:
            return
        chosen, st = found
        stamp = datetime.now().strftime("%Y%m%d")
        suggested = partner_folder() / f"estado-{chosen.code}-{stamp}.xlsx"
        chosen_path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar estado de cuenta"), str(suggested), self.tr("Excel (*.xlsx)")
        )
        if not chosen_path:
            return
        path = Path(chosen_path if chosen_path.lower().endswith(".xlsx") else chosen_path + ".xlsx")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            exports.write_bytes(path, partner_docs.statement_xlsx(st, language()))
        except OSError as exc:
            self.banner.say(self.tr("No se pudo guardar: {error}").format(error=exc.strerror or exc), "error")
            return
        self.banner.say(self.tr("Estado de cuenta guardado en {path}").format(path=path), "success")
