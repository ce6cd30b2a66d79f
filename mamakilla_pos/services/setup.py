"""First-run set-up: the workshop location, the first till and the shop's identity."""

from __future__ import annotations

from sqlalchemy import select

from ..store import Store, tables
from .auth import require_in
from .locations import DEFAULT_LOCATIONS, ensure_location_in
from .settings import ShopSettings, get_settings, load_in, update_settings
from .tills import ensure_till_in, name_new_till_in


def ensure_defaults(store: Store) -> None:
    """Create what every shop has (the workshop location, a first till there) when missing."""
    # The plain table, not the model: this runs at every start, before any model is made
    # (see store.tables); only a missing location needs the models.
    codes = tables.locations.c.code
    wanted = [code for code, _name, _kind in DEFAULT_LOCATIONS]
    with store.session() as session, session.begin():
        present = set(session.execute(select(codes).where(codes.in_(wanted))).scalars())
        for code, name, kind in DEFAULT_LOCATIONS:
            if code not in present:
                ensure_location_in(session, code, name, kind)
        if session.execute(select(tables.tills.c.code).limit(1)).first() is None:
            workshop = select(tables.locations.c.id).where(codes == DEFAULT_LOCATIONS[0][0])
            ensure_till_in(session, store, session.execute(workshop).scalar_one())


def is_configured(store: Store) -> bool:
    """Whether the first-run set-up has been done."""
    return bool(get_settings(store).configured)


def configure_shop(store: Store, name: str, address: str, series: str, user_id: int) -> ShopSettings:
    """Save the shop's name, address and this till's code and receipt series (one word: ``F001``).

    A till that never had a cash session takes the code as its own; one that
    had keeps its code and takes it as its new series.
    """
    ensure_defaults(store)
    wanted = series.strip().upper()
    if wanted:
        with store.session() as session, session.begin():
            require_in(session, user_id, "edit_settings", None, wanted)
            if wanted != load_in(session).till_series:
                name_new_till_in(session, store, wanted, user_id)
    return update_settings(
        store, user_id, shop_name=name.strip() or "Mama Killa", shop_address=address.strip(), configured="1"
    )
