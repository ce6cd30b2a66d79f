"""The partner statement in the shop's language: Spanish, English or French, PDF and XLSX (DESIGN.md §6, §10).

The figures of ``tests/services/test_partners.py``: 7 units sold for
280.00, 84.00 commission, 196.00 due, 140.00 paid by transfer, 56.00 left.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook

from mamakilla_pos.services import partner_docs, partner_payments, partner_report, partner_sales
from mamakilla_pos.services.actors import SYSTEM_ID
from tests.helpers import pdf_text
from tests.services.test_partner_line_makers import colibri  # noqa: F401
from tests.services.test_partners import COLIBRI, REPORT, write_report

EXPECTED = {
    "es": (
        f"Estado de cuenta — {COLIBRI}",
        ("Del 01/06/2026", "S/ 280.00", "S/ 56.00", "Transferencia", "página 1 de"),
        ("Informe", "Resumen", "Enviado", "Vendido", "Devuelto", "Pagos"),
        ["Fecha", "Reporte", "Código", "Producto", "Cant.", "Precio", "Importe", "Comisión", "A favor", "Pagado"],
    ),
    "en": (
        f"Statement — {COLIBRI}",
        ("From 2026-06-01", "S/ 280.00", "S/ 56.00", "Bank transfer", "page 1 of", "due to the workshop"),
        ("Report", "Summary", "Sent", "Sold", "Returned", "Payments"),
        ["Date", "Report", "Code", "Product", "Qty", "Price", "Amount", "Commission", "Due to us", "Paid"],
    ),
    "fr": (
        f"Relevé de compte — {COLIBRI}",
        ("Du 01/06/2026", "280,00 S/", "56,00 S/", "Virement", "page 1 sur", "dû à l'atelier"),
        ("Rapport", "Résumé", "Envoyé", "Vendu", "Rendu", "Paiements"),
        ["Date", "Relevé", "Code", "Produit", "Qté", "Prix", "Montant", "Commission", "Dû", "Payé"],
    ),
}


@pytest.mark.parametrize("language", ["es", "en", "fr"])
def test_the_statement_speaks_the_shops_language(colibri, tmp_path, language):  # noqa: F811
    store = colibri.store
    partner_sales.import_partner_sales(store, COLIBRI, write_report(tmp_path / "junio.csv", REPORT), user_id=SYSTEM_ID)
    partner_payments.record_payment(store, COLIBRI, D("140.00"), "transfer", "OP 1", user_id=SYSTEM_ID)
    st = partner_report.statement(store, COLIBRI, date(2026, 6, 1))
    title, figures, sheets, sold_headers = EXPECTED[language]

    text = pdf_text(partner_docs.statement_pdf(store, st, language)).replace("\xa0", " ").replace("\u202f", " ")
    assert title in text
    for figure in figures:
        assert figure in text, (language, figure)
    if language != "es":
        for spanish in ("Vendido", "Enviado", "Comisión", "A favor del taller", "Saldo"):
            assert spanish not in text, (language, spanish)

    book = load_workbook(io.BytesIO(partner_docs.statement_xlsx(st, language)), data_only=True)
    assert tuple(book.sheetnames[:6]) == sheets
    sold = book[sheets[3]]
    assert [c.value for c in sold[1]][:10] == sold_headers
    assert [D(str(r[8].value)) for r in sold.iter_rows(min_row=2, max_row=4)] == [D("126"), D("28"), D("42")]
