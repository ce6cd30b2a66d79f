"""ESC/POS jobs: accents in the chosen character table, the drawer's kick, QR codes, the cut last; and sending them.

The bytes are read back by a small ESC/POS interpreter (``tests/escpos_paper.py``)
playing an Epson-numbered printer, or a clone that numbers its tables otherwise.
"""

from __future__ import annotations

import os
import pty
import threading
import time

import escpos_paper
import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from mamakilla_pos.documents.roll_text import QrCode, RollText, TextLayout, TextLine
from mamakilla_pos.printing import PrintError
from mamakilla_pos.printing.code_pages import CODE_PAGES, SAMPLE, code_page, encode
from mamakilla_pos.printing.escpos_job import ThermalSetup, accents_page_job, document_job, kick_job
from mamakilla_pos.printing.targets import parse_target
from mamakilla_pos.printing.thermal import send

PRINTING = ("feed", "cut", "image", "qr", "kick")
SPANISH = "¡Señora Núñez, ¿pagó con más de S/ 20.00? Pingüino ÁÉÍÓÚ Ñ"
URL = "https://mamakilla.pe/catalogo"


def _document(columns: int = 48):
    lay = TextLayout.for_columns(columns)
    lay.centered("Mama Killa", 14, bold=True)
    lay.row("1 × Monedero bordado", "S/ 25.00", 10)
    lay.centered(SPANISH, 10)
    lay.qr(URL, 40)
    lay.row("TOTAL", "S/ 25.00", 14, bold=True)
    return lay.result()


def _printed_commands(paper: escpos_paper.Paper) -> list[str]:
    """Commands that put something on paper or move it (status questions print nothing)."""
    return [c for c in paper.commands if c.split(":")[0] in PRINTING]


EPSON_PAGES = [p for p in CODE_PAGES if p.slot in escpos_paper.EPSON_TABLES]


@pytest.mark.parametrize("page", EPSON_PAGES, ids=lambda p: p.label())
def test_accents_read_back_in_the_chosen_table(page):
    job = document_job(_document(), ThermalSetup(code_page=page.number))
    paper = escpos_paper.read(job)
    assert f"codepage:{page.slot}" in paper.commands
    wanted = SPANISH if page.name != "CP437" else SPANISH.replace("Á", "A").replace("Í", "I").replace("Ó", "O")
    wanted = wanted.replace("Ú", "U") if page.name == "CP437" else wanted
    assert wanted in " ".join(line.text.strip() for line in paper.lines)


def test_a_table_the_printer_numbers_otherwise_prints_wrong_letters():
    """The known failure: CP858 sent with Epson's number to a clone that has no table there."""
    job = document_job(_document(), ThermalSetup(code_page=4))  # ISO-8859-15 at ESC t 40
    clone = escpos_paper.read(job, escpos_paper.CLONE_TABLES)
    assert SPANISH not in clone.text()
    right = escpos_paper.read(document_job(_document(), ThermalSetup(code_page=6)), escpos_paper.CLONE_TABLES)
    assert SPANISH in " ".join(line.text.strip() for line in right.lines)


def test_the_test_page_numbers_every_table_and_one_reads_right_on_each_printer():
    job = accents_page_job(ThermalSetup(columns=32))
    for tables, right in ((escpos_paper.EPSON_TABLES, {1, 2, 3, 4}), (escpos_paper.CLONE_TABLES, {1, 2, 3, 6, 7})):
        paper = escpos_paper.read(job, tables)
        lines = [line.text for line in paper.lines]
        readable = set()
        for page in CODE_PAGES:
            label = lines.index(f"{page.number}) {page.name}")
            if lines[label + 1].strip() == SAMPLE:
                readable.add(page.number)
        assert readable == right
        assert _printed_commands(paper)[-1] == "cut:partial"


def test_letters_a_table_lacks_print_as_plain_letters_never_as_wrong_ones():
    page = code_page(1)
    assert encode("−5.00 — “x” ā ő 😀 €", page).decode("cp858") == '-5.00 - "x" a o ? €'
    assert encode("Ñandú ¿¡", code_page(9)) == b"Nandu ?!"
    assert encode("a\x1b@b\x00c\x9b\n", page) == b"a@bc"  # no command hides in a name


def test_a_cash_job_kicks_the_drawer_first_and_cuts_last():
    setup = ThermalSetup(drawer_pin=5, cut="full")
    paper = escpos_paper.read(document_job(_document(), setup, kick=True))
    printed = _printed_commands(paper)
    assert printed[0] == "kick:5"
    assert printed[-1] == "cut:full"
    assert paper.commands.index("kick:5") < paper.commands.index("codepage:19")


def test_a_job_without_kick_never_opens_the_drawer():
    paper = escpos_paper.read(document_job(_document(), ThermalSetup(), kick=False))
    assert not [c for c in paper.commands if c.startswith("kick")]
    assert _printed_commands(paper)[-1] == "cut:partial"


