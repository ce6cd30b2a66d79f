"""Paying the makers through the real screens: balances, the payout dialog, slips, history, and the command line."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D

import pytest
from helpers import pdf_text, sell
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from mamakilla_pos import cli
from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.gui import payout_slips
from mamakilla_pos.gui.payout_confirm import ConfirmPayoutDialog
from mamakilla_pos.gui.payout_dialog import PayoutDialog
from mamakilla_pos.gui.payout_due import DueModel
from mamakilla_pos.gui.payout_history import PayoutHistoryScreen
from mamakilla_pos.gui.shares_screen import SharesScreen
from mamakilla_pos.services import cash, catalogue_makers, history, payout_history, payouts
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale

LEFT = Qt.MouseButton.LeftButton


def give_back(store, number: str, units: int) -> str:  # type: ignore[no-untyped-def]
    line = history.get_sale(store, number).lines[0]
    return refund(store, RefundRequest(number, (RefundLine(line.id, units),), method="card", user_id=SYSTEM_ID)).number


def maker_id(store, name: str) -> int:  # type: ignore[no-untyped-def]
    return next(m.id for m in catalogue_makers.list_makers(store) if m.name == name)


def cash_out(store) -> list[tuple[str, D, str]]:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT direction, amount_cents, reason FROM cash_movements").all()
    return [(direction, D(cents) / 100, reason) for direction, cents, reason in rows]


@pytest.fixture(autouse=True)
def confirmations(monkeypatch) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """Stub the last question's modal ``exec``: say yes, and keep what it showed (amount, question, note)."""
    asked: list[tuple[str, str, str]] = []

    def fake_exec(dialog: ConfirmPayoutDialog) -> int:
        question = dialog.findChild(QLabel, "confirmPayoutQuestion").text()
        asked.append((dialog.amount_label.text(), question, dialog.note_label.text()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConfirmPayoutDialog, "exec", fake_exec)
    return asked


@pytest.fixture
def open_till(shop):  # type: ignore[no-untyped-def]
    return cash.open_session(shop.store, {D("50"): 4, D("10"): 5}, user_id=SYSTEM_ID)


def open_dialog(qtbot, store, maker: int | None = None) -> PayoutDialog:  # type: ignore[no-untyped-def]
    dialog = PayoutDialog(store, maker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def table_texts(view) -> list[list[str]]:  # type: ignore[no-untyped-def]
    model = view.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount()) if not view.isColumnHidden(column)]
        for row in range(model.rowCount())
    ]


# -- the Done-when of the issue -----------------------------------------------------------------


