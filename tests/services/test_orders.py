"""Custom orders (encargos): advances, pickup, cancellation, figures worked out by hand (DESIGN.md §10).

The order of S/ 180.00 is for a bag made by Rosa Quispe (weight 2) and Ana
Huamán (weight 1). The till opens with S/ 100.00 (5 × S/ 20). The customer
leaves S/ 50.00 in cash and S/ 30.00 by Yape; at pickup she pays the S/ 100.00
left in cash. The sale is S/ 180.00: anticipo 80.00 + cash 100.00; the 45 %
share, 81.00, accrues then: Rosa 54.00, Ana 27.00. The soles drawer:
100 + 100 received + 50 advances = 250.00.
"""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from decimal import Decimal

import pypdf
import pytest

from mamakilla_pos.cli import main
from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.services import (
    cash,
    catalogue_makers,
    history,
    order_close,
    order_docs,
    order_views,
    orders,
    z_docs,
)
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import UserError
from mamakilla_pos.services.verify import verify

D = Decimal
TWENTIES = {D("20"): 5}


def maker_ids(store) -> dict[str, int]:
    return {m.name: m.id for m in catalogue_makers.list_makers(store)}


def new_order(
    store, price: str = "180.00", makers: tuple[tuple[str, int], ...] = (("Rosa Quispe", 2), ("Ana Huamán", 1))
):
    ids = maker_ids(store)
    return orders.create_order(
        store,
        orders.NewOrder(
            customer_name="Ana Torres",
            customer_phone="984 111 222",
            description="Bolso bordado con su nombre",
            price=D(price),
            due_on=date.today() + timedelta(days=5),
            makers=tuple((ids[name], weight) for name, weight in makers),
            user_id=SYSTEM_ID,
        ),
    )


@pytest.fixture
def picked_up(shop):
    """The S/ 180 order: advances of 50 cash and 30 Yape, picked up paying 100 cash; the till still open."""
    store = shop.store
    cash.open_session(store, TWENTIES, user_id=SYSTEM_ID)
    number = new_order(store)
    assert orders.take_advance(store, number, Tender("cash", D("50")), user_id=SYSTEM_ID) == D("130.00")
    assert orders.take_advance(store, number, Tender("yape", D("30"), "778899"), user_id=SYSTEM_ID) == D("100.00")
    sale = order_close.deliver(store, number, (Tender("cash", D("100")),), user_id=SYSTEM_ID)
    return store, number, sale


@pytest.mark.till_closed
def test_the_balance_comes_from_the_payments(shop):
    store = shop.store
    cash.open_session(store, TWENTIES, user_id=SYSTEM_ID)
    number = new_order(store)
    orders.take_advance(store, number, Tender("cash", D("50")), user_id=SYSTEM_ID)
    orders.take_advance(store, number, Tender("yape", D("30"), "778899"), user_id=SYSTEM_ID)
    view = order_views.get_order(store, number)
    assert (view.price, view.paid, view.balance) == (D("180.00"), D("80.00"), D("100.00"))
    assert [(p.kind, p.method, p.amount) for p in view.payments] == [
        ("advance", "cash", D("50.00")),
        ("advance", "yape", D("30.00")),
    ]
    assert [e.action for e in view.history] == ["created", "advance", "advance"]
    assert view.whatsapp() == "Hola Ana, su bolso bordado con su nombre está listo. Saldo: S/ 100.00. Mama Killa"


@pytest.mark.till_closed
def test_the_pickup_is_one_sale_with_the_advances_applied(picked_up):
    store, number, result = picked_up
    sale = history.get_sale(store, result.number)
    assert (sale.total, sale.amount_due, sale.rounding, sale.change) == (D("180.00"), D("180.00"), D("0.00"), D("0.00"))
    assert [(p.method, p.amount_pen) for p in sale.payments] == [("anticipo", D("80.00")), ("cash", D("100.00"))]
    assert [(ln.product_name, ln.quantity, ln.net, ln.share) for ln in sale.lines] == [
        (f"Encargo {number}: Bolso bordado con su nombre", 1, D("180.00"), D("81.00"))
    ]
    view = order_views.get_order(store, number)
    assert (view.status, view.sale_number, view.balance) == ("entregado", result.number, D("0.00"))


