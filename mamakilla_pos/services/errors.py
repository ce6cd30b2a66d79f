"""Errors a service raises for a person to read (messages in Spanish)."""

from __future__ import annotations

from datetime import datetime


class UserError(ValueError):
    """Bad input or a request that cannot be done; nothing was changed."""


class NotFound(UserError):
    """The thing asked for does not exist."""


class PermissionDenied(UserError):
    """The user may not do this without a coordinator's approval.

    Attributes:
        permission: the code of the permission that was missing (see
            ``auth.PERMISSIONS``), so the till can ask a coordinator for it.
    """

    def __init__(self, message: str, permission: str = "") -> None:
        super().__init__(message)
        self.permission = permission


class WrongPin(UserError):
    """A PIN that is not the person's (the message says so in Spanish; the till says it in its language).

    Attributes:
        name: whose PIN it was.
        tries_left: wrong PINs she may still type before she is locked (0 once locked).
        locked_until: until when she is locked, when she is (``None`` otherwise).
        locked_now: this very PIN locked her (for ``LOCK_MINUTES``), rather than an earlier one.
        minutes: how long a lock lasts.
    """

    def __init__(
        self,
        message: str,
        name: str,
        tries_left: int = 0,
        locked_until: datetime | None = None,
        locked_now: bool = False,
        minutes: int = 0,
    ) -> None:
        super().__init__(message)
        self.name, self.tries_left, self.minutes = name, tries_left, minutes
        self.locked_until, self.locked_now = locked_until, locked_now
