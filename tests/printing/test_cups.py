"""Printing a receipt through a real CUPS queue (cups-pdf), by Qt and by ``lp``.

Run ``sh tests/printing/cups_setup.sh`` first; without a scheduler or a queue
named PDF these tests are skipped.
"""

from __future__ import annotations

import io
import os
import pwd
import re
import shutil
import subprocess
import time
import uuid
from datetime import datetime
from decimal import Decimal as D
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdf
import pytest

from mamakilla_pos.documents.receipt import ReceiptData, ReceiptLine, ReceiptPayment, build_receipt
from mamakilla_pos.printing import PrintError, print_pdf, print_pdf_via_lp

QUEUE = "PDF"
WAIT_SECONDS = 30
MM = 72 / 25.4
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")


def _cups_skip_reason() -> str | None:
    if shutil.which("lpstat") is None:
        return "CUPS client tools (lpstat) are not installed"
    status = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False)
    if "is running" not in status.stdout or "not running" in status.stdout:
        return "the CUPS scheduler is not running (run tests/printing/cups_setup.sh)"
    queue = subprocess.run(["lpstat", "-p", QUEUE], capture_output=True, text=True, check=False)
    if queue.returncode != 0:
        return f"there is no CUPS queue named {QUEUE} (run tests/printing/cups_setup.sh)"
    return None


_SKIP_REASON = _cups_skip_reason()
pytestmark = [pytest.mark.cups, pytest.mark.skipif(_SKIP_REASON is not None, reason=_SKIP_REASON or "")]


def cups_pdf_output_dirs() -> list[Path]:
    """Where cups-pdf writes this user's jobs, as its configuration says, and its anonymous folder."""
    home = pwd.getpwuid(os.getuid()).pw_dir
    out, anonymous = "${HOME}/PDF", "/var/spool/cups-pdf/ANONYMOUS"
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text(errors="replace").splitlines():
            key, _, value = line.strip().partition(" ")
            if key == "Out" and value.strip():
                out = value.strip()
            elif key == "AnonDirName" and value.strip():
                anonymous = value.strip()
    out = out.replace("${HOME}", home).replace("${USER}", pwd.getpwuid(os.getuid()).pw_name)
    return [Path(out), Path(anonymous)]


def wait_for_output(tag: str) -> pypdf.PdfReader:
    """The PDF cups-pdf made for the job whose title holds ``tag``, once complete."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        for folder in cups_pdf_output_dirs():
            for path in folder.glob(f"*{tag}*.pdf") if folder.is_dir() else ():
                try:
                    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
                    if len(reader.pages) > 0:
                        path.unlink(missing_ok=True)
                        return reader
                except (pypdf.errors.PdfReadError, OSError, ValueError):
                    pass  # still being written
        time.sleep(0.2)
    jobs = subprocess.run(["lpstat", "-W", "all", "-o", QUEUE], capture_output=True, text=True).stdout
    pytest.fail(f"no output from cups-pdf within {WAIT_SECONDS} s in {cups_pdf_output_dirs()}; jobs:\n{jobs}")


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
