"""Consignment notes: units sent to a partner shop, and units it gives back (DESIGN.md §10).

A note out moves units from the workshop to the partner's location (they
stay ours); a return note brings unsold units back. Each note is numbered
(``CS-000001`` out, ``DC-000001`` back), one transaction and one journal
entry with its rows. A count at the partner's place compares what it holds
with what the books say it should, for the coordinator to decide.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store import Store
from ..store.models import ConsignmentLine, ConsignmentNote, Item, Location, Partner
from . import journal
from .actors import actor_name_in, person
from .auth import Approval, checked_approval
from .clock import now
from .errors import UserError
from .partners import find_partner_in, next_number_in
from .stock import _move
from .transfer_views import MovedLine, TransferLine
from .transfers import _approve_over_stock, _clean_lines, _items, _levels, _makers

OUT_SERIES = "CS"
RETURN_SERIES = "DC"


@dataclass(frozen=True)
class NoteLine:
    item_code: str
    product_name: str
    makers: str
    quantity: int
    unit_price: Decimal
    on_hand: int  # units where they came from, before the note

    @property
    def amount(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass(frozen=True)
class NoteResult:
    """A recorded consignment note, as the printed note shows it."""

    number: str
    kind: str  # out | return
    created_at: datetime
    user: str
    partner_name: str
    partner_contact: str
    commission_rate: Decimal
    origin: str
    destination: str
    note: str
    lines: tuple[NoteLine, ...]
    approved_by: str = ""

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def amount(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))


def _workshop(session: Session) -> Location:
    workshop = (
        session.execute(
            select(Location).where(Location.kind == "workshop", Location.active.is_(True)).order_by(Location.id)
        )
        .scalars()
        .first()
    )
    if workshop is None:
        raise UserError("no hay un taller donde guardar las unidades")
    return workshop


def _note(
    session: Session,
    partner: Partner,
    kind: str,
    lines: Sequence[TransferLine],
    user_id: int,
    note: str,
    approval: Approval | None,
) -> NoteResult:
    if not partner.active:
        raise UserError(f"la tienda aliada «{partner.name}» está inactiva")
    at_partner = session.get(Location, partner.location_id)
    assert at_partner is not None
    workshop = _workshop(session)
    origin, destination = (workshop, at_partner) if kind == "out" else (at_partner, workshop)
    clean = _clean_lines(lines)
    items = _items(session, [ln.item_code for ln in clean])
    levels = _levels(session, origin.id, [item.id for item in items.values()])
    if kind == "return":
        over = [ln for ln in clean if ln.quantity > levels.get(items[ln.item_code].id, 0)]
        if over:
            what = "; ".join(f"{ln.item_code}: {levels.get(items[ln.item_code].id, 0)}" for ln in over[:5])
            raise UserError(f"{partner.name} no tiene tantas unidades para devolver (tiene {what})")
    at = now()
    number = next_number_in(session, OUT_SERIES if kind == "out" else RETURN_SERIES)
    row = ConsignmentNote(
        number=number, partner_id=partner.id, kind=kind, created_at=at, user_id=person(user_id), note=note
    )
    session.add(row)
    session.flush()
    rows: list[object] = [row]
    result_lines = []
    for position, line in enumerate(clean, start=1):
        item = items[line.item_code]
        price = item.product.price
        line_row = ConsignmentLine(
            note_id=row.id,
            position=position,
            item_id=item.id,
            product_name=item.product.name,
            quantity=line.quantity,
            unit_price=price,
            commission_rate=partner.commission_rate,
        )
        session.add(line_row)
        rows.append(line_row)
        rows.append(_move(session, item, origin, -line.quantity, "transfer_out", number, user_id=user_id, at=at))
        rows.append(_move(session, item, destination, line.quantity, "transfer_in", number, user_id=user_id, at=at))
        on_hand = levels.get(item.id, 0)
        result_lines.append(NoteLine(item.code, item.product.name, _makers(item), line.quantity, price, on_hand))
    moved = [MovedLine(ln.item_code, ln.product_name, ln.makers, ln.quantity, ln.on_hand) for ln in result_lines]
    approved_by = ""
    if kind == "out":
        approved_by = _approve_over_stock(session, user_id, approval, origin, [m for m in moved if m.over], number)
    session.flush()
    payload = {"partner": partner.code, "kind": kind, "lines": [[ln.item_code, ln.quantity] for ln in result_lines]}
    journal.append_in(
        session, "consignment", number, payload, actor_name_in(session, user_id), at, journal.rows_of(*rows)
    )
    return NoteResult(
        number=number,
        kind=kind,
        created_at=at,
        user=actor_name_in(session, user_id),
        partner_name=partner.name,
        partner_contact=partner.contact,
        commission_rate=partner.commission_rate,
        origin=origin.name,
        destination=destination.name,
        note=note,
        lines=tuple(result_lines),
        approved_by=approved_by,
    )


def consign(
    store: Store,
    partner: str,
    lines: Sequence[TransferLine],
    user_id: int,
    note: str = "",
    approval: Approval | None = None,
) -> NoteResult:
    """Send units to ``partner`` (its code or name) on a numbered note: one transaction, one journal entry.

    Sending more than the workshop holds needs a coordinator's ``approval``
    (DESIGN.md §4 rule 10), as a transfer does.

    Raises:
        NotFound: an unknown partner or item.
        UserError: an empty list, a bad quantity, an inactive partner.
        PermissionDenied: more than the workshop holds, without approval.
    """
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        return _note(session, find_partner_in(session, partner), "out", lines, user_id, _tidy(note), approval)


def return_units(store: Store, partner: str, lines: Sequence[TransferLine], user_id: int, note: str = "") -> NoteResult:
    """Bring unsold units back from ``partner`` to the workshop on a numbered return note.

    Raises:
        NotFound: an unknown partner or item.
        UserError: an empty list, a bad quantity, more units than the partner holds.
    """
    with store.session() as session, session.begin():
        return _note(session, find_partner_in(session, partner), "return", lines, user_id, _tidy(note), None)


def units_to_move(store: Store, partner: str, item_code: str, kind: str) -> int:
    """Units of ``item_code`` where a note of ``kind`` takes them from: the workshop (``out``) or the partner.

    Raises:
        NotFound: an unknown partner or item.
    """
    with store.session() as session:
        found = find_partner_in(session, partner)
        item = _items(session, [item_code])[item_code.strip()]
        where = _workshop(session).id if kind == "out" else found.location_id
        return _levels(session, where, [item.id]).get(item.id, 0)


def _tidy(note: str) -> str:
    return " ".join(note.split())[:200]


@dataclass(frozen=True)
class CountLine:
    """One item at the partner's place: what the books say it holds, what was counted there."""

    item_code: str
    product_name: str
    expected: int
    counted: int

    @property
    def missing(self) -> int:
        """Units not found (sold and not reported, or lost); negative when more were found."""
        return self.expected - self.counted


def count_at_partner(store: Store, partner: str, counted: Mapping[str, int]) -> list[CountLine]:
    """Compare a count made at the partner's place with its books; changes nothing.

    Every item the books place there is listed (uncounted ones as 0 counted),
    and every item counted. What is missing is for the coordinator to decide:
    reported as sold by the partner, or adjusted as lost at its location.

    Raises:
        NotFound: an unknown partner or item.
        UserError: a negative count.
    """
    if any(units < 0 for units in counted.values()):
        raise UserError("un conteo no puede ser negativo")
    with store.session() as session:
        found = find_partner_in(session, partner)
        levels = _levels(session, found.location_id)
        items = _items(session, list(counted)) if counted else {}
        ids = {item.id for item in items.values()} | {i for i, units in levels.items() if units}
        every = session.execute(select(Item).where(Item.id.in_(ids or {0}))).unique().scalars().all()
        by_code = {code.strip(): units for code, units in counted.items()}
        lines = [
            CountLine(item.code, item.product.name, levels.get(item.id, 0), by_code.get(item.code, 0)) for item in every
        ]
        return sorted(lines, key=lambda line: line.item_code)
