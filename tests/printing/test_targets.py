"""Printer addresses (``reprint NUMBER --printer URI``): the accepted forms, and clear refusals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mamakilla_pos.printing.targets import BadTarget, PrinterTarget, parse_target


@pytest.mark.parametrize(
    ("uri", "target"),
    [
        ("escpos+tcp://192.168.1.50:9100", PrinterTarget("tcp", host="192.168.1.50", port=9100)),
        ("escpos+tcp://printer.local", PrinterTarget("tcp", host="printer.local", port=9100)),
        ("ESCPOS+TCP://127.0.0.1:4242", PrinterTarget("tcp", host="127.0.0.1", port=4242)),
        ("escpos+tcp://[::1]:9100", PrinterTarget("tcp", host="::1", port=9100)),
        ("escpos+usb://0416:5011", PrinterTarget("usb", vendor=0x0416, product=0x5011)),
        ("escpos+usb://0x04b8:0x0202", PrinterTarget("usb", vendor=0x04B8, product=0x0202)),
        ("escpos+serial:///dev/ttyUSB0", PrinterTarget("serial", device="/dev/ttyUSB0", baud=9600)),
        ("escpos+serial:///dev/rfcomm0?baud=115200", PrinterTarget("serial", device="/dev/rfcomm0", baud=115200)),
        ("escpos+serial://COM3?baud=19200", PrinterTarget("serial", device="COM3", baud=19200)),
        ("cups:PDF", PrinterTarget("cups", name="PDF")),
        ("file:/tmp/copia.pdf", PrinterTarget("file", name="/tmp/copia.pdf")),
        ("file:copia.PDF", PrinterTarget("file", name="copia.PDF")),
    ],
)
def test_accepted_addresses(uri, target):
    assert parse_target(uri) == target
    assert parse_target(target.uri) == target  # the canonical form reads back the same
    assert target.escpos == (target.kind in ("tcp", "usb", "serial"))


@pytest.mark.parametrize(
    ("uri", "words"),
    [
        ("", "no válida"),
        ("PDF", "sin tipo"),
        ("lpt:1", "desconocido"),
        ("escpos+tcp://", "servidor"),
        ("escpos+tcp://host:99999", "no válida"),
        ("escpos+tcp://host:0", "puerto"),
        ("escpos+tcp://ho st:9100", "servidor"),
        ("escpos+tcp://host:9100/path", "no válida"),
        ("escpos+usb://0416", "VID:PID"),
        ("escpos+usb://zz16:5011", "VID:PID"),
        ("escpos+usb://0000:0000", "no válidos"),
        ("escpos+serial://", "puerto serie"),
        ("escpos+serial:///dev/ttyS0?baud=12", "velocidad"),
        ("escpos+serial:///dev/ttyS0?parity=E", "opción"),
        ("cups:", "cola"),
        ("cups:una cola", "cola"),
        ("file:", "archivo"),
        ("file:copia.txt", ".pdf"),
        ("escpos+tcp://host\n:9100", "no válida"),
    ],
)
def test_refused_addresses_say_why(uri, words):
    with pytest.raises(BadTarget, match=words):
        parse_target(uri)


@given(st.text(max_size=80))
def test_any_text_is_an_address_or_a_bad_target(text):
    try:
        target = parse_target(text)
    except BadTarget as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert target.kind in ("tcp", "usb", "serial", "cups", "file")