@pytest.mark.till_closed
def test_the_share_accrues_at_pickup_to_the_makers_by_weight(picked_up, probe):
    _, _, result = picked_up
    assert sorted((name, amount) for name, _, amount, _, _ in probe.shares_of_sale(result.number)) == [
        ("Ana Huamán", D("27.00")),
        ("Rosa Quispe", D("54.00")),
    ]


@pytest.mark.till_closed
def test_the_drawer_holds_the_advances_apart_from_the_sales(picked_up):
    store, _, _ = picked_up
    report = cash.x_report(store)
    pen = report.pen
    assert (pen.opening_float, pen.received, pen.advances, pen.change, pen.expected) == (
        D("100.00"),
        D("100.00"),
        D("50.00"),
        D("0.00"),
        D("250.00"),
    )
    assert (report.sales, report.sales_total) == (1, D("180.00"))
    assert {(a.method, a.taken, a.returned) for a in report.advances} == {
        ("cash", D("50.00"), D("0.00")),
        ("yape", D("30.00"), D("0.00")),
    }
    closed = cash.close_session(store, {D("50"): 5}, {}, user_id=SYSTEM_ID)
    assert (closed.pen.counted, closed.pen.difference) == (D("250.00"), D("0.00"))
    assert verify(store) == []
    for paper in ("80mm", "A4"):
        z = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(
            z_docs.session_pdf(store, closed.id, paper))).pages).split())  # fmt: skip
        for words in (
            "Ventas (1) S/ 180.00",
            "Anticipo 1 80.00",
            "SEÑAS DE ENCARGOS (S/) No son ventas",
            "Efectivo (1) S/ 50.00 Yape (1) S/ 30.00",
            "Recibido en ventas S/ 100.00 Señas de encargos S/ 50.00",
            "Esperado en caja S/ 250.00",
            "DIFERENCIA S/ 0.00",
        ):
            assert words in z, (paper, words)


