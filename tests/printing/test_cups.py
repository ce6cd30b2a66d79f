"""Printing a receipt through a real CUPS queue (cups-pdf), by Qt and by ``lp``.

Run ``sh tests/printing/cups_setup.sh`` first; without a scheduler or a queue
named PDF these tests are skipped.
"""

from __future__ import annotations

import io
import os
import re
import uuid
from datetime import datetime
from decimal import Decimal as D

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdf
import pytest
from cups_queue import QUEUE, skip_reason, wait_for_output

from mamakilla_pos.documents.receipt import ReceiptData, ReceiptLine, ReceiptPayment, build_receipt
from mamakilla_pos.printing import PrintError, print_pdf, print_pdf_via_lp

MM = 72 / 25.4

_SKIP_REASON = skip_reason()
pytestmark = [pytest.mark.cups, pytest.mark.skipif(_SKIP_REASON is not None, reason=_SKIP_REASON or "")]


def receipt() -> ReceiptData:
    return ReceiptData(
        shop_name="Mama Killa",
        shop_address="Santiago, Cusco",
        shop_ruc="",
        header="NOTA DE VENTA — no es comprobante de pago",
        number="B001-000777",
        issued_at=datetime(2026, 3, 14, 16, 5),
        seller="Ñusta",
        lines=(ReceiptLine(1, "Monedero bordado Señor de Huanca", ("Ángela",), D("25"), D("25"), D("0"), D("25")),),
        subtotal=D("25.00"),
        discounts=D("0.00"),
        total=D("25.00"),
        rounding=D("0.00"),
        amount_due=D("25.00"),
        payments=(ReceiptPayment("cash", D("30.00"), "PEN", None, D("30.00"), ""),),
        tendered=D("30.00"),
        change=D("5.00"),
        catalogue_url="https://mamakilla.pe/catalogo",
        footer="El 45 % de esta compra es para la artesana que la hizo. ¡Gracias!",
    )


def assert_one_80mm_page(reader: pypdf.PdfReader, expected_height: float) -> None:
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    # Ghostscript in cups-pdf rounds the page to whole points.
    assert float(box.width) == pytest.approx(80 * MM, abs=1.5)
    assert float(box.height) == pytest.approx(expected_height, abs=1.5)


def test_print_pdf_through_qt_prints_one_80mm_page(qapp) -> None:
    pdf = build_receipt(receipt())
    height = float(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].mediabox.height)
    tag = f"mkqt{uuid.uuid4().hex[:10]}"
    print_pdf(pdf, QUEUE, title=tag)
    assert_one_80mm_page(wait_for_output(tag), height)


def test_print_pdf_via_lp_prints_one_80mm_page() -> None:
    pdf = build_receipt(receipt())
    height = float(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].mediabox.height)
    tag = f"mklp{uuid.uuid4().hex[:10]}"
    print_pdf_via_lp(pdf, QUEUE, title=tag)
    assert_one_80mm_page(wait_for_output(tag), height)


def test_unknown_printer_is_a_print_error_in_spanish(qapp) -> None:
    with pytest.raises(PrintError, match=re.escape("no se encontró la impresora NoExiste")):
        print_pdf(build_receipt(receipt()), "NoExiste")


def test_lp_refusing_a_job_is_a_print_error() -> None:
    with pytest.raises(PrintError, match="NoExiste"):
        print_pdf_via_lp(build_receipt(receipt()), "NoExiste")
