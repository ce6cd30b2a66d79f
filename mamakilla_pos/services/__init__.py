"""Use cases: each public function is one transaction and the only way to write.

Services take a :class:`~mamakilla_pos.store.Store` and hand back plain
dataclasses, never live ORM objects.
"""

from . import journal as _journal  # noqa: F401  (installs the session hooks that journal master data)
from .errors import NotFound, PermissionDenied, UserError

__all__ = ["NotFound", "PermissionDenied", "UserError"]
