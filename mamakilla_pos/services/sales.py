"""Recording sales: one transaction each (DESIGN.md §4).

A sale is recorded in named steps, in this order: the items are read and
checked, the cart priced and paid, discounts approved, the stock's location
and the sale's number taken, then the rows made (the sale, its lines with
their makers' shares and stock moves, its payments), written with plain
``INSERT``s, and journaled.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, func, insert, inspect, select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapper, Session

from ..domain.discounts import approvals_needed
from ..domain.money import ZERO, quantize
from ..domain.payments import METHODS, AppliedPayment, PaymentError, Settlement, Tender, settle
from ..domain.pricing import NO_DISCOUNT, CartLine, Discount, PricedCart, PricedLine, PricingError, price_cart
from ..domain.shares import line_share
from ..store import Store
from ..store.ids import new_id
from ..store.models import (
    Item,
    ItemMaker,
    Location,
    Maker,
    Payment,
    Product,
    Sale,
    SaleLine,
    ShareEntry,
    StockMovement,
)
from . import journal
from .actors import person
from .auth import Approval, acting_in, checked_approval, require_in
from .clock import now
from .errors import NotFound, UserError
from .headers import keep_header_in, texts_of
from .sale_document import recorded_sale
from .sale_writes import (
    PAPER_SERIES,
    Numbered,
    SaleResult,
    accrual_rows,
    connection_in,
    document_rows,
    imported_number_in,
    journal_payload,
    open_cash_session_id_in,
    payment_rows,
    receipt_series_of,
    take_number_in,
)
from .settings import ShopSettings, load_in


@dataclass(frozen=True)
class LineRequest:
    """A line to sell: the item's code, units, and optionally a discount or another price."""

    item_code: str
    quantity: int = 1
    discount: Discount = NO_DISCOUNT
    unit_price: Decimal | None = None


@dataclass(frozen=True)
class SaleRequest:
    """Everything needed to complete a sale."""

    lines: tuple[LineRequest, ...]
    tenders: tuple[Tender, ...]
    order_discount: Discount = NO_DISCOUNT
    user_id: int = field(kw_only=True)
    usd_rate: Decimal | None = None
    location_code: str | None = None
    created_at: datetime | None = None
    number: str | None = None
    cash_rounding: bool = True
    source: str = "till"
    paid_with: str | None = None
    approval: Approval | None = None


# Statements of the sale's hot path, built once (building a statement costs more than running it).
_SALE_ITEMS = (
    select(
        Item.id,
        Item.code,
        Product.name,
        Product.price,
        Product.center_made,
        ItemMaker.maker_id,
        ItemMaker.weight,
        Maker.name,
    )
    .join(Product, Product.id == Item.product_id)
    .outerjoin(ItemMaker, ItemMaker.item_id == Item.id)
    .outerjoin(Maker, Maker.id == ItemMaker.maker_id)
    .where(Item.code.in_(bindparam("codes", expanding=True)))
    .order_by(Item.id, ItemMaker.position)
)
_STOCK_AT = (
    select(StockMovement.item_id, func.sum(StockMovement.quantity))
    .where(
        StockMovement.location_id == bindparam("location_id"),
        StockMovement.item_id.in_(bindparam("item_ids", expanding=True)),
    )
    .group_by(StockMovement.item_id)
)
_LOCATION = select(Location.id, Location.name).where(Location.code == bindparam("code"))


def received_in_full(total: Decimal, method: str, usd_rate: Decimal) -> Settlement:
    """A sale written on paper: exactly ``total`` was received with ``method``, no rounding."""
    if method not in METHODS:
        raise PaymentError(f"método de pago desconocido: {method}")
    usd = method == "usd"
    payment = AppliedPayment(
        method=method,
        currency="USD" if usd else "PEN",
        amount=quantize(total / usd_rate) if usd else total,
        rate=usd_rate if usd else None,
        amount_pen=total,
        applied_pen=total,
        reference="",
    )
    return Settlement(total, total, ZERO, total, ZERO, (payment,))


@dataclass(frozen=True)
class _SaleItem:
    """What a sale needs of an item: read as plain columns, not as ORM entities."""

    id: int
    code: str
    product_name: str
    price: Decimal
    center_made: bool
    makers: tuple[tuple[int, int], ...]  # (maker id, weight) in the order the split lists them
    maker_names: tuple[str, ...]  # the same makers' names, for the receipt


