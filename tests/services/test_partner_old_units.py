"""Units out longer than the partner's set days, each dated by the note that sent it (DESIGN.md §10).

Casa Colibri lists units older than 30 days. On 1 June note CS-000001 sends
6 bags; on 11 July note CS-000002 sends 4 more; on 21 July it reports 6 bags
sold. The units that leave are the oldest (first in, first out):

* at 16 July it held 10 bags: the 6 of CS-000001 (45 days out) are old, the
  4 of CS-000002 (5 days) are not;
* at 8 September it holds the 4 of CS-000002, out 59 days: old.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal as D

import pytest

from mamakilla_pos.domain.consignment import still_out
from mamakilla_pos.services import consignment, partner_report, partner_sales, partners
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.partner_report import OldUnits
from mamakilla_pos.services.transfer_views import TransferLine

COLIBRI = "Casa Colibri Multimarca"


class Clock:
    """The shop's clock, set by the test, in every module that reads it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.value = datetime(2026, 6, 1, 10, 0)
        for module in (consignment, partner_sales, partner_report):
            monkeypatch.setattr(module, "now", lambda: self.value)


def test_the_units_that_leave_first_are_the_oldest():
    assert still_out([("a", 6), ("b", 4)], 0) == [("a", 6), ("b", 4)]
    assert still_out([("a", 6), ("b", 4)], 5) == [("a", 1), ("b", 4)]
    assert still_out([("a", 6), ("b", 4)], 6) == [("b", 4)]
    assert still_out([("a", 6), ("b", 4)], 12) == []


def test_each_unit_is_dated_by_its_own_note_also_in_a_past_statement(shop, monkeypatch):
    clock = Clock(monkeypatch)
    store = shop.store
    partners.save_partner(store, COLIBRI, D("0.30"), old_after_days=30, user_id=SYSTEM_ID)
    consignment.consign(store, COLIBRI, [TransferLine(shop.bag, 6)], user_id=SYSTEM_ID)
    clock.value = datetime(2026, 7, 11, 10, 0)
    consignment.consign(store, COLIBRI, [TransferLine(shop.bag, 4)], user_id=SYSTEM_ID)
    clock.value = datetime(2026, 7, 21, 10, 0)
    partner_sales.record_partner_sales(
        store, COLIBRI, [partner_sales.SoldRow(date(2026, 7, 20), shop.bag, 6, D("45"))], user_id=SYSTEM_ID
    )
    clock.value = datetime(2026, 9, 8, 10, 0)

    then = partner_report.statement(store, COLIBRI, date(2026, 6, 1), date(2026, 7, 16))
    assert then.old == (OldUnits(shop.bag, "Bolso bordado", 6, date(2026, 6, 1), "CS-000001", 45),)
    today = partner_report.statement(store, COLIBRI)
    assert today.old == (OldUnits(shop.bag, "Bolso bordado", 4, date(2026, 7, 11), "CS-000002", 59),)
