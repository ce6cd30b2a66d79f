"""An order's end: the pickup, a sale at the agreed price; or the cancellation (DESIGN.md §10).

The pickup is one transaction: the made piece is recorded as produced by the
order's makers and sold in the same sale, at the agreed price, with the
advances applied as one payment ``anticipo`` and the balance paid now with
the till's usual rules (rounding, dollars, change from the soles drawer).
The 45 % share accrues then, to the order's makers by weight.

A cancellation (a coordinator's decision, with a reason) either gives the
advances back, each by the method it came in (cash from the drawer it went
into), or keeps them: a kept advance becomes a sale with one line «seña
retenida — encargo N», paid by the advance, whose share goes to the makers.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.money import ZERO, quantize, to_json
from ..domain.orders import ADVANCE, CLOSED, RETURN, STATUS_LABELS, OrderMoney
from ..domain.payments import PaymentError, Settlement, Tender, settle
from ..domain.shares import line_share
from ..store import Store
from ..store.ids import new_id
from ..store.models import (
    CashSession,
    Item,
    Maker,
    Order,
    OrderMaker,
    OrderPayment,
    Payment,
    Product,
    Sale,
    SaleLine,
    ShareEntry,
    StockMovement,
)
from . import journal
from .actors import actor_name_in, person
from .auth import Approval, acting_in, checked_approval, require_in
from .cash_figures import check_drawer_holds, report_in
from .catalogue import _find_item_for_makers, _find_or_create_product, create_item_in
from .clock import now
from .errors import UserError
from .headers import keep_header_in
from .locations import location_by_code_in
from .orders import event_in, open_session_id_in, order_money_in, order_row_in, payment_row_in, write_journal_in
from .sale_writes import SaleResult, accrual_rows, document_rows, journal_payload, payment_rows, take_number_in
from .settings import ShopSettings, load_in
from .stock import record_production_in

ADVANCE_METHOD = "anticipo"
"""The payment method of the advances applied to the sale that delivers an order."""
ORDER_PRODUCT = "Encargo a medida"
ORDER_CATEGORY = "Encargos"


def kept_line_name(number: str) -> str:
    """The line of a kept advance: «seña retenida — encargo N»."""
    return f"seña retenida — encargo {number}"


def _open_order(session: Session, number: str) -> Order:
    order = order_row_in(session, number, lock=True)
    if order.status in CLOSED:
        raise UserError(f"el encargo {order.number} ya está {STATUS_LABELS[order.status].lower()}")
    return order


def _makers(session: Session, order: Order) -> list[tuple[Maker, int]]:
    rows = session.execute(
        select(Maker, OrderMaker.weight)
        .join(OrderMaker, OrderMaker.maker_id == Maker.id)
        .where(OrderMaker.order_id == order.id)
        .order_by(OrderMaker.position)
    ).all()
    return [(maker, weight) for maker, weight in rows]


def order_item_in(session: Session, order: Order) -> Item:
    """The item the order's piece is sold as: its base product (or «Encargo a medida») by its makers."""
    makers = _makers(session, order)
    product = session.get(Product, order.product_id) if order.product_id is not None else None
    if product is None:
        product = _find_or_create_product(session, ORDER_PRODUCT, ORDER_CATEGORY, ZERO)
        product.active = False  # not for sale from the catalogue: only an order sells it
    item = _find_item_for_makers(session, product, makers)
    if item is None:
        item = create_item_in(session, product, makers)
        item.active = False
    return item


def settle_balance(balance: Decimal, tenders: Sequence[Tender], settings: ShopSettings) -> Settlement | None:
    """The balance paid at pickup with the till's rules; ``None`` when the advances paid it all."""
    if balance <= ZERO:
        if tenders:
            raise UserError("el encargo ya está pagado: no hay nada más que cobrar")
        return None
    try:
        return settle(balance, tenders, settings.usd_rate, settings.rounding_step)
    except PaymentError as exc:
        raise UserError(str(exc)) from None


@dataclass
class _Sale:
    """A sale being written for an order: its rows, to write and journal together."""

    sale: Sale
    lines: list[SaleLine]
    shares: list[ShareEntry]
    payments: list[Payment]
    movements: list[StockMovement]


