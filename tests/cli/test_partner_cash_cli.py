"""``report day --json`` and its PDF: partner shops' payments apart from sales, their cash in the drawers (§7, §10).

The figures of ``tests/services/test_partner_cash.py``: 100.00 by transfer,
US$ 10 (37.00) and 59.00 in soles cash, on a till opened with S/ 50.00.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from mamakilla_pos.services import cash, partner_payments
from mamakilla_pos.services.actors import SYSTEM_ID
from tests.helpers import pdf_text
from tests.services.test_partner_cash import _sold
from tests.services.test_partner_line_makers import colibri  # noqa: F401
from tests.services.test_partners import COLIBRI


@pytest.mark.till_closed  # opened below with its float
def test_the_day_report_shows_them_as_partner_payments_not_sales(colibri, tmp_path, cli):  # noqa: F811
    store = colibri.store
    _sold(colibri, tmp_path)
    cash.open_session(store, {D("10"): 5}, user_id=SYSTEM_ID)
    partner_payments.record_payment(store, COLIBRI, D("100.00"), "transfer", "OP 9", user_id=SYSTEM_ID)
    partner_payments.record_payment(store, COLIBRI, D("10.00"), "usd", user_id=SYSTEM_ID)
    partner_payments.record_payment(store, COLIBRI, D("59.00"), "cash", user_id=SYSTEM_ID)
    day = cli.ok("report", "day", date.today().isoformat(), "--json", "--pdf", tmp_path / "dia.pdf").json()
    assert day["drawers"]["PEN"]["partner_payments"] == "59.00" and day["drawers"]["PEN"]["expected"] == "109.00"
    assert day["drawers"]["USD"]["partner_payments"] == "10.00" and day["drawers"]["USD"]["expected"] == "10.00"
    assert day["partner_payments"] == {
        "total": "196.00",
        "by_method": [
            {"method": "cash", "count": 1, "amount": "59.00"},
            {"method": "usd", "count": 1, "amount": "37.00"},
            {"method": "transfer", "count": 1, "amount": "100.00"},
        ],
    }
    assert (day["sales"], day["sales_total"], day["by_method"]) == ([], "0.00", [])
    text = pdf_text(tmp_path / "dia.pdf")
    assert "Cobros a tiendas aliadas S/ 59.00 US$ 10.00" in text
