"""Recording sales and refunds: one transaction each (DESIGN.md §4)."""

from __future__ import annotations

import functools
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, func, insert, inspect, select, update
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Mapper, Session

from ..domain.discounts import approvals_needed
from ..domain.money import ZERO, quantize, to_json
from ..domain.payments import METHODS, AppliedPayment, PaymentError, Settlement, Tender, settle
from ..domain.pricing import NO_DISCOUNT, CartLine, Discount, PricingError, price_cart
from ..domain.shares import line_share, split_share
from ..store import Store, images
from ..store.ids import new_id
from ..store.models import (
    CashSession,
    Item,
    ItemMaker,
    Location,
    Maker,
    Payment,
    Product,
    ReceiptSeries,
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
from .locations import location_by_code_in
from .sale_document import recorded_sale
from .sale_views import SaleView
from .settings import ShopSettings, load_in
from .tills import NOT_A_TILL


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
    user_id: int | None = None
    usd_rate: Decimal | None = None
    location_code: str | None = None
    created_at: datetime | None = None
    number: str | None = None
    cash_rounding: bool = True
    source: str = "till"
    paid_with: str | None = None
    approval: Approval | None = None


@dataclass(frozen=True)
class SaleResult:
    """A completed sale or refund, as the till needs to show it."""

    id: uuid.UUID
    number: str
    kind: str
    created_at: datetime
    total: Decimal
    amount_due: Decimal
    rounding: Decimal
    tendered: Decimal
    change: Decimal
    stock_warnings: tuple[str, ...] = field(default=())
    document: SaleView | None = field(default=None, compare=False)
    """The sale as :func:`~.history.get_sale` reads it back, made from what was written (a sale only)."""


# -- shared pieces ---------------------------------------------------------------------------


# Statements of the sale's hot path, built once (building a statement costs more than running it).
_NEXT_NUMBER = select(ReceiptSeries.next_number).where(ReceiptSeries.code == bindparam("series")).with_for_update()
_SET_NEXT_NUMBER = (
    update(ReceiptSeries)
    .where(ReceiptSeries.code == bindparam("series"))
    .values(next_number=bindparam("next_number"))
    .execution_options(synchronize_session=False)
)
_OPEN_SESSION_ID = (
    select(CashSession.id)
    .where(CashSession.till == bindparam("till"), CashSession.closed_at.is_(None))
    .with_for_update(read=True)
)
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


def _connection(session: Session) -> Connection:
    """The session's connection, for the plain statements of the hot path, after writing out
    anything the caller left pending (so that every row the statements need is there)."""
    session.flush()
    return session.connection()


def _take_number(session: Session, series: str) -> tuple[str, int]:
    """Next correlative number of ``series``; the row stays locked until commit."""
    connection = _connection(session)
    seq = connection.execute(_NEXT_NUMBER, {"series": series}).scalar_one_or_none()
    if seq is None:
        seq = 1
        connection.execute(insert(ReceiptSeries), [{"code": series, "next_number": seq + 1}])
    else:
        connection.execute(_SET_NEXT_NUMBER, {"series": series, "next_number": seq + 1})
    return f"{series}-{seq:06d}", seq


def _imported_number(session: Session, number: str) -> tuple[str, int]:
    if session.execute(select(Sale.id).where(Sale.number == number)).first():
        raise UserError(f"la nota {number} ya está registrada")
    _, seq = _take_number(session, "PAPEL")
    return number, seq


def _series_of(settings: ShopSettings) -> str:
    """The receipt series of the till this program is.

    Raises:
        UserError: this program is no till.
    """
    if not settings.till_series:
        raise UserError(NOT_A_TILL)
    return settings.till_series


def _closed(till: str) -> str:
    """Why a sale or refund at till ``till`` is refused: its cash session is not open."""
    return f"la caja {till} está cerrada: ábrala (cuente el fondo) antes de vender o devolver; no se guardó nada"


def _open_cash_session(session: Session, till: str) -> CashSession | None:
    # FOR SHARE (PostgreSQL): a close on another till cannot slip in under this sale.
    return session.execute(
        select(CashSession).where(CashSession.till == till, CashSession.closed_at.is_(None)).with_for_update(read=True)
    ).scalar_one_or_none()


def _open_cash_session_id(session: Session, till: str) -> uuid.UUID | None:
    """The id of till ``till``'s open cash session (locked as :func:`_open_cash_session` locks it)."""
    return _connection(session).execute(_OPEN_SESSION_ID, {"till": till}).scalar_one_or_none()


def _stock_at(session: Session, item_ids: set[int], location_id: int) -> dict[int, int]:
    rows = _connection(session).execute(_STOCK_AT, {"item_ids": sorted(item_ids), "location_id": location_id})
    return {item_id: int(q) for item_id, q in rows}


def _payment_rows(sale_id: uuid.UUID, payments: Sequence[AppliedPayment]) -> list[Payment]:
    return [
        Payment(
            id=new_id(),
            sale_id=sale_id,
            method=p.method,
            currency=p.currency,
            amount=p.amount,
            rate=p.rate,
            amount_pen=p.amount_pen,
            applied_pen=p.applied_pen,
            reference=p.reference,
        )
        for p in payments
    ]


def journal_payload(sale: Sale, refund_of: str = "") -> dict[str, object]:
    """What the journal says of a sale or refund besides its rows (:func:`document_rows`)."""
    return {
        "number": sale.number,
        "kind": sale.kind,
        "refund_of": refund_of,
        "total": to_json(sale.total),
        "rounding": to_json(sale.rounding),
        "amount_due": to_json(sale.amount_due),
        "tendered": to_json(sale.tendered),
        "change": to_json(sale.change),
    }


def document_payload(
    sale: Sale,
    lines: Sequence[SaleLine],
    shares: Sequence[ShareEntry],
    payments: Sequence[Payment],
    movements: Sequence[StockMovement],
    refund_of: str = "",
) -> dict[str, object]:
    """The whole journal payload of a sale or refund: :func:`journal_payload` and its rows' images.

    For writers that chain their entries themselves (imports); the rows must
    be as they will be written (numbered, header kept).
    """
    groups = document_rows(sale, lines, shares, payments, movements)
    return {**journal_payload(sale, refund_of), **images.payload_rows(images.images_of(groups))}


def document_rows(
    sale: Sale,
    lines: Sequence[SaleLine],
    shares: Sequence[ShareEntry],
    payments: Sequence[Payment],
    movements: Sequence[StockMovement],
) -> dict[str, Sequence[Any]]:
    """The rows of a sale or refund, by table: the journal keeps every column of each."""
    return {
        "sales": [sale],
        "sale_lines": lines,
        "share_entries": shares,
        "payments": payments,
        "stock_movements": movements,
    }


def _resolve_location(session: Session, code: str | None, settings: ShopSettings) -> Location:
    return location_by_code_in(session, code or settings.till_location)


_LOCATION = select(Location.id, Location.name).where(Location.code == bindparam("code"))


def _location_of_sale(session: Session, code: str | None, settings: ShopSettings) -> tuple[int, str]:
    """``(id, name)`` of the location a sale takes its stock from.

    Raises:
        NotFound: no such location.
    """
    code = code or settings.till_location
    row = _connection(session).execute(_LOCATION, {"code": code}).first()
    if row is None:
        raise NotFound(f"no existe la ubicación «{code}»")
    return row[0], row[1]


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


# -- sale ---------------------------------------------------------------------------------------


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


def _sale_items(session: Session, codes: set[str]) -> dict[str, _SaleItem]:
    """The items with these codes and their makers, in one query."""
    rows = _connection(session).execute(_SALE_ITEMS, {"codes": sorted(codes)}).all()
    found: dict[str, tuple[int, str, str, Decimal, bool]] = {}
    makers: dict[str, list[tuple[int, int]]] = defaultdict(list)
    names: dict[str, list[str]] = defaultdict(list)
    for item_id, code, name, price, center_made, maker_id, weight, maker_name in rows:
        if code not in found:
            found[code] = (item_id, code, name, price, bool(center_made))
        if maker_id is not None:
            makers[code].append((maker_id, weight))
            names[code].append(maker_name)
    return {code: _SaleItem(*item, tuple(makers[code]), tuple(names[code])) for code, item in found.items()}


class _Row(SimpleNamespace):
    """A row's values by the models' attribute names (``_Row(id=…, total=…)``), for the inserts and the journal."""


def record_sale_in(session: Session, request: SaleRequest, settings: ShopSettings) -> SaleResult:
    """Record a sale inside the caller's transaction (used by the till and by imports).

    The rows are written with a handful of plain ``INSERT``s rather than
    through the ORM's unit of work: a sale is on the till's hot path and must
    not cost much more than the rows themselves (DESIGN.md §8).
    """
    actor = acting_in(session, request.user_id)  # the program, or an active user: nobody else sells
    if not request.lines:
        raise UserError("la venta no tiene productos")
    codes = {line.item_code.strip() for line in request.lines}
    items = _sale_items(session, codes)
    missing = sorted(codes - set(items))
    if missing:
        raise NotFound(f"no existe el artículo con código {', '.join(missing)}")

    cart_lines = []
    for line in request.lines:
        item = items[line.item_code.strip()]
        price = item.price if line.unit_price is None else line.unit_price
        cart_lines.append(CartLine(line.quantity, price, line.discount))
    try:
        priced = price_cart(cart_lines, request.order_discount)
        rate = request.usd_rate or settings.usd_rate
        step = settings.rounding_step if request.cash_rounding else None
        if request.paid_with:
            settlement = received_in_full(priced.total, request.paid_with, rate)
        else:
            settlement = settle(priced.total, request.tenders, rate, step)
    except (PricingError, PaymentError) as exc:
        raise UserError(str(exc)) from exc

    list_prices = [items[line.item_code.strip()].price for line in request.lines]
    for permission in approvals_needed(cart_lines, list_prices, request.order_discount, settings.seller_discount_limit):
        require_in(session, request.user_id, permission, request.approval)
    at = request.created_at or now()
    location_id, location_name = _location_of_sale(session, request.location_code, settings)
    if request.number:
        number, seq = _imported_number(session, request.number)
        series, cash_session_id = "PAPEL", None
    else:
        series = _series_of(settings)
        cash_session_id = _open_cash_session_id(session, settings.till)
        if cash_session_id is None:
            raise UserError(_closed(settings.till))
        number, seq = _take_number(session, series)

    sale = _Row(
        id=new_id(),
        number=number,
        series=series,
        seq=seq,
        kind="sale",
        refund_of_id=None,
        created_at=at,
        seller_id=person(request.user_id),
        location_id=location_id,
        cash_session_id=cash_session_id,
        subtotal=priced.subtotal,
        line_discounts=priced.line_discounts,
        order_discount=priced.order_discount,
        total=priced.total,
        rounding=settlement.rounding,
        amount_due=settlement.amount_due,
        tendered=settlement.tendered_pen,
        change=settlement.change,
        usd_rate=rate if any(p.method == "usd" for p in settlement.payments) else None,
        source=request.source,
        note="",
        header_id=keep_header_in(_connection(session), settings, at),
    )
    header = texts_of(settings)
    lines: list[_Row] = []
    shares: list[_Row] = []
    movements: list[_Row] = []
    for position, (line, priced_line) in enumerate(zip(request.lines, priced.lines, strict=True), start=1):
        item = items[line.item_code.strip()]
        share_rate = ZERO if item.center_made or not item.makers else settings.share_rate
        share = line_share(priced_line.net, share_rate)
        sale_line = _Row(
            id=new_id(),
            sale_id=sale.id,
            position=position,
            item_id=item.id,
            product_name=item.product_name,
            quantity=priced_line.quantity,
            unit_price=priced_line.unit_price,
            gross=priced_line.gross,
            line_discount=priced_line.line_discount,
            order_discount=priced_line.order_discount,
            net=priced_line.net,
            share_rate=share_rate,
            share=share,
            refund_of_line_id=None,
        )
        lines.append(sale_line)
        if item.makers and share_rate:
            parts = split_share(share, [weight for _, weight in item.makers])
            for (maker_id, weight), amount in zip(item.makers, parts, strict=True):
                shares.append(
                    _Row(
                        id=new_id(),
                        maker_id=maker_id,
                        sale_id=sale.id,
                        sale_line_id=sale_line.id,
                        created_at=at,
                        kind="accrual",
                        weight=weight,
                        amount=amount,
                        payout_id=None,
                        carry_of_id=None,
                        partner_line_id=None,
                    )
                )
        movements.append(
            _Row(
                id=new_id(),
                item_id=item.id,
                location_id=location_id,
                quantity=-priced_line.quantity,
                kind="sale",
                reason="",
                sale_id=sale.id,
                user_id=person(request.user_id),
                created_at=at,
            )
        )
    payments = [
        _Row(
            id=new_id(),
            sale_id=sale.id,
            method=p.method,
            currency=p.currency,
            amount=p.amount,
            rate=p.rate,
            amount_pen=p.amount_pen,
            applied_pen=p.applied_pen,
            reference=p.reference,
        )
        for p in settlement.payments
    ]
    _insert(session, Sale, [sale])
    _insert(session, SaleLine, lines)
    _insert(session, ShareEntry, shares)
    _insert(session, Payment, payments)
    _insert(session, StockMovement, movements)

    levels = _stock_at(session, {items[c].id for c in codes}, location_id)
    warnings = tuple(
        f"{item.product_name} ({item.code}): quedan {levels.get(item.id, 0)} en {location_name}"
        for item in (items[c] for c in sorted(codes))
        if levels.get(item.id, 0) < 0
    )
    rows = document_rows(sale, lines, shares, payments, movements)  # type: ignore[arg-type]
    journal.write_in(session, "sale", number, journal_payload(sale), actor, at, rows)  # type: ignore[arg-type]
    sold = [items[line.item_code.strip()] for line in request.lines]
    document = recorded_sale(
        sale,
        lines,
        payments,
        [item.code for item in sold],
        [item.maker_names for item in sold],
        actor if sale.seller_id is not None else "",
        location_name,
        header,
    )
    return SaleResult(
        sale.id,
        number,
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
    connection = _connection(session)
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
