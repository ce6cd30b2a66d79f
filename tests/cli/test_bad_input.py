"""Every bad input of DESIGN.md §7 is one line on stderr and exit 1 (2 for usage), never a traceback.

Numbers too large, overlong cells, control characters, dates out of range,
outputs that cannot be written, databases the app cannot use, a database
file that does not exist: each is refused with a message and changes
nothing. Property tests then feed junk into every import column and every
argument of the command line.
"""

from __future__ import annotations

import os
import stat
import string
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from mamakilla_pos.services import importing

ON_PG = bool(os.environ.get("MAMAKILLA_TEST_PG"))

PRODUCTS = [
    ("BOL01", "Bolso bordado Inti", "Bolsos", "45.00", "Rosa Quispe:2;Ana Huamán:1", "10", "taller"),
    ("MON01", "Monedero de cuero", "Monederos", "22.55", "Rosa Quispe", "8", ""),
]
SALES = [("N-001", "2026-03-02T10:15:00", "BOL01", "2", "45.00", "3.55", "cash", "")]
GOOD_PRODUCT = ("CAR01", "Cartuchera Ñusta", "Cartucheras", "30.00", "Luz Mamani", "6", "")
GOOD_SALE = ("N-010", "2026-03-03T10:00:00", "MON01", "1", "22.55", "0", "yape", "")
HUGE = "99999999999999999999"


@pytest.fixture
def base(cli, store):  # type: ignore[no-untyped-def]
    """A shop with two items and one paper sale, imported by the command line."""
    cli.ok("import", "products", cli.write_products("base-productos.csv", PRODUCTS))
    cli.ok("import", "sales", cli.write_sales("base-ventas.csv", SALES))
    return cli


def state(cli) -> tuple[dict[str, int], object]:  # type: ignore[no-untyped-def]
    """What any change would show: every table's row count and the journal's head."""
    return cli.row_counts(), cli.scalar("SELECT hash FROM journal_head")


def one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    assert result.code == 1, result
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    assert result.err_lines[0].startswith("error: "), result.err
    assert "fallo inesperado" not in result.err
    return result.err_lines[0]


