"""Cash sessions at a till: open with a float, move cash in or out, the X report, close with a count.

A session's figures (what each drawer should hold, by method, by maker) are
read by :mod:`.cash_figures`; this module holds the use cases that open,
read and close a session, each in its own transaction.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.cash import count_total
from ..domain.drawer import CURRENCIES
from ..domain.money import ZERO, format_money, quantize, to_json
from ..store import Store, models, tables
from ..store.engine import sqlite_path
from ..store.ids import new_id
from . import journal
from .actors import SYSTEM_ID, actor_name_in, person
from .auth import Approval, acting_in, checked_approval, require_in
from .cash_figures import (
    CashFigures,
    CashMovementInfo,
    CashSessionInfo,
    SessionReport,
    check_drawer_holds,
    clean_count,
    dump_counts,
    load_counts,
    report_in,
    session_info_in,
    user_name_in,
)
from .clock import now
from .errors import NotFound, UserError
from .tills import selling_till_in, till_code_in

log = logging.getLogger(__name__)

Count = Mapping[Decimal, int]


def _open_row(session: Session, till: str | None, lock: bool = False) -> models.CashSession | None:
    if till is None:
        return None
    query = select(models.CashSession).where(models.CashSession.till == till, models.CashSession.closed_at.is_(None))
    if lock:
        query = query.with_for_update()
    return session.execute(query).scalar_one_or_none()


def current_session(store: Store) -> CashSessionInfo | None:
    """The open session of this till, if any."""
    # The plain tables, not the models: the sale screen asks at every start, before any model
    # is made (see store.tables).
    sessions, places, users = tables.cash_sessions.c, tables.locations.c, tables.users.c
    query = (
        select(
            sessions.id,
            sessions.till,
            sessions.opened_at,
            sessions.opening_float_pen_cents,
            sessions.opening_float_usd_cents,
            sessions.closed_at,
            places.name,
            users.name,
        )
        .outerjoin(tables.locations, places.id == sessions.location_id)
        .outerjoin(tables.users, users.id == sessions.opened_by_id)
        .where(sessions.closed_at.is_(None))
    )
    with store.session() as session:
        row = session.execute(query.where(sessions.till == till_code_in(session))).first()
    if row is None:
        return None
    session_id, till, opened_at, float_pen, float_usd, closed_at, location, opened_by = row
    return CashSessionInfo(
        session_id, till, opened_at, float_pen, float_usd, closed_at, location or "", opened_by or ""
    )


def last_closed_session(store: Store) -> CashSessionInfo | None:
    """The most recently closed session of this till, if any (to reprint its Z report)."""
    with store.session() as session:
        row = session.execute(
            select(models.CashSession)
            .where(models.CashSession.till == till_code_in(session), models.CashSession.closed_at.is_not(None))
            .order_by(models.CashSession.closed_at.desc())
            .limit(1)
        ).scalar_one_or_none()
        return session_info_in(session, row) if row else None


def session_report(store: Store, session_id: uuid.UUID | None = None) -> SessionReport:
    """The figures of a session: this till's open one when ``session_id`` is ``None``.

    Raises:
        UserError: no open session (or no session with that id).
    """
    with store.session() as session:
        if session_id is None:
            row = _open_row(session, till_code_in(session))
            if row is None:
                raise UserError("no hay una caja abierta")
        else:
            row = session.get(models.CashSession, session_id)
            if row is None:
                raise NotFound("no existe esa caja")
        return report_in(session, row)


def x_report(store: Store) -> SessionReport:
    """The X report: the open session so far, without closing it.

    Raises:
        UserError: the till is closed.
    """
    return session_report(store)


# -- writing --------------------------------------------------------------------------------


def open_session(
    store: Store,
    pen_count: Count | None = None,
    usd_count: Count | None = None,
    *,
    user_id: int,
) -> CashSessionInfo:
    """Open this till with a float counted by denomination.

    Raises:
        UserError: the till is already open, or a count is not valid.
    """
    pen_pieces = clean_count(pen_count, "PEN")
    usd_pieces = clean_count(usd_count, "USD")
    pen = count_total(pen_pieces)
    usd = count_total(usd_pieces)
    with store.session() as session, session.begin():
        acting_in(session, user_id)
        till = selling_till_in(session)
        if _open_row(session, till.code, lock=True) is not None:
            raise UserError("la caja ya está abierta")
        at = now()
        row = models.CashSession(
            id=new_id(),
            till=till.code,
            location_id=till.location_id,
            opened_at=at,
            opened_by_id=person(user_id),
            opening_float_pen=pen,
            opening_float_usd=usd,
            opening_count=dump_counts(pen_pieces, usd_pieces),
        )
        session.add(row)
        session.flush()
        journal.append_in(
            session,
            "session_open",
            str(row.id),
            {"till": row.till, "float_pen": to_json(pen), "float_usd": to_json(usd)},
            actor_name_in(session, user_id),
            at,
        )
        return session_info_in(session, row)


def move_cash(
    store: Store,
    direction: str,
    amount: Decimal,
    reason: str,
    currency: str = "PEN",
    *,
    user_id: int,
    approval: Approval | None = None,
) -> CashMovementInfo:
    """Put cash into (``in``) or take it out of (``out``) the open drawer, with a reason.

    Cash out may not take more than the drawer should hold (DESIGN.md §4 rule 10):
    that is refused before any approval is asked for.

    Raises:
        UserError: bad direction, currency or amount, no reason, no open
            session, or more cash out than the drawer should hold.
    """
    if direction not in {"in", "out"}:
        raise UserError("el movimiento de caja es de entrada o de salida")
    if currency not in CURRENCIES:
        raise UserError("la moneda es soles (PEN) o dólares (USD)")
    if amount <= ZERO:
        raise UserError("el monto debe ser mayor que cero")
    if amount != quantize(amount):
        raise UserError("un monto tiene como máximo dos decimales")
    if not reason.strip():
        raise UserError("indique el motivo")
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        acting_in(session, user_id)
        row = _open_row(session, till_code_in(session), lock=True)
        if row is None:
            raise UserError("no hay una caja abierta")
        if direction == "out":
            check_drawer_holds(report_in(session, row).figures(currency), amount)
        require_in(session, user_id, "cash_move", approval, reason.strip()[:60])
        at = now()
        movement = models.CashMovement(
            id=new_id(),
            session_id=row.id,
            created_at=at,
            direction=direction,
            currency=currency,
            amount=amount,
            reason=reason.strip()[:160],
            user_id=person(user_id),
        )
        session.add(movement)
        actor = actor_name_in(session, user_id)
        journal.append_in(
            session,
            f"cash_{direction}",
            str(movement.id),
            {"amount": to_json(amount), "currency": currency, "reason": movement.reason},
            actor,
            at,
            journal.rows_of(movement),
        )
        return CashMovementInfo(
            movement.id, at, direction, currency, amount, movement.reason, user_name_in(session, user_id)
        )


def _close_payload(report: SessionReport, pen: Mapping[Decimal, int], usd: Mapping[Decimal, int]) -> dict[str, object]:
    """What the journal keeps of a close: the Z report's figures."""

    def drawer(figures: CashFigures) -> dict[str, str]:
        return {
            "float": to_json(figures.opening_float),
            "sales": to_json(figures.sales),
            "change": to_json(figures.change),
            "refunds": to_json(figures.refunds),
            "in": to_json(figures.cash_in),
            "out": to_json(figures.cash_out),
            "payouts": to_json(figures.payouts),
            "expected": to_json(figures.expected),
            "counted": to_json(figures.counted or ZERO),
            "difference": to_json(figures.difference or ZERO),
        }

    return {
        "till": report.till,
        "opened_at": report.opened_at.isoformat(),
        "sales": report.sales,
        "refunds": report.refunds,
        "sales_total": to_json(report.sales_total),
        "refunds_total": to_json(report.refunds_total),
        "rounding": to_json(report.rounding),
        "methods": {m.method: to_json(m.net) for m in report.methods},
        "cash": {"PEN": drawer(report.pen), "USD": drawer(report.usd)},
        "count": json.loads(dump_counts(pen, usd)),
        "note": report.note,
    }