def test_no_cut_feeds_past_the_tear_bar():
    paper = escpos_paper.read(document_job(_document(), ThermalSetup(cut="none")))
    assert not [c for c in paper.commands if c.startswith("cut")]
    assert paper.commands[-1].startswith("feed:")


def test_the_kick_alone_prints_nothing():
    paper = escpos_paper.read(kick_job(ThermalSetup(drawer_pin=2)))
    assert paper.commands == ["init", "charset:0", "kick:2"]
    assert paper.lines == []
    with pytest.raises(ValueError, match="cajón"):
        kick_job(ThermalSetup(drawer_pin=0))


def _line_by_line(doc, page) -> bytes:
    """The text of a job as each line alone prints: its style where it changes, the line encoded, a line feed."""
    out, style = [], (False, False, False)
    for piece in doc.pieces:
        if isinstance(piece, QrCode):
            continue
        wanted = (piece.bold, piece.tall, piece.inverse)
        for command, was, now in zip((b"\x1bE", b"\x1d!", b"\x1dB"), style, wanted, strict=True):
            if was != now:
                out.append(command + (b"\x01" if now else b"\x00"))
        style = wanted
        out.append(encode(piece.text.ljust(doc.columns) if piece.inverse else piece.text, page) + b"\n")
    if any(style):
        out.append(b"\x1bE\x00\x1d!\x00\x1dB\x00")
    return b"".join(out)


LINES = st.builds(
    TextLine,
    st.text(st.sampled_from("abc EB!ñÑáéü¿¡¤¦½S/.−–×€\x1b\x1d\x00\x01\x85\x9b\n\t\u202f\u00a0ā漢"), max_size=40),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)


@settings(max_examples=400)
@given(st.lists(LINES, max_size=14), st.sampled_from(CODE_PAGES))
def test_a_jobs_lines_encoded_together_print_as_each_line_alone(lines, page):
    """Accents, the true minus, letters a table lacks, control characters typed in a name: the same bytes."""
    doc = RollText(48, tuple(lines))
    job = document_job(doc, ThermalSetup(code_page=page.number, drawer_pin=0, cut="none"))
    start = len(b"\x1b@\x1bR\x00" + page.select)
    assert job[start:-3] == _line_by_line(doc, page)


@settings(max_examples=200, deadline=None)  # the first QR code's image loads python-escpos
@given(
    st.lists(LINES, max_size=5),
    st.lists(LINES, max_size=5),
    st.lists(LINES, max_size=5),
    st.booleans(),
    st.sampled_from(CODE_PAGES),
)
def test_runs_shared_by_documents_print_as_laid_out_again(before, shared, after, qr, page):
    """A shop's head or foot, made into bytes once and kept: each document's job is the bytes of its own lines.

    The run is shared by two documents that reach it in different styles (bold, double height, inverse).
    """
    run = (*shared, QrCode(URL)) if qr else tuple(shared)
    setup = ThermalSetup(code_page=page.number, drawer_pin=0)
    for lead in (tuple(before), (TextLine("COPIA", True, True, True), *before)):
        pieces = (*lead, *run, *after)
        kept = RollText(48, pieces, ((len(lead), run),))
        assert document_job(kept, setup) == document_job(RollText(48, pieces), setup)
        assert document_job(kept, setup) == document_job(RollText(48, pieces), setup)  # the second from what was kept


def test_a_receipts_head_and_foot_are_kept_and_print_the_same():
    """Laid out once (remembered), made into bytes once: the second receipt's job is the first's."""

    def receipt() -> RollText:
        lay = TextLayout.for_columns(48)
        lay.remembered(("head", "test"), lambda: (lay.centered("Mama Killa", 14, bold=True), lay.rule()))
        lay.row("1 × Monedero bordado", "S/ 25.00", 10)
        lay.remembered(("foot", "test"), lambda: (lay.qr(URL, 40), lay.centered(SPANISH, 10, bold=True)))
        return lay.result()

    first, second = receipt(), receipt()
    assert [start for start, _ in second.kept] == [0, 3]
    setup = ThermalSetup()
    assert document_job(first, setup) == document_job(second, setup) == document_job(RollText(48, second.pieces), setup)


@pytest.mark.parametrize("pin", [2, 5])
@pytest.mark.parametrize("cut", ["partial", "full", "none"])
def test_the_kick_and_the_cut_are_the_bytes_python_escpos_makes(pin, cut):
    """Written directly (python-escpos's printer object costs more than a receipt): the same commands."""
    from escpos.printer import Dummy

    made = Dummy()
    made._raw(b"\x1b@\x1bR\x00")
    made.cashdraw(pin)
    made._raw(code_page(1).select)
    made._raw(b"TOTAL\n")
    if cut == "none":
        made.print_and_feed(4)
    else:
        made.cut(mode="PART" if cut == "partial" else "FULL")
    lay = TextLayout.for_columns(48)
    lay.row("TOTAL", "", 10)
    assert document_job(lay.result(), ThermalSetup(drawer_pin=pin, cut=cut), kick=True) == made.output


