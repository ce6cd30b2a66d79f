"""``import sales``: paper sales checked against the shop, then written in one short transaction.

The rows are read and checked first, without holding the write lock,
against what the file refers to (its items, its receipt numbers, the sales
its refunds return). The writing transaction reads that again and checks
again (what another till did in between counts), then writes the documents
row for row as :func:`.sales.record_sale_in` and :func:`.refunds.record_refund_in`
write one — lines, makers' shares, payments, stock, and a journal entry each,
with the same journal payload — but every table with one statement and the
journal in one batch.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session

from ..domain.discounts import approvals_needed
from ..domain.limits import MAX_AMOUNT
from ..domain.money import ZERO, format_amount
from ..domain.payments import METHODS
from ..domain.pricing import (
    NO_DISCOUNT,
    CartLine,
    Discount,
    DiscountKind,
    PricedCart,
    PricedLine,
    PricingError,
    price_cart,
)
from ..domain.shares import line_share, split_share
from ..store.bulk import parameters
from ..store.ids import new_id
from ..store.models import Item, ItemMaker, Location, Product, ReceiptSeries, Sale
from . import journal
from .actors import SYSTEM_ID
from .auth import require_in
from .errors import NotFound
from .headers import keep_header_in, texts_of
from .import_files import amount_cell, datetime_cell, quantity_cell, shown, text_cell
from .import_refunds import (
    Original,
    OriginalLine,
    Return,
    Returns,
    add_refund,
    chunks,
    load_returns_in,
)
from .import_rows import (
    SERIES,
    Document,
    DocumentRows,
    movement_row,
    paper_document,
    paper_line,
    payment_row,
    share_row,
)
from .journal_batch import Entry, append_all_in, stage_entries_in
from .sale_writes import take_numbers_in
from .sales import received_in_full
from .settings import ShopSettings, load_in

SALE_COLUMNS = ("receipt", "datetime", "code", "quantity", "unit_price", "discount", "payment", "refund_of")


@dataclass(frozen=True)
class SaleRow:
    """A row of the file, each cell checked on its own."""

    line: int
    receipt: str
    at: datetime
    code: str
    quantity: int
    unit_price: Decimal | None
    discount: Decimal
    payment: str
    refund_of: str


def parse_row(line: int, row: dict[str, str]) -> SaleRow:
    """Check each cell of a row.

    Raises:
        ValueError: the first bad cell, with the reason.
    """
    longest = int(Sale.__table__.c.number.type.length)  # type: ignore[attr-defined]
    receipt = text_cell(row["receipt"], "el número de nota", longest)
    if not receipt:
        raise ValueError("falta el número de nota")
    at = datetime_cell(row["datetime"])
    code = row["code"].strip()
    quantity = quantity_cell(row["quantity"])
    unit_price = amount_cell(row["unit_price"], "el precio") if row["unit_price"].strip() else None
    discount = amount_cell(row["discount"], "el descuento") if row["discount"].strip() else Decimal("0.00")
    payment = row["payment"].strip().lower()
    if payment not in METHODS:
        raise ValueError(f"método de pago desconocido: «{shown(row['payment'])}» (use {', '.join(METHODS)})")
    refund_of = text_cell(row["refund_of"], "la nota devuelta", longest)
    return SaleRow(line, receipt, at, code, quantity, unit_price, discount, payment, refund_of)


@dataclass(frozen=True)
class PaperItem:
    """What a paper sale needs of an item."""

    id: int
    product_name: str
    price: Decimal
    center_made: bool
    makers: tuple[tuple[int, int], ...]  # (maker id, weight) in the order the split lists them


@dataclass
class Books:
    """What the file refers to, as the database has it now."""

    items: dict[str, PaperItem]
    taken: set[str]  # the file's receipt numbers already in the database
    returns: Returns  # the sales the file's refunds return


def load_books_in(session: Session, rows: list[SaleRow]) -> Books:
    """The items, receipt numbers and earlier sales the rows refer to (plain queries, a few hundred values each)."""
    connection = session.connection()
    found: dict[str, tuple[int, str, Decimal, bool]] = {}
    makers: dict[str, list[tuple[int, int]]] = defaultdict(list)
    columns = (Item.id, Item.code, Product.name, Product.price, Product.center_made, ItemMaker.maker_id)
    for codes in chunks(r.code for r in rows):
        for item_id, code, name, price, center_made, maker_id, weight in connection.execute(
            select(*columns, ItemMaker.weight)
            .join(Product, Product.id == Item.product_id)
            .outerjoin(ItemMaker, ItemMaker.item_id == Item.id)
            .where(Item.code.in_(codes))
            .order_by(Item.id, ItemMaker.position)
        ):
            found.setdefault(code, (item_id, name, price, bool(center_made)))
            if maker_id is not None:
                makers[code].append((maker_id, weight))
    items = {code: PaperItem(*item, tuple(makers[code])) for code, item in found.items()}
    taken: set[str] = set()
    for numbers in chunks(r.receipt for r in rows):
        taken.update(connection.execute(select(Sale.number).where(Sale.number.in_(numbers))).scalars())
    return Books(items, taken, load_returns_in(connection, (r.refund_of for r in rows if r.refund_of)))


@dataclass
class Receipt:
    """The rows of one receipt, checked; a sale is also priced."""

    rows: list[SaleRow]
    cart: tuple[CartLine, ...] = ()
    priced: PricedCart | None = None

    @property
    def first(self) -> SaleRow:
        return self.rows[0]


def check_rows(rows: list[SaleRow], books: Books) -> tuple[list[Receipt], list[tuple[int, str]]]:
    """The receipts in the order they were made, and every bad row with its line and reason."""
    errors: list[tuple[int, str]] = []
    groups: dict[str, list[SaleRow]] = defaultdict(list)
    for row in rows:
        if row.code not in books.items:
            errors.append((row.line, f"no existe el artículo con código «{shown(row.code)}»"))
        else:
            groups[row.receipt].append(row)
    sold = defaultdict(int, books.returns.sold())
    returned = defaultdict(int, books.returns.returned())
    receipts = [Receipt(g) for g in sorted(groups.values(), key=lambda g: (g[0].at, g[0].line))]
    known_sales = set(books.returns.originals)  # and, as they come, the file's own
    taken = set(books.taken)
    for receipt in receipts:
        first = receipt.first
        if first.receipt in taken:
            errors.append((first.line, f"la nota {first.receipt} ya está registrada"))
        for row in receipt.rows[1:]:
            if (row.at, row.payment, row.refund_of) != (first.at, first.payment, first.refund_of):
                errors.append(
                    (
                        row.line,
                        f"la nota {row.receipt} tiene otra fecha, pago o devolución que en la línea {first.line}",
                    )
                )
        if first.refund_of:
            errors += _check_refund(receipt, known_sales, sold, returned)
        else:
            errors += _price(receipt, books)
            for row in receipt.rows:
                sold[(row.receipt, row.code)] += row.quantity
            known_sales.add(first.receipt)
        taken.add(first.receipt)
    return receipts, errors


def _check_refund(
    receipt: Receipt, sales: set[str], sold: dict[tuple[str, str], int], returned: dict[tuple[str, str], int]
) -> list[tuple[int, str]]:
    """A refund of units that the sale (in the database or earlier in the file) still has."""
    first = receipt.first
    errors = []
    known = first.refund_of in sales
    if not known:
        errors.append((first.line, f"no existe la venta {first.refund_of} a devolver"))
    if first.payment == "usd":
        errors.append((first.line, "una devolución se paga en soles, no en dólares"))
    for row in receipt.rows if known else ():
        key = (row.refund_of, row.code)
        left = sold.get(key, 0) - returned[key]
        if row.quantity > left:
            errors.append(
                (
                    row.line,
                    f"se devuelven {row.quantity} de {row.code} pero solo quedan {left} de la venta {row.refund_of}",
                )
            )
        else:
            returned[key] += row.quantity
    return errors


def _price(receipt: Receipt, books: Books) -> list[tuple[int, str]]:
    """Price a sale as the till would (line discounts in soles, no order discount)."""
    errors = []
    lines = []
    for row in receipt.rows:
        price = row.unit_price if row.unit_price is not None else books.items[row.code].price
        if row.discount > price * row.quantity:
            errors.append((row.line, "el descuento es mayor que el importe"))
        elif price * row.quantity > MAX_AMOUNT:
            errors.append((row.line, f"el importe de la línea pasa de S/ {format_amount(MAX_AMOUNT)}"))
        lines.append(CartLine(row.quantity, price, Discount(DiscountKind.AMOUNT, row.discount)))
    if errors:
        return errors
    receipt.cart = tuple(lines)
    try:
        receipt.priced = price_cart(lines, NO_DISCOUNT)
    except PricingError as exc:
        return [(receipt.first.line, str(exc))]
    if receipt.priced.total > MAX_AMOUNT:
        return [(receipt.first.line, f"el total de la nota pasa de S/ {format_amount(MAX_AMOUNT)}")]
    return []


# -- writing -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Till:
    """What a paper sale takes from the shop's settings: rates, the share rate, where its stock leaves from."""

    settings: ShopSettings
    location_id: int


