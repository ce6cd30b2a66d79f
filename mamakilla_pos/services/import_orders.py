"""``import orders FILE``: custom orders taken on paper at a fair (DESIGN.md §7, §10).

Columns ``order,date,customer,phone,description,price,advance,method,makers,due``.
Each order keeps the number written on the paper; its advance (in soles, by
``method``) was taken at the fair, in no cash session of this till, as a
paper sale is. Unknown makers are created. All or nothing: any bad row and
nothing is written, every bad row named with its line number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from ..domain.money import ZERO, quantize
from ..domain.payments import METHODS, Tender
from ..store import Store
from ..store.models import Order
from .actors import SYSTEM_ID
from .catalogue_makers import find_or_create_maker_in
from .errors import UserError
from .import_files import ImportFailed, amount_cell, parse_makers, read_rows, shown, text_cell
from .orders import NewOrder, add_advance_in, add_order_in
from .settings import load_in

ORDER_COLUMNS = ("order", "date", "customer", "phone", "description", "price", "advance", "method", "makers", "due")


@dataclass(frozen=True)
class PaperOrder:
    line: int
    number: str
    taken_at: datetime
    customer: str
    phone: str
    description: str
    price: Decimal
    advance: Decimal
    method: str
    makers: tuple[tuple[str, int], ...]
    due: date


def _day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise ValueError(f"{what} no válida: «{shown(text)}» (AAAA-MM-DD)") from None


def parse_row(line: int, row: dict[str, str]) -> PaperOrder:
    """One row checked on its own.

    Raises:
        ValueError: the reason, in Spanish.
    """
    number = text_cell(row["order"], "el número de encargo", 24)
    if not number:
        raise ValueError("falta el número de encargo")
    customer = text_cell(row["customer"], "el nombre de la clienta", 120)
    if not customer:
        raise ValueError("falta el nombre de la clienta")
    description = " ".join(row["description"].split())
    if not description:
        raise ValueError("falta qué hay que hacer")
    price = amount_cell(row["price"], "el precio")
    if price <= ZERO:
        raise ValueError("el precio debe ser mayor que cero")
    advance = amount_cell(row["advance"], "la seña") if row["advance"].strip() else ZERO
    if advance > price:
        raise ValueError(f"la seña ({advance:.2f}) pasa el precio ({price:.2f})")
    method = row["method"].strip().lower() or "cash"
    if advance and method not in METHODS:
        raise ValueError(f"método de pago desconocido: «{shown(row['method'])}» ({', '.join(METHODS)})")
    taken = _day(row["date"], "fecha")
    due = _day(row["due"], "fecha de entrega")
    if due < taken:
        raise ValueError(f"la fecha de entrega {due} es anterior al encargo {taken}")
    return PaperOrder(
        line,
        number,
        datetime.combine(taken, datetime.min.time()),
        customer,
        text_cell(row["phone"], "el teléfono", 32),
        description,
        price,
        advance,
        method,
        tuple(parse_makers(row["makers"])),
        due,
    )


def _parse(path: Path) -> tuple[list[PaperOrder], list[tuple[int, str]]]:
    good: list[PaperOrder] = []
    bad: list[tuple[int, str]] = []
    for line, row in read_rows(path, ORDER_COLUMNS):
        try:
            good.append(parse_row(line, row))
        except ValueError as exc:
            bad.append((line, str(exc)))
    seen: dict[str, int] = {}
    for order in good:
        if order.number in seen:
            bad.append((order.line, f"el encargo {order.number} ya figura en la línea {seen[order.number]}"))
        seen.setdefault(order.number, order.line)
    return good, bad


def _failed(errors: list[tuple[int, str]]) -> ImportFailed:
    return ImportFailed([f"línea {line}: {reason}" for line, reason in sorted(errors, key=lambda e: e[0])])


def import_orders(store: Store, path: Path) -> int:
    """Record every order of the file with its advance; returns how many.

    Raises:
        ImportFailed: one or more bad rows; nothing was written.
        UserError: the file cannot be read.
    """
    orders, errors = _parse(path)
    with store.session() as session, session.begin():
        taken = set(session.execute(select(Order.number).where(Order.number.in_([o.number for o in orders]))).scalars())
        errors += [(o.line, f"el encargo {o.number} ya está registrado") for o in orders if o.number in taken]
        if errors:
            raise _failed(errors)
        settings = load_in(session)
        for paper in orders:
            makers = tuple((find_or_create_maker_in(session, name).id, weight) for name, weight in paper.makers)
            new = NewOrder(
                customer_name=paper.customer,
                description=paper.description,
                price=paper.price,
                due_on=paper.due,
                makers=makers,
                customer_phone=paper.phone,
                status="confirmado" if paper.advance else "presupuesto",
                number=paper.number,
                created_at=paper.taken_at,
                user_id=SYSTEM_ID,
            )
            try:
                order = add_order_in(session, new, settings)
                if paper.advance:
                    amount = quantize(paper.advance / settings.usd_rate) if paper.method == "usd" else paper.advance
                    add_advance_in(session, order, Tender(paper.method, amount), settings, SYSTEM_ID, at=paper.taken_at)
            except UserError as exc:
                raise _failed([(paper.line, str(exc))]) from None
    return len(orders)
