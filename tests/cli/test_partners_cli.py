"""``partner``, ``consign``, ``import partner-sales`` and ``report partner`` (DESIGN.md §7, §10).

The figures are those worked out by hand in ``tests/services/test_partners.py``:
20 units sent, 7 sold (4 bags at 45.00, 1 at 40.00, 2 cases at 30.00), a
commission of 30 %, 196.00 due to the workshop.
"""

from __future__ import annotations

import json
from decimal import Decimal as D

from openpyxl import load_workbook

from mamakilla_pos.services import consignment, partner_payments
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.transfer_views import TransferLine
from tests.cli.conftest import write_csv
from tests.helpers import pdf_text

COLIBRI = "Casa Colibri Multimarca"
REPORT = [
    ("2026-06-10", "BAG001", "4", "45.00"),
    ("2026-06-12", "BAG001", "1", "40.00"),
    ("2026-06-12", "CAS001", "2", "30"),
]


def _sent(cli, shop):  # type: ignore[no-untyped-def]
    made = cli.ok("partner", COLIBRI, "--commission", "30", "--contact", "Lucía, 984 000 111")
    assert made.out.strip() == f"Tienda aliada creada: {COLIBRI} (código casa-colibri-multimarca), comisión 30 %"
    note = write_csv(cli.cwd / "envio.csv", ("code", "quantity"), [(shop.bag, 10), (shop.pencil_case, 10)])
    sent = cli.ok("consign", COLIBRI, note, "--pdf", cli.cwd / "nota.pdf")
    assert sent.out.splitlines()[0] == f"Nota de consignación CS-000001: 20 unidades a {COLIBRI}"
    return cli.cwd / "nota.pdf"


def test_send_import_their_sales_and_report_as_json(cli, shop):
    pdf = _sent(cli, shop)
    text = pdf_text(pdf)
    assert text.count("NOTA DE CONSIGNACIÓN — N.º CS-000001") == 2
    assert "Ejemplar del taller" in text and "Ejemplar de la tienda aliada" in text
    assert text.count("Entregó") == 2 and text.count("Recibió") == 2
    assert "Bolso bordado" in text and "S/ 450.00" in text and "30.0 %" in text

    sales = write_csv(cli.cwd / "ventas.csv", ("date", "code", "quantity", "price"), REPORT)
    imported = cli.ok("import", "partner-sales", "casa colibri multimarca", sales)
    assert imported.out.strip() == (
        f"Reporte RV-000001 de {COLIBRI}: 3 filas, 7 unidades, S/ 280.00 vendidos, S/ 196.00 a favor del taller."
    )
    consignment.return_units(shop.store, COLIBRI, [TransferLine(shop.pencil_case, 2)], user_id=SYSTEM_ID)
    partner_payments.record_payment(shop.store, COLIBRI, D("140.00"), "transfer", "OP 1", user_id=SYSTEM_ID)

    report = json.loads(cli.ok("report", "partner", COLIBRI, "--json").out)
    assert report == {
        "sent": 20,
        "sold": 7,
        "returned": 2,
        "on_hand": 11,
        "sold_amount": "280.00",
        "commission": "84.00",
        "due": "196.00",
        "paid": "140.00",
        "balance": "56.00",
    }
    plain = cli.ok("report", "partner", COLIBRI).out
    assert "Saldo" in plain and "S/ 56.00" in plain
    assert "íntegra" in cli.ok("verify").out


def test_the_statement_as_pdf_and_xlsx(cli, shop):
    _sent(cli, shop)
    sales = write_csv(cli.cwd / "ventas.csv", ("date", "code", "quantity", "price"), REPORT)
    cli.ok("import", "partner-sales", COLIBRI, sales)
    partner_payments.record_payment(shop.store, COLIBRI, D("140.00"), "yape", "OP 7", user_id=SYSTEM_ID)
    done = cli.ok(
        "report", "partner", COLIBRI, "--from", "2026-06-01", "--pdf", cli.cwd / "ec.pdf", "--xlsx", cli.cwd / "ec.xlsx"
    )
    assert "Estado de cuenta guardado" in done.out
    text = pdf_text(cli.cwd / "ec.pdf")
    assert f"Estado de cuenta — {COLIBRI}" in text and "Del 01/06/2026" in text
    for figure in (
        "S/ 280.00",
        "S/ 84.00",
        "S/ 196.00",
        "S/ 140.00",
        "S/ 56.00",
        "CS-000001",
        "PA-000001",
    ):
        assert figure in text, figure
    assert "10/06/2026" in text and "12/06/2026" in text
    book = load_workbook(cli.cwd / "ec.xlsx", data_only=True)
    sold = book["Vendido"]
    rows = [[c.value for c in row] for row in sold.iter_rows(min_row=2)]
    assert [r[2] for r in rows[:3]] == ["BAG001", "BAG001", "CAS001"]
    assert [D(str(r[8])) for r in rows[:3]] == [D("126"), D("28"), D("42")]
    assert [D(str(r[9])) for r in rows[:3]] == [D("126"), D("14"), D("0")]


def test_bad_input_is_one_line_and_changes_nothing(cli, shop):
    _sent(cli, shop)
    before = cli.row_counts()
    again = write_csv(
        cli.cwd / "mal.csv", ("date", "code", "quantity", "price"), [("2026-06-10", "PUR001", "1", "22.55")]
    )
    refused = cli("import", "partner-sales", COLIBRI, again)
    assert refused.code == 1
    assert refused.err_lines[0].startswith(f"línea 2: {COLIBRI} no tiene tantas unidades de PUR001")
    assert refused.err_lines[-1] == "error: 1 fila(s) con errores; no se importó nada"
    assert cli("report", "partner", "Nadie").err_lines == ["error: no existe la tienda aliada «Nadie»"]
    assert cli("partner", "Otra", "--commission", "130").err_lines == [
        "error: la comisión va de 0 a menos de 100 %: «130»"
    ]
    assert cli("partner", "Otra").err_lines == ["error: indique la comisión de la tienda aliada (--commission PCT)"]
    bad = write_csv(cli.cwd / "nota.csv", ("code", "quantity"), [("BAG001", "x"), ("NOPE", "1")])
    assert cli("consign", COLIBRI, bad).code == 1
    assert cli("report", "partner", COLIBRI, "--from", "2026-01-01").code == 1
    assert cli.row_counts() == before


def test_the_statement_in_english_and_a_language_it_does_not_speak(cli, shop):
    _sent(cli, shop)
    done = cli.ok("report", "partner", COLIBRI, "--pdf", cli.cwd / "st.pdf", "--language", "en")
    assert "Estado de cuenta guardado" in done.out
    text = pdf_text(cli.cwd / "st.pdf")
    assert f"Statement — {COLIBRI}" in text and "units sent" in text
    refused = cli("report", "partner", COLIBRI, "--pdf", cli.cwd / "x.pdf", "--language", "qu")
    assert refused.code == 1 and refused.err_lines == ["error: idioma desconocido: «qu» (es, en o fr)"]
