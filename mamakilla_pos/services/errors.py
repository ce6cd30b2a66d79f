"""Errors a service raises for a person to read (messages in Spanish)."""

from __future__ import annotations


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
