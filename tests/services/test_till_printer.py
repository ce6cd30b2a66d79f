"""The thermal printer after money moves: the receipt in the chosen table, the drawer kicked on cash only."""

from __future__ import annotations

import re
from decimal import Decimal

import escpos_paper
import pytest
from helpers import pdf_text, sell

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.printing import PrintError
from mamakilla_pos.services import cash, history, printers, settings, till_printer, z_docs
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund

D = Decimal
PRINTED = ("feed", "cut", "image", "qr", "kick")


@pytest.fixture
def till(shop, fake_printer):
    """The shop's till open, its thermal printer on the network (CP1252 at ESC t 16, a drawer on pin 2)."""
    cash.open_session(shop.store, {D("20"): 5}, {}, user_id=SYSTEM_ID)
    printer = fake_printer()
    profile = printers.PrinterProfile(printer.uri, columns=42, code_page=3, drawer_pin=2)
    printers.save_printer_profile(shop.store, profile, user_id=SYSTEM_ID)
    return shop.store, printer


def printed(store, printer, number: str, print_it: bool = True) -> escpos_paper.Paper | None:
    job = till_printer.after_document(store, number, print_it)
    if job is None:
        return None
    before = len(printer.jobs)  # counted before sending: the job may be in by the time send_job returns
    till_printer.send_job(job)
    return escpos_paper.read(printer.wait_jobs(before + 1)[-1])


def kicks(paper: escpos_paper.Paper) -> list[str]:
    return [c for c in paper.commands if c.startswith("kick")]


@pytest.mark.till_closed
def test_a_cash_sale_prints_its_receipt_in_the_chosen_table_and_opens_the_drawer(till):
    store, printer = till
    number = sell(store, "BAG001", Tender("cash", D("50"))).number
    paper = printed(store, printer, number)
    assert paper is not None
    text = paper.text()
    assert "NOTA DE VENTA" in text and number in text and "Bolso bordado" in text
    # the bytes decode, in the table the job selected, to the accents of the receipt
    assert "Mira nuestro catálogo:" in text and "¡Gracias!" in text and "1 × Bolso bordado" in text
    assert "codepage:16" in paper.commands
    assert kicks(paper) == ["kick:2"]
    steps = [c for c in paper.commands if c.split(":")[0] in PRINTED]
    assert steps[0] == "kick:2" and steps[-1] == "cut:partial"  # the drawer opens first, the cut is last
    assert max(len(line.text) for line in paper.lines) <= 42


@pytest.mark.till_closed
def test_a_yape_sale_prints_without_opening_the_drawer(till):
    store, printer = till
    number = sell(store, "BAG001", method="yape").number
    paper = printed(store, printer, number)
    assert paper is not None and number in paper.text()
    assert kicks(paper) == []


@pytest.mark.till_closed
def test_a_card_sale_with_no_receipt_sends_nothing(till):
    store, _ = till
    number = sell(store, "BAG001").number
    assert till_printer.after_document(store, number, print_it=False) is None


@pytest.mark.till_closed
def test_a_cash_sale_with_no_receipt_still_opens_the_drawer(till):
    store, printer = till
    number = sell(store, "PUR001", Tender("cash", D("100"))).number
    paper = printed(store, printer, number, print_it=False)
    assert paper is not None
    assert kicks(paper) == ["kick:2"] and paper.lines == [] and not [c for c in paper.commands if "cut" in c]


@pytest.mark.till_closed
def test_a_cash_refund_opens_the_drawer_and_a_yape_refund_does_not(till):
    store, printer = till
    sale = sell(store, ("BAG001", 2), Tender("cash", D("100"))).number
    (line,) = history.get_sale(store, sale).lines
    for method, kicked in (("cash", ["kick:2"]), ("yape", [])):
        back = refund(
            store,
            RefundRequest(sale, (RefundLine(line.id, 1),), method, "7" if method == "yape" else "", user_id=SYSTEM_ID),
        )
        paper = printed(store, printer, back.number)
        assert paper is not None and "NOTA DE DEVOLUCIÓN" in paper.text()
        assert kicks(paper) == kicked, method


