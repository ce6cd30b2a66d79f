"""Record sales in a loop and get killed at random moments, many times over.

Run as a script: ``python crash_worker.py DB_FILE KILLS SEED``. The process
imports everything once, then for each round forks a child that records
sales as fast as it can; the parent kills the child with SIGKILL after a
random delay and checks the database before the next round. It prints one
JSON line with what it saw and exits non-zero on the first problem.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import sys
import time
from decimal import Decimal

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import catalogue, setup, stock
from mamakilla_pos.services.history import get_sale
from mamakilla_pos.services.sales import LineRequest, RefundLine, RefundRequest, SaleRequest, record_sale, refund
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import Store, open_store

CODES = ("CR0001", "CR0002", "CR0003")


def prepare(url: str) -> Store:
    store = open_store(url)
    setup.ensure_defaults(store)
    new = catalogue.NewItem
    catalogue.add_item(
        store, new("Bolso", "Bolsos", Decimal("45.00"), (("Rosa Quispe", 2), ("Ana Huamán", 1)), CODES[0])
    )
    catalogue.add_item(store, new("Monedero", "Monederos", Decimal("22.55"), (("Rosa Quispe", 1),), CODES[1]))
    catalogue.add_item(store, new("Cartuchera", "Cartucheras", Decimal("30.00"), (("Luz Mamani", 1),), CODES[2]))
    for code in CODES:
        stock.produce(store, code, 1000)
    # Warm the statement caches once, so each forked child sells at once.
    record_sale(store, SaleRequest(lines=(LineRequest(CODES[0]),), tenders=(Tender("card", Decimal("45.00")),)))
    return store


def sell_forever(store: Store, seed: int) -> None:
    """The child: sales (and now and then a refund) until it is killed."""
    rng = random.Random(seed)
    # Connections opened by the parent stay the parent's (SQLAlchemy's fork recipe).
    store.engine.dispose(close=False)
    while True:
        lines = tuple(LineRequest(code, rng.randint(1, 3)) for code in rng.sample(CODES, rng.randint(1, 3)))
        result = record_sale(store, SaleRequest(lines=lines, tenders=(Tender("cash", Decimal("500.00")),)))
        if rng.random() < 0.2:
            line = get_sale(store, result.number).lines[0]
            refund(store, RefundRequest(result.number, (RefundLine(line.id, 1),)))


def check(path: str, store: Store) -> tuple[int, list[str]]:
    connection = sqlite3.connect(path)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        sales = connection.execute("SELECT count(*) FROM sales").fetchone()[0]
    finally:
        connection.close()
    if integrity != [("ok",)]:
        return sales, [f"integrity_check: {integrity}"]
    return sales, verify(store)


def main() -> int:
    path, kills, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    url = f"sqlite:///{path}"
    store = prepare(url)
    rng = random.Random(seed)
    last = 0
    grew = 0
    for round_ in range(kills):
        pid = os.fork()
        if pid == 0:
            try:
                sell_forever(store, seed * 100_003 + round_)
            finally:
                os._exit(0)
        # A few sales a round: enough to be killed mid-sale most of the time, while the
        # database (checked whole after every kill) stays small enough for 200 rounds.
        time.sleep(rng.uniform(0.01, 0.08))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        sales, problems = check(path, store)
        if problems:
            print(json.dumps({"round": round_, "sales": sales, "problems": problems[:20]}, ensure_ascii=False))
            return 1
        grew += sales > last
        last = sales
    print(json.dumps({"rounds": kills, "sales": last, "rounds_with_new_sales": grew}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
