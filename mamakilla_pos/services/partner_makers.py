"""Who made the units of each line a partner shop sold, and by what weight (DESIGN.md §4 rule 5, §10).

The item's makers are copied onto the line when it is reported
(:class:`~..store.models.PartnerLineMaker`): what accrues to each as the
partner pays follows them, and ``verify`` checks against them, whatever is
changed in the item later. A line reported before they were copied takes the
makers its accruals went to, else the item's.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.models import Item, ItemMaker, PartnerLineMaker, PartnerSaleLine, ShareEntry

Makers = list[tuple[int, int]]
"""``(maker id, weight)`` in the item's order."""


def copy_makers_in(session: Session, line: PartnerSaleLine, item: Item) -> list[PartnerLineMaker]:
    """The item's makers and weights as the line's, added to the session (flushed rows to journal)."""
    rows = [
        PartnerLineMaker(line_id=line.id, position=position, maker_id=link.maker_id, weight=link.weight)
        for position, link in enumerate(item.makers)
    ]
    session.add_all(rows)
    return rows


def line_makers_in(session: Session, lines: Sequence[PartnerSaleLine], every: bool = False) -> dict[uuid.UUID, Makers]:
    """The makers of each of ``lines``; ``every`` when ``lines`` are all the lines there are (read unfiltered)."""
    ids = [line.id for line in lines]

    query = select(PartnerLineMaker.line_id, PartnerLineMaker.maker_id, PartnerLineMaker.weight)
    if not every:
        query = query.where(PartnerLineMaker.line_id.in_(ids))
    copied: dict[uuid.UUID, Makers] = defaultdict(list)
    for line_id, maker_id, weight in session.execute(
        query.order_by(PartnerLineMaker.line_id, PartnerLineMaker.position)
    ):
        copied[line_id].append((maker_id, weight))
    older = [line for line in lines if line.id not in copied]
    if not older:
        return dict(copied)
    return {**copied, **_older_lines_in(session, older, every)}


def _older_lines_in(session: Session, lines: Sequence[PartnerSaleLine], every: bool) -> dict[uuid.UUID, Makers]:
    """Lines reported before their makers were copied: those their accruals went to, else the item's."""
    ids = [line.id for line in lines]
    items = {line.item_id for line in lines}
    made: dict[int, Makers] = defaultdict(list)
    query = select(ItemMaker.item_id, ItemMaker.maker_id, ItemMaker.weight)
    if not every:
        query = query.where(ItemMaker.item_id.in_(items))
    for item_id, maker_id, weight in session.execute(query.order_by(ItemMaker.item_id, ItemMaker.position)):
        made[item_id].append((maker_id, weight))
    earlier: dict[uuid.UUID, set[tuple[int, int]]] = defaultdict(set)
    for line_id, maker_id, weight in session.execute(
        select(ShareEntry.partner_line_id, ShareEntry.maker_id, ShareEntry.weight).where(
            ShareEntry.partner_line_id.is_not(None) if every else ShareEntry.partner_line_id.in_(ids)
        )
    ):
        if line_id is not None:
            earlier[line_id].add((maker_id, weight))
    found: dict[uuid.UUID, Makers] = {}
    for line in lines:
        now_made = made.get(line.item_id, [])
        before = earlier.get(line.id)
        if not before or before == set(now_made):
            found[line.id] = now_made
            continue
        order = {maker_id: n for n, (maker_id, _) in enumerate(now_made)}  # the item's makers changed since
        found[line.id] = sorted(before, key=lambda mw: (order.get(mw[0], len(order)), mw[0]))
    return found
