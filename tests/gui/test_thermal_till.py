"""A till with a thermal printer: the drawer opens on cash, a printer that fails never loses or blocks a sale."""

from __future__ import annotations

import ipaddress
import json
from decimal import Decimal

import escpos_paper
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton
from sqlalchemy import text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.gui import receipt_actions, session_report_view
from mamakilla_pos.gui.cash_move_dialog import CashMoveDialog
from mamakilla_pos.gui.cash_screen import CashScreen
from mamakilla_pos.gui.payout_confirm import ConfirmPayoutDialog
from mamakilla_pos.gui.payout_dialog import PayoutDialog
from mamakilla_pos.gui.sale_done import SaleDonePanel
from mamakilla_pos.gui.session_report_view import show_session_report
from mamakilla_pos.gui.settings_dialog import SettingsDialog
from mamakilla_pos.gui.till_user import TillUser
from mamakilla_pos.gui.widgets.pdf_view import PdfViewDialog
from mamakilla_pos.services import auth, cash, history, printers
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.settings import get_settings, update_settings

D = Decimal
LEFT = Qt.MouseButton.LeftButton
PIN = "739164"


@pytest.fixture(autouse=True)
def _own_qsettings(tmp_path):
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "qsettings"))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "qsettings"))


@pytest.fixture
def till(shop, fake_printer):
    cash.open_session(shop.store, {D("20"): 5}, {}, user_id=SYSTEM_ID)
    printer = fake_printer()
    printers.save_printer_profile(
        shop.store, printers.PrinterProfile(printer.uri, columns=32, code_page=3), user_id=SYSTEM_ID
    )
    return shop.store, printer


def sale(store, *tenders: Tender):  # type: ignore[no-untyped-def]
    return record_sale(store, SaleRequest((LineRequest("BAG001"),), tenders, user_id=SYSTEM_ID))


def panel(qtbot, store) -> SaleDonePanel:
    widget = SaleDonePanel(store)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def kicks(job: bytes) -> list[str]:
    return [c for c in escpos_paper.read(job).commands if c.startswith("kick")]


@pytest.mark.till_closed
def test_a_cash_sale_prints_on_the_thermal_printer_and_opens_the_drawer(qtbot, till):
    store, printer = till
    done = panel(qtbot, store)
    result = sale(store, Tender("cash", D("50")))
    done.show_sale(result, print_now=True)
    qtbot.waitUntil(lambda: done.status.text() == "Nota impresa.", timeout=10_000)
    (job,) = printer.jobs
    paper = escpos_paper.read(job)
    assert result.number in paper.text() and "¡Gracias!" in paper.text()
    assert kicks(job) == ["kick:2"] and paper.commands[-1] == "cut:partial"


@pytest.mark.till_closed
def test_a_yape_sale_prints_without_opening_the_drawer(qtbot, till):
    store, printer = till
    done = panel(qtbot, store)
    done.show_sale(sale(store, Tender("yape", D("45"), "123")), print_now=True)
    qtbot.waitUntil(lambda: done.status.text() == "Nota impresa.", timeout=10_000)
    assert kicks(printer.jobs[0]) == []


@pytest.mark.till_closed
def test_a_cash_sale_without_a_receipt_still_opens_the_drawer(qtbot, till):
    store, printer = till
    done = panel(qtbot, store)
    done.show_sale(sale(store, Tender("cash", D("45"))), print_now=False)
    (job,) = printer.wait_jobs(1)
    assert kicks(job) == ["kick:2"] and escpos_paper.read(job).lines == []


@pytest.mark.till_closed
def test_a_printer_that_cuts_off_mid_receipt_says_so_and_f5_prints_it_later(qtbot, till, fake_printer):
    store, good = till
    broken = fake_printer(close_after=150)
    printers.save_printer_profile(
        store, printers.PrinterProfile(broken.uri, columns=32, code_page=3), user_id=SYSTEM_ID
    )
    done = panel(qtbot, store)
    result = sale(store, Tender("cash", D("50")))
    done.show_sale(result, print_now=True)  # returns at once: the screen never waits on the printer
    qtbot.waitUntil(lambda: "No se imprimió" in done.status.text(), timeout=10_000)
    assert done.status.property("kind") == "warning"
    assert result.number in done.status.text() and "La venta está guardada" in done.status.text()
    assert history.get_sale(store, result.number).number == result.number

    printers.save_printer_profile(store, printers.PrinterProfile(good.uri, columns=32, code_page=3), user_id=SYSTEM_ID)
    done.print_receipt()  # F5: tried again, without opening the drawer a second time
    qtbot.waitUntil(lambda: done.status.text() == "Nota impresa.", timeout=10_000)
    assert result.number in escpos_paper.read(good.jobs[-1]).text()
    assert kicks(good.jobs[-1]) == []


