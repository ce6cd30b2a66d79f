"""``import orders FILE`` and ``report orders [--json]``: custom orders on the command line (DESIGN.md §7)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .domain.money import format_amount
from .store import Store


def import_orders(store: Store, path: Path) -> int:
    """Import the orders of ``path``; prints how many. Returns the exit status."""
    from .services.import_orders import import_orders as run

    count = run(store, path)
    print(f"{count} encargos importados.")
    return 0


def report_orders(store: Store, as_json: bool) -> int:
    """Every order with its status and balance: one line each, or JSON. Returns the exit status."""
    from .services.order_views import list_orders

    views = list_orders(store)
    if as_json:
        json.dump({"orders": [v.as_json() for v in views]}, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    head = f"{'Encargo':<14}{'Estado':<15}{'Clienta':<24}{'Entrega':<12}"
    print(f"{head}{'Precio':>10}{'Pagado':>10}{'Saldo':>10}  Artesanas")
    for v in views:
        print(
            f"{v.number:<14}{v.status_label:<15}{v.customer_name[:23]:<24}{v.due_on.isoformat():<12}"
            f"{format_amount(v.price):>10}{format_amount(v.paid):>10}{format_amount(v.balance):>10}  {v.maker_names()}"
        )
    return 0
