"""Importing products and paper sales from CSV or XLSX (DESIGN.md §7).

An import is all or nothing: every row is checked first and every bad row is
reported with its line number; only a file without errors is written, in a
single transaction.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.money import MoneyError, parse_money
from ..domain.payments import METHODS
from ..domain.pricing import Discount, DiscountKind
from ..store import Store
from ..store.models import Item, Location, Product, Sale, SaleLine
from .catalogue import (
    create_item,
    find_item_for_makers,
    find_or_create_maker,
    find_or_create_product,
    fold,
)
from .errors import UserError
from .locations import ensure_location, location_by_code
from .sales import (
    LineRequest,
    RefundLine,
    RefundRequest,
    SaleRequest,
    record_refund_in,
    record_sale_in,
    returned_so_far,
)
from .settings import ShopSettings, load
from .stock import record_production

PRODUCT_COLUMNS = ("code", "product", "category", "price", "makers", "quantity", "location")
SALE_COLUMNS = ("receipt", "datetime", "code", "quantity", "unit_price", "discount", "payment", "refund_of")


class ImportFailed(UserError):
    """A file with bad rows; ``errors`` holds one message per bad row."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__(f"{len(errors)} fila(s) con errores; no se importó nada")
        self.errors = errors


@dataclass(frozen=True)
class ImportResult:
    rows: int
    created: int = 0
    units: int = 0
    sales: int = 0
    refunds: int = 0
    notes: tuple[str, ...] = field(default=())


# -- reading files -----------------------------------------------------------------------------


