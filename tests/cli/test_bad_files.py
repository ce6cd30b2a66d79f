"""Bad import files: exit 1, one line per bad row naming its line, and nothing written."""

from __future__ import annotations

import re

import pytest

# Line 1 of every file is the header, so the first data row is line 2.
BASE_PRODUCTS = [
    ("BOL01", "Bolso bordado Inti", "Bolsos", "45.00", "Rosa Quispe:2;Ana Huamán:1", "10", "taller"),
    ("MON01", "Monedero de cuero", "Monederos", "22.55", "Rosa Quispe", "8", "taller"),
    ("CAR01", "Cartuchera Ñusta", "Cartucheras", "30.00", "Luz Mamani", "6", "taller"),
]
BASE_SALES = [
    ("N-001", "2026-03-02T10:15:00", "BOL01", "2", "45.00", "3.55", "cash", ""),
    ("N-001", "2026-03-02T10:15:00", "MON01", "1", "22.55", "", "cash", ""),
]
GOOD_SALE = ("N-010", "2026-03-03T10:00:00", "CAR01", "1", "30.00", "0", "yape", "")


@pytest.fixture
def base(cli, store):
    """A shop with three items and one sale (N-001: 2 bags and a purse), imported by the command line."""
    cli.ok("import", "products", cli.write_products("base-productos.csv", BASE_PRODUCTS))
    cli.ok("import", "sales", cli.write_sales("base-ventas.csv", BASE_SALES))
    return cli


def _line_numbers(lines: list[str]) -> list[int]:
    numbers = []
    for line in lines:
        match = re.match(r"línea (\d+): \S", line)
        assert match, f"not a bad-row line: {line!r}"
        numbers.append(int(match[1]))
    return numbers


def refused(cli, kind: str, path, bad_lines: list[int]) -> list[str]:  # type: ignore[no-untyped-def]
    """Import ``path``; it must fail with one stderr line per bad row and change nothing."""
    before = cli.snapshot()
    result = cli("import", kind, path)
    assert result.code == 1, result
    assert result.out == ""
    lines = result.err_lines
    assert _line_numbers(lines[:-1]) == bad_lines, result.err
    assert lines[-1].startswith("error: "), result.err
    assert cli.snapshot() == before
    return lines[:-1]


def refused_file(cli, kind: str, path) -> str:  # type: ignore[no-untyped-def]
    """A file that cannot be read at all: exit 1 with a single line, nothing changed."""
    before = cli.snapshot()
    result = cli("import", kind, path)
    assert result.code == 1, result
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    assert result.err_lines[0].startswith("error: ")
    assert cli.snapshot() == before
    return result.err_lines[0]


# -- sales files ----------------------------------------------------------------------------------


def test_unknown_item_code(base):
    path = base.write_sales("v.csv", [GOOD_SALE, ("N-011", "2026-03-03T11:00:00", "ZZZ99", "1", "", "", "cash", "")])
    (line,) = refused(base, "sales", path, [3])
    assert "ZZZ99" in line


def test_negative_price_and_negative_discount(base):
    rows = [
        GOOD_SALE,
        ("N-011", "2026-03-03T11:00:00", "BOL01", "1", "-45.00", "", "cash", ""),
        ("N-012", "2026-03-03T12:00:00", "MON01", "1", "22.55", "-1.00", "cash", ""),
    ]
    refused(base, "sales", base.write_sales("v.csv", rows), [3, 4])


def test_dates_that_are_not_dates(base):
    rows = [
        ("N-011", "2026-02-30T11:00:00", "BOL01", "1", "45.00", "", "cash", ""),
        GOOD_SALE,
        ("N-012", "ayer por la tarde", "MON01", "1", "22.55", "", "cash", ""),
        ("N-013", "", "MON01", "1", "22.55", "", "cash", ""),
    ]
    lines = refused(base, "sales", base.write_sales("v.csv", rows), [2, 4, 5])
    assert "2026-02-30T11:00:00" in lines[0]


def test_refund_of_more_units_than_were_sold_earlier(base):
    # N-001 (in the database) sold 2 bags.
    rows = [("D-010", "2026-03-04T10:00:00", "BOL01", "3", "", "", "cash", "N-001")]
    refused(base, "sales", base.write_sales("v.csv", rows), [2])


def test_refund_of_more_units_than_were_sold_in_the_same_file(base):
    rows = [
        GOOD_SALE,  # N-010: one CAR01
        ("D-011", "2026-03-04T10:00:00", "CAR01", "2", "", "", "cash", "N-010"),
    ]
    refused(base, "sales", base.write_sales("v.csv", rows), [3])


