"""An order's slip (for the customer) and work ticket (for the maker) shown as PDF, to print or save.

Imprimir sends the 80 mm slip to the till's thermal printer in ESC/POS when
the till has one; everything else (the A4 slip, the work ticket) goes to the
printer chosen in Ajustes as a PDF. A document that cannot be printed is
saved in the documents folder, and the dialog says where; nothing recorded
depends on it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ..services import order_docs
from ..services.settings import get_settings
from ..services.till_printer import ThermalJob, order_slip_job, thermal_profile
from ..store import Store
from .widgets.i18n import tr
from .widgets.print_or_save import documents_folder
from .widgets.print_or_save import print_or_save as print_to_folder

SLIP, TICKET = "slip", "ticket"


def orders_folder() -> Path:
    """Where order slips and work tickets are saved: ``~/Documents/Mama Killa/Encargos``."""
    return documents_folder("Encargos")


def print_or_save(pdf: bytes, printer: str, stem: str, thermal: ThermalJob | None = None) -> tuple[bool, str]:
    """Print ``thermal`` on the thermal printer, or ``pdf`` on ``printer``; else save the PDF in :func:`orders_folder`.

    Returns:
        ``(True, "")`` when printed, else ``(False, why and where it was saved)``.
    """
    return print_to_folder(pdf, orders_folder(), stem, printer, thermal)


def show_order_document(parent: QWidget | None, store: Store, number: str, kind: str, paper: str, language: str) -> str:
    """Show the slip (``kind`` :data:`SLIP`) or the work ticket of order ``number``; returns what was done.

    ``paper`` is ``80mm`` or ``A4``; ``language`` the one it prints in (``es``, ``en`` or ``fr``).
    """
    from .widgets.pdf_view import PdfViewDialog

    settings = get_settings(store)
    thermal: ThermalJob | None = None
    if kind == SLIP:
        pdf = order_docs.order_slip_pdf(store, number, paper, language)
        title, stem = tr("Encargo {number}").format(number=number), f"encargo-{number}"
        profile = thermal_profile(store)
        if profile is not None and paper != "A4":
            thermal = order_slip_job(store, profile, number, language)
    else:
        pdf = order_docs.work_ticket_pdf(store, number, paper, language)
        title, stem = tr("Orden de trabajo {number}").format(number=number), f"orden-de-trabajo-{number}"
    outcome, _ = PdfViewDialog.run(
        parent,
        pdf,
        title,
        orders_folder() / f"{stem}.pdf",
        lambda data: print_or_save(data, settings.printer, stem, thermal),
    )
    return outcome
