"""Transfer lists: many items moved from one location to another in one go, and the return from a fair.

Preparing a fair is a list: the items scanned or picked with their units,
each checked against what the origin holds. A list is one transaction and
one journal entry. Moving more units than the origin holds needs a
coordinator's approval (DESIGN.md §4 rule 10). When the fair ends, the
return list brings back what is left and says, per item, what went out,
what was sold there and what came back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.text import fold
from ..store import Store
from ..store.models import Item, Location, StockMovement
from .actors import actor_name_in
from .auth import Approval, checked_approval, require_in
from .clock import now
from .errors import NotFound, PermissionDenied, UserError
from .locations import location_by_code_in
from .stock import _KIND_ORDER, _journal_movements, _move
from .transfer_views import FairLine, FairOuting, MovedLine, OnHand, TransferLine, TransferListResult

MAX_UNITS = 9999
"""Units of one item on one list: more is a typing mistake."""

TRANSFER_PERMISSION = "stock_transfer"
"""Moving units between locations at all: the coordinators' (a seller asks one for her PIN)."""

OVER_STOCK_PERMISSION = "stock_adjust"
"""Moving more than the origin holds is approved as a coordinator approves a stock adjustment."""


def _makers(item: Item) -> str:
    return ", ".join(m.maker.name for m in item.makers)


def _levels(session: Session, location_id: int, item_ids: Sequence[int] | None = None) -> dict[int, int]:
    query = (
        select(StockMovement.item_id, func.sum(StockMovement.quantity))
        .where(StockMovement.location_id == location_id)
        .group_by(StockMovement.item_id)
    )
    if item_ids is not None:
        query = query.where(StockMovement.item_id.in_(list(item_ids) or [0]))
    return {item_id: int(total) for item_id, total in session.execute(query)}


def _items(session: Session, codes: Sequence[str]) -> dict[str, Item]:
    wanted = {code.strip() for code in codes}
    found = session.execute(select(Item).where(Item.code.in_(wanted))).unique().scalars()
    items = {item.code: item for item in found}
    missing = sorted(wanted - set(items))
    if missing:
        raise NotFound(f"no existe el artículo con código {', '.join(missing)}")
    return items


def on_hand(store: Store, location_code: str, codes: Sequence[str] | None = None) -> list[OnHand]:
    """Units per item at a location: of ``codes`` (in that order, zeros included), or every item held there.

    Raises:
        NotFound: an unknown location or item code.
    """
    with store.session() as session:
        location = location_by_code_in(session, location_code)
        if codes is None:
            levels = _levels(session, location.id)
            held = [item_id for item_id, units in levels.items() if units > 0]
            items = session.execute(select(Item).where(Item.id.in_(held or [0]))).unique().scalars().all()
            rows = [OnHand(i.code, i.product.name, _makers(i), levels[i.id]) for i in items]
            return sorted(rows, key=lambda r: (fold(r.product_name), r.item_code))
        by_code = _items(session, codes)
        levels = _levels(session, location.id, [i.id for i in by_code.values()])
        return [
            OnHand(item.code, item.product.name, _makers(item), levels.get(item.id, 0))
            for item in (by_code[code.strip()] for code in codes)
        ]


def _clean_lines(lines: Sequence[TransferLine]) -> list[TransferLine]:
    """Lines with the same item merged, in the order first listed; bad quantities refused."""
    merged: dict[str, int] = {}
    for line in lines:
        code = line.item_code.strip()
        if line.quantity <= 0:
            raise UserError(f"la cantidad a trasladar de {code} debe ser mayor que cero")
        merged[code] = merged.get(code, 0) + line.quantity
        if merged[code] > MAX_UNITS:
            raise UserError(f"no se trasladan más de {MAX_UNITS} unidades de {code} en una lista")
    if not merged:
        raise UserError("la lista de traslado está vacía")
    return [TransferLine(code, units) for code, units in merged.items()]


def _approve_over_stock(
    session: Session, user_id: int, approval: Approval | None, origin: Location, over: list[MovedLine], ref: str
) -> str:
    """A coordinator's approval when lines ask for more than the origin holds; her name, or ``""``."""
    if not over:
        return ""
    try:
        return require_in(session, user_id, OVER_STOCK_PERMISSION, approval, ref) or ""
    except PermissionDenied as denied:
        if approval is not None:
            raise
        what = "; ".join(f"{ln.product_name} ({ln.item_code}): {ln.quantity}, hay {ln.on_hand}" for ln in over[:3])
        raise PermissionDenied(
            f"en {origin.name} no hay tantas unidades ({what}): trasladar más de lo que hay"
            " necesita la aprobación de una coordinadora",
            denied.permission,
        ) from None


def _record(
    session: Session,
    lines: Sequence[TransferLine],
    origin: Location,
    destination: Location,
    user_id: int,
    note: str,
    approval: Approval | None,
    extra: dict[str, object],
) -> TransferListResult:
    """Write the movements of a list and its journal entry, inside the caller's transaction."""
    clean = _clean_lines(lines)
    items = _items(session, [ln.item_code for ln in clean])
    levels = _levels(session, origin.id, [item.id for item in items.values()])
    moved = [
        MovedLine(item.code, item.product.name, _makers(item), ln.quantity, levels.get(item.id, 0))
        for ln, item in ((ln, items[ln.item_code]) for ln in clean)
    ]
    at = now()
    movements = []
    for line in moved:
        item = items[line.item_code]
        movements.append(_move(session, item, origin, -line.quantity, "transfer_out", note, user_id=user_id, at=at))
        movements.append(_move(session, item, destination, line.quantity, "transfer_in", note, user_id=user_id, at=at))
    approved_by = _approve_over_stock(session, user_id, approval, origin, [ln for ln in moved if ln.over], note)
    if not approved_by:
        # A coordinator who approved moving more than there is approved the move itself.
        approved_by = require_in(session, user_id, TRANSFER_PERMISSION, approval, note) or ""
    listed = {"from": origin.code, "to": destination.code, "lines": [[ln.item_code, ln.quantity] for ln in moved]}
    ref = _journal_movements(session, "transfer", movements, user_id, {"list": {**listed, **extra}})
    return TransferListResult(
        ref=ref,
        created_at=movements[0].created_at,
        user=actor_name_in(session, user_id),
        source_code=origin.code,
        source_name=origin.name,
        target_code=destination.code,
        target_name=destination.name,
        note=note,
        lines=tuple(moved),
        approved_by=approved_by,
    )


