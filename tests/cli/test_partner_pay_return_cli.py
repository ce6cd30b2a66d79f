"""``partner pay PARTNER AMOUNT --method M`` and ``partner return PARTNER FILE`` (DESIGN.md §7 style, §10).

The figures of ``tests/services/test_partners.py``: 196.00 due for 7 units
sold; 140.00 paid by transfer settles the first bag line and half of the
second (63.00 for the makers); 2 pencil cases come back.
"""

from __future__ import annotations

import json

from tests.cli.conftest import write_csv
from tests.cli.test_partners_cli import COLIBRI, REPORT, _sent
from tests.helpers import pdf_text


def _sold(cli, shop):  # type: ignore[no-untyped-def]
    _sent(cli, shop)
    sales = write_csv(cli.cwd / "ventas.csv", ("date", "code", "quantity", "price"), REPORT)
    cli.ok("import", "partner-sales", COLIBRI, sales)


def test_a_payment_and_a_return_from_the_command_line(cli, shop):
    _sold(cli, shop)
    paid = cli.ok("partner", "pay", COLIBRI, "140.00", "--method", "transfer", "--reference", "OP 55501")
    assert paid.out.strip() == (
        f"Cobro PA-000001 a {COLIBRI}: S/ 140.00 por transferencia; 2 ventas canceladas, S/ 63.00 para las artesanas."
    )
    back = write_csv(cli.cwd / "vuelven.csv", ("code", "quantity"), [(shop.pencil_case, 2)])
    returned = cli.ok("partner", "return", "casa colibri multimarca", back, "--pdf", cli.cwd / "dc.pdf")
    assert returned.out.splitlines()[0] == f"Nota de devolución DC-000001: 2 unidades de {COLIBRI}"
    assert "NOTA DE DEVOLUCIÓN" in pdf_text(cli.cwd / "dc.pdf").upper()
    report = json.loads(cli.ok("report", "partner", COLIBRI, "--json").out)
    assert (report["returned"], report["on_hand"], report["paid"], report["balance"]) == (2, 11, "140.00", "56.00")
    assert "íntegra" in cli.ok("verify").out


def test_bad_payments_and_returns_are_one_line_and_change_nothing(cli, shop):
    _sold(cli, shop)
    before = cli.row_counts()
    back = write_csv(cli.cwd / "vuelven.csv", ("code", "quantity"), [(shop.pencil_case, 11)])
    bad = write_csv(cli.cwd / "mal.csv", ("code", "quantity"), [(shop.bag, "x"), ("NOPE", "1")])
    cases = {
        ("partner", "pay", COLIBRI, "doscientos", "--method", "transfer"): "error: no es un monto válido: «doscientos»",
        ("partner", "pay", COLIBRI, "196.01", "--method", "yape"): f"error: {COLIBRI} debe S/ 196.00:",
        ("partner", "pay", COLIBRI, "10", "--method", "cheque"): "error: método de pago desconocido: cheque",
        ("partner", "pay", "Nadie", "10", "--method", "yape"): "error: no existe la tienda aliada «Nadie»",
        ("partner", "pay", COLIBRI, "0", "--method", "yape"): "error: el monto debe ser mayor que cero",
        ("partner", "return", COLIBRI, back): f"error: {COLIBRI} no tiene tantas unidades para devolver",
        ("partner", "return", COLIBRI, cli.cwd / "no-existe.csv"): "error: ",
    }
    for args, start in cases.items():
        refused = cli(*args)
        assert refused.code == 1, args
        assert len(refused.err_lines) == 1 and refused.err_lines[0].startswith(start), (args, refused.err)
    refused = cli("partner", "return", COLIBRI, bad)
    assert refused.code == 1 and refused.err_lines[-1].startswith("error: ")
    assert cli.row_counts() == before
    assert cli("partner", "pay", COLIBRI, "10").code == 2  # --method is required: a usage error
