"""The command line of DESIGN.md §7: demo, reports, verify, exit statuses and the database URL."""

from __future__ import annotations

from decimal import Decimal

import pytest


def _demo_sales_days(cli) -> list[str]:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from mamakilla_pos.store import open_store
    from mamakilla_pos.store.models import Sale

    store = open_store(cli.url)
    try:
        with store.session() as session:
            stamps = session.execute(select(Sale.created_at).where(Sale.kind == "sale")).scalars().all()
            assert session.execute(select(func.count()).where(Sale.kind == "refund")).scalar_one() >= 1
    finally:
        store.dispose()
    return sorted({s.date().isoformat() for s in stamps})


def test_demo_fills_a_believable_shop(cli):
    result = cli.ok("demo")
    assert result.out.strip()
    assert cli.scalar("SELECT count(*) FROM makers") >= 8
    assert cli.scalar("SELECT count(*) FROM products") >= 25
    # Items of one maker and of two.
    assert cli.scalar("SELECT count(*) FROM (SELECT item_id FROM item_makers GROUP BY item_id HAVING count(*) >= 2) t")
    assert cli.scalar("SELECT count(*) FROM (SELECT item_id FROM item_makers GROUP BY item_id HAVING count(*) = 1) t")
    stock = cli.ok("stock", "--json").json()["stock"]
    locations = {row["location"] for row in stock}
    assert {"taller", "feria"} <= locations
    assert any(row["location"] == "feria" and row["quantity"] > 0 for row in stock)
    days = _demo_sales_days(cli)
    assert len(days) >= 3
    assert cli.scalar("SELECT count(*) FROM cash_sessions WHERE closed_at IS NULL") == 1

    verify = cli.ok("verify")
    assert verify.err == ""

    report = cli.ok("report", "day", days[0], "--json").json()
    assert report["date"] == days[0]
    assert len(report["sales"]) > 0
    assert report["by_method"]
    assert report["by_maker"]
    net = sum((Decimal(m["net"]) for m in report["by_method"]), Decimal(0))
    assert net == Decimal(report["sales_total"]) - Decimal(report["refunds_total"]) - Decimal(report["rounding"])
    for m in report["by_maker"]:
        assert Decimal(m["net"]) == Decimal(m["accrued"]) - Decimal(m["reversed"])

    # The text forms work too, and a PDF of the day.
    text = cli.ok("report", "day", days[0])
    assert days[0] in text.out
    pdf = cli.cwd / "dia.pdf"
    cli.ok("report", "day", days[0], "--pdf", pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert cli.ok("stock").out.count("\n") == len(stock)
    shares = cli.ok("report", "shares", "--from", days[0], "--to", days[-1])
    assert "Participaciones" in shares.out


def test_demo_twice_is_a_user_error(cli):
    cli.ok("demo")
    before = cli.row_counts()
    result = cli("demo")
    assert result.code == 1
    assert len(result.err_lines) == 1, result.err
    assert result.err_lines[0].startswith("error: ")
    assert cli.row_counts() == before
    done = cli.proc("demo")
    assert done.code == 1
    assert len(done.err_lines) == 1, done.err


@pytest.mark.parametrize(
    "args",
    [
        ("report", "day", "2026-13-01"),
        ("report", "day", "2026-02-30", "--json"),
        ("report", "day", "ayer"),
        ("report", "shares", "--from", "2026-03-01", "--to", "marzo", "--json"),
        ("report", "shares", "--from", "2026-03-05", "--to", "2026-03-01", "--json"),
    ],
)
def test_bad_dates_are_user_errors(cli, args):
    result = cli(*args)
    assert result.code == 1
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err


@pytest.mark.parametrize(
    "args",
    [
        ("frobnicate",),
        ("import",),
        ("import", "customers", "x.csv"),
        ("report",),
        ("report", "shares", "--to", "2026-03-01"),
        ("report", "year", "2026"),
        ("stock", "--yaml"),
        ("backup",),
    ],
)
def test_usage_errors_exit_2(cli, args):
    result = cli(*args)
    assert result.code == 2
    assert result.out == ""
    assert "usage" in result.err


def test_exit_statuses_of_a_real_process(cli, store):
    done = cli.proc("frobnicate")
    assert done.code == 2
    assert "usage" in done.err
    done = cli.proc("report", "day", "2026-13-01")
    assert done.code == 1
    assert len(done.err_lines) == 1, done.err
    done = cli.proc("report", "day", "2026-03-01", "--json")
    assert done.code == 0, done.err
    assert (done.json()["sales"], done.json()["refunds"]) == ([], [])
    assert done.err == ""
    done = cli.proc("--help", db=False)
    assert done.code == 0
    assert "import" in done.out


def test_mamakilla_db_is_used_when_db_is_absent(cli, monkeypatch):
    monkeypatch.setenv("MAMAKILLA_DB", cli.url)
    result = cli("demo", db=False)
    assert result.code == 0, result.err
    assert cli.scalar("SELECT count(*) FROM makers") >= 8
    assert cli("stock", "--json", db=False).json() == cli.ok("stock", "--json").json()
    done = cli.proc("verify", db=False)
    assert done.code == 0, done.err
    # --db wins over the environment variable: here a file that does not exist.
    other = cli.cwd / "otra.db"
    result = cli("--db", f"sqlite:///{other}", "stock", "--json", db=False)
    assert (result.code, result.out) == (1, "")
    assert len(result.err_lines) == 1 and "otra.db" in result.err
    assert not other.exists()


def test_without_db_nor_environment_the_file_is_in_the_data_folder(cli, tmp_path):
    # No shop yet: reading one is an error, which creates nothing.
    result = cli("stock", "--json", db=False)
    assert (result.code, result.out) == (1, "")
    assert len(result.err_lines) == 1 and str(tmp_path / "data") in result.err
    assert not list((tmp_path / "data").rglob("*.db"))
    # An import makes the shop there.
    products = cli.write_products("p.csv", [("BOL01", "Bolso", "Bolsos", "45.00", "Rosa Quispe", "2", "")])
    assert cli("import", "products", products, db=False).code == 0
    assert [r["code"] for r in cli("stock", "--json", db=False).json()["stock"]] == ["BOL01"]
    assert list((tmp_path / "data").rglob("*.db"))


TAMPERING = {
    "sale total": "UPDATE sales SET total_cents = total_cents + 100 WHERE number = :n",
    "share entry": (
        "UPDATE share_entries SET amount_cents = amount_cents + 1 WHERE id = "
        "(SELECT e.id FROM share_entries e JOIN sales s ON s.id = e.sale_id WHERE s.number = :n"
        " ORDER BY e.amount_cents DESC LIMIT 1)"
    ),
    "sale line": (
        "UPDATE sale_lines SET net_cents = net_cents - 50 WHERE id = "
        "(SELECT l.id FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.number = :n LIMIT 1)"
    ),
    "sale movement": (
        "UPDATE stock_movements SET quantity = quantity - 1 WHERE id = "
        "(SELECT m.id FROM stock_movements m JOIN sales s ON s.id = m.sale_id WHERE s.number = :n LIMIT 1)"
    ),
}


@pytest.mark.parametrize("what", sorted(TAMPERING))
def test_verify_names_the_sale_changed_behind_the_apps_back(cli, what):
    cli.ok("demo")
    number = cli.scalar("SELECT number FROM sales WHERE kind = 'sale' ORDER BY created_at DESC LIMIT 1")
    cli.ok("verify")
    cli.sql(TAMPERING[what], n=number)
    result = cli("verify")
    assert result.code != 0
    assert number in result.err, result.err
    assert result.err_lines[-1].startswith("verify:")
    if what == "sale total":
        done = cli.proc("verify")
        assert done.code == 1
        assert number in done.err


def test_verify_notices_a_production_movement_changed(cli):
    cli.ok("demo")
    cli.sql(
        "UPDATE stock_movements SET quantity = quantity + 5 WHERE id = "
        "(SELECT id FROM stock_movements WHERE kind = 'production' ORDER BY id LIMIT 1)"
    )
    result = cli("verify")
    assert result.code != 0
    assert "movimiento de stock" in result.err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, None)),
        (["--db", "sqlite:////tmp/tienda.db"], (True, "sqlite:////tmp/tienda.db")),
        (["--db=sqlite:////tmp/tienda.db"], (True, "sqlite:////tmp/tienda.db")),
        (["verify"], (False, None)),
        (["--db", "sqlite:////tmp/tienda.db", "verify"], (False, None)),
        (["--db"], (False, None)),
        (["--db", "--help"], (False, None)),
        (["--db="], (False, None)),
        (["-h"], (False, None)),
    ],
)
def test_starting_the_till_reads_its_arguments_without_the_commands_parser(argv, expected):
    """Only the plain forms start the till at once; anything else goes through the parser (and its errors)."""
    from mamakilla_pos.cli import build_parser, till_database

    assert till_database(argv) == expected
    if expected[0]:
        args = build_parser().parse_args(argv)
        assert args.command is None and args.db == expected[1], "the parser would read the same"


def test_a_bad_form_of_db_still_gets_the_parsers_message(capsys):
    from mamakilla_pos.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--db"])
    assert exit_info.value.code == 2
    assert "expected one argument" in capsys.readouterr().err
