"""Partner shops on consignment, with figures worked out by hand (DESIGN.md §10).

Casa Colibri takes 30 %. It receives 10 embroidered bags (S/ 45.00, Rosa 2 :
Ana 1) and 10 pencil cases (S/ 30.00, Luz) on one note: 20 units. It sells 7:

====== ==== ============ ======== ========== ======= ======================
day    units what         amount   commission due     makers' 45 % of due
====== ==== ============ ======== ========== ======= ======================
06-10  4    bag at 45.00 180.00   54.00      126.00  56.70: Rosa 37.80, Ana 18.90
06-12  1    bag at 40.00  40.00   12.00       28.00  12.60: Rosa  8.40, Ana  4.20
06-12  2    case at 30.00 60.00   18.00       42.00  18.90: Luz 18.90
====== ==== ============ ======== ========== ======= ======================

It gives 2 cases back: 20 − 7 − 2 = 11 units on hand (5 bags, 6 cases).
It pays 140.00: the first line in full (126.00), then 14.00 of the second
(half of it): Rosa 37.80 + 4.20 = 42.00, Ana 18.90 + 2.10 = 21.00, Luz
nothing yet (63.00 = 45 % of 140.00). Balance 56.00. Paying the 56.00 left
brings Rosa to 46.20, Ana to 23.10 and Luz to 18.90: 45 % of 196.00.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import select

from mamakilla_pos.domain.consignment import Outstanding, accrual, partner_line, partner_price, settle_oldest_first
from mamakilla_pos.services import (
    consignment,
    partner_payments,
    partner_report,
    partner_sales,
    partners,
    payouts,
    shares,
)
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import NotFound, UserError
from mamakilla_pos.services.import_files import ImportFailed
from mamakilla_pos.services.transfer_views import TransferLine
from mamakilla_pos.services.verify import verify
from mamakilla_pos.store.models import Maker, ShareEntry

COLIBRI = "Casa Colibri Multimarca"


def write_report(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    lines = ["date,code,quantity,price", *(",".join(row) for row in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


REPORT = [
    ("2026-06-10", "BAG001", "4", "45.00"),
    ("2026-06-12", "BAG001", "1", "40.00"),
    ("2026-06-12", "CAS001", "2", "30"),
]


@pytest.fixture
def colibri(shop):  # type: ignore[no-untyped-def]
    partners.save_partner(shop.store, COLIBRI, partners.parse_percent("30"), user_id=SYSTEM_ID)
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


def test_a_line_sold_by_a_partner_hand_worked():
    line = partner_line(4, D("45.00"), D("0.30"), D("0.45"))
    assert (line.amount, line.commission, line.due, line.share) == (D("180.00"), D("54.00"), D("126.00"), D("56.70"))
    # What it pays us is the price less its commission, rounded (as the line sheet it is given says):
    # 22.55 × 0.70 = 15.785 → 15.79; its commission is the rest, 6.76; the makers' 45 % of 15.79 = 7.1055 → 7.11.
    odd = partner_line(1, D("22.55"), D("0.30"), D("0.45"))
    assert (odd.commission, odd.due, odd.share) == (D("6.76"), D("15.79"), D("7.11"))
    assert odd.due == partner_price(D("22.55"), D("30"))


def test_a_partial_payment_settles_the_oldest_lines_first():
    lines = [
        Outstanding("a", D("126.00"), D("0")),
        Outstanding("b", D("28.00"), D("0")),
        Outstanding("c", D("42.00"), D("0")),
    ]
    assert settle_oldest_first(D("140.00"), lines) == [("a", D("126.00")), ("b", D("14.00"))]
    with pytest.raises(ValueError):
        settle_oldest_first(D("196.01"), lines)


def test_shares_accrue_in_proportion_and_add_up_to_the_part_exactly():
    # A part of 0.10 paid in three thirds: 0.03, 0.04 (0.07 − 0.03), 0.03 — together the whole part.
    due, part = D("30.00"), D("0.10")
    steps = [accrual(part, due, D("0.00"), D("10.00")), accrual(part, due, D("10.00"), D("10.00"))]
    steps.append(accrual(part, due, D("20.00"), D("10.00")))
    assert steps == [D("0.03"), D("0.04"), D("0.03")] and sum(steps) == part


def test_sent_sold_returned_and_partly_paid_hand_worked(colibri, tmp_path):
    store = colibri.store
    imported = partner_sales.import_partner_sales(
        store, COLIBRI, write_report(tmp_path / "junio.csv", REPORT), user_id=SYSTEM_ID
    )
    assert (imported.lines, imported.units, imported.amount, imported.due) == (3, 7, D("280.00"), D("196.00"))
    back = consignment.return_units(
        store, "casa-colibri-multimarca", [TransferLine(colibri.pencil_case, 2)], user_id=SYSTEM_ID
    )
    assert back.number == "DC-000001" and back.units == 2
    paid = partner_payments.record_payment(store, COLIBRI, D("140.00"), "transfer", "OP 55501", user_id=SYSTEM_ID)
    assert (paid.number, paid.lines_settled, paid.shares) == ("PA-000001", 2, D("63.00"))

    figures = partner_report.partner_figures(store, COLIBRI).as_json()
    assert figures == {
        "sent": 20,
        "sold": 7,
        "returned": 2,
        "on_hand": 11,
        "sold_amount": "280.00",
        "commission": "84.00",
        "due": "196.00",
        "paid": "140.00",
        "balance": "56.00",
    }
    assert _accrued(store) == {"Rosa Quispe": D("42.00"), "Ana Huamán": D("21.00")}
    assert verify(store) == []

    partner_payments.record_payment(store, COLIBRI, D("56.00"), "cash", user_id=SYSTEM_ID)
    assert _accrued(store) == {"Rosa Quispe": D("46.20"), "Ana Huamán": D("23.10"), "Luz Mamani": D("18.90")}
    assert partner_report.partner_figures(store, COLIBRI).balance == D("0.00")
    today = date.today()
    balances = {b.maker: b.accrued for b in shares.share_balances(store, today - timedelta(days=1), today)}
    assert balances == {"Rosa Quispe": D("46.20"), "Ana Huamán": D("23.10"), "Luz Mamani": D("18.90")}
    with pytest.raises(UserError, match=r"debe S/ 0\.00"):
        partner_payments.record_payment(store, COLIBRI, D("0.01"), "yape", user_id=SYSTEM_ID)
    assert verify(store) == []


def test_importing_the_same_report_again_changes_nothing(colibri, tmp_path):
    store = colibri.store
    report = write_report(tmp_path / "junio.csv", REPORT)
    partner_sales.import_partner_sales(store, COLIBRI, report, user_id=SYSTEM_ID)
    before = partner_report.partner_figures(store, COLIBRI)
    with pytest.raises(ImportFailed) as failed:
        partner_sales.import_partner_sales(store, COLIBRI, report, user_id=SYSTEM_ID)
    assert failed.value.errors == [
        f"línea {n}: ya fue importada (reporte RV-000001): no se importa dos veces" for n in (2, 3, 4)
    ]
    assert partner_report.partner_figures(store, COLIBRI) == before
    assert verify(store) == []


def test_units_the_partner_never_received_are_refused_naming_the_rows(colibri, tmp_path):
    store = colibri.store
    rows = [
        ("2026-06-10", "BAG001", "8", "45.00"),
        ("2026-06-11", "PUR001", "1", "22.55"),
        ("2026-06-12", "BAG001", "3", "45"),
    ]
    with pytest.raises(ImportFailed) as failed:
        partner_sales.import_partner_sales(store, COLIBRI, write_report(tmp_path / "mal.csv", rows), user_id=SYSTEM_ID)
    assert failed.value.errors == [
        "línea 3: Casa Colibri Multimarca no tiene tantas unidades de PUR001 (Monedero de cuero):"
        " tiene 0, el reporte vende 1 hasta aquí",
        "línea 4: Casa Colibri Multimarca no tiene tantas unidades de BAG001 (Bolso bordado):"
        " tiene 10, el reporte vende 11 hasta aquí",
    ]
    assert partner_report.partner_figures(store, COLIBRI).sold == 0


def test_bad_rows_are_all_named_and_nothing_is_written(colibri, tmp_path):
    rows = [("junio", "BAG001", "1", "45"), ("2026-06-10", "NOPE", "1", "45"), ("2026-06-10", "BAG001", "0", "45")]
    with pytest.raises(ImportFailed) as failed:
        partner_sales.import_partner_sales(
            colibri.store, COLIBRI, write_report(tmp_path / "mal.csv", rows), user_id=SYSTEM_ID
        )
    assert [e.split(":")[0] for e in failed.value.errors] == ["línea 2", "línea 3", "línea 4"]
    assert partner_report.partner_figures(colibri.store, COLIBRI).sold == 0


def test_typed_sales_a_return_beyond_what_it_holds_and_a_count(colibri):
    store = colibri.store
    sold = partner_sales.record_partner_sales(
        store, COLIBRI, [partner_sales.SoldRow(date(2026, 6, 10), colibri.bag, 2, D("45.00"))], user_id=SYSTEM_ID
    )
    assert sold.number == "RV-000001" and sold.due == D("63.00")
    with pytest.raises(UserError, match="no tiene tantas unidades para devolver"):
        consignment.return_units(store, COLIBRI, [TransferLine(colibri.bag, 9)], user_id=SYSTEM_ID)
    count = consignment.count_at_partner(store, COLIBRI, {colibri.bag: 7, colibri.pencil_case: 10})
    assert [(c.item_code, c.expected, c.counted, c.missing) for c in count] == [
        ("BAG001", 8, 7, 1),
        ("CAS001", 10, 10, 0),
    ]
    with pytest.raises(NotFound):
        partner_report.partner_figures(store, "Tienda que no existe")


def test_a_partner_is_created_once_and_updated_by_name(shop):
    info, created = partners.save_partner(shop.store, "Casa Colibri", partners.parse_percent("30 %"), user_id=SYSTEM_ID)
    assert created and info.commission_rate == D("0.3") and info.location_code == "casa-colibri"
    again, created = partners.save_partner(
        shop.store, "casa colibri", partners.parse_percent("27,5"), user_id=SYSTEM_ID
    )
    assert not created and again.id == info.id and again.commission_rate == D("0.275")
    with pytest.raises(UserError):
        partners.parse_percent("130")
    with pytest.raises(UserError, match="indique la comisión"):
        partners.save_partner(shop.store, "Otra tienda", user_id=SYSTEM_ID)
    assert verify(shop.store) == []


def test_makers_see_the_partner_in_their_share_detail_and_on_the_payout_slip(colibri, tmp_path):
    from mamakilla_pos.services.payout_docs import payout_slip_pdf
    from tests.helpers import pdf_text

    store = colibri.store
    partner_sales.import_partner_sales(store, COLIBRI, write_report(tmp_path / "junio.csv", REPORT), user_id=SYSTEM_ID)
    partner_payments.record_payment(store, COLIBRI, D("140.00"), "yape", "OP 1", user_id=SYSTEM_ID)
    with store.session() as session:
        rosa = session.execute(select(Maker.id).where(Maker.name == "Rosa Quispe")).scalar_one()
    today = date.today()
    lines = shares.share_lines(store, rosa, today, today)
    assert [(ln.receipt, ln.partner, ln.quantity, ln.line_net, ln.amount, ln.portion) for ln in lines] == [
        ("RV-000001", COLIBRI, 4, D("126.00"), D("37.80"), "2/3"),
        ("RV-000001", COLIBRI, 1, D("28.00"), D("4.20"), "2/3"),
    ]
    assert lines[0].product_sold == f"Bolso bordado · {COLIBRI}"
    paid = payouts.pay_maker(store, rosa, today, "yape", "OP 2", user_id=SYSTEM_ID)
    assert paid is not None and paid.amount == D("42.00")
    text = pdf_text(payout_slip_pdf(store, paid.number))
    assert text.count(f"Bolso bordado · {COLIBRI}") >= 2 and "RV-000001" in text and "42.00" in text
    assert verify(store) == []


def test_verify_sees_partner_documents_and_their_rules_edited_behind_the_apps_back(colibri, tmp_path):
    from sqlalchemy import text

    store = colibri.store
    partner_sales.import_partner_sales(store, COLIBRI, write_report(tmp_path / "junio.csv", REPORT), user_id=SYSTEM_ID)
    partner_payments.record_payment(store, COLIBRI, D("140.00"), "cash", user_id=SYSTEM_ID)
    assert verify(store) == []
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE partner_sale_lines SET commission_cents = 4000 WHERE position = 1"))
        connection.execute(text("UPDATE partners SET commission_rate = '0.10'"))
    problems = verify(store)
    assert any("commission_cents" in p and "RV-000001" in p for p in problems), problems
    assert any("comisión 40.00, debe ser 54.00" in p for p in problems), problems
    assert any(f"la tienda aliada «{COLIBRI}»" in p and "commission_rate es 0.10" in p for p in problems), problems


def test_the_statement_pdf_of_the_hand_worked_figures(colibri, tmp_path):
    """20 sent, 7 sold at two prices, 2 returned, 140.00 of 196.00 paid: every figure and line the partner checks."""
    from mamakilla_pos.services.partner_docs import statement_pdf
    from tests.helpers import pdf_text

    store = colibri.store
    partner_sales.import_partner_sales(store, COLIBRI, write_report(tmp_path / "junio.csv", REPORT), user_id=SYSTEM_ID)
    consignment.return_units(store, COLIBRI, [TransferLine(colibri.pencil_case, 2)], user_id=SYSTEM_ID)
    partner_payments.record_payment(store, COLIBRI, D("140.00"), "transfer", "OP 55501", user_id=SYSTEM_ID)
    text = pdf_text(statement_pdf(store, partner_report.statement(store, COLIBRI, date(2026, 6, 1))))
    for tile in (
        "20 unidades enviadas",
        "7 unidades vendidas",
        "2 unidades devueltas",
        "11 unidades en la tienda al cierre",
        "S/ 280.00 vendido a sus precios",
        "S/ 84.00 comisión",
        "S/ 196.00 a favor del taller",
        "S/ 140.00 pagado en el periodo",
        "S/ 56.00 saldo al cierre",
    ):
        assert tile in text, tile
    for line in (
        "Bolso bordado 10/06/2026 BAG001 4 S/ 45.00 S/ 180.00 S/ 54.00 S/ 126.00 S/ 126.00 S/ 0.00",
        "Bolso bordado 12/06/2026 BAG001 1 S/ 40.00 S/ 40.00 S/ 12.00 S/ 28.00 S/ 14.00 S/ 14.00",
        "Cartuchera Ñusta 12/06/2026 CAS001 2 S/ 30.00 S/ 60.00 S/ 18.00 S/ 42.00 S/ 0.00 S/ 42.00",
        "Total 7 S/ 280.00 S/ 84.00 S/ 196.00 S/ 140.00 S/ 56.00",
        "CS-000001 CAS001 10",
        "DC-000001 CAS001 2",
        "OP 55501",
        "PA-000001 Transferencia S/ 140.00",
    ):
        assert line in text, line