class _Row(SimpleNamespace):
    """A row's values by the models' attribute names (``_Row(id=…, total=…)``), for the inserts and the journal."""


@dataclass(frozen=True)
class _Priced:
    """The cart priced and paid: its lines, its totals, the payments and the dollar's rate."""

    cart: list[CartLine]
    priced: PricedCart
    settlement: Settlement
    rate: Decimal


@dataclass
class _Written:
    """The rows of a sale, as they are inserted and journaled."""

    sale: _Row
    lines: list[_Row]
    shares: list[_Row]
    payments: list[_Row]
    movements: list[_Row]


# -- the steps ----------------------------------------------------------------------------------


def _items_of_sale_in(session: Session, request: SaleRequest) -> dict[str, _SaleItem]:
    """Every item the request sells, with its makers, in one query.

    Raises:
        UserError: the sale has no lines.
        NotFound: a code names no item.
    """
    if not request.lines:
        raise UserError("la venta no tiene productos")
    codes = {line.item_code.strip() for line in request.lines}
    rows = connection_in(session).execute(_SALE_ITEMS, {"codes": sorted(codes)}).all()
    found: dict[str, tuple[int, str, str, Decimal, bool]] = {}
    makers: dict[str, list[tuple[int, int]]] = defaultdict(list)
    names: dict[str, list[str]] = defaultdict(list)
    for item_id, code, name, price, center_made, maker_id, weight, maker_name in rows:
        if code not in found:
            found[code] = (item_id, code, name, price, bool(center_made))
        if maker_id is not None:
            makers[code].append((maker_id, weight))
            names[code].append(maker_name)
    missing = sorted(codes - set(found))
    if missing:
        raise NotFound(f"no existe el artículo con código {', '.join(missing)}")
    return {code: _SaleItem(*item, tuple(makers[code]), tuple(names[code])) for code, item in found.items()}


def _priced(request: SaleRequest, sold: Sequence[_SaleItem], settings: ShopSettings) -> _Priced:
    """The cart priced (DESIGN.md §4) and settled by the tenders, or received in full (paper).

    Raises:
        UserError: a bad quantity, price or discount; tenders that do not cover the amount due.
    """
    cart = [
        CartLine(line.quantity, item.price if line.unit_price is None else line.unit_price, line.discount)
        for line, item in zip(request.lines, sold, strict=True)
    ]
    try:
        priced = price_cart(cart, request.order_discount)
        rate = request.usd_rate or settings.usd_rate
        step = settings.rounding_step if request.cash_rounding else None
        if request.paid_with:
            settlement = received_in_full(priced.total, request.paid_with, rate)
        else:
            settlement = settle(priced.total, request.tenders, rate, step)
    except (PricingError, PaymentError) as exc:
        raise UserError(str(exc)) from exc
    return _Priced(cart, priced, settlement, rate)


def _approve_in(
    session: Session, request: SaleRequest, sold: Sequence[_SaleItem], cart: _Priced, settings: ShopSettings
) -> None:
    """Discounts beyond the seller's limit need a coordinator's approval (DESIGN.md §4)."""
    list_prices = [item.price for item in sold]
    limit = settings.seller_discount_limit
    for permission in approvals_needed(cart.cart, list_prices, request.order_discount, limit):
        require_in(session, request.user_id, permission, request.approval)


def _location_of_sale_in(session: Session, code: str | None, settings: ShopSettings) -> tuple[int, str]:
    """``(id, name)`` of the location a sale takes its stock from.

    Raises:
        NotFound: no such location.
    """
    code = code or settings.till_location
    row = connection_in(session).execute(_LOCATION, {"code": code}).first()
    if row is None:
        raise NotFound(f"no existe la ubicación «{code}»")
    return row[0], row[1]


def _number_in(session: Session, request: SaleRequest, settings: ShopSettings) -> Numbered:
    """``(number, seq, series, cash session)``: a paper note keeps its number, outside any session;
    a till's sale takes the next of its series, in its open cash session.

    Raises:
        UserError: the number is already recorded; this program is no till; its cash session is closed.
    """
    if request.number:
        return Numbered(*imported_number_in(session, request.number), PAPER_SERIES, None)
    series = receipt_series_of(settings)
    cash_session_id = open_cash_session_id_in(session, settings.till)
    return Numbered(*take_number_in(session, series), series, cash_session_id)


