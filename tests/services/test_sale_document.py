"""The sale a till just recorded, handed back whole: what the database holds, without reading it back.

The till prints the receipt of the sale it just made from
``SaleResult.document``; it must be exactly what :func:`history.get_sale`
reads from the database, or the printed receipt and a reprint would differ.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.domain.pricing import NO_DISCOUNT, Discount, DiscountKind
from mamakilla_pos.services import auth, history, settings
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.receipts import receipt_text, receipt_text_of
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale

D = Decimal
OFF = Discount(DiscountKind.AMOUNT, D("1.99"))
TENTH = Discount(DiscountKind.PERCENT, D("10"))

SALES = {
    "cash, three lines, change": (
        (LineRequest("BAG001"), LineRequest("PUR001"), LineRequest("CAS001")),
        (Tender("cash", D("100")),),
        NO_DISCOUNT,
    ),
    "discounts, two units, a centre-made item, dollars and Yape": (
        (LineRequest("BAG001", 2, OFF), LineRequest("KEY001", 3), LineRequest("PUR001", unit_price=D("20.00"))),
        (Tender("usd", D("20")), Tender("yape", D("60.00"), "123456")),
        TENTH,
    ),
    "card, exact": ((LineRequest("CAS001"),), (Tender("card", D("30.00"), "778899"),), NO_DISCOUNT),
}


@pytest.mark.parametrize("case", SALES)
@pytest.mark.parametrize("who", ["seller", "program"])
def test_the_sale_handed_back_is_the_sale_read_back(shop, case, who):
    store = shop.store
    settings.update_settings(store, SYSTEM_ID, shop_ruc="20601234567", receipt_footer="¡Gracias, vuelva!")
    user = auth.create_user(store, "Rosa Quispe", "coordinator", "123456", by=SYSTEM_ID)
    lines, tenders, order_discount = SALES[case]
    request = SaleRequest(lines, tenders, order_discount, user_id=user.id if who == "seller" else SYSTEM_ID)
    result = record_sale(store, request)

    read_back = history.get_sale(store, result.number)
    assert result.document == read_back
    shop_settings = settings.get_settings(store)
    for columns in (32, 48):
        for language in ("es", "fr"):
            printed = receipt_text_of(result.document, shop_settings, columns, language)
            assert printed == receipt_text(store, result.number, columns, language=language)


@pytest.mark.parametrize("who", ["seller", "program"])
@pytest.mark.parametrize("method", ["cash", "yape"])
def test_the_refund_handed_back_is_the_refund_read_back(shop, who, method):
    """The refund note prints from ``SaleResult.document`` too: exactly what a reprint reads back."""
    from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund

    store = shop.store
    settings.update_settings(store, SYSTEM_ID, receipt_footer="¡Gracias, vuelva!")
    user = auth.create_user(store, "Rosa Quispe", "coordinator", "123456", by=SYSTEM_ID)
    lines, tenders, order_discount = SALES["discounts, two units, a centre-made item, dollars and Yape"]
    sale = record_sale(store, SaleRequest(lines, tenders, order_discount, user_id=user.id))
    assert sale.document is not None
    first, second = sale.document.lines[0], sale.document.lines[2]
    back = RefundLine(first.id, 1), RefundLine(second.id, 1)
    reason = "no le quedó"
    result = refund(
        store,
        RefundRequest(sale.number, back, method, user_id=user.id if who == "seller" else SYSTEM_ID, reason=reason),
    )

    assert result.document is not None
    assert result.document == history.get_sale(store, result.number)
    shop_settings = settings.get_settings(store)
    for columns in (32, 48):
        printed = receipt_text_of(result.document, shop_settings, columns, "es")
        assert printed == receipt_text(store, result.number, columns)
