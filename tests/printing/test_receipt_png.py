"""A real receipt sent to the fake network printer, its recorded bytes painted as the paper would come out.

The PNGs go to ``MAMAKILLA_RECEIPT_PNG_DIR`` when it is set (to look at
them), else to the test's own folder; the checks read the painted roll
back: its width in dots, the QR code readable on it, the logo on top.
"""

from __future__ import annotations

import os
from datetime import datetime
from decimal import Decimal as D
from pathlib import Path

import escpos_paper
import pytest
import zxingcpp
from PIL import Image

from mamakilla_pos.documents.receipt import ReceiptData, ReceiptLine, ReceiptPayment, build_receipt_text
from mamakilla_pos.printing.escpos_job import ThermalSetup, document_job
from mamakilla_pos.printing.targets import parse_target
from mamakilla_pos.printing.thermal import send

URL = "https://mamakilla.pe/catalogo"


def receipt() -> ReceiptData:
    lines = (
        ReceiptLine(1, "Bolso bordado con pájaros", ("Rosa",), D("45.00"), D("45.00"), D("0.00"), D("45.00")),
        ReceiptLine(2, "Monedero de añil", ("Ana", "Rosa"), D("12.50"), D("25.00"), D("0.00"), D("25.00")),
        ReceiptLine(1, "Chullo de alpaca", ("Nélida",), D("30.00"), D("30.00"), D("3.00"), D("27.00")),
    )
    return ReceiptData(
        shop_name="Mama Killa",
        shop_address="Calle Hermanos Ayar 123, Santiago, Cusco",
        shop_ruc="",
        header="NOTA DE VENTA — no es comprobante de pago",
        number="B001-000042",
        issued_at=datetime(2026, 12, 7, 10, 30),
        seller="Ñusta",
        lines=lines,
        subtotal=D("100.00"),
        discounts=D("3.00"),
        total=D("97.00"),
        rounding=D("0.00"),
        amount_due=D("97.00"),
        payments=(ReceiptPayment("cash", D("100.00"), "PEN", None, D("100.00"), ""),),
        tendered=D("100.00"),
        change=D("3.00"),
        catalogue_url=URL,
        footer="El 45 % de esta compra es para la artesana que la hizo. ¡Gracias!",
    )


@pytest.fixture
def out_dir(tmp_path) -> Path:
    folder = Path(os.environ.get("MAMAKILLA_RECEIPT_PNG_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize(("columns", "paper"), [(32, "58mm"), (48, "80mm")])
def test_a_receipt_as_it_comes_out_of_a_58_and_an_80_mm_printer(columns, paper, fake_printer, out_dir, tmp_path):
    logo = tmp_path / "logo.png"
    picture = Image.new("L", (320, 120), 255)
    picture.paste(0, (40, 30, 280, 90))
    picture.save(logo)
    setup = ThermalSetup(columns=columns, code_page=1, logo=str(logo))
    printer = fake_printer()
    send(parse_target(printer.uri), document_job(build_receipt_text(receipt(), columns), setup, kick=True, logo=True))
    (recorded,) = printer.wait_jobs(1)

    printed = escpos_paper.read(recorded)
    png = escpos_paper.render(printed, setup.dots, out_dir / f"receipt-{paper}.png")
    roll = Image.open(png)
    assert roll.width == setup.dots  # 384 dots for 58 mm, 576 for 80 mm
    text = printed.text()
    for words in ("pájaros", "Monedero de añil", "hecho por Nélida", "TOTAL", "S/ 97.00", "Ñusta", "¡Gracias!"):
        assert words in " ".join(text.split()), words
    assert all(len(line.text) <= columns for line in printed.lines)
    logo_image, qr_image = printed.images
    assert printed.items[0] is logo_image  # the logo on top
    found = zxingcpp.read_barcodes(roll, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [code.text for code in found] == [URL]
    assert qr_image.width_bytes * 8 == setup.dots
    commands = [c for c in printed.commands if c.split(":")[0] in ("kick", "cut", "image")]
    assert commands[0] == "kick:2" and commands[-1] == "cut:partial"
