"""Send a finished ESC/POS job to a thermal printer on the network, USB or a serial port, and hear back.

The job goes in one write, led by a question about the paper sensor
(``DLE EOT 4``, answered at once, before anything prints): a printer that
answers its paper ran out, or (on the network) resets the connection
before it has taken the whole job, did not print it, and
:class:`~.printer.PrintError` says so. A printer that does not answer the
question at all (some never do) is taken to have printed. The job itself
ends with the cut: nothing is sent after it. Nothing here may block the
till's screen: callers run it off the GUI thread.

A network printer is a plain socket; USB and serial ones are python-escpos's
``Usb`` and ``Serial``, imported when a job is sent, not when the till starts.
"""

from __future__ import annotations

import errno
import functools
import logging
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .printer import PrintError
from .targets import PrinterTarget

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 5.0
WRITE_TIMEOUT = 15.0
STATUS_TIMEOUT = 1.5
"""How long a USB or serial printer may take to answer the paper question (else it is taken never to answer)."""
CLOSE_TIMEOUT = 3.0
"""How long a network printer may take to close the connection after the whole job was sent."""

PAPER_STATUS = b"\x10\x04\x04"  # DLE EOT 4: transmit the paper roll sensor status
PAPER_END = 0x60  # bits 5 and 6 of the answer: the roll has run out
STATUS_FIXED = 0x93  # bits 0, 1, 4 and 7 are fixed (0, 1, 1, 0) in a real answer

USB_PRINTER_CLASS = 7


@dataclass(frozen=True)
class FoundPrinter:
    """A printer seen on this computer: what Ajustes offers to choose."""

    uri: str
    label: str


def send(target: PrinterTarget, job: bytes | Callable[[], bytes]) -> None:
    """Print ``job`` on ``target`` and check the printer took it.

    ``job`` may be a function that makes the bytes: it is called once the
    printer is reached, so the job is made while the printer answers.

    Raises:
        PrintError: the printer cannot be reached, stopped taking the job, or
            has no paper; the message says which, in Spanish.
    """
    if not target.escpos:
        raise PrintError(f"{target.describe()} no es una impresora térmica (ESC/POS)")
    if target.kind == "tcp":
        _send_tcp(target, job)
    elif target.kind == "usb":
        _send_device(target, job, _usb(target))
    else:
        _send_device(target, job, _serial(target))


def _bytes(job: bytes | Callable[[], bytes]) -> bytes:
    return job if isinstance(job, bytes) else job()


def _send_tcp(target: PrinterTarget, job: bytes | Callable[[], bytes]) -> None:
    """Connect, send the paper question and the job, close our side, and wait for the printer to close its own.

    A printer closes the connection once it has taken the whole job; one
    that resets it first was switched off or reset half-way. A plain socket,
    one write: python-escpos's ``Network`` adds nothing a finished job needs.
    """
    try:
        connection = _connect(target)
    except OSError as exc:
        raise PrintError(f"{target.describe()} no responde: ¿está encendida y en la red? ({_cause(exc)})") from exc
    try:
        data = PAPER_STATUS + _bytes(job)  # made while the printer takes the connection
    except BaseException:
        connection.close()
        raise
    answer = b""
    try:
        connection.settimeout(WRITE_TIMEOUT)
        connection.sendall(data)
        connection.shutdown(socket.SHUT_WR)
        connection.settimeout(CLOSE_TIMEOUT)
        while chunk := connection.recv(64):
            answer += chunk
    except TimeoutError:
        pass  # a printer that keeps the connection open: it took the job
    except OSError as exc:
        said = f"{target.describe()} cortó la conexión ({_cause(exc)}): la nota no se imprimió entera"
        raise PrintError(said) from exc
    finally:
        connection.close()
    if answer:
        _check_paper(target, answer[0])


def _connect(target: PrinterTarget) -> socket.socket:
    """A connection to a network printer, which has :data:`CONNECT_TIMEOUT` to answer.

    A printer set up by its address (``192.168.1.50``, the usual case) is
    connected to directly: looking an address up (``getaddrinfo``, a tenth
    of the whole send on a fast network) only gives it back. A printer
    named by its host name is looked up each time.
    """
    family = _address_family(target.host)
    if family is None:
        return socket.create_connection((target.host, target.port), timeout=CONNECT_TIMEOUT)
    connection = socket.socket(family, socket.SOCK_STREAM)
    try:
        connection.settimeout(CONNECT_TIMEOUT)
        connection.connect((target.host, target.port))
    except BaseException:
        connection.close()
        raise
    return connection


@functools.lru_cache(maxsize=16)
def _address_family(host: str) -> socket.AddressFamily | None:
    """``AF_INET`` or ``AF_INET6`` when ``host`` is written as an address; ``None`` for a name to look up."""
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            socket.inet_pton(family, host)
        except (OSError, ValueError):
            continue
        return family
    return None


def _send_device(target: PrinterTarget, job: bytes | Callable[[], bytes], printer: Any) -> None:
    """USB or serial: open, write, ask for the paper; the library's errors become a :class:`PrintError`."""
    try:
        printer.open()
    except Exception as exc:  # pyusb and pyserial raise their own kinds
        raise PrintError(f"no se encontró {target.describe()}: ¿está conectada y encendida? ({_cause(exc)})") from exc
    try:
        data = PAPER_STATUS + _bytes(job)
    except BaseException:
        printer.close()
        raise
    try:
        printer._raw(data)
        answer = _read_status(printer)
        if answer is not None:
            _check_paper(target, answer)
    except PrintError:
        raise
    except Exception as exc:
        raise PrintError(f"{target.describe()} dejó de recibir la nota ({_cause(exc)}): no se imprimió entera") from exc
    finally:
        try:
            printer.close()
        except Exception:  # closing a printer that just failed may fail too
            log.debug("closing %s failed", target.uri, exc_info=True)


