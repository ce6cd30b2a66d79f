"""A till selling throughout an import: ``python import_seller.py DB_URL READY_FILE STOP_FILE``.

Records one-item cash sales as fast as it can until ``STOP_FILE`` exists,
after touching ``READY_FILE`` once the first sale is done. Prints one JSON
line: sales recorded, sales that failed (with the first error), and the
longest a sale took in milliseconds.
"""

from __future__ import annotations

import json
import sys
import time
from decimal import Decimal
from pathlib import Path

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.store import open_store


def main(url: str, ready: Path, stop: Path) -> None:
    store = open_store(url, migrate=False)
    request = SaleRequest((LineRequest("PUR001"),), (Tender("cash", Decimal("30")),), user_id=SYSTEM_ID)
    sold = failed = 0
    first_error = ""
    longest = 0.0
    while not stop.exists():
        started = time.perf_counter()
        try:
            record_sale(store, request)
            sold += 1
        except Exception as exc:  # every failure counts, whatever its kind
            failed += 1
            first_error = first_error or f"{type(exc).__name__}: {exc}"
        longest = max(longest, (time.perf_counter() - started) * 1000)
        ready.touch()
        time.sleep(0.01)
    store.dispose()
    print(json.dumps({"sold": sold, "failed": failed, "error": first_error, "longest_ms": round(longest)}))


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