def load_till_in(session: Session) -> Till:
    """The settings and the sales location, read with the books."""
    settings = load_in(session)
    location = session.execute(select(Location.id).where(Location.code == settings.till_location)).scalar_one_or_none()
    if location is None:
        raise NotFound(f"no existe la ubicación «{settings.till_location}»")
    return Till(settings, location)


@dataclass
class Prepared:
    """The rows of every document of an import, and their journal entries, before anything is written."""

    rows: DocumentRows
    entries: list[tuple[str, str, Document, str, datetime]]  # journaled once numbered: kind, ref, rows, actor, time
    permissions: tuple[str, ...]
    sales: int
    refunds: int
    settings: ShopSettings
    numbered: tuple[int, str] | None = None  # (first paper number, header id) ``journal`` was made for
    journal: list[Entry] = field(default_factory=list)  # the entries, once numbered ahead
    staged_journal: str | None = None  # SQLite: ``journal`` in a temporary table (:func:`stage_in`)


def prepare(receipts: list[Receipt], books: Books, till: Till, actor: str) -> Prepared:
    """Work out every document, in the order they were made (``books`` is left as it is)."""
    returns = Returns(dict(books.returns.originals), dict(books.returns.units), dict(books.returns.reversed))
    refunded = {r.first.refund_of for r in receipts}
    rows = DocumentRows()
    entries = []
    for receipt in receipts:
        first = receipt.first
        if first.refund_of:
            wanted = [Return(r.code, r.quantity) for r in receipt.rows]
            document = add_refund(
                rows,
                returns,
                number=first.receipt,
                refund_of=first.refund_of,
                at=first.at,
                method=first.payment,
                wanted=wanted,
            )
        else:
            document = _add_sale(rows, returns, receipt, books, till, first.receipt in refunded)
        kind = "refund" if first.refund_of else "sale"
        entries.append((kind, first.receipt, document, actor, first.at))
    sales = [r for r in receipts if not r.first.refund_of]
    refunds = len(receipts) - len(sales)
    permissions = _permissions(sales, refunds, books, till.settings)
    return Prepared(rows, entries, permissions, len(sales), refunds, till.settings)


