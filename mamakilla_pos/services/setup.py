"""First-run set-up: the workshop location and the shop's identity."""

from __future__ import annotations

from sqlalchemy import select

from ..store import Store, tables
from .locations import DEFAULT_LOCATIONS, ensure_location_in
from .settings import ShopSettings, get_settings, update_settings


def ensure_defaults(store: Store) -> None:
    """Create what every shop has (the workshop location) when missing."""
    # The plain table, not the model: this runs at every start, before any model is made
    # (see store.tables); only a missing location needs the models.
    codes = tables.locations.c.code
    wanted = [code for code, _name, _kind in DEFAULT_LOCATIONS]
    with store.session() as session, session.begin():
        present = set(session.execute(select(codes).where(codes.in_(wanted))).scalars())
        for code, name, kind in DEFAULT_LOCATIONS:
            if code not in present:
                ensure_location_in(session, code, name, kind)


def is_configured(store: Store) -> bool:
    """Whether the first-run set-up has been done."""
    return bool(get_settings(store).configured)


def configure_shop(store: Store, name: str, address: str, series: str, user_id: int | None = None) -> ShopSettings:
    """Save the shop's name, address and this till's receipt series."""
    ensure_defaults(store)
    return update_settings(
        store,
        user_id,
        shop_name=name.strip() or "Mama Killa",
        shop_address=address.strip(),
        till_series=series.strip().upper() or "B001",
        configured="1",
    )