def test_refunds_in_two_steps_that_add_up_to_more_than_was_sold(base):
    # 1 + 2 bags of the 2 sold by N-001: the second refund is one too many.
    rows = [
        ("D-010", "2026-03-04T10:00:00", "BOL01", "1", "", "", "cash", "N-001"),
        ("D-011", "2026-03-05T10:00:00", "BOL01", "2", "", "", "cash", "N-001"),
    ]
    refused(base, "sales", base.write_sales("v.csv", rows), [3])


def test_refund_of_an_item_the_receipt_did_not_have(base):
    rows = [
        ("D-010", "2026-03-04T10:00:00", "CAR01", "1", "", "", "cash", "N-001"),
        ("D-011", "2026-03-04T11:00:00", "MON01", "1", "", "", "cash", "N-001"),
    ]
    refused(base, "sales", base.write_sales("v.csv", rows), [2])


def test_refund_of_an_unknown_receipt_is_one_line(base):
    rows = [("D-011", "2026-03-04T11:00:00", "BOL01", "1", "", "", "cash", "N-999")]
    (line,) = refused(base, "sales", base.write_sales("v.csv", rows), [2])
    assert "N-999" in line


def test_refund_after_an_earlier_refund_in_the_database(base):
    # 1 bag returned by an earlier import; returning 2 more is refused, 1 more is fine.
    base.ok(
        "import",
        "sales",
        base.write_sales("d1.csv", [("D-010", "2026-03-04T10:00", "BOL01", "1", "", "", "cash", "N-001")]),
    )
    refused(
        base,
        "sales",
        base.write_sales("d2.csv", [("D-011", "2026-03-05T10:00", "BOL01", "2", "", "", "cash", "N-001")]),
        [2],
    )
    base.ok(
        "import",
        "sales",
        base.write_sales("d3.csv", [("D-011", "2026-03-05T10:00", "BOL01", "1", "", "", "cash", "N-001")]),
    )


def test_non_numeric_amounts_and_quantities(base):
    rows = [
        ("N-011", "2026-03-03T11:00:00", "BOL01", "1", "cuarenta", "", "cash", ""),
        ("N-012", "2026-03-03T12:00:00", "MON01", "1", "22.55", "abc", "cash", ""),
        ("N-013", "2026-03-03T13:00:00", "MON01", "dos", "22.55", "", "cash", ""),
        ("N-014", "2026-03-03T14:00:00", "MON01", "1.5", "22.55", "", "cash", ""),
        ("N-015", "2026-03-03T15:00:00", "MON01", "0", "22.55", "", "cash", ""),
        ("N-016", "2026-03-03T16:00:00", "MON01", "1", "22.555", "", "cash", ""),
        GOOD_SALE,
    ]
    lines = refused(base, "sales", base.write_sales("v.csv", rows), [2, 3, 4, 5, 6, 7])
    assert "cuarenta" in lines[0]
    assert "abc" in lines[1]


def test_unknown_payment_and_discount_larger_than_the_line(base):
    rows = [
        ("N-011", "2026-03-03T11:00:00", "BOL01", "1", "45.00", "", "bitcoin", ""),
        ("N-012", "2026-03-03T12:00:00", "MON01", "2", "22.55", "45.11", "cash", ""),
    ]
    refused(base, "sales", base.write_sales("v.csv", rows), [2, 3])


def test_rows_of_one_receipt_that_disagree(base):
    rows = [
        ("N-011", "2026-03-03T11:00:00", "BOL01", "1", "45.00", "", "cash", ""),
        ("N-011", "2026-03-03T11:00:00", "MON01", "1", "22.55", "", "yape", ""),
    ]
    refused(base, "sales", base.write_sales("v.csv", rows), [3])


def test_two_bad_rows_among_good_ones_are_both_reported(base):
    rows = [
        GOOD_SALE,
        ("N-011", "2026-03-03T11:00:00", "NOPE1", "1", "", "", "cash", ""),
        ("N-012", "2026-03-03T12:00:00", "MON01", "1", "22.55", "", "plin", ""),
        ("N-013", "2026-03-03T13:00:00", "MON01", "1", "veinte", "", "cash", ""),
        ("N-014", "2026-03-03T14:00:00", "BOL01", "1", "45.00", "", "card", ""),
    ]
    refused(base, "sales", base.write_sales("v.csv", rows), [3, 5])


def test_reimporting_the_same_sales_is_refused(base):
    path = base.write_sales("otra-vez.csv", BASE_SALES)
    (line,) = refused(base, "sales", path, [2])
    assert "N-001" in line


def test_a_file_that_mixes_new_and_already_imported_receipts_writes_nothing(base):
    rows = [GOOD_SALE, *BASE_SALES]
    refused(base, "sales", base.write_sales("v.csv", rows), [3])


