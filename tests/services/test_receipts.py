"""The nota de venta and the nota de devolución as printed from the database (DESIGN.md §6).

A refund note shows what each returned line was sold for, its part of the
discounts and the net given back, the rounding and what was handed back;
a reprint shows the shop's texts of the day it was completed, marked COPIA
with when and by whom it was reprinted.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from helpers import pdf_text

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.domain.pricing import Discount, DiscountKind
from mamakilla_pos.services import auth, history, settings
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import NotFound
from mamakilla_pos.services.receipts import receipt_pdf
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale

D = Decimal
DAY = datetime(2026, 11, 28, 10, 30)


def sell_two_purses_by_card(store, user_id: int = SYSTEM_ID) -> str:
    """2 × Monedero de cuero at 22.55 with S/ 0.99 off the line: 45.10 − 0.99 = 44.11, paid by card."""
    request = SaleRequest(
        (LineRequest("PUR001", 2, Discount(DiscountKind.AMOUNT, D("0.99"))),),
        (Tender("card", D("44.11"), "778899"),),
        user_id=user_id,
        created_at=DAY,
    )
    return record_sale(store, request).number


def test_refund_note_shows_the_net_returned_with_its_discount_rounding_and_signature(shop):
    """One of the two purses back in cash.

    Returned: round(44.11 × 1/2) = 22.055 → 22.06 (half up), of a gross of
    22.55 less 0.49 of the discount. Cash back for a card sale is rounded up
    for the customer: 22.10, so the rounding is 0.04 in her favour.
    """
    seller = auth.create_user(shop.store, "Rosa Quispe", "coordinator", "123456", by=SYSTEM_ID)
    number = sell_two_purses_by_card(shop.store, seller.id)
    line = history.get_sale(shop.store, number).lines[0]
    back = refund(
        shop.store,
        RefundRequest(number, (RefundLine(line.id, 1),), "cash", reason="Costura floja", user_id=seller.id),
    )
    assert (back.total, back.amount_due, back.rounding) == (D("22.06"), D("22.10"), D("-0.04"))

    text = pdf_text(receipt_pdf(shop.store, back.number, user_id=SYSTEM_ID))
    for words in (
        "NOTA DE DEVOLUCIÓN",
        back.number,
        f"de la nota de venta {number}",
        "Atendido por Rosa Quispe",
        "1 × Monedero de cuero S/ 22.55",
        "hecho por Rosa",
        "Descuento −S/ 0.49",
        "Se devuelve S/ 22.06",
        "Subtotal S/ 22.55",
        "Descuentos −S/ 0.49",
        "Total de la devolución S/ 22.06",
        "Redondeo S/ 0.04",
        "TOTAL DEVUELTO S/ 22.10",
        "Devuelto en: Efectivo S/ 22.10",
        "Motivo: Costura floja",
        "Recibí S/ 22.10 conforme.",
        "Firma del cliente",
        "Nombre y DNI",
    ):
        assert words in text, words
    for not_there in ("NOTA DE VENTA", "no es comprobante", "45 %", "A pagar", "catálogo", "COPIA", "Vuelto"):
        assert not_there not in text, not_there


def test_refund_note_of_a_cash_sale_rounds_down_and_says_so(shop):
    """1 × Cartuchera 30.00 − 0.05 = 29.95, paid in soles cash: 29.90 paid; all of it back is 29.90."""
    request = SaleRequest(
        (LineRequest("CAS001", 1, Discount(DiscountKind.AMOUNT, D("0.05"))),),
        (Tender("cash", D("50.00")),),
        user_id=SYSTEM_ID,
    )
    number = record_sale(shop.store, request).number
    line = history.get_sale(shop.store, number).lines[0]
    back = refund(shop.store, RefundRequest(number, (RefundLine(line.id, 1),), "cash", user_id=SYSTEM_ID))
    text = pdf_text(receipt_pdf(shop.store, back.number, user_id=SYSTEM_ID))
    assert "Descuento −S/ 0.05" in text and "Se devuelve S/ 29.95" in text
    assert "Redondeo −S/ 0.05" in text
    assert "TOTAL DEVUELTO S/ 29.90" in text


def test_reprint_shows_the_texts_it_was_printed_with_and_who_reprinted_it(shop, monkeypatch):
    coordinator = auth.create_user(shop.store, "Carmen Ayma", "coordinator", "123456", by=SYSTEM_ID)
    number = sell_two_purses_by_card(shop.store)
    first = pdf_text(receipt_pdf(shop.store, number, user_id=SYSTEM_ID))
    assert "RUC" not in first and "Mama Killa" in first

    settings.update_settings(
        shop.store,
        shop_name="Taller Mama Killa",
        shop_ruc="20601234567",
        receipt_footer="Gracias por su compra",
        catalogue_url="https://mamakilla.pe/nuevo",
        user_id=SYSTEM_ID,
    )
    monkeypatch.setattr("mamakilla_pos.services.receipts.now", lambda: datetime(2026, 12, 7, 9, 15))
    copy = pdf_text(receipt_pdf(shop.store, number, copy=True, user_id=coordinator.id))
    assert "RUC" not in copy
    assert "Taller Mama Killa" not in copy and "Mama Killa" in copy
    assert "El 45 % de esta compra es para la artesana que la hizo." in copy
    assert "https://mamakilla.pe/catalogo" in copy and "nuevo" not in copy
    assert copy.count("COPIA") == 2
    assert "Reimpresa el 07/12/2026 09:15 por Carmen Ayma" in copy
    # Everything else reads as the original did.
    assert copy.replace("COPIA", "").replace("Reimpresa el 07/12/2026 09:15 por Carmen Ayma", "").split() == (
        first.split()
    )

    later = sell_two_purses_by_card(shop.store)
    now_printed = pdf_text(receipt_pdf(shop.store, later, user_id=SYSTEM_ID))
    assert "RUC 20601234567" in now_printed and "Taller Mama Killa" in now_printed
    assert "Gracias por su compra" in now_printed and "https://mamakilla.pe/nuevo" in now_printed


def test_a_refund_after_the_texts_changed_prints_the_new_ones(shop):
    number = sell_two_purses_by_card(shop.store)
    settings.update_settings(shop.store, shop_ruc="20601234567", user_id=SYSTEM_ID)
    line = history.get_sale(shop.store, number).lines[0]
    back = refund(shop.store, RefundRequest(number, (RefundLine(line.id, 2),), "card", "556677", user_id=SYSTEM_ID))
    assert "RUC 20601234567" in pdf_text(receipt_pdf(shop.store, back.number, copy=True, user_id=SYSTEM_ID))
    assert "RUC" not in pdf_text(receipt_pdf(shop.store, number, copy=True, user_id=SYSTEM_ID))


def test_same_texts_are_kept_once(shop, probe):
    for _ in range(3):
        sell_two_purses_by_card(shop.store)
    settings.update_settings(shop.store, shop_ruc="20601234567", user_id=SYSTEM_ID)
    sell_two_purses_by_card(shop.store)
    settings.update_settings(shop.store, shop_ruc="", user_id=SYSTEM_ID)
    sell_two_purses_by_card(shop.store)
    with shop.store.engine.connect() as conn:
        from sqlalchemy import text

        kept = conn.execute(text("SELECT COUNT(*) FROM document_headers")).scalar_one()
        per_sale = conn.execute(text("SELECT COUNT(DISTINCT header_id) FROM sales")).scalar_one()
    assert (kept, per_sale) == (2, 2)


def test_unknown_number_is_not_found(shop):
    with pytest.raises(NotFound, match="B001-999999"):
        receipt_pdf(shop.store, "B001-999999", copy=True, user_id=SYSTEM_ID)
