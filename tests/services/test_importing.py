"""Imports check every row before taking the write lock, then write everything in one short transaction.

The rows an import writes are those the sales service writes for the same
paper sale or refund (the bulk writer is a second copy of that rule, kept
equal here), the journal chains on, ``verify`` passes, and what another till
does between the check and the write is taken into account.
"""

from __future__ import annotations

import csv
import sqlite3
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import text

from mamakilla_pos.domain.pricing import Discount, DiscountKind
from mamakilla_pos.services import catalogue, catalogue_products, import_products, import_sales, importing, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.history import get_sale
from mamakilla_pos.services.importing import ImportFailed
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import open_store
from mamakilla_pos.store.images import layout

PRODUCT_HEADER = ("code", "product", "category", "price", "makers", "quantity", "location")
SALE_HEADER = ("receipt", "datetime", "code", "quantity", "unit_price", "discount", "payment", "refund_of")
ON_SQLITE = True


def write(path: Path, header, rows) -> Path:  # type: ignore[no-untyped-def]
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(header)
        out.writerows(rows)
    return path


# Paper sales of the ``shop`` fixture's items: discounts, a price written by hand, dollars, a refund
# in two steps of a sale of the same file, a refund of a sale already in the database.
PAPER = [
    ("N-1", "2026-03-02T10:00:00", "BAG001", "2", "", "3.55", "cash", ""),
    ("N-1", "2026-03-02T10:00:00", "PUR001", "1", "20.00", "", "cash", ""),
    ("N-2", "2026-03-02T11:00:00", "CAS001", "3", "", "0.50", "usd", ""),
    ("N-2", "2026-03-02T11:00:00", "KEY001", "2", "", "", "usd", ""),
    ("D-1", "2026-03-03T09:00:00", "BAG001", "1", "", "", "yape", "N-1"),
    ("D-2", "2026-03-04T09:00:00", "BAG001", "1", "", "", "cash", "N-1"),
    ("D-2", "2026-03-04T09:00:00", "PUR001", "1", "", "", "cash", "N-1"),
    ("D-3", "2026-03-04T10:00:00", "CAS001", "1", "", "", "transfer", "N-0"),
]


