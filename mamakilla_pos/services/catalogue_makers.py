"""The makers: their records, their details checked, and a maker's page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.money import ZERO
from ..domain.text import fold
from ..store import Store
from ..store.models import (
    Item,
    ItemMaker,
    Location,
    Maker,
    Payout,
    Product,
    Sale,
    SaleLine,
    ShareEntry,
    StockMovement,
)
from ..store.types import Money
from . import photos as photo_service
from .catalogue_views import (
    LocationStock,
    MakerChange,
    MakerInfo,
    MakerPage,
    item_info,
)
from .clock import now
from .errors import NotFound, UserError
from .locations import journal_edit_in, journal_value

if TYPE_CHECKING:
    from ..documents.photos import PreparedPhoto


def _short_code(session: Session, name: str) -> str:
    parts = [p for p in re.split(r"\s+", fold(name)) if p]
    base = "".join(p[0] for p in parts[:3]).upper() or "A"
    base = re.sub(r"[^A-Z0-9]", "", base) or "A"
    code, n = base, 1
    while session.execute(select(Maker.id).where(Maker.short_code == code)).first():
        n += 1
        code = f"{base}{n}"
    return code


def find_or_create_maker_in(session: Session, name: str) -> Maker:
    """The maker called ``name`` (spaces tidied), created when unknown."""
    clean = " ".join(name.split())
    if not clean:
        raise UserError("falta el nombre de la artesana")
    maker = session.execute(select(Maker).where(Maker.name == clean)).scalar_one_or_none()
    if maker is None:
        maker = Maker(name=clean, short_code=_short_code(session, clean))
        session.add(maker)
        session.flush()
    return maker


def validate_dni(dni: str) -> str:
    """The DNI without spaces: empty, or exactly 8 digits.

    Raises:
        UserError: anything else.
    """
    clean = re.sub(r"[\s.-]", "", dni or "")
    if clean and not re.fullmatch(r"\d{8}", clean):
        raise UserError("el DNI tiene 8 dígitos")
    return clean


def maker_by_id_in(session: Session, maker_id: int) -> Maker:
    maker = session.get(Maker, maker_id)
    if maker is None:
        raise NotFound("no existe la artesana")
    return maker


def _clean_maker_value(session: Session, maker: Maker | None, field: str, value: Any) -> Any:
    """Check and tidy one field of a maker; raises :class:`UserError` in Spanish."""
    own_id = maker.id if maker is not None else None
    if field == "name":
        clean = " ".join(str(value or "").split())
        if not clean:
            raise UserError("falta el nombre de la artesana")
        if len(clean) > 120:
            raise UserError("el nombre es demasiado largo (120 letras como máximo)")
        for other_id, other in session.execute(select(Maker.id, Maker.name)):
            if other_id != own_id and fold(other) == fold(clean):
                raise UserError(f"ya existe la artesana «{other}»")
        return clean
    if field == "short_code":
        code = re.sub(r"\s+", "", str(value or "")).upper()
        if not code:
            return ""
        if not re.fullmatch(r"[A-Z0-9]{1,16}", code):
            raise UserError("el código corto lleva solo letras y números (hasta 16)")
        taken = session.execute(select(Maker.id).where(Maker.short_code == code)).scalar_one_or_none()
        if taken is not None and taken != own_id:
            raise UserError(f"el código corto {code} ya es de otra artesana")
        return code
    if field == "phone":
        phone = " ".join(str(value or "").split())
        if phone and not re.fullmatch(r"\+?[\d\s()-]{6,32}", phone):
            raise UserError("el teléfono lleva solo números (por ejemplo 984 123 456)")
        return phone
    if field == "dni":
        return validate_dni(str(value or ""))
    if field == "joined_on":
        if value is None:
            return None
        if isinstance(value, datetime) or not isinstance(value, date):
            raise UserError("la fecha de ingreso no es válida")
        if value > now().date():
            raise UserError("la fecha de ingreso no puede ser futura")
        return value
    if field == "trainer_id":
        if value is None:
            return None
        trainer = maker_by_id_in(session, int(value))
        if own_id is not None:
            seen: set[int] = set()
            current: Maker | None = trainer
            while current is not None and current.id not in seen:
                if current.id == own_id:
                    raise UserError("una artesana no puede ser su propia formadora (ni la de quien la formó)")
                seen.add(current.id)
                current = session.get(Maker, current.trainer_id) if current.trainer_id else None
        return trainer.id
    if field == "notes":
        return str(value or "").strip()
    raise UserError(f"dato desconocido de la artesana: {field}")


def create_maker(
    store: Store,
    name: str,
    *,
    phone: str = "",
    dni: str = "",
    short_code: str = "",
    joined_on: date | None = None,
    trainer_id: int | None = None,
    notes: str = "",
    photos: Sequence[PreparedPhoto] = (),
    user_id: int,
) -> MakerInfo:
    """Add a maker; her name must be new. An empty short code is made from her initials.

    Raises:
        UserError: a name or short code already taken, a DNI that is not 8 digits…
    """
    values = {
        "name": name,
        "short_code": short_code,
        "phone": phone,
        "dni": dni,
        "joined_on": joined_on,
        "trainer_id": trainer_id,
        "notes": notes,
    }
    with store.session() as session, session.begin():
        clean = {field: _clean_maker_value(session, None, field, value) for field, value in values.items()}
        clean["short_code"] = clean["short_code"] or _short_code(session, clean["name"])
        maker = Maker(**clean)
        session.add(maker)
        session.flush()
        journal_edit_in(
            session, "maker", str(maker.id), {"created": {k: journal_value(v) for k, v in clean.items()}}, user_id
        )
        for photo in photos:
            photo_service.add_prepared_in(session, photo_service.Owner("maker", maker.id), photo, user_id)
        return _maker_info(session, maker)


def update_maker(store: Store, maker_id: int, change: MakerChange, user_id: int) -> MakerInfo:
    """Change some of a maker's details: those ``change`` sets.

    The change is journaled with the old and new values.

    Raises:
        NotFound: no such maker.
        UserError: a value that is not valid.
    """
    with store.session() as session, session.begin():
        maker = maker_by_id_in(session, maker_id)
        diff: dict[str, list[object]] = {}
        for field, value in change.changed().items():
            clean = _clean_maker_value(session, maker, field, value)
            if field == "short_code" and not clean:
                clean = maker.short_code
            old = getattr(maker, field)
            if old != clean:
                diff[field] = [journal_value(old), journal_value(clean)]
                setattr(maker, field, clean)
        if diff:
            session.flush()
            journal_edit_in(session, "maker", str(maker.id), {"changes": diff}, user_id)
        return _maker_info(session, maker)


def set_maker_active(store: Store, maker_id: int, active: bool, user_id: int) -> MakerInfo:
    """Deactivate a maker (she leaves the lists, her history stays) or bring her back."""
    with store.session() as session, session.begin():
        maker = maker_by_id_in(session, maker_id)
        if maker.active != active:
            maker.active = active
            journal_edit_in(session, "maker", str(maker.id), {"active": active}, user_id)
        return _maker_info(session, maker)


def deactivate_maker(store: Store, maker_id: int, user_id: int) -> MakerInfo:
    """Take a maker off the lists; her items, sales and shares stay as they are."""
    return set_maker_active(store, maker_id, False, user_id)


def _maker_has_history(session: Session, maker_id: int) -> str:
    """Why a maker cannot be deleted, or ``""`` when nothing refers to her."""
    if session.execute(select(ShareEntry.id).where(ShareEntry.maker_id == maker_id).limit(1)).first():
        return "tiene ventas"
    if session.execute(select(Payout.id).where(Payout.maker_id == maker_id).limit(1)).first():
        return "tiene pagos"
    if session.execute(select(ItemMaker.item_id).where(ItemMaker.maker_id == maker_id).limit(1)).first():
        return "tiene artículos"
    return ""


def delete_maker(store: Store, maker_id: int, user_id: int) -> None:
    """Delete a maker added by mistake: only one with no items, sales nor payouts.

    Women she trained keep their history; their trainer is cleared.

    Raises:
        UserError: she has items, sales or payouts: deactivate her instead.
    """
    with store.session() as session, session.begin():
        maker = maker_by_id_in(session, maker_id)
        why = _maker_has_history(session, maker_id)
        if why:
            raise UserError(f"{maker.name} {why}: no se puede eliminar, desactívela")
        for trainee in session.execute(select(Maker).where(Maker.trainer_id == maker_id)).scalars():
            trainee.trainer_id = None
        name = maker.name
        session.delete(maker)
        session.flush()
        journal_edit_in(session, "maker", str(maker_id), {"deleted": name}, user_id)


def _maker_info(session: Session, maker: Maker, trainer: str | None = None) -> MakerInfo:
    if trainer is None:
        trainer_row = session.get(Maker, maker.trainer_id) if maker.trainer_id else None
        trainer = trainer_row.name if trainer_row else ""
    return MakerInfo(
        maker.id,
        maker.name,
        maker.short_code,
        maker.phone,
        maker.dni,
        maker.joined_on,
        trainer,
        maker.active,
        maker.trainer_id,
        maker.notes,
    )


def list_makers(store: Store, include_inactive: bool = False) -> list[MakerInfo]:
    """Makers by name (active ones only unless ``include_inactive``)."""
    with store.session() as session:
        query = select(Maker).order_by(Maker.name)
        if not include_inactive:
            query = query.where(Maker.active)
        makers = list(session.execute(query).scalars())
        names = dict(session.execute(select(Maker.id, Maker.name)).all())
        return [_maker_info(session, m, names.get(m.trainer_id, "") if m.trainer_id else "") for m in makers]


def get_maker(store: Store, maker_id: int) -> MakerInfo:
    """One maker.

    Raises:
        NotFound: no such maker.
    """
    with store.session() as session:
        return _maker_info(session, maker_by_id_in(session, maker_id))


def _month_bounds(today: date) -> tuple[datetime, datetime]:
    start = today.replace(day=1)
    following = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return datetime.combine(start, time()), datetime.combine(following, time())


def maker_page(store: Store, maker_id: int, today: date | None = None) -> MakerPage:
    """A maker's page: her items, her stock by location, this month's sales and her unpaid shares.

    Raises:
        NotFound: no such maker.
    """
    today = today or now().date()
    low, high = _month_bounds(today)
    with store.session() as session:
        maker = maker_by_id_in(session, maker_id)
        info = _maker_info(session, maker)
        item_ids = list(session.execute(select(ItemMaker.item_id).where(ItemMaker.maker_id == maker_id)).scalars())
        items = (
            session.execute(select(Item).join(Product).where(Item.id.in_(item_ids)).order_by(Product.name, Item.code))
            .unique()
            .scalars()
            .all()
        )
        totals = {
            item_id: int(total)
            for item_id, total in session.execute(
                select(StockMovement.item_id, func.sum(StockMovement.quantity))
                .where(StockMovement.item_id.in_(item_ids))
                .group_by(StockMovement.item_id)
            )
        }
        stock = tuple(
            LocationStock(code, name, int(units))
            for code, name, units in session.execute(
                select(Location.code, Location.name, func.sum(StockMovement.quantity))
                .join(StockMovement, StockMovement.location_id == Location.id)
                .where(StockMovement.item_id.in_(item_ids))
                .group_by(Location.id, Location.code, Location.name)
                .order_by(Location.id)
            )
            if units
        )
        sold = session.execute(
            select(Sale.kind, func.sum(SaleLine.quantity), func.sum(SaleLine.net, type_=Money()))
            .join(SaleLine, SaleLine.sale_id == Sale.id)
            .where(SaleLine.item_id.in_(item_ids), Sale.created_at >= low, Sale.created_at < high)
            .group_by(Sale.kind)
        ).all()
        units, amount = 0, ZERO
        for kind, quantity, net in sold:
            sign = -1 if kind == "refund" else 1
            units += sign * int(quantity or 0)
            amount += sign * (net or ZERO)
        month_share = session.execute(
            select(func.coalesce(func.sum(ShareEntry.amount, type_=Money()), ZERO)).where(
                ShareEntry.maker_id == maker_id, ShareEntry.created_at >= low, ShareEntry.created_at < high
            )
        ).scalar_one()
        unpaid = session.execute(
            select(func.coalesce(func.sum(ShareEntry.amount, type_=Money()), ZERO)).where(
                ShareEntry.maker_id == maker_id, ShareEntry.payout_id.is_(None)
            )
        ).scalar_one()
        trainees = tuple(
            session.execute(select(Maker.name).where(Maker.trainer_id == maker_id).order_by(Maker.name)).scalars()
        )
        has_sales = session.execute(select(ShareEntry.id).where(ShareEntry.maker_id == maker_id).limit(1)).first()
        return MakerPage(
            maker=info,
            items=tuple(item_info(item, totals.get(item.id, 0)) for item in items),
            stock=stock,
            month_start=low.date(),
            month_units=units,
            month_amount=amount,
            month_share=month_share,
            unpaid=unpaid,
            trainees=trainees,
            has_sales=has_sales is not None,
        )
