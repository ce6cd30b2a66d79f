"""The makers of a line a partner sold stay those of the day it was reported (DESIGN.md §4 rule 5, §10).

Casa Colibri sold the bags of Rosa (2) and Ana (1) (see ``test_partners.py``):
a payment of 140.00 settles the first bag line and half of the second. The
bag's makers are then corrected to Rosa 1 : Ana 1. The shares already
accrued keep their makers and amounts, the rest of those lines accrues by
the old weights (Rosa 46.20, Ana 23.10, Luz 18.90 in the end), and a bag
reported after the change follows the new ones: 45.00 × 0.70 = 31.50 due,
45 % = 14.18, 7.09 each.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from mamakilla_pos.services import catalogue, consignment, partner_payments, partner_sales, partners
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.transfer_views import TransferLine
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store.models import Maker, ShareEntry
from tests.services.test_partners import COLIBRI, REPORT, write_report


@pytest.fixture
def colibri(shop):  # type: ignore[no-untyped-def]
    """Casa Colibri at 30 %, holding 10 bags and 10 pencil cases."""
    partners.save_partner(shop.store, COLIBRI, D("0.30"), user_id=SYSTEM_ID)
    consignment.consign(
        shop.store, COLIBRI, [TransferLine(shop.bag, 10), TransferLine(shop.pencil_case, 10)], user_id=SYSTEM_ID
    )
    return shop


def _accrued(store) -> dict[str, D]:  # type: ignore[no-untyped-def]
    with store.session() as session:
        rows = session.execute(
            select(Maker.name, ShareEntry.amount)
            .join(Maker, Maker.id == ShareEntry.maker_id)
            .where(ShareEntry.partner_line_id.is_not(None))
        ).all()
    totals: dict[str, D] = {}
    for name, amount in rows:
        totals[name] = totals.get(name, D("0.00")) + amount
    return totals


def _maker_ids(store) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with store.session() as session:
        return {name: maker_id for name, maker_id in session.execute(select(Maker.name, Maker.id))}


def test_a_change_of_the_makers_after_a_partial_payment_keeps_the_settled_shares(colibri, tmp_path):
    store = colibri.store
    partner_sales.import_partner_sales(store, COLIBRI, write_report(tmp_path / "junio.csv", REPORT), user_id=SYSTEM_ID)
    partner_payments.record_payment(store, COLIBRI, D("140.00"), "transfer", "OP 1", user_id=SYSTEM_ID)
    assert _accrued(store) == {"Rosa Quispe": D("42.00"), "Ana Huamán": D("21.00")}
    ids = _maker_ids(store)
    catalogue.set_item_makers(store, colibri.bag, [(ids["Rosa Quispe"], 1), (ids["Ana Huamán"], 1)], user_id=SYSTEM_ID)
    assert verify(store) == []

    partner_payments.record_payment(store, COLIBRI, D("56.00"), "transfer", "OP 2", user_id=SYSTEM_ID)
    assert _accrued(store) == {"Rosa Quispe": D("46.20"), "Ana Huamán": D("23.10"), "Luz Mamani": D("18.90")}
    assert verify(store) == []

    sold = partner_sales.record_partner_sales(
        store, COLIBRI, [partner_sales.SoldRow(date(2026, 6, 20), colibri.bag, 1, D("45.00"))], user_id=SYSTEM_ID
    )
    assert sold.due == D("31.50")
    partner_payments.record_payment(store, COLIBRI, D("31.50"), "transfer", "OP 3", user_id=SYSTEM_ID)
    assert _accrued(store) == {"Rosa Quispe": D("53.29"), "Ana Huamán": D("30.19"), "Luz Mamani": D("18.90")}
    assert verify(store) == []


def test_a_maker_whose_part_rounded_to_nothing_at_first_still_gets_it_in_the_end(colibri):
    """A bag sold at 0.30: due 0.21, share 0.09 (Rosa 0.06, Ana 0.03). 0.03 paid: Rosa 0.01, Ana 0.00; then the rest."""
    store = colibri.store
    partner_sales.record_partner_sales(
        store, COLIBRI, [partner_sales.SoldRow(date(2026, 6, 20), colibri.bag, 1, D("0.30"))], user_id=SYSTEM_ID
    )
    partner_payments.record_payment(store, COLIBRI, D("0.03"), "transfer", "OP 1", user_id=SYSTEM_ID)
    assert _accrued(store) == {"Rosa Quispe": D("0.01")}
    assert verify(store) == []
    partner_payments.record_payment(store, COLIBRI, D("0.18"), "transfer", "OP 2", user_id=SYSTEM_ID)
    assert _accrued(store) == {"Rosa Quispe": D("0.06"), "Ana Huamán": D("0.03")}
    assert verify(store) == []
