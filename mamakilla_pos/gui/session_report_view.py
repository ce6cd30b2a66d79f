"""A cash session's X or Z report shown as a PDF, to print or save."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from ..services import cash, z_docs
from ..services.cash_figures import SessionReport
from ..services.errors import UserError
from ..services.settings import get_settings
from ..services.till_printer import ThermalJob, report_job, thermal_profile
from ..store import Store
from .widgets.i18n import language, tr
from .widgets.print_or_save import documents_folder, print_or_save
from .widgets.text import sentence

log = logging.getLogger(__name__)


def _pdf_folder() -> Path:
    return documents_folder("Cierres")


def _print_or_save(pdf: bytes, printer: str, stem: str, thermal: ThermalJob | None = None) -> tuple[bool, str]:
    """Print on the thermal printer (``thermal``) or on ``printer``; else save the PDF in the documents folder."""
    return print_or_save(pdf, _pdf_folder(), stem, printer, thermal)


def show_report_pdf(
    parent: QWidget | None, pdf: bytes, title: str, stem: str, printer: str, thermal: ThermalJob | None = None
) -> str:
    """Show an X or Z report with Imprimir, Guardar PDF and Cerrar; returns what was done.

    Imprimir prints ``thermal`` on the till's thermal printer when there is one, else the PDF on ``printer``.
    """
    from .widgets.pdf_view import PdfViewDialog

    outcome, _ = PdfViewDialog.run(
        parent, pdf, title, _pdf_folder() / f"{stem}.pdf", lambda data: _print_or_save(data, printer, stem, thermal)
    )
    return outcome


def show_session_report(parent: QWidget | None, store: Store, report: SessionReport | None = None) -> str:
    """Show the X report of the open session (``report`` ``None``) or the report given: Z once closed."""
    settings = get_settings(store)
    try:
        report = report or cash.x_report(store)
    except UserError as exc:
        QMessageBox.information(parent, tr("Caja"), sentence(str(exc)))
        return ""
    pdf = z_docs.report_pdf(report, settings, language=language())
    when = report.closed_at or report.opened_at
    if report.closed:
        title = tr("Cierre de caja {till}").format(till=report.till)
        stem = f"cierre-{report.till}-{when:%Y%m%d-%H%M}"
    else:
        title = tr("Informe X — caja {till}").format(till=report.till)
        stem = f"informe-x-{report.till}-{when:%Y%m%d-%H%M}"
    profile = thermal_profile(store)
    thermal = report_job(store, profile, report, language()) if profile is not None else None
    return show_report_pdf(parent, pdf, title, stem, settings.printer, thermal)