def _read_status(printer: Any) -> int | None:
    """The first byte the printer answers within :data:`STATUS_TIMEOUT`, or ``None`` when it says nothing."""
    deadline = time.monotonic() + STATUS_TIMEOUT
    while time.monotonic() < deadline:
        try:
            data = bytes(printer._read())
        except Exception as exc:
            if "timeout" in str(exc).lower() or "timed out" in str(exc).lower():
                return None
            raise
        if data:
            return data[0]
        time.sleep(0.05)
    return None


def _check_paper(target: PrinterTarget, status: int) -> None:
    if status & STATUS_FIXED != 0x12:
        return  # not a status byte: nothing to conclude
    if status & PAPER_END:
        raise PrintError(f"{target.describe()} no tiene papel: la nota no se imprimió entera")


def _usb(target: PrinterTarget) -> Any:
    from escpos.printer import Usb

    class _UsbPrinter(Usb):
        """python-escpos's Usb, with the endpoints read from the device instead of assumed (0x01/0x82)."""

        out_ep: int
        in_ep: int

        def open(self, raise_not_found: bool = True) -> None:
            super().open(raise_not_found)
            self.out_ep, self.in_ep = _endpoints(self.device, self.out_ep, self.in_ep)

    return _UsbPrinter(target.vendor, target.product, timeout=int(WRITE_TIMEOUT * 1000))


def _endpoints(device: Any, out_ep: int, in_ep: int) -> tuple[int, int]:
    """The bulk OUT and IN endpoints of the device's printer interface (the given ones when not found)."""
    import usb.util

    try:
        interface = device.get_active_configuration()[(0, 0)]
    except Exception:
        return out_ep, in_ep
    for endpoint in interface:
        address = endpoint.bEndpointAddress
        if usb.util.endpoint_type(endpoint.bmAttributes) != usb.util.ENDPOINT_TYPE_BULK:
            continue
        if usb.util.endpoint_direction(address) == usb.util.ENDPOINT_OUT:
            out_ep = address
        else:
            in_ep = address
    return out_ep, in_ep


def _serial(target: PrinterTarget) -> Any:
    from escpos.printer import Serial

    return Serial(target.device, baudrate=target.baud, timeout=STATUS_TIMEOUT)


_REASONS = {
    errno.ECONNREFUSED: "rechazó la conexión",
    errno.ECONNRESET: "cortó la conexión",
    errno.EPIPE: "cortó la conexión",
    errno.ETIMEDOUT: "no contestó a tiempo",
    errno.EHOSTUNREACH: "no se llega a esa dirección",
    errno.ENETUNREACH: "no hay red",
    errno.EACCES: "no hay permiso para usarla",
    errno.ENOENT: "no existe",
    errno.EBUSY: "la está usando otro programa",
}


def _cause(exc: BaseException) -> str:
    """Why, in a few Spanish words: the system's reason where there is one, else the library's own words."""
    for error in (exc, exc.__cause__, exc.__context__):
        if isinstance(error, socket.gaierror):
            return "no se encontró ese nombre en la red"
        if isinstance(error, TimeoutError):
            return "no contestó a tiempo"
        if isinstance(error, OSError) and error.errno in _REASONS:
            return _REASONS[error.errno]
    text = " ".join(str(exc).split())
    return text[:160] or type(exc).__name__


def find_printers() -> list[FoundPrinter]:
    """The thermal printers this computer sees: USB printers (by their ids) and serial ports.

    A network printer is not found, it is typed (its address). Returns what
    could be seen; without libusb or pyserial, that part is just empty.
    """
    return [*_usb_printers(), *_serial_ports()]


def _usb_printers() -> list[FoundPrinter]:
    try:
        import usb.core
        import usb.util

        devices = list(usb.core.find(find_all=True))
    except Exception:  # no pyusb, no libusb backend, no permission
        log.debug("no USB listing", exc_info=True)
        return []
    found = []
    for device in devices:
        try:
            is_printer = any(
                interface.bInterfaceClass == USB_PRINTER_CLASS for config in device for interface in config
            )
            name = " ".join(filter(None, (_usb_string(device, "manufacturer"), _usb_string(device, "product"))))
        except Exception:
            continue
        if is_printer:
            ids = f"{device.idVendor:04x}:{device.idProduct:04x}"
            found.append(FoundPrinter(f"escpos+usb://{ids}", f"USB {ids} {name}".strip()))
    return found


def _usb_string(device: Any, name: str) -> str:
    try:
        return str(getattr(device, name) or "")
    except Exception:  # reading a string descriptor needs permission on the device
        return ""


def _serial_ports() -> list[FoundPrinter]:
    try:
        from serial.tools import list_ports

        ports = list_ports.comports()
    except Exception:
        return []
    return [
        FoundPrinter(f"escpos+serial://{port.device}", f"{port.device} {port.description or ''}".strip())
        for port in ports
    ]
