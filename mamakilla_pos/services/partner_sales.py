"""A partner shop's sales coming in: typed in (tags scanned, or picked) or imported from its report (DESIGN.md §10).

Each line records the price the partner sold at, its commission and the
amount due to us; the units leave the partner's location. A report is all
or nothing: every bad row is named with its line and nothing is written.
A row of a file already imported is refused (so importing the same report
again changes nothing), and so is a row selling units the partner does not
hold (never received, or already sold or returned).
"""

from __future__ import annotations

import hashlib
import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.consignment import partner_line
from ..domain.money import ZERO
from ..store import Store
from ..store.models import Item, Location, Partner, PartnerReport, PartnerSaleLine
from . import journal
from .actors import actor_name_in, person
from .clock import now
from .import_files import ImportFailed, amount_cell, quantity_cell, read_rows, shown
from .partner_makers import copy_makers_in
from .partners import find_partner_in, next_number_in
from .settings import load_in
from .stock import _move
from .transfers import _levels

COLUMNS = ("date", "code", "quantity", "price")
SERIES = "RV"
MOVEMENT = "partner_sale"


@dataclass(frozen=True)
class SoldRow:
    """One line of a partner's report: on ``sold_on`` it sold ``quantity`` of ``item_code`` at ``unit_price`` each."""

    sold_on: date
    item_code: str
    quantity: int
    unit_price: Decimal
    line: int = 0  # the file's line number (0 when typed)


@dataclass(frozen=True)
class ReportResult:
    number: str
    partner_name: str
    lines: int
    units: int
    amount: Decimal
    commission: Decimal
    due: Decimal


def date_cell(text: str) -> date:
    """``2026-06-14`` (or a date and time, of which the date counts).

    Raises:
        ValueError: not a date.
    """
    clean = text.strip()
    try:
        return date.fromisoformat(clean[:10]) if len(clean) <= 10 else datetime.fromisoformat(clean).date()
    except ValueError:
        raise ValueError(f"fecha no válida: «{shown(clean)}» (AAAA-MM-DD)") from None


def parse_row(line: int, row: dict[str, str]) -> SoldRow:
    """A row of the partner's file, checked on its own.

    Raises:
        ValueError: a bad date, code, quantity or price.
    """
    code = row["code"].strip()
    if not code or len(code) > 32:
        raise ValueError(f"código no válido: «{shown(code)}»")
    return SoldRow(
        date_cell(row["date"]), code, quantity_cell(row["quantity"]), amount_cell(row["price"], "el precio"), line
    )


def _row_keys(rows: Sequence[SoldRow]) -> list[str]:
    """A key per row of a file: the same row (date, code, units, price) the n-th time it appears."""
    seen: Counter[tuple[str, str, int, str]] = Counter()
    keys = []
    for row in rows:
        fields = (row.sold_on.isoformat(), row.item_code, row.quantity, f"{row.unit_price:.2f}")
        seen[fields] += 1
        text = "|".join(map(str, (*fields, seen[fields])))
        keys.append(hashlib.sha256(text.encode("utf-8")).hexdigest()[:40])
    return keys


def _problems(
    session: Session, partner: Partner, rows: Sequence[SoldRow], keys: Sequence[str]
) -> tuple[list[tuple[int, str]], dict[str, Item]]:
    """Every row that cannot be taken: ``(line, reason)``; and the items by code."""
    codes = {row.item_code for row in rows}
    items = {i.code: i for i in session.execute(select(Item).where(Item.code.in_(codes))).unique().scalars()}
    taken = dict(
        session.execute(
            select(PartnerSaleLine.row_key, PartnerReport.number)
            .join(PartnerReport, PartnerReport.id == PartnerSaleLine.report_id)
            .where(PartnerSaleLine.partner_id == partner.id, PartnerSaleLine.row_key.in_(set(keys)))
        ).all()
    )
    held = _levels(session, partner.location_id, [item.id for item in items.values()])
    wanted: dict[int, int] = defaultdict(int)
    problems = []
    today = now().date()
    for row, key in zip(rows, keys, strict=True):
        item = items.get(row.item_code)
        if item is None:
            problems.append((row.line, f"no existe el artículo con código {shown(row.item_code)}"))
            continue
        if key in taken:
            problems.append((row.line, f"ya fue importada (reporte {taken[key]}): no se importa dos veces"))
            continue
        if row.sold_on > today:
            problems.append((row.line, f"la fecha {row.sold_on.isoformat()} es posterior a hoy"))
            continue
        wanted[item.id] += row.quantity
        if wanted[item.id] > held.get(item.id, 0):
            problems.append(
                (
                    row.line,
                    f"{partner.name} no tiene tantas unidades de {item.code} ({item.product.name}):"
                    f" tiene {held.get(item.id, 0)}, el reporte vende {wanted[item.id]} hasta aquí",
                )
            )
    return problems, items


