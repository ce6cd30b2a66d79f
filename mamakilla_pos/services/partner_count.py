"""What the coordinator decides after a count at a partner's place (DESIGN.md §10).

Units the books place at the partner but that were not found there were
either sold and not reported, or lost. Sold: they become a partner sale at
the item's retail price, with the partner's commission, due as any sale it
reports (the makers' share accrues when it pays). Lost: a stock loss at the
partner's location. Both in one transaction, journaled; the count must still
fit the books, or nothing is written.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store import Store
from ..store.models import Item, Location, Partner, StockMovement
from .auth import Approval, checked_approval, require_in
from .clock import now
from .errors import UserError
from .import_files import ImportFailed
from .partner_sales import ReportResult, SoldRow, _problems, _record
from .partners import find_partner_in
from .stock import _journal_movements, _move
from .transfers import _items, _levels

DECISIONS = ("sold", "lost")
PERMISSION = "stock_adjust"
"""Deciding about units that are not there is the coordinators', as a stock adjustment is."""


@dataclass(frozen=True)
class CountResult:
    """What a count's decisions wrote: the partner sale of the units sold (if any) and the units lost."""

    partner_name: str
    report: ReportResult | None
    lost: int


def _missing_in(session: Session, partner: Partner, counted: Mapping[str, int]) -> dict[str, int]:
    """Units missing per item code (books − count), for every item held or counted; none negative kept."""
    if any(units < 0 for units in counted.values()):
        raise UserError("un conteo no puede ser negativo")
    items = _items(session, list(counted)) if counted else {}
    levels = _levels(session, partner.location_id)
    by_id = {item.id: code for code, item in items.items()}
    held = {i: units for i, units in levels.items() if units}
    if set(held) - set(by_id):
        for item in _items_by_id_in(session, set(held) - set(by_id)):
            by_id[item.id] = item.code
    found = {code.strip(): units for code, units in counted.items()}
    return {
        code: levels.get(item_id, 0) - found.get(code, 0)
        for item_id, code in by_id.items()
        if levels.get(item_id, 0) - found.get(code, 0) > 0
    }


def _items_by_id_in(session: Session, ids: set[int]) -> Sequence[Item]:
    return session.execute(select(Item).where(Item.id.in_(ids))).unique().scalars().all()


def _losses_in(session: Session, partner: Partner, lost: Mapping[str, int], user_id: int) -> list[StockMovement]:
    location = session.get(Location, partner.location_id)
    assert location is not None
    items = _items(session, list(lost))
    at = now()
    reason = f"lost: conteo en {partner.name}"[:120]
    return [
        _move(session, items[code], location, -units, "adjustment", reason, user_id=user_id, at=at)
        for code, units in lost.items()
    ]


def settle_count(
    store: Store,
    partner: str,
    counted: Mapping[str, int],
    decisions: Mapping[str, str],
    user_id: int,
    approval: Approval | None = None,
) -> CountResult:
    """Record what the coordinator decided about each item missing at ``partner``'s place: ``sold`` or ``lost``.

    ``counted`` is the count (item code → units found there); every item
    missing by it needs a decision.

    Raises:
        NotFound: an unknown partner or item.
        UserError: a negative count, an item missing without a decision or with another word,
            a count that no longer fits the books.
        PermissionDenied: the user may not adjust stock, without a coordinator's approval.
    """
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        found = find_partner_in(session, partner)
        require_in(session, user_id, PERMISSION, approval, ref=found.code)
        missing = _missing_in(session, found, counted)
        chosen = {code.strip(): word for code, word in decisions.items()}
        undecided = sorted(set(missing) - set(chosen))
        if undecided:
            raise UserError(f"decida si se vendieron o se perdieron: {', '.join(undecided[:5])}")
        wrong = sorted(code for code, word in chosen.items() if code in missing and word not in DECISIONS)
        if wrong:
            raise UserError(f"cada unidad que falta se registra como vendido o perdido: {', '.join(wrong[:5])}")
        sold = {code: units for code, units in missing.items() if chosen[code] == "sold"}
        lost = {code: units for code, units in missing.items() if chosen[code] == "lost"}
        report = _sold_in(session, found, sold, user_id) if sold else None
        losses = _losses_in(session, found, lost, user_id) if lost else []
        if losses:
            extra = {"partner": found.code, "lost": {code: units for code, units in lost.items()}}
            _journal_movements(session, "partner_count", losses, user_id, extra)
        return CountResult(found.name, report, sum(lost.values()))


def _sold_in(session: Session, partner: Partner, sold: Mapping[str, int], user_id: int) -> ReportResult:
    """The units sold and not reported, as a partner sale at each item's retail price, dated today."""
    items = _items(session, list(sold))
    today = now().date()
    rows = [
        SoldRow(today, code, units, items[code].product.price, line)
        for line, (code, units) in enumerate(sorted(sold.items()), start=1)
    ]
    keys = [uuid.uuid4().hex for _ in rows]
    problems, by_code = _problems(session, partner, rows, keys)
    if problems:
        raise ImportFailed([f"{why}" for _, why in problems])
    return _record(session, partner, rows, keys, by_code, "count", "", user_id)
