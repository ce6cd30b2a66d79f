"""Stock: production, transfers, adjustments, stocktakes and levels (DESIGN.md §5)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store import Store
from ..store.models import Item, Location, StockMovement
from . import journal
from .catalogue import item_by_code, location_by_code
from .clock import now
from .errors import UserError
from .people import actor_name
from .views import StockLevel

ADJUSTMENT_REASONS = ("damaged", "gift", "lost", "sample", "found", "correction")


def _move(
    session: Session,
    item: Item,
    location: Location,
    quantity: int,
    kind: str,
    reason: str = "",
    user_id: int | None = None,
) -> StockMovement:
    movement = StockMovement(
        item_id=item.id,
        location_id=location.id,
        quantity=quantity,
        kind=kind,
        reason=reason,
        user_id=user_id,
        created_at=now(),
    )
    session.add(movement)
    session.flush()
    return movement


def movement_record(m: StockMovement) -> list[object]:
    """How a movement is written into the journal."""
    return [str(m.id), m.item_id, m.location_id, m.quantity, m.kind]


def level(session: Session, item_id: int, location_id: int) -> int:
    """Units of an item at a location: the sum of its movements."""
    total = session.execute(
        select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
            StockMovement.item_id == item_id, StockMovement.location_id == location_id
        )
    ).scalar_one()
    return int(total)


def _journal_movements(session: Session, kind: str, movements: list[StockMovement], user_id: int | None) -> None:
    ref = str(movements[0].id)
    payload = {"movements": [movement_record(m) for m in movements], "reason": movements[0].reason}
    journal.append(session, kind, ref, payload, actor_name(session, user_id), movements[0].created_at)


def record_production(
    session: Session, item: Item, quantity: int, location: Location, user_id: int | None = None
) -> StockMovement:
    """Add units made, inside the caller's transaction."""
    if quantity <= 0:
        raise UserError("la cantidad producida debe ser mayor que cero")
    movement = _move(session, item, location, quantity, "production", user_id=user_id)
    _journal_movements(session, "production", [movement], user_id)
    return movement


def produce(
    store: Store, item_code: str, quantity: int, location_code: str = "taller", user_id: int | None = None
) -> int:
    """ "Rosa finished 6 bags at the workshop": add the units; return the new level."""
    with store.session() as session, session.begin():
        item = item_by_code(session, item_code)
        location = location_by_code(session, location_code)
        record_production(session, item, quantity, location, user_id)
        return level(session, item.id, location.id)


def transfer(store: Store, item_code: str, quantity: int, source: str, target: str, user_id: int | None = None) -> None:
    """Move units from one location to another."""
    if quantity <= 0:
        raise UserError("la cantidad a trasladar debe ser mayor que cero")
    if source == target:
        raise UserError("el origen y el destino son el mismo")
    with store.session() as session, session.begin():
        item = item_by_code(session, item_code)
        out = _move(session, item, location_by_code(session, source), -quantity, "transfer_out", user_id=user_id)
        into = _move(session, item, location_by_code(session, target), quantity, "transfer_in", user_id=user_id)
        _journal_movements(session, "transfer", [out, into], user_id)


def adjust(
    store: Store, item_code: str, quantity: int, location_code: str, reason: str, user_id: int | None = None
) -> int:
    """Add or remove units for a reason (damaged, gift, lost, sample…); return the new level."""
    if quantity == 0:
        raise UserError("el ajuste no puede ser cero")
    if reason not in ADJUSTMENT_REASONS:
        raise UserError(f"motivo de ajuste desconocido: {reason}")
    with store.session() as session, session.begin():
        item = item_by_code(session, item_code)
        location = location_by_code(session, location_code)
        movement = _move(session, item, location, quantity, "adjustment", reason, user_id)
        _journal_movements(session, "adjustment", [movement], user_id)
        return level(session, item.id, location.id)


def stocktake(store: Store, counts: dict[str, int], location_code: str, user_id: int | None = None) -> dict[str, int]:
    """Record counted units; returns the difference booked per item code."""
    if any(q < 0 for q in counts.values()):
        raise UserError("un conteo no puede ser negativo")
    with store.session() as session, session.begin():
        location = location_by_code(session, location_code)
        booked: dict[str, int] = {}
        movements = []
        for code, counted in counts.items():
            item = item_by_code(session, code)
            diff = counted - level(session, item.id, location.id)
            if diff:
                movements.append(_move(session, item, location, diff, "stocktake", "conteo", user_id))
                booked[code] = diff
        if movements:
            _journal_movements(session, "stocktake", movements, user_id)
        return booked


def stock_levels(store: Store) -> list[StockLevel]:
    """Stock per item and location (rows with movements only)."""
    with store.session() as session:
        sums = session.execute(
            select(StockMovement.item_id, Location.code, func.sum(StockMovement.quantity))
            .join(Location, Location.id == StockMovement.location_id)
            .group_by(StockMovement.item_id, Location.code)
        ).all()
        items = {
            item.id: item
            for item in session.execute(select(Item).where(Item.id.in_({r[0] for r in sums}))).unique().scalars()
        }
        result = [
            StockLevel(
                items[item_id].code,
                items[item_id].product.name,
                ", ".join(m.maker.name for m in items[item_id].makers),
                location,
                int(quantity),
            )
            for item_id, location, quantity in sums
        ]
        return sorted(result, key=lambda r: (r.product_name, r.item_code, r.location))
