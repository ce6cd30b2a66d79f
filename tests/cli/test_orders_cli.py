"""``import orders FILE`` and ``report orders [--json]`` (DESIGN.md §7, §10)."""

from __future__ import annotations

from tests.cli.conftest import write_csv

HEADER = ("order", "date", "customer", "phone", "description", "price", "advance", "method", "makers", "due")


def test_orders_taken_on_paper_are_imported_with_their_advances(cli, tmp_path):
    path = write_csv(
        tmp_path / "feria.csv",
        HEADER,
        [
            ("F-01", "2026-11-28", "Ana Torres", "984111222", "Bolso bordado con su nombre", "180.00", "50.00",
             "cash", "Rosa Quispe:2;Ana Huamán:1", "2026-12-12"),
            ("F-02", "2026-11-28", "Lucía Mamani", "", "Monedero azul", "45.00", "", "", "Luz Mamani", "2026-12-05"),
        ],
    )  # fmt: skip
    assert cli.ok("import", "orders", path).out.strip() == "2 encargos importados."
    data = cli.ok("report", "orders", "--json").json()
    assert data["orders"] == [
        {
            "number": "F-02",
            "status": "presupuesto",
            "customer": "Lucía Mamani",
            "phone": "",
            "due": "2026-12-05",
            "price": "45.00",
            "paid": "0.00",
            "balance": "45.00",
            "makers": [{"maker": "Luz Mamani", "weight": 1}],
            "sale": None,
        },
        {
            "number": "F-01",
            "status": "confirmado",
            "customer": "Ana Torres",
            "phone": "984111222",
            "due": "2026-12-12",
            "price": "180.00",
            "paid": "50.00",
            "balance": "130.00",
            "makers": [{"maker": "Rosa Quispe", "weight": 2}, {"maker": "Ana Huamán", "weight": 1}],
            "sale": None,
        },
    ]
    text = cli.ok("report", "orders").out
    assert "F-01" in text and "Confirmado" in text and "130.00" in text and "Rosa Quispe:2; Ana Huamán" in text
    assert cli.ok("verify").code == 0


def test_a_file_with_bad_rows_imports_nothing_and_names_each(cli, tmp_path):
    first = write_csv(
        tmp_path / "antes.csv",
        HEADER,
        [("A-1", "2026-11-20", "Rita", "", "Bolso", "60.00", "", "", "Luz Mamani", "2026-12-01")],
    )
    cli.ok("import", "orders", first)
    path = write_csv(
        tmp_path / "feria.csv",
        HEADER,
        [
            ("F-01", "2026-11-28", "Ana Torres", "", "Bolso", "180.00", "50.00", "cash", "Rosa Quispe", "2026-12-12"),
            ("F-02", "2026-11-28", "", "", "Bolso", "80.00", "", "", "Rosa Quispe", "2026-12-12"),
            ("F-03", "2026-11-28", "Eva", "", "Bolso", "80.00", "90.00", "cash", "Rosa Quispe", "2026-12-12"),
            ("F-01", "2026-11-29", "Eva", "", "Bolso", "80.00", "", "", "Rosa Quispe", "2026-12-12"),
            ("F-05", "2026-11-29", "Eva", "", "Bolso", "80.00", "10", "bitcoin", "Rosa Quispe", "mañana"),
        ],
    )
    result = cli("import", "orders", path)
    assert result.code == 1
    err = result.err
    assert "línea 3: falta el nombre de la clienta" in err
    assert "línea 4: la seña (90.00) pasa el precio (80.00)" in err
    assert "línea 5: el encargo F-01 ya figura en la línea 2" in err
    assert "línea 6:" in err and "línea 2:" not in err
    assert [o["number"] for o in cli.ok("report", "orders", "--json").json()["orders"]] == ["A-1"]
    assert cli.scalar("SELECT COUNT(*) FROM makers") == 1  # not even the maker the good rows named