def refused_rows(cli, kind: str, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """An import refused row by row: ``línea N: …`` lines, then ``error: …``; nothing changed."""
    before = state(cli)
    result = cli("import", kind, path)
    assert result.code == 1, result
    assert result.out == "" and "fallo inesperado" not in result.err
    *rows, last = result.err_lines
    assert rows and all(line.startswith("línea ") for line in rows), result.err
    assert last.startswith("error: ")
    assert state(cli) == before
    return rows


# -- numbers too large, overlong cells, control characters, dates --------------------------------------


def test_numbers_too_large_in_a_products_file(base):
    rows = [
        ("X01", "Diadema", "Accesorios", HUGE, "Sonia Huillca", "2", ""),
        ("X02", "Aretes", "Accesorios", "10.00", "Sonia Huillca", HUGE, ""),
        ("X03", "Llavero", "Accesorios", "1000000.00", "Sonia Huillca", "1", ""),
        ("X04", "Cojín", "Bordados", "9.00", "Sonia Huillca", "100001", ""),
        ("X05", "Neceser", "Cartucheras", "9.00", f"Sonia Huillca:{HUGE}", "1", ""),
        GOOD_PRODUCT,
    ]
    lines = refused_rows(base, "products", base.write_products("p.csv", rows))
    assert [line.split(":")[0] for line in lines] == ["línea 2", "línea 3", "línea 4", "línea 5", "línea 6"]
    assert "demasiado grande" in lines[0] and "demasiado grande" in lines[1]


def test_numbers_too_large_in_a_sales_file(base):
    rows = [
        ("N-011", "2026-03-03T11:00:00", "BOL01", HUGE, "", "", "cash", ""),
        ("N-012", "2026-03-03T11:00:00", "BOL01", "1", HUGE, "", "cash", ""),
        ("N-013", "2026-03-03T11:00:00", "BOL01", "1", "45.00", HUGE, "cash", ""),
        ("N-014", "2026-03-03T11:00:00", "BOL01", "99999", "999999.99", "", "cash", ""),  # S/ 99,998,999,000.01
        ("D-015", "2026-03-04T11:00:00", "BOL01", HUGE, "", "", "cash", "N-001"),
        GOOD_SALE,
    ]
    lines = refused_rows(base, "sales", base.write_sales("v.csv", rows))
    assert [line.split(":")[0] for line in lines] == ["línea 2", "línea 3", "línea 4", "línea 5", "línea 6"]


def test_a_200000_character_cell_is_a_bad_row_not_a_broken_file(base):
    long = "a" * 200_000
    rows = [
        ("X01", long, "Accesorios", "14.00", "Sonia Huillca", "2", ""),
        ("X02", "Aretes", long, "10.00", "Sonia Huillca", "2", ""),
        ("X03", "Llavero", "Accesorios", "8.00", long, "2", ""),
        ("X04", "Cojín", "Bordados", "9.00", "Sonia Huillca", "1", long),
        (long, "Neceser", "Cartucheras", "9.00", "Sonia Huillca", "1", ""),
        GOOD_PRODUCT,
    ]
    lines = refused_rows(base, "products", base.write_products("p.csv", rows))
    assert [line.split(":")[0] for line in lines] == ["línea 2", "línea 3", "línea 4", "línea 5", "línea 6"]
    assert "200000 caracteres" in lines[0]
    assert all(len(line) < 300 for line in lines)  # the cell is not echoed whole
    rows = [(long, "2026-03-03T11:00:00", "BOL01", "1", "", "", "cash", ""), GOOD_SALE]
    refused_rows(base, "sales", base.write_sales("v.csv", rows))


def test_control_characters_in_names_are_refused(base):
    rows = [
        ("X01", "Bolso\x00nulo", "Bolsos", "14.00", "Sonia Huillca", "2", ""),
        ("X02", "Aretes", "Acceso\x1brios", "10.00", "Sonia Huillca", "2", ""),
        ("X03", "Llavero", "Accesorios", "8.00", "Sonia\x7fHuillca", "2", ""),
        GOOD_PRODUCT,
    ]
    lines = refused_rows(base, "products", base.write_products("p.csv", rows))
    assert "\\x00" in lines[0] and "\x00" not in "".join(lines)


def test_dates_out_of_range(base):
    rows = [
        ("N-011", "0001-01-01T00:00:00+14:00", "BOL01", "1", "", "", "cash", ""),
        ("N-012", "9999-12-31T23:59:59-12:00", "BOL01", "1", "", "", "cash", ""),
        ("N-013", "1899-12-31T10:00:00", "BOL01", "1", "", "", "cash", ""),
        GOOD_SALE,
    ]
    refused_rows(base, "sales", base.write_sales("v.csv", rows))
    for args in (
        ("report", "day", "9999-12-31"),
        ("report", "day", "0001-01-01", "--json"),
        ("report", "shares", "--from", "0001-01-01", "--to", "9999-12-31"),
    ):
        assert "fuera de rango" in one_line_error(base(*args))


def test_a_csv_file_broken_by_a_quote_names_the_line(base):
    path = base.cwd / "roto.csv"
    path.write_text('code,product,category,price,makers,quantity,location\nX1,"Bolso,B,1.00,Ana,1,\n', encoding="utf-8")
    before = state(base)
    result = base("import", "products", path)
    # A quote never closed swallows the rest of the file: the row has too few cells.
    assert result.code == 1 and "fallo inesperado" not in result.err
    assert state(base) == before


# -- outputs that cannot be written ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "where",
    [
        "falta/carpeta/dia.pdf",  # a folder that does not exist
        ".",  # a folder, not a file
        "/proc/dia.pdf",  # a folder nobody may write in
        "nul\x00.pdf",  # not a file name
    ],
)
def test_report_pdf_to_a_place_that_cannot_be_written(base, where):
    target = base.cwd / where if not where.startswith("/") else Path(where)
    line = one_line_error(base("report", "day", "2026-03-02", "--pdf", target))
    assert "dia.pdf" in line or "carpeta" in line or "no válido" in line
    assert not (base.cwd / "falta").exists()
    assert not [p for p in base.cwd.iterdir() if p.name.startswith(".mamakilla-")]


@pytest.mark.parametrize("command", [("report", "day", "2026-03-02", "--pdf"), ("catalogue", "--pdf")])
def test_an_output_that_is_a_device_or_a_pipe_is_left_alone(base, command):
    """Writing beside it and renaming would replace it with a file (as root, /dev/null itself)."""
    pipe = base.cwd / "tuberia"
    os.mkfifo(pipe)
    line = one_line_error(base(*command, pipe))
    assert "no es un archivo común" in line
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert not [p for p in base.cwd.iterdir() if p.name.startswith(".mamakilla-")]