@pytest.mark.till_closed
def test_pay_a_maker_in_cash_from_the_till(qtbot, shop, open_till, shown_pdfs):
    store = shop.store
    sale = sell(store, ("CAS001", 2)).number  # 60.00 × 45 % = 27.00 for Luz
    dialog = open_dialog(qtbot, store)
    assert dialog.maker_combo.currentText() == "Todas las artesanas con saldo"
    dialog.choose_maker("Luz Mamani")
    rows = table_texts(dialog.entries_table)
    assert len(rows) == 1
    assert rows[0][1:7] == [sale, "Cartuchera Ñusta", "2", "60.00", "45 %", "27.00"]
    assert dialog.total_label.text() == "Total: S/ 27.00"
    assert not dialog.confirm_button.isEnabled()  # no method chosen yet

    qtbot.mouseClick(dialog.findChild(type(dialog.confirm_button), "payout_method_cash"), LEFT)
    assert dialog.confirm_button.isEnabled()
    assert dialog.confirm_button.text() == "Pagar S/ 27.00"
    qtbot.mouseClick(dialog.confirm_button, LEFT)

    assert dialog.stack.currentIndex() == 1
    assert "P-000001" in dialog.done_page.done_label.text() and "S/ 27.00" in dialog.done_page.done_label.text()
    (payout,) = payout_history.payout_history(store)
    assert (payout.maker, payout.amount, payout.method, payout.entries) == ("Luz Mamani", D("27.00"), "cash", 1)
    assert cash_out(store) == [("out", D("27.00"), "Pago a artesana Luz Mamani (P-000001)")]

    qtbot.mouseClick(dialog.done_page.slip_button, LEFT)
    (shown,) = shown_pdfs
    assert shown.document.pageCount() >= 2  # two copies
    slip = shown._pdf
    text = pdf_text(slip)
    for expected in (
        "CONSTANCIA DE PAGO",
        "N.º P-000001",
        "Luz Mamani",
        "EJEMPLAR PARA EL CENTRO",
        "EJEMPLAR PARA LA ARTESANA",
        "Efectivo, de la caja B001",
        f"{sale} Cartuchera Ñusta 2 60.00 45 % 27.00",
        "TOTAL PAGADO S/ 27.00",
        "Son: veintisiete con 00/100 soles",
        "Artesana",
        "Coordinadora",
    ):
        assert expected in text, expected
    assert "COPIA" not in text

    qtbot.mouseClick(dialog.done_page.close_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert payouts.makers_due(store, date.today()) == []


def test_pay_another_maker_by_yape_with_its_operation_number(qtbot, shop, shown_pdfs):
    store = shop.store
    sale = sell(store, ("BAG001", 1), ("PUR001", 1)).number  # Rosa: 13.50 (2/3 of 20.25) + 10.15
    cash.close_session(store, None, None, user_id=SYSTEM_ID, backup=False)  # sold by card: nothing to count
    rosa = maker_id(store, "Rosa Quispe")
    dialog = open_dialog(qtbot, store, rosa)
    assert dialog.maker_combo.currentText() == "Rosa Quispe — S/ 23.65"
    rows = table_texts(dialog.entries_table)
    assert [r[2:7] for r in rows] == [
        ["Bolso bordado", "1", "45.00", "45 % × 2/3", "13.50"],
        ["Monedero de cuero", "1", "22.55", "45 %", "10.15"],
    ]
    # no till is open: cash cannot be chosen
    assert not dialog.method_buttons["cash"].isEnabled()
    assert "caja está cerrada" in dialog.method_hint.text()

    qtbot.mouseClick(dialog.method_buttons["yape"], LEFT)
    assert not dialog.confirm_button.isEnabled()  # the operation number is missing
    qtbot.keyClicks(dialog.reference_input, "40417788")
    assert dialog.confirm_button.isEnabled()
    qtbot.mouseClick(dialog.confirm_button, LEFT)

    (payout,) = payout_history.payout_history(store)
    assert (payout.maker, payout.amount, payout.method, payout.reference) == (
        "Rosa Quispe",
        D("23.65"),
        "yape",
        "40417788",
    )
    assert cash_out(store) == []
    qtbot.mouseClick(dialog.done_page.slip_button, LEFT)
    text = pdf_text(shown_pdfs[0]._pdf)
    assert "Yape — operación 40417788" in text
    assert f"{sale} Bolso bordado 1 45.00 45 % × 2/3 13.50" in text
    assert "Son: veintitrés con 65/100 soles" in text
    # Ana's part of the bag is still owed: the dialog offers her next
    assert [d.maker for d in payouts.makers_due(store, date.today())] == ["Ana Huamán"]


@pytest.mark.till_closed
def test_a_refund_of_a_sale_already_paid_shows_as_a_negative_entry_in_the_next_payout(
    qtbot, shop, open_till, shown_pdfs
):
    store = shop.store
    luz = maker_id(store, "Luz Mamani")
    sale = sell(store, ("CAS001", 2)).number
    assert payouts.pay_maker(store, luz, date.today(), "cash", user_id=SYSTEM_ID) is not None
    returned = give_back(store, sale, 1)  # −13.50 for Luz, after she was paid

    # only the refund: nothing to pay, the balance carries over
    dialog = open_dialog(qtbot, store, luz)
    assert "nada que pagar" in dialog.maker_combo.currentText()
    (row,) = table_texts(dialog.entries_table)
    assert row[1:7] == [returned, f"Devolución: Cartuchera Ñusta (nota {sale})", "−1", "−30.00", "45 %", "−13.50"]
    qtbot.mouseClick(dialog.method_buttons["plin"], LEFT)
    qtbot.keyClicks(dialog.reference_input, "123")
    assert not dialog.confirm_button.isEnabled()
    assert dialog.confirm_button.text() == "Nada que pagar"
    assert dialog.total_label.text() == "Total: −S/ 13.50"
    dialog.close()

    later = sell(store, ("CAS001", 3)).number  # 90.00 → 40.50
    dialog = open_dialog(qtbot, store, luz)
    rows = table_texts(dialog.entries_table)
    assert [r[1] for r in rows] == [returned, later]
    assert rows[0][6] == "−13.50" and rows[1][6] == "40.50"
    assert "devoluciones −S/ 13.50" in dialog.summary_label.text()
    assert dialog.total_label.text() == "Total: S/ 27.00"
    qtbot.mouseClick(dialog.method_buttons["plin"], LEFT)
    qtbot.keyClicks(dialog.reference_input, "555 777")
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    second = payout_history.payout_history(store)[0]
    assert (second.number, second.amount, second.entries) == ("P-000002", D("27.00"), 2)

    qtbot.mouseClick(dialog.done_page.slip_button, LEFT)
    text = pdf_text(shown_pdfs[-1]._pdf)
    assert f"{returned} Devolución: Cartuchera Ñusta (nota {sale}) −1 −30.00 45 % −13.50" in text
    assert "Devoluciones −S/ 13.50" in text
    assert "TOTAL PAGADO S/ 27.00" in text
    assert "Son: veintisiete con 00/100 soles" in text


@pytest.mark.till_closed
def test_report_shares_json_matches_the_payouts_made_in_the_app(qtbot, shop, open_till, capsys):
    store = shop.store
    luz, rosa = maker_id(store, "Luz Mamani"), maker_id(store, "Rosa Quispe")
    sale = sell(store, ("CAS001", 2), ("BAG001", 1)).number
    for who, method, reference in ((luz, "cash", ""), (rosa, "yape", "999")):
        dialog = open_dialog(qtbot, store, who)
        qtbot.mouseClick(dialog.method_buttons[method], LEFT)
        if reference:
            qtbot.keyClicks(dialog.reference_input, reference)
        qtbot.mouseClick(dialog.confirm_button, LEFT)
        assert dialog.stack.currentIndex() == 1
    give_back(store, sale, 1)  # Luz −13.50 after being paid 27.00
    sell(store, ("PUR001", 1))  # Rosa 10.15 unpaid

    today = date.today().isoformat()
    assert cli.main(["--db", store.url, "report", "shares", "--from", today, "--to", today, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["from"] == report["to"] == today
    assert report["makers"] == [
        {"maker": "Ana Huamán", "accrued": "6.75", "reversed": "0.00", "paid": "0.00", "balance": "6.75"},
        {"maker": "Luz Mamani", "accrued": "27.00", "reversed": "13.50", "paid": "27.00", "balance": "-13.50"},
        {"maker": "Rosa Quispe", "accrued": "23.65", "reversed": "0.00", "paid": "13.50", "balance": "10.15"},
    ]
    paid = {p.maker: p.amount for p in payout_history.payout_history(store)}
    for row in report["makers"]:
        assert D(row["paid"]) == paid.get(row["maker"], D("0.00"))
        assert D(row["accrued"]) - D(row["reversed"]) == D(row["paid"]) + D(row["balance"])

    # the balances screen shows the same figures
    screen = SharesScreen(store)
    qtbot.addWidget(screen)
    shown = {r[0]: r[1:5] for r in table_texts(screen.balance_table)}
    for row in report["makers"]:
        figures = [row["accrued"], row["reversed"], row["paid"], row["balance"].replace("-", "−")]
        assert shown[row["maker"]] == figures


# -- the balances screen --------------------------------------------------------------------------


def test_balances_screen_explains_each_figure_and_opens_the_payout(qtbot, shop, monkeypatch):
    store = shop.store
    sale = sell(store, ("BAG001", 2)).number  # 90.00 → 40.50: Rosa 27.00, Ana 13.50
    give_back(store, sale, 1)
    screen = SharesScreen(store)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.period.preset_combo.currentText() == "Este mes"
    rows = {r[0]: r for r in table_texts(screen.balance_table)}
    assert set(rows) == {"Ana Huamán", "Luz Mamani", "Rosa Quispe", "Total"}
    assert rows["Rosa Quispe"][1:] == ["27.00", "13.50", "0.00", "13.50", "13.50"]
    assert rows["Total"][1:] == ["40.50", "20.25", "0.00", "20.25", "20.25"]

    screen.select_maker("Ana Huamán")
    lines = table_texts(screen.lines_table)
    assert [(r[1], r[3], r[4], r[5], r[6], r[7]) for r in lines] == [
        (sale, "2", "90.00", "45 % × 1/3", "13.50", "pendiente"),
        ("B001-000002", "−1", "−45.00", "45 % × 1/3", "−6.75", "pendiente"),
    ]
    assert screen.detail_title.text().startswith("Ana Huamán: 2 movimientos del")

    # a period with nothing in it still lists every maker, greyed
    screen.period.set_preset("last_year")
    assert {r[0] for r in table_texts(screen.balance_table)} == {"Ana Huamán", "Luz Mamani", "Rosa Quispe", "Total"}
    screen.period.set_preset("this_month")

    # double-click a maker: the payout dialog opens on her
    opened: list[int | None] = []

    def fake_exec(dialog: PayoutDialog) -> int:
        opened.append(dialog.maker_id())
        dialog.choose_method("transfer")
        qtbot.keyClicks(dialog.reference_input, "BCP-1")
        dialog.confirm()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PayoutDialog, "exec", fake_exec)
    with qtbot.waitSignal(screen.payouts_made):
        screen.balance_table.doubleClicked.emit(screen.balances.index(0, 0))
    assert opened == [maker_id(store, "Ana Huamán")]
    ana = {r[0]: r for r in table_texts(screen.balance_table)}["Ana Huamán"]
    assert ana[1:] == ["13.50", "6.75", "6.75", "0.00", "0.00"]  # paid net of the refund


# -- everyone with a balance at once ----------------------------------------------------------------


def test_pay_every_maker_with_a_balance_by_transfer(qtbot, shop, shown_pdfs):
    store = shop.store
    sell(store, ("BAG001", 1), ("CAS001", 1), ("KEY001", 1))
    dialog = open_dialog(qtbot, store)
    assert [r[:3] for r in table_texts(dialog.batch_table)] == [
        ["Ana Huamán", "1", "6.75"],
        ["Luz Mamani", "1", "13.50"],
        ["Rosa Quispe", "1", "13.50"],
    ]
    assert dialog.total_label.text() == "Total: S/ 33.75"
    qtbot.mouseClick(dialog.method_buttons["transfer"], LEFT)
    assert not dialog.reference_input.isVisible()
    assert not dialog.confirm_button.isEnabled()
    for row, reference in enumerate(("T-1", "T-2", "T-3")):
        index = dialog.dues.index(row, DueModel.REFERENCE)
        rect = dialog.batch_table.visualRect(index)
        qtbot.mouseClick(dialog.batch_table.viewport(), LEFT, pos=rect.center())  # a tap opens the editor
        (editor,) = [e for e in dialog.batch_table.viewport().findChildren(QLineEdit) if e.isVisible()]
        qtbot.keyClicks(editor, reference)
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the text right after
        maker = dialog.dues.rows[row].maker_id
        qtbot.waitUntil(lambda maker=maker, reference=reference: dialog.dues.reference(maker) == reference)
    assert dialog.confirm_button.isEnabled()
    qtbot.mouseClick(dialog.confirm_button, LEFT)

    paid = payout_history.payout_history(store)
    assert sorted((p.maker, p.reference, p.amount) for p in paid) == [
        ("Ana Huamán", "T-1", D("6.75")),
        ("Luz Mamani", "T-2", D("13.50")),
        ("Rosa Quispe", "T-3", D("13.50")),
    ]
    assert dialog.done_page.results_list.count() == 3
    dialog.done_page.results_list.setCurrentRow(2)
    qtbot.mouseClick(dialog.done_page.slip_button, LEFT)
    assert "Rosa Quispe" in pdf_text(shown_pdfs[0]._pdf) and "operación T-3" in pdf_text(shown_pdfs[0]._pdf)


def test_a_sale_made_while_the_dialog_is_open_is_not_paid_unseen(qtbot, shop):
    store = shop.store
    sell(store, ("CAS001", 1))
    dialog = open_dialog(qtbot, store, maker_id(store, "Luz Mamani"))
    assert dialog.total_label.text() == "Total: S/ 13.50"
    sell(store, ("CAS001", 1))  # another till sells one meanwhile
    qtbot.mouseClick(dialog.method_buttons["plin"], LEFT)
    qtbot.keyClicks(dialog.reference_input, "1")
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert payout_history.payout_history(store) == []
    assert dialog.stack.currentIndex() == 0
    assert "cambió" in dialog.message.text()
    assert dialog.total_label.text() == "Total: S/ 27.00"  # the new figures are shown
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert payout_history.payout_history(store)[0].amount == D("27.00")


# -- history, reprints and the funders' totals ------------------------------------------------------------


def test_history_lists_payouts_reprints_copies_and_totals_by_month(qtbot, shop, shown_pdfs):
    store = shop.store
    luz, rosa = maker_id(store, "Luz Mamani"), maker_id(store, "Rosa Quispe")
    sell(store, ("CAS001", 1), ("PUR001", 1))
    first = payouts.pay_maker(store, luz, date.today(), "yape", "11", user_id=SYSTEM_ID)
    second = payouts.pay_maker(store, rosa, date.today(), "plin", "22", user_id=SYSTEM_ID)
    assert first is not None and second is not None
    screen = PayoutHistoryScreen(store)
    qtbot.addWidget(screen)
    screen.show()
    rows = table_texts(screen.table)
    assert [(r[0], r[2], r[4], r[6]) for r in rows] == [
        (second.number, "Rosa Quispe", "Plin 22", "10.15"),
        (first.number, "Luz Mamani", "Yape 11", "13.50"),
    ]
    assert screen.total_label.text() == "2 pagos · total pagado S/ 23.65"
    screen.choose_maker("Luz Mamani")
    assert [r[0] for r in table_texts(screen.table)] == [first.number]
    assert screen.total_label.text() == "1 pago · total pagado S/ 13.50"

    with qtbot.waitSignal(screen.slip_shown) as shown:
        qtbot.mouseClick(screen.reprint_button, LEFT)
    assert shown.args == [first.number]
    text = pdf_text(shown_pdfs[0]._pdf)
    assert "COPIA — EJEMPLAR PARA EL CENTRO" in text and "COPIA impresa el" in text
    assert "Son: trece con 50/100 soles" in text

    screen.tabs.setCurrentIndex(1)
    screen.choose_year(date.today().year)
    funders = {r[0]: r for r in table_texts(screen.funder_table)}
    month = date.today().month
    assert funders["Luz Mamani"][month] == "13.50" and funders["Luz Mamani"][13] == "13.50"
    assert funders["Total"][month] == "23.65" and funders["Total"][13] == "23.65"
    assert funders["Rosa Quispe"][1 if month != 1 else 2] == "–"
    assert "2 pagos a 2 artesanas, S/ 23.65 en total" in screen.funder_summary.text()


def test_without_a_printer_the_slip_is_saved_as_a_pdf(qtbot, shop, monkeypatch):
    store = shop.store
    sell(store, ("CAS001", 1))
    paid = payouts.pay_maker(store, maker_id(store, "Luz Mamani"), date.today(), "plin", "9", user_id=SYSTEM_ID)
    assert paid is not None
    monkeypatch.setattr(payout_slips, "available_printers", lambda: [])
    pdf = payout_slips.payout_slip_pdf(store, paid.number)
    printed, message = payout_slips.print_slip(None, pdf, paid.number)
    assert not printed
    saved = payout_slips.slips_folder() / f"{paid.number}.pdf"
    assert saved.read_bytes() == pdf
    assert str(saved) in message


def test_a_seller_needs_a_coordinators_pin_to_pay(qtbot, shop, monkeypatch):
    from mamakilla_pos.gui import approval as approval_module
    from mamakilla_pos.services import auth

    store = shop.store
    sell(store, ("CAS001", 1))
    carmen = auth.create_user(store, "Carmen Ayma", "coordinator", "246813", by=SYSTEM_ID)
    rosa = auth.create_user(store, "Rosa Quispe", "seller", "1357", by=carmen.id)
    asked = []

    def prompt(parent, store_, code, requester="", detail=""):
        asked.append((code, requester))
        return (None, False) if len(asked) == 1 else (auth.approve(store_, carmen.id, "246813", code), True)

    monkeypatch.setattr(approval_module.ApprovalDialog, "run", staticmethod(prompt))
    dialog = PayoutDialog(store, maker_id(store, "Luz Mamani"), None, rosa.id)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.method_buttons["plin"], LEFT)
    qtbot.keyClicks(dialog.reference_input, "77")
    # The coordinator walks away: nothing is paid and the seller is told why.
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert "necesita la aprobación de una coordinadora para pagar a las artesanas" in dialog.message.text()
    assert dialog.stack.currentIndex() == 0
    assert payout_history.payout_history(store) == []
    # She types her PIN this time: the payout goes through, recorded as the seller's with the approval.
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert [code for code, _ in asked] == ["payout", "payout"]
    assert len(payout_history.payout_history(store)) == 1


@pytest.mark.till_closed
def test_a_cash_payout_pays_whole_coins_after_a_big_confirmation(qtbot, shop, confirmations, monkeypatch):
    store = shop.store
    # A purse sold for S/ 1,669.60: 751.32 for Rosa.
    request = SaleRequest(
        (LineRequest("PUR001", 1, unit_price=D("1669.60")),), (Tender("card", D("1669.60")),), user_id=SYSTEM_ID
    )
    cash.open_session(store, {D("200"): 4}, user_id=SYSTEM_ID)
    record_sale(store, request)  # by card: the drawer holds the float
    dialog = open_dialog(qtbot, store)
    dialog.choose_maker("Rosa Quispe")
    assert dialog.total_label.text() == "Total: S/ 751.32"
    qtbot.mouseClick(dialog.findChild(type(dialog.confirm_button), "payout_method_yape"), LEFT)
    assert dialog.confirm_button.text() == "Pagar S/ 751.32"  # Yape pays exactly
    qtbot.mouseClick(dialog.findChild(type(dialog.confirm_button), "payout_method_cash"), LEFT)
    assert dialog.confirm_button.text() == "Pagar S/ 751.30"
    assert "S/ 0.02 quedan en su saldo" in dialog.method_hint.text()

    with monkeypatch.context() as patch:  # "No, volver": nothing is paid
        patch.setattr(ConfirmPayoutDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected)
        qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert payout_history.payout_history(store) == [] and dialog.stack.currentIndex() == 0

    qtbot.mouseClick(dialog.confirm_button, LEFT)
    amount, question, note = confirmations[-1]
    assert (amount, question) == ("S/ 751.30", "¿Pagar a Rosa Quispe (en efectivo)?")
    assert "S/ 0.02" in note
    assert (
        "S/ 751.30" in dialog.done_page.done_label.text()
        and "Quedan S/ 0.02 en su saldo" in dialog.done_page.done_label.text()
    )
    assert cash.x_report(store).pen.payouts == D("751.30")


@pytest.mark.till_closed
def test_a_cash_payout_beyond_the_drawer_is_refused_on_screen(qtbot, shop, open_till):
    store = shop.store
    record_sale(
        store,
        SaleRequest(
            (LineRequest("PUR001", 1, unit_price=D("1000.00")),), (Tender("card", D("1000")),), user_id=SYSTEM_ID
        ),
    )
    dialog = open_dialog(qtbot, store)
    dialog.choose_maker("Rosa Quispe")  # 450.00, the drawer holds 250.00
    qtbot.mouseClick(dialog.findChild(type(dialog.confirm_button), "payout_method_cash"), LEFT)
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert "no se puede sacar S/ 450.00" in dialog.message.text()
    assert payout_history.payout_history(store) == []
