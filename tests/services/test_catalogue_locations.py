"""Locations: workshop, fair stand, partner shop; the till's own location."""

from __future__ import annotations

import pytest

from mamakilla_pos.services import locations, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import NotFound, UserError
from mamakilla_pos.services.settings import get_settings
from mamakilla_pos.services.verify import verify


def test_add_list_rename_locations(store):
    fair = locations.add_location(store, "", "Feria de San Blas", "fair", user_id=SYSTEM_ID)
    assert (fair.code, fair.name, fair.kind, fair.active, fair.units) == (
        "feria-de-san-blas",
        "Feria de San Blas",
        "fair",
        True,
        0,
    )
    partner = locations.add_location(store, "colibri", "Casa Colibri Multimarca", "partner", user_id=SYSTEM_ID)
    infos = locations.location_infos(store)
    assert [(i.code, i.is_till) for i in infos] == [("taller", True), ("feria-de-san-blas", False), ("colibri", False)]
    renamed = locations.update_location(store, partner.code, name="Casa Colibrí", kind="partner", user_id=SYSTEM_ID)
    assert renamed.name == "Casa Colibrí"
    with pytest.raises(UserError, match="ya existe"):
        locations.add_location(store, "colibri", "Otra", "partner", user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="llamada"):
        locations.add_location(store, "", "casa colibrí", "partner", user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="tipo"):
        locations.add_location(store, "", "Mercado", "market", user_id=SYSTEM_ID)
    with pytest.raises(NotFound):
        locations.update_location(store, "luna", name="Luna", user_id=SYSTEM_ID)
    assert verify(store) == []


def test_the_till_sells_from_its_location(shop):
    store = shop.store
    locations.add_location(store, "feria", "Feria", "fair", user_id=SYSTEM_ID)
    info = locations.set_till_location(store, "feria", user_id=SYSTEM_ID)
    assert info.is_till
    assert get_settings(store).till_location == "feria"
    with pytest.raises(UserError, match="esta caja vende desde"):
        locations.set_location_active(store, "feria", False, user_id=SYSTEM_ID)
    locations.set_till_location(store, "taller", user_id=SYSTEM_ID)


def test_a_location_closes_only_when_empty(shop):
    store = shop.store
    locations.add_location(store, "feria", "Feria", "fair", user_id=SYSTEM_ID)
    stock.transfer(store, shop.bag, 2, "taller", "feria", user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="quedan 2 unidades"):
        locations.set_location_active(store, "feria", False, user_id=SYSTEM_ID)
    stock.transfer(store, shop.bag, 2, "feria", "taller", user_id=SYSTEM_ID)
    closed = locations.set_location_active(store, "feria", False, user_id=SYSTEM_ID)
    assert not closed.active
    assert "feria" not in [code for code, _name, _kind in locations.list_locations(store)]
    with pytest.raises(UserError, match="cerrada"):
        locations.set_till_location(store, "feria", user_id=SYSTEM_ID)
    assert locations.set_location_active(store, "feria", True, user_id=SYSTEM_ID).active
