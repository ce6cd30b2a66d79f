"""Random days at a till: every cash amount handed over is whole ten céntimos, each drawer adds up.

DESIGN.md §4 rules 4, 7, 8 and 10, over days of mixed tenders, refunds, cash
in and out and makers' payouts. The test keeps its own tally of what went
into and out of each drawer, and closes the day on a perfect count.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from mamakilla_pos.domain.cash import PEN_DENOMINATIONS, USD_NOTES
from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.domain.pricing import CartLine, price_cart
from mamakilla_pos.services import cash, catalogue, catalogue_makers, history, payouts, setup, stock
from mamakilla_pos.services import settings as shop_settings
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import open_store

D = Decimal
RATE = D("3.70")
TEN = D("0.10")
PRICES = {"BAG001": D("45.00"), "PUR001": D("22.55"), "CAS001": D("30.00"), "KEY001": D("5.00")}
MAKERS = ("Rosa Quispe", "Ana Huamán", "Luz Mamani")
PEN_FLOAT = {D("20"): 5, D("1"): 10}  # S/ 110.00
USD_FLOAT = {D("10"): 2}  # US$ 20.00


@pytest.fixture(scope="module")
def template_db(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("drawer-days") / "shop.db"
    store = open_store(f"sqlite:///{path}")
    setup.ensure_defaults(store)
    new = catalogue.NewItem
    catalogue.add_item(
        store, new("Bolso bordado", "Bolsos", PRICES["BAG001"], ((MAKERS[0], 2), (MAKERS[1], 1)), "BAG001")
    )
    catalogue.add_item(store, new("Monedero de cuero", "Monederos", PRICES["PUR001"], ((MAKERS[0], 1),), "PUR001"))
    catalogue.add_item(store, new("Cartuchera Ñusta", "Cartucheras", PRICES["CAS001"], ((MAKERS[2], 1),), "CAS001"))
    catalogue.add_center_item(store, "Llavero de alpaca", "Accesorios", PRICES["KEY001"], "KEY001")
    for code in PRICES:
        stock.produce(store, code, 200, user_id=SYSTEM_ID)
    shop_settings.update_settings(store, usd_rate=RATE, user_id=SYSTEM_ID)
    store.dispose()
    return path


def _note_at_least(amount: Decimal) -> Decimal:
    """The smallest soles note (or round hundred) that pays ``amount``."""
    for note in (D(10), D(20), D(50), D(100), D(200)):
        if note >= amount:
            return note
    return (amount / 100).to_integral_value(rounding=ROUND_CEILING) * 100


def _dollars_for(amount: Decimal) -> Decimal:
    return max(D(1), (amount / RATE).to_integral_value(rounding=ROUND_CEILING))


def tenders_for(kind: str, total: Decimal, extra: int) -> tuple[Tender, ...]:
    """Ways customers pay: soles notes, dollar notes, Yape, card, and mixes of them."""
    due_cash = (total / TEN).to_integral_value(rounding=ROUND_FLOOR) * TEN
    half = (total / 2).quantize(D("0.01"))
    if kind == "cash":
        return (Tender("cash", _note_at_least(due_cash) + 10 * extra),)
    if kind == "usd":
        return (Tender("usd", _dollars_for(total) + extra),)
    if kind == "yape":
        return (Tender("yape", total, "op"),)
    if kind == "card":
        return (Tender("card", total),)
    if kind == "yape+cash":
        return (Tender("yape", half, "op"), Tender("cash", _note_at_least(total - half)))
    if kind == "yape+usd":
        return (Tender("yape", half, "op"), Tender("usd", _dollars_for(total - half) + extra))
    # usd+cash: some dollars, the rest in soles notes
    dollars = max(D(1), (total / 2 / RATE).to_integral_value(rounding=ROUND_FLOOR))
    rest = max(total - dollars * RATE, D("0.10"))
    return (Tender("usd", dollars), Tender("cash", _note_at_least(rest)))


@dataclass
class Tally:
    """What the test itself saw go into and out of each drawer."""

    pen: Decimal = field(default_factory=lambda: D("110.00"))  # the opening floats
    usd: Decimal = field(default_factory=lambda: D("20.00"))
    sales: list[str] = field(default_factory=list)

    def take_sale(self, tenders: tuple[Tender, ...], change: Decimal) -> None:
        self.pen += sum((t.amount for t in tenders if t.method == "cash"), D(0)) - change
        self.usd += sum((t.amount for t in tenders if t.method == "usd"), D(0))


def count_of(amount: Decimal, denominations: tuple[Decimal, ...]) -> dict[Decimal, int]:
    """A perfect count of ``amount``: the biggest pieces first."""
    pieces: dict[Decimal, int] = {}
    left = amount
    for value in sorted(denominations, reverse=True):
        n = int(left // value)
        if n:
            pieces[value] = n
            left -= value * n
    assert left == 0, f"{amount} cannot be counted in coins and notes"
    return pieces


sale_step = st.tuples(
    st.just("sale"),
    st.lists(
        st.tuples(st.sampled_from(sorted(PRICES)), st.integers(1, 3)), min_size=1, max_size=3, unique_by=lambda t: t[0]
    ),
    st.sampled_from(["cash", "usd", "yape", "card", "yape+cash", "yape+usd", "usd+cash"]),
    st.integers(0, 3),
)
refund_step = st.tuples(st.just("refund"), st.integers(0, 10**6), st.sampled_from(["cash", "yape"]))
move_step = st.tuples(
    st.sampled_from(["in", "out"]),
    st.sampled_from(["PEN", "USD"]),
    st.integers(1, 5000).map(lambda n: D(n) * TEN),
)
payout_step = st.tuples(st.just("payout"), st.sampled_from(MAKERS), st.sampled_from(["cash", "yape"]))


def _sale(store, tally: Tally, step) -> None:  # type: ignore[no-untyped-def]
    _, lines, kind, extra = step
    total = price_cart([CartLine(q, PRICES[c]) for c, q in lines]).total
    tenders = tenders_for(kind, total, extra)
    result = record_sale(store, SaleRequest(tuple(LineRequest(c, q) for c, q in lines), tenders, user_id=SYSTEM_ID))
    assert result.change % TEN == 0, "change is handed over in whole ten céntimos"
    assert D("0.00") <= result.rounding <= D("0.09")
    tally.take_sale(tenders, result.change)
    tally.sales.append(result.number)
    event(f"sale paid {kind}" + (" with change" if result.change else ""))


def _refund(store, tally: Tally, step) -> None:  # type: ignore[no-untyped-def]
    _, pick, method = step
    if not tally.sales:
        return
    sale = history.get_sale(store, tally.sales[pick % len(tally.sales)])
    open_lines = [ln for ln in sale.lines if ln.quantity > ln.returned]
    if not open_lines:
        return
    line = open_lines[pick % len(open_lines)]
    result = refund(store, RefundRequest(sale.number, (RefundLine(line.id, 1),), method, "op", user_id=SYSTEM_ID))
    if method == "cash":
        assert result.amount_due % TEN == 0, "a cash refund is handed over in whole ten céntimos"
        tally.pen -= result.amount_due
    event(f"refund in {method}")


def _move(store, tally: Tally, step) -> None:  # type: ignore[no-untyped-def]
    direction, currency, amount = step
    if currency == "USD":
        amount = amount.to_integral_value(rounding=ROUND_CEILING)
    held = tally.pen if currency == "PEN" else tally.usd
    if direction == "out" and amount > held:
        with pytest.raises(UserError, match="debería haber"):
            cash.move_cash(store, "out", amount, "Otro", currency, user_id=SYSTEM_ID)
        event("cash out refused: more than the drawer holds")
        return
    cash.move_cash(store, direction, amount, "Otro", currency, user_id=SYSTEM_ID)
    sign = 1 if direction == "in" else -1
    if currency == "PEN":
        tally.pen += sign * amount
    else:
        tally.usd += sign * amount
    event(f"cash {direction} {currency}")


def _payout(store, tally: Tally, step) -> None:  # type: ignore[no-untyped-def]
    _, name, method = step
    maker = next(m.id for m in catalogue_makers.list_makers(store) if m.name == name)
    preview = payouts.payout_preview(store, maker, date.today())
    to_pay = preview.to_pay(method)
    if method == "cash" and to_pay > tally.pen:
        with pytest.raises(UserError, match="debería haber"):
            payouts.pay_maker(store, maker, date.today(), "cash", user_id=SYSTEM_ID)
        event("cash payout refused: more than the drawer holds")
        return
    paid = payouts.pay_maker(store, maker, date.today(), method, "op", user_id=SYSTEM_ID)
    if paid is None:
        return
    assert paid.amount + paid.kept == preview.total
    if method == "cash":
        assert paid.amount % TEN == 0, "a cash payout is handed over in whole ten céntimos"
        tally.pen -= paid.amount
        event("cash payout" + (" keeping céntimos" if paid.kept else ""))


STEPS = {"sale": _sale, "refund": _refund, "in": _move, "out": _move, "payout": _payout}


def _check_drawers(store, tally: Tally) -> None:  # type: ignore[no-untyped-def]
    report = cash.x_report(store)
    for drawer, seen in ((report.pen, tally.pen), (report.usd, tally.usd)):
        assert drawer.expected == seen
        assert drawer.expected == (
            drawer.opening_float + drawer.received - drawer.change + drawer.cash_in - drawer.cash_out - drawer.payouts
        )
    assert report.usd.change == report.usd.payouts == 0  # change and payouts leave the soles drawer


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.one_of(sale_step, sale_step, refund_step, move_step, payout_step), min_size=2, max_size=14))
def test_random_days_hand_over_whole_ten_centimos_and_each_drawer_adds_up(template_db, steps):
    folder = Path(tempfile.mkdtemp(prefix="drawer-day-"))
    try:
        shutil.copy(template_db, folder / "shop.db")
        store = open_store(f"sqlite:///{folder / 'shop.db'}")
        try:
            cash.open_session(store, PEN_FLOAT, USD_FLOAT, user_id=SYSTEM_ID)
            tally = Tally()
            for step in steps:
                STEPS[step[0]](store, tally, step)
                _check_drawers(store, tally)
            # A perfect count (a cash refund may have been paid from an empty drawer: then it holds nothing).
            pen_count = count_of(max(tally.pen, D(0)), PEN_DENOMINATIONS)
            closed = cash.close_session(
                store,
                pen_count,
                count_of(tally.usd, USD_NOTES),
                "" if tally.pen >= 0 else "Devolución sin efectivo",
                user_id=SYSTEM_ID,
            )
            assert (closed.pen.difference, closed.usd.difference) == (max(-tally.pen, D(0)), D("0.00"))
            assert verify(store) == []
        finally:
            store.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
