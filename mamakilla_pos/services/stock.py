"""Stock: production, transfers, adjustments, stocktakes and levels (DESIGN.md §5)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.text import fold
from ..store import Store
from ..store.models import Category, Item, ItemMaker, Location, Maker, Product, Sale, StockMovement, User
from . import journal
from .actors import actor_name_in, person
from .auth import Approval, checked_approval, require_in
from .catalogue import create_item_in, item_by_code_in
from .catalogue_views import item_info
from .clock import now
from .errors import NotFound, UserError
from .locations import location_by_code_in
from .server_rules import STOCKTAKE, online
from .settings import load_in as load_settings_in
from .stock_views import (
    MovementView,
    ProductionChoice,
    ProductionResult,
    StockLevel,
    StockRow,
    StockTable,
    StocktakeLine,
)

ADJUSTMENT_REASONS = ("damaged", "gift", "lost", "sample", "found", "correction")
ADJUSTMENT_LABELS = {
    "damaged": "dañado",
    "gift": "regalo",
    "lost": "perdido",
    "sample": "muestra",
    "found": "encontrado",
    "correction": "corrección",
}
MOVEMENT_LABELS = {
    "production": "producción",
    "sale": "venta",
    "refund": "devolución",
    "transfer_out": "traslado (sale)",
    "transfer_in": "traslado (entra)",
    "adjustment": "ajuste",
    "stocktake": "conteo",
    "partner_sale": "venta en tienda aliada",
    "synced": "otras cajas (sincronizado)",
}
_KIND_ORDER = {
    "production": 0,
    "transfer_out": 1,
    "transfer_in": 2,
    "refund": 3,
    "sale": 4,
    "adjustment": 5,
    "stocktake": 6,
    "partner_sale": 7,
}
"""Within one second, units made and brought in come before units sold, adjusted and counted;
the two halves of a transfer (written at the same second) go out before they come in."""
LOW_STOCK = 2
"""An item with this many units or fewer in all (but more than none) is flagged as running low."""


def _move(
    session: Session,
    item: Item,
    location: Location,
    quantity: int,
    kind: str,
    reason: str = "",
    *,
    user_id: int,
    at: datetime | None = None,
) -> StockMovement:
    movement = StockMovement(
        item_id=item.id,
        location_id=location.id,
        quantity=quantity,
        kind=kind,
        reason=reason,
        user_id=person(user_id),
        created_at=at or now(),
    )
    session.add(movement)
    session.flush()
    return movement


def level_in(session: Session, item_id: int, location_id: int) -> int:
    """Units of an item at a location: the sum of its movements."""
    total = session.execute(
        select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
            StockMovement.item_id == item_id, StockMovement.location_id == location_id
        )
    ).scalar_one()
    return int(total)


def _journal_movements(
    session: Session,
    kind: str,
    movements: list[StockMovement],
    user_id: int,
    extra: Mapping[str, object] | None = None,
) -> str:
    """One journal entry for movements written together; ``extra`` keys join the payload. Returns its ref."""
    ref = str(movements[0].id)
    payload = {"reason": movements[0].reason, **(extra or {})}
    at = movements[0].created_at
    journal.append_in(session, kind, ref, payload, actor_name_in(session, user_id), at, journal.rows_of(*movements))
    return ref


def record_production_in(
    session: Session, item: Item, quantity: int, location: Location, user_id: int
) -> StockMovement:
    """Add units made, inside the caller's transaction."""
    if quantity <= 0:
        raise UserError("la cantidad producida debe ser mayor que cero")
    movement = _move(session, item, location, quantity, "production", user_id=user_id)
    _journal_movements(session, "production", [movement], user_id)
    return movement


PRODUCE_PERMISSION = "produce"
"""Recording units made: the coordinators' (a seller asks one for her PIN)."""


def produce(
    store: Store,
    item_code: str,
    quantity: int,
    location_code: str = "taller",
    *,
    user_id: int,
    approval: Approval | None = None,
) -> int:
    """ "Rosa finished 6 bags at the workshop": add the units; return the new level.

    Raises:
        UserError: quantity below 1, unknown item or location.
        PermissionDenied: the user may not record production (and no coordinator's ``approval``).
    """
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        require_in(session, user_id, PRODUCE_PERMISSION, approval, item_code)
        item = item_by_code_in(session, item_code)
        location = location_by_code_in(session, location_code)
        record_production_in(session, item, quantity, location, user_id)
        return level_in(session, item.id, location.id)


