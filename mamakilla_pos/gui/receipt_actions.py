"""What happens to a receipt once a sale or refund is recorded: print it, show it, or nothing.

Printing never stops the till: when no printer is chosen or printing fails,
the PDF is saved in the documents folder and a message that does not block
says where.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..printing import PrintError, save_pdf
from ..services.history import last_sale_number
from ..services.receipts import receipt_pdf, receipt_pdf_of
from ..services.sale_views import SaleView
from ..services.settings import ShopSettings, get_settings
from ..services.till_printer import ThermalJob, after_document, receipt_job, thermal_profile
from ..services.till_printer import after_sale as thermal_after_sale
from ..store import Store
from .thermal import drawer_failed, send_in_background
from .till_user import current_user_id
from .widgets.i18n import tr
from .widgets.pdf_view import PdfViewDialog
from .widgets.print_or_save import documents_folder as folder_named
from .widgets.print_or_save import print_else_save


def documents_folder() -> Path:
    """Where receipts are saved when they cannot be printed: ``~/Documents/Mama Killa/Notas``."""
    return folder_named("Notas")


def _file_stem(number: str, copy: bool) -> str:
    return f"{number}-COPIA" if copy else number


def print_or_save(pdf: bytes, printer: str, file_stem: str, thermal: ThermalJob | None = None) -> tuple[bool, str]:
    """Print on the till's thermal printer (``thermal``) or ``pdf`` on ``printer``; else save the PDF.

    The PDF is saved in :func:`documents_folder` when it cannot be printed.

    Returns:
        ``(True, "")`` when printed, else ``(False, a Spanish message saying why and where it was saved)``.
    """
    missed = print_else_save(pdf, documents_folder(), file_stem, printer, thermal)
    if missed is None:
        return True, ""
    if missed.path is None:
        message = tr("No se imprimió la nota {name}: {reason}. Tampoco se pudo guardar: {error}")
        return False, message.format(name=file_stem, reason=missed.reason, error=missed.error)
    message = tr("No se imprimió la nota {name}: {reason}.\nSe guardó el PDF en:\n{path}")
    return False, message.format(name=file_stem, reason=missed.reason, path=missed.path)


def notify(parent: QWidget | None, message: str) -> QMessageBox:
    """Say something without blocking the till: a window that stays until closed, nothing waits for it."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("Nota de venta"), message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("receiptNotice")
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.show()
    return box


def show_receipt(
    parent: QWidget | None, pdf: bytes, title: str, file_stem: str, printer: str, thermal: ThermalJob | None = None
) -> str:
    """Show the PDF; Imprimir prints ``thermal`` on the thermal printer, or the PDF on ``printer`` (or saves it).

    Returns what was done.
    """
    outcome, _ = PdfViewDialog.run(
        parent,
        pdf,
        title,
        documents_folder() / f"{file_stem}.pdf",
        lambda data: print_or_save(data, printer, file_stem, thermal),
    )
    return outcome


def after_sale(
    parent: QWidget,
    store: Store,
    number: str,
    settings: ShopSettings,
    language: str = "es",
    document: SaleView | None = None,
) -> None:
    """Deliver the receipt of a sale or refund just recorded, as the shop chose: print, show or skip.

    ``language`` is the customer's: the seller may switch a tourist's receipt to English or French.
    ``document`` is the sale or refund as recorded (``SaleResult.document``): its receipt is made
    from it, without reading it back.
    """
    profile = thermal_profile(store)
    if profile is not None:
        print_it = settings.after_payment == "print"
        if document is not None:
            _send_after_sale(
                parent, number, print_it, thermal_after_sale(profile, document, settings, print_it, language)
            )
        else:
            _thermal_after_sale(parent, store, number, print_it, language)
    if settings.after_payment == "skip" or (profile is not None and settings.after_payment == "print"):
        return
    if document is not None:
        pdf = receipt_pdf_of(document, settings, language)
    else:
        pdf = receipt_pdf(store, number, language=language)
    if settings.after_payment == "show":
        thermal = receipt_job(store, profile, number, language) if profile is not None else None
        show_receipt(parent, pdf, tr("Nota {number}").format(number=number), number, settings.printer, thermal)
        return
    printed, message = print_or_save(pdf, settings.printer, number)
    if not printed:
        notify(parent, message)


