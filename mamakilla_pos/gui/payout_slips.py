"""A payout's slip on screen, on paper or saved: the paper chosen last, the printer asked for, the PDF kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QInputDialog, QWidget

from ..printing import available_printers
from ..services.payout_docs import PAPERS, payout_slip_pdf
from ..store import Store
from .widgets.i18n import language, tr
from .widgets.pdf_view import PdfViewDialog
from .widgets.print_or_save import documents_folder, print_else_save

PAPER_SETTING = "payouts/slip_paper"


def slips_folder() -> Path:
    """Where slips are saved when they are not printed: ``~/Documents/Mama Killa/Constancias``."""
    return documents_folder("Constancias")


def slip_paper() -> str:
    """The paper last chosen for slips (A4 unless changed)."""
    paper = str(QSettings().value(PAPER_SETTING, "A4"))
    return paper if paper in PAPERS else "A4"


def remember_paper(paper: str) -> None:
    QSettings().setValue(PAPER_SETTING, paper)


def paper_combo(parent: QWidget) -> QComboBox:
    """A4 / A5, set to the paper last used."""
    combo = QComboBox(parent)
    combo.setObjectName("slipPaperCombo")
    for paper in PAPERS:
        combo.addItem(paper, paper)
    combo.setCurrentIndex(PAPERS.index(slip_paper()))
    combo.currentIndexChanged.connect(lambda _i: remember_paper(combo.currentData()))
    return combo


def print_slip(parent: QWidget | None, pdf: bytes, number: str) -> tuple[bool, str]:
    """Ask which printer (slips are A4 or A5, not the receipt roll) and print; else save the PDF.

    Returns:
        ``(True, "")`` when printed; ``(False, "")`` when the choice was cancelled;
        otherwise ``(False, a message saying why and where the PDF was saved)``.
    """
    printers = available_printers()
    name = ""
    if printers:
        name, chosen = QInputDialog.getItem(
            parent, tr("Imprimir constancia"), tr("Impresora (A4 o A5, no la de tickets):"), printers, 0, False
        )
        if not chosen:
            return False, ""
    missed = print_else_save(
        pdf,
        slips_folder(),
        number,
        name,
        no_printer=tr("no hay ninguna impresora instalada"),
        title=tr("Constancia {number}").format(number=number),
    )
    if missed is None:
        return True, ""
    if missed.path is None:
        message = tr("No se imprimió la constancia {number}: {reason}. Tampoco se pudo guardar: {error}")
        return False, message.format(number=number, reason=missed.reason, error=missed.error)
    message = tr("No se imprimió la constancia {number}: {reason}.\nSe guardó el PDF en:\n{path}")
    return False, message.format(number=number, reason=missed.reason, path=missed.path)


def show_slip(parent: QWidget | None, store: Store, number: str, copy: bool, paper: str) -> str:
    """Show the slip of payout ``number`` (a reprint says COPIA) with Imprimir and Guardar PDF."""
    pdf = payout_slip_pdf(store, number, copy=copy, paper=paper, language=language())
    title = (tr("Constancia de pago {number} (copia)") if copy else tr("Constancia de pago {number}")).format(
        number=number
    )
    stem = f"{number}-COPIA" if copy else number
    outcome, _accepted = PdfViewDialog.run(
        parent, pdf, title, slips_folder() / f"{stem}.pdf", lambda data: print_slip(parent, data, stem)
    )
    return outcome
