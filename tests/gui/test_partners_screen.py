"""The partner shops screen: sending units, their sales coming in (typed and imported), a payment and a return.

The figures are those worked out by hand in ``tests/services/test_partners.py``.
"""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import QDate, Qt

from mamakilla_pos.gui.partner_dialogs import PartnerDialog, PartnerLinesDialog, PartnerPaymentDialog
from mamakilla_pos.gui.partners_screen import PartnersScreen
from mamakilla_pos.services import partner_report, partners
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.verify import verify
from tests.helpers import pdf_text

COLIBRI = "Casa Colibri Multimarca"


def _scan(qtbot, dialog: PartnerLinesDialog, code: str, units: int, price: str = "", day: QDate | None = None) -> None:  # type: ignore[no-untyped-def]
    dialog.quantity_input.setText(str(units))
    if price:
        dialog.price_input.setText(price)
    if day is not None:
        dialog.date_input.setDate(day)
    dialog.code_input.setText(code)
    qtbot.keyClick(dialog.code_input, Qt.Key.Key_Return)  # a scanner ends the code with Enter


def _screen(qtbot, shop) -> PartnersScreen:  # type: ignore[no-untyped-def]
    screen = PartnersScreen(shop.store)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_a_new_partner_then_sending_20_units_shows_the_note_in_two_copies(qtbot, shop, stub_exec, shown_pdfs):
    screen = _screen(qtbot, shop)

    def fill(dialog: PartnerDialog) -> None:
        dialog.name_input.setText(COLIBRI)
        dialog.commission_input.setText("30")
        dialog.contact_input.setText("Lucía, 984 000 111")
        dialog.ok_button.click()

    stub_exec(PartnerDialog, fill)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    assert screen.current() is not None and screen.current().name == COLIBRI  # type: ignore[union-attr]

    def send(dialog: PartnerLinesDialog) -> None:
        _scan(qtbot, dialog, shop.bag, 10)
        _scan(qtbot, dialog, shop.pencil_case, 10)
        assert dialog.model.rowCount() == 2
        dialog.ok_button.click()

    stub_exec(PartnerLinesDialog, send)
    qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    assert screen.banner.text() == f"Nota CS-000001: 20 unidades enviadas a {COLIBRI}."
    assert screen.model.rows[0][2:6] == ["20", "0", "0", "20"]
    text = pdf_text(shown_pdfs[0]._pdf)
    assert text.count("NOTA DE CONSIGNACIÓN — N.º CS-000001") == 2


