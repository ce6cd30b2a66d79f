"""``report day --json``: each drawer's figures (DESIGN.md §4 rule 8, §7 ``"drawers"``).

The day is :class:`tests.conftest.DrawerDay`, worked out by hand there.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal


def test_report_day_json_gives_each_drawer(drawer_day, cli):
    data = cli.ok("report", "day", date.today().isoformat(), "--json").json()
    assert data["drawers"] == {
        "PEN": {
            "float": "100.00",
            "received": "50.00",
            "change": "36.50",
            "cash_in": "700.00",
            "cash_out": "10.00",
            "payouts": "751.30",
            "advances": "0.00",
            "partner_payments": "0.00",
            "expected": "52.20",
            "counted": "52.20",
            "difference": "0.00",
        },
        "USD": {
            "float": "20.00",
            "received": "24.00",
            "change": "0.00",
            "cash_in": "0.00",
            "cash_out": "0.00",
            "payouts": "0.00",
            "advances": "0.00",
            "partner_payments": "0.00",
            "expected": "44.00",
            "counted": "44.00",
            "difference": "0.00",
        },
    }
    for drawer in data["drawers"].values():
        d = {k: Decimal(v) for k, v in drawer.items()}
        assert d["expected"] == (
            d["float"]
            + d["received"]
            + d["advances"]
            + d["partner_payments"]
            - d["change"]
            + d["cash_in"]
            - d["cash_out"]
            - d["payouts"]
        )
    # Every key it had stays.
    for key in ("gross", "discounts", "sales_total", "refunds_total", "net", "rounding", "by_method", "by_maker"):
        assert key in data, key
    assert data["rounding"] == "0.10"
    assert data["cash"]["PEN"] == {"expected": "52.20", "counted": "52.20", "difference": "0.00"}
    (session,) = data["sessions"]
    # A session's drawer keeps its keys of before: its cash out still counts the payout.
    assert session["cash"]["PEN"] == {
        "float": "100.00",
        "sales": "50.00",
        "change": "36.50",
        "refunds": "0.00",
        "cash_in": "700.00",
        "cash_out": "761.30",
        "expected": "52.20",
        "counted": "52.20",
        "difference": "0.00",
    }
    by_method = {m["method"]: m["net"] for m in data["by_method"]}
    assert by_method["cash"] == "13.50" and by_method["usd"] == "88.80"


def test_the_day_report_pdf_shows_each_drawer(drawer_day, cli, tmp_path):
    import io

    import pypdf

    target = tmp_path / "dia.pdf"
    cli.ok("report", "day", date.today().isoformat(), "--pdf", target)
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(target.read_bytes())).pages).split())
    # Expected, counted and difference of each drawer.
    for line in ("Soles S/ 52.20 S/ 52.20 S/ 0.00", "Dólares US$ 44.00 US$ 44.00 US$ 0.00"):
        assert line in text, line
