"""Who is acting: every service that writes is told who does it.

A person at the till is her user id. The program itself, when nobody is
there to ask (the first-run set-up before the first coordinator exists, the
daily closing at start-up, ``mamakilla-pos import`` and ``demo`` at a
console), acts as :data:`SYSTEM_ID`, explicitly: a call that names nobody
(``None``) is refused by the permission check (``auth.require_in``), so a
forgotten ``user_id`` never passes as the program.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..store import models
from .errors import PermissionDenied

SYSTEM = "sistema"
"""The name the journal and the documents give the program."""

SYSTEM_ID = 0
"""The program's own user id: no user has it (ids start at 1). Stored as no user (``NULL``)."""

NOBODY = "no se sabe quién lo hace: inicie sesión con su PIN y vuelva a intentarlo (no se guardó nada)"
"""The refusal of a write that names nobody (``user_id`` ``None``)."""


def actor_name_in(session: Session, user_id: int | None) -> str:
    """The user's name for the journal, or ``sistema`` for the program.

    Raises:
        PermissionDenied: nobody is named (``None``): a write names who does it.
    """
    if user_id is None:
        raise PermissionDenied(NOBODY)
    if user_id == SYSTEM_ID:
        return SYSTEM
    user = session.get(models.User, user_id)
    return user.name if user else SYSTEM


def person(user_id: int | None) -> int | None:
    """The value of a ``…_by_id`` / ``user_id`` column: the program is stored as no user."""
    return None if user_id == SYSTEM_ID else user_id
