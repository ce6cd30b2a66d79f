"""Property test: random orders, advances, pickups and cancellations keep the money of orders exact.

Over any such day, to the céntimo:

    money taken (advances + what pickups collected) − advances given back
        = sales (amount due of every sale) + advances held on open orders

and each order's balance is its price less what it holds. Each example opens
its own SQLite shop (function-scoped fixtures are not reset between examples).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from mamakilla_pos.domain.money import ZERO, quantize
from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import cash, catalogue, catalogue_makers, order_close, order_views, orders, setup
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import Store, open_store
from mamakilla_pos.store.types import Money

D = Decimal
_MONEY = Money()
METHODS = ("cash", "usd", "yape", "plin", "card", "transfer")


@contextmanager
def fresh_shop() -> Iterator[tuple[Store, list[int]]]:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(f"sqlite:///{folder}/shop.db")
        try:
            setup.ensure_defaults(store)
            catalogue.add_item(
                store,
                catalogue.NewItem(
                    "Bolso bordado", "Bolsos", D("45"), (("Rosa Quispe", 2), ("Ana Huamán", 1)), "BAG001"
                ),
            )
            ids = [m.id for m in catalogue_makers.list_makers(store)]
            cash.open_session(store, {D("100"): 10}, {D("100"): 2}, user_id=SYSTEM_ID)
            yield store, ids
        finally:
            store.dispose()


def _sum(store: Store, sql: str) -> Decimal:
    with store.engine.connect() as conn:
        value = conn.execute(text(sql)).scalar()
    return _MONEY.process_result_value(value or 0, None) or ZERO  # type: ignore[arg-type]


step = st.one_of(
    st.tuples(st.just("order"), st.integers(1, 60000), st.integers(0, 2)),
    st.tuples(st.just("advance"), st.integers(0, 9), st.sampled_from(METHODS), st.integers(1, 100)),
    st.tuples(st.just("pickup"), st.integers(0, 9), st.sampled_from(("cash", "usd", "yape", "card"))),
    st.tuples(st.just("cancel"), st.integers(0, 9), st.booleans()),
)


def _play(store: Store, makers: list[int], numbers: list[str], action: tuple) -> None:  # type: ignore[type-arg]
    from datetime import date

    kind = action[0]
    if kind == "order":
        weights = ((makers[0], 2), (makers[1], 1)) if action[2] else ((makers[action[2] % len(makers)], 1),)
        new = orders.NewOrder("Clienta", "Bolso a medida", D(action[1]) / 100, date.today(), weights, user_id=SYSTEM_ID)
        numbers.append(orders.create_order(store, new))
        return
    if not numbers:
        return
    number = numbers[action[1] % len(numbers)]
    view = order_views.get_order(store, number)
    if not view.open:
        return
    if kind == "advance":
        # A part of the balance, in the method's currency (dollars at 3.70, whole cents).
        part = quantize(view.balance * action[3] / 100)
        amount = quantize(part / D("3.70")) if action[2] == "usd" else part
        if amount > ZERO:
            try:
                orders.take_advance(store, number, Tender(action[2], amount), user_id=SYSTEM_ID)
            except UserError:
                assert action[2] == "usd"  # the dollars' soles may pass the balance by a céntimo
    elif kind == "pickup":
        left = view.balance
        if left == ZERO:
            order_close.deliver(store, number, user_id=SYSTEM_ID)
        elif action[2] == "usd":
            order_close.deliver(store, number, (Tender("usd", quantize(left / D("3.70")) + D("1")),), user_id=SYSTEM_ID)
        else:
            order_close.deliver(store, number, (Tender(action[2], left),), user_id=SYSTEM_ID)
    else:
        order_close.cancel(store, number, keep=action[2], reason="prueba", user_id=SYSTEM_ID)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(step, min_size=1, max_size=14))
def test_money_taken_is_sales_plus_advances_held(actions):
    with fresh_shop() as (store, makers):
        numbers: list[str] = []
        for action in actions:
            _play(store, makers, numbers, action)
        taken = _sum(store, "SELECT SUM(amount_pen_cents) FROM order_payments WHERE kind = 'advance'")
        returned = _sum(store, "SELECT SUM(amount_pen_cents) FROM order_payments WHERE kind = 'return'")
        collected = _sum(store, "SELECT SUM(applied_pen_cents) FROM payments WHERE method <> 'anticipo'")
        sales = _sum(store, "SELECT SUM(amount_due_cents) FROM sales")
        views = order_views.list_orders(store)
        held = sum((v.paid for v in views if v.open), ZERO)
        assert taken + collected - returned == sales + held
        for view in views:
            assert view.open or view.balance == ZERO
            assert view.money.balance == max(view.price - view.paid, ZERO)
        applied = _sum(store, "SELECT SUM(applied_pen_cents) FROM payments WHERE method = 'anticipo'")
        assert applied == taken - returned - held
        report = cash.x_report(store)
        advances = {a.method: a for a in report.advances}
        assert sum((a.taken - a.returned for a in advances.values()), ZERO) == taken - returned
        assert verify(store) == []