def image_rows(prepared: Prepared, dialect: Dialect) -> None:
    """Image the documents' rows that numbering does not change, and work out their statements' parameters,
    before the writing transaction."""
    for _kind, _ref, document, _actor, _at in prepared.entries:
        document.image_rows()
    prepared.rows.prepare_parameters(dialect)


def next_paper_number_in(connection: Connection) -> int:
    """The number the paper series gives next, as read now (no lock: :func:`number_ahead` guesses with it)."""
    found = connection.execute(select(ReceiptSeries.next_number).where(ReceiptSeries.code == SERIES)).scalar()
    return 1 if found is None else int(found)


def number_ahead(prepared: Prepared, first: int, dialect: Dialect) -> None:
    """Number the documents from ``first`` and make their journal entries and sale rows now, before the write lock.

    The writing transaction keeps them when the paper series still starts at
    ``first`` (no other import took numbers meanwhile); otherwise it numbers
    them again itself.
    """
    header = texts_of(prepared.settings).id
    _number(prepared, range(first, first + len(prepared.rows.sales)), header)
    prepared.journal = _entries(prepared)
    for entry in prepared.journal:
        _ = entry.tail  # the hashed text, made now: the chain then only hashes
    prepared.rows.ready[Sale] = parameters(dialect, Sale, prepared.rows.sales)
    prepared.numbered = (first, header)


def _number(prepared: Prepared, numbers: range, header: str) -> None:
    for document, seq in zip(prepared.rows.sales, numbers, strict=True):
        document.seq = seq
        document.header_id = header


def _entries(prepared: Prepared) -> list[Entry]:
    return [
        Entry(kind, ref, journal.dump_payload(document.payload()), actor, at)
        for kind, ref, document, actor, at in prepared.entries
    ]


def stage_in(prepared: Prepared, connection: Connection) -> None:
    """SQLite: the rows numbered ahead, and their journal entries, into temporary tables of ``connection``
    before the write lock (it commits them itself, and is closed once the import is done)."""
    prepared.rows.stage(connection)
    if prepared.journal:
        prepared.staged_journal = stage_entries_in(connection, prepared.journal, new_id().hex)


