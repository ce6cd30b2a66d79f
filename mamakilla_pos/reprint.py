"""A reprint (COPIA) of a sale or refund note sent where an address says (DESIGN.md §7, ``reprint``).

A thermal printer gets the document as text in ESC/POS, with this till's
printer profile (paper width, character table, cut); a CUPS queue or a
file gets the ReportLab PDF. A reprint never opens the cash drawer.
"""

from __future__ import annotations

from pathlib import Path

from .printing.targets import PrinterTarget
from .store import Store


def reprint(store: Store, number: str, target: PrinterTarget, who: str) -> str:
    """Send the copy of document ``number`` to ``target``; returns where it went, in words.

    The document is read (and checked to exist) before any printer is touched.

    Raises:
        NotFound: no document has that number.
        PrintError: the printer or queue did not take it.
        UserError: the PDF file cannot be written.
    """
    from .services.printers import printer_profile
    from .services.receipts import receipt_pdf, receipt_text

    if target.escpos:
        from .printing.escpos_job import document_job
        from .printing.thermal import send

        profile = printer_profile(store)
        doc = receipt_text(store, number, profile.columns, copy=True, user_name=who)
        send(target, document_job(doc, profile.setup(), kick=False, logo=True))
        return target.describe()
    pdf = receipt_pdf(store, number, copy=True, user_name=who)
    if target.kind == "cups":
        from .printing import print_pdf_via_lp

        print_pdf_via_lp(pdf, target.name, title=f"{number} COPIA")
        return target.describe()
    from .cli_input import write_output

    return str(write_output(Path(target.name), pdf))
