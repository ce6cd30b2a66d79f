"""Where a document goes, written as one address (DESIGN.md §7, ``reprint NUMBER --printer URI``).

- ``escpos+tcp://HOST:PORT`` — a thermal printer on the network (port 9100 when left out);
- ``escpos+usb://VID:PID`` — a thermal printer on USB, by its vendor and product ids in hex;
- ``escpos+serial:///dev/ttyUSB0?baud=9600`` — a thermal printer on a serial or Bluetooth-serial port;
- ``cups:QUEUE`` — the ReportLab PDF through the system's print queue;
- ``file:PATH.pdf`` — the ReportLab PDF saved in a file.

Parsing is pure: nothing is opened or looked up here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

ESCPOS_KINDS = frozenset({"tcp", "usb", "serial"})
"""Targets that take ESC/POS bytes; the others take a PDF."""

DEFAULT_PORT = 9100
DEFAULT_BAUD = 9600
BAUD_RATES = (2400, 4800, 9600, 19200, 38400, 57600, 115200)
HOW = (
    "use escpos+tcp://SERVIDOR:PUERTO, escpos+usb://VID:PID, escpos+serial:///dev/PUERTO, cups:COLA o file:ARCHIVO.pdf"
)

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST = re.compile(rf"^{_LABEL}(?:\.{_LABEL})*$")
_IPV6 = re.compile(r"^[0-9A-Fa-f:.]+$")
_USB_ID = re.compile(r"^(?:0x)?([0-9A-Fa-f]{1,4})$")
_QUEUE = re.compile(r"^[^\s/#\x00-\x1f\x7f]{1,127}$")


class BadTarget(ValueError):
    """The address names no printer this program can use; the message says why, in Spanish."""


@dataclass(frozen=True)
class PrinterTarget:
    """A parsed printer address.

    Attributes:
        kind: ``tcp``, ``usb``, ``serial``, ``cups`` or ``file``.
        host: network printer's host name or address.
        port: network printer's TCP port.
        vendor: USB vendor id.
        product: USB product id.
        device: serial port (``/dev/ttyUSB0``, ``COM3``).
        baud: serial speed.
        name: CUPS queue, or the PDF file's path.
    """

    kind: str
    host: str = ""
    port: int = DEFAULT_PORT
    vendor: int = 0
    product: int = 0
    device: str = ""
    baud: int = DEFAULT_BAUD
    name: str = ""

    @property
    def escpos(self) -> bool:
        """Whether this target takes ESC/POS bytes (a thermal printer) rather than a PDF."""
        return self.kind in ESCPOS_KINDS

    @property
    def uri(self) -> str:
        """The address written back in its canonical form."""
        if self.kind == "tcp":
            host = f"[{self.host}]" if ":" in self.host else self.host
            return f"escpos+tcp://{host}:{self.port}"
        if self.kind == "usb":
            return f"escpos+usb://{self.vendor:04x}:{self.product:04x}"
        if self.kind == "serial":
            return f"escpos+serial://{self.device}?baud={self.baud}"
        return f"{self.kind}:{self.name}"

    def describe(self) -> str:
        """Short Spanish words for this printer, for messages: ``impresora 192.168.1.50:9100``."""
        if self.kind == "tcp":
            return f"la impresora {self.host}:{self.port}"
        if self.kind == "usb":
            return f"la impresora USB {self.vendor:04x}:{self.product:04x}"
        if self.kind == "serial":
            return f"la impresora en {self.device}"
        if self.kind == "cups":
            return f"la impresora {self.name}"
        return f"el archivo {self.name}"


def parse_target(uri: str) -> PrinterTarget:
    """Parse a printer address (see the module's docstring).

    Raises:
        BadTarget: not one of the accepted forms, or a part out of range.
    """
    text = uri.strip()
    if not text or any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise BadTarget(f"dirección de impresora no válida ({HOW})")
    scheme, colon, rest = text.partition(":")
    scheme = scheme.lower()
    if not colon:
        raise BadTarget(f"dirección de impresora sin tipo: «{text}» ({HOW})")
    if scheme == "cups":
        return _cups(rest)
    if scheme == "file":
        return _file(rest)
    if scheme == "escpos+tcp":
        return _tcp(text)
    if scheme == "escpos+usb":
        return _usb(rest)
    if scheme == "escpos+serial":
        return _serial(text)
    raise BadTarget(f"tipo de impresora desconocido: «{scheme}» ({HOW})")


def _cups(rest: str) -> PrinterTarget:
    queue = rest.strip()
    if not _QUEUE.fullmatch(queue):
        raise BadTarget(f"nombre de cola de impresión no válido: «{queue}» (cups:COLA)")
    return PrinterTarget("cups", name=queue)


def _file(rest: str) -> PrinterTarget:
    path = rest[2:] if rest.startswith("//") else rest
    if not path.strip():
        raise BadTarget("falta el archivo: file:ARCHIVO.pdf")
    if not path.lower().endswith(".pdf"):
        raise BadTarget(f"el archivo debe terminar en .pdf: «{path}»")
    return PrinterTarget("file", name=path)


def _tcp(text: str) -> PrinterTarget:
    try:
        parts = urlsplit(text)
        host, port = parts.hostname or "", parts.port
    except ValueError as exc:
        raise BadTarget(f"dirección de red no válida: «{text}» (escpos+tcp://SERVIDOR:PUERTO): {exc}") from None
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise BadTarget(f"dirección de red no válida: «{text}» (escpos+tcp://SERVIDOR:PUERTO)")
    if not host or not (_HOST.fullmatch(host) or (":" in host and _IPV6.fullmatch(host))) or len(host) > 253:
        raise BadTarget(f"falta el servidor o no es válido: «{text}» (escpos+tcp://SERVIDOR:PUERTO)")
    if port == 0:
        raise BadTarget(f"el puerto va de 1 a 65535: «{text}»")
    return PrinterTarget("tcp", host=host, port=DEFAULT_PORT if port is None else port)


def _usb(rest: str) -> PrinterTarget:
    ids = rest[2:] if rest.startswith("//") else rest
    vendor_text, colon, product_text = ids.rstrip("/").partition(":")
    vendor, product = _USB_ID.fullmatch(vendor_text), _USB_ID.fullmatch(product_text)
    if not colon or vendor is None or product is None:
        raise BadTarget(f"USB se escribe escpos+usb://VID:PID en hexadecimal (p. ej. 0416:5011), no «{ids}»")
    vid, pid = int(vendor.group(1), 16), int(product.group(1), 16)
    if vid == 0 or pid == 0:
        raise BadTarget(f"ids USB no válidos: «{ids}»")
    return PrinterTarget("usb", vendor=vid, product=pid)


def _serial(text: str) -> PrinterTarget:
    parts = urlsplit(text)
    device = (parts.netloc + parts.path) if parts.netloc else parts.path
    if not device or len(device) > 200 or parts.fragment:
        raise BadTarget(f"falta el puerto serie: «{text}» (escpos+serial:///dev/ttyUSB0)")
    query = parse_qs(parts.query, keep_blank_values=True)
    if set(query) - {"baud"}:
        raise BadTarget(f"opción desconocida en «{text}» (solo ?baud=9600)")
    baud = DEFAULT_BAUD
    if "baud" in query:
        value = query["baud"][-1]
        if not value.isdigit() or int(value) not in BAUD_RATES:
            raise BadTarget(f"velocidad no válida: «{value}» (use {', '.join(map(str, BAUD_RATES))})")
        baud = int(value)
    return PrinterTarget("serial", device=device, baud=baud)
