"""``backup DEST`` and ``restore SRC`` on a SQLite shop database."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from mamakilla_pos.services.backup import IN_USE

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("MAMAKILLA_TEST_PG")), reason="backup and restore are for SQLite files"
)

EXTRA_SALES = [
    ("N-901", "2026-03-09T10:00:00", "BOL01", "1", "45.00", "", "cash", ""),
    ("N-902", "2026-03-09T11:00:00", "BOL01", "2", "45.00", "1.00", "yape", ""),
]
PRODUCTS = [("BOL01", "Bolso de prueba", "Bolsos", "45.00", "Rosa Quispe:2;Ana Huamán:1", "10", "taller")]


def _db_file(cli) -> Path:  # type: ignore[no-untyped-def]
    from mamakilla_pos.store.engine import sqlite_path

    path = sqlite_path(cli.url)
    assert path is not None
    return path


def _sales_in(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return connection.execute("SELECT count(*) FROM sales").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def shop_with_sales(cli):  # type: ignore[no-untyped-def]
    cli.ok("demo")
    return cli


def test_backup_to_a_folder_and_to_a_file_name(shop_with_sales):
    cli = shop_with_sales
    sales = cli.scalar("SELECT count(*) FROM sales")
    assert sales > 0
    folder = cli.cwd / "copias"
    folder.mkdir()
    result = cli.ok("backup", folder)
    (made,) = list(folder.glob("*.db"))
    assert made.suffix == ".db"
    assert _sales_in(made) == sales
    assert str(made) in result.out

    named = cli.cwd / "copia-del-lunes.db"
    cli.ok("backup", named)
    assert _sales_in(named) == sales
    assert not list(cli.cwd.glob("*.partial"))
    # The backup is a whole shop: it opens and verifies on its own.
    other = type(cli)(f"sqlite:///{named}", cli.capsys, cli.cwd)
    assert other.ok("verify").err == ""
    assert other.ok("stock", "--json").json() == cli.ok("stock", "--json").json()


def test_backup_and_restore_leave_no_stray_files(shop_with_sales):
    cli = shop_with_sales
    folder = cli.cwd / "copias"
    folder.mkdir()
    cli.ok("backup", folder / "copia.db")
    assert sorted(p.name for p in folder.iterdir()) == ["copia.db"]
    cli.ok("restore", folder / "copia.db")
    assert sorted(p.name for p in folder.iterdir()) == ["copia.db"]


def test_backup_to_a_missing_folder_is_a_user_error(shop_with_sales):
    result = shop_with_sales("backup", shop_with_sales.cwd / "no-existe" / "copia.db")
    assert result.code == 1
    assert len(result.err_lines) == 1


def test_restore_brings_back_the_backup_and_keeps_the_current_database_aside(shop_with_sales):
    cli = shop_with_sales
    backup = cli.cwd / "copia.db"
    cli.ok("backup", backup)
    at_backup = cli.scalar("SELECT count(*) FROM sales")

    cli.ok("import", "products", cli.write_products("p.csv", PRODUCTS))
    cli.ok("import", "sales", cli.write_sales("v.csv", EXTRA_SALES))
    after_more = cli.scalar("SELECT count(*) FROM sales")
    assert after_more == at_backup + 2

    result = cli.ok("restore", backup)
    assert cli.scalar("SELECT count(*) FROM sales") == at_backup
    assert cli.ok("verify").err == ""
    db = _db_file(cli)
    (aside,) = list(db.parent.glob("*antes-de-restaurar*"))
    assert aside.name in result.out
    assert _sales_in(aside) == after_more
    assert _sales_in(backup) == at_backup  # the backup itself is left as it was


def test_restore_as_a_real_process(shop_with_sales):
    cli = shop_with_sales
    backup = cli.cwd / "copia.db"
    assert cli.proc("backup", backup).code == 0
    cli.ok("import", "products", cli.write_products("p.csv", PRODUCTS))
    cli.ok("import", "sales", cli.write_sales("v.csv", EXTRA_SALES))
    done = cli.proc("restore", backup)
    assert done.code == 0, done.err
    assert cli.scalar("SELECT count(*) FROM sales") == _sales_in(backup)


def _untouched(cli, bad: Path, process: bool = False) -> None:  # type: ignore[no-untyped-def]
    db = _db_file(cli)
    before = cli.snapshot()
    result = cli("restore", bad)
    assert result.code == 1
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    assert cli.snapshot() == before
    assert not list(db.parent.glob("*antes-de-restaurar*"))
    assert cli.ok("verify").err == ""
    if process:
        done = cli.proc("restore", bad)
        assert done.code == 1
        assert len(done.err_lines) == 1, done.err
        assert cli.snapshot() == before


def test_restore_from_random_bytes_is_refused(shop_with_sales):
    bad = shop_with_sales.cwd / "basura.db"
    bad.write_bytes(os.urandom(64 * 1024))
    _untouched(shop_with_sales, bad, process=True)


def test_restore_from_a_truncated_copy_is_refused(shop_with_sales):
    cli = shop_with_sales
    good = cli.cwd / "copia.db"
    cli.ok("backup", good)
    data = good.read_bytes()
    truncated = cli.cwd / "cortada.db"
    truncated.write_bytes(data[: len(data) // 2])
    _untouched(cli, truncated, process=True)


def test_restore_from_a_file_that_does_not_exist_or_another_sqlite_database(shop_with_sales):
    cli = shop_with_sales
    _untouched(cli, cli.cwd / "no-existe.db")
    stranger = cli.cwd / "otra-cosa.db"
    connection = sqlite3.connect(stranger)
    connection.execute("CREATE TABLE notas (texto TEXT)")
    connection.commit()
    connection.close()
    _untouched(cli, stranger)


def test_backup_onto_a_full_disk_is_one_line_exit_1_and_leaves_no_partial_file(shop_with_sales, small_disk):
    small_disk.fill()
    result = shop_with_sales("backup", small_disk.path / "copia.db")
    assert result.code == 1
    assert result.err_lines == [result.err_lines[0]] and "el disco está lleno" in result.err_lines[0]
    assert sorted(p.name for p in small_disk.path.iterdir()) == ["relleno.bin"]


def test_restore_is_refused_while_another_program_has_the_database_open(cli, shop, seller):
    backup = cli.cwd / "copia.db"
    cli.ok("backup", backup)
    till = seller(cli.url, [shop.purse], "--pause", "0.01")
    till.wait_ready()
    shop.store.dispose()  # this test's own connections are not "another program"
    before = cli.snapshot()[2]["sales"]

    for process in (False, True):
        result = cli.proc("restore", backup) if process else cli("restore", backup)
        assert result.code == 1 and result.out == ""
        assert result.err_lines == [f"error: {IN_USE}"]
    sales = till.finish()
    assert [s for s in sales if s.get("error")] == []
    assert cli.snapshot()[2]["sales"] >= before  # nothing was replaced
    assert {str(s["id"]) for s in sales} <= _sale_ids(_db_file(cli))
    assert not list(_db_file(cli).parent.glob("*antes-de-restaurar*"))


def test_a_restore_between_two_sales_of_a_till_loses_none_of_them(cli, shop, seller):
    """The till's connection comes and goes: the restore gets the shop between two sales.

    Every sale the till confirmed is then in the database set aside (those
    before the restore) or in the restored one (those after): none is lost.
    """
    backup = cli.cwd / "copia.db"
    cli.ok("backup", backup)
    shop.store.dispose()
    till = seller(cli.url, [shop.purse], "--reopen", "--pause", "0.05")
    till.wait_ready()
    for _attempt in range(400):
        started = time.monotonic()
        result = cli("restore", backup)
        if result.code == 0:
            break
        assert result.err_lines == [f"error: {IN_USE}"]
        time.sleep(0.01)
    else:
        pytest.fail("the restore never found the shop free between two sales")
    restored = time.monotonic()
    time.sleep(1.0)  # the till goes on selling, now on the restored shop
    sales = till.finish()

    assert [s for s in sales if s.get("error")] == []
    (aside,) = _db_file(cli).parent.glob("*antes-de-restaurar*")
    assert str(aside) in result.out
    kept, live = _sale_ids(aside), _sale_ids(_db_file(cli))
    assert {str(s["id"]) for s in sales} <= kept | live
    assert {str(s["id"]) for s in sales if s["end"] < started} <= kept
    after = {str(s["id"]) for s in sales if s["start"] > restored}
    assert after and after <= live
    assert cli.ok("verify").err == ""


def _sale_ids(path: Path) -> set[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {str(i).replace("-", "") for (i,) in connection.execute("SELECT id FROM sales")}
    finally:
        connection.close()


def test_backups_taken_while_a_till_sells_all_succeed_and_hold_every_sale_before_them(cli, shop, seller):
    till = seller(cli.url, [shop.bag, shop.purse], "--pause", "0")
    till.wait_ready()
    copies = []
    for n in range(15):
        started = time.monotonic()
        result = cli("backup", cli.cwd / f"copia-{n}.db")
        assert result.code == 0, result.err
        copies.append((started, cli.cwd / f"copia-{n}.db"))
    sales = till.finish()
    assert [s for s in sales if s.get("error")] == []
    for started, copy in copies:
        assert {str(s["id"]) for s in sales if s["end"] < started} <= _sale_ids(copy)
