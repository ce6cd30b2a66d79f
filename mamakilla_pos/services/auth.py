"""Users, PINs, roles and permissions (who may do what at the till).

PINs are kept only as salted scrypt hashes. Five wrong PINs in a row lock
that user for a while. Guarded services call :func:`require`; a seller who
needs a guarded action asks a coordinator, whose PIN approves that one action
(:class:`Approval`), and the approval is written to the journal.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store import Store, models, tables
from . import journal
from .actors import SYSTEM_ID
from .clock import now
from .errors import PermissionDenied, UserError, WrongPin

MAX_TRIES = 5
LOCK_MINUTES = 5
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1

PERMISSIONS = {
    "refund": "hacer devoluciones",
    "discount_over_limit": "dar descuentos mayores al límite",
    "price_change": "cambiar precios",
    "cash_move": "sacar o poner dinero en la caja",
    "payout": "pagar a las artesanas",
    "stock_adjust": "ajustar el stock",
    "stock_transfer": "trasladar mercadería entre ubicaciones",
    "edit_catalogue": "editar artesanas y productos",
    "edit_settings": "cambiar los ajustes",
    "close_other_session": "cerrar la caja de otra persona",
    "manage_users": "administrar usuarios",
    "open_drawer": "abrir el cajón sin una venta",
    "order_cancel": "anular un encargo",
}


@dataclass(frozen=True)
class Actor:
    """A logged-in user with the permissions of her role."""

    id: int
    name: str
    role: str
    permissions: frozenset[str]

    def may(self, permission: str) -> bool:
        return permission in self.permissions


@dataclass(frozen=True)
class Approval:
    """A coordinator's PIN typed on the spot to approve one action.

    The PIN is left out of ``repr`` so that a logged request never shows it.
    """

    user_id: int
    pin: str = field(repr=False)


# -- PIN hashing -------------------------------------------------------------------------------


def hash_pin(pin: str) -> str:
    """A salted scrypt hash of ``pin``: ``scrypt$n$r$p$salt$hash``."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches a stored hash (constant-time comparison)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(
        pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=len(digest) // 2
    )
    return hmac.compare_digest(candidate.hex(), digest)


def validate_pin(pin: str) -> None:
    if not re.fullmatch(r"\d{4,6}", pin):
        raise UserError("el PIN tiene de 4 a 6 dígitos")


# -- users -------------------------------------------------------------------------------------


def _actor(session: Session, user: models.User) -> Actor:
    role = session.get(models.Role, user.role)
    permissions = frozenset(role.permissions.split()) if role else frozenset()
    return Actor(user.id, user.name, user.role, permissions)


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


def has_users(store: Store) -> bool:
    with store.session() as session:
        return bool(session.execute(select(func.count(_USERS.id)).where(_USERS.pin_hash != "")).scalar_one())


def create_user(
    store: Store, name: str, role: str, pin: str, by: int | None = None, approval: Approval | None = None
) -> Actor:
    """Add a user. The very first user (the first coordinator) needs no one's permission.

    Raises:
        UserError: bad name or PIN, unknown role, name taken.
        PermissionDenied: ``by`` may not manage users (and no coordinator's ``approval``).
    """
    validate_pin(pin)
    clean = " ".join(name.split())
    if not clean:
        raise UserError("falta el nombre")
    with store.session() as session, session.begin():
        first = not session.execute(select(func.count(models.User.id)).where(models.User.pin_hash != "")).scalar_one()
        if first and role != "coordinator":
            raise UserError("la primera persona registrada debe ser coordinadora")
        if not first:
            require_in(session, by, "manage_users", approval)
        if session.get(models.Role, role) is None:
            raise UserError(f"rol desconocido: {role}")
        user = session.execute(select(models.User).where(models.User.name == clean)).scalar_one_or_none()
        if user is not None and user.pin_hash:
            raise UserError(f"ya existe {clean}")
        if user is None:
            user = models.User(name=clean)
            session.add(user)
        user.role, user.pin_hash, user.active = role, hash_pin(pin), True
        session.flush()
        journal.append_in(session, "user", str(user.id), {"name": clean, "role": role}, _name(session, by), now())
        return _actor(session, user)