def _thermal_after_sale(parent: QWidget, store: Store, number: str, print_it: bool, language: str) -> None:
    """On a thermal till: the receipt when the shop prints after payment, the drawer kicked first when cash moved."""
    _send_after_sale(parent, number, print_it, after_document(store, number, print_it, language))


def _send_after_sale(parent: QWidget, number: str, print_it: bool, job: ThermalJob | None) -> None:
    if job is None:
        return
    if print_it:
        send_in_background(parent, job, lambda error: _tell_not_printed(parent, number, error))
    else:
        send_in_background(parent, job, lambda error: error and notify(parent, drawer_failed(error)))


def _tell_not_printed(parent: QWidget, name: str, error: str) -> None:
    """Say, without blocking, that a document did not print; it stays saved and can be reprinted."""
    if error:
        message = tr("No se imprimió la nota {name}: {reason}. Está guardada: reimprímala desde Historial.")
        notify(parent, message.format(name=name, reason=error))


def print_receipt(store: Store, number: str, printer: str, language: str = "es") -> tuple[bool, str]:
    """Print the receipt of ``number`` on ``printer`` (or save it when that cannot be done).

    Returns:
        Whether it was printed, and what to tell the seller.
    """
    pdf = receipt_pdf(store, number, language=language)
    printed, message = print_or_save(pdf, printer, number)
    if printed:
        return True, tr("Nota impresa en {printer}.").format(printer=printer)
    return False, message


def save_receipt(store: Store, number: str, language: str = "es") -> tuple[bool, str]:
    """Save the receipt of ``number`` as a PDF in :func:`documents_folder`.

    Returns:
        Whether it was saved, and what to tell the seller (where, or why not).
    """
    pdf = receipt_pdf(store, number, language=language)
    try:
        path = save_pdf(pdf, documents_folder() / f"{number}.pdf")
    except PrintError as exc:
        return False, tr("No se pudo guardar el PDF: {error}").format(error=exc)
    return True, tr("PDF guardado en:\n{path}").format(path=path)


def reprint(
    parent: QWidget, store: Store, number: str, settings: ShopSettings | None = None, language: str = "es"
) -> None:
    """Print document ``number`` again, marked COPIA, in ``language``.

    Printed straight away when the till prints after payment; otherwise shown
    first, since someone asked for it (even when receipts are normally skipped).
    The copy says when it was reprinted and by the user logged in.
    """
    settings = settings or get_settings(store)
    profile = thermal_profile(store)
    thermal = None
    if profile is not None:
        thermal = receipt_job(store, profile, number, language, copy=True, user_id=current_user_id(parent))
        if settings.after_payment == "print":
            send_in_background(parent, thermal, lambda error: _tell_not_printed(parent, f"{number} (COPIA)", error))
            return
    pdf = receipt_pdf(store, number, copy=True, language=language, user_id=current_user_id(parent))
    stem = _file_stem(number, copy=True)
    if settings.after_payment == "print":
        printed, message = print_or_save(pdf, settings.printer, stem)
        if not printed:
            notify(parent, message)
        return
    show_receipt(parent, pdf, tr("Nota {number} (COPIA)").format(number=number), stem, settings.printer, thermal)


def reprint_last(parent: QWidget, store: Store) -> None:
    """Reprint the newest sale or refund of this till, marked COPIA (Ctrl+P)."""
    settings = get_settings(store)
    number = last_sale_number(store, settings.till_series)
    if number is None:
        notify(parent, tr("Todavía no hay ninguna nota en esta caja."))
        return
    reprint(parent, store, number, settings)
