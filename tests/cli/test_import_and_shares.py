"""Issue 2, "Done when": import products and paper sales, then every maker's share to the céntimo.

Every expected figure below is worked out by hand from DESIGN.md §4 (share
rate 0.45), not computed with the package's own code:

* line net = quantity × unit price − line discount;
* line share = round_half_up(net × 0.45, 0.01);
* split among makers by weight, in céntimos: floors first, the céntimos left
  over go to the largest remainders, ties to the maker listed first;
* refunding q of Q units returns round(net × q / Q) on the first step and the
  exact remainder on the step that completes the line; the same per maker
  for the share reversals.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from openpyxl import Workbook
from sqlalchemy import select

from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.payouts import pay_maker
from mamakilla_pos.store.models import Maker

# -- the products ---------------------------------------------------------------------------------
# CSV: single-maker and multi-maker items (2:1 and 1:1:1), empty location = the workshop.
PRODUCTS_CSV = [
    ("BOL01", "Bolso bordado Inti", "Bolsos", "45.00", "Rosa Quispe:2;Ana Huamán:1", "10", ""),
    ("MON01", "Monedero de cuero", "Monederos", "22.55", "Rosa Quispe", "8", "taller"),
    ("CAR01", "Cartuchera Ñusta", "Cartucheras", "30.00", "Luz Mamani", "6", "taller"),
    ("TAP01", "Tapiz Mama Killa", "Bordados", "140.00", "Rosa Quispe:1;Ana Huamán:1;Luz Mamani:1", "3", "taller"),
]
# XLSX: numbers as Excel numbers (an int and a float), a price as text, an empty code
# (generated) and a new location.
PRODUCTS_XLSX = [
    ("CIN01", "Cinturón de cuero grabado", "Cuero repujado", 55, "Nilda Choque:2;Yeny Cusi:1", 5, "taller"),
    ("NEC01", "Neceser de aguayo", "Cartucheras", 32.5, "Yeny Cusi", 4, "taller"),
    (None, "Diadema bordada", "Accesorios", "14.00", "Sonia Huillca", 2, "Feria San Blas"),
]

# -- the paper sales ----------------------------------------------------------------------------
# receipt, datetime, code, quantity, unit_price, discount, payment, refund_of
SALES_CSV = [
    # N-001 cash, 2 March.
    #   BOL01 2 × 45.00 − 3.55 = 86.45; share 86.45 × 0.45 = 38.9025 → 38.90;
    #     Rosa:2 Ana:1 of 3890 c = 2593.33 + 1296.67 → floors 2593 + 1296 = 3889, the céntimo left
    #     goes to the larger remainder (.67, Ana) → Rosa 25.93, Ana 12.97.
    #   MON01 1 × 22.55 = 22.55 (empty discount); share 10.1475 → 10.15 → Rosa 10.15.
    #   Total 109.00.
    ("N-001", "2026-03-02T10:15:00", "BOL01", "2", "45.00", "3.55", "cash", ""),
    ("N-001", "2026-03-02T10:15:00", "MON01", "1", "22.55", "", "cash", ""),
    # N-002 Yape, 2 March.
    #   TAP01 1 × 140.00 − 9.90 = 130.10; share 58.545 → 58.55 (half up);
    #     1:1:1 of 5855 c = 1951.67 each → floors 5853, 2 c left, equal remainders → the first two
    #     listed: Rosa 19.52, Ana 19.52, Luz 19.51.
    #   CAR01 2 × 28.00 (sold under the list price) = 56.00; share 25.20 → Luz 25.20.
    #   Total 186.10.
    ("N-002", "2026-03-02T11:40:00", "TAP01", "1", "140.00", "9.90", "yape", ""),
    ("N-002", "2026-03-02T11:40:00", "CAR01", "2", "28.00", "0", "yape", ""),
    # N-003 dollars, 3 March.
    #   CAR01 3 × 30.00 (empty unit_price → list price) − 0.50 = 89.50; share 40.275 → 40.28 → Luz.
    #   BOL01 1 × 45.00 = 45.00; share 20.25; 2:1 of 2025 c = 1350 + 675 → Rosa 13.50, Ana 6.75.
    #   Total 134.50.
    ("N-003", "2026-03-03T09:05:00", "CAR01", "3", "", "0.50", "usd", ""),
    ("N-003", "2026-03-03T09:05:00", "BOL01", "1", "45.00", "0", "usd", ""),
    # N-004 card, 3 March.
    #   CIN01 2 × 55.00 − 1.11 = 108.89; share 49.0005 → 49.00; Nilda:2 Yeny:1 of 4900 c =
    #     3266.67 + 1633.33 → floors 4899, 1 c to the larger remainder (Nilda) → Nilda 32.67, Yeny 16.33.
    #   NEC01 1 × 32.50 = 32.50; share 14.625 → 14.63 → Yeny.
    #   Total 141.39.
    ("N-004", "2026-03-03T15:30:00", "CIN01", "2", "55.00", "1.11", "card", ""),
    ("N-004", "2026-03-03T15:30:00", "NEC01", "1", "32.50", "0", "card", ""),
    # N-005 Plin, 4 March.
    #   MON01 3 × 22.55 = 67.65 − 0.65 = 67.00; share 30.15 → Rosa.
    ("N-005", "2026-03-04T10:00:00", "MON01", "3", "22.55", "0.65", "plin", ""),
    # D-001 cash, 4 March: full refund of N-001, step 1 — BOL01 1 of 2.
    #   net round(86.45 / 2 = 43.225) = 43.23; Rosa round(25.93 / 2 = 12.965) = 12.97;
    #   Ana round(12.97 / 2 = 6.485) = 6.49.
    ("D-001", "2026-03-04T12:00:00", "BOL01", "1", "", "", "cash", "N-001"),
    # D-002 Yape, 5 March: full refund of N-001, step 2 — the last BOL01 and the MON01.
    #   BOL01 exact remainders: net 86.45 − 43.23 = 43.22; Rosa 25.93 − 12.97 = 12.96;
    #     Ana 12.97 − 6.49 = 6.48.
    #   MON01 1 of 1: net 22.55; Rosa 10.15.   Total 65.77.
    ("D-002", "2026-03-05T10:00:00", "BOL01", "1", "", "", "yape", "N-001"),
    ("D-002", "2026-03-05T10:00:00", "MON01", "1", "", "", "yape", "N-001"),
    # D-003 cash, 5 March: partial refund of N-003 — CAR01 1 of 3.
    #   net round(89.50 / 3 = 29.8333) = 29.83; Luz round(40.28 / 3 = 13.4267) = 13.43.
    ("D-003", "2026-03-05T11:00:00", "CAR01", "1", "", "", "cash", "N-003"),
    # D-004 transfer, 5 March: partial refund of N-005 — MON01 2 of 3.
    #   net round(67.00 × 2 / 3 = 44.6667) = 44.67; Rosa round(30.15 × 2 / 3 = 20.10) = 20.10.
    ("D-004", "2026-03-05T16:00:00", "MON01", "2", "", "", "transfer", "N-005"),
]

# Whole period 2–5 March, before any payout:
#   Rosa  accrued 25.93 + 10.15 + 19.52 + 13.50 + 30.15 = 99.25
#         reversed 12.97 + 12.96 + 10.15 + 20.10 = 56.18            balance 99.25 − 56.18 = 43.07
#   Ana   accrued 12.97 + 19.52 + 6.75 = 39.24
#         reversed 6.49 + 6.48 = 12.97 (all of N-001's 12.97)        balance 26.27
#   Luz   accrued 19.51 + 25.20 + 40.28 = 84.99, reversed 13.43      balance 71.56
#   Nilda accrued 32.67                                              balance 32.67
#   Yeny  accrued 16.33 + 14.63 = 30.96                              balance 30.96
#   Sonia Huillca sold nothing: not listed.
BEFORE_PAYOUT = {
    "Ana Huamán": ("39.24", "12.97", "0.00", "26.27"),
    "Luz Mamani": ("84.99", "13.43", "0.00", "71.56"),
    "Nilda Choque": ("32.67", "0.00", "0.00", "32.67"),
    "Rosa Quispe": ("99.25", "56.18", "0.00", "43.07"),
    "Yeny Cusi": ("30.96", "0.00", "0.00", "30.96"),
}
# Luz is paid by Yape up to 3 March: her entries of 2 and 3 March, 19.51 + 25.20 + 40.28 = 84.99.
# The reversal of 5 March (−13.43) stays unsettled: paid 84.99, balance −13.43
# (accrued − reversed = 71.56 = paid + balance = 84.99 − 13.43).
AFTER_PAYOUT = {**BEFORE_PAYOUT, "Luz Mamani": ("84.99", "13.43", "84.99", "-13.43")}
# 4 March only: N-005 (Rosa +30.15) and D-001 (Rosa −12.97, Ana −6.49).
MARCH_4 = {
    "Ana Huamán": ("0.00", "6.49", "0.00", "-6.49"),
    "Rosa Quispe": ("30.15", "12.97", "0.00", "17.18"),
}
# 2–3 March after the payout: only sales, no refunds yet.
#   Rosa 25.93 + 10.15 + 19.52 + 13.50 = 69.10; Ana 12.97 + 19.52 + 6.75 = 39.24; Luz 84.99 all paid.
MARCH_2_TO_3 = {
    "Ana Huamán": ("39.24", "0.00", "0.00", "39.24"),
    "Luz Mamani": ("84.99", "0.00", "84.99", "0.00"),
    "Nilda Choque": ("32.67", "0.00", "0.00", "32.67"),
    "Rosa Quispe": ("69.10", "0.00", "0.00", "69.10"),
    "Yeny Cusi": ("30.96", "0.00", "0.00", "30.96"),
}

# Units after the sales and refunds (all sold and returned at the workshop):
#   BOL01 10 − 2 − 1 + 1 + 1 = 9;  MON01 8 − 1 − 3 + 1 + 2 = 7;  CAR01 6 − 2 − 3 + 1 = 2;
#   TAP01 3 − 1 = 2;  CIN01 5 − 2 = 3;  NEC01 4 − 1 = 3;  the diadema 2 at the fair (unsold).
STOCK_AFTER = {
    ("BOL01", "taller"): 9,
    ("MON01", "taller"): 7,
    ("CAR01", "taller"): 2,
    ("TAP01", "taller"): 2,
    ("CIN01", "taller"): 3,
    ("NEC01", "taller"): 3,
}


def _write_xlsx(path, rows):  # type: ignore[no-untyped-def]
    book = Workbook()
    sheet = book.active
    sheet.append(["code", "product", "category", "price", "makers", "quantity", "location"])
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def _shares(cli, start: str, end: str) -> dict[str, tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    data = cli.ok("report", "shares", "--from", start, "--to", end, "--json").json()
    assert list(data) == ["from", "to", "makers"]
    assert data["from"] == start
    assert data["to"] == end
    result = {}
    for entry in data["makers"]:
        assert list(entry) == ["maker", "accrued", "reversed", "paid", "balance"]
        for key in ("accrued", "reversed", "paid", "balance"):
            value = entry[key]
            assert isinstance(value, str), entry
            whole, _, cents = value.lstrip("-").partition(".")
            assert whole.isdigit() and len(cents) == 2 and cents.isdigit(), entry
        assert entry["maker"] not in result, "a maker is listed twice"
        result[entry["maker"]] = (entry["accrued"], entry["reversed"], entry["paid"], entry["balance"])
    return result


def _import_everything(cli, store) -> None:  # type: ignore[no-untyped-def]
    products = cli.write_products("productos.csv", PRODUCTS_CSV)
    result = cli.ok("import", "products", products)
    assert "4 filas" in result.out
    workbook = _write_xlsx(cli.cwd / "productos.xlsx", PRODUCTS_XLSX)
    result = cli.ok("import", "products", workbook)
    assert "3 filas" in result.out
    sales = cli.write_sales("ventas.csv", SALES_CSV)
    result = cli.ok("import", "sales", sales)
    assert "5 ventas y 4 devoluciones" in result.out


def test_imported_sales_give_every_maker_share_to_the_centimo(cli, store):
    _import_everything(cli, store)

    assert _shares(cli, "2026-03-02", "2026-03-05") == BEFORE_PAYOUT

    with store.session() as session:
        luz = session.execute(select(Maker.id).where(Maker.name == "Luz Mamani")).scalar_one()
    payout = pay_maker(store, luz, date(2026, 3, 3), "yape", "40417788", user_id=SYSTEM_ID)
    assert payout is not None
    # N-002 gave Luz two entries (tapiz 19.51, cartuchera 25.20), N-003 one (40.28).
    assert (str(payout.amount), payout.entries) == ("84.99", 3)
    assert _shares(cli, "2026-03-02", "2026-03-05") == AFTER_PAYOUT


def test_shares_after_payout_and_by_period(cli, store):
    _import_everything(cli, store)
    with store.session() as session:
        luz = session.execute(select(Maker.id).where(Maker.name == "Luz Mamani")).scalar_one()
    payout = pay_maker(store, luz, date(2026, 3, 3), "yape", "40417788", user_id=SYSTEM_ID)
    assert payout is not None
    assert str(payout.amount) == "84.99"

    assert _shares(cli, "2026-03-02", "2026-03-05") == AFTER_PAYOUT
    assert _shares(cli, "2026-03-04", "2026-03-04") == MARCH_4
    assert _shares(cli, "2026-03-02", "2026-03-03") == MARCH_2_TO_3
    assert _shares(cli, "2026-03-06", "2026-03-31") == {}
    # A wider period than the data changes nothing.
    assert _shares(cli, "2026-01-01", "2026-12-31") == AFTER_PAYOUT


def test_stock_and_verify_after_the_imports(cli, store):
    _import_everything(cli, store)

    rows = cli.ok("stock", "--json").json()["stock"]
    for row in rows:
        assert set(row) == {"code", "product", "makers", "location", "quantity", "price"}
        assert isinstance(row["quantity"], int)
    assert {r["code"]: r["price"] for r in rows if r["code"] in {"BOL01", "MON01", "NEC01"}} == {
        "BOL01": "45.00",
        "MON01": "22.55",
        "NEC01": "32.50",
    }
    levels = {(r["code"], r["location"]): r["quantity"] for r in rows}
    diadema = [r for r in rows if r["product"] == "Diadema bordada"]
    assert len(diadema) == 1
    generated = diadema[0]["code"]
    assert generated and generated not in {"BOL01", "MON01", "CAR01", "TAP01", "CIN01", "NEC01"}
    assert diadema[0]["makers"] == "Sonia Huillca"
    assert diadema[0]["quantity"] == 2
    assert diadema[0]["location"] != "taller"
    del levels[(generated, diadema[0]["location"])]
    assert levels == STOCK_AFTER
    bag = next(r for r in rows if r["code"] == "BOL01")
    assert bag["makers"] == "Rosa Quispe, Ana Huamán"
    assert bag["product"] == "Bolso bordado Inti"

    result = cli.ok("verify")
    assert result.err == ""


def test_day_reports_of_imported_days(cli, store):
    _import_everything(cli, store)

    day = cli.ok("report", "day", "2026-03-02", "--json").json()
    # N-001 109.00 cash + N-002 186.10 Yape; gross 90.00 + 22.55 + 140.00 + 56.00 = 308.55,
    # discounts 3.55 + 9.90 = 13.45.
    assert day["date"] == "2026-03-02"
    assert (len(day["sales"]), day["refunds"]) == (2, [])
    # Each receipt as written on paper: no till, no seller, no rounding; what each line came to.
    first, second = day["sales"]
    assert first == {
        "number": "N-001",
        "time": "2026-03-02T10:15:00",
        "till": None,
        "seller": None,
        "total": "109.00",
        "due": "109.00",
        "rounding": "0.00",
        "lines": [
            {"code": "BOL01", "quantity": 2, "net": "86.45"},
            {"code": "MON01", "quantity": 1, "net": "22.55"},
        ],
        "payments": [{"method": "cash", "amount": "109.00", "currency": "PEN", "received": "109.00"}],
    }
    assert (second["number"], second["time"], second["total"]) == ("N-002", "2026-03-02T11:40:00", "186.10")
    assert second["lines"] == [
        {"code": "TAP01", "quantity": 1, "net": "130.10"},
        {"code": "CAR01", "quantity": 2, "net": "56.00"},
    ]
    assert [(p["method"], p["amount"]) for p in second["payments"]] == [("yape", "186.10")]
    assert (day["gross"], day["discounts"], day["sales_total"], day["net"]) == ("308.55", "13.45", "295.10", "295.10")
    assert day["rounding"] == "0.00"  # imported amounts are what was received: no cash rounding
    assert {m["method"]: m["net"] for m in day["by_method"]} == {"cash": "109.00", "yape": "186.10"}
    # Rosa 25.93 + 10.15 + 19.52 = 55.60; Ana 12.97 + 19.52 = 32.49; Luz 19.51 + 25.20 = 44.71.
    assert {m["maker"]: m["accrued"] for m in day["by_maker"]} == {
        "Rosa Quispe": "55.60",
        "Ana Huamán": "32.49",
        "Luz Mamani": "44.71",
    }

    day = cli.ok("report", "day", "2026-03-05", "--json").json()
    # D-002 65.77 Yape, D-003 29.83 cash, D-004 44.67 transfer = 140.27 returned.
    assert (day["sales"], len(day["refunds"])) == ([], 3)
    refunds = {d["number"]: d for d in day["refunds"]}
    assert list(refunds) == ["D-002", "D-003", "D-004"]
    assert refunds["D-002"]["refund_of"] == "N-001"
    assert refunds["D-002"]["lines"] == [
        {"code": "BOL01", "quantity": 1, "net": "43.22"},
        {"code": "MON01", "quantity": 1, "net": "22.55"},
    ]
    assert (refunds["D-002"]["total"], refunds["D-002"]["due"]) == ("65.77", "65.77")
    assert [(p["method"], p["amount"]) for p in refunds["D-004"]["payments"]] == [("transfer", "44.67")]
    assert sum(Decimal(d["total"]) for d in day["refunds"]) == Decimal(day["refunds_total"])
    assert (day["refunds_total"], day["net"]) == ("140.27", "-140.27")
    assert {m["method"]: m["refunds"] for m in day["by_method"]} == {
        "cash": "29.83",
        "transfer": "44.67",
        "yape": "65.77",
    }
    # Rosa 12.96 + 10.15 + 20.10 = 43.21; Ana 6.48; Luz 13.43.
    assert {m["maker"]: m["reversed"] for m in day["by_maker"]} == {
        "Rosa Quispe": "43.21",
        "Ana Huamán": "6.48",
        "Luz Mamani": "13.43",
    }


def test_import_and_report_as_real_processes(cli, store):
    products = cli.write_products("productos.csv", PRODUCTS_CSV)
    assert cli.proc("import", "products", products).code == 0
    assert cli.proc("import", "products", _write_xlsx(cli.cwd / "productos.xlsx", PRODUCTS_XLSX)).code == 0
    done = cli.proc("import", "sales", cli.write_sales("ventas.csv", SALES_CSV))
    assert done.code == 0, done.err
    done = cli.proc("report", "shares", "--from", "2026-03-02", "--to", "2026-03-05", "--json")
    assert done.code == 0, done.err
    assert done.err == ""
    data = done.json()
    assert {m["maker"]: (m["accrued"], m["reversed"], m["paid"], m["balance"]) for m in data["makers"]} == (
        BEFORE_PAYOUT
    )
    assert cli.proc("verify").code == 0


def test_import_into_a_fresh_database_made_by_the_command_line(cli):
    """Without the ``store`` fixture: the database is only what ``mamakilla-pos --db URL`` makes."""
    products = cli.write_products("productos.csv", PRODUCTS_CSV)
    cli.ok("import", "products", products)
    locations = {(r["code"], r["location"]) for r in cli.ok("stock", "--json").json()["stock"]}
    # An empty location and "taller" both mean the workshop.
    assert locations == {("BOL01", "taller"), ("MON01", "taller"), ("CAR01", "taller"), ("TAP01", "taller")}
    assert cli.scalar("SELECT kind FROM locations WHERE code = 'taller'") == "workshop"
    result = cli("import", "sales", cli.write_sales("ventas.csv", SALES_CSV[:2]))
    assert result.code == 0, result.err


def test_spreadsheet_style_csv_with_semicolons_bom_and_decimal_commas(cli, store):
    """What Excel in Spanish saves: BOM, ';' between cells, '45,00', CRLF, a capitalised method."""
    products = cli.cwd / "productos-excel.csv"
    products.write_bytes(
        "\ufeffcode;product;category;price;makers;quantity;location\r\n"
        'BOL01;Bolso bordado Inti;Bolsos;45,00;"Rosa Quispe:2;Ana Huamán:1";10;\r\n'
        "MON01;Monedero de cuero;Monederos;22,55;Rosa Quispe;8;taller\r\n".encode()
    )
    cli.ok("import", "products", products)
    sales = cli.cwd / "ventas-excel.csv"
    sales.write_bytes(
        "\ufeffreceipt;datetime;code;quantity;unit_price;discount;payment;refund_of\r\n"
        "N-001;2026-03-02 10:15;BOL01;2;45,00;3,55;Cash;\r\n"
        "N-001;2026-03-02 10:15;MON01;1;22,55;;Cash;\r\n".encode()
    )
    cli.ok("import", "sales", sales)
    # The same N-001 as above: Rosa 25.93 + 10.15 = 36.08, Ana 12.97.
    assert _shares(cli, "2026-03-02", "2026-03-02") == {
        "Ana Huamán": ("12.97", "0.00", "0.00", "12.97"),
        "Rosa Quispe": ("36.08", "0.00", "0.00", "36.08"),
    }
