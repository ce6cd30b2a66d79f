"""Property test: random carts, discounts, payments and refund sequences keep the money rules.

Function-scoped fixtures are not reset between Hypothesis examples, so each
example opens its own SQLite shop in a temporary directory.
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.domain.pricing import CartLine, Discount, DiscountKind, price_cart
from mamakilla_pos.domain.shares import line_share, split_share
from mamakilla_pos.services import cash, catalogue, catalogue_makers, history, payouts, setup, shares, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store import Store, open_store
from mamakilla_pos.store.types import Money

D = Decimal
ZERO = D("0.00")
NONE = Discount(DiscountKind.AMOUNT, ZERO)
RATE = D("0.45")
DAY = datetime(2024, 5, 4, 10, 0)

# code → (product, price, makers with weights); an empty makers tuple is a center item (no share)
ITEMS: dict[str, tuple[str, Decimal, tuple[tuple[str, int], ...]]] = {
    "BAG001": ("Bolso bordado", D("45.00"), (("Rosa Quispe", 2), ("Ana Huamán", 1))),
    "PUR001": ("Monedero de cuero", D("22.55"), (("Rosa Quispe", 1),)),
    "CAS001": ("Cartuchera Ñusta", D("30.00"), (("Luz Mamani", 1),)),
    "KEY001": ("Llavero de alpaca", D("5.00"), ()),
    # three equal weights: ties in the split go to the maker listed first
    "CHU001": ("Chullo tejido", D("38.90"), (("Luz Mamani", 1), ("Ana Huamán", 1), ("Rosa Quispe", 1))),
}
STOCK = 10
_MONEY = Money()


@contextmanager
def fresh_shop() -> Iterator[Store]:
    """A new SQLite shop with the items above, 10 units each at the workshop."""
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(f"sqlite:///{folder}/shop.db")
        try:
            setup.ensure_defaults(store)
            for code, (product, price, makers) in ITEMS.items():
                if makers:
                    catalogue.add_item(store, catalogue.NewItem(product, "Varios", price, makers, code))
                else:
                    catalogue.add_center_item(store, product, "Varios", price, code)
                stock.produce(store, code, STOCK, user_id=SYSTEM_ID)
            cash.open_session(store, user_id=SYSTEM_ID)  # the till sells only with its session open
            yield store
        finally:
            store.dispose()


def cents(value: int) -> Decimal:
    return (D(value) / 100).quantize(D("0.01"))


@st.composite
def discounts(draw, base_cents: int) -> Discount:
    kind = draw(st.sampled_from(["none", "percent", "amount", "all"]))
    if kind == "all":  # a gift: the line (or the whole order) for nothing
        return Discount(DiscountKind.PERCENT, D("100"))
    if kind == "percent":
        return Discount(DiscountKind.PERCENT, cents(draw(st.integers(0, 10_000))))  # 0.00 % … 100.00 %
    if kind == "amount":
        return Discount(DiscountKind.AMOUNT, cents(draw(st.integers(0, base_cents))))
    return NONE


@st.composite
def carts(draw) -> tuple[tuple[LineRequest, ...], Discount]:
    lines = []
    for _ in range(draw(st.integers(1, 5))):
        code = draw(st.sampled_from(sorted(ITEMS)))
        quantity = draw(st.integers(1, 6))
        price = cents(draw(st.integers(1, 30_000) | st.integers(1, 9))) if draw(st.booleans()) else None
        unit = price if price is not None else ITEMS[code][1]
        gross = int(unit * 100) * quantity
        discount = draw(discounts(gross))
        lines.append(LineRequest(code, quantity, discount, price))
    after_line_discounts = priced_total(tuple(lines), NONE).total
    order = draw(discounts(int(after_line_discounts * 100)))
    return tuple(lines), order


def priced_total(lines: tuple[LineRequest, ...], order: Discount):
    return price_cart(
        [
            CartLine(ln.quantity, ln.unit_price if ln.unit_price is not None else ITEMS[ln.item_code][1], ln.discount)
            for ln in lines
        ],
        order,
    )


@st.composite
def tenders(draw, total: Decimal) -> tuple[Tender, ...]:
    method = draw(st.sampled_from(["cash", "card", "usd", "yape+cash"]))
    extra = cents(draw(st.integers(0, 5_000)))
    if total == 0:  # a cart given away: a payment must still be above zero, it all comes back as change
        return (Tender("cash", D("1.00") + extra),)
    if method == "card":
        return (Tender("card", total),)
    if method == "cash":
        return (Tender("cash", D(math.ceil(total)) + extra),)
    if method == "usd":
        return (Tender("usd", D(math.ceil(total / D("3.70")) + draw(st.integers(0, 20)))),)
    yape = cents(draw(st.integers(1, int(total * 100))))
    rest = total - yape
    return (Tender("yape", yape, "op-1"),) + ((Tender("cash", rest + extra),) if rest > 0 else ())


def raw_share_sums(store: Store) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """Sum of share entries per original sale line id, and per maker name."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT COALESCE(sl.refund_of_line_id, sl.id), mk.name, se.amount_cents FROM share_entries se"
                " JOIN sale_lines sl ON sl.id = se.sale_line_id JOIN makers mk ON mk.id = se.maker_id"
            )
        ).all()
    by_line: dict[str, Decimal] = {}
    by_maker: dict[str, Decimal] = {}
    for line_id, maker, amount in rows:
        value = _MONEY.process_result_value(amount, None)
        key = str(line_id).replace("-", "")
        by_line[key] = by_line.get(key, ZERO) + value
        by_maker[maker] = by_maker.get(maker, ZERO) + value
    return by_line, by_maker


