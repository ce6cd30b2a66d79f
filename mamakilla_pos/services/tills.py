"""Tills: each point of sale's code, receipt series, home location and cash session (DESIGN.md §3).

A till is master data (the ``tills`` table, the same rows on every till of
a shop): a code (``B001`` at the workshop, ``F001`` on the fair laptop), its
own receipt series, which no other till ever uses, and its home location,
where its sales take their stock from. Its cash session is the open
``cash_sessions`` row with its code. None of this is a shop-wide setting.

Which till *this program* is lives on the open store (``Store.till``,
found when the database is opened: see :mod:`mamakilla_pos.machine`) and
in every session it makes (``session.info["till"]``). Selling, opening and
closing the till act for that till only; a program that is no till may read
everything but cannot sell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

from ..machine import remember_till
from ..paths import sqlite_path
from ..store import Store, tables
from ..store.engine import TILL
from . import journal
from .actors import SYSTEM_ID, actor_name_in
from .auth import Approval, checked_approval, require_in
from .clock import now
from .errors import NotFound, UserError

FIRST_TILL = "B001"
PAPER_SERIES = "PAPEL"
"""The series of sales written on paper and imported: they belong to no till and no cash session."""

NOT_A_TILL = (
    "este programa todavía no es ninguna caja: una coordinadora la elige en Ajustes → Esta caja"
    " (o se abre con --till CÓDIGO)"
)

_CODE = re.compile(r"[A-Z0-9]{1,8}")


@dataclass(frozen=True)
class TillInfo:
    """A till as the screens show it; ``here`` when this program is that till."""

    code: str
    name: str
    series: str
    location_code: str
    location_name: str
    active: bool
    here: bool = False


@dataclass(frozen=True)
class TillRow:
    """What a sale or a cash session needs of its till, read inside their transaction."""

    code: str
    series: str
    location_id: int
    location_code: str


# Plain tables, not the models: the sale screen reads its till at every start (see store.tables).
_T, _L, _HERE = tables.tills.c, tables.locations.c, tables.this_till.c
_INFO = select(_T.code, _T.name, _T.series, _L.code, _L.name, _T.active).join(tables.locations, _L.id == _T.location_id)
_ROW = (
    select(_T.code, _T.series, _T.location_id, _L.code, _T.active)
    .join(tables.locations, _L.id == _T.location_id)
    .where(_T.code == bindparam("code"))
)


def _info(row: tuple[Any, ...], here: str | None) -> TillInfo:
    code, name, series, location_code, location_name, active = row
    return TillInfo(code, name or "", series, location_code, location_name, bool(active), code == here)


def list_tills(store: Store) -> list[TillInfo]:
    """Every till of the shop, by code."""
    with store.session() as session:
        return [_info(tuple(row), store.till) for row in session.execute(_INFO.order_by(_T.code))]


def this_till(store: Store) -> TillInfo | None:
    """The till this program is, or ``None`` when it is none (or names a till the shop lacks)."""
    if store.till is None:
        return None
    with store.session() as session:
        row = session.execute(_INFO.where(_T.code == store.till)).first()
    return _info(tuple(row), store.till) if row is not None else None


def till_code_in(session: Session) -> str | None:
    """The code of the till this program is (as its store was told), ``None`` when none."""
    code = session.info.get(TILL)
    return str(code) if code else None


def current_till_in(session: Session) -> TillRow | None:
    """This program's till inside the caller's transaction; ``None`` when it is none or unknown."""
    code = till_code_in(session)
    if code is None:
        return None
    row = session.connection().execute(_ROW, {"code": code}).first()
    return TillRow(row[0], row[1], row[2], row[3]) if row is not None and row[4] else None


def selling_till_in(session: Session) -> TillRow:
    """The till a sale, a refund or a cash session of this program belongs to.

    Raises:
        UserError: this program is no till, or names one the shop does not have (or no longer uses).
    """
    code = till_code_in(session)
    if code is None:
        raise UserError(NOT_A_TILL)
    row = current_till_in(session)
    if row is None:
        raise NotFound(f"la caja {code} no existe en esta tienda (o ya no está en uso)")
    return row


# -- writing ------------------------------------------------------------------------------------
#
# Plain statements (the start makes the first till before any model is made), each row announced
# to the journal (``journal.touch_in``), which images it with the entry that follows.


def _clean(text: str, what: str) -> str:
    clean = text.strip().upper()
    if not _CODE.fullmatch(clean):
        raise UserError(f"{what} tiene de 1 a 8 letras o números, sin espacios")
    if clean == PAPER_SERIES:
        raise UserError(f"{PAPER_SERIES} es la serie de las ventas en papel")
    return clean


_SERIES_USED = text(
    "SELECT c.till FROM sales s JOIN cash_sessions c ON c.id = s.cash_session_id"
    " WHERE s.series = :series AND c.till != :code LIMIT 1"
)


def _check_series_in(session: Session, series: str, code: str) -> None:
    """No two tills ever share a series: not now, and not one that holds another till's receipts."""
    owner = session.execute(select(_T.code).where(_T.series == series, _T.code != code)).scalar()
    if owner is not None:
        raise UserError(f"la serie {series} es de la caja {owner}")
    used = session.execute(_SERIES_USED, {"code": code, "series": series}).scalar()
    if used is not None:
        raise UserError(f"la serie {series} ya tiene notas de la caja {used}")