def _new_sale(
    session: Session,
    settings: ShopSettings,
    session_id: uuid.UUID,
    user_id: int,
    at: datetime,
    location_id: int,
    total: Decimal,
) -> Sale:
    number, seq = take_number_in(session, settings.till_series)
    return Sale(
        id=new_id(),
        number=number,
        series=settings.till_series,
        seq=seq,
        kind="sale",
        refund_of_id=None,
        created_at=at,
        seller_id=person(user_id),
        location_id=location_id,
        cash_session_id=session_id,
        subtotal=total,
        line_discounts=ZERO,
        order_discount=ZERO,
        total=total,
        rounding=ZERO,
        amount_due=total,
        tendered=total,
        change=ZERO,
        usd_rate=None,
        source="till",
        note="",
        header_id=keep_header_in(session.connection(), settings, at),
    )


def _line_with_shares(
    sale: Sale, item: Item, name: str, net: Decimal, makers: Sequence[tuple[Maker, int]], settings: ShopSettings
) -> tuple[SaleLine, list[ShareEntry]]:
    rate = settings.share_rate if makers and not item.product.center_made else ZERO
    share = line_share(net, rate)
    line = SaleLine(
        id=new_id(),
        sale_id=sale.id,
        position=1,
        item_id=item.id,
        product_name=name[:160],
        quantity=1,
        unit_price=net,
        gross=net,
        line_discount=ZERO,
        order_discount=ZERO,
        net=net,
        share_rate=rate,
        share=share,
        refund_of_line_id=None,
    )
    makers_by_id = [(maker.id, weight) for maker, weight in makers]
    shares = accrual_rows(sale.id, line.id, sale.created_at, share, makers_by_id) if rate else []
    return line, shares


def _advance_payment(sale: Sale, amount: Decimal) -> Payment:
    return Payment(
        id=new_id(),
        sale_id=sale.id,
        method=ADVANCE_METHOD,
        currency="PEN",
        amount=amount,
        rate=None,
        amount_pen=amount,
        applied_pen=amount,
        reference="",
    )


def _write_sale(session: Session, rows: _Sale, order: Order, user_id: int) -> SaleResult:
    sale = rows.sale
    for group in (rows.lines, rows.shares, rows.payments, rows.movements):
        session.add_all(group)
    session.flush()
    payload = {**journal_payload(sale), "order": order.number}
    groups = document_rows(sale, rows.lines, rows.shares, rows.payments, rows.movements)
    journal.write_in(session, "sale", sale.number, payload, actor_name_in(session, user_id), sale.created_at, groups)
    return SaleResult(
        sale.id,
        sale.number,
        "sale",
        sale.created_at,
        sale.total,
        sale.amount_due,
        sale.rounding,
        sale.tendered,
        sale.change,
    )


def _deliver_in(session: Session, order: Order, tenders: Sequence[Tender], user_id: int) -> SaleResult:
    settings = load_in(session)
    session_id = open_session_id_in(session, settings)
    money = order_money_in(session, order)
    settlement = settle_balance(quantize(order.price - money.paid), tenders, settings)
    at = now()
    location = location_by_code_in(session, settings.till_location)
    item = order_item_in(session, order)
    record_production_in(session, item, 1, location, user_id)
    sale = _new_sale(session, settings, session_id, user_id, at, location.id, order.price)
    session.add(sale)
    session.flush()
    line, shares = _line_with_shares(
        sale,
        item,
        f"Encargo {order.number}: {' '.join(order.description.split())}",
        order.price,
        _makers(session, order),
        settings,
    )
    payments = [_advance_payment(sale, money.paid)] if money.paid else []
    if settlement is not None:
        payments += payment_rows(sale.id, settlement.payments)
        sale.rounding, sale.change = settlement.rounding, settlement.change
        sale.amount_due = money.paid + settlement.amount_due
        sale.tendered = money.paid + settlement.tendered_pen
        if any(p.method == "usd" for p in settlement.payments):
            sale.usd_rate = settings.usd_rate
    movement = StockMovement(
        id=new_id(),
        item_id=item.id,
        location_id=location.id,
        quantity=-1,
        kind="sale",
        reason="",
        sale_id=sale.id,
        user_id=person(user_id),
        created_at=at,
    )
    result = _write_sale(session, _Sale(sale, [line], shares, payments, [movement]), order, user_id)
    order.status, order.sale_id = "entregado", sale.id
    delivered = event_in(session, order, "delivered", user_id, at, sale.number)
    write_journal_in(session, "order_delivered", order, user_id, at, delivered, sale=sale.number)
    return result