def write_prepared_in(session: Session, prepared: Prepared) -> None:
    """Number the documents in the paper series, keep the shop's header with them, insert them and chain
    their journal entries (made ahead by :func:`number_ahead` when their numbers are still free)."""
    for permission in prepared.permissions:
        require_in(session, SYSTEM_ID, permission)
    documents = prepared.rows.sales
    if documents:
        header = keep_header_in(session.connection(), prepared.settings, documents[0].created_at)
        numbers = take_numbers_in(session, SERIES, len(documents))
        if prepared.numbered != (numbers.start, header):  # another import took numbers meanwhile
            _number(prepared, numbers, header)
            prepared.rows.ready.pop(Sale, None)
            prepared.rows.unstage(Sale)
            prepared.journal, prepared.staged_journal = [], None
    prepared.rows.insert(session.connection())
    if prepared.journal:
        append_all_in(session, prepared.journal, prepared.staged_journal)
    else:
        append_all_in(session, _entries(prepared))


def _permissions(sales: list[Receipt], refunds: int, books: Books, settings: ShopSettings) -> tuple[str, ...]:
    """The permissions the sales service asks for these documents (the import acts as the system)."""
    limit = settings.seller_discount_limit
    asked = {
        permission
        for sale in sales
        for permission in approvals_needed(
            sale.cart, [books.items[row.code].price for row in sale.rows], NO_DISCOUNT, limit
        )
    }
    needed: list[str] = [p for p in ("price_change", "discount_over_limit") if p in asked]
    if refunds:
        needed.append("refund")
    return tuple(needed)


def _add_sale(
    rows: DocumentRows, returns: Returns, receipt: Receipt, books: Books, till: Till, refunded: bool
) -> Document:
    """Add one paper sale's rows (and, when the file refunds it, remember it); returns them as a document."""
    first, priced = receipt.first, receipt.priced
    assert priced is not None
    settings, location = till.settings, till.location_id
    rate = settings.usd_rate
    settlement = received_in_full(priced.total, first.payment, rate)
    sale = paper_document(
        kind="sale",
        number=first.receipt,
        at=first.at,
        location_id=location,
        subtotal=priced.subtotal,
        line_discounts=priced.line_discounts,
        order_discount=priced.order_discount,
        total=priced.total,
        rounding=settlement.rounding,
        amount_due=settlement.amount_due,
        tendered=settlement.tendered_pen,
        change=settlement.change,
        usd_rate=rate if first.payment == "usd" else None,
    )
    lines, shares, movements, originals = [], [], [], []
    for position, (row, priced_line) in enumerate(zip(receipt.rows, priced.lines, strict=True), start=1):
        item = books.items[row.code]
        line, accruals = _sale_line(sale, position, item, priced_line, settings)
        lines.append(line)
        shares += accruals
        movements.append(movement_row(sale, item.id, -priced_line.quantity))
        if refunded:
            originals.append(
                OriginalLine(
                    line.id, row.code, item.id, item.product_name, line.quantity, line.unit_price, line.net,
                    line.share_rate, tuple((s.maker_id, s.weight, s.amount) for s in accruals),
                )
            )  # fmt: skip
    payments = [
        payment_row(
            sale,
            p.method,
            p.amount,
            currency=p.currency,
            rate=p.rate,
            amount_pen=p.amount_pen,
            applied_pen=p.applied_pen,
            reference=p.reference,
        )
        for p in settlement.payments
    ]
    if refunded:
        returns.originals[sale.number] = Original(sale.id, sale.number, location, tuple(originals))
    rows.sales.append(sale)
    rows.lines += lines
    rows.shares += shares
    rows.payments += payments
    rows.movements += movements
    return Document(sale, lines, shares, payments, movements)


def _sale_line(
    sale: SimpleNamespace, position: int, item: PaperItem, priced: PricedLine, settings: ShopSettings
) -> tuple[SimpleNamespace, list[SimpleNamespace]]:
    """A paper sale's line, and its share accrued to each of the item's makers (none when the centre made it)."""
    share_rate = ZERO if item.center_made or not item.makers else settings.share_rate
    share = line_share(priced.net, share_rate)
    line = paper_line(
        sale,
        position,
        item_id=item.id,
        product_name=item.product_name,
        quantity=priced.quantity,
        unit_price=priced.unit_price,
        gross=priced.gross,
        line_discount=priced.line_discount,
        order_discount=priced.order_discount,
        net=priced.net,
        share_rate=share_rate,
        share=share,
    )
    if not (item.makers and share_rate):
        return line, []
    parts = split_share(share, [weight for _, weight in item.makers])
    return line, [
        share_row(sale, line, maker_id, weight, amount)
        for (maker_id, weight), amount in zip(item.makers, parts, strict=True)
    ]
