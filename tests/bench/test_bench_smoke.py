"""The benchmark suite runs end to end, in miniature.

This fails only when the suite itself is broken (a measurement that no longer
runs, a missing row, unreadable JSON), never because this machine is slow: the
budgets are the business of ``python -m bench`` on a quiet machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ROWS = {"start", "start_data_first", "memory", "sale", "receipt", "search", "day", "shares", "annual"}
ROWS |= {"sale_bestsellers", "close", "x_report", "payout_slip", "backup", "import_products", "import_sales"}
ROWS |= {"sale_during_verify", "sale_during_backup", "sale_during_report", "sale_during_import"}
ROWS |= {"sale_during_import_sales"}
ROWS |= {"verify", "thermal_receipt"}
ROWS |= {"search_photos", "start_photos", "photos_shown", "memory_photos"}
ROWS |= {"pin_check", "pin_guess_4", "pin_guess_6"}


def test_the_quick_bench_completes_and_writes_every_measurement(tmp_path):
    out = tmp_path / "bench.json"
    command = [sys.executable, "-m", "bench", "--quick", "--json", str(out)]
    command += ["--items", "300", "--scales", "0.001,0.002", "--session-sales", "40", "--slip-entries", "60"]
    command += ["--import-rows", "200"]
    done = subprocess.run(
        command,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    assert "measurement" in done.stdout and "scaling" in done.stdout

    result = json.loads(out.read_text(encoding="utf-8"))
    rows = {row["key"]: row for row in result["rows"]}
    assert set(rows) == ROWS
    for key, row in rows.items():
        assert row["runs"] and all(value > 0 for value in row["runs"]), key
        assert row["median"] > 0, key
        if key not in ("memory", "memory_photos"):  # the only rows without a baseline
            assert row["baseline"] and row["ratio"] > 0, key
        assert row["budget_text"], key
    assert [point["sales"] for point in result["scaling"]] == [200, 400]
    assert all(point["sale_ms"] > 0 and point["shares_ms"] > 0 for point in result["scaling"])
    assert [period["days"] for period in result["periods"]] == [1, 7, 30, 91, 365]
    assert {check["what"] for check in result["scaling_checks"]}
    assert isinstance(result["passed"], bool)
