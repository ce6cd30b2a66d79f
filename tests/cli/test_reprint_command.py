"""``reprint NUMBER --printer URI`` (DESIGN.md §7): a copy to a thermal printer, a CUPS queue or a PDF file."""

from __future__ import annotations

import time

import escpos_paper
import pytest
from cups_queue import skip_reason, wait_for_output
from helpers import pdf_text

from mamakilla_pos.services import printers
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.store import open_store

PRINTED = ("feed", "cut", "image", "qr", "kick")


def first_number(cli, kind: str) -> str:  # type: ignore[no-untyped-def]
    return str(cli.scalar(f"SELECT MIN(number) FROM sales WHERE kind = '{kind}' AND series = 'B001'"))


def one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    assert result.code == 1, result
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    assert result.err_lines[0].startswith("error: ") and "fallo inesperado" not in result.err
    return result.err_lines[0]


@pytest.fixture
def demo(cli):  # type: ignore[no-untyped-def]
    cli.ok("demo")
    return cli


def test_a_copy_on_a_network_thermal_printer(demo, fake_printer):
    printer = fake_printer()
    sale = first_number(demo, "sale")
    result = demo.ok("reprint", sale, "--printer", printer.uri)
    assert sale in result.out and "127.0.0.1" in result.out
    (job,) = printer.wait_jobs(1)
    paper = escpos_paper.read(job)
    text = " ".join(paper.text().split())
    assert "COPIA" in text and "NOTA DE VENTA" in text and sale in text and "(línea de comandos)" in text
    assert "Reimpresa el" in text
    printed = [c for c in paper.commands if c.split(":")[0] in PRINTED]
    assert printed[-1] == "cut:partial"
    assert not [c for c in printed if c.startswith("kick")]  # a reprint never opens the drawer
    assert [line.text.strip() for line in paper.lines if line.inverse] == ["COPIA", "COPIA"]


def test_the_copy_follows_this_tills_printer_profile(demo, fake_printer):
    store = open_store(demo.url)
    try:
        printers.save_printer_profile(
            store,
            printers.PrinterProfile("escpos+tcp://127.0.0.1:9", columns=32, code_page=3, cut="none"),
            user_id=SYSTEM_ID,
        )
    finally:
        store.dispose()
    printer = fake_printer()
    refund = first_number(demo, "refund")
    demo.ok("reprint", refund, "--printer", printer.uri)
    paper = escpos_paper.read(printer.wait_jobs(1)[0])
    assert "codepage:16" in paper.commands  # CP1252, as picked on the test page
    assert "NOTA DE DEVOLUCIÓN" in paper.text()
    assert max(len(line.text) for line in paper.lines) == 32
    assert not [c for c in paper.commands if c.startswith("cut")]


def test_a_copy_into_a_pdf_file(demo):
    sale = first_number(demo, "sale")
    target = demo.cwd / "copia.pdf"
    result = demo.ok("reprint", sale, "--printer", f"file:{target}")
    assert str(target) in result.out
    text = pdf_text(target)
    assert "COPIA" in text and sale in text


@pytest.mark.cups
@pytest.mark.skipif(skip_reason() is not None, reason=skip_reason() or "")
def test_a_copy_through_the_cups_queue(demo):
    sale = first_number(demo, "sale")
    started = time.time() - 1
    result = demo.ok("reprint", sale, "--printer", "cups:PDF")
    assert "PDF" in result.out
    reader = wait_for_output(sale, since=started)
    assert len(reader.pages) == 1
    assert float(reader.pages[0].mediabox.width) == pytest.approx(80 * 72 / 25.4, abs=1.5)


def test_an_unknown_queue_is_one_line(demo):
    line = one_line_error(demo("reprint", first_number(demo, "sale"), "--printer", "cups:NoExiste"))
    assert "NoExiste" in line


@pytest.mark.parametrize(
    "uri",
    ["lpt1", "escpos+tcp://", "escpos+usb://zz:1", "escpos+serial://", "file:copia.txt", "cups:", "http://x/y"],
)
def test_a_bad_address_is_one_line_and_nothing_is_written(demo, uri):
    line = one_line_error(demo("reprint", first_number(demo, "sale"), "--printer", uri))
    assert "impresora" in line or "archivo" in line or "USB" in line or "servidor" in line or "cola" in line
    assert not (demo.cwd / "copia.txt").exists()


def test_a_printer_that_is_off_is_one_line(demo, fake_printer):
    printer = fake_printer()
    uri = printer.uri
    printer.close()
    line = one_line_error(demo("reprint", first_number(demo, "sale"), "--printer", uri))
    assert "no responde" in line and "rechazó la conexión" in line


def test_a_printer_that_cuts_the_connection_is_one_line(demo, fake_printer):
    printer = fake_printer(close_after=100)
    line = one_line_error(demo.proc("reprint", first_number(demo, "sale"), "--printer", printer.uri))
    assert "no se imprimió" in line


def test_an_unknown_number_is_one_line_and_the_printer_gets_nothing(demo, fake_printer):
    printer = fake_printer()
    line = one_line_error(demo("reprint", "B001-999999", "--printer", printer.uri))
    assert line == "error: no existe la nota B001-999999"
    time.sleep(0.2)
    assert printer.jobs == []


def test_without_printer_it_is_a_usage_error(demo):
    result = demo("reprint", "B001-000001")
    assert result.code == 2 and "usage" in result.err
