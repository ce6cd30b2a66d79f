"""``verify --against BACKUP`` and ``verify --head DATE:HASH`` on the command line."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from mamakilla_pos.services import cash, z_docs
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale

pytestmark = pytest.mark.skipif(bool(os.environ.get("MAMAKILLA_TEST_PG")), reason="backups are copies of a SQLite file")

D = Decimal


@pytest.fixture
def shop(cli, store, tmp_path):  # type: ignore[no-untyped-def]
    cli.ok("demo")
    (tmp_path / "usb").mkdir()
    return store


def _sell(store) -> str:
    return record_sale(store, SaleRequest((LineRequest("MK000001"),), (), paid_with="card", user_id=SYSTEM_ID)).number


def _forge_delete(forger, number: str) -> None:
    """The sale, its rows and its journal entry gone, the number given back, every hash recomputed."""
    sale = "(SELECT id FROM sales WHERE number = :n)"
    for table in ("share_entries", "stock_movements", "payments", "sale_lines"):
        forger.sql(f"DELETE FROM {table} WHERE sale_id = {sale}", n=number)
    forger.sql("DELETE FROM sales WHERE number = :n", n=number)
    forger.sql("UPDATE receipt_series SET next_number = next_number - 1 WHERE code = 'B001'")
    forger.rebuild()


def test_verify_against_a_backup(cli, shop, forger, tmp_path):
    copy = tmp_path / "usb" / "lunes.db"
    number = _sell(shop)
    made = cli.ok("backup", copy).out.splitlines()
    assert made[1].startswith("Diario hasta el registro ") and "huella" in made[1]  # the head the copy carries
    assert "íntegra" in cli.ok("verify", "--against", copy).out

    _forge_delete(forger, number)
    assert cli.ok("verify").out.startswith("verify: la base de datos está íntegra")
    result = cli("verify", "--against", copy)
    assert result.code == 1
    assert result.err_lines[0].startswith("al diario le faltan los registros desde el")
    assert number in result.err_lines[0] and "lunes.db" in result.err_lines[0]
    assert result.err_lines[-1] == "verify: 1 problema(s) encontrados"


def test_verify_against_several_backups(cli, shop, tmp_path):
    first, second = tmp_path / "usb" / "a.db", tmp_path / "usb" / "b.db"
    cli.ok("backup", first)
    _sell(shop)
    cli.ok("backup", second)
    _sell(shop)
    assert cli("verify", "--against", first, "--against", second).code == 0


@pytest.mark.parametrize("what", ["missing", "junk", "not_a_shop"])
def test_a_backup_that_cannot_be_read_is_one_line_and_exit_1(cli, shop, tmp_path, what):
    path = tmp_path / f"{what}.db"
    if what == "junk":
        path.write_bytes(b"\x00garbage" * 500)
    elif what == "not_a_shop":
        import sqlite3

        other = sqlite3.connect(path)
        other.execute("CREATE TABLE t (x)")
        other.commit()
        other.close()
    result = cli("verify", "--against", path)
    assert result.code == 1
    assert len(result.err_lines) == 1 and result.err_lines[0].startswith("error:"), result.err
    assert path.name in result.err_lines[0]


@pytest.mark.parametrize(
    "head", ["2026-11-30", "ayer:9f2c9f2c9f2c9f2c9f2c", "2026-11-30:9f2c", "2026-11-31:" + "a" * 64]
)
def test_a_bad_head_is_one_line_and_exit_1(cli, shop, head):
    result = cli("verify", "--head", head)
    assert result.code == 1
    assert len(result.err_lines) == 1 and "cabecera no válida" in result.err_lines[0], result.err


def _printed_head(pdf: bytes, folder: Path) -> str:
    """``DATE:HASH`` as someone reads them off the Z report: the closing's day and the two lines of the hash."""
    path = folder / "z.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    day = re.search(r"Cierre\s+(\d\d/\d\d/\d{4})", text)
    after = text.split("Huella del diario al cierre (SHA-256):", 1)[1].split()
    assert day is not None
    return f"{day[1]}:{after[0]} {after[1]}"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_verify_against_the_head_read_off_a_printed_z_report(cli, shop, forger, tmp_path):
    number = _sell(shop)
    report = cash.x_report(shop)
    closed = cash.close_session(
        shop, {D("0.10"): int(report.pen.expected * 10)}, {D("10"): 2}, "cuadra", user_id=SYSTEM_ID
    )
    shutil.rmtree(Path(closed.backup_path).parent)  # the closing's backup lost: only the paper is left
    head = _printed_head(z_docs.session_pdf(shop, closed.id), tmp_path)
    assert head.replace(" ", "").endswith(closed.journal_hash)
    assert cli("verify", "--head", head).code == 0

    _forge_delete(forger, number)
    assert cli("verify").code == 0
    result = cli("verify", "--head", head)
    assert result.code == 1
    assert "huella impresa" in result.err_lines[0] and closed.journal_hash[:16] in result.err_lines[0]
