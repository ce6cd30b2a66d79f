"""Places where stock is kept and sold: the workshop, fair stands, partner shops."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.money import to_json
from ..domain.text import fold
from ..store import Store, models, tables
from . import journal
from .actors import actor_name_in
from .auth import require_in
from .catalogue_views import LocationInfo
from .clock import now
from .errors import NotFound, UserError
from .settings import load_in as load_settings_in
from .settings import update_settings

LOCATION_KINDS = ("workshop", "fair", "partner")
DEFAULT_LOCATIONS = (("taller", "Taller Mama Killa", "workshop"),)


def journal_value(value: object) -> object:
    """A value as the journal keeps it: amounts with two decimals, dates ISO, the rest as is."""
    if isinstance(value, Decimal):
        return to_json(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def journal_edit_in(session: Session, kind: str, ref: str, payload: dict[str, Any], user_id: int) -> None:
    """Journal a catalogue edit; only users who may edit the catalogue (or change prices) get here."""
    require_in(session, user_id, "price_change" if kind == "price" else "edit_catalogue", ref=ref)
    journal.append_in(session, kind, ref, payload, actor_name_in(session, user_id), now())


def location_by_code_in(session: Session, code: str) -> models.Location:
    location = session.execute(select(models.Location).where(models.Location.code == code)).scalar_one_or_none()
    if location is None:
        raise NotFound(f"no existe la ubicación «{code}»")
    return location


def ensure_location_in(session: Session, code: str, name: str | None = None, kind: str = "fair") -> models.Location:
    """The location with ``code``, created when missing."""
    location = session.execute(select(models.Location).where(models.Location.code == code)).scalar_one_or_none()
    if location is None:
        if kind not in LOCATION_KINDS:
            raise UserError(f"tipo de ubicación desconocido: {kind}")
        location = models.Location(code=code, name=name or code.capitalize(), kind=kind)
        session.add(location)
        session.flush()
    return location


LOCATION_KIND_NAMES = {"workshop": "taller", "fair": "feria", "partner": "tienda aliada"}


def _location_code(session: Session, name: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:28] or "lugar"
    code, n = base, 1
    while session.execute(select(models.Location.id).where(models.Location.code == code)).first():
        n += 1
        code = f"{base}-{n}"
    return code


def add_location(store: Store, code: str, name: str, kind: str, user_id: int) -> LocationInfo:
    """Add a place where stock is kept; an empty ``code`` is made from the name.

    Raises:
        UserError: the code is taken, the name is empty or the kind unknown.
    """
    clean = " ".join(name.split())
    if not clean:
        raise UserError("falta el nombre de la ubicación")
    if kind not in LOCATION_KINDS:
        raise UserError(f"tipo de ubicación desconocido: {kind}")
    with store.session() as session, session.begin():
        code = code.strip().lower() or _location_code(session, clean)
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,31}", code):
            raise UserError(f"código de ubicación no válido: «{code}» (letras, números y guiones)")
        if session.execute(select(models.Location).where(models.Location.code == code)).first():
            raise UserError(f"ya existe la ubicación «{code}»")
        if any(fold(loc.name) == fold(clean) for loc in session.execute(select(models.Location)).scalars()):
            raise UserError(f"ya existe una ubicación llamada «{clean}»")
        location = ensure_location_in(session, code, clean, kind)
        journal_edit_in(session, "location", code, {"created": {"name": clean, "kind": kind}}, user_id)
        return _location_info(session, location)


def list_locations(store: Store) -> list[tuple[str, str, str]]:
    """``(code, name, kind)`` of every active location."""
    with store.session() as session:
        rows = session.execute(
            select(models.Location.code, models.Location.name, models.Location.kind)
            .where(models.Location.active)
            .order_by(models.Location.id)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def _units_by_location(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(models.StockMovement.location_id, func.sum(models.StockMovement.quantity)).group_by(
            models.StockMovement.location_id
        )
    )
    return {location_id: int(total) for location_id, total in rows}


def _location_info(session: Session, location: models.Location, units: int | None = None) -> LocationInfo:
    if units is None:
        units = _units_by_location(session).get(location.id, 0)
    till = load_settings_in(session).till_location
    return LocationInfo(location.code, location.name, location.kind, location.active, units, location.code == till)


def location_infos(store: Store, include_inactive: bool = True) -> list[LocationInfo]:
    """Every location with the units kept there and whether this till sells from it."""
    with store.session() as session:
        units = _units_by_location(session)
        query = select(models.Location).order_by(models.Location.id)
        if not include_inactive:
            query = query.where(models.Location.active)
        return [_location_info(session, loc, units.get(loc.id, 0)) for loc in session.execute(query).scalars()]


def update_location(
    store: Store, code: str, *, name: str | None = None, kind: str | None = None, user_id: int
) -> LocationInfo:
    """Rename a location or change its kind; the code stays (it is in every movement)."""
    with store.session() as session, session.begin():
        location = location_by_code_in(session, code)
        changes: dict[str, list[str]] = {}
        if name is not None:
            clean = " ".join(name.split())
            if not clean:
                raise UserError("falta el nombre de la ubicación")
            others = session.execute(select(models.Location).where(models.Location.id != location.id)).scalars()
            if any(fold(loc.name) == fold(clean) for loc in others):
                raise UserError(f"ya existe una ubicación llamada «{clean}»")
            if clean != location.name:
                changes["name"] = [location.name, clean]
                location.name = clean
        if kind is not None:
            if kind not in LOCATION_KINDS:
                raise UserError(f"tipo de ubicación desconocido: {kind}")
            if kind != location.kind:
                changes["kind"] = [location.kind, kind]
                location.kind = kind
        if changes:
            journal_edit_in(session, "location", code, {"changes": changes}, user_id)
        return _location_info(session, location)


def set_location_active(store: Store, code: str, active: bool, user_id: int) -> LocationInfo:
    """Close a location (a fair that ended) or open it again.

    Raises:
        UserError: closing the location this till sells from, or one that still holds units.
    """
    with store.session() as session, session.begin():
        location = location_by_code_in(session, code)
        if not active:
            if load_settings_in(session).till_location == code:
                raise UserError(f"esta caja vende desde «{location.name}»: elija otra ubicación para la caja primero")
            other = session.execute(select(tables.tills.c.code).where(tables.tills.c.location_id == location.id))
            till = other.scalar()
            if till is not None:
                raise UserError(
                    f"la caja {till} vende desde «{location.name}»: elija otra ubicación para esa caja primero"
                )
            units = _units_by_location(session).get(location.id, 0)
            if units:
                raise UserError(f"en «{location.name}» quedan {units} unidades: trasládelas antes de cerrarla")
        if location.active != active:
            location.active = active
            journal_edit_in(session, "location", code, {"active": active}, user_id)
        return _location_info(session, location)


def set_till_location(store: Store, code: str, user_id: int) -> LocationInfo:
    """Make this till sell from (and take its stock from) the location ``code``."""
    with store.session() as session:
        location = location_by_code_in(session, code)
        if not location.active:
            raise UserError(f"la ubicación «{location.name}» está cerrada")
    update_settings(store, user_id, till_location=code)
    with store.session() as session:
        return _location_info(session, location_by_code_in(session, code))
