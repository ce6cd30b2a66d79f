"""A till selling in its own process while other work runs on the same shop.

Used by the benchmark of a sale during ``verify``, a backup, a report or an
import (``bench/concurrency.py``) and by the tests that prove a second till
loses and fails nothing meanwhile (``tests/reliability/test_selling_throughout.py``)::

    python bench/seller.py URL OUT --codes A,B [--stop FILE] [--count N] [--pause S] [--reopen]

It opens the shop as the till does, opens a cash session when none is open,
then records one card sale of the given items after another, timing each,
until ``--count`` sales were tried or the ``--stop`` file appears. Once its
first sale is done (connection and statements warm) it creates ``OUT.ready``.
At the end it writes ``OUT`` as JSON: for each sale tried, its start and end
(``time.monotonic()``, comparable across processes on one machine), its id
and number when it was confirmed, or the error it met. With ``--reopen`` the
shop is opened and closed around every sale (a till whose connection comes
and goes), as a restore that finds the shop free must still lose nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import cash, catalogue
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.store import Store, open_store


def _request(store: Store, codes: list[str]) -> SaleRequest:
    total = sum((catalogue.find_item(store, code).price for code in codes), Decimal(0))
    return SaleRequest(
        lines=tuple(LineRequest(code) for code in codes), tenders=(Tender("card", total),), user_id=SYSTEM_ID
    )


def _sell_once(url: str, store: Store | None, request: SaleRequest) -> dict[str, object]:
    start = time.monotonic()
    opened = store is None
    try:
        if store is None:
            store = open_store(url, migrate=False)
        result = record_sale(store, request)
        return {"start": start, "end": time.monotonic(), "id": result.id.hex, "number": result.number}
    except Exception as exc:  # every failure is counted: no sale may fail while other work runs
        return {"start": start, "end": time.monotonic(), "error": f"{type(exc).__name__}: {exc}".splitlines()[0]}
    finally:
        if opened and store is not None:
            store.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("out", type=Path)
    parser.add_argument("--codes", required=True, help="item codes of each sale, comma-separated")
    parser.add_argument("--stop", type=Path, help="stop once this file exists")
    parser.add_argument("--count", type=int, default=0, help="stop after this many sales (0: no limit)")
    parser.add_argument("--pause", type=float, default=0.02, help="seconds between sales")
    parser.add_argument("--reopen", action="store_true", help="open and close the shop around every sale")
    args = parser.parse_args(argv)
    store = open_store(args.url)
    if cash.current_session(store) is None:
        cash.open_session(store, user_id=SYSTEM_ID)
    request = _request(store, args.codes.split(","))
    if args.reopen:
        store.dispose()
    kept = None if args.reopen else store
    sales = [_sell_once(args.url, kept, request)]
    Path(f"{args.out}.ready").touch()
    while not (args.stop and args.stop.exists()) and not (args.count and len(sales) >= args.count):
        time.sleep(args.pause)
        sales.append(_sell_once(args.url, kept, request))
    store.dispose()
    args.out.write_text(json.dumps({"sales": sales}), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
