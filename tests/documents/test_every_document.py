"""Every document the shop prints follows the same conventions (DESIGN.md §6), read back from its PDF.

One day at a till, through the services: sales in every method (dollars with
change in soles, a discount), refunds in cash and by card, cash put in and
taken out, a maker paid in cash, the X report, the close and its Z report;
then the receipts and refund notes on each paper, the payout slip, the
packing slip, the hang tags, and the day, period and impact reports. Each
one: only embedded DejaVu fonts, every minus a true minus sign, the
session never called "Caja n.º"; the reports list the payment methods in
the one order; thermal media print black only, on 58 mm inside the central
48 mm.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from mamakilla_pos.domain.payments import METHODS, Tender
from mamakilla_pos.domain.pricing import Discount, DiscountKind
from mamakilla_pos.services import (
    cash,
    history,
    locations,
    payout_docs,
    payouts,
    receipts,
    report_docs,
    settings,
    tags,
    transfer_docs,
    transfers,
    z_docs,
)
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.analytics import Period
from mamakilla_pos.services.clock import now
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.reports import day_report, day_report_pdf
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.transfer_views import TransferLine
from mamakilla_pos.store.models import Maker

LANGUAGES = ("es", "en", "fr")
ROLLS = ("80mm", "58mm")
# A hyphen-minus, or a minus-looking dash, written where a sign goes: before a figure or a currency.
WRONG_MINUS = re.compile(r"(?<![\w/])(?:[-‐‑]|–(?!\s))(?=\s?(?:S/|US\$|\$)?\s?\d)")
# Each language's name of each method, as the reports print them.
METHOD_NAMES = {
    "es": ("Efectivo", "Dólares", "Yape", "Plin", "Tarjeta", "Transferencia"),
}


def _rosa(store) -> int:  # type: ignore[no-untyped-def]
    with store.session() as session:
        return session.execute(select(Maker.id).where(Maker.name == "Rosa Quispe")).scalar_one()


@pytest.fixture
def documents(shop) -> Iterator[dict[str, bytes]]:
    """Every document of one day at the till, by name (``kind paper language``)."""
    store = shop.store
    settings.update_settings(store, shop_ruc="20601234567", usd_rate=D("3.70"), user_id=SYSTEM_ID)
    session = cash.open_session(store, {D("20"): 5, D("1"): 10, D("0.50"): 4}, {D("10"): 2}, user_id=SYSTEM_ID)
    rate = D("3.70")
    mixed = record_sale(
        store,
        SaleRequest(
            (LineRequest(shop.bag, 2), LineRequest(shop.bought_in, 2)),
            (Tender("yape", D("50.00"), "123456"), Tender("usd", D("14.00"))),
            order_discount=Discount(DiscountKind.AMOUNT, D("0.15")),
            usd_rate=rate,
            user_id=SYSTEM_ID,
        ),
    )
    in_cash = record_sale(
        store, SaleRequest((LineRequest(shop.pencil_case),), (Tender("cash", D("50.00")),), user_id=SYSTEM_ID)
    )
    for method, reference in (("plin", "P1"), ("card", "C1"), ("transfer", "T1")):
        record_sale(
            store, SaleRequest((LineRequest(shop.purse),), (Tender(method, D("22.55"), reference),), user_id=SYSTEM_ID)
        )
    bag = history.get_sale(store, mixed.number).lines[0]
    cash_refund = refund(
        store, RefundRequest(mixed.number, (RefundLine(bag.id, 1),), "cash", reason="Costura floja", user_id=SYSTEM_ID)
    )
    case = history.get_sale(store, in_cash.number).lines[0]
    refund(
        store,
        RefundRequest(in_cash.number, (RefundLine(case.id, 1),), "card", "C2", reason="Otro color", user_id=SYSTEM_ID),
    )
    cash.move_cash(store, "in", D("50.00"), "Sencillo del banco", user_id=SYSTEM_ID)
    cash.move_cash(store, "out", D("12.50"), "Almuerzo", user_id=SYSTEM_ID)
    payout = payouts.pay_maker(store, _rosa(store), now().date(), "cash", user_id=SYSTEM_ID)
    assert payout is not None

    found: dict[str, bytes] = {}
    for paper in ("A4", *ROLLS):
        for language in LANGUAGES:
            found[f"X {paper} {language}"] = z_docs.x_report_pdf(store, paper, language)
    expected = cash.session_report(store, session.id)
    closed = cash.close_session(store, {D("200"): 1}, {D("10"): 2}, "Arqueo de prueba", user_id=SYSTEM_ID)
    assert closed.pen.expected == expected.pen.expected
    for paper in ("A4", *ROLLS):
        for language in LANGUAGES:
            found[f"Z {paper} {language}"] = z_docs.session_pdf(store, closed.id, paper, language)
            for name, number in (("receipt", mixed.number), ("refund note", cash_refund.number)):
                found[f"{name} {paper} {language}"] = receipts.receipt_pdf(
                    store, number, paper=paper, language=language, user_id=SYSTEM_ID
                )
                found[f"{name} copy {paper} {language}"] = receipts.receipt_pdf(
                    store, number, copy=True, paper=paper, language=language, user_name="Carmen Ayma", user_id=SYSTEM_ID
                )
    for paper in ("A4", "A5"):
        for language in LANGUAGES:
            found[f"payout slip {paper} {language}"] = payout_docs.payout_slip_pdf(
                store, payout.number, paper=paper, language=language
            )
    locations.add_location(store, "feria", "Feria de San Blas", "fair", user_id=SYSTEM_ID)
    moved = transfers.transfer_items(
        store, [TransferLine(shop.bag, 3), TransferLine(shop.purse, 2)], "taller", "feria", user_id=SYSTEM_ID
    )
    for language in LANGUAGES:
        found[f"packing slip A4 {language}"] = transfer_docs.packing_slip_pdf(store, moved, language)
        found[f"impact A4 {language}"] = report_docs.impact_pdf(store, now().year, language)
    today = now().date()
    found["day A4 es"] = day_report_pdf(store, day_report(store, today))
    found["period A4 es"] = report_docs.period_pdf(store, Period(date(today.year, today.month, 1), today))
    for layout in tags.tag_layouts():
        requests = [tags.TagRequest(shop.bag, 2), tags.TagRequest(shop.pencil_case)]
        found[f"hang tags {layout.key} es"] = tags.tags_pdf(store, requests, layout.key)
    yield found


@pytest.mark.till_closed
def test_every_document_embeds_its_fonts_and_writes_every_minus_as_a_minus(documents, pdfs):
    wrong: dict[str, object] = {}
    for name, pdf in documents.items():
        fonts = pdfs.fonts(pdf)
        if not fonts or not all(embedded and "DejaVu" in font for font, embedded in fonts):
            wrong[f"{name}: fonts"] = sorted(fonts)
        text = pdfs.text(pdf)
        if WRONG_MINUS.search(text):
            wrong[f"{name}: minus"] = [text[max(m.start() - 30, 0) : m.end() + 10] for m in WRONG_MINUS.finditer(text)]
        if "Caja n.º" in text:
            wrong[f"{name}: session"] = "Caja n.º"
    assert wrong == {}
    # The day has discounts, refunds and cash taken out: the reports do print negatives, with the true minus.
    for name in ("Z A4 es", "X 58mm es", "day A4 es", "period A4 es", "refund note 80mm es"):
        assert "−" in pdfs.text(documents[name]), name


@pytest.mark.till_closed
def test_every_report_lists_the_payment_methods_in_one_order(documents, pdfs):
    names = dict(zip(METHODS, METHOD_NAMES["es"], strict=True))
    order = {}
    for name in ("Z A4 es", "Z 80mm es", "Z 58mm es", "X A4 es", "day A4 es", "period A4 es"):
        text = pdfs.text(documents[name])
        seen = [re.search(rf"(?<!\w){names[m]}(?!\w)", text) for m in METHODS]
        positions = [match.start() for match in seen if match is not None]
        assert len(positions) == len(METHODS), (name, [names[m] for m, s in zip(METHODS, seen, strict=True) if not s])
        order[name] = positions == sorted(positions)
    assert all(order.values()), order


@pytest.mark.till_closed
def test_thermal_media_print_black_only_and_58mm_inside_the_central_48mm(documents, pdfs):
    black = {(0.0,), (0.0, 0.0, 0.0), (0.0, 0.0, 0.0, 1.0), (1.0,), (1.0, 1.0, 1.0), (0.0, 0.0, 0.0, 0.0)}
    rolls = {name: pdf for name, pdf in documents.items() if any(f" {p} " in f" {name} " for p in ROLLS)}
    rolls |= {name: pdf for name, pdf in documents.items() if name.startswith("hang tags roll")}
    assert len(rolls) > 20
    grey = {name: pdfs.colours(pdf) - black for name, pdf in rolls.items() if pdfs.colours(pdf) - black}
    assert grey == {}
    outside = {}
    for name, pdf in rolls.items():
        if " 58mm " in f" {name} ":
            boxes = pdfs.ink(pdf)
            if not all(box[0] >= 5 - 0.2 and box[2] <= 53 + 0.2 for box in boxes):
                outside[name] = boxes
    assert outside == {}