def deliver(store: Store, number: str, tenders: Sequence[Tender] = (), *, user_id: int) -> SaleResult:
    """The pickup: one sale at the agreed price, advances applied, the balance paid now.

    Raises:
        UserError: no open cash session, a delivered or cancelled order,
            payments that do not cover the balance (nothing is written).
    """
    with store.session() as session, session.begin():
        acting_in(session, user_id)
        return _deliver_in(session, _open_order(session, number), tenders, user_id)


def _returns(session: Session, order: Order, session_id: uuid.UUID, user_id: int, at: datetime) -> list[OrderPayment]:
    """One return per method and currency the advances came in, of what is left of them."""
    held: dict[tuple[str, str], list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    rate_of: dict[tuple[str, str], Decimal | None] = {}
    for kind, method, currency, amount, amount_pen, rate in session.execute(
        select(
            OrderPayment.kind,
            OrderPayment.method,
            OrderPayment.currency,
            OrderPayment.amount,
            OrderPayment.amount_pen,
            OrderPayment.rate,
        ).where(OrderPayment.order_id == order.id)
    ):
        sign = 1 if kind == ADVANCE else -1
        key = (method, currency)
        held[key][0] += sign * amount
        held[key][1] += sign * amount_pen
        rate_of.setdefault(key, rate)
    returns: list[OrderPayment] = []
    for (method, currency), (amount, amount_pen) in held.items():
        if amount <= ZERO:
            continue
        tender = Tender(method, amount)
        row = payment_row_in(
            session, order, RETURN, tender, amount_pen, rate_of[(method, currency)], session_id, user_id, at
        )
        row.position += len(returns)  # the ones before are not written yet
        returns.append(row)
    return returns


def _check_drawers(session: Session, session_id: uuid.UUID, returns: Sequence[OrderPayment]) -> None:
    row = session.get(CashSession, session_id)
    assert row is not None  # locked by open_session_id_in in this transaction
    report = report_in(session, row)
    for currency in ("PEN", "USD"):
        cash = sum((r.amount for r in returns if r.method in ("cash", "usd") and r.currency == currency), ZERO)
        if cash:
            check_drawer_holds(report.figures(currency), cash)


def _keep_in(session: Session, order: Order, money: OrderMoney, user_id: int, at: datetime) -> SaleResult:
    settings = load_in(session)
    session_id = open_session_id_in(session, settings)
    location = location_by_code_in(session, settings.till_location)
    sale = _new_sale(session, settings, session_id, user_id, at, location.id, money.paid)
    session.add(sale)
    session.flush()
    line, shares = _line_with_shares(
        sale, order_item_in(session, order), kept_line_name(order.number), money.paid, _makers(session, order), settings
    )
    return _write_sale(session, _Sale(sale, [line], shares, [_advance_payment(sale, money.paid)], []), order, user_id)


def cancel(
    store: Store,
    number: str,
    keep: bool,
    reason: str,
    user_id: int,
    approval: Approval | None = None,
) -> SaleResult | None:
    """Cancel an order: give its advances back (``keep`` false) or keep them as a sale.

    A coordinator decides (permission ``order_cancel``); the reason is journaled.
    Returns the sale of a kept advance, ``None`` otherwise.

    Raises:
        UserError: no reason, a delivered or cancelled order, no open cash
            session when there is money to give back or keep, or more cash to
            give back than its drawer should hold.
    """
    if not reason.strip():
        raise UserError("indique el motivo de la anulación")
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        order = _open_order(session, number)
        require_in(session, user_id, "order_cancel", approval, order.number)
        money = order_money_in(session, order)
        at = now()
        result: SaleResult | None = None
        written: list[OrderPayment] = []
        if money.paid and keep:
            result = _keep_in(session, order, money, user_id, at)
            order.sale_id = result.id
        elif money.paid:
            session_id = open_session_id_in(session, load_in(session))
            written = list(_returns(session, order, session_id, user_id, at))
            _check_drawers(session, session_id, written)
            session.add_all(written)
        order.status = "anulado"
        action = "kept" if money.paid and keep else ("return" if money.paid else "status")
        cancelled = event_in(session, order, action, user_id, at, reason)
        extra = {"reason": reason.strip(), "kept": to_json(money.paid if keep else ZERO)}
        extra["returned"] = to_json(ZERO if keep else money.paid)
        write_journal_in(session, "order_cancel", order, user_id, at, *written, cancelled, **extra)
        return result
