"""Why cash went in or out of the drawer: the reasons offered, and a stored reason as shown."""

from __future__ import annotations

from .widgets.i18n import QT_TR_NOOP, tr

OUT_REASONS = (
    QT_TR_NOOP("Pago del stand de la feria"),
    QT_TR_NOOP("Compra de sencillo"),
    QT_TR_NOOP("Almuerzo"),
    QT_TR_NOOP("Pago a artesana"),
    QT_TR_NOOP("Otro"),
)
"""Reasons offered for taking cash out (stored in Spanish, shown through ``tr``)."""
IN_REASONS = (
    QT_TR_NOOP("Sencillo para dar vuelto"),
    QT_TR_NOOP("Más fondo de caja"),
    QT_TR_NOOP("Devolución de un adelanto"),
    QT_TR_NOOP("Otro"),
)
"""Reasons offered for putting cash in."""
REASON_PRESETS = tuple(dict.fromkeys(OUT_REASONS + IN_REASONS))
"""Every preset reason, as stored."""
DETAIL_REQUIRED = frozenset({"Pago a artesana", "Devolución de un adelanto", "Otro"})
"""Presets that need a detail typed after them."""


def reason_label(reason: str) -> str:
    """A stored cash-movement reason as shown: its preset (kept in Spanish) translated, the detail as typed.

    A payout's cash movement says ``Pago a artesana Rosa Quispe (P-000012)``: the preset is translated there too.
    """
    for preset in REASON_PRESETS:
        if reason == preset or reason.startswith(f"{preset} — "):
            return tr(preset) + reason[len(preset) :]
    payout = "Pago a artesana"
    if reason.startswith(f"{payout} "):
        return tr(payout) + reason[len(payout) :]
    return reason
