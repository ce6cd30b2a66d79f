"""A 3-line receipt to a network thermal printer, against the same bytes sent with a bare socket.

The printer is the tests' fake network printer (``tests/fake_printer.py``)
in a process of its own on 127.0.0.1: it takes every byte, answers the
paper question at once and closes when the job is whole, so both sides
measure what this program adds, never a print head. The app's side does
what the sale screen does once a cash sale is paid: from the sale just
recorded (``SaleResult.document``, in memory) and the till's settings and
printer profile (read before the sale, with the payment dialog), it
connects, lays the receipt out for 48 columns and builds the ESC/POS job
(drawer kick, character table, QR code, cut) while the printer takes the
connection, and sends it with the paper check; the baseline connects,
sends the same bytes and waits for the printer to close, as the app does.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from mamakilla_pos.printing.thermal import PAPER_STATUS
from mamakilla_pos.services.printers import PrinterProfile
from mamakilla_pos.services.sales import SaleResult
from mamakilla_pos.services.settings import ShopSettings
from mamakilla_pos.services.till_printer import after_sale, send_job

FAKE_PRINTER = Path(__file__).resolve().parents[1] / "tests" / "fake_printer.py"


@contextmanager
def fake_printer() -> Iterator[int]:
    """The fake network printer in its own process; yields its port."""
    with tempfile.TemporaryDirectory(prefix="mk-printer-") as folder:
        port_file = Path(folder) / "port"
        process = subprocess.Popen([sys.executable, str(FAKE_PRINTER), str(port_file)])
        try:
            deadline = time.monotonic() + 20
            while not (port_file.exists() and port_file.read_text().strip()):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the fake printer did not start")
                time.sleep(0.05)
            yield int(port_file.read_text())
        finally:
            process.terminate()
            process.wait(10)


def bare_send(port: int, data: bytes) -> None:
    """Connect, send ``data`` after the paper question, and wait for the printer to close."""
    with socket.create_connection(("127.0.0.1", port)) as connection:
        connection.sendall(PAPER_STATUS + data)
        connection.shutdown(socket.SHUT_WR)
        while connection.recv(64):
            pass


def thermal_runs(
    sale: SaleResult,
    settings: ShopSettings,
    repeat: int,
    interleaved: Callable[..., tuple[list[float], list[float]]],
) -> tuple[list[float], list[float], int]:
    """Milliseconds of the app's runs and the bare socket's, and the job's size in bytes.

    ``sale`` is a cash sale just recorded; ``settings`` the shop's, as the sale screen holds them.
    """
    assert sale.document is not None, "a sale hands back what it recorded"
    document = sale.document
    with fake_printer() as port:
        profile = PrinterProfile(f"escpos+tcp://127.0.0.1:{port}", columns=48)

        def app() -> None:
            job = after_sale(profile, document, settings, True)
            assert job is not None and job.kicks  # a cash sale: the receipt, the drawer kicked first
            send_job(job)

        first = after_sale(profile, document, settings, True)
        assert first is not None
        data = first.content()
        app, bare = interleaved(app, lambda: bare_send(port, data), repeat, 3)
    return app, bare, len(data)
