"""What a dialog says when saving failed: nothing was written, everything stays on screen, try again.

A sale, a refund, a payout or a closing is one transaction: when it fails it
wrote nothing. The dialog that asked for it keeps what was typed and its
confirm button, and shows :func:`not_saved` — a service's own message, or,
for a busy database, a full disk or anything unexpected, what happened and
what to do.
"""

from __future__ import annotations

import logging

from ..services.errors import UserError
from ..services.failures import BUSY, FULL, storage_failure
from .widgets.i18n import tr
from .widgets.text import sentence

log = logging.getLogger(__name__)


def not_saved(error: Exception, what: str) -> str:
    """The message for ``error``; ``what`` says what was not saved, e.g. ``tr("la venta no se guardó")``."""
    if isinstance(error, UserError):
        message = str(error)
        return sentence(message)
    kind = storage_failure(error)
    if kind == BUSY:
        log.warning("database busy: %s", error)
        return tr("La base de datos está ocupada: {what}. Intente de nuevo en unos segundos.").format(what=what)
    if kind == FULL:
        log.error("disk full: %s", error)
        return tr("El disco está lleno: {what}. Libere espacio en el disco e intente de nuevo.").format(what=what)
    log.error("saving failed", exc_info=error)
    reason = str(error).splitlines()[0] if str(error) else type(error).__name__
    text = tr("No se pudo guardar ({error}): {what}. Intente de nuevo; si vuelve a pasar, avise a la coordinadora.")
    return text.format(error=reason, what=what)