@pytest.mark.till_closed
def test_the_day_report_lists_advances_apart_from_sales(picked_up, capsys):
    store, _, _ = picked_up
    capsys.readouterr()
    assert main(["--db", store.url, "report", "day", date.today().isoformat(), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["sales_total"], len(data["sales"])) == ("180.00", 1)
    assert data["advances"] == {
        "taken": "80.00",
        "returned": "0.00",
        "by_method": [
            {"method": "cash", "taken": "50.00", "returned": "0.00"},
            {"method": "yape", "taken": "30.00", "returned": "0.00"},
        ],
    }
    pen = data["drawers"]["PEN"]
    assert (pen["received"], pen["advances"], pen["expected"]) == ("100.00", "50.00", "250.00")


@pytest.mark.till_closed
def test_the_day_report_pdf_prints_the_advances_apart_from_sales_by_method(picked_up):
    """The day report PDF: the advances (50 cash, 30 Yape) in a section of their own, by method, and the
    S/ 50.00 they left in the soles drawer on its own row, so the drawer's rows add up to its expected."""
    from mamakilla_pos.services.reports import day_report, day_report_pdf

    store, _, _ = picked_up
    text = _text(day_report_pdf(store, day_report(store, date.today())))
    drawer = text[text.index("Efectivo por caja") : text.index("Cajas del día")]
    assert "Señas de encargos S/ 50.00 US$ 0.00" in drawer
    assert "Esperado en caja S/ 250.00" in drawer
    advances = text[text.index("Señas de encargos (S/)") : text.index("Efectivo por caja")]
    for words in (
        "No son ventas",
        "Método Recibidas Devueltas Neto",
        "Efectivo 50.00 0.00 50.00",
        "Yape 30.00 0.00 30.00",
        "Total señas 80.00 0.00 80.00",
    ):
        assert words in advances, words
    sales = text[text.index("Resumen") : text.index("Señas de encargos (S/)")]
    assert "Ventas (1) S/ 180.00" in sales


@pytest.mark.till_closed
def test_a_cancelled_order_gives_the_advance_back_from_its_drawer(shop):
    store = shop.store
    cash.open_session(store, TWENTIES, user_id=SYSTEM_ID)
    number = new_order(store, "120.00")
    orders.take_advance(store, number, Tender("cash", D("40")), user_id=SYSTEM_ID)
    assert cash.x_report(store).pen.expected == D("140.00")
    assert order_close.cancel(store, number, keep=False, reason="La clienta ya no lo quiere", user_id=SYSTEM_ID) is None
    view = order_views.get_order(store, number)
    assert (view.status, view.paid, view.balance) == ("anulado", D("0.00"), D("0.00"))
    assert [(p.kind, p.method, p.amount) for p in view.payments] == [
        ("advance", "cash", D("40.00")),
        ("return", "cash", D("40.00")),
    ]
    report = cash.x_report(store)
    assert (report.pen.advances, report.pen.expected, report.sales) == (D("0.00"), D("100.00"), 0)
    assert view.history[-1].note == "La clienta ya no lo quiere"
    assert verify(store) == []


@pytest.mark.till_closed
def test_a_kept_advance_becomes_a_sale_credited_to_the_makers(shop, probe):
    store = shop.store
    cash.open_session(store, TWENTIES, user_id=SYSTEM_ID)
    number = new_order(store, "120.00")
    orders.take_advance(store, number, Tender("yape", D("40"), "123123"), user_id=SYSTEM_ID)
    kept = order_close.cancel(store, number, keep=True, reason="No vino a recogerlo en 3 meses", user_id=SYSTEM_ID)
    assert kept is not None
    sale = history.get_sale(store, kept.number)
    assert [(ln.product_name, ln.net, ln.share) for ln in sale.lines] == [
        (f"seña retenida — encargo {number}", D("40.00"), D("18.00"))
    ]
    assert [(p.method, p.amount_pen) for p in sale.payments] == [("anticipo", D("40.00"))]
    assert sorted((name, amount) for name, _, amount, _, _ in probe.shares_of_sale(kept.number)) == [
        ("Ana Huamán", D("6.00")),
        ("Rosa Quispe", D("12.00")),
    ]
    assert order_views.get_order(store, number).status == "anulado"
    assert verify(store) == []


@pytest.mark.till_closed
def test_an_advance_needs_an_open_till_and_never_passes_the_price(shop):
    store = shop.store
    number = new_order(store)
    with pytest.raises(UserError, match="abra la caja"):
        orders.take_advance(store, number, Tender("cash", D("50")), user_id=SYSTEM_ID)
    cash.open_session(store, TWENTIES, user_id=SYSTEM_ID)
    with pytest.raises(UserError, match="saldo del encargo"):
        orders.take_advance(store, number, Tender("cash", D("180.10")), user_id=SYSTEM_ID)
    assert order_views.get_order(store, number).paid == D("0.00")


@pytest.mark.till_closed
def test_giving_back_more_cash_than_the_drawer_holds_is_refused(shop):
    store = shop.store
    cash.open_session(store, TWENTIES, user_id=SYSTEM_ID)
    number = new_order(store)
    orders.take_advance(store, number, Tender("cash", D("150")), user_id=SYSTEM_ID)
    cash.move_cash(store, "out", D("200"), "Compra de tela", user_id=SYSTEM_ID)  # 250 − 200 = 50 left
    with pytest.raises(UserError, match=r"debería haber S/ 50\.00"):
        order_close.cancel(store, number, keep=False, reason="Cambió de idea", user_id=SYSTEM_ID)
    assert order_views.get_order(store, number).status == "confirmado"


def test_status_taps_are_journaled_and_end_states_refused(shop):
    store = shop.store
    number = new_order(store)
    assert orders.set_status(store, number, "en_confeccion", user_id=SYSTEM_ID) == "en_confeccion"
    assert orders.set_status(store, number, "listo", user_id=SYSTEM_ID) == "listo"
    with pytest.raises(UserError, match="propio botón"):
        orders.set_status(store, number, "entregado", user_id=SYSTEM_ID)
    view = order_views.get_order(store, number)
    assert [(e.action, e.status) for e in view.history] == [
        ("created", "confirmado"),
        ("status", "en_confeccion"),
        ("status", "listo"),
    ]
    assert verify(store) == []


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.mark.till_closed
@pytest.mark.parametrize("paper", ["80mm", "A4"])
def test_the_order_slip_says_price_paid_balance_and_due_date(shop, paper):
    store = shop.store
    cash.open_session(store, TWENTIES, user_id=SYSTEM_ID)
    number = new_order(store)
    orders.take_advance(store, number, Tender("cash", D("50")), user_id=SYSTEM_ID)
    orders.take_advance(store, number, Tender("yape", D("30"), "778899"), user_id=SYSTEM_ID)
    text = _text(order_docs.order_slip_pdf(store, number, paper))
    due = (date.today() + timedelta(days=5)).strftime("%d/%m/%Y")
    for words in (
        f"ENCARGO N.º {number}",
        "Clienta Ana Torres Teléfono 984 111 222",
        "Bolso bordado con su nombre",
        "Precio acordado S/ 180.00",
        "Efectivo −S/ 50.00",
        "Yape −S/ 30.00",
        "Pagado S/ 80.00 SALDO S/ 100.00",
        f"Entrega {due}",
        "Hermanos Ayar, Santiago, Cusco",
        "El saldo se paga al recoger",
    ):
        assert words in text, words


def test_the_work_ticket_names_the_customer_by_her_first_name_only(shop):
    store = shop.store
    number = new_order(store)
    text = _text(order_docs.work_ticket_pdf(store, number))
    assert f"ORDEN DE TRABAJO N.º {number}" in text
    assert "Para Ana " in text and "Torres" not in text and "984" not in text
    assert "Artesanas Rosa Quispe, Ana Huamán" in text and "Bolso bordado con su nombre" in text
    assert "S/" not in text  # no money on the maker's ticket


@pytest.mark.till_closed
def test_a_day_with_one_order_cancelled_giving_back_and_one_keeping_the_advance(shop, probe, capsys):
    """Till opened with S/ 100.00. Order A (S/ 120.00): S/ 40.00 cash advance, cancelled and given back.
    Order B (S/ 120.00): S/ 40.00 Yape advance, cancelled and kept: a sale of S/ 40.00 paid «anticipo»,
    its 45 % (18.00) to Rosa 12.00 and Ana 6.00. Soles drawer: 100 + 40 − 40 = 100.00; the advances
    taken 80.00, given back 40.00; the only sale is the kept advance."""
    store = shop.store
    opened = cash.open_session(store, TWENTIES, user_id=SYSTEM_ID)
    given_back = new_order(store, "120.00")
    kept = new_order(store, "120.00")
    orders.take_advance(store, given_back, Tender("cash", D("40")), user_id=SYSTEM_ID)
    orders.take_advance(store, kept, Tender("yape", D("40"), "123123"), user_id=SYSTEM_ID)
    assert order_close.cancel(store, given_back, keep=False, reason="Cambió de idea", user_id=SYSTEM_ID) is None
    sale = order_close.cancel(store, kept, keep=True, reason="No vino a recogerlo", user_id=SYSTEM_ID)
    assert sale is not None
    assert sorted((name, amount) for name, _, amount, _, _ in probe.shares_of_sale(sale.number)) == [
        ("Ana Huamán", D("6.00")),
        ("Rosa Quispe", D("12.00")),
    ]
    capsys.readouterr()
    assert main(["--db", store.url, "report", "day", date.today().isoformat(), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["sales_total"], [s["number"] for s in data["sales"]]) == ("40.00", [sale.number])
    assert [(p["method"], p["amount"]) for p in data["sales"][0]["payments"]] == [("anticipo", "40.00")]
    assert data["advances"] == {
        "taken": "80.00",
        "returned": "40.00",
        "by_method": [
            {"method": "cash", "taken": "40.00", "returned": "40.00"},
            {"method": "yape", "taken": "40.00", "returned": "0.00"},
        ],
    }
    pen = data["drawers"]["PEN"]
    assert (pen["received"], pen["advances"], pen["expected"]) == ("0.00", "0.00", "100.00")
    assert {m["maker"]: m["accrued"] for m in data["by_maker"]} == {"Rosa Quispe": "12.00", "Ana Huamán": "6.00"}
    closed = cash.close_session(store, TWENTIES, {}, user_id=SYSTEM_ID)
    assert closed.id == opened.id and (closed.pen.expected, closed.pen.difference) == (D("100.00"), D("0.00"))
    z = _text(z_docs.session_pdf(store, closed.id, "A4"))
    for words in (
        "Ventas (1) S/ 40.00",
        "SEÑAS DE ENCARGOS (S/) No son ventas",
        "Efectivo (1) S/ 40.00 devuelto: −S/ 40.00",
        "Yape (1) S/ 40.00",
        "Esperado en caja S/ 100.00",
        "DIFERENCIA S/ 0.00",
    ):
        assert words in z, words
    assert verify(store) == []
