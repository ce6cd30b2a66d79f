"""Hang tags for items: the data each tag shows, and the PDF to print (DESIGN.md §6)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select

from ..documents.hang_tags import DEFAULT_LAYOUT, LAYOUTS, HangTag, TagError, build_hang_tags
from ..store import Store
from ..store.models import Item, ItemMaker, StockMovement
from .errors import NotFound, UserError
from .settings import load_in

MAX_COPIES = 500


@dataclass(frozen=True)
class TagRequest:
    """Print ``copies`` tags of the item ``item_code``."""

    item_code: str
    copies: int = 1


@dataclass(frozen=True)
class TagLayoutInfo:
    """A label stock the tags can be printed on."""

    key: str
    title: str
    per_page: int
    columns: int
    rows: int
    is_roll: bool


def tag_layouts() -> list[TagLayoutInfo]:
    """The label sheets and rolls known, the default first."""
    layouts = sorted(LAYOUTS.values(), key=lambda lay: lay.key != DEFAULT_LAYOUT)
    return [TagLayoutInfo(lay.key, lay.title, lay.per_page, lay.columns, lay.rows, lay.is_roll) for lay in layouts]


def hang_tags(store: Store, requests: Sequence[TagRequest]) -> list[HangTag]:
    """One :class:`HangTag` per label, in the order asked, each repeated ``copies`` times.

    Raises:
        NotFound: an unknown item code.
        UserError: a number of copies below 1 or above 500.
    """
    for request in requests:
        if not 1 <= request.copies <= MAX_COPIES:
            raise UserError(f"el número de etiquetas va de 1 a {MAX_COPIES}")
    codes = {r.item_code.strip() for r in requests}
    with store.session() as session:
        shop = load_in(session).shop_name
        found = session.execute(select(Item).where(Item.code.in_(codes))).unique().scalars()
        items = {item.code: item for item in found}
        missing = sorted(codes - set(items))
        if missing:
            raise NotFound(f"no existe el artículo con código {', '.join(missing)}")
        tags = []
        for request in requests:
            item = items[request.item_code.strip()]
            tag = HangTag(
                code=item.code,
                product=item.product.name,
                price=item.product.price,
                makers=tuple(m.maker.name for m in item.makers),
                shop=shop,
            )
            tags.extend([tag] * request.copies)
        return tags


def tags_pdf(
    store: Store,
    requests: Sequence[TagRequest],
    layout: str = DEFAULT_LAYOUT,
    start: int = 1,
    guides: bool = False,
) -> bytes:
    """The hang tags of ``requests`` as a PDF on the label stock ``layout``.

    ``start`` is the first free label (1 = top left) of a half-used sheet.

    Raises:
        NotFound: an unknown item code.
        UserError: nothing to print, bad copies, unknown layout or start position.
    """
    tags = hang_tags(store, requests)
    try:
        return build_hang_tags(tags, layout, start, guides)
    except TagError as exc:
        raise UserError(str(exc)) from exc


def _productions(store: Store, item_ids_query: Select) -> list[tuple[str, int, datetime]]:
    """``(item code, units, when)`` of every production of the items selected, newest first."""
    with store.session() as session:
        rows = session.execute(
            select(Item.code, StockMovement.quantity, StockMovement.created_at)
            .join(Item, Item.id == StockMovement.item_id)
            .where(StockMovement.kind == "production", StockMovement.item_id.in_(item_ids_query))
            .order_by(StockMovement.created_at.desc())
        ).all()
    return [(code, int(units), at) for code, units, at in rows]


def tags_of_last_production(store: Store, item_codes: Sequence[str]) -> list[TagRequest]:
    """As many tags per item as units in its latest production: the units just made.

    An item never produced (bought in, imported with no quantity) gets one tag.
    """
    wanted = [code.strip() for code in item_codes]
    latest: dict[str, int] = {}
    for code, units, _at in _productions(store, select(Item.id).where(Item.code.in_(wanted))):
        latest.setdefault(code, units)
    return [TagRequest(code, max(1, min(MAX_COPIES, latest.get(code, 1)))) for code in wanted]


def tags_of_makers_last_batch(store: Store, maker_id: int) -> list[TagRequest]:
    """The tags of what a maker finished last: her latest production, at the units made.

    Empty when nothing of hers was ever recorded as produced.
    """
    rows = _productions(store, select(ItemMaker.item_id).where(ItemMaker.maker_id == maker_id))
    if not rows:
        return []
    code, units, _at = rows[0]
    return [TagRequest(code, max(1, min(MAX_COPIES, units)))]
