"""A partner pays in cash at the partner screen: the soles drawer on the Caja screen shows it apart from sales.

Casa Colibri owes 196.00 (``tests/services/test_partners.py``); the till
opened with S/ 50.00. Without an open till the cash is refused; with it,
59.00 in soles cash and US$ 10 (37.00 at 3.70) go into the drawers: 109.00
and US$ 10.00 expected, no sale.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from mamakilla_pos.gui.cash_screen import CashScreen
from mamakilla_pos.gui.partner_dialogs import PartnerPaymentDialog
from mamakilla_pos.gui.partners_screen import PartnersScreen
from mamakilla_pos.services import cash, partner_sales
from mamakilla_pos.services.actors import SYSTEM_ID
from tests.services.test_partner_line_makers import colibri  # noqa: F401
from tests.services.test_partners import REPORT, write_report


def _pay(screen: PartnersScreen, stub_exec, qtbot, method: str, amount: str, checks=None) -> list:  # type: ignore[no-untyped-def]
    def pay(dialog: PartnerPaymentDialog) -> None:
        dialog.method_input.setCurrentIndex(dialog.method_input.findData(method))
        if checks is not None:
            checks(dialog)
        dialog.amount_input.setText(amount)
        dialog.ok_button.click()

    seen = stub_exec(PartnerPaymentDialog, pay)
    qtbot.mouseClick(screen.pay_button, Qt.MouseButton.LeftButton)
    return seen


@pytest.mark.till_closed
def test_cash_from_a_partner_goes_into_the_open_drawer(qtbot, colibri, stub_exec, tmp_path):  # noqa: F811
    store = colibri.store
    partner_sales.import_partner_sales(
        store, "Casa Colibri Multimarca", write_report(tmp_path / "r.csv", REPORT), user_id=SYSTEM_ID
    )
    screen = PartnersScreen(store)
    qtbot.addWidget(screen)
    screen.show()

    [refused] = _pay(screen, stub_exec, qtbot, "cash", "59.00")
    assert refused.error.text() == "Abra la caja antes de recibir dinero en efectivo de una tienda aliada"

    cash.open_session(store, {D("10"): 5}, user_id=SYSTEM_ID)

    def dollars(dialog: PartnerPaymentDialog) -> None:
        assert dialog.amount_caption.text() == "Monto (US$)" and dialog.amount_input.text() == "52"
        assert dialog.cash_hint.text() == "Dólares al cambio de S/ 3.70: van a la caja de dólares abierta."

    _pay(screen, stub_exec, qtbot, "usd", "10", dollars)
    assert screen.banner.text() == "Cobro PA-000001: S/ 37.00; para las artesanas S/ 16.65."

    def soles(dialog: PartnerPaymentDialog) -> None:
        assert dialog.amount_input.text() == "159.00"  # what it owes, in whole ten-céntimo coins

    _pay(screen, stub_exec, qtbot, "cash", "59.00", soles)
    assert screen.banner.text() == "Cobro PA-000002: S/ 59.00; para las artesanas S/ 26.55."

    till = CashScreen(store)
    qtbot.addWidget(till)
    till.resize(1366, 768)
    till.show()
    assert till.findChild(QLabel, "screen_partner_payments_PEN").text() == "S/ 59.00"
    assert till.findChild(QLabel, "screen_partner_payments_USD").text() == "US$ 10.00"
    assert till.findChild(QLabel, "screen_expected_PEN").text() == "S/ 109.00"
    assert till.findChild(QLabel, "screen_expected_USD").text() == "US$ 10.00"
    assert not till.findChild(QLabel, "screen_advances_PEN").isVisible()


@pytest.mark.till_closed
def test_on_a_thermal_till_partner_cash_opens_the_drawer_a_transfer_does_not(
    qtbot,
    colibri,  # noqa: F811
    stub_exec,
    tmp_path,
    fake_printer,
):
    import escpos_paper

    from mamakilla_pos.services import printers

    store = colibri.store
    partner_sales.import_partner_sales(
        store, "Casa Colibri Multimarca", write_report(tmp_path / "r.csv", REPORT), user_id=SYSTEM_ID
    )
    cash.open_session(store, {D("10"): 5}, user_id=SYSTEM_ID)
    printer = fake_printer()
    printers.save_printer_profile(
        store, printers.PrinterProfile(printer.uri, columns=42, code_page=3), user_id=SYSTEM_ID
    )
    screen = PartnersScreen(store)
    qtbot.addWidget(screen)
    screen.show()
    _pay(screen, stub_exec, qtbot, "transfer", "100.00")
    assert printer.wait_jobs(1, timeout=1.0) == []  # a transfer goes into no drawer
    _pay(screen, stub_exec, qtbot, "cash", "59.00")
    jobs = printer.wait_jobs(1, timeout=5.0)
    assert len(jobs) == 1
    assert [c for c in escpos_paper.read(jobs[0]).commands if c.startswith("kick")] == ["kick:2"]
    assert escpos_paper.read(jobs[0]).lines == []