def _active_location(session: Session, code: str) -> Location:
    location = location_by_code_in(session, code)
    if not location.active:
        raise UserError(f"la ubicación «{location.name}» está cerrada")
    return location


def transfer(
    store: Store,
    item_code: str,
    quantity: int,
    source: str,
    target: str,
    user_id: int,
    reason: str = "",
    approval: Approval | None = None,
) -> None:
    """Move units of one item from one location to another: a transfer list of one line.

    More units than the origin holds need a coordinator's ``approval`` (see
    :func:`.transfers.transfer_items`).
    """
    from .transfers import TransferLine, transfer_items

    if quantity <= 0:
        raise UserError("la cantidad a trasladar debe ser mayor que cero")
    transfer_items(store, [TransferLine(item_code, quantity)], source, target, user_id, reason, approval)


def adjust(
    store: Store,
    item_code: str,
    quantity: int,
    location_code: str,
    reason: str,
    user_id: int,
    note: str = "",
    approval: Approval | None = None,
) -> int:
    """Add or remove units for a reason (damaged, gift, lost, sample…); return the new level.

    ``note`` (optional) says more, e.g. ``costura rota``; it is kept after the reason.
    """
    if quantity == 0:
        raise UserError("el ajuste no puede ser cero")
    if reason not in ADJUSTMENT_REASONS:
        raise UserError(f"motivo de ajuste desconocido: {reason}")
    note = " ".join(note.split())
    text = f"{reason}: {note}"[:120] if note else reason
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        require_in(session, user_id, "stock_adjust", approval, item_code)
        item = item_by_code_in(session, item_code)
        location = location_by_code_in(session, location_code)
        movement = _move(session, item, location, quantity, "adjustment", text, user_id=user_id)
        _journal_movements(session, "adjustment", [movement], user_id)
        return level_in(session, item.id, location.id)


def _levels_at(session: Session, location_id: int) -> dict[int, int]:
    rows = session.execute(
        select(StockMovement.item_id, func.sum(StockMovement.quantity))
        .where(StockMovement.location_id == location_id)
        .group_by(StockMovement.item_id)
    )
    return {item_id: int(total) for item_id, total in rows}


def _stocktake_lines(
    session: Session, counts: Mapping[str, int], location: Location, missing_are_zero: bool
) -> list[tuple[Item, int, int]]:
    """``(item, expected, counted)`` for every counted item, and for uncounted ones held there when asked."""
    if any(q < 0 for q in counts.values()):
        raise UserError("un conteo no puede ser negativo")
    levels = _levels_at(session, location.id)
    lines: list[tuple[Item, int, int]] = []
    seen: set[int] = set()
    for code, counted in counts.items():
        item = item_by_code_in(session, code)
        if item.id in seen:
            raise UserError(f"el artículo {item.code} figura dos veces en el conteo")
        seen.add(item.id)
        lines.append((item, levels.get(item.id, 0), int(counted)))
    if missing_are_zero:
        rest = [item_id for item_id, units in levels.items() if units and item_id not in seen]
        if rest:
            for item in session.execute(select(Item).where(Item.id.in_(rest))).unique().scalars():
                lines.append((item, levels[item.id], 0))
    return lines


def stocktake_preview(
    store: Store, counts: Mapping[str, int], location_code: str, missing_are_zero: bool = False
) -> list[StocktakeLine]:
    """What a stocktake would book, without writing: expected, counted and the difference per item.

    With ``missing_are_zero`` every item the location holds but that was not
    counted is taken as counted 0 (a full count of the location).
    """
    with store.session() as session:
        location = location_by_code_in(session, location_code)
        lines = _stocktake_lines(session, counts, location, missing_are_zero)
        result = [
            StocktakeLine(item.code, item.product.name, ", ".join(m.maker.name for m in item.makers), expected, counted)
            for item, expected, counted in lines
        ]
        return sorted(result, key=lambda ln: (ln.difference == 0, fold(ln.product_name), ln.item_code))