def _sale_row(
    request: SaleRequest, cart: _Priced, numbered: Numbered, at: datetime, location_id: int, header_id: str
) -> _Row:
    """The sale's own row."""
    priced, settlement = cart.priced, cart.settlement
    return _Row(
        id=new_id(),
        number=numbered.number,
        series=numbered.series,
        seq=numbered.seq,
        kind="sale",
        refund_of_id=None,
        created_at=at,
        seller_id=person(request.user_id),
        location_id=location_id,
        cash_session_id=numbered.cash_session_id,
        subtotal=priced.subtotal,
        line_discounts=priced.line_discounts,
        order_discount=priced.order_discount,
        total=priced.total,
        rounding=settlement.rounding,
        amount_due=settlement.amount_due,
        tendered=settlement.tendered_pen,
        change=settlement.change,
        usd_rate=cart.rate if any(p.method == "usd" for p in settlement.payments) else None,
        source=request.source,
        note="",
        header_id=header_id,
    )


def _line_row(sale: _Row, position: int, item: _SaleItem, line: PricedLine, settings: ShopSettings) -> _Row:
    """A line of the sale with its makers' share: none for the centre's own work or an item without makers."""
    share_rate = ZERO if item.center_made or not item.makers else settings.share_rate
    return _Row(
        id=new_id(),
        sale_id=sale.id,
        position=position,
        item_id=item.id,
        product_name=item.product_name,
        quantity=line.quantity,
        unit_price=line.unit_price,
        gross=line.gross,
        line_discount=line.line_discount,
        order_discount=line.order_discount,
        net=line.net,
        share_rate=share_rate,
        share=line_share(line.net, share_rate),
        refund_of_line_id=None,
    )


def _share_rows(sale: _Row, line: _Row, item: _SaleItem) -> list[_Row]:
    """The line's share split among the item's makers by their weights (DESIGN.md §4)."""
    if not (item.makers and line.share_rate):
        return []
    return accrual_rows(sale.id, line.id, sale.created_at, line.share, item.makers, _Row)


def _movement_row(sale: _Row, item: _SaleItem, line: _Row) -> _Row:
    """The line's units leaving the sale's location."""
    return _Row(
        id=new_id(),
        item_id=item.id,
        location_id=sale.location_id,
        quantity=-line.quantity,
        kind="sale",
        reason="",
        sale_id=sale.id,
        user_id=sale.seller_id,
        created_at=sale.created_at,
    )


def _rows(sale: _Row, sold: Sequence[_SaleItem], cart: _Priced, settings: ShopSettings) -> _Written:
    """Every row of the sale: its lines, each with its shares and its stock move, and its payments."""
    written = _Written(sale, [], [], [], [])
    for position, (item, priced_line) in enumerate(zip(sold, cart.priced.lines, strict=True), start=1):
        line = _line_row(sale, position, item, priced_line, settings)
        written.lines.append(line)
        written.shares.extend(_share_rows(sale, line, item))
        written.movements.append(_movement_row(sale, item, line))
    written.payments = payment_rows(sale.id, cart.settlement.payments, _Row)
    return written


def _write_in(session: Session, written: _Written) -> None:
    """One ``INSERT`` a table, in the order the foreign keys need."""
    _insert(session, Sale, [written.sale])
    _insert(session, SaleLine, written.lines)
    _insert(session, ShareEntry, written.shares)
    _insert(session, Payment, written.payments)
    _insert(session, StockMovement, written.movements)


def _stock_warnings_in(
    session: Session, items: dict[str, _SaleItem], location_id: int, location: str
) -> tuple[str, ...]:
    """A line for each item sold that the location now shows below zero."""
    ids = sorted({item.id for item in items.values()})
    levels = {
        item_id: int(q)
        for item_id, q in connection_in(session).execute(_STOCK_AT, {"item_ids": ids, "location_id": location_id})
    }
    return tuple(
        f"{item.product_name} ({item.code}): quedan {levels.get(item.id, 0)} en {location}"
        for item in (items[c] for c in sorted(items))
        if levels.get(item.id, 0) < 0
    )


# -- the use case -------------------------------------------------------------------------------


