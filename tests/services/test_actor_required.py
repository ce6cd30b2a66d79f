"""Every write names who does it: nobody (``None``) is refused, in Spanish, with nothing written.

The program acts only when named (``SYSTEM_ID``: the command line, imports,
the first-run set-up); a person at the till by her user id, while she is active.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from types import ModuleType

import pytest
from sqlalchemy import inspect as db_inspect
from sqlalchemy import select, text

import mamakilla_pos.services as services_package
from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import (
    auth,
    cash,
    catalogue,
    catalogue_makers,
    catalogue_products,
    closing,
    locations,
    orders,
    parked,
    payouts,
    settings,
    stock,
    transfers,
)
from mamakilla_pos.services.actors import NOBODY, SYSTEM_ID
from mamakilla_pos.services.clock import now
from mamakilla_pos.services.errors import PermissionDenied
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.store import Store
from mamakilla_pos.store.models import Maker, Product


def _everything(store: Store) -> dict[str, object]:
    """The row count of every table and the journal's head: what any write changes."""
    with store.engine.connect() as connection:
        names = sorted(t for t in db_inspect(connection).get_table_names() if t != "alembic_version")
        counts: dict[str, object] = {
            name: connection.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one() for name in names
        }
        counts["head"] = connection.execute(text("SELECT seq, hash FROM journal_head")).all()
        counts["prices"] = connection.execute(select(Product.id, Product.price).order_by(Product.id)).all()
    return counts


def _product_id(store: Store, code: str) -> int:
    return catalogue.find_item(store, code).product_id


def _maker_id(store: Store) -> int:
    with store.session() as session:
        return session.execute(select(Maker.id).order_by(Maker.id)).scalars().first()  # type: ignore[return-value]


WRITES: dict[str, Callable[..., object]] = {
    "sell": lambda shop, who: record_sale(
        shop.store,
        SaleRequest(lines=(LineRequest(shop.bag),), tenders=(Tender("card", Decimal("45.00")),), user_id=who),
    ),
    "move cash": lambda shop, who: cash.move_cash(shop.store, "in", Decimal("10.00"), "Sencillo", user_id=who),
    "close the till": lambda shop, who: cash.close_session(shop.store, None, None, user_id=who, backup=False),
    "produce": lambda shop, who: stock.produce(shop.store, shop.bag, 3, user_id=who),
    "adjust stock": lambda shop, who: stock.adjust(shop.store, shop.bag, -1, "taller", "damaged", who),
    "transfer": lambda shop, who: transfers.transfer_items(
        shop.store, [transfers.TransferLine(shop.bag, 1)], "taller", "feria", user_id=who
    ),
    "change a price": lambda shop, who: catalogue_products.set_price(
        shop.store, _product_id(shop.store, shop.bag), Decimal("50.00"), who
    ),
    "add a maker": lambda shop, who: catalogue_makers.create_maker(shop.store, "Nélida Condori", user_id=who),
    "add a location": lambda shop, who: locations.add_location(shop.store, "sanblas", "Feria San Blas", "fair", who),
    "change the settings": lambda shop, who: settings.update_settings(shop.store, who, shop_name="Otra tienda"),
    "add a user": lambda shop, who: auth.create_user(shop.store, "Luz Mamani", "seller", "2468", who),
    "park a cart": lambda shop, who: parked.park(shop.store, "B001", [parked.ParkedLine(shop.bag, 1)], user_id=who),
    "take an order": lambda shop, who: orders.create_order(
        shop.store,
        orders.NewOrder(
            "Ana",
            "Bolso a medida",
            Decimal("120.00"),
            now().date() + timedelta(days=7),
            ((_maker_id(shop.store), 1),),
            user_id=who,
        ),
    ),
    "pay a maker": lambda shop, who: payouts.pay_maker(
        shop.store, _maker_id(shop.store), now().date(), "cash", user_id=who
    ),
    "close the days": lambda shop, who: closing.close_days(shop.store, now().date(), who),
}


@pytest.fixture
def busy_shop(shop):
    """The shop with a second location, a sale, a coordinator and a seller."""
    locations.add_location(shop.store, "feria", "Feria", "fair", SYSTEM_ID)
    record_sale(
        shop.store,
        SaleRequest(lines=(LineRequest(shop.purse),), tenders=(Tender("card", Decimal("22.55")),), user_id=SYSTEM_ID),
    )
    return shop


@pytest.mark.parametrize("what", list(WRITES))
def test_a_write_that_names_nobody_is_refused_and_writes_nothing(busy_shop, what):
    before = _everything(busy_shop.store)
    with pytest.raises(PermissionDenied) as refused:
        WRITES[what](busy_shop, None)
    assert str(refused.value) == NOBODY
    assert "inicie sesión" in str(refused.value)
    assert _everything(busy_shop.store) == before


@pytest.mark.parametrize("what", ["sell", "move cash", "produce", "change a price", "park a cart"])
def test_a_deactivated_user_is_refused_and_the_program_named_explicitly_acts(busy_shop, what):
    store = busy_shop.store
    coordinator = auth.create_user(store, "Carmen Ayma", "coordinator", "135790", SYSTEM_ID)
    seller = auth.create_user(store, "Rosa Quispe", "seller", "2468", coordinator.id)
    auth.set_active(store, seller.id, False, coordinator.id)
    before = _everything(store)
    with pytest.raises(PermissionDenied, match="Rosa Quispe está desactivada"):
        WRITES[what](busy_shop, seller.id)
    assert _everything(store) == before
    WRITES[what](busy_shop, SYSTEM_ID)
    assert _everything(store) != before


def _service_modules() -> list[ModuleType]:
    import importlib
    import pkgutil

    return [
        importlib.import_module(f"{services_package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(services_package.__path__)
    ]


def test_no_service_that_writes_defaults_who_acts_to_nobody():
    """A service's ``user_id`` (or ``by``) has no default: its signature says an actor is required."""
    reads = {"receipt_pdf", "receipt_text", "receipt_job"}  # who reprints a receipt is only printed on it
    defaulted = []
    for module in _service_modules():
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ != module.__name__ or name in reads:
                continue
            for parameter in inspect.signature(function).parameters.values():
                if parameter.name in ("user_id", "by") and parameter.default is not inspect.Parameter.empty:
                    defaulted.append(f"{module.__name__}.{name}")
    assert defaulted == []
