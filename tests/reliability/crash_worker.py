"""Record sales in a loop and get killed at random moments, many times over.

Run as a script: ``python crash_worker.py DB_FILE KILLS SEED``. The process
imports everything once, then for each round forks a child that records
sales as fast as it can and tells the parent, through a pipe, of each sale
and refund it was told is saved. The parent waits until the child has
confirmed a random number of documents (0 to 3), lets a random moment pass
and kills it with SIGKILL: the kill lands somewhere in the next document
however fast or loaded the machine is. Then it checks the database whole and
that every confirmed document is in it. It prints one JSON line with what it
saw and exits non-zero on the first problem.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import sqlite3
import sys
import time
from decimal import Decimal

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import cash, catalogue, setup, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.history import get_sale
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
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
        stock.produce(store, code, 1000, user_id=SYSTEM_ID)
    cash.open_session(store, user_id=SYSTEM_ID)  # a till sells into its open cash session
    # Warm the statement caches once, so each forked child sells at once.
    record_sale(
        store,
        SaleRequest(lines=(LineRequest(CODES[0]),), tenders=(Tender("card", Decimal("45.00")),), user_id=SYSTEM_ID),
    )
    return store


def sell_forever(store: Store, seed: int, confirmed: int) -> None:
    """The child: sales (and now and then a refund) until killed; ``s`` or ``r`` on ``confirmed`` for each saved."""
    rng = random.Random(seed)
    # Connections opened by the parent stay the parent's (SQLAlchemy's fork recipe).
    store.engine.dispose(close=False)
    while True:
        lines = tuple(LineRequest(code, rng.randint(1, 3)) for code in rng.sample(CODES, rng.randint(1, 3)))
        result = record_sale(
            store, SaleRequest(lines=lines, tenders=(Tender("cash", Decimal("500.00")),), user_id=SYSTEM_ID)
        )
        os.write(confirmed, b"s")
        if rng.random() < 0.2:
            line = get_sale(store, result.number).lines[0]
            refund(store, RefundRequest(result.number, (RefundLine(line.id, 1),), user_id=SYSTEM_ID))
            os.write(confirmed, b"r")


def wait_for(reader: int, count: int) -> bytes:
    """What the child confirmed, read until ``count`` documents (or the child's end)."""
    seen = b""
    while len(seen) < count:
        ready, _, _ = select.select([reader], [], [], 120)
        if not ready:
            raise RuntimeError("the child confirmed nothing for two minutes")
        chunk = os.read(reader, 64)
        if not chunk:
            break
        seen += chunk
    return seen


def read_rest(reader: int) -> bytes:
    """Everything left in the pipe once the child is dead."""
    rest = b""
    while chunk := os.read(reader, 4096):
        rest += chunk
    return rest


def check(path: str, store: Store) -> tuple[int, int, list[str]]:
    connection = sqlite3.connect(path)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        sales = connection.execute("SELECT count(*) FROM sales WHERE kind = 'sale'").fetchone()[0]
        refunds = connection.execute("SELECT count(*) FROM sales WHERE kind = 'refund'").fetchone()[0]
    finally:
        connection.close()
    if integrity != [("ok",)]:
        return sales, refunds, [f"integrity_check: {integrity}"]
    return sales, refunds, verify(store)


def main() -> int:
    path, kills, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    url = f"sqlite:///{path}"
    store = prepare(url)
    rng = random.Random(seed)
    last, _refunds, _problems = check(path, store)
    confirmed_sales = last
    confirmed_refunds = 0
    grew = 0
    for round_ in range(kills):
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(reader)
                sell_forever(store, seed * 100_003 + round_, writer)
            finally:
                os._exit(0)
        os.close(writer)
        # A few documents a round, then a kill somewhere in the next one: the database
        # (checked whole after every kill) stays small enough for 200 rounds.
        seen = wait_for(reader, rng.randint(0, 3))
        time.sleep(rng.uniform(0, 0.01))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        seen += read_rest(reader)
        os.close(reader)
        confirmed_sales += seen.count(b"s")
        confirmed_refunds += seen.count(b"r")
        sales, refunds, problems = check(path, store)
        if sales < confirmed_sales or refunds < confirmed_refunds:
            problems = [
                *problems,
                f"confirmed {confirmed_sales} sales and {confirmed_refunds} refunds, found {sales} and {refunds}",
            ]
        if problems:
            print(json.dumps({"round": round_, "sales": sales, "problems": problems[:20]}, ensure_ascii=False))
            return 1
        grew += sales > last
        last = sales
    print(
        json.dumps(
            {
                "rounds": kills,
                "sales": last,
                "confirmed_sales": confirmed_sales,
                "unconfirmed_sales": last - confirmed_sales,
                "rounds_with_new_sales": grew,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
