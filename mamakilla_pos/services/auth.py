"""Users, PINs, roles and permissions (who may do what at the till).

PINs are kept only as salted scrypt hashes (:mod:`.pins`). Five wrong PINs
in a row lock that user for a while. Guarded services call :func:`require_in`;
a seller who needs a guarded action asks a coordinator, whose PIN approves
that one action (:class:`Approval`), and the approval is written to the
journal.

A PIN is only ever checked by :func:`login`'s check: to log in, to approve
(:func:`approve`), and when a service is handed an :class:`Approval` that
still carries a PIN (:func:`checked_approval`, which each service that takes an
approval runs before its own transaction). So every wrong PIN counts toward
the lock, and a locked or deactivated coordinator approves nothing. A PIN
that checks out is replaced by a seal: proof, valid for a while in this
program only, that this coordinator typed her current PIN.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store import Store, models, tables
from . import journal
from .actors import NOBODY, SYSTEM, SYSTEM_ID
from .clock import now
from .errors import PermissionDenied, UserError, WrongPin
from .pins import digits_for, hash_pin, outdated, pin_matches, validate_pin

MAX_TRIES = 5
LOCK_MINUTES = 5
APPROVAL_SECONDS = 3600
"""How long a coordinator's checked PIN approves actions in this program (a parked cart's discount, a screen)."""

PERMISSIONS = {
    "refund": "hacer devoluciones",
    "discount_over_limit": "dar descuentos mayores al límite",
    "price_change": "cambiar precios",
    "cash_move": "sacar o poner dinero en la caja",
    "payout": "pagar a las artesanas",
    "stock_adjust": "ajustar el stock",
    "stock_transfer": "trasladar mercadería entre ubicaciones",
    "produce": "registrar la producción",
    "edit_catalogue": "editar artesanas y productos",
    "edit_settings": "cambiar los ajustes",
    "close_other_session": "cerrar la caja de otra persona",
    "manage_users": "administrar usuarios",
    "open_drawer": "abrir el cajón sin una venta",
    "order_cancel": "anular un encargo",
}


@dataclass(frozen=True)
class Actor:
    """A logged-in user with the permissions of her role.

    ``short_pin``: her PIN has fewer digits than her role now asks for (a
    coordinator's 4-digit PIN from before); the till asks her for a new one.
    """

    id: int
    name: str
    role: str
    permissions: frozenset[str]
    short_pin: bool = False

    def may(self, permission: str) -> bool:
        return permission in self.permissions


@dataclass(frozen=True)
class Approval:
    """A coordinator's PIN typed on the spot to approve one action.

    Made by :func:`approve` (sealed: the PIN already checked and dropped) or
    by hand with the PIN, which the service then checks with :func:`checked_approval`.
    Neither the PIN nor the seal shows in ``repr``, so a logged request never
    shows them.
    """

    user_id: int
    pin: str = field(repr=False)
    seal: str = field(default="", repr=False, compare=False)


_SEAL_KEY = secrets.token_bytes(32)


def _seal(user_id: int, pin_hash: str, issued: int) -> str:
    mac = hmac.new(_SEAL_KEY, f"{user_id}:{issued}:{pin_hash}".encode(), hashlib.sha256).hexdigest()
    return f"{issued}:{mac}"


def _sealed(user_id: int, pin_hash: str) -> Approval:
    return Approval(user_id, "", _seal(user_id, pin_hash, int(time.monotonic())))


def _seal_holds(approval: Approval, pin_hash: str) -> bool:
    """Whether the approval was sealed by this program, recently, for the approver's current PIN."""
    issued, _, _mac = approval.seal.partition(":")
    if not issued.isdigit() or time.monotonic() - int(issued) > APPROVAL_SECONDS:
        return False
    return hmac.compare_digest(approval.seal, _seal(approval.user_id, pin_hash, int(issued)))


# -- users -------------------------------------------------------------------------------------


def _actor(session: Session, user: models.User) -> Actor:
    role = session.get(models.Role, user.role)
    permissions = frozenset(role.permissions.split()) if role else frozenset()
    return Actor(user.id, user.name, user.role, permissions)


def approves(permissions: str | frozenset[str]) -> bool:
    """Whether a role with these permissions can approve anything (and so needs a 6-digit PIN)."""
    return bool(permissions.split() if isinstance(permissions, str) else permissions)


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    role: str
    role_name: str
    active: bool
    locked_until: datetime | None


# The reads of the login screen and the main window use the plain tables, not the models:
# they run at every start, before any model is made (see store.tables).
_USERS, _ROLES = tables.users.c, tables.roles.c


def list_users(store: Store, include_inactive: bool = False) -> list[UserInfo]:
    """Users for the login screen, by name."""
    with store.session() as session:
        query = (
            select(_USERS.id, _USERS.name, _USERS.role, _ROLES.name, _USERS.active, _USERS.locked_until)
            .join(tables.roles, _ROLES.code == _USERS.role)
            .order_by(_USERS.name)
        )
        if not include_inactive:
            query = query.where(_USERS.active)
        return [UserInfo(*row) for row in session.execute(query)]


def roles(store: Store) -> list[tuple[str, str]]:
    """``(code, name)`` of every role."""
    with store.session() as session:
        return [(code, name) for code, name in session.execute(select(_ROLES.code, _ROLES.name).order_by(_ROLES.code))]


def pin_digits(store: Store, role: str) -> tuple[int, int]:
    """Fewest and most digits of the PIN of someone with ``role`` (6 for a coordinator, 4 to 6 for a seller)."""
    return digits_for(_role_approves(store, role))


def _role_approves(store: Store, role: str) -> bool:
    with store.session() as session:
        permissions = session.execute(select(_ROLES.permissions).where(_ROLES.code == role)).scalar_one_or_none()
    if permissions is None:
        raise UserError(f"rol desconocido: {role}")
    return approves(permissions)


def has_users(store: Store) -> bool:
    with store.session() as session:
        return bool(session.execute(select(func.count(_USERS.id)).where(_USERS.pin_hash != "")).scalar_one())


def create_user(store: Store, name: str, role: str, pin: str, by: int, approval: Approval | None = None) -> Actor:
    """Add a user. The very first user (the first coordinator) needs no one's permission: the program
    (``by`` :data:`~.actors.SYSTEM_ID`, the first-run set-up) or anyone named adds her.

    Raises:
        UserError: bad name or PIN (a coordinator's has 6 digits), unknown role, name taken.
        PermissionDenied: ``by`` names nobody, or may not manage users (and no coordinator's ``approval``).
    """
    clean = " ".join(name.split())
    if not clean:
        raise UserError("falta el nombre")
    validate_pin(pin, _role_approves(store, role))
    approval = checked_approval(store, approval)
    pin_hash = hash_pin(pin)  # the slow part, before the transaction: it holds up no till
    with store.session() as session, session.begin():
        first = not session.execute(select(func.count(models.User.id)).where(models.User.pin_hash != "")).scalar_one()
        if first:
            acting_in(session, by)  # the program (the first-run set-up) names itself too
        else:
            require_in(session, by, "manage_users", approval)
        if first and role != "coordinator":
            raise UserError("la primera persona registrada debe ser coordinadora")
        if session.get(models.Role, role) is None:
            raise UserError(f"rol desconocido: {role}")
        user = session.execute(select(models.User).where(models.User.name == clean)).scalar_one_or_none()
        if user is not None and user.pin_hash:
            raise UserError(f"ya existe {clean}")
        if user is None:
            user = models.User(name=clean)
            session.add(user)
        user.role, user.pin_hash, user.active = role, pin_hash, True
        session.flush()
        journal.append_in(session, "user", str(user.id), {"name": clean, "role": role}, _name(session, by), now())
        return _actor(session, user)


def change_pin(store: Store, user_id: int, old_pin: str, new_pin: str) -> None:
    """A user changes her own PIN (the old one is checked as a login is).

    Raises:
        WrongPin: the old PIN is wrong, or she is locked.
        UserError: the new PIN has too few or too many digits for her role (a coordinator's has 6).
    """
    actor = login(store, user_id, old_pin)
    validate_pin(new_pin, approves(actor.permissions))
    pin_hash = hash_pin(new_pin)
    with store.session() as session, session.begin():
        user = session.get(models.User, user_id)
        assert user is not None
        user.pin_hash = pin_hash
        journal.append_in(session, "user_pin", str(user_id), {"changed": True}, user.name, now())


def set_active(store: Store, user_id: int, active: bool, by: int | None, approval: Approval | None = None) -> None:
    """Let a user log in again, or stop her from logging in (she stays in the records).

    Raises:
        UserError: unknown user, or the last coordinator would be deactivated.
        PermissionDenied: ``by`` may not manage users (and no coordinator's ``approval``).
    """
    approval = checked_approval(store, approval)
    with store.session() as session, session.begin():
        require_in(session, by, "manage_users", approval)
        user = session.get(models.User, user_id)
        if user is None:
            raise UserError("no existe el usuario")
        if not active and user.active and _actor(session, user).may("manage_users"):
            others = [
                other
                for other in session.execute(
                    select(models.User).where(models.User.active, models.User.id != user.id)
                ).scalars()
                if other.pin_hash and _actor(session, other).may("manage_users")
            ]
            if not others:
                raise UserError(f"{user.name} es la única coordinadora activa: no se puede desactivar")
        user.active = active
        journal.append_in(session, "user", str(user_id), {"active": active}, _name(session, by), now())


def reset_pin(store: Store, user_id: int, new_pin: str, by: int | None, approval: Approval | None = None) -> None:
    """A coordinator gives a user a new PIN (she forgot hers); this also lifts a lockout.

    Raises:
        UserError: bad PIN (a coordinator's has 6 digits) or unknown user.
        PermissionDenied: ``by`` may not manage users (and no coordinator's ``approval``).
    """
    with store.session() as session:
        role = session.execute(select(_USERS.role).where(_USERS.id == user_id)).scalar_one_or_none()
    if role is None:
        raise UserError("no existe el usuario")
    validate_pin(new_pin, _role_approves(store, role))
    approval = checked_approval(store, approval)
    pin_hash = hash_pin(new_pin)
    with store.session() as session, session.begin():
        require_in(session, by, "manage_users", approval, str(user_id))
        user = session.get(models.User, user_id)
        if user is None:
            raise UserError("no existe el usuario")
        user.pin_hash = pin_hash
        user.failed_pins = 0
        user.locked_until = None
        journal.append_in(session, "user_pin", str(user_id), {"reset": True}, _name(session, by), now())


def approvers(store: Store, permission: str) -> list[UserInfo]:
    """Active users (with a PIN) whose role grants ``permission``: who can approve it, by name."""
    with store.session() as session:
        query = (
            select(models.User, models.Role)
            .join(models.Role, models.Role.code == models.User.role)
            .where(models.User.active, models.User.pin_hash != "")
            .order_by(models.User.name)
        )
        return [
            UserInfo(u.id, u.name, u.role, r.name, u.active, u.locked_until)
            for u, r in session.execute(query)
            if permission in r.permissions.split()
        ]


def _name(session: Session, user_id: int | None) -> str:
    return acting_in(session, user_id)


# -- login and approvals -----------------------------------------------------------------------


def _locked(user: models.User) -> WrongPin:
    return WrongPin(
        f"{user.name} está bloqueada hasta las {user.locked_until:%H:%M} por PIN equivocado",
        user.name,
        locked_until=user.locked_until,
        minutes=LOCK_MINUTES,
    )


def _stored_pin(store: Store, user_id: int) -> str:
    """The user's PIN hash, after checking she may type a PIN at all (known, active, not locked)."""
    with store.session() as session:
        user = session.get(models.User, user_id)
        if user is None or not user.active or not user.pin_hash:
            raise UserError("usuario desconocido")
        if user.locked_until and user.locked_until > now():
            raise _locked(user)
        return user.pin_hash


def login(store: Store, user_id: int, pin: str) -> Actor:
    """Check a PIN; five wrong tries in a row lock the user for a while.

    The hash is worked out outside any transaction (it takes a good part of a
    second), then the result is booked in a short one: a wrong PIN is counted
    (and may lock her), a right one clears the count and, when the hash was
    made with older, cheaper parameters, is replaced by one made with the
    current ones. ``short_pin`` on the result: her PIN has fewer digits than
    her role asks for.

    Raises:
        WrongPin: wrong PIN (with the tries left) or a locked user.
        UserError: an unknown or deactivated user.
    """
    stored = _stored_pin(store, user_id)
    right = pin_matches(pin, stored)
    upgraded = hash_pin(pin) if right and outdated(stored) else None
    with store.session() as session, session.begin():
        user = session.get(models.User, user_id, with_for_update=True)
        if user is None or not user.active or not user.pin_hash:
            raise UserError("usuario desconocido")
        at = now()
        if user.locked_until and user.locked_until > at:  # locked meanwhile by wrong tries elsewhere
            raise _locked(user)
        if right and user.pin_hash == stored:
            user.failed_pins = 0
            user.locked_until = None
            if upgraded is not None:
                user.pin_hash = upgraded
                journal.append_in(session, "user_pin", str(user.id), {"upgraded": True}, user.name, at)
            actor = _actor(session, user)
            low, _high = digits_for(approves(actor.permissions))
            return replace(actor, short_pin=len(pin) < low)
        if right:
            raise UserError("el PIN acaba de cambiar: escriba el nuevo")
        # A wrong PIN is counted and committed before the refusal is raised.
        user.failed_pins += 1
        left = MAX_TRIES - user.failed_pins
        if left > 0:
            refusal = WrongPin(f"PIN equivocado (quedan {left} intentos)", user.name, tries_left=left)
        else:
            user.failed_pins = 0
            user.locked_until = at + timedelta(minutes=LOCK_MINUTES)
            journal.append_in(session, "user_locked", str(user.id), {"minutes": LOCK_MINUTES}, user.name, at)
            refusal = WrongPin(
                f"PIN equivocado cinco veces: {user.name} queda bloqueada {LOCK_MINUTES} minutos",
                user.name,
                locked_until=user.locked_until,
                locked_now=True,
                minutes=LOCK_MINUTES,
            )
    raise refusal


def approve(store: Store, user_id: int, pin: str, permission: str) -> Approval:
    """A coordinator's PIN for one action, checked as a login is: wrong PINs count toward her lockout.

    Returns a sealed approval that carries no PIN.

    Raises:
        UserError: wrong PIN, a locked or deactivated user.
        PermissionDenied: she may not approve this either.
    """
    actor = login(store, user_id, pin)
    if not actor.may(permission):
        raise PermissionDenied(
            f"{actor.name} no puede autorizar: {PERMISSIONS.get(permission, permission)}", permission
        )
    return _sealed(user_id, _stored_pin(store, user_id))


def checked_approval(store: Store, approval: Approval | None) -> Approval | None:
    """An approval whose PIN has been checked as a login is; every service that takes one starts here.

    A sealed approval (from :func:`approve`) passes as it is: :func:`require_in`
    checks its seal. One that still carries a PIN has it checked now, in a
    transaction of its own, so that a wrong PIN is counted toward the lock
    even though the service then refuses and writes nothing.

    Raises:
        PermissionDenied: a wrong PIN, a locked, deactivated or unknown approver.
    """
    if approval is None or approval.seal:
        return approval
    try:
        login(store, approval.user_id, approval.pin)
        return _sealed(approval.user_id, _stored_pin(store, approval.user_id))
    except UserError as exc:
        raise PermissionDenied(f"la aprobación no es válida: {exc}") from None


def actor_of(store: Store, user_id: int) -> Actor:
    with store.session() as session:
        row = session.execute(
            select(_USERS.id, _USERS.name, _USERS.role, _ROLES.permissions)
            .outerjoin(tables.roles, _ROLES.code == _USERS.role)
            .where(_USERS.id == user_id)
        ).first()
    if row is None:
        raise UserError("usuario desconocido")
    return Actor(row.id, row.name, row.role, frozenset((row.permissions or "").split()))


def acting_in(session: Session, user_id: int | None, permission: str = "") -> str:
    """The name of who does a write inside a service's transaction: the program, or an active user.

    The program is :data:`~.actors.SYSTEM_ID`, named explicitly; nobody (``None``) does nothing.

    Raises:
        PermissionDenied: nobody named, an unknown user, or a deactivated one.
    """
    if user_id is None:
        raise PermissionDenied(NOBODY, permission)
    if user_id == SYSTEM_ID:
        return SYSTEM
    row = session.execute(select(_USERS.name, _USERS.active).where(_USERS.id == user_id)).first()
    if row is None:
        raise PermissionDenied("usuario desconocido", permission)
    if not row.active:
        raise PermissionDenied(f"{row.name} está desactivada: ya no puede vender ni usar la caja", permission)
    return str(row.name)


def require_in(
    session: Session, user_id: int | None, permission: str, approval: Approval | None = None, ref: str = ""
) -> str | None:
    """Check inside a service's transaction that the user may do ``permission``.

    ``user_id`` names who acts: the program itself (``actors.SYSTEM_ID``:
    command line, imports, the first-run set-up) may do anything; nobody
    (``None``), a stranger or a deactivated user may do nothing. Returns the
    approver's name when a coordinator approved the action; the approval is
    journaled in the same transaction. An approval counts only when sealed
    (:func:`approve`, :func:`checked_approval`) for the approver's current
    PIN, and she is still active, not locked and allowed ``permission``
    herself: no PIN is checked here, uncounted.

    Raises:
        PermissionDenied: nobody, a stranger or a deactivated user; or the user lacks the permission and no
            valid approval was given.
    """
    acting_in(session, user_id, permission)
    if user_id == SYSTEM_ID:
        return None
    user = session.get(models.User, user_id)
    assert user is not None  # acting_in refused anyone else
    if _actor(session, user).may(permission):
        return None
    what = PERMISSIONS.get(permission, permission)
    if approval is None:
        raise PermissionDenied(f"{user.name} necesita la aprobación de una coordinadora para {what}", permission)
    approver = session.get(models.User, approval.user_id)
    at = now()
    if (
        approver is None
        or not approver.active
        or (approver.locked_until is not None and approver.locked_until > at)
        or not _seal_holds(approval, approver.pin_hash)
        or not _actor(session, approver).may(permission)
    ):
        raise PermissionDenied(f"la aprobación para {what} no es válida", permission)
    journal.append_in(
        session,
        "approval",
        ref or permission,
        {"permission": permission, "user": user.name, "approver": approver.name},
        approver.name,
        at,
    )
    return approver.name