def _ends(session: Session, source: str, target: str) -> tuple[Location, Location]:
    if source == target:
        raise UserError("el origen y el destino son el mismo")
    origin = location_by_code_in(session, source)
    destination = location_by_code_in(session, target)
    if not destination.active:
        raise UserError(f"la ubicación «{destination.name}» está cerrada")
    return origin, destination


def transfer_items(
    store: Store,
    lines: Sequence[TransferLine],
    source: str,
    target: str,
    user_id: int,
    note: str = "",
    approval: Approval | None = None,
) -> TransferListResult:
    """Move every line of a list from ``source`` to ``target``: one transaction, one journal entry.

    Lines of the same item are added up. A line asking for more than the
    origin holds needs a coordinator's ``approval``; without it nothing moves.

    Raises:
        UserError: an empty list, a quantity below 1, the same origin and
            destination, a closed destination, an unknown item or location.
        PermissionDenied: more units than the origin holds, without approval.
    """
    text = " ".join(note.split())[:120]
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        origin, destination = _ends(session, source, target)
        return _record(session, lines, origin, destination, user_id, text, approval, {})


# -- the return from a fair -------------------------------------------------------------------------


def _outing(session: Session, location: Location) -> FairOuting:
    """Movements at ``location`` since it last held nothing, summed per item."""
    rows = session.execute(
        select(StockMovement.item_id, StockMovement.quantity, StockMovement.kind, StockMovement.created_at).where(
            StockMovement.location_id == location.id
        )
    ).all()
    rows = sorted(rows, key=lambda r: (r.created_at, _KIND_ORDER.get(r.kind, 9)))
    start, running = 0, 0
    for index, row in enumerate(rows):
        running += row.quantity
        if running <= 0:
            start = index + 1
    before: dict[int, int] = defaultdict(int)
    for row in rows[:start]:
        before[row.item_id] += row.quantity
    sums: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for item_id, units in before.items():
        if units:
            sums[item_id]["before"] += units
    for row in rows[start:]:
        bucket = {"transfer_in": "sent", "transfer_out": "returned", "sale": "sold", "refund": "sold"}
        key = bucket.get(row.kind, "other")
        sums[row.item_id][key] += -row.quantity if key in ("returned", "sold") else row.quantity
    items = session.execute(select(Item).where(Item.id.in_(list(sums) or [0]))).unique().scalars().all()
    lines = [
        FairLine(
            item.code,
            item.product.name,
            _makers(item),
            sums[item.id]["sent"],
            sums[item.id]["sold"],
            sums[item.id]["other"],
            sums[item.id]["returned"],
            sums[item.id]["before"],
        )
        for item in items
        if any(sums[item.id].values())
    ]
    lines.sort(key=lambda ln: (fold(ln.product_name), ln.item_code))
    since = rows[start].created_at if start < len(rows) else None
    return FairOuting(location.code, location.name, since, tuple(lines))


def fair_outing(store: Store, location_code: str) -> FairOuting:
    """What went to a stand since it was last empty: per item sent, sold, adjusted, returned, left.

    Raises:
        NotFound: no such location.
    """
    with store.session() as session:
        return _outing(session, location_by_code_in(session, location_code))


def return_from_fair(
    store: Store,
    location_code: str,
    target: str,
    lines: Sequence[TransferLine] | None = None,
    *,
    user_id: int,
    note: str = "",
    approval: Approval | None = None,
) -> TransferListResult:
    """Bring back what is left at a stand (``lines``: what came back; default everything held there).

    The result carries the stand's outing as it stands after the return:
    what went out, what was sold there, what came back and what the system
    still holds there (a difference to count).

    Raises:
        UserError: nothing to bring back, or as :func:`transfer_items`.
        PermissionDenied: more units than the stand holds, without approval.
    """
    text = " ".join(note.split())[:120]
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        origin, destination = _ends(session, location_code, target)
        before = _outing(session, origin)
        if lines is None:
            lines = [TransferLine(ln.item_code, ln.left) for ln in before.lines if ln.left > 0]
            if not lines:
                raise UserError(f"en {origin.name} no queda nada que traer de vuelta")
        result = _record(session, lines, origin, destination, user_id, text, approval, {"fair_return": True})
        return replace(result, outing=_with_return(before, result))


def _with_return(outing: FairOuting, result: TransferListResult) -> FairOuting:
    """The outing with the units of this return counted as come back."""
    back = {line.item_code: line for line in result.lines}
    lines = [
        replace(ln, returned=ln.returned + back.pop(ln.item_code).quantity) if ln.item_code in back else ln
        for ln in outing.lines
    ]
    lines += [FairLine(ln.item_code, ln.product_name, ln.makers, 0, 0, 0, ln.quantity) for ln in back.values()]
    lines.sort(key=lambda ln: (fold(ln.product_name), ln.item_code))
    return replace(outing, lines=tuple(lines), since=outing.since or result.created_at)
