"""Print a document, or keep it: what cannot be printed is saved as a PDF in the documents folder.

A receipt, an order's slip, a payout's slip or a cash report is already
recorded when it is printed, so a printer problem never loses it: the PDF
is saved under ``~/Documents/Mama Killa/<folder>`` and the caller says why
and where, in its own words.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from ...printing import PrintError, print_pdf, save_pdf
from ...services.till_printer import ThermalJob, send_job
from .i18n import tr

log = logging.getLogger(__name__)


def documents_folder(name: str) -> Path:
    """``~/Documents/Mama Killa/<name>``: where the till keeps the documents it saves."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(base or Path.home()) / "Mama Killa" / name


@dataclass(frozen=True)
class NotPrinted:
    """Why a document was not printed, and where its PDF was saved.

    ``path`` is ``None`` when it could not be saved either; ``error`` then says why.
    """

    reason: str
    path: Path | None
    error: str = ""


def print_else_save(
    pdf: bytes,
    folder: Path,
    stem: str,
    printer: str = "",
    thermal: ThermalJob | None = None,
    no_printer: str = "",
    title: str = "",
) -> NotPrinted | None:
    """Print ``thermal`` on the till's thermal printer, or ``pdf`` on ``printer``; else save ``folder/stem.pdf``.

    Args:
        no_printer: why nothing was printed when there is neither; by default,
            that no printer is chosen in Ajustes.
        title: the print job's name in the printer's queue; ``stem`` by default.

    Returns:
        ``None`` when printed, else why not and where the PDF was saved.
    """
    reason = no_printer or tr("no hay una impresora elegida en Ajustes")
    if thermal is not None:
        try:
            send_job(thermal)
            return None
        except PrintError as exc:
            reason = str(exc)
    elif printer:
        try:
            print_pdf(pdf, printer, title=title or stem)
            return None
        except PrintError as exc:
            reason = str(exc)
        except Exception as exc:  # the document is already recorded: any printer failure falls back to a file
            log.exception("printing %s on %s failed", stem, printer)
            reason = tr("la impresora {printer} falló ({error})").format(printer=printer, error=exc)
    try:
        return NotPrinted(reason, save_pdf(pdf, folder / f"{stem}.pdf"))
    except PrintError as exc:
        return NotPrinted(reason, None, str(exc))


def print_or_save(
    pdf: bytes, folder: Path, stem: str, printer: str = "", thermal: ThermalJob | None = None
) -> tuple[bool, str]:
    """:func:`print_else_save`, told as a PDF viewer's Imprimir tells it.

    Returns:
        ``(True, "")`` when printed, else ``(False, why and where it was saved)``.
    """
    missed = print_else_save(pdf, folder, stem, printer, thermal)
    if missed is None:
        return True, ""
    if missed.path is None:
        return False, tr("No se imprimió: {reason}. Tampoco se pudo guardar: {error}").format(
            reason=missed.reason, error=missed.error
        )
    return False, tr("No se imprimió: {reason}.\nSe guardó el PDF en:\n{path}").format(
        reason=missed.reason, path=missed.path
    )