def close_session(
    store: Store,
    pen_count: Count | None,
    usd_count: Count | None,
    note: str = "",
    *,
    user_id: int,
    session_id: uuid.UUID | None = None,
    approval: Approval | None = None,
    backup: bool = True,
) -> SessionReport:
    """Close a session with the drawer counted by denomination (the Z report's figures).

    Stores the counts, journals the close with the session's figures (the
    journal hash at closing is in the returned report), then backs the
    database up with :func:`~.backup.auto_backup` (the shop's backup folder,
    ``copias`` beside the SQLite file by default). PostgreSQL is backed up
    with ``pg_dump``, so no copy is made there. A failed copy does not undo
    the close: ``backup_error`` says what happened.

    Args:
        pen_count / usd_count: pieces per denomination, e.g. ``{Decimal("20"): 3}``.
        note: why the count differs; required when a difference is not zero.
        session_id: the session to close; this till's open one by default.
        backup: whether to make the closing backup (the demo's made-up past days make none: a
            sample shop writes no backup folder its user did not ask for).

    Raises:
        UserError: no open session, a bad count, or a difference without a note.
    """
    pen_pieces = clean_count(pen_count, "PEN")
    usd_pieces = clean_count(usd_count, "USD")
    counted_pen = count_total(pen_pieces)
    counted_usd = count_total(usd_pieces)
    note = note.strip()
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        row = _session_to_close_in(session, session_id, user_id, approval)
        before = report_in(session, row)
        pen = replace(before.pen, counted=counted_pen)
        usd = replace(before.usd, counted=counted_usd)
        if (pen.difference or usd.difference) and not note:
            missing = [format_money(f.difference or ZERO, f.currency) for f in (pen, usd) if f.difference]
            raise UserError(f"el arqueo no cuadra ({', '.join(missing)}): escriba una nota que explique la diferencia")
        at = max(now(), row.opened_at)
        row.closed_at = at
        row.closed_by_id = person(user_id)
        row.counted_pen = counted_pen
        row.counted_usd = counted_usd
        row.closing_count = dump_counts(pen_pieces, usd_pieces)
        row.note = note
        closed = replace(
            before,
            closed_at=at,
            closed_by=user_name_in(session, user_id),
            note=note,
            pen=pen,
            usd=usd,
            closing_count=load_counts(row.closing_count),
        )
        entry = journal.append_in(
            session,
            "session_close",
            str(row.id),
            _close_payload(closed, pen_pieces, usd_pieces),
            actor_name_in(session, user_id),
            at,
        )
        closed = replace(closed, journal_hash=entry.hash)
    if not backup:
        return closed
    path, error = _backup_after_close(store, closed)
    return replace(closed, backup_path=path, backup_error=error)


