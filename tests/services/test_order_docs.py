"""The order slip and the work ticket in the shop's languages, and the slip on the thermal printer (DESIGN.md §6, §10).

The S/ 180.00 order of ``test_orders.py``: S/ 50.00 in cash and S/ 30.00 by
Yape taken, S/ 100.00 left to pay.
"""

from __future__ import annotations

import io
from datetime import date, timedelta
from decimal import Decimal

import escpos_paper
import pypdf
import pytest

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import cash, catalogue_makers, order_docs, orders, printers, till_printer
from mamakilla_pos.services.actors import SYSTEM_ID

D = Decimal


def _text(pdf: bytes) -> str:
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


@pytest.fixture
def order(shop):
    store = shop.store
    ids = {m.name: m.id for m in catalogue_makers.list_makers(store)}
    cash.open_session(store, {D("20"): 5}, user_id=SYSTEM_ID)
    number = orders.create_order(
        store,
        orders.NewOrder(
            "Ana Torres",
            "Bolso bordado con su nombre",
            D("180.00"),
            date.today() + timedelta(days=5),
            ((ids["Rosa Quispe"], 2), (ids["Ana Huamán"], 1)),
            customer_phone="984 111 222",
            user_id=SYSTEM_ID,
        ),
    )
    orders.take_advance(store, number, Tender("cash", D("50")), user_id=SYSTEM_ID)
    orders.take_advance(store, number, Tender("yape", D("30"), "778899"), user_id=SYSTEM_ID)
    return store, number


@pytest.mark.till_closed
@pytest.mark.parametrize("paper", ["80mm", "A4"])
def test_the_order_slip_prints_in_english_and_french(order, paper):
    store, number = order
    due = date.today() + timedelta(days=5)
    english = _text(order_docs.order_slip_pdf(store, number, paper, language="en"))
    for words in (
        f"CUSTOM ORDER No. {number}",
        "Customer Ana Torres Phone 984 111 222",
        "What we make:",
        "Agreed price S/ 180.00",
        "Cash −S/ 50.00",
        "Yape −S/ 30.00",
        "Paid S/ 80.00 BALANCE S/ 100.00",
        f"Ready on {due.isoformat()}",
        "Status Confirmed",
        "The balance is paid at pickup",
    ):
        assert words in english, words
    french = _text(order_docs.order_slip_pdf(store, number, paper, language="fr"))
    for words in (
        f"COMMANDE N° {number}",
        "Cliente Ana Torres Téléphone 984 111 222",
        "Prix convenu 180,00 S/",
        "Espèces −50,00 S/",
        "Payé 80,00 S/ SOLDE 100,00 S/",
        f"Livraison {due:%d/%m/%Y}",
        "État Confirmée",
        "Le solde se paie au retrait",
    ):
        assert words in french, words
    assert "Precio" not in english + french and "Clienta" not in english + french


@pytest.mark.till_closed
def test_the_work_ticket_prints_in_english_and_french(order):
    store, number = order
    english = _text(order_docs.work_ticket_pdf(store, number, language="en"))
    assert f"WORK TICKET No. {number}" in english and "For Ana " in english and "What to make:" in english
    assert "Makers Rosa Quispe, Ana Huamán" in english and "Torres" not in english
    french = _text(order_docs.work_ticket_pdf(store, number, language="fr"))
    assert f"BON DE TRAVAIL N° {number}" in french and "Pour Ana " in french and "Artisanes" in french


@pytest.mark.till_closed
def test_an_unknown_language_is_refused(order):
    store, number = order
    with pytest.raises(ValueError, match="idioma"):
        order_docs.order_slip_pdf(store, number, language="qu")


@pytest.mark.till_closed
@pytest.mark.parametrize("columns", [32, 48])
def test_the_order_slip_prints_on_the_thermal_printer_with_its_accents_and_no_kick(order, fake_printer, columns):
    store, number = order
    printer = fake_printer()
    printers.save_printer_profile(
        store, printers.PrinterProfile(printer.uri, columns=columns, code_page=3), user_id=SYSTEM_ID
    )
    profile = till_printer.thermal_profile(store)
    assert profile is not None
    till_printer.send_job(till_printer.order_slip_job(store, profile, number))
    paper = escpos_paper.read(printer.wait_jobs(1)[0])
    text = paper.text()
    assert all(len(line.text) <= columns for line in paper.lines)
    for words in (f"N.º {number}", "Ana Torres", "Teléfono", "Qué hacemos:", "Precio acordado", "SALDO", "S/ 100.00"):
        assert words in text, words
    assert "ENCARGO" in text and "Efectivo" in text
    assert not [c for c in paper.commands if c.startswith("kick")]  # an order slip moves no cash
    assert paper.commands[-1] == "cut:partial"


@pytest.mark.till_closed
def test_the_thermal_slip_says_what_the_pdf_says(order):
    """One source of the slip's content, two renderers: every line of the text is in the PDF's text."""
    store, number = order
    roll = order_docs.order_slip_text(store, number, 48, language="en")
    pdf = _text(order_docs.order_slip_pdf(store, number, "80mm", language="en"))
    flat_pdf = pdf.replace(" ", "")
    for line in roll.text().splitlines():
        if line.strip("- "):
            assert " ".join(line.split()).replace(" ", "") in flat_pdf, line
