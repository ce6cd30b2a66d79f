"""One till of a shop: open, sell, close, open again, as fast as it can, while another till does the same.

Run as a script: ``python till_worker.py DB_URL TILL ROUNDS SALES SEED``.
It opens the shared database as till ``TILL``, and for each of ``ROUNDS``
rounds opens the till, records ``SALES`` sales (now and then a refund),
and closes it with the drawer counted as expected, then tries one more sale
(which must be refused: its till is closed). It prints one JSON line:
for each cash session it opened, the numbers it recorded in it; and every
error it met (there should be none).
"""

from __future__ import annotations

import json
import random
import sys
from decimal import Decimal

from mamakilla_pos.domain.cash import PEN_DENOMINATIONS, USD_NOTES
from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import cash
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.history import get_sale
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.store import open_store

CODES = ("BAG001", "PUR001", "CAS001", "KEY001")


def counted(amount: Decimal, denominations: tuple[Decimal, ...]) -> dict[Decimal, int]:
    pieces: dict[Decimal, int] = {}
    for value in sorted(denominations, reverse=True):
        count = int(amount // value)
        if count:
            pieces[value] = count
            amount -= value * count
    return pieces


def main(url: str, till: str, rounds: int, sales: int, seed: int) -> int:
    store = open_store(url, till=till)
    rng = random.Random(seed)
    sessions: dict[str, list[str]] = {}
    errors: list[str] = []
    refused = 0
    try:
        for _ in range(rounds):
            opened = cash.open_session(store, {Decimal("10"): 2}, user_id=SYSTEM_ID)
            numbers = sessions.setdefault(str(opened.id), [])
            for n in range(sales):
                code = rng.choice(CODES)
                try:
                    done = record_sale(
                        store,
                        SaleRequest((LineRequest(code),), (Tender("cash", Decimal("100")),), user_id=SYSTEM_ID),
                    )
                    numbers.append(done.number)
                    if n % 7 == 3:
                        line = get_sale(store, done.number).lines[0]
                        back = refund(
                            store, RefundRequest(done.number, (RefundLine(line.id, 1),), "cash", user_id=SYSTEM_ID)
                        )
                        numbers.append(back.number)
                except UserError as exc:
                    errors.append(f"{till}: {exc}")
            figures = cash.x_report(store)
            cash.close_session(
                store,
                counted(figures.pen.expected, PEN_DENOMINATIONS),
                counted(figures.usd.expected, USD_NOTES),
                user_id=SYSTEM_ID,
            )
            try:  # the till is closed now: a sale is refused, and nothing is written
                late = record_sale(
                    store, SaleRequest((LineRequest(CODES[0]),), (Tender("card", Decimal("45")),), user_id=SYSTEM_ID)
                )
                errors.append(f"{till}: {late.number} sold with the till closed")
            except UserError:
                refused += 1
    except Exception as exc:  # reported, and the test fails on it
        errors.append(f"{till}: {type(exc).__name__}: {exc}")
    finally:
        store.dispose()
    print(json.dumps({"till": till, "sessions": sessions, "errors": errors, "refused": refused}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])))