def test_report_pdf_into_an_existing_folder_still_works(base):
    result = base.ok("report", "day", "2026-03-02", "--pdf", base.cwd / "dia.pdf", "--json")
    assert len(result.json()["sales"]) == 1
    assert (base.cwd / "dia.pdf").read_bytes().startswith(b"%PDF")


# -- databases -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "mysql://tienda@localhost/pos",
        "mysql+pymysql://tienda@localhost/pos",
        "oracle://tienda@localhost/pos",
        "mssql+pyodbc://tienda@localhost/pos",
        "sqlite+aiosqlite:///tienda.db",
        "no es una url",
        "://",
    ],
)
def test_unsupported_databases_are_one_line(cli, url):
    line = one_line_error(cli("--db", url, "verify", db=False))
    assert "base de datos" in line or "--db" in line
    assert list(cli.cwd.iterdir()) == []


COMMANDS_ON_A_SHOP = [
    ("verify",),
    ("stock", "--json"),
    ("report", "day", "2026-03-02"),
    ("report", "shares", "--from", "2026-03-01", "--to", "2026-03-31", "--json"),
    ("backup", "copia.db"),
]


@pytest.mark.parametrize("args", COMMANDS_ON_A_SHOP)
def test_a_mistyped_database_file_is_an_error_and_creates_nothing(tmp_path, capsys, args):
    from mamakilla_pos.cli import main

    typo = tmp_path / "typo" / "shpo.db"
    capsys.readouterr()
    code = main(["--db", f"sqlite:///{typo}", *args])
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.count("\n") == 1 and "shpo.db" in err and "no existe" in err
    assert not (tmp_path / "typo").exists()
    assert not (tmp_path / "copia.db").exists()


def test_an_empty_file_or_a_database_without_a_shop_is_not_made_into_one(tmp_path, capsys):
    from mamakilla_pos.cli import main

    empty = tmp_path / "vacio.db"
    empty.write_bytes(b"")
    capsys.readouterr()
    assert main(["--db", f"sqlite:///{empty}", "verify"]) == 1
    assert "no tiene una tienda" in capsys.readouterr().err
    assert empty.read_bytes() == b""


def test_import_and_demo_may_make_a_new_database_but_a_failed_import_leaves_nothing(cli, tmp_path):
    new = tmp_path / "nueva" / "tienda.db"
    bad = cli.write_products("malo.csv", [("X1", "Bolso", "Bolsos", HUGE, "Ana", "1", "")])
    result = cli("--db", f"sqlite:///{new}", "import", "products", bad, db=False)
    assert result.code == 1 and result.err_lines[0].startswith("línea 2:")
    assert not new.exists() and not (tmp_path / "nueva").exists()
    good = cli.write_products("bueno.csv", [GOOD_PRODUCT])
    assert cli("--db", f"sqlite:///{new}", "import", "products", good, db=False).code == 0
    assert cli("--db", f"sqlite:///{new}", "verify", db=False).code == 0


@pytest.mark.skipif(ON_PG, reason="real processes on the SQLite file")
def test_bad_inputs_as_real_processes(base):
    for args, db in (
        (("--db", "mysql://x/y", "verify"), False),
        (("--db", f"sqlite:///{base.cwd / 'typo' / 'shpo.db'}", "verify"), False),
        (("report", "day", "2026-03-02", "--pdf", base.cwd / "falta" / "dia.pdf"), True),
        (("import", "products", base.write_products("h.csv", [("X1", "B", "B", HUGE, "A", "1", "")])), True),
    ):
        done = base.proc(*args, db=db)
        assert done.code == 1, done
        assert done.out == ""
        assert "fallo inesperado" not in done.err
        assert len(done.err_lines) in (1, 2), done.err  # one line, or one bad row and the summary
    assert not (base.cwd / "typo").exists() and not (base.cwd / "falta").exists()


# -- junk in every column and every argument ---------------------------------------------------------------

JUNK = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=string.digits + ".,-+eE ", max_size=40),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(
        ["NaN", "inf", "-0", "1e999", "١٢٣", "０１", "S/ 1,234.50", "2026-02-30", "9999-12-31T23:59:59+14:00"]
    ),
    st.text(alphabet="\x00\x01\x1b\x7f\x85\u2028\r\n\t\"';,:", min_size=1, max_size=8),
    st.integers(min_value=130, max_value=300).map(lambda n: "x" * n),
    st.just("y" * 200_000),
)
RELAXED = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


