"""Printing helpers that need no print system."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from mamakilla_pos.printing import PrintError, print_pdf, print_pdf_via_lp, save_pdf
from mamakilla_pos.printing.printer import pdf_page_size_mm


def tiny_pdf(width: float, height: float) -> bytes:
    import io

    out = io.BytesIO()
    c = Canvas(out, pagesize=(width, height), pageCompression=0)
    c.drawString(10, 10, "hola")
    c.showPage()
    c.save()
    return out.getvalue()


def test_save_pdf_writes_the_file_and_its_folder(tmp_path: Path) -> None:
    pdf = tiny_pdf(80 * mm, 120 * mm)
    target = save_pdf(pdf, tmp_path / "notas" / "B001-000001.pdf")
    assert target.read_bytes() == pdf
    assert [p.name for p in target.parent.iterdir()] == ["B001-000001.pdf"]


def test_save_pdf_failure_is_a_print_error(tmp_path: Path) -> None:
    blocker = tmp_path / "archivo"
    blocker.write_text("x")
    with pytest.raises(PrintError, match="no se pudo guardar"):
        save_pdf(tiny_pdf(100, 100), blocker / "nota.pdf")


def test_page_size_is_read_from_a_reportlab_pdf() -> None:
    width, height = pdf_page_size_mm(tiny_pdf(80 * mm, 150 * mm))
    assert width == pytest.approx(80, abs=0.01)
    assert height == pytest.approx(150, abs=0.01)
    assert pdf_page_size_mm(tiny_pdf(*A4)) == pytest.approx((210, 297), abs=0.1)
    assert pdf_page_size_mm(b"%PDF-1.4 nothing") is None


@pytest.mark.parametrize("send", [print_pdf, print_pdf_via_lp])
def test_no_printer_or_no_pdf_is_refused(send) -> None:
    with pytest.raises(PrintError, match="no hay una impresora"):
        send(tiny_pdf(100, 100), "")
    with pytest.raises(PrintError, match="no es un PDF"):
        send(b"hola", "PDF")


def test_importing_printing_does_not_start_qt() -> None:
    code = "import sys, mamakilla_pos.printing; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
