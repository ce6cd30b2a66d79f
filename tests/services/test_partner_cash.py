"""A partner's payment in cash or dollars goes into the till's drawer as a partner payment, not a sale (§4, §10).

Casa Colibri owes 196.00 (``test_partners.py``). The till opens with
S/ 50.00 in soles and nothing in dollars. The partner pays 100.00 by
transfer (no drawer), US$ 10 at 3.70 = 37.00 (into the dollar drawer) and
59.00 in soles cash (into the soles drawer): nothing left to pay; the makers
get 45 % of 196.00 = 88.20. Soles drawer: 50.00 + 59.00 = 109.00 expected;
dollar drawer: 10.00. No sale was made.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from mamakilla_pos.services import cash, partner_payments, partner_report, partner_sales, reports
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.verify import verify
from mamakilla_pos.services.z_docs import session_pdf
from tests.helpers import pdf_text
from tests.services.test_partner_line_makers import colibri  # noqa: F401
from tests.services.test_partners import COLIBRI, REPORT, write_report

pytestmark = pytest.mark.till_closed  # the till is opened, with its float, by each test


def _sold(shop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    partner_sales.import_partner_sales(
        shop.store, COLIBRI, write_report(tmp_path / "junio.csv", REPORT), user_id=SYSTEM_ID
    )


def test_cash_and_dollars_go_into_the_drawers_transfers_do_not(colibri, tmp_path):  # noqa: F811
    store = colibri.store
    _sold(colibri, tmp_path)
    with pytest.raises(UserError, match="abra la caja"):
        partner_payments.record_payment(store, COLIBRI, D("59.00"), "cash", user_id=SYSTEM_ID)
    cash.open_session(store, {D("10"): 5}, user_id=SYSTEM_ID)
    partner_payments.record_payment(store, COLIBRI, D("100.00"), "transfer", "OP 9", user_id=SYSTEM_ID)
    dollars = partner_payments.record_payment(store, COLIBRI, D("10.00"), "usd", user_id=SYSTEM_ID)
    assert (dollars.amount, dollars.currency, dollars.tendered) == (D("37.00"), "USD", D("10.00"))
    with pytest.raises(UserError, match=r"múltiplo de 0\.10"):
        partner_payments.record_payment(store, COLIBRI, D("58.95"), "cash", user_id=SYSTEM_ID)
    partner_payments.record_payment(store, COLIBRI, D("59.00"), "cash", user_id=SYSTEM_ID)
    assert partner_report.partner_figures(store, COLIBRI).balance == D("0.00")

    x = cash.x_report(store)
    assert (x.pen.partner_payments, x.pen.expected) == (D("59.00"), D("109.00"))
    assert (x.usd.partner_payments, x.usd.expected) == (D("10.00"), D("10.00"))
    assert (x.sales, x.sales_total, x.methods) == (0, D("0.00"), ())
    assert [(p.method, p.count, p.amount) for p in x.partner_payments] == [
        ("cash", 1, D("59.00")),
        ("usd", 1, D("37.00")),
        ("transfer", 1, D("100.00")),
    ]
    text = pdf_text(session_pdf(store, paper="A4"))
    assert "Cobros a tiendas aliadas" in text and "S/ 109.00" in text

    closed = cash.close_session(store, {D("10"): 5, D("50"): 1, D("5"): 1, D("2"): 2}, {D("10"): 1}, user_id=SYSTEM_ID)
    assert (closed.pen.difference, closed.usd.difference) == (D("0.00"), D("0.00"))
    day = reports.day_report(store, date.today())
    assert day.drawer("PEN").partner_payments == D("59.00") and day.sales_total == D("0.00")
    assert verify(store) == []


def test_a_transfer_needs_no_open_till(colibri, tmp_path):  # noqa: F811
    _sold(colibri, tmp_path)
    paid = partner_payments.record_payment(colibri.store, COLIBRI, D("196.00"), "yape", "OP 1", user_id=SYSTEM_ID)
    assert paid.currency == "PEN" and paid.tendered == D("196.00")