@pytest.mark.till_closed
def test_a_till_without_a_drawer_never_kicks(till):
    store, printer = till
    printers.save_printer_profile(
        store, printers.PrinterProfile(printer.uri, columns=32, drawer_pin=0), user_id=SYSTEM_ID
    )
    number = sell(store, "BAG001", Tender("cash", D("50"))).number
    paper = printed(store, printer, number)
    assert paper is not None and kicks(paper) == []
    assert till_printer.drawer_job(printers.printer_profile(store)) is None


@pytest.mark.till_closed
def test_a_till_that_prints_pdfs_gets_no_thermal_job(shop):
    cash.open_session(shop.store, {D("20"): 5}, {}, user_id=SYSTEM_ID)
    number = sell(shop.store, "BAG001", Tender("cash", D("50"))).number
    assert till_printer.after_document(shop.store, number, print_it=True) is None


@pytest.mark.till_closed
@pytest.mark.parametrize("behaviour", [{"close_after": 200}, {"paper": False}])
def test_a_printer_that_fails_mid_receipt_leaves_the_sale_saved(till, fake_printer, behaviour):
    store, _ = till
    failing = fake_printer(**behaviour)
    printers.save_printer_profile(store, printers.PrinterProfile(failing.uri, columns=48), user_id=SYSTEM_ID)
    result = sell(store, "BAG001", Tender("cash", D("50")))
    job = till_printer.after_document(store, result.number, print_it=True)
    assert job is not None
    with pytest.raises(PrintError) as raised:
        till_printer.send_job(job)
    assert "no se imprimió" in str(raised.value)
    assert history.get_sale(store, result.number).total == D("45.00")  # the sale stays, whole
    again = till_printer.receipt_job(
        store, printers.printer_profile(store), result.number, copy=True, user_id=SYSTEM_ID
    )
    assert not again.kicks  # a reprint later never opens the drawer


@pytest.mark.till_closed
def test_a_sale_is_recorded_before_any_job_is_built(till):
    store, printer = till
    printer.close()  # switched off
    result = sell(store, "BAG001", Tender("cash", D("50")))
    job = till_printer.after_document(store, result.number, print_it=True)
    assert job is not None and job.kicks
    with pytest.raises(PrintError) as raised:
        till_printer.send_job(job)
    assert "no responde" in str(raised.value)
    assert history.get_sale(store, result.number).number == result.number


@pytest.mark.till_closed
def test_moves_cash_reads_the_payments(till):
    store, _ = till
    dollars = sell(store, "BAG001", Tender("usd", D("20"))).number
    mixed = sell(store, "BAG001", Tender("yape", D("25"), "9"), Tender("cash", D("20"))).number
    card = sell(store, "BAG001").number
    assert till_printer.moves_cash(store, dollars) and till_printer.moves_cash(store, mixed)
    assert not till_printer.moves_cash(store, card)


MONEY = re.compile(r"(?:S/|US\$) [\d,]+\.\d\d")


@pytest.mark.till_closed
@pytest.mark.parametrize("columns", [32, 48])
def test_the_z_report_prints_the_figures_of_its_pdf(till, columns):
    store, printer = till
    sell(store, "BAG001", Tender("cash", D("50")))
    sell(store, "PUR001", method="yape")
    cash.move_cash(store, "out", D("12.50"), "Pago del stand de la feria", user_id=SYSTEM_ID)
    report = cash.close_session(store, {D("20"): 6}, {}, note="faltan céntimos", user_id=SYSTEM_ID)
    profile = printers.PrinterProfile(printer.uri, columns=columns, code_page=3)
    till_printer.send_job(till_printer.report_job(store, profile, report))
    paper = escpos_paper.read(printer.wait_jobs(1)[0])
    text = paper.text()
    assert "CIERRE DE CAJA (Z)" in text and "faltan céntimos" in text
    assert max(len(line.text) for line in paper.lines) <= columns
    assert not kicks(paper)  # a report never opens the drawer
    pdf = pdf_text(z_docs.report_pdf(report, settings.get_settings(store)))
    # One source of the figures: every amount of the PDF is on the roll, and no other.
    assert sorted(set(MONEY.findall(text))) == sorted(set(MONEY.findall(pdf)))
    assert report.journal_hash and report.journal_hash[:8] in text.replace("\n", "")