def _row_values(store, number: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Every column of a document and of its rows, without ids, sequence numbers or the maker ids' order."""
    with store.engine.connect() as conn:
        sale = conn.execute(text("SELECT * FROM sales WHERE number = :n"), {"n": number}).mappings().one()
        sale_id = sale["id"]

        def rows(table: str, drop: tuple[str, ...]) -> list[tuple[object, ...]]:
            found = conn.execute(text(f"SELECT * FROM {table} WHERE sale_id = :s"), {"s": sale_id}).mappings()
            return sorted(tuple(v for k, v in r.items() if k not in drop) for r in found)

        return {
            "sale": {k: v for k, v in sale.items() if k not in {"id", "seq", "refund_of_id"}},
            "lines": rows("sale_lines", ("id", "sale_id", "refund_of_line_id")),
            "shares": rows("share_entries", ("id", "sale_id", "sale_line_id")),
            "payments": rows("payments", ("id", "sale_id")),
            "movements": rows("stock_movements", ("id", "sale_id")),
        }


def _journaled(store, number: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    import json

    with store.engine.connect() as conn:
        payload = json.loads(
            conn.execute(text("SELECT payload FROM journal WHERE ref = :n"), {"n": number}).scalar_one()
        )
    # Every column of every row is journaled; ids and sequence numbers differ from one database to the
    # other: keep the rest.
    random = {"id", "sale_id", "sale_line_id", "refund_of_id", "refund_of_line_id", "seq"}
    rows = {
        table: sorted(
            tuple(v for c, v in zip(layout(table).columns, row, strict=True) if c not in random) for row in images
        )
        for table, images in payload.pop("rows").items()
    }
    return {**payload, **rows}


def test_imported_documents_are_written_as_the_sales_service_writes_them(shop, tmp_path):
    """The same paper documents, once imported and once through record_sale / refund: the same rows."""
    other = open_store(f"sqlite:///{tmp_path / 'other.db'}") if shop.store.url.startswith("sqlite") else None
    if other is None:
        pytest.skip("the comparison database is a second SQLite file")
    from mamakilla_pos.services import setup

    setup.ensure_defaults(other)
    for new in (
        catalogue.NewItem("Bolso bordado", "Bolsos", D("45.00"), (("Rosa Quispe", 2), ("Ana Huamán", 1)), "BAG001"),
        catalogue.NewItem("Monedero de cuero", "Monederos", D("22.55"), (("Rosa Quispe", 1),), "PUR001"),
        catalogue.NewItem("Cartuchera Ñusta", "Cartucheras", D("30.00"), (("Luz Mamani", 1),), "CAS001"),
    ):
        catalogue.add_item(other, new)
    catalogue.add_center_item(other, "Llavero de alpaca", "Accesorios", D("5.00"), "KEY001")
    for code in ("BAG001", "PUR001", "CAS001", "KEY001"):
        stock.produce(other, code, 10, user_id=SYSTEM_ID)
    # N-0 is in both databases before the import, recorded by the service.
    from datetime import datetime

    for store in (shop.store, other):
        record_sale(
            store,
            SaleRequest(
                (LineRequest("CAS001", 2),), (), created_at=datetime(2026, 3, 1, 9), number="N-0",
                cash_rounding=False, source="import", paid_with="card", user_id=SYSTEM_ID
            ),
        )  # fmt: skip

    result = importing.import_sales(shop.store, write(tmp_path / "v.csv", SALE_HEADER, PAPER))
    assert (result.sales, result.refunds) == (2, 3)

    def paper_sale(number: str, at: str, lines, payment: str) -> None:  # type: ignore[no-untyped-def]
        record_sale(
            other,
            SaleRequest(
                tuple(
                    LineRequest(code, qty, Discount(DiscountKind.AMOUNT, D(disc or "0")), D(price) if price else None)
                    for code, qty, price, disc in lines
                ),
                (),
                created_at=datetime.fromisoformat(at),
                number=number,
                cash_rounding=False,
                source="import",
                paid_with=payment,
                user_id=SYSTEM_ID,
            ),
        )

    def paper_refund(number: str, at: str, of: str, lines, method: str) -> None:  # type: ignore[no-untyped-def]
        original = get_sale(other, of)
        chosen = tuple(RefundLine(next(ln.id for ln in original.lines if ln.item_code == c), q) for c, q in lines)
        refund(
            other,
            RefundRequest(
                of, chosen, method, created_at=datetime.fromisoformat(at), number=number, cash_rounding=False,
                source="import", user_id=SYSTEM_ID
            ),
        )  # fmt: skip

    paper_sale("N-1", "2026-03-02T10:00:00", [("BAG001", 2, "", "3.55"), ("PUR001", 1, "20.00", "")], "cash")
    paper_sale("N-2", "2026-03-02T11:00:00", [("CAS001", 3, "", "0.50"), ("KEY001", 2, "", "")], "usd")
    paper_refund("D-1", "2026-03-03T09:00:00", "N-1", [("BAG001", 1)], "yape")
    paper_refund("D-2", "2026-03-04T09:00:00", "N-1", [("BAG001", 1), ("PUR001", 1)], "cash")
    paper_refund("D-3", "2026-03-04T10:00:00", "N-0", [("CAS001", 1)], "transfer")

    for number in ("N-1", "N-2", "D-1", "D-2", "D-3"):
        assert _row_values(shop.store, number) == _row_values(other, number), number
        assert _journaled(shop.store, number) == _journaled(other, number), number
    assert verify(shop.store) == []
    other.dispose()


def test_imported_products_and_sales_pass_verify_and_chain_the_journal(shop, tmp_path):
    rows = [
        (f"IMP{i:03d}", f"Bolso importado {i // 2}", "Bolsos", "25.00", "Rosa Quispe:2;Nilda Choque:1", "3", "")
        for i in range(40)
    ]
    rows += [("", "Tapiz grande", "Bordados", "140.00", "Sonia Huillca", "2", "Feria San Blas")]
    result = importing.import_products(shop.store, write(tmp_path / "p.csv", PRODUCT_HEADER, rows))
    assert (result.rows, result.created, result.units) == (41, 41, 122)
    sales = [(f"F-{i}", f"2026-04-0{1 + i % 9}T10:00:00", f"IMP{i:03d}", "1", "", "", "yape", "") for i in range(40)]
    sales += [("DV-1", "2026-04-09T18:00:00", "IMP000", "1", "", "", "cash", "F-0")]
    result = importing.import_sales(shop.store, write(tmp_path / "v.csv", SALE_HEADER, sales))
    assert (result.sales, result.refunds) == (40, 1)
    assert verify(shop.store) == []
    # The till goes on after the batch: its sale chains after the imported entries.
    record_sale(shop.store, SaleRequest((LineRequest("IMP001"),), (), paid_with="card", user_id=SYSTEM_ID))
    assert verify(shop.store) == []
    assert stock.stock_of(shop.store, "IMP001", "taller") == 3 - 1 - 1  # made, sold on paper, sold at the till


def _locked_out(path: Path) -> bool:
    """Whether another connection holds the write lock on the SQLite file right now (no waiting)."""
    connection = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return True
    finally:
        connection.close()


@pytest.mark.parametrize("kind", ["products", "sales"])
def test_the_rows_are_checked_without_holding_the_write_lock(shop, tmp_path, monkeypatch, kind):
    if not shop.store.url.startswith("sqlite"):
        pytest.skip("the write lock of a SQLite file")
    path = Path(shop.store.url.removeprefix("sqlite:///"))
    module = import_products if kind == "products" else import_sales
    seen: list[bool] = []
    check = module.check_rows

    def checking(*args):  # type: ignore[no-untyped-def]
        seen.append(_locked_out(path))
        return check(*args)

    monkeypatch.setattr(module, "check_rows", checking)
    if kind == "products":
        rows = [(f"L{i}", f"Llavero {i}", "Accesorios", "8.00", "Rosa Quispe", "1", "") for i in range(50)]
        importing.import_products(shop.store, write(tmp_path / "p.csv", PRODUCT_HEADER, rows))
    else:
        rows = [(f"L-{i}", "2026-05-01T10:00:00", "PUR001", "1", "", "", "cash", "") for i in range(50)]
        importing.import_sales(shop.store, write(tmp_path / "v.csv", SALE_HEADER, rows))
    assert seen == [False]  # checked once, while a till could still write
    assert verify(shop.store) == []


def test_a_product_changed_by_another_till_between_check_and_write_is_respected(shop, tmp_path, monkeypatch):
    """The catalogue is read again inside the writing transaction: a conflicting change refuses the import."""
    rows = [
        ("", "Monedero de cuero", "Monederos", "22.55", "Rosa Quispe", "2", ""),
        ("X1", "Cojín", "B", "9", "Ana", "1", ""),
    ]
    path = write(tmp_path / "p.csv", PRODUCT_HEADER, rows)
    check = import_products.check_rows
    calls = []

    def meanwhile(rows, catalogue_now):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:  # between the check and the write, another till changes the price
            product = next(p for p in catalogue_products.list_products(shop.store) if p.name == "Monedero de cuero")
            catalogue_products.set_price(shop.store, product.id, D("25.00"), user_id=SYSTEM_ID)
        return check(rows, catalogue_now)

    monkeypatch.setattr(import_products, "check_rows", meanwhile)
    before = _counts(shop.store)
    with pytest.raises(ImportFailed) as failed:
        importing.import_products(shop.store, path)
    assert failed.value.errors == ["línea 2: «Monedero de cuero» ya existe con precio S/ 25.00"]
    assert len(calls) == 2
    after = _counts(shop.store)
    assert after["items"] == before["items"] and after["stock_movements"] == before["stock_movements"]


def test_sales_between_check_and_write_do_not_make_the_import_read_the_catalogue_again(shop, tmp_path, monkeypatch):
    """Only a change of master data makes the writing transaction read the catalogue again (under the write lock)."""
    from tests.helpers import sell

    path = write(tmp_path / "p.csv", PRODUCT_HEADER, [("X1", "Cojín", "B", "9", "Ana", "1", "")])
    check, load = import_products.check_rows, import_products.load_catalogue_in
    loads = []

    def meanwhile(rows, catalogue_now):  # type: ignore[no-untyped-def]
        sell(shop.store, shop.purse)  # another till sells between the check and the write
        return check(rows, catalogue_now)

    def counted(session):  # type: ignore[no-untyped-def]
        loads.append(1)
        return load(session)

    monkeypatch.setattr(import_products, "check_rows", meanwhile)
    monkeypatch.setattr(import_products, "load_catalogue_in", counted)
    assert importing.import_products(shop.store, path).rows == 1
    assert len(loads) == 1
    assert verify(shop.store) == []


def test_a_receipt_number_taken_between_check_and_write_is_refused(shop, tmp_path, monkeypatch):
    path = write(tmp_path / "v.csv", SALE_HEADER, [("P-9", "2026-05-01T10:00:00", "PUR001", "1", "", "", "cash", "")])
    other = write(tmp_path / "w.csv", SALE_HEADER, [("P-9", "2026-05-02T10:00:00", "BAG001", "1", "", "", "yape", "")])
    check = import_sales.check_rows
    calls = []

    def meanwhile(rows, books):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:  # another till imports a paper receipt with the same number
            importing.import_sales(shop.store, other)
        return check(rows, books)

    monkeypatch.setattr(import_sales, "check_rows", meanwhile)
    with pytest.raises(ImportFailed) as failed:
        importing.import_sales(shop.store, path)
    assert failed.value.errors == ["línea 2: la nota P-9 ya está registrada"]
    assert get_sale(shop.store, "P-9").lines[0].item_code == "BAG001"
    assert verify(shop.store) == []


def _counts(store) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        return {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("products", "items", "makers", "stock_movements", "journal", "sales")
        }


@pytest.mark.till_closed
@pytest.mark.parametrize("kind", ["products", "sales"])
def test_a_till_sells_throughout_a_10000_row_import(shop, tmp_path, kind):
    """A second process sells while 10,000 rows are imported: no sale fails, the import writes everything."""
    import json
    import os
    import subprocess
    import sys
    import time

    from mamakilla_pos.services import cash

    cash.open_session(shop.store, {D("10"): 2}, user_id=SYSTEM_ID)
    ready, stop = tmp_path / "ready", tmp_path / "stop"
    if kind == "products":
        rows = [
            (f"P{i:05d}", f"Bolso de feria {i // 2}", "Bolsos", "30.00", "Rosa Quispe:2;Luz Mamani:1", "2", "")
            for i in range(10_000)
        ]
        path = write(tmp_path / "p.csv", PRODUCT_HEADER, rows)
    else:
        codes = ("BAG001", "CAS001", "KEY001")
        rows = [
            (f"F-{i // 2:05d}", f"2026-02-{1 + (i // 2) % 28:02d}T10:00:00", codes[i % 3], "1", "", "", "yape", "")
            for i in range(10_000)
        ]
        path = write(tmp_path / "v.csv", SALE_HEADER, rows)
    seller = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("import_seller.py")), shop.store.url, str(ready), str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert seller.poll() is None, seller.communicate()
            assert time.monotonic() < deadline, "the seller never sold"
            time.sleep(0.05)
        if kind == "products":
            result = importing.import_products(shop.store, path)
            assert result.created == 10_000
        else:
            result = importing.import_sales(shop.store, path)
            assert result.sales == 5_000
        time.sleep(0.3)  # a few sales after the import too
    finally:
        stop.touch()
        out, err = seller.communicate(timeout=120)
    assert out.strip(), err
    report = json.loads(out.strip().splitlines()[-1])
    assert report["failed"] == 0, report
    assert report["sold"] > 0, report
    with shop.store.engine.connect() as conn:
        till_sales = conn.execute(text("SELECT count(*) FROM sales WHERE source = 'till'")).scalar_one()
    assert till_sales == report["sold"]
    assert verify(shop.store) == []
