"""The count at a partner's place, and what the coordinator decides about the units missing (DESIGN.md §10).

Casa Colibri holds 10 bags (S/ 45.00, Rosa 2 : Ana 1) and 10 pencil cases
(S/ 30.00, Luz). At its place 7 bags and 9 cases are counted: 3 bags and 1
case missing. The coordinator decides the bags were sold and not reported:
a partner sale of 3 bags at the retail price: 135.00, commission 40.50,
due 94.50 (the makers' 45 % of it accrues when the partner pays). The
case was lost: a stock loss at the partner's location. The books then hold
7 bags and 9 cases there; every step is journaled and ``verify`` is clean.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from mamakilla_pos.services import auth, consignment, partner_count, partner_report
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import PermissionDenied, UserError
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store.models import JournalEntry, StockMovement
from tests.services.test_partner_line_makers import colibri  # noqa: F401
from tests.services.test_partners import COLIBRI


def test_missing_units_recorded_as_sold_or_lost(colibri):  # noqa: F811
    store = colibri.store
    counted = {colibri.bag: 7, colibri.pencil_case: 9}
    lines = consignment.count_at_partner(store, COLIBRI, counted)
    assert [(c.item_code, c.missing) for c in lines] == [("BAG001", 3), ("CAS001", 1)]

    done = partner_count.settle_count(
        store, COLIBRI, counted, {colibri.bag: "sold", colibri.pencil_case: "lost"}, user_id=SYSTEM_ID
    )
    assert done.report is not None
    assert (done.report.units, done.report.amount, done.report.commission, done.report.due) == (
        3,
        D("135.00"),
        D("40.50"),
        D("94.50"),
    )
    assert done.lost == 1
    figures = partner_report.partner_figures(store, COLIBRI)
    assert (figures.sold, figures.on_hand, figures.due, figures.balance) == (3, 16, D("94.50"), D("94.50"))
    assert [(c.item_code, c.missing) for c in consignment.count_at_partner(store, COLIBRI, counted)] == [
        ("BAG001", 0),
        ("CAS001", 0),
    ]
    with store.session() as session:
        loss = session.query(StockMovement).filter(StockMovement.kind == "adjustment").one()
        assert (loss.quantity, loss.reason) == (-1, f"lost: conteo en {COLIBRI}")
        kinds = [e.kind for e in session.query(JournalEntry).order_by(JournalEntry.seq)][-2:]
    assert kinds == ["partner_report", "partner_count"]
    assert verify(store) == []


def test_a_decision_that_does_not_fit_the_books_changes_nothing(colibri):  # noqa: F811
    store = colibri.store
    counted = {colibri.bag: 7}
    with pytest.raises(UserError, match="decida"):
        partner_count.settle_count(store, COLIBRI, counted, {}, user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="vendido o perdido"):
        partner_count.settle_count(
            store, COLIBRI, counted, {colibri.bag: "gift", colibri.pencil_case: "lost"}, user_id=SYSTEM_ID
        )
    coordinator = auth.create_user(store, "Carmen Ayma", "coordinator", "735190", by=SYSTEM_ID)
    seller = auth.create_user(store, "Rosa Quispe", "seller", "5820", by=coordinator.id)
    with pytest.raises(PermissionDenied):
        partner_count.settle_count(
            store, COLIBRI, counted, {colibri.bag: "lost", colibri.pencil_case: "lost"}, user_id=seller.id
        )
    assert partner_report.partner_figures(store, COLIBRI).on_hand == 20