def test_their_sales_a_payment_and_a_return_through_the_screen(qtbot, shop, stub_exec, shown_pdfs, tmp_path):
    from mamakilla_pos.services import consignment
    from mamakilla_pos.services.transfer_views import TransferLine

    partners.save_partner(shop.store, COLIBRI, D("0.30"), user_id=SYSTEM_ID)
    consignment.consign(
        shop.store, COLIBRI, [TransferLine(shop.bag, 10), TransferLine(shop.pencil_case, 10)], user_id=SYSTEM_ID
    )
    screen = _screen(qtbot, shop)

    def typed(dialog: PartnerLinesDialog) -> None:
        _scan(qtbot, dialog, shop.bag, 4, "45.00", QDate(2026, 6, 10))
        _scan(qtbot, dialog, shop.bag, 1, "40.00", QDate(2026, 6, 12))
        dialog.ok_button.click()

    stub_exec(PartnerLinesDialog, typed)
    qtbot.mouseClick(screen.sales_button, Qt.MouseButton.LeftButton)
    assert screen.banner.text() == "Reporte RV-000001: 5 unidades vendidas, S/ 154.00 a favor del taller."

    report = tmp_path / "colibri.csv"
    report.write_text(
        "date,code,quantity,price\n2026-06-12,CAS001,2,30.00\n2026-06-12,PUR001,1,22.55\n", encoding="utf-8"
    )
    fixed = tmp_path / "colibri-bien.csv"
    fixed.write_text("date,code,quantity,price\n2026-06-12,CAS001,2,30.00\n", encoding="utf-8")

    def imported(dialog: PartnerLinesDialog) -> None:
        dialog.import_path(report)  # a unit it never received: refused, naming the row, nothing written
        assert "Línea 3: Casa Colibri Multimarca no tiene tantas unidades de PUR001" in dialog.error.text()
        assert dialog.result() == 0
        dialog.import_path(fixed)

    stub_exec(PartnerLinesDialog, imported)
    qtbot.mouseClick(screen.sales_button, Qt.MouseButton.LeftButton)
    assert screen.banner.text() == "Reporte RV-000002: 2 unidades vendidas, S/ 42.00 a favor del taller."

    def pay(dialog: PartnerPaymentDialog) -> None:
        assert dialog.amount_input.text() == "196.00"
        dialog.amount_input.setText("140.00")
        dialog.method_input.setCurrentIndex(dialog.method_input.findData("transfer"))
        dialog.reference_input.setText("OP 55501")
        dialog.ok_button.click()

    stub_exec(PartnerPaymentDialog, pay)
    qtbot.mouseClick(screen.pay_button, Qt.MouseButton.LeftButton)
    assert screen.banner.text() == "Cobro PA-000001: S/ 140.00; para las artesanas S/ 63.00."

    def back(dialog: PartnerLinesDialog) -> None:
        _scan(qtbot, dialog, shop.pencil_case, 9)  # it holds 8: refused, the list stays
        dialog.ok_button.click()
        assert "no tiene tantas unidades para devolver" in dialog.error.text()
        dialog.lines.clear()
        _scan(qtbot, dialog, shop.pencil_case, 2)
        dialog.ok_button.click()

    stub_exec(PartnerLinesDialog, back)
    qtbot.mouseClick(screen.return_button, Qt.MouseButton.LeftButton)
    assert screen.banner.text() == f"Nota DC-000001: 2 unidades volvieron de {COLIBRI}."
    assert screen.model.rows[0][2:] == ["20", "7", "2", "11", "S/ 196.00", "S/ 140.00", "S/ 56.00"]
    assert partner_report.partner_figures(shop.store, COLIBRI).balance == D("56.00")

    qtbot.mouseClick(screen.statement_button, Qt.MouseButton.LeftButton)
    statement = pdf_text(shown_pdfs[-1]._pdf)
    assert f"Estado de cuenta — {COLIBRI}" in statement and "S/ 56.00" in statement
    assert verify(shop.store) == []


def test_the_statement_is_saved_as_a_workbook_from_the_screen(qtbot, shop, monkeypatch, tmp_path):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    from mamakilla_pos.services import consignment
    from mamakilla_pos.services.transfer_views import TransferLine

    partners.save_partner(shop.store, COLIBRI, D("0.30"), user_id=SYSTEM_ID)
    consignment.consign(shop.store, COLIBRI, [TransferLine(shop.bag, 10)], user_id=SYSTEM_ID)
    screen = _screen(qtbot, shop)
    asked: list[str] = []

    def save_as(_parent, _title, suggested, _pattern):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / "colibri"), ""  # typed without the extension

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(screen.statement_xlsx_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "colibri.xlsx"
    assert asked and asked[0].endswith(".xlsx") and "estado-" in asked[0]
    assert screen.banner.text() == f"Estado de cuenta guardado en {saved}"
    cells = [
        str(value)
        for sheet in load_workbook(saved).worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    assert any(COLIBRI in cell for cell in cells)
    assert shop.bag in cells  # the ten bags sent, line by line


def test_a_statement_that_cannot_be_written_says_why_and_writes_nothing(qtbot, shop, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    partners.save_partner(shop.store, COLIBRI, D("0.30"), user_id=SYSTEM_ID)
    screen = _screen(qtbot, shop)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(blocker / "estado.xlsx"), ""))
    qtbot.mouseClick(screen.statement_xlsx_button, Qt.MouseButton.LeftButton)
    assert screen.banner.text().startswith("No se pudo guardar")
    assert blocker.read_text() == "not a folder"