@pytest.mark.till_closed
def test_the_cash_screen_opens_the_drawer_with_permission_and_journals_it(qtbot, till, seat):
    store, printer = till
    coordinator = auth.create_user(store, "Carmen Ayma", "coordinator", PIN, by=SYSTEM_ID)
    screen = seat(CashScreen(store), coordinator)
    qtbot.addWidget(screen)
    screen.show()
    button = screen.findChild(QPushButton, "openDrawerButton")
    assert button.isVisible()
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: screen.drawer_status.text() == "Cajón abierto.", timeout=10_000)
    assert kicks(printer.jobs[-1]) == ["kick:2"]
    with store.engine.connect() as connection:
        actor, payload = connection.execute(text("SELECT actor, payload FROM journal WHERE kind = 'drawer'")).one()
    assert actor == "Carmen Ayma" and json.loads(payload)["till"] == "B001"


@pytest.mark.till_closed
def test_cash_taken_out_opens_the_drawer(qtbot, till, monkeypatch):
    store, printer = till
    screen = CashScreen(store)
    qtbot.addWidget(screen)
    screen.show()

    def pay_stand(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.amount.setText("20")
        dialog.choose_reason("Pago del stand de la feria")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CashMoveDialog, "exec", pay_stand)
    qtbot.mouseClick(screen.findChild(QPushButton, "cashOutButton"), LEFT)
    (job,) = printer.wait_jobs(1)
    assert kicks(job) == ["kick:2"]


def test_without_a_drawer_the_button_is_not_offered(qtbot, shop):
    screen = CashScreen(shop.store)
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.findChild(QPushButton, "openDrawerButton").isVisible()


def test_ajustes_sets_this_tills_printer_and_prints_the_accents_page(qtbot, shop, fake_printer):
    store = shop.store
    coordinator = auth.create_user(store, "Carmen Ayma", "coordinator", PIN, by=SYSTEM_ID)
    printer = fake_printer()
    host = QLabel()
    qtbot.addWidget(host)
    host.till_user = TillUser(store, host)  # type: ignore[attr-defined]
    host.till_user.log_in(coordinator)  # type: ignore[attr-defined]
    dialog = SettingsDialog(store, host)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(dialog.TAB_PRINTER)
    tab = dialog.printer_tab
    uri = tab.findChild(QLineEdit, "printerUriInput")
    qtbot.keyClicks(uri, printer.uri)
    columns = tab.findChild(QComboBox, "printerColumnsInput")
    columns.setCurrentIndex(columns.findData(32))
    pages = tab.findChild(QComboBox, "printerCodePageInput")
    pages.setCurrentIndex(pages.findData(3))

    qtbot.mouseClick(tab.findChild(QPushButton, "accentsTestButton"), LEFT)
    qtbot.waitUntil(lambda: tab.status.text().startswith("Página impresa"), timeout=10_000)
    test_page = escpos_paper.read(printer.jobs[-1]).text()
    assert "PRUEBA DE ACENTOS" in test_page and "3) CP1252" in test_page
    assert "áéíóú ÁÉÍÓÚ ñÑ ü ¿¡ S/ 12.50" in test_page  # the line of table 3 as this printer prints it

    qtbot.mouseClick(dialog.findChild(QPushButton, "saveSettingsButton"), LEFT)
    saved = printers.printer_profile(store)
    assert (saved.uri, saved.columns, saved.code_page, saved.drawer_pin) == (printer.uri, 32, 3, 2)


def test_ajustes_refuses_a_bad_printer_address_and_saves_nothing(qtbot, shop):
    dialog = SettingsDialog(shop.store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.printer_tab.findChild(QLineEdit, "printerUriInput"), "cups:PDF")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveSettingsButton"), LEFT)
    assert dialog.error.isVisible() and "térmica" in dialog.error.text()
    assert dialog.tabs.currentIndex() == dialog.TAB_PRINTER
    assert printers.printer_profile(shop.store) == printers.PrinterProfile()


@pytest.mark.till_closed
def test_the_x_report_prints_on_the_thermal_printer(qtbot, till, stub_exec):
    store, printer = till
    seen = stub_exec(PdfViewDialog, lambda dialog: dialog.print_document())
    outcome = show_session_report(None, store)
    assert outcome == "printed" and len(seen) == 1
    paper = escpos_paper.read(printer.wait_jobs(1)[0])
    assert "INFORME X" in paper.text() and "Fondo inicial" in paper.text()
    assert kicks(printer.jobs[0]) == [] and paper.commands[-1] == "cut:partial"