def read_rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line number, row)`` for each data row of a CSV or XLSX file.

    Raises:
        UserError: the file is missing, unreadable or lacks required columns.
    """
    if not path.is_file():
        raise UserError(f"no existe el archivo {path}")
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        table = _xlsx_rows(path)
    else:
        try:
            content = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UserError(f"{path.name}: el archivo no está en UTF-8") from exc
        sample = content[:2048]
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
        table = list(csv.reader(io.StringIO(content), delimiter=delimiter))
    if not table:
        raise UserError(f"{path.name}: el archivo está vacío")
    header = [h.strip().lower() for h in table[0]]
    missing = [c for c in columns if c not in header and c not in {"location", "refund_of", "discount"}]
    if missing:
        raise UserError(f"{path.name}: faltan las columnas {', '.join(missing)}")
    for number, raw in enumerate(table[1:], start=2):
        if not any(cell.strip() for cell in raw):
            continue
        row = {name: (raw[i].strip() if i < len(raw) else "") for i, name in enumerate(header)}
        yield number, {c: row.get(c, "") for c in columns}


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise UserError(f"{path.name}: no se puede leer el libro de Excel") from exc
    sheet = book.worksheets[0]
    rows = []
    for values in sheet.iter_rows(values_only=True):
        rows.append(["" if v is None else _cell_text(v) for v in values])
    book.close()
    return rows


def _cell_text(value: object) -> str:
    if isinstance(value, float):
        # Excel keeps every number as a binary float: go through its shortest repr.
        text = repr(value)
        return text[:-2] if text.endswith(".0") else text
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def _quantity(text: str, allow_zero: bool = False) -> int:
    if not re.fullmatch(r"\d+", text or ""):
        raise ValueError(f"cantidad no válida: «{text}»")
    value = int(text)
    if value == 0 and not allow_zero:
        raise ValueError("la cantidad debe ser mayor que cero")
    return value


def _amount(text: str, what: str) -> Decimal:
    try:
        value = parse_money(text)
    except MoneyError as exc:
        raise ValueError(f"{what} no es un número: «{text}»") from exc
    if value < 0:
        raise ValueError(f"{what} no puede ser negativo: «{text}»")
    return value


def parse_makers(text: str) -> list[tuple[str, int]]:
    """``Rosa Quispe`` or ``Rosa Quispe:2;Ana Huamán:1`` → names with weights."""
    result = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        name, _, weight = part.partition(":")
        name = " ".join(name.split())
        if not name:
            raise ValueError(f"artesana sin nombre en «{text}»")
        if weight.strip():
            if not re.fullmatch(r"\d+", weight.strip()) or int(weight) == 0:
                raise ValueError(f"peso no válido para {name}: «{weight.strip()}»")
            result.append((name, int(weight)))
        else:
            result.append((name, 1))
    if not result:
        raise ValueError("falta la artesana")
    names = [fold(n) for n, _ in result]
    if len(set(names)) != len(names):
        raise ValueError(f"una artesana figura dos veces en «{text}»")
    return result


# -- products ----------------------------------------------------------------------------------


@dataclass
class _ProductRow:
    line: int
    code: str
    product: str
    category: str
    price: Decimal
    makers: list[tuple[str, int]]
    quantity: int
    location: str


def _find_location(session: Session, text: str) -> Location | None:
    wanted = fold(text)
    for location in session.execute(select(Location)).scalars():
        if fold(location.code) == wanted or fold(location.name) == wanted:
            return location
    return None


def import_products(store: Store, path: Path) -> ImportResult:
    """Create products, items and makers and record the units produced.

    Raises:
        ImportFailed: one or more bad rows; nothing was written.
        UserError: the file cannot be read.
    """
    rows = list(read_rows(path, PRODUCT_COLUMNS))
    errors: list[str] = []
    parsed: list[_ProductRow] = []
    prices: dict[str, tuple[Decimal, int]] = {}
    codes: dict[str, int] = {}
    with store.session() as session:
        existing_products = {fold(p.name): p.price for p in session.execute(select(Product)).unique().scalars()}
        existing_items = {item.code: item for item in session.execute(select(Item)).unique().scalars()}
        for line, row in rows:
            try:
                product = " ".join(row["product"].split())
                if not product:
                    raise ValueError("falta el nombre del producto")
                price = _amount(row["price"], "el precio")
                makers = parse_makers(row["makers"])
                quantity = _quantity(row["quantity"] or "0", allow_zero=True)
                code = row["code"].strip()
                if code and not re.fullmatch(r"[\x21-\x7e]{1,32}", code):
                    raise ValueError(f"código no válido: «{code}»")
                if code in codes:
                    raise ValueError(f"el código {code} ya está en la línea {codes[code]}")
                key = fold(product)
                if key in prices and prices[key][0] != price:
                    raise ValueError(
                        f"«{product}» tiene precio S/ {prices[key][0]} en la línea {prices[key][1]}, no S/ {price}"
                    )
                if key in existing_products and existing_products[key] != price:
                    raise ValueError(f"«{product}» ya existe con precio S/ {existing_products[key]}")
                if code in existing_items:
                    item = existing_items[code]
                    same = fold(item.product.name) == key and [(fold(m.maker.name), m.weight) for m in item.makers] == [
                        (fold(n), w) for n, w in makers
                    ]
                    if not same:
                        raise ValueError(f"el código {code} ya es de otro artículo ({item.product.name})")
                if code:
                    codes[code] = line
                prices.setdefault(key, (price, line))
                parsed.append(
                    _ProductRow(line, code, product, row["category"], price, makers, quantity, row["location"])
                )
            except ValueError as exc:
                errors.append(f"línea {line}: {exc}")
    if errors:
        raise ImportFailed(errors)

    created = units = 0
    with store.session() as session, session.begin():
        settings = load(session)
        for row in parsed:
            product = find_or_create_product(session, row.product, row.category or "Otros", row.price)
            makers = [(find_or_create_maker(session, name), weight) for name, weight in row.makers]
            item = None
            if row.code:
                item = session.execute(select(Item).where(Item.code == row.code)).unique().scalar_one_or_none()
            else:
                item = find_item_for_makers(session, product, makers)
            if item is None:
                item = create_item(session, product, makers, row.code)
                created += 1
            if row.quantity:
                location = _find_location(session, row.location or settings.till_location)
                if location is None and not row.location:
                    location = location_by_code(session, settings.till_location)
                if location is None:
                    code = re.sub(r"[^a-z0-9]+", "-", fold(row.location)).strip("-")[:32] or "feria"
                    location = ensure_location(session, code, row.location, "fair")
                record_production(session, item, row.quantity, location)
                units += row.quantity
    return ImportResult(rows=len(parsed), created=created, units=units)


# -- sales -------------------------------------------------------------------------------------


@dataclass
class _SaleRow:
    line: int
    receipt: str
    at: datetime
    code: str
    quantity: int
    unit_price: Decimal | None
    discount: Decimal
    payment: str
    refund_of: str


def _parse_sale_row(line: int, row: dict[str, str], known_codes: set[str]) -> _SaleRow:
    receipt = row["receipt"].strip()
    if not receipt:
        raise ValueError("falta el número de nota")
    try:
        at = datetime.fromisoformat(row["datetime"].strip())
    except ValueError as exc:
        raise ValueError(f"fecha y hora no válidas: «{row['datetime']}»") from exc
    if at.tzinfo is not None:
        at = at.astimezone().replace(tzinfo=None)
    code = row["code"].strip()
    if code not in known_codes:
        raise ValueError(f"no existe el artículo con código «{code}»")
    quantity = _quantity(row["quantity"])
    unit_price = _amount(row["unit_price"], "el precio") if row["unit_price"].strip() else None
    discount = _amount(row["discount"], "el descuento") if row["discount"].strip() else Decimal("0.00")
    payment = row["payment"].strip().lower()
    if payment not in METHODS:
        raise ValueError(f"método de pago desconocido: «{row['payment']}» (use {', '.join(METHODS)})")
    return _SaleRow(line, receipt, at, code, quantity, unit_price, discount, payment, row["refund_of"].strip())


def import_sales(store: Store, path: Path) -> ImportResult:
    """Record sales and refunds written on paper, as received (no cash rounding).

    Raises:
        ImportFailed: one or more bad rows; nothing was written.
        UserError: the file cannot be read.
    """
    rows = list(read_rows(path, SALE_COLUMNS))
    errors: list[str] = []
    with store.session() as session:
        prices = {item.code: item.product.price for item in session.execute(select(Item)).unique().scalars()}
        taken = set(session.execute(select(Sale.number)).scalars())
    groups: dict[str, list[_SaleRow]] = defaultdict(list)
    for line, row in rows:
        try:
            parsed = _parse_sale_row(line, row, set(prices))
        except ValueError as exc:
            errors.append(f"línea {line}: {exc}")
            continue
        groups[parsed.receipt].append(parsed)

    # Units sold per (receipt, code), from the database and from this file, to check refunds.
    sold: dict[tuple[str, str], int] = defaultdict(int)
    returned: dict[tuple[str, str], int] = defaultdict(int)
    with store.session() as session:
        for number, code, kind, refund_of, quantity in _existing_lines(session):
            if kind == "sale":
                sold[(number, code)] += quantity
            else:
                returned[(refund_of, code)] += quantity

    ordered = sorted(groups.values(), key=lambda g: (g[0].at, g[0].line))
    file_sales: set[str] = set()
    for group in ordered:
        first = group[0]
        receipt_errors: list[str] = []
        if first.receipt in taken:
            receipt_errors.append(f"línea {first.line}: la nota {first.receipt} ya está registrada")
        for row in group[1:]:
            if (row.at, row.payment, row.refund_of) != (first.at, first.payment, first.refund_of):
                receipt_errors.append(
                    f"línea {row.line}: la nota {row.receipt} tiene otra fecha, pago o devolución"
                    f" que en la línea {first.line}"
                )
        if first.refund_of:
            known = first.refund_of in file_sales or any(k[0] == first.refund_of for k in sold)
            if not known:
                receipt_errors.append(f"línea {first.line}: no existe la venta {first.refund_of} a devolver")
            if first.payment == "usd":
                receipt_errors.append(f"línea {first.line}: una devolución se paga en soles, no en dólares")
            for row in group if known else ():
                key = (row.refund_of, row.code)
                left = sold.get(key, 0) - returned[key]
                if row.quantity > left:
                    receipt_errors.append(
                        f"línea {row.line}: se devuelven {row.quantity} de {row.code} pero solo quedan {left}"
                        f" de la venta {row.refund_of}"
                    )
                else:
                    returned[key] += row.quantity
        else:
            for row in group:
                price = row.unit_price if row.unit_price is not None else prices[row.code]
                if row.discount > price * row.quantity:
                    receipt_errors.append(f"línea {row.line}: el descuento es mayor que el importe")
                sold[(row.receipt, row.code)] += row.quantity
            file_sales.add(first.receipt)
        taken.add(first.receipt)
        errors.extend(receipt_errors)
    if errors:
        raise ImportFailed(sorted(errors, key=lambda e: int(e.split(":")[0].split()[1])))

    sales_count = refunds_count = 0
    with store.session() as session, session.begin():
        settings = load(session)
        for group in ordered:
            first = group[0]
            try:
                if first.refund_of:
                    _import_refund(session, group, settings)
                    refunds_count += 1
                else:
                    request = SaleRequest(
                        lines=tuple(
                            LineRequest(r.code, r.quantity, Discount(DiscountKind.AMOUNT, r.discount), r.unit_price)
                            for r in group
                        ),
                        tenders=(),
                        created_at=first.at,
                        number=first.receipt,
                        cash_rounding=False,
                        source="import",
                        paid_with=first.payment,
                    )
                    record_sale_in(session, request, settings)
                    sales_count += 1
            except UserError as exc:
                session.rollback()
                raise ImportFailed([f"línea {first.line}: {exc}"]) from exc
    return ImportResult(rows=len(rows), sales=sales_count, refunds=refunds_count)


def _existing_lines(session: Session) -> Iterator[tuple[str, str, str, str, int]]:
    original = Sale.__table__.alias("original")
    rows = session.execute(
        select(Sale.number, Item.code, Sale.kind, original.c.number, SaleLine.quantity)
        .join(SaleLine, SaleLine.sale_id == Sale.id)
        .join(Item, Item.id == SaleLine.item_id)
        .outerjoin(original, original.c.id == Sale.refund_of_id)
    )
    for number, code, kind, refund_of, quantity in rows:
        yield number, code, kind, refund_of or "", quantity


def _import_refund(session: Session, group: list[_SaleRow], settings: ShopSettings) -> None:
    first = group[0]
    original = session.execute(select(Sale).where(Sale.number == first.refund_of)).scalar_one()
    code_of = {
        item_id: code
        for item_id, code in session.execute(
            select(Item.id, Item.code).where(Item.id.in_({ln.item_id for ln in original.lines}))
        )
    }
    done = returned_so_far(session, [ln.id for ln in original.lines])
    taken: dict[object, int] = defaultdict(int)
    lines: list[RefundLine] = []
    for row in group:
        wanted = row.quantity
        for ln in original.lines:
            if code_of[ln.item_id] != row.code or wanted == 0:
                continue
            left = ln.quantity - done.get(ln.id, (0, None))[0] - taken[ln.id]
            units = min(left, wanted)
            if units > 0:
                lines.append(RefundLine(ln.id, units))
                taken[ln.id] += units
                wanted -= units
    request = RefundRequest(
        sale_number=first.refund_of,
        lines=tuple(lines),
        method=first.payment,
        created_at=first.at,
        number=first.receipt,
        cash_rounding=False,
        source="import",
    )
    record_refund_in(session, request, settings)