# -- products files -------------------------------------------------------------------------------


def test_products_with_a_duplicate_code(base):
    rows = [
        ("X01", "Diadema bordada", "Accesorios", "14.00", "Sonia Huillca", "2", ""),
        ("X02", "Aretes de tela", "Accesorios", "10.00", "Sonia Huillca", "2", ""),
        ("X01", "Llavero de cuero", "Accesorios", "8.00", "Rina Ccahuana", "2", ""),
    ]
    (line,) = refused(base, "products", base.write_products("p.csv", rows), [4])
    assert "X01" in line


def test_products_reusing_a_code_of_another_item_in_the_database(base):
    rows = [("BOL01", "Llavero de cuero", "Accesorios", "8.00", "Rina Ccahuana", "2", "")]
    refused(base, "products", base.write_products("p.csv", rows), [2])


def test_products_with_negative_or_non_numeric_price_and_bad_makers(base):
    rows = [
        ("X01", "Diadema bordada", "Accesorios", "-14.00", "Sonia Huillca", "2", ""),
        ("X02", "Aretes de tela", "Accesorios", "diez", "Sonia Huillca", "2", ""),
        ("X03", "Llavero de cuero", "Accesorios", "8.00", "", "2", ""),
        ("X04", "Neceser", "Cartucheras", "32.00", "Yeny Cusi:0", "2", ""),
        ("X05", "Cojín", "Bordados", "48.00", "Yeny Cusi", "-3", ""),
        ("X06", "Servilletero", "Bordados", "12.00", "Sonia Huillca", "1", ""),
    ]
    lines = refused(base, "products", base.write_products("p.csv", rows), [2, 3, 4, 5, 6])
    assert "-14.00" in lines[0]
    assert "diez" in lines[1]


def test_products_xlsx_with_bad_rows(base):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["code", "product", "category", "price", "makers", "quantity", "location"])
    sheet.append(["X01", "Diadema bordada", "Accesorios", 14, "Sonia Huillca", 2, None])
    sheet.append(["X02", "Aretes de tela", "Accesorios", -10, "Sonia Huillca", 2, None])
    sheet.append(["X03", "Llavero", "Accesorios", "ocho", "Sonia Huillca", 2, None])
    path = base.cwd / "p.xlsx"
    book.save(path)
    refused(base, "products", path, [3, 4])


# -- files that cannot be read --------------------------------------------------------------------


def test_a_file_that_does_not_exist(base):
    line = refused_file(base, "sales", base.cwd / "no-existe.csv")
    assert "no-existe.csv" in line
    refused_file(base, "products", base.cwd / "no-existe.xlsx")


def test_an_empty_file(base):
    path = base.cwd / "vacio.csv"
    path.write_bytes(b"")
    refused_file(base, "sales", path)
    refused_file(base, "products", path)


def test_a_missing_column(base):
    path = base.cwd / "sin-pago.csv"
    path.write_text(
        "receipt,datetime,code,quantity,unit_price,discount,refund_of\nN-011,2026-03-03T11:00:00,BOL01,1,45.00,,\n",
        encoding="utf-8",
    )
    line = refused_file(base, "sales", path)
    assert "payment" in line
    path = base.cwd / "sin-precio.csv"
    path.write_text("code,product,category,makers,quantity\nX01,Diadema,Accesorios,Sonia Huillca,2\n", encoding="utf-8")
    line = refused_file(base, "products", path)
    assert "price" in line


def test_a_file_that_is_not_utf8_or_not_a_workbook(base):
    path = base.cwd / "latin1.csv"
    path.write_bytes(
        "code,product,category,price,makers,quantity,location\nX1,Cojín,B,1.00,Ana Huamán,1,\n".encode("latin-1")
    )
    refused_file(base, "products", path)
    path = base.cwd / "roto.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook")
    refused_file(base, "products", path)


# -- as real processes: exit status and no traceback ------------------------------------------------


def test_bad_files_as_real_processes(base):
    bad = base.write_sales(
        "malo.csv",
        [
            ("N-011", "ayer", "BOL01", "1", "45.00", "", "cash", ""),
            ("D-012", "2026-03-04T10:00:00", "BOL01", "5", "", "", "cash", "N-001"),
        ],
    )
    done = base.proc("import", "sales", bad)
    assert done.code == 1
    assert _line_numbers(done.err_lines[:-1]) == [2, 3]
    done = base.proc("import", "sales", base.write_sales("otra-vez.csv", BASE_SALES))
    assert done.code == 1
    assert _line_numbers(done.err_lines[:-1]) == [2]
    done = base.proc("import", "products", base.cwd / "no-existe.csv")
    assert done.code == 1
    assert len(done.err_lines) == 1
