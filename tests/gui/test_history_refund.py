"""Sales history, refunds and receipt delivery, driven through the real widgets."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import pdf_text, sell
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPushButton, QSpinBox, QWidget

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.gui import receipt_actions
from mamakilla_pos.gui.history_screen import HistoryScreen
from mamakilla_pos.gui.refund_dialog import RefundDialog
from mamakilla_pos.gui.widgets import print_or_save
from mamakilla_pos.gui.widgets.pdf_view import PdfViewDialog
from mamakilla_pos.printing import PrintError
from mamakilla_pos.services import catalogue, catalogue_makers, history, settings
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.shares import share_lines

LEFT = Qt.MouseButton.LeftButton


def maker_shares(store, name: str):
    maker = next(m for m in catalogue_makers.list_makers(store) if m.name == name)
    return share_lines(store, maker.id, date.today(), date.today())


@pytest.fixture
def screen(qtbot, shop) -> HistoryScreen:
    widget = HistoryScreen(shop.store)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    return widget


def click_row(qtbot, screen: HistoryScreen, number: str) -> None:
    row = screen.model.row_of(number)
    assert row >= 0, number
    rect = screen.table.visualRect(screen.model.index(row, 0))
    qtbot.mouseClick(screen.table.viewport(), LEFT, pos=rect.center())


def test_refund_one_unit_of_a_two_unit_line(qtbot, shop, screen, shown_pdfs, monkeypatch):
    settings.update_settings(shop.store, after_payment="show", user_id=SYSTEM_ID)
    number = sell(shop.store, (shop.bag, 2), (shop.bought_in, 1), Tender("cash", Decimal("100"))).number  # 90 + 5
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.model.rowCount() == 1
    assert screen.date_edit.date().toPython() == date.today()
    click_row(qtbot, screen, number)
    assert screen.detail_title.text() == number
    assert screen.lines_model.rowCount() == 2
    assert "Bolso bordado" in screen.lines_model.index(0, 1).data()

    def refund_one_bag(dialog: RefundDialog) -> int:
        qtbot.addWidget(dialog)
        spin = dialog.findChild(QSpinBox, "refund_qty_1")
        assert (spin.value(), spin.maximum()) == (0, 2)
        assert dialog.findChild(QSpinBox, "refund_qty_2").maximum() == 1
        confirm = dialog.findChild(QPushButton, "confirmRefundButton")
        assert not confirm.isEnabled()
        qtbot.mouseClick(dialog.findChild(QPushButton, "refund_plus_1"), LEFT)
        assert spin.value() == 1
        assert not confirm.isEnabled()  # a reason is required
        assert dialog.findChild(QPushButton, "refund_method_cash").isChecked()  # as it was paid
        qtbot.keyClicks(dialog.reason_input, "Costura suelta")
        assert confirm.isEnabled()
        qtbot.mouseClick(confirm, LEFT)
        return dialog.result()

    monkeypatch.setattr(RefundDialog, "exec", refund_one_bag)
    qtbot.mouseClick(screen.refund_button, LEFT)

    refund_number = history.last_sale_number(shop.store, "B001")
    assert refund_number != number
    refund = history.get_sale(shop.store, refund_number)
    assert refund.kind == "refund" and refund.refund_of == number
    assert [(ln.item_code, ln.quantity, ln.net) for ln in refund.lines] == [("BAG001", 1, Decimal("45.00"))]
    assert [(p.method, p.amount) for p in refund.payments] == [("cash", Decimal("45.00"))]
    assert history.get_sale(shop.store, number).lines[0].returned == 1
    assert catalogue.find_item(shop.store, shop.bag).stock == 9  # 10 − 2 sold + 1 back
    assert catalogue.find_item(shop.store, shop.bought_in).stock == 9
    rosa = {(s.kind, s.receipt): s.amount for s in maker_shares(shop.store, "Rosa Quispe")}
    ana = {(s.kind, s.receipt): s.amount for s in maker_shares(shop.store, "Ana Huamán")}
    assert rosa == {("accrual", number): Decimal("27.00"), ("reversal", refund_number): Decimal("-13.50")}
    assert ana == {("accrual", number): Decimal("13.50"), ("reversal", refund_number): Decimal("-6.75")}

    # The refund receipt was shown, the list marks the refund, the message says what to hand back.
    [shown] = shown_pdfs
    text = pdf_text(shown._pdf)
    assert "DEVOLUCIÓN" in text and refund_number in text and number in text
    assert screen.model.rowCount() == 2
    row = screen.model.row_of(refund_number)
    assert screen.model.index(row, 2).data() == "DEVOLUCIÓN"
    assert screen.model.index(row, 5).data() == "-S/ 45.00"
    assert screen.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "entregue S/ 45.00" in screen.message_label.text()
    assert screen.detail_title.text() == number  # the sale stays open, now with 1 returned
    assert screen.lines_model.index(0, 3).data() == "1"

    click_row(qtbot, screen, refund_number)
    assert screen.refund_tag.isVisible()
    assert not screen.refund_button.isEnabled()


def test_refund_error_is_shown_in_the_dialog(qtbot, shop, monkeypatch):
    number = sell(shop.store, (shop.purse, 1), Tender("cash", Decimal("30"))).number
    dialog = RefundDialog(shop.store, history.get_sale(shop.store, number))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.findChild(QPushButton, "refundAllButton"), LEFT)
    qtbot.keyClicks(dialog.reason_input, "Error al cobrar")
    # Someone else refunds the same unit first: the service refuses, the dialog says why and stays open.
    from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund

    line_id = history.get_sale(shop.store, number).lines[0].id
    refund(shop.store, RefundRequest(number, (RefundLine(line_id, 1),), reason="otra caja", user_id=SYSTEM_ID))
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert dialog.isVisible() and dialog.result_refund is None
    assert dialog.error_label.isVisible()
    assert "quedan 0 por devolver" in dialog.error_label.text()


def test_refund_by_yape_takes_an_operation_number(qtbot, shop):
    number = sell(shop.store, (shop.pencil_case, 1), Tender("yape", Decimal("30.00"), "111")).number
    dialog = RefundDialog(shop.store, history.get_sale(shop.store, number))
    qtbot.addWidget(dialog)
    dialog.show()
    spin = dialog.findChild(QSpinBox, "refund_qty_1")
    assert spin.findChild(QLineEdit).width() > 40  # the number shows (a stylesheet once squeezed it to 1 px)
    assert dialog.findChild(QPushButton, "refund_method_yape").isChecked()
    assert dialog.reference_input.isEnabled()
    qtbot.mouseClick(dialog.findChild(QPushButton, "refund_method_cash"), LEFT)
    assert not dialog.reference_input.isEnabled()
    qtbot.mouseClick(dialog.findChild(QPushButton, "refund_method_plin"), LEFT)
    qtbot.keyClicks(dialog.reference_input, "998877")
    qtbot.mouseClick(dialog.findChild(QPushButton, "refund_plus_1"), LEFT)
    qtbot.mouseClick(dialog.findChild(QPushButton, "reason_1"), LEFT)
    assert dialog.reason_input.text() == "Producto con falla"
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    refund = history.get_sale(shop.store, dialog.result_refund.number)
    assert [(p.method, p.amount, p.reference) for p in refund.payments] == [("plin", Decimal("30.00"), "998877")]


def test_reprint_shows_a_copy(qtbot, shop, screen, shown_pdfs):
    number = sell(shop.store, (shop.purse, 1), Tender("cash", Decimal("50"))).number
    screen.show()
    click_row(qtbot, screen, number)
    qtbot.mouseClick(screen.reprint_button, LEFT)
    [shown] = shown_pdfs
    text = pdf_text(shown._pdf)
    assert "COPIA" in text and number in text
    assert "COPIA" in shown.windowTitle()


def test_reprint_says_who_reprinted_it_and_keeps_the_texts_of_its_day(qtbot, shop, shown_pdfs):
    from mamakilla_pos.gui.till_user import TillUser
    from mamakilla_pos.services import auth

    number = sell(shop.store, (shop.purse, 1), Tender("cash", Decimal("50"))).number
    settings.update_settings(shop.store, shop_ruc="20601234567", user_id=SYSTEM_ID)
    till = QWidget()
    qtbot.addWidget(till)
    till.till_user = TillUser(shop.store, till)  # type: ignore[attr-defined]
    till.till_user.log_in(auth.create_user(shop.store, "Carmen Ayma", "coordinator", "123456", by=SYSTEM_ID))  # type: ignore[attr-defined]
    screen = HistoryScreen(shop.store, till)
    till.resize(1366, 700)
    till.show()
    screen.show()
    click_row(qtbot, screen, number)
    qtbot.mouseClick(screen.reprint_button, LEFT)
    [shown] = shown_pdfs
    text = " ".join(pdf_text(shown._pdf).split())
    assert "COPIA" in text and "por Carmen Ayma" in text and "Reimpresa el" in text
    assert "RUC" not in text


def test_day_picker_shows_other_days(qtbot, shop, screen):
    sell(shop.store, (shop.purse, 1), Tender("cash", Decimal("50")))
    screen.show()
    assert screen.model.rowCount() == 1
    qtbot.mouseClick(screen.previous_button, LEFT)
    assert screen.model.rowCount() == 0
    assert screen.count_label.text() == "No hay ventas este día"
    assert not screen.reprint_button.isEnabled() and not screen.refund_button.isEnabled()
    qtbot.mouseClick(screen.today_button, LEFT)
    assert screen.model.rowCount() == 1
    assert screen.count_label.text() == "1 venta"


# -- receipt after a sale ---------------------------------------------------------------------------


def _notices(parent: QWidget) -> list[QMessageBox]:
    return [w for w in parent.findChildren(QMessageBox, "receiptNotice") if w.isVisible()]


def _documents(tmp_home: Path) -> list[Path]:
    return sorted(tmp_home.rglob("*.pdf"))


def test_after_sale_skip_does_nothing(qtbot, shop, shown_pdfs, tmp_path):
    settings.update_settings(shop.store, after_payment="skip", user_id=SYSTEM_ID)
    number = sell(shop.store, (shop.purse, 1), Tender("cash", Decimal("50"))).number
    parent = QWidget()
    qtbot.addWidget(parent)
    receipt_actions.after_sale(parent, shop.store, number, settings.get_settings(shop.store))
    assert shown_pdfs == [] and _notices(parent) == [] and _documents(tmp_path / "home") == []


def test_after_sale_print_sends_the_receipt_to_the_chosen_printer(qtbot, shop, monkeypatch):
    settings.update_settings(shop.store, after_payment="print", printer="Caja", user_id=SYSTEM_ID)
    number = sell(shop.store, (shop.purse, 1), Tender("cash", Decimal("50"))).number
    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(print_or_save, "print_pdf", lambda pdf, printer, title="": printed.append((pdf, printer)))
    parent = QWidget()
    qtbot.addWidget(parent)
    receipt_actions.after_sale(parent, shop.store, number, settings.get_settings(shop.store))
    [(pdf, printer)] = printed
    assert printer == "Caja"
    text = pdf_text(pdf)
    assert number in text and "COPIA" not in text
    assert _notices(parent) == []


@pytest.mark.parametrize("printer", ["", "Apagada"])
def test_no_printer_or_a_failing_one_saves_the_pdf_and_says_where(qtbot, shop, monkeypatch, tmp_path, printer):
    settings.update_settings(shop.store, after_payment="print", printer=printer, user_id=SYSTEM_ID)
    number = sell(shop.store, (shop.purse, 1), Tender("cash", Decimal("50"))).number

    def broken(pdf, name, title=""):
        raise PrintError(f"la impresora {name} no aceptó el trabajo: sin papel")

    monkeypatch.setattr(print_or_save, "print_pdf", broken)
    parent = QWidget()
    qtbot.addWidget(parent)
    receipt_actions.after_sale(parent, shop.store, number, settings.get_settings(shop.store))

    [saved] = _documents(tmp_path / "home")
    assert saved.name == f"{number}.pdf" and saved.parent.name == "Notas"
    assert number in pdf_text(saved.read_bytes())
    [notice] = _notices(parent)
    assert notice.windowModality() == Qt.WindowModality.NonModal  # the till goes on
    assert str(saved) in notice.text()
    assert ("sin papel" if printer else "no hay una impresora") in notice.text()


def test_show_then_print_from_the_viewer(qtbot, shop, monkeypatch):
    settings.update_settings(shop.store, after_payment="show", printer="Caja", user_id=SYSTEM_ID)
    number = sell(shop.store, (shop.purse, 1), Tender("cash", Decimal("50"))).number
    printed: list[str] = []
    monkeypatch.setattr(print_or_save, "print_pdf", lambda pdf, printer, title="": printed.append(printer))
    outcomes: list[str] = []

    def press_print(dialog: PdfViewDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        buttons = [dialog.findChild(QPushButton, n) for n in ("printButton", "saveButton", "closeButton")]
        assert all(b.isVisible() and b.minimumHeight() >= 60 for b in buttons)
        qtbot.mouseClick(buttons[0], LEFT)
        outcomes.append(dialog.outcome)
        return dialog.result()

    monkeypatch.setattr(PdfViewDialog, "exec", press_print)
    parent = QWidget()
    qtbot.addWidget(parent)
    receipt_actions.after_sale(parent, shop.store, number, settings.get_settings(shop.store))
    assert printed == ["Caja"] and outcomes == ["printed"]


def test_reprint_last_prints_the_last_document_as_a_copy(qtbot, shop, monkeypatch, tmp_path):
    settings.update_settings(shop.store, after_payment="print", printer="", user_id=SYSTEM_ID)
    parent = QWidget()
    qtbot.addWidget(parent)
    receipt_actions.reprint_last(parent, shop.store)
    assert "Todavía no hay" in _notices(parent)[0].text()

    sell(shop.store, (shop.purse, 1), Tender("cash", Decimal("50")))
    last = sell(shop.store, (shop.bag, 1), Tender("cash", Decimal("50"))).number
    receipt_actions.reprint_last(parent, shop.store)
    [saved] = _documents(tmp_path / "home")
    assert saved.name == f"{last}-COPIA.pdf"
    text = pdf_text(saved.read_bytes())
    assert "COPIA" in text and last in text


def test_saving_from_the_viewer(qtbot, shop, monkeypatch, tmp_path):
    number = sell(shop.store, (shop.purse, 1), Tender("cash", Decimal("50"))).number
    from mamakilla_pos.services.receipts import receipt_pdf

    dialog = PdfViewDialog(receipt_pdf(shop.store, number, user_id=SYSTEM_ID), "Nota", tmp_path / "x.pdf", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.print_button.isVisible()
    target = tmp_path / "elegido" / "nota"
    monkeypatch.setattr(
        "mamakilla_pos.gui.widgets.pdf_view.QFileDialog.getSaveFileName", lambda *args, **kwargs: (str(target), "")
    )
    qtbot.mouseClick(dialog.save_button, LEFT)
    saved = target.with_suffix(".pdf")
    assert number in pdf_text(saved.read_bytes())
    assert str(saved) in dialog.status_label.text()
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.close_button, LEFT, pos=QPoint(5, 5))
    assert not dialog.isVisible()


def test_the_refund_button_says_the_money_going_back(qtbot, shop, monkeypatch):
    """Before recording, the seller sees what she hands back, rounded as the refund will be."""
    number = sell(shop.store, (shop.purse, 2), Tender("cash", Decimal("50"))).number  # 45.10 → paid 45.10
    dialog = RefundDialog(shop.store, history.get_sale(shop.store, number))
    qtbot.addWidget(dialog)
    dialog.show()
    confirm = dialog.findChild(QPushButton, "confirmRefundButton")
    assert confirm.text() == "Devolver"
    qtbot.mouseClick(dialog.findChild(QPushButton, "refund_plus_1"), LEFT)
    assert confirm.text() == "Devolver S/ 22.50"  # 22.55 in cash, rounded in the customer's favour… down
    assert "redondeo S/ 0.05" in dialog.amount_label.text()
    qtbot.mouseClick(dialog.findChild(QPushButton, "refund_method_yape"), LEFT)
    assert confirm.text() == "Devolver S/ 22.55"
    assert dialog.amount_label.text() == "Se devuelven S/ 22.55 por Yape"
    qtbot.mouseClick(dialog.findChild(QPushButton, "refund_method_cash"), LEFT)
    qtbot.keyClicks(dialog.reason_input, "Costura suelta")
    qtbot.mouseClick(confirm, LEFT)
    refund = history.get_sale(shop.store, history.last_sale_number(shop.store, "B001"))
    assert [(p.method, p.amount) for p in refund.payments] == [("cash", Decimal("22.50"))]