def _location_id_in(session: Session, code: str) -> int:
    row = session.execute(select(_L.id, tables.locations.c.active).where(_L.code == code)).first()
    if row is None:
        raise NotFound(f"no existe la ubicación «{code}»")
    if not row.active:
        raise UserError(f"la ubicación «{code}» está cerrada")
    return int(row.id)


def create_till_in(session: Session, code: str, series: str, location_id: int, actor: str, name: str = "") -> None:
    """Add till ``code`` with its series and home location inside the caller's transaction (journaled)."""
    session.execute(
        insert(tables.tills).values(code=code, name=name, series=series, location_id=location_id, active=True)
    )
    journal.touch_in(session, "tills", [(code,)])
    payload = {"created": {"series": series, "location_id": location_id, "name": name}}
    journal.append_in(session, "till", code, payload, actor, now())


def create_till(
    store: Store,
    code: str,
    series: str = "",
    location_code: str = "taller",
    name: str = "",
    *,
    user_id: int,
    approval: Approval | None = None,
) -> TillInfo:
    """Add a till with its own series (its code when empty) and home location.

    Raises:
        UserError: a bad or taken code or series, an unknown or closed location.
        PermissionDenied: ``user_id`` may not change the settings (and no coordinator's ``approval``).
    """
    code = _clean(code, "el código de la caja")
    series = _clean(series or code, "la serie")
    name = " ".join(name.split())[:60]
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        require_in(session, user_id, "edit_settings", approval, code)
        if session.execute(select(_T.code).where(_T.code == code)).first():
            raise UserError(f"ya existe la caja {code}")
        _check_series_in(session, series, code)
        location_id = _location_id_in(session, location_code)
        create_till_in(session, code, series, location_id, actor_name_in(session, user_id), name)
    return next(t for t in list_tills(store) if t.code == code)


def update_till_in(
    session: Session, code: str, user_id: int, *, series: str | None = None, location_code: str | None = None
) -> dict[str, list[str]]:
    """Change till ``code``'s series or home location inside the caller's transaction; the changes.

    A new series starts at number 1 (or where that series left off); the
    receipts already printed keep theirs. The caller checks the permission.

    Raises:
        UserError: a bad or taken series, an unknown till, an unknown or closed location.
    """
    current = session.execute(_INFO.where(_T.code == code)).first()
    if current is None:
        raise NotFound(f"no existe la caja {code}")
    _code, _name, old_series, old_location, _place, _active = current
    values: dict[str, object] = {}
    diff: dict[str, list[str]] = {}
    if series is not None and series.strip().upper() != old_series:
        new_series = _clean(series, "la serie")
        _check_series_in(session, new_series, code)
        values["series"], diff["series"] = new_series, [old_series, new_series]
    if location_code is not None and location_code != old_location:
        values["location_id"] = _location_id_in(session, location_code)
        diff["location"] = [old_location, location_code]
    if values:
        session.execute(update(tables.tills).where(_T.code == code).values(**values))
        journal.touch_in(session, "tills", [(code,)])
        journal.append_in(session, "till", code, {"changes": diff}, actor_name_in(session, user_id), now())
    return diff