@pytest.mark.parametrize("columns", [32, 48])
def test_the_qr_code_is_an_image_that_reads_back_as_the_link(columns):
    setup = ThermalSetup(columns=columns)
    paper = escpos_paper.read(document_job(_document(columns), setup))
    (image,) = paper.images
    assert image.width_bytes * 8 == setup.dots  # centred on the whole width
    (picture,) = escpos_paper.qr_images(paper)
    found = zxingcpp.read_barcodes(picture, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [code.text for code in found] == [URL]


def test_the_printers_own_qr_code_where_the_profile_says_it_has_one():
    paper = escpos_paper.read(document_job(_document(), ThermalSetup(native_qr=True)))
    assert [item.qr for item in paper.images] == [URL]
    assert "qr" in paper.commands and "image" not in paper.commands


def test_the_logo_prints_on_top_when_set(tmp_path):
    logo = tmp_path / "logo.png"
    picture = Image.new("L", (300, 120), 255)
    picture.paste(0, (50, 20, 250, 100))
    picture.save(logo)
    setup = ThermalSetup(columns=32, logo=str(logo))
    paper = escpos_paper.read(document_job(_document(32), setup, logo=True))
    assert isinstance(paper.items[0], escpos_paper.Raster) and paper.items[0].width_bytes * 8 == 384
    assert len(paper.images) == 2  # the logo and the QR code
    unreadable = ThermalSetup(columns=32, logo=str(tmp_path / "no.png"))
    without = escpos_paper.read(document_job(_document(32), unreadable, logo=True))
    assert len(without.images) == 1  # a logo that cannot be read is left out, the receipt prints


# -- sending -----------------------------------------------------------------------------------


def test_a_job_reaches_the_network_printer_whole(fake_printer):
    printer = fake_printer()
    job = document_job(_document(), ThermalSetup())
    send(parse_target(printer.uri), job)
    (received,) = printer.wait_jobs(1)
    assert received.endswith(job)  # the paper question first, then the job untouched, the cut last
    assert escpos_paper.read(received).commands[0] == "status:4"


def test_a_network_printer_named_by_its_host_name_is_looked_up(fake_printer):
    printer = fake_printer()
    job = document_job(_document(), ThermalSetup())
    send(parse_target(f"escpos+tcp://localhost:{printer.port}"), job)
    (received,) = printer.wait_jobs(1)
    assert received.endswith(job)


def test_a_printer_that_closes_mid_receipt_did_not_print(fake_printer):
    printer = fake_printer(close_after=200)
    with pytest.raises(PrintError, match="no se imprimió entera"):
        send(parse_target(printer.uri), document_job(_document(), ThermalSetup()))


def test_a_printer_out_of_paper_did_not_print(fake_printer):
    printer = fake_printer(paper=False)
    with pytest.raises(PrintError, match="no tiene papel"):
        send(parse_target(printer.uri), document_job(_document(), ThermalSetup()))


def test_a_printer_that_never_answers_status_questions_printed(fake_printer):
    printer = fake_printer(answers=False)
    send(parse_target(printer.uri), document_job(_document(), ThermalSetup()))
    assert printer.wait_jobs(1)


def test_a_printer_that_is_off_is_said_at_once(fake_printer):
    printer = fake_printer()
    uri = printer.uri
    printer.close()  # nothing listens on that port any more
    started = time.monotonic()
    with pytest.raises(PrintError, match="no responde"):
        send(parse_target(uri), kick_job(ThermalSetup()))
    assert time.monotonic() - started < 5


def test_a_pdf_target_takes_no_escpos_job():
    with pytest.raises(PrintError, match="no es una impresora térmica"):
        send(parse_target("cups:PDF"), b"\x1b@")


def test_a_serial_printer_gets_the_job_and_answers_on_the_same_line():
    """A pseudo-terminal plays the serial (or Bluetooth-serial) printer."""
    controller, device = pty.openpty()
    os.set_blocking(controller, True)
    job = document_job(_document(32), ThermalSetup(columns=32), kick=True)
    received = bytearray()

    def printer() -> None:
        while len(received) < len(job) + 3:
            received.extend(os.read(controller, 65536))
        os.write(controller, b"\x12")  # paper present

    thread = threading.Thread(target=printer, daemon=True)
    thread.start()
    try:
        tty = os.ttyname(device)
        import termios
        import tty as tty_module

        tty_module.setraw(device, termios.TCSANOW)
        send(parse_target(f"escpos+serial://{tty}?baud=19200"), job)
        thread.join(5)
    finally:
        os.close(device)
        os.close(controller)
    assert bytes(received).endswith(job)
    assert "kick:2" in escpos_paper.read(bytes(received)).commands