def stocktake(
    store: Store,
    counts: dict[str, int],
    location_code: str,
    user_id: int,
    missing_are_zero: bool = False,
    approval: Approval | None = None,
) -> dict[str, int]:
    """Record counted units; returns the difference booked per item code.

    With ``missing_are_zero`` the items held at the location but not counted
    are booked down to 0.
    """
    approval = checked_approval(store, approval)
    with online(store, STOCKTAKE), store.session() as session, session.begin():
        require_in(session, user_id, "stock_adjust", approval, location_code)
        location = location_by_code_in(session, location_code)
        booked: dict[str, int] = {}
        movements = []
        for item, expected, counted in _stocktake_lines(session, counts, location, missing_are_zero):
            diff = counted - expected
            if diff:
                movements.append(_move(session, item, location, diff, "stocktake", "conteo", user_id=user_id))
                booked[item.code] = diff
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
                items[item_id].product.price,
            )
            for item_id, location, quantity in sums
        ]
        return sorted(result, key=lambda r: (r.product_name, r.item_code, r.location))


def stock_of(store: Store, item_code: str, location_code: str) -> int:
    """Units of one item at one location."""
    with store.session() as session:
        item = item_by_code_in(session, item_code)
        return level_in(session, item.id, location_by_code_in(session, location_code).id)


def stock_table(
    store: Store,
    *,
    maker_id: int | None = None,
    category: str | None = None,
    location_code: str | None = None,
    include_inactive: bool = False,
) -> StockTable:
    """Items × locations with their units, optionally only one maker's, one category's or one location's.

    Columns are the open locations (and closed ones still holding units).
    Rows are the items offered for sale, plus withdrawn ones that still hold
    units; with ``location_code`` only items that have units there (or below zero).
    """
    with store.session() as session:
        sums: dict[int, dict[int, int]] = defaultdict(dict)
        for item_id, location_id, total in session.execute(
            select(StockMovement.item_id, StockMovement.location_id, func.sum(StockMovement.quantity)).group_by(
                StockMovement.item_id, StockMovement.location_id
            )
        ):
            if total:
                sums[item_id][location_id] = int(total)
        holding = {loc_id for per_item in sums.values() for loc_id in per_item}
        locations = [
            loc
            for loc in session.execute(select(Location).order_by(Location.id)).scalars()
            if loc.active or loc.id in holding
        ]
        code_of = {loc.id: loc.code for loc in locations}
        query = select(Item).join(Product).join(Category).order_by(Product.name, Item.code)
        if category:
            query = query.where(Category.name == category)
        if maker_id is not None:
            query = query.where(Item.id.in_(select(ItemMaker.item_id).where(ItemMaker.maker_id == maker_id)))
        wanted_location = location_by_code_in(session, location_code).id if location_code else None
        rows = []
        for item in session.execute(query).unique().scalars():
            per_location = sums.get(item.id, {})
            active = item.active and item.product.active
            if not active and not include_inactive and not per_location:
                continue
            if wanted_location is not None and not per_location.get(wanted_location):
                continue
            rows.append(
                StockRow(
                    item_code=item.code,
                    product_name=item.product.name,
                    category=item.product.category.name,
                    makers=", ".join(m.maker.name for m in item.makers),
                    maker_ids=tuple(m.maker_id for m in item.makers),
                    price=item.product.price,
                    levels={code_of[loc]: units for loc, units in per_location.items() if loc in code_of},
                    active=active,
                )
            )
        rows.sort(key=lambda r: (fold(r.product_name), r.item_code))
        return StockTable(tuple((loc.code, loc.name) for loc in locations), tuple(rows))


def is_low(units: int, threshold: int = LOW_STOCK) -> bool:
    """Running low: some units left but no more than ``threshold``."""
    return 0 < units <= threshold


def movement_history(store: Store, item_code: str) -> list[MovementView]:
    """Every stock movement of an item, newest first, with who, when and the level it left."""
    with store.session() as session:
        item = item_by_code_in(session, item_code)
        rows = session.execute(
            select(StockMovement, Location.name, User.name, Sale.number)
            .join(Location, Location.id == StockMovement.location_id)
            .outerjoin(User, User.id == StockMovement.user_id)
            .outerjoin(Sale, Sale.id == StockMovement.sale_id)
            .where(StockMovement.item_id == item.id)
            .order_by(StockMovement.created_at, Sale.number)
        ).all()
        # Times are to the second: within one second, units come in before they go out, counts last.
        rows = sorted(rows, key=lambda row: (row[0].created_at, _KIND_ORDER.get(row[0].kind, 9)))
        running: dict[str, int] = defaultdict(int)
        result = []
        for movement, location, user, number in rows:
            running[location] += movement.quantity
            result.append(
                MovementView(
                    created_at=movement.created_at,
                    location=location,
                    kind=movement.kind,
                    quantity=movement.quantity,
                    reason=movement.reason,
                    user=user or "",
                    document=number or "",
                    level_after=running[location],
                )
            )
        result.reverse()
        return result


