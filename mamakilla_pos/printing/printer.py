"""Deliver a finished PDF to a system printer, or save it when there is none.

The PDF that ReportLab made is what gets printed: Qt renders each page to an
image at the printer's resolution and paints it on a ``QPrinter`` whose page
is the PDF page, so a receipt prints at its own size. Where no Qt GUI
application is running (the command line), the PDF goes to CUPS with ``lp``.

Qt is imported inside the functions that need it, so importing this module
stays cheap and never starts Qt.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..paths import replace_with

MAX_DPI = 300
"""Rendering above this only makes the job bigger: receipt heads print 203 dpi."""

LP_TIMEOUT = 30.0

_MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")
_POINTS_PER_MM = 72 / 25.4


class PrintError(RuntimeError):
    """Printing failed; the message says why, in Spanish, for the person at the till."""


def available_printers() -> list[str]:
    """Names of the printers the system knows, the default one first.

    Uses Qt when a GUI application is running, otherwise ``lpstat``. Returns
    an empty list when there is no print system at all.
    """
    if _qt_gui_running():
        from PySide6.QtPrintSupport import QPrinterInfo

        names = list(QPrinterInfo.availablePrinterNames())
        default = QPrinterInfo.defaultPrinterName()
    else:
        names, default = _lpstat_printers()
    if default in names:
        names.remove(default)
        names.insert(0, default)
    return names


def save_pdf(pdf: bytes, path: str | os.PathLike[str]) -> Path:
    """Write ``pdf`` to ``path`` whole or not at all; used when no printer is set.

    Raises:
        PrintError: the file cannot be written.
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(pdf)
                out.flush()
                os.fsync(out.fileno())
            replace_with(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise PrintError(f"no se pudo guardar el PDF en {target}: {exc.strerror or exc}") from exc
    return target


def print_pdf(pdf: bytes, printer: str, title: str = "Nota de venta") -> None:
    """Print ``pdf`` on ``printer`` at the PDF's own page size.

    Qt renders and prints it when a GUI application is running; otherwise the
    PDF is handed to CUPS with ``lp``.

    Raises:
        PrintError: no printer name, not a PDF, unknown printer, or the
            print system refused the job.
    """
    _check(pdf, printer)
    if _qt_gui_running():
        try:
            import PySide6.QtPdf  # noqa: F401
        except ImportError:
            print_pdf_via_lp(pdf, printer, title)
            return
        _print_via_qt(pdf, printer, title)
    else:
        print_pdf_via_lp(pdf, printer, title)


def print_pdf_via_lp(pdf: bytes, printer: str, title: str = "Nota de venta") -> None:
    """Send ``pdf`` to CUPS with ``lp``, asking for a page the size of the PDF's first page.

    Raises:
        PrintError: ``lp`` is missing, times out or refuses the job.
    """
    _check(pdf, printer)
    lp = shutil.which("lp")
    if lp is None:
        raise PrintError("no se encontró el sistema de impresión (el comando lp de CUPS)")
    command = [lp, "-d", printer, "-t", title]
    size = pdf_page_size_mm(pdf)
    if size is not None:
        command += ["-o", f"PageSize=Custom.{size[0]:.1f}x{size[1]:.1f}mm"]
    try:
        done = subprocess.run(command, input=pdf, capture_output=True, timeout=LP_TIMEOUT, check=False)
    except subprocess.TimeoutExpired as exc:
        raise PrintError(f"la impresora {printer} no respondió a tiempo") from exc
    except OSError as exc:
        raise PrintError(f"no se pudo usar el comando lp: {exc.strerror or exc}") from exc
    if done.returncode != 0:
        detail = done.stderr.decode(errors="replace").strip() or f"código {done.returncode}"
        raise PrintError(f"la impresora {printer} no aceptó el trabajo: {detail}")


def pdf_page_size_mm(pdf: bytes) -> tuple[float, float] | None:
    """Width and height in mm of the first page of a PDF whose objects are not compressed.

    ReportLab writes the page dictionaries as plain text, so their
    ``/MediaBox`` can be read without a PDF library. ``None`` when not found.
    """
    match = _MEDIA_BOX.search(pdf)
    if match is None:
        return None
    x0, y0, x1, y1 = (float(v) for v in match.groups())
    return abs(x1 - x0) / _POINTS_PER_MM, abs(y1 - y0) / _POINTS_PER_MM


def _check(pdf: bytes, printer: str) -> None:
    if not printer:
        raise PrintError("no hay una impresora elegida")
    if not pdf.startswith(b"%PDF"):
        raise PrintError("el documento a imprimir no es un PDF")


def _qt_gui_running() -> bool:
    """True when a QGuiApplication exists: Qt painting needs one, and only the app may create it."""
    import sys

    if "PySide6.QtGui" not in sys.modules:
        return False
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() is not None


def _lpstat_printers() -> tuple[list[str], str]:
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return [], ""
    try:
        names = subprocess.run([lpstat, "-e"], capture_output=True, text=True, timeout=10, check=False)
        default = subprocess.run([lpstat, "-d"], capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return [], ""
    found = [line.strip() for line in names.stdout.splitlines() if line.strip()] if names.returncode == 0 else []
    _, _, name = default.stdout.partition(":")
    return found, name.strip()


def _print_via_qt(pdf: bytes, printer_name: str, title: str) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF, Qt
    from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    if printer_name not in QPrinterInfo.availablePrinterNames():
        raise PrintError(f"no se encontró la impresora {printer_name}")

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PrintError("no se pudo leer el PDF a imprimir")

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(printer_name)
    if not printer.isValid():
        raise PrintError(f"no se puede usar la impresora {printer_name}")
    printer.setDocName(title)
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_DPI)
    printer.setResolution(dpi)

    def layout_for(page: int) -> QPageLayout:
        points = document.pagePointSize(page)
        width, height = points.width(), points.height()
        orientation = QPageLayout.Orientation.Portrait
        if width > height:
            width, height = height, width
            orientation = QPageLayout.Orientation.Landscape
        size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, title, QPageSize.SizeMatchPolicy.ExactMatch)
        return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)

    if not printer.setPageLayout(layout_for(0)):
        raise PrintError(f"la impresora {printer_name} no acepta el tamaño de papel del documento")

    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(f"no se pudo abrir la impresora {printer_name}")
    try:
        for page in range(document.pageCount()):
            if page:
                printer.setPageLayout(layout_for(page))
                if not printer.newPage():
                    raise PrintError(f"la impresora {printer_name} no aceptó una página nueva")
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            rendered = document.render(page, pixels)
            if rendered.isNull():
                raise PrintError("no se pudo preparar la página para imprimir")
            # QtPdf renders onto transparency: lay it on white paper, then send gray, a quarter the data.
            image = QImage(pixels, QImage.Format.Format_RGB32)
            image.fill(Qt.GlobalColor.white)
            onto = QPainter(image)
            onto.drawImage(0, 0, rendered)
            onto.end()
            gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
            painter.drawImage(QRectF(0, 0, pixels.width(), pixels.height()), gray)
    except BaseException:
        painter.end()
        raise
    if not painter.end():
        raise PrintError(f"la impresora {printer_name} no terminó el trabajo")