def _session_to_close_in(
    session: Session, session_id: uuid.UUID | None, user_id: int | None, approval: Approval | None
) -> models.CashSession:
    """The open cash session to close (this till's by default), locked; another's needs the permission.

    Raises:
        UserError: no such open session; the user may not close someone else's.
    """
    if session_id is None:
        row = _open_row(session, till_code_in(session), lock=True)
    else:
        row = session.execute(
            select(models.CashSession).where(models.CashSession.id == session_id).with_for_update()
        ).scalar_one_or_none()
    if row is None or row.closed_at is not None:
        raise UserError("no hay una caja abierta para cerrar")
    acting_in(session, user_id)
    if _someone_elses_in(session, row, user_id):
        require_in(session, user_id, "close_other_session", approval, str(row.id))
    return row


def _someone_elses_in(session: Session, row: models.CashSession, user_id: int | None) -> bool:
    """Whether closing ``row`` is closing someone else's session: another till's, one another
    person opened, or one the program opened (``sistema``: nobody's, so never a seller's own)."""
    if user_id == SYSTEM_ID:
        return False
    return row.till != till_code_in(session) or row.opened_by_id is None or row.opened_by_id != user_id


def _backup_after_close(store: Store, report: SessionReport) -> tuple[str, str]:
    """The closing backup (the shop's backup folder, ``copias`` beside the database by default); ``(path, error)``.

    PostgreSQL is skipped without a word: it is backed up with ``pg_dump``.
    """
    if sqlite_path(store.url) is None:
        return "", ""
    from .backup import auto_backup

    try:
        made = auto_backup(store, "cierre")
    except (UserError, OSError, sqlite3.Error) as exc:
        made_path, warning = None, str(exc)
    else:
        made_path, warning = made.path, made.warning
    if made_path is None:
        log.warning("backup after closing session %s failed: %s", report.id, warning)
        return "", warning
    return str(made_path), ""