@pytest.mark.till_closed
def test_an_x_report_the_printer_drops_is_saved_as_pdf(qtbot, till, fake_printer, stub_exec, tmp_path, monkeypatch):
    store, _ = till
    broken = fake_printer(paper=False)
    printers.save_printer_profile(store, printers.PrinterProfile(broken.uri, columns=32), user_id=SYSTEM_ID)
    monkeypatch.setattr(session_report_view, "_pdf_folder", lambda: tmp_path)
    seen = stub_exec(PdfViewDialog, lambda dialog: dialog.print_document())
    show_session_report(None, store)
    (dialog,) = seen
    assert "no tiene papel" in dialog.status_label.text() and list(tmp_path.glob("informe-x-*.pdf"))


@pytest.mark.till_closed
@pytest.mark.parametrize(("method", "reference", "kicked"), [("cash", "", ["kick:2"]), ("yape", "55", [])])
def test_a_refund_from_historial_prints_its_note_and_opens_the_drawer_only_for_cash(
    qtbot, till, method, reference, kicked
):
    store, printer = till
    original = sale(store, Tender("cash", D("50")))
    (line,) = history.get_sale(store, original.number).lines
    back = refund(
        store, RefundRequest(original.number, (RefundLine(line.id, 1),), method, reference, user_id=SYSTEM_ID)
    )
    update_settings(store, after_payment="print", user_id=SYSTEM_ID)
    host = QLabel()
    qtbot.addWidget(host)
    receipt_actions.after_sale(host, store, back.number, get_settings(store))
    (job,) = printer.wait_jobs(1)
    assert "NOTA DE DEVOLUCIÓN" in escpos_paper.read(job).text()
    assert kicks(job) == kicked


@pytest.mark.till_closed
def test_a_shop_that_shows_receipts_first_prints_the_shown_one_on_the_thermal_printer(qtbot, till, stub_exec):
    store, printer = till
    original = sale(store, Tender("cash", D("50")))
    (line,) = history.get_sale(store, original.number).lines
    back = refund(store, RefundRequest(original.number, (RefundLine(line.id, 1),), "cash", user_id=SYSTEM_ID))
    seen = stub_exec(PdfViewDialog, lambda dialog: dialog.print_document())
    host = QLabel()
    qtbot.addWidget(host)
    receipt_actions.after_sale(host, store, back.number, get_settings(store))  # "show", the default
    assert len(seen) == 1 and seen[0].outcome == "printed"
    jobs = printer.wait_jobs(2)
    printed = [j for j in jobs if escpos_paper.read(j).lines]
    opened = [j for j in jobs if kicks(j)]
    assert len(printed) == 1 and "NOTA DE DEVOLUCIÓN" in escpos_paper.read(printed[0]).text()
    assert len(opened) == 1 and not escpos_paper.read(opened[0]).lines  # the drawer opened on its own, once


def test_buscar_finds_a_network_printer_and_takes_its_address(qtbot, shop, fake_printer):
    printer = fake_printer()
    dialog = SettingsDialog(shop.store)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.printer_tab
    tab.search_network(([ipaddress.ip_network("127.0.0.0/30")], printer.port))
    qtbot.waitUntil(lambda: tab.find_button.isEnabled(), timeout=10_000)
    found = tab.findChild(QComboBox, "foundPrintersCombo")
    uris = [found.itemData(i) for i in range(found.count())]
    assert printer.uri in uris
    assert tab.findChild(QLineEdit, "printerUriInput").text() == printer.uri


@pytest.mark.till_closed
@pytest.mark.parametrize(("method", "kicked"), [("cash", True), ("transfer", False)])
def test_a_maker_paid_in_cash_opens_the_drawer(qtbot, till, monkeypatch, method, kicked):
    store, printer = till
    sale(store, Tender("card", D("45")))
    monkeypatch.setattr(ConfirmPayoutDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    dialog = PayoutDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_maker("Rosa Quispe")
    qtbot.mouseClick(dialog.method_buttons[method], LEFT)
    if method == "transfer":
        dialog.reference_input.setText("OP-77")
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert dialog.stack.currentIndex() == 1  # paid
    if kicked:
        (job,) = printer.wait_jobs(1)
        assert kicks(job) == ["kick:2"] and not escpos_paper.read(job).lines
    else:
        qtbot.wait(300)
        assert printer.jobs == []