def record_sale_in(session: Session, request: SaleRequest, settings: ShopSettings) -> SaleResult:
    """Record a sale inside the caller's transaction (used by the till and by imports).

    The rows are written with a handful of plain ``INSERT``s rather than
    through the ORM's unit of work: a sale is on the till's hot path and must
    not cost much more than the rows themselves (DESIGN.md §8).
    """
    actor = acting_in(session, request.user_id)  # the program, or an active user: nobody else sells
    items = _items_of_sale_in(session, request)
    sold = [items[line.item_code.strip()] for line in request.lines]
    cart = _priced(request, sold, settings)
    _approve_in(session, request, sold, cart, settings)
    at = request.created_at or now()
    location_id, location_name = _location_of_sale_in(session, request.location_code, settings)
    numbered = _number_in(session, request, settings)
    header_id = keep_header_in(connection_in(session), settings, at)
    sale = _sale_row(request, cart, numbered, at, location_id, header_id)
    written = _rows(sale, sold, cart, settings)
    _write_in(session, written)
    warnings = _stock_warnings_in(session, items, location_id, location_name)
    rows = document_rows(sale, written.lines, written.shares, written.payments, written.movements)  # type: ignore[arg-type]
    journal.write_in(session, "sale", sale.number, journal_payload(sale), actor, at, rows)  # type: ignore[arg-type]
    document = recorded_sale(
        sale,
        written.lines,
        written.payments,
        [item.code for item in sold],
        [item.maker_names for item in sold],
        actor if sale.seller_id is not None else "",
        location_name,
        texts_of(settings),
    )
    return SaleResult(
        sale.id,
        sale.number,
        "sale",
        at,
        sale.total,
        sale.amount_due,
        sale.rounding,
        sale.tendered,
        sale.change,
        warnings,
        document,
    )


def _insert(session: Session, model: type, rows: Sequence[_Row]) -> None:
    """One ``INSERT`` (executemany) of ``rows`` into ``model``'s table; attribute names become columns.

    The statement is compiled once per database dialect and the values are
    converted by the columns' own types (céntimos, UUIDs, dates), then handed
    to the driver as they are: no per-row work by the SQL layer.
    """
    if not rows:
        return
    connection = connection_in(session)
    sql, fields, processors, positional = _compiled_insert(model, connection.dialect)
    if positional:
        params: list[Any] = [
            tuple(
                value if convert is None else convert(value)
                for value, convert in zip((row.__dict__[key] for key in fields), processors, strict=True)
            )
            for row in rows
        ]
    else:
        params = [
            {
                name: (value if convert is None else convert(value))
                for name, value, convert in zip(
                    fields.values(),
                    (row.__dict__[key] for key in fields),
                    processors,
                    strict=True,
                )
            }
            for row in rows
        ]
    # Straight to the driver, inside the session's transaction (its BEGIN has already run).
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, params)
    finally:
        cursor.close()


@functools.cache
def _compiled_insert(model: type, dialect: Dialect) -> tuple[str, Any, tuple[Any, ...], bool]:
    """``(sql, fields, bind processors, positional)`` of the ``INSERT`` of every column of ``model``.

    ``fields`` maps attribute names to the statement's parameter names, in parameter order.
    """
    table = model.__table__  # type: ignore[attr-defined]
    mapper: Mapper[Any] = inspect(model)
    by_column = {attr.columns[0].key: attr.key for attr in mapper.column_attrs}
    statement = insert(table).values({key: bindparam(key) for key in by_column})
    compiled = statement.compile(dialect=dialect)
    in_order = [c.key for c in table.columns if c.key in by_column]
    names = list(compiled.positiontup or ()) if compiled.positional else in_order
    fields = {by_column[name]: name for name in names}
    processors = tuple(table.columns[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names)
    return str(compiled), fields, processors, bool(compiled.positional)


def record_sale(store: Store, request: SaleRequest) -> SaleResult:
    """Complete a sale: lines, payments, stock, shares and journal commit together or not at all.

    Raises:
        UserError: unknown item, bad quantity or discount, payments that do
            not cover the amount due. Nothing is written.
    """
    request = replace(request, approval=checked_approval(store, request.approval))
    with store.session() as session, session.begin():
        return record_sale_in(session, request, load_in(session))