# -- production by maker -----------------------------------------------------------


def production_choices(store: Store, maker_id: int) -> list[ProductionChoice]:
    """What a maker can record as finished: her items first, then every other product.

    A product she has not made before has an empty ``item_code``: her item
    is created when the production is recorded.
    """
    with store.session() as session:
        maker = session.get(Maker, maker_id)
        if maker is None:
            raise NotFound("no existe la artesana")
        stock: dict[int, int] = {
            item_id: int(total)
            for item_id, total in session.execute(
                select(StockMovement.item_id, func.sum(StockMovement.quantity)).group_by(StockMovement.item_id)
            )
        }
        mine = (
            session.execute(
                select(Item)
                .join(Product)
                .where(
                    Item.active,
                    Product.active,
                    Item.id.in_(select(ItemMaker.item_id).where(ItemMaker.maker_id == maker_id)),
                )
            )
            .unique()
            .scalars()
            .all()
        )
        choices = [
            ProductionChoice(
                item.product_id,
                item.product.name,
                item.product.category.name,
                item.product.price,
                item.code,
                ", ".join(m.maker.name for m in item.makers),
                stock.get(item.id, 0),
            )
            for item in mine
        ]
        choices.sort(key=lambda c: (fold(c.product_name), c.item_code))
        solo = {item.product_id for item in mine if [m.maker_id for m in item.makers] == [maker_id]}
        others = (
            session.execute(
                select(Product).where(Product.active, Product.center_made.is_(False), Product.id.not_in(solo or {0}))
            )
            .unique()
            .scalars()
            .all()
        )
        extra = [ProductionChoice(p.id, p.name, p.category.name, p.price, "", maker.name, 0) for p in others]
        extra.sort(key=lambda c: fold(c.product_name))
        return choices + extra


def produce_for_maker(
    store: Store,
    maker_id: int,
    product_id: int,
    quantity: int,
    location_code: str | None = None,
    item_code: str = "",
    *,
    user_id: int,
    approval: Approval | None = None,
) -> ProductionResult:
    """ "Rosa finished 6 embroidered bags at the workshop": add the units of her item.

    With ``item_code`` the units go to that item (it must be of this product
    and made by her, possibly jointly). Otherwise they go to the item she made
    alone, which is created (with a new code) the first time.
    ``location_code`` defaults to this till's location.

    Raises:
        UserError: quantity below 1, unknown maker, product, item or location.
        PermissionDenied: the user may not record production (and no coordinator's ``approval``).
    """
    if quantity <= 0:
        raise UserError("la cantidad producida debe ser mayor que cero")
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        require_in(session, user_id, PRODUCE_PERMISSION, approval, item_code or str(product_id))
        maker = session.get(Maker, maker_id)
        if maker is None:
            raise NotFound("no existe la artesana")
        product = session.get(Product, product_id)
        if product is None:
            raise NotFound("no existe el producto")
        location = _active_location(session, location_code or load_settings_in(session).till_location)
        created = False
        if item_code:
            item = item_by_code_in(session, item_code)
            if item.product_id != product.id or maker.id not in {m.maker_id for m in item.makers}:
                raise UserError(f"el artículo {item.code} no es {product.name} de {maker.name}")
        else:
            found = [
                candidate
                for candidate in session.execute(select(Item).where(Item.product_id == product.id)).unique().scalars()
                if [m.maker_id for m in candidate.makers] == [maker.id]
            ]
            found.sort(key=lambda i: (not i.active, i.id))
            if found:
                item = found[0]
            else:
                item = create_item_in(session, product, [(maker, 1)])
                journal.append_in(
                    session,
                    "item",
                    item.code,
                    {"created": {"product": product.name, "makers": [[maker.id, 1]]}},
                    actor_name_in(session, user_id),
                    now(),
                )
                created = True
        record_production_in(session, item, quantity, location, user_id)
        units = level_in(session, item.id, location.id)
        total = int(
            session.execute(
                select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(StockMovement.item_id == item.id)
            ).scalar_one()
        )
        return ProductionResult(
            item=item_info(item, total),
            quantity=quantity,
            location_code=location.code,
            location_name=location.name,
            level=units,
            item_created=created,
        )