def change_pin(store: Store, user_id: int, old_pin: str, new_pin: str) -> None:
    """A user changes her own PIN."""
    validate_pin(new_pin)
    login(store, user_id, old_pin)
    with store.session() as session, session.begin():
        user = session.get(models.User, user_id)
        assert user is not None
        user.pin_hash = hash_pin(new_pin)
        journal.append_in(session, "user_pin", str(user_id), {"changed": True}, user.name, now())


def set_active(store: Store, user_id: int, active: bool, by: int | None, approval: Approval | None = None) -> None:
    """Let a user log in again, or stop her from logging in (she stays in the records).

    Raises:
        UserError: unknown user, or the last coordinator would be deactivated.
        PermissionDenied: ``by`` may not manage users (and no coordinator's ``approval``).
    """
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
        UserError: bad PIN or unknown user.
        PermissionDenied: ``by`` may not manage users (and no coordinator's ``approval``).
    """
    validate_pin(new_pin)
    with store.session() as session, session.begin():
        require_in(session, by, "manage_users", approval, str(user_id))
        user = session.get(models.User, user_id)
        if user is None:
            raise UserError("no existe el usuario")
        user.pin_hash = hash_pin(new_pin)
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
    user = session.get(models.User, user_id) if user_id is not None else None
    return user.name if user else "sistema"


# -- login and approvals -----------------------------------------------------------------------


def login(store: Store, user_id: int, pin: str) -> Actor:
    """Check a PIN; five wrong tries in a row lock the user for a while.

    Raises:
        WrongPin: wrong PIN (with the tries left) or a locked user.
        UserError: an unknown user.
    """
    with store.session() as session, session.begin():
        user = session.get(models.User, user_id)
        if user is None or not user.active or not user.pin_hash:
            raise UserError("usuario desconocido")
        at = now()
        if user.locked_until and user.locked_until > at:
            raise WrongPin(
                f"{user.name} está bloqueada hasta las {user.locked_until:%H:%M} por PIN equivocado",
                user.name,
                locked_until=user.locked_until,
                minutes=LOCK_MINUTES,
            )
        if pin_matches(pin, user.pin_hash):
            user.failed_pins = 0
            user.locked_until = None
            return _actor(session, user)
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
    """A coordinator's PIN for one action; wrong PINs count toward her lockout.

    Raises:
        UserError: wrong PIN or locked user.
        PermissionDenied: she may not approve this either.
    """
    actor = login(store, user_id, pin)
    if not actor.may(permission):
        raise PermissionDenied(
            f"{actor.name} no puede autorizar: {PERMISSIONS.get(permission, permission)}", permission
        )
    return Approval(user_id, pin)


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


def require_in(
    session: Session, user_id: int | None, permission: str, approval: Approval | None = None, ref: str = ""
) -> str | None:
    """Check inside a service's transaction that the user may do ``permission``.

    ``user_id`` of ``None`` is the system itself (command line, imports) and
    may do anything. Returns the approver's name when a coordinator's PIN
    approved the action; the approval is journaled in the same transaction.

    Raises:
        PermissionDenied: the user lacks the permission and no valid approval was given.
    """
    if user_id is None or user_id == SYSTEM_ID:
        return None
    user = session.get(models.User, user_id)
    if user is None or not user.active:
        raise PermissionDenied("usuario desconocido", permission)
    if _actor(session, user).may(permission):
        return None
    what = PERMISSIONS.get(permission, permission)
    if approval is None:
        raise PermissionDenied(f"{user.name} necesita la aprobación de una coordinadora para {what}", permission)
    approver = session.get(models.User, approval.user_id)
    if (
        approver is None
        or not approver.active
        or not pin_matches(approval.pin, approver.pin_hash)
        or not _actor(session, approver).may(permission)
    ):
        raise PermissionDenied(f"la aprobación para {what} no es válida", permission)
    journal.append_in(
        session,
        "approval",
        ref or permission,
        {"permission": permission, "user": user.name, "approver": approver.name},
        approver.name,
        now(),
    )
    return approver.name
