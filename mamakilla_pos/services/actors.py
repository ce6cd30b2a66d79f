"""Who is acting: names for the journal and receipts."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..store import models

SYSTEM = "sistema"


def actor_name_in(session: Session, user_id: int | None) -> str:
    """The user's name for the journal, or ``sistema`` when nobody is logged in."""
    if user_id is None:
        return SYSTEM
    user = session.get(models.User, user_id)
    return user.name if user else SYSTEM