def _junk_import(cli, kind: str, header, good, column: int, junk: str) -> None:  # type: ignore[no-untyped-def]
    row = list(good)
    row[column] = junk
    write = cli.write_products if kind == "products" else cli.write_sales
    path = write(f"junk-{kind}.csv", [tuple(row)])
    before = state(cli)
    result = cli("import", kind, path)
    assert result.code in (0, 1), result
    assert "fallo inesperado" not in result.err, result.err
    if result.code == 1:
        assert state(cli) == before, result.err
        assert result.err_lines and all(line.startswith(("línea ", "error: ")) for line in result.err_lines), result.err


@RELAXED
@given(column=st.integers(0, len(importing.PRODUCT_COLUMNS) - 1), junk=JUNK, n=st.integers(0, 10**6))
def test_junk_in_any_column_of_a_products_file(base, column, junk, n):
    good = (f"J{n}", f"Producto {n}", "Varios", "10.00", "Rosa Quispe", "1", "")
    _junk_import(base, "products", importing.PRODUCT_COLUMNS, good, column, junk)


@RELAXED
@given(column=st.integers(0, len(importing.SALE_COLUMNS) - 1), junk=JUNK, n=st.integers(0, 10**6))
def test_junk_in_any_column_of_a_sales_file(base, column, junk, n):
    good = (f"J-{n}", "2026-03-05T10:00:00", "MON01", "1", "", "", "cash", "")
    _junk_import(base, "sales", importing.SALE_COLUMNS, good, column, junk)


ARGUMENTS = [
    ("report", "day", None),
    ("report", "day", None, "--json"),
    ("report", "day", "2026-03-02", "--pdf", None),
    ("report", "shares", "--from", None, "--to", "2026-03-31"),
    ("report", "shares", "--from", "2026-03-01", "--to", None, "--json"),
    ("report", None),
    ("stock", None),
    ("import", "products", None),
    ("import", "sales", None),
    ("import", None, "x.csv"),
    ("backup", None),
    ("restore", None),
    ("verify", None),
    ("receipt", None, "--pdf", "copia.pdf"),
    ("receipt", "N-001", "--pdf", None),
    ("reprint", None, "--printer", "file:copia.pdf"),
    ("reprint", "N-001", "--printer", None),
    ("reprint", "N-001", "--printer", "escpos+tcp://127.0.0.1:1", None),
    ("catalogue", None),
    ("catalogue", "--pdf", None),
    ("catalogue", "--feed", None),
    ("catalogue", "--cards", None),
    ("catalogue", "--line-sheet", "lista.pdf", "--commission", None),
    ("catalogue", "--line-sheet", None, "--commission", "30"),
    ("catalogue", "--pdf", "catalogo.pdf", "--category", None),
    ("catalogue", "--cards", "tarjetas", "--product", None),
    (None, "verify"),
    ("--db", None, "verify"),
    ("--db", None, "stock", "--json"),
]
ARGUMENT_JUNK = st.one_of(
    JUNK.filter(lambda j: len(j) < 1000),
    st.sampled_from(["-", "--", "--json", "--pdf", "-h", "--db", "sqlite://", "sqlite:///", "postgresql+psycopg://"]),
    st.sampled_from(["mysql://a/b", "sqlite:////nonexistent/x.db", "x.csv", "..", "/", "/dev/null", "/proc/self/mem"]),
)


@RELAXED
@given(template=st.sampled_from(ARGUMENTS), junk=ARGUMENT_JUNK)
def test_junk_in_any_argument(base, monkeypatch, template, junk):
    assume(not junk.startswith(("postgres", "--db=")))  # no network; ``--db=URL`` alone starts the till
    scratch = Path(tempfile.mkdtemp(dir=base.cwd))  # what a command writes goes here, a new folder each time
    monkeypatch.chdir(scratch)
    args = [junk if part is None else part for part in template]
    if args[0] == "--db":
        assume(not junk.startswith("-"))
    before = state(base)
    result = base(*args, db=args[0] != "--db")
    assert result.code in (0, 1, 2), result
    assert "fallo inesperado" not in result.err, result.err
    if result.code == 1:
        assert len(result.err_lines) >= 1 and result.err_lines[-1].startswith("error: "), result.err
    assert state(base) == before