def update_till(
    store: Store,
    code: str,
    *,
    series: str | None = None,
    location_code: str | None = None,
    user_id: int,
    approval: Approval | None = None,
) -> TillInfo:
    """Change a till's series or home location; each change is journaled with its old and new value.

    Raises:
        UserError: a bad or taken series, an unknown till, an unknown or closed location.
        PermissionDenied: ``user_id`` may not change the settings (and no coordinator's ``approval``).
    """
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        require_in(session, user_id, "edit_settings", approval, code)
        update_till_in(session, code, user_id, series=series, location_code=location_code)
    return next(t for t in list_tills(store) if t.code == code)


def claim_till(store: Store, code: str, user_id: int, approval: Approval | None = None) -> TillInfo:
    """This program becomes till ``code``: a SQLite file says so itself (``this_till``), and this
    computer remembers it for this database (its ``tills.json``).

    Raises:
        UserError: an unknown till, or one no longer in use.
        PermissionDenied: ``user_id`` may not change the settings (and no coordinator's ``approval``).
    """
    code = code.strip().upper()
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        require_in(session, user_id, "edit_settings", approval, code)
        row = session.execute(select(_T.active).where(_T.code == code)).first()
        if row is None:
            raise NotFound(f"no existe la caja {code}")
        if not row.active:
            raise UserError(f"la caja {code} ya no está en uso")
        if sqlite_path(store.url) is not None:
            own = session.execute(select(_HERE.till_code)).scalar()
            if own is None:
                session.execute(insert(tables.this_till).values(id=1, till_code=code))
            elif own != code:
                session.execute(update(tables.this_till).values(till_code=code))
            journal.touch_in(session, "this_till", [(1,)])
        journal.append_in(session, "this_till", code, {"till": code}, actor_name_in(session, user_id), now())
    remember_till(store.url, code)
    store.be_till(code)
    info = this_till(store)
    assert info is not None
    return info


def ensure_till_in(session: Session, store: Store, location_id: int) -> None:
    """What every shop has: a first till (``B001``, or the code this program was named) at
    ``location_id`` (the workshop), which a new SQLite file then is. Inside the caller's transaction."""
    if session.execute(select(func.count()).select_from(tables.tills)).scalar_one():
        return
    code = store.till or FIRST_TILL
    create_till_in(session, code, code, location_id, actor_name_in(session, SYSTEM_ID))
    if sqlite_path(store.url) is not None:
        session.execute(insert(tables.this_till).values(id=1, till_code=code))
        journal.touch_in(session, "this_till", [(1,)])
    store.be_till(code)


def name_new_till_in(session: Session, store: Store, code: str, user_id: int) -> None:
    """The first-run set-up names this till (``F001``): its code and series both while it has
    never had a cash session; afterwards only its series changes. Inside the caller's transaction.

    Raises:
        UserError: a bad or taken code, or this program is no till.
    """
    new = _clean(code, "el código de la caja")
    old = till_code_in(session)
    if old is None:
        raise UserError(NOT_A_TILL)
    used = session.execute(select(tables.cash_sessions.c.id).where(tables.cash_sessions.c.till == old).limit(1))
    if new == old or used.first() is not None:
        update_till_in(session, old, user_id, series=new)
        return
    if session.execute(select(_T.code).where(_T.code == new)).first():
        raise UserError(f"ya existe la caja {new}")
    _check_series_in(session, new, old)
    here = session.execute(select(_HERE.till_code)).scalar() == old
    if here:
        session.execute(tables.this_till.delete())
    session.execute(update(tables.tills).where(_T.code == old).values(code=new, series=new))
    if here:
        session.execute(insert(tables.this_till).values(id=1, till_code=new))
        journal.touch_in(session, "this_till", [(1,)])
    journal.touch_in(session, "tills", [(old,), (new,)])
    journal.append_in(session, "till", new, {"renamed": [old, new]}, actor_name_in(session, user_id), now())
    session.info[TILL] = new
    store.be_till(new)