def _record(
    session: Session,
    partner: Partner,
    rows: Sequence[SoldRow],
    keys: Sequence[str],
    items: dict[str, Item],
    source: str,
    file_name: str,
    user_id: int,
) -> ReportResult:
    at = now()
    number = next_number_in(session, SERIES)
    report = PartnerReport(
        number=number,
        partner_id=partner.id,
        created_at=at,
        user_id=person(user_id),
        source=source,
        file_name=file_name[:255],
    )
    session.add(report)
    session.flush()
    location = session.get(Location, partner.location_id)
    assert location is not None
    share_rate = load_in(session).share_rate
    written: list[object] = [report]
    totals = [ZERO, ZERO, ZERO]
    for position, (row, key) in enumerate(zip(rows, keys, strict=True), start=1):
        item = items[row.item_code]
        rate = ZERO if item.product.center_made or not item.makers else share_rate
        figures = partner_line(row.quantity, row.unit_price, partner.commission_rate, rate)
        line = PartnerSaleLine(
            report_id=report.id,
            position=position,
            partner_id=partner.id,
            sold_on=row.sold_on,
            item_id=item.id,
            product_name=item.product.name,
            quantity=row.quantity,
            unit_price=row.unit_price,
            amount=figures.amount,
            commission_rate=partner.commission_rate,
            commission=figures.commission,
            due=figures.due,
            share_rate=rate,
            share=figures.share,
            row_key=key,
        )
        session.add(line)
        session.flush()
        moved = _move(session, item, location, -row.quantity, MOVEMENT, number, user_id=user_id, at=at)
        written += [line, *copy_makers_in(session, line, item), moved]
        totals = [totals[0] + figures.amount, totals[1] + figures.commission, totals[2] + figures.due]
    session.flush()
    payload = {"partner": partner.code, "source": source, "lines": len(rows)}
    journal.append_in(
        session, "partner_report", number, payload, actor_name_in(session, user_id), at, journal.rows_of(*written)
    )
    units = sum(row.quantity for row in rows)
    return ReportResult(number, partner.name, len(rows), units, totals[0], totals[1], totals[2])


def record_partner_sales(store: Store, partner: str, rows: Sequence[SoldRow], user_id: int) -> ReportResult:
    """Record what ``partner`` sold, typed in (tags scanned or picked): one report, all or nothing.

    Raises:
        NotFound: an unknown partner.
        ImportFailed: an empty report, or rows that cannot be taken (each named).
    """
    if not rows:
        raise ImportFailed(["el reporte no tiene líneas"])
    numbered = [replace(row, line=n) for n, row in enumerate(rows, start=1)]
    keys = [uuid.uuid4().hex for _ in rows]  # typed lines are never the same row twice
    with store.session() as session, session.begin():
        found = find_partner_in(session, partner)
        problems, items = _problems(session, found, numbered, keys)
        if problems:
            raise ImportFailed([f"línea {line}: {why}" for line, why in problems])
        return _record(session, found, numbered, keys, items, "typed", "", user_id)


def import_partner_sales(store: Store, partner: str, path: Path, user_id: int) -> ReportResult:
    """``import partner-sales PARTNER FILE``: the partner's report as CSV or XLSX (``date,code,quantity,price``).

    Raises:
        NotFound: an unknown partner.
        UserError: the file cannot be read.
        ImportFailed: bad rows, each with its line number and reason; nothing was written.
    """
    rows: list[SoldRow] = []
    errors: list[tuple[int, str]] = []
    for line, raw in read_rows(path, COLUMNS):
        try:
            rows.append(parse_row(line, raw))
        except ValueError as exc:
            errors.append((line, str(exc)))
    if not rows and not errors:
        raise ImportFailed([f"{path.name}: el archivo no tiene filas"])
    keys = _row_keys(rows)
    with store.session() as session, session.begin():
        found = find_partner_in(session, partner)
        problems, items = _problems(session, found, rows, keys)
        if errors or problems:
            raise ImportFailed([f"línea {line}: {why}" for line, why in sorted(errors + problems, key=lambda e: e[0])])
        return _record(session, found, rows, keys, items, "import", path.name, user_id)
