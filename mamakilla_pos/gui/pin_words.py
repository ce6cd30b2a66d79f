"""What a refused PIN says, in the screens' language (the services say it in Spanish)."""

from __future__ import annotations

from ..services.errors import UserError, WrongPin
from .widgets.i18n import tr


def refusal_text(exc: UserError) -> str:
    """The words for ``exc``: a wrong PIN or a locked person told in the screens' language, else the service's."""
    if not isinstance(exc, WrongPin):
        return str(exc)
    if exc.tries_left == 1:
        return tr("PIN equivocado (queda 1 intento)")
    if exc.tries_left:
        return tr("PIN equivocado (quedan {n} intentos)").format(n=exc.tries_left)
    if exc.locked_now or exc.locked_until is None:
        text = tr("PIN equivocado cinco veces: {name} queda bloqueada {minutes} minutos")
        return text.format(name=exc.name, minutes=exc.minutes)
    text = tr("{name} está bloqueada hasta las {time} por PIN equivocado")
    return text.format(name=exc.name, time=f"{exc.locked_until:%H:%M}")