def shares_by_line(store: Store, number: str) -> dict[str, list[tuple[int, Decimal]]]:
    """``{line id: [(maker position in the item, amount)]}`` for the accruals of sale ``number``."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT sl.id, im.position, se.amount_cents FROM share_entries se"
                " JOIN sale_lines sl ON sl.id = se.sale_line_id JOIN sales s ON s.id = se.sale_id"
                " JOIN item_makers im ON im.item_id = sl.item_id AND im.maker_id = se.maker_id"
                " WHERE s.number = :n"
            ),
            {"n": number},
        ).all()
    result: dict[str, list[tuple[int, Decimal]]] = {}
    for line_id, position, amount in rows:
        result.setdefault(str(line_id).replace("-", ""), []).append(
            (position, _MONEY.process_result_value(amount, None))
        )
    return {k: sorted(v) for k, v in result.items()}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_carts_and_refunds_keep_the_money_rules(data):
    lines, order = data.draw(carts(), label="cart")
    priced = priced_total(lines, order)
    pay = data.draw(tenders(priced.total), label="tenders")

    with fresh_shop() as store:
        sale = record_sale(
            store, SaleRequest(lines, pay, order_discount=order, usd_rate=D("3.70"), created_at=DAY, user_id=SYSTEM_ID)
        )
        view = history.get_sale(store, sale.number)

        # sum of line nets = sale total, and each net = gross − discounts
        assert sale.total == priced.total
        assert sum((ln.net for ln in view.lines), ZERO) == view.total
        assert view.subtotal - view.line_discounts - view.order_discount == view.total
        for ln in view.lines:
            assert ln.gross - ln.discount == ln.net
            assert ln.net >= 0
        # Rounding in the customer's favour, by less than 0.10 (rule 4): the amount due down when
        # all is PEN cash, the change handed back up otherwise; nothing to round without cash.
        if all(t.amount % D("0.10") == 0 for t in pay if t.method == "cash"):  # soles come in coins
            assert D("0.00") <= view.rounding < D("0.10")
        assert view.change % D("0.10") == 0
        if all(t.method not in ("cash", "usd") for t in pay):
            assert view.rounding == ZERO
        if any(t.method != "cash" for t in pay) and not view.change:
            assert view.rounding == ZERO
        assert view.amount_due + view.change == view.tendered

        # per-line shares: round(net × 0.45), split by weight, entries add up to the line share
        accruals = shares_by_line(store, sale.number)
        for ln in view.lines:
            makers = ITEMS[ln.item_code][2]
            key = ln.id.hex
            if not makers:
                assert ln.share == ZERO and key not in accruals
                continue
            assert ln.share == line_share(ln.net, RATE)
            assert [amount for _, amount in accruals[key]] == split_share(ln.share, [w for _, w in makers])

        if data.draw(st.booleans(), label="pay Rosa before the refunds"):
            rosa = {m.name: m.id for m in catalogue_makers.list_makers(store)}["Rosa Quispe"]
            payouts.pay_maker(store, rosa, DAY.date(), "yape", reference="op-9", user_id=SYSTEM_ID)

        # refund everything in random steps
        remaining = {ln.id: ln.quantity for ln in view.lines}
        refunded_net = {ln.id: ZERO for ln in view.lines}
        refunded_total = ZERO
        at = DAY + timedelta(days=1)
        while any(remaining.values()):
            open_lines = [line_id for line_id, q in remaining.items() if q]
            chosen = data.draw(st.lists(st.sampled_from(open_lines), min_size=1, unique=True), label="lines")
            request_lines = []
            for line_id in chosen:
                units = data.draw(st.integers(1, remaining[line_id]), label="units")
                request_lines.append(RefundLine(line_id, units))
            method = data.draw(st.sampled_from(["card", "yape", "plin", "transfer", "cash"]), label="method")
            at += timedelta(minutes=5)
            result = refund(
                store,
                RefundRequest(
                    sale.number, tuple(request_lines), method=method, reference="op-2", created_at=at, user_id=SYSTEM_ID
                ),
            )
            refund_view = history.get_sale(store, result.number)
            for req in request_lines:
                remaining[req.line_id] -= req.quantity
            for rl, req in zip(refund_view.lines, request_lines, strict=True):
                assert rl.quantity == req.quantity
                assert rl.net >= 0
                refunded_net[req.line_id] += rl.net
            refunded_total += result.total
            # Cash is rounded in the customer's favour: down after a cash sale, up otherwise.
            assert D("-0.10") < result.rounding < D("0.10")
            assert result.amount_due == result.total - result.rounding
            if method != "cash":
                assert result.rounding == ZERO
            assert result.total == sum((rl.net for rl in refund_view.lines), ZERO)
            for ln in view.lines:
                assert refunded_net[ln.id] <= ln.net

        # everything returned: the nets, the shares per maker, the stock
        assert refunded_total == sale.total
        assert all(refunded_net[ln.id] == ln.net for ln in view.lines)
        by_line, by_maker = raw_share_sums(store)
        assert all(total == ZERO for total in by_line.values())
        assert all(total == ZERO for total in by_maker.values())
        for balance in shares.share_balances(store, DAY.date(), at.date()):
            assert balance.accrued - balance.reversed == balance.paid + balance.balance
            assert balance.accrued == balance.reversed
        assert all(level.quantity == STOCK for level in stock.stock_levels(store))
        assert [ln.returned for ln in history.get_sale(store, sale.number).lines] == [ln.quantity for ln in view.lines]
        assert verify(store) == []
