"""A network thermal printer on 127.0.0.1 that records every byte it is sent.

It answers the paper question (``DLE EOT 4``) as a real printer does:
paper present (``0x12``), or run out (``0x72``) when told so; it can also
stay silent, or close the connection after a number of bytes, like a
printer switched off in the middle of a receipt.

Used in a thread by the tests (:class:`FakePrinter`), and as a process of
its own by the benchmark: ``python tests/fake_printer.py PORT_FILE`` writes
the port it listens on into PORT_FILE and serves until killed.
"""

from __future__ import annotations

import socket
import struct
import sys
import threading
import time
from pathlib import Path

PAPER_STATUS = b"\x10\x04\x04"
PAPER_OK, PAPER_OUT = 0x12, 0x72


class FakePrinter:
    """A TCP printer in a thread. ``jobs`` holds the bytes of each connection, in order.

    Args:
        close_after: close the connection after receiving this many bytes of a job.
        paper: ``False`` to answer that the paper ran out.
        answers: ``False`` to never answer status questions.
    """

    def __init__(self, close_after: int | None = None, paper: bool = True, answers: bool = True) -> None:
        self.close_after, self.paper, self.answers = close_after, paper, answers
        self.jobs: list[bytes] = []
        self.done = threading.Event()
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def uri(self) -> str:
        return f"escpos+tcp://127.0.0.1:{self.port}"

    @property
    def received(self) -> bytes:
        """Everything received, all jobs together."""
        return b"".join(self.jobs)

    def wait_jobs(self, count: int, timeout: float = 10.0) -> list[bytes]:
        """Wait until ``count`` connections have ended; returns the jobs."""
        end = time.monotonic() + timeout
        while len(self.jobs) < count and time.monotonic() < end:
            time.sleep(0.02)
        return self.jobs

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with connection:
                job = self._take(connection)
                if self.close_after is not None:  # switched off half-way: reset, not a clean close
                    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.jobs.append(job)

    def _take(self, connection: socket.socket) -> bytes:
        job = bytearray()
        connection.settimeout(5)
        while True:
            wanted = 65536 if self.close_after is None else self.close_after - len(job)
            try:
                chunk = connection.recv(wanted) if wanted > 0 else b""
            except OSError:
                break
            if not chunk:
                break
            if PAPER_STATUS in chunk and self.answers:  # a real-time question: answered as soon as it comes
                connection.sendall(bytes((PAPER_OK if self.paper else PAPER_OUT,)))
            job += chunk
        return bytes(job)

    def close(self) -> None:
        self._stop.set()
        self._server.close()
        self._thread.join(5)


def serve_forever(port_file: Path) -> None:
    """Serve jobs in this process, answering paper present, until killed; the port goes to ``port_file``."""
    server = socket.create_server(("127.0.0.1", 0))
    port_file.write_text(str(server.getsockname()[1]))
    while True:
        connection, _ = server.accept()
        with connection:
            while chunk := connection.recv(65536):
                if PAPER_STATUS in chunk:
                    connection.sendall(bytes((PAPER_OK,)))


if __name__ == "__main__":
    serve_forever(Path(sys.argv[1]))
