"""How ``verify`` names a master-data row that is not what the journal's replay says."""

from __future__ import annotations

from typing import Any

from ..store.images import Difference, layout
from .verify_journal import shown

# table -> (what a row is, the column that names it)
NOUNS = {
    "settings": ("el ajuste", "key"),
    "roles": ("el rol", "code"),
    "users": ("la usuaria", "name"),
    "locations": ("la ubicación", "code"),
    "partners": ("la tienda aliada", "name"),
    "makers": ("la artesana", "name"),
    "categories": ("la categoría", "name"),
    "products": ("el producto", "name"),
    "items": ("el artículo", "code"),
    "item_makers": ("la artesana de un artículo", ""),
    "cash_sessions": ("la caja", "id"),
}


def _name(difference: Difference) -> str:
    noun, column = NOUNS.get(difference.table, (f"la fila de {difference.table}", ""))
    lay = layout(difference.table)
    values: dict[str, Any] = {}
    if difference.recorded is not None and difference.recorded.values is not None:
        values.update(zip(difference.recorded.columns, difference.recorded.values, strict=True))
    if difference.current is not None:
        values.update(zip(lay.columns, difference.current, strict=True))
    if difference.table == "item_makers":
        return f"{noun} ({values.get('item_id')}, artesana {values.get('maker_id')})"
    if column and values.get(column) is not None:
        name = str(values[column])
        return f"{noun} «{name[:8] if column == 'id' else name}»"
    return f"{noun} {' '.join(str(k) for k in difference.key)}"


def describe(difference: Difference) -> str:
    """One problem, in Spanish."""
    name = _name(difference)
    if difference.current is None:
        return f"{name} figura en el diario pero ya no está en la base de datos (se eliminó por fuera de la aplicación)"
    recorded = difference.recorded
    if recorded is None or recorded.values is None:
        return f"{name} no figura en el diario (se agregó por fuera de la aplicación)"
    lay = layout(difference.table)
    was = dict(zip(recorded.columns, recorded.values, strict=True))
    changes = []
    for column in difference.columns:
        now = difference.current[lay.position[column]]
        if column in was:
            changes.append(f"{column} es {shown(column, now)} pero el diario registró {shown(column, was[column])}")
        else:
            changes.append(f"{column} no figura en el diario")
    return f"{name}: {'; '.join(changes)} (cambio hecho por fuera de la aplicación)"
