"""Guarded services refuse a seller, accept a coordinator, and accept a seller with a coordinator's PIN."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from mamakilla_pos.services import auth, cash, catalogue_makers, catalogue_products, locations, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import PermissionDenied
from mamakilla_pos.store.models import CashMovement, JournalEntry, StockMovement


@pytest.fixture
def people(shop):
    coordinator = auth.create_user(shop.store, "Carmen Ayma", "coordinator", "135790", by=SYSTEM_ID)
    seller = auth.create_user(shop.store, "Rosa Quispe", "seller", "2468", by=coordinator.id)
    return coordinator, seller


def _count(store, model) -> int:
    with store.session() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.mark.till_closed
def test_cash_out_needs_a_coordinator(shop, people):
    coordinator, seller = people
    cash.open_session(shop.store, {Decimal("50"): 1}, None, user_id=coordinator.id)
    with pytest.raises(PermissionDenied, match="Rosa Quispe necesita la aprobación"):
        cash.move_cash(shop.store, "out", Decimal("10.00"), "Almuerzo", user_id=seller.id)
    assert _count(shop.store, CashMovement) == 0
    approval = auth.approve(shop.store, coordinator.id, "135790", "cash_move")
    cash.move_cash(shop.store, "out", Decimal("10.00"), "Almuerzo", user_id=seller.id, approval=approval)
    assert _count(shop.store, CashMovement) == 1
    with shop.store.session() as session:
        kinds = session.execute(select(JournalEntry.kind).order_by(JournalEntry.seq.desc()).limit(2)).scalars().all()
    assert kinds == ["cash_out", "approval"]


@pytest.mark.till_closed
def test_a_wrong_pin_is_no_approval(shop, people):
    coordinator, seller = people
    cash.open_session(shop.store, None, None, user_id=coordinator.id)
    forged = auth.Approval(coordinator.id, "0000")
    with pytest.raises(PermissionDenied, match="no es válida"):
        cash.move_cash(shop.store, "in", Decimal("5.00"), "Sencillo", user_id=seller.id, approval=forged)
    seller_approval = auth.Approval(seller.id, "2468")
    with pytest.raises(PermissionDenied):
        cash.move_cash(shop.store, "in", Decimal("5.00"), "Sencillo", user_id=seller.id, approval=seller_approval)


def test_stock_adjustments_and_stocktakes_need_a_coordinator(shop, people):
    coordinator, seller = people
    before = _count(shop.store, StockMovement)
    with pytest.raises(PermissionDenied):
        stock.adjust(shop.store, shop.bag, -1, "taller", "damaged", user_id=seller.id)
    with pytest.raises(PermissionDenied):
        stock.stocktake(shop.store, {shop.bag: 8}, "taller", user_id=seller.id)
    assert _count(shop.store, StockMovement) == before
    assert stock.adjust(shop.store, shop.bag, -1, "taller", "damaged", user_id=coordinator.id) == 9
    # Moving goods to the fair stand is a coordinator's too: a seller asks for her PIN.
    locations.add_location(shop.store, "feria", "Feria San Blas", "fair", user_id=coordinator.id)
    with pytest.raises(PermissionDenied):
        stock.transfer(shop.store, shop.bag, 2, "taller", "feria", user_id=seller.id)
    stock.transfer(shop.store, shop.bag, 2, "taller", "feria", user_id=coordinator.id)


def test_catalogue_edits_need_a_coordinator(shop, people):
    coordinator, seller = people
    with pytest.raises(PermissionDenied):
        catalogue_makers.create_maker(shop.store, "Nilda Choque", user_id=seller.id)
    with pytest.raises(PermissionDenied):
        catalogue_products.create_product(shop.store, "Tapiz", "Bordados", Decimal("140.00"), user_id=seller.id)
    assert catalogue_makers.create_maker(shop.store, "Nilda Choque", user_id=coordinator.id).name == "Nilda Choque"


@pytest.mark.till_closed
def test_closing_another_users_session_needs_a_coordinator(shop, people):
    coordinator, seller = people
    cash.open_session(shop.store, None, None, user_id=coordinator.id)
    with pytest.raises(PermissionDenied, match="cerrar la caja de otra persona"):
        cash.close_session(shop.store, None, None, "", user_id=seller.id)
    assert cash.current_session(shop.store) is not None
    approval = auth.approve(shop.store, coordinator.id, "135790", "close_other_session")
    cash.close_session(shop.store, None, None, "", user_id=seller.id, approval=approval)
    assert cash.current_session(shop.store) is None
