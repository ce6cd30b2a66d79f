"""A day at the till through the real dialogs: open with a float, sell, take cash out, count and close.

Sales go through ``record_sale`` (the sale screen's own tests cover the
cart); the till is opened, cash taken out and the drawer counted through the
dialogs, with the keyboard alone where the issue asks for it. The Z report's
PDF text and ``report day --json`` must give the same figures.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from helpers import pdf_text, sell
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton, QTreeWidget

from mamakilla_pos.cli import main
from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.gui import session_report_view
from mamakilla_pos.gui.cash_move_dialog import CashMoveDialog
from mamakilla_pos.gui.cash_screen import CashScreen
from mamakilla_pos.gui.close_till_dialog import CloseTillDialog
from mamakilla_pos.gui.open_till_dialog import OpenTillDialog
from mamakilla_pos.services import cash, history, z_docs
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.refunds import RefundLine, RefundRequest, refund

D = Decimal
LEFT = Qt.MouseButton.LeftButton


def child(widget, cls, name: str):
    found = widget.findChild(cls, name)
    assert found is not None, name
    return found


def show(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def type_text(widget, text: str) -> None:
    """One key at a time: ``qtbot.keyClicks`` aborts on accented letters (SETUP.md)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def count_with_keyboard(qtbot, rows: list[str]) -> None:
    """Type each row's pieces into whatever has the focus, then Enter, as a person at the keyboard."""
    for pieces in rows:
        focused = QApplication.focusWidget()
        assert isinstance(focused, QLineEdit) and focused.property("role") == "count", focused
        if pieces:
            qtbot.keyClicks(focused, pieces)
        qtbot.keyClick(focused, Qt.Key.Key_Return)


@pytest.fixture
def shown_pdfs(monkeypatch) -> list[tuple[str, bytes]]:
    """Reports the dialogs would show (a modal PDF viewer), captured instead."""
    shown: list[tuple[str, bytes]] = []

    def fake(parent, pdf, title, stem, printer, thermal=None):  # type: ignore[no-untyped-def]
        shown.append((title, pdf))
        return ""

    monkeypatch.setattr(session_report_view, "show_report_pdf", fake)
    return shown


#                 S/ 200 100  50   20   10   5   2   1  0.50 0.20 0.10
FLOAT_PEN_ROWS = ["", "", "", "2", "1", "", "", "", "", "", ""]  # S/ 50.00
COUNT_PEN_ROWS = ["", "", "", "1", "", "1", "", "", "", "1", "1"]  # S/ 25.30
#                 US$ 100 50   20   10   5   1
FLOAT_USD_ROWS = ["", "", "1", "", "", ""]  # US$ 20.00
COUNT_USD_ROWS = ["", "", "2", "1", "", ""]  # US$ 50.00


@pytest.mark.till_closed
def test_a_day_at_the_till_closes_short_by_1_20(qtbot, shop, shown_pdfs, capsys):
    store = shop.store

    # Open with S/ 50 + US$ 20, typed with the keyboard alone.
    opening = show(qtbot, OpenTillDialog(store))
    count_with_keyboard(qtbot, FLOAT_PEN_ROWS + FLOAT_USD_ROWS)
    assert QApplication.focusWidget() is child(opening, QPushButton, "openTillButton")
    assert "S/ 50.00" in opening.summary.text() and "US$ 20.00" in opening.summary.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert opening.result() == QDialog.DialogCode.Accepted
    session = cash.current_session(store)
    assert session is not None and (session.opening_float_pen, session.opening_float_usd) == (D("50"), D("20"))

    # Sales: cash 22.55 → 22.50 (change 27.50); US$ 20 for 45.00 (change 29.00); Yape;
    # US$ 10 + S/ 20 for 45.00 (change 12.00); Plin 10 + S/ 20 for 30.00; then the pencil case back in cash.
    sell(store, shop.purse, Tender("cash", D("50")))
    sell(store, shop.bag, Tender("usd", D("20")))
    sell(store, shop.pencil_case, Tender("yape", D("30"), "8123456"))
    sell(store, shop.bag, Tender("usd", D("10")), Tender("cash", D("20")))
    split = sell(store, shop.pencil_case, Tender("plin", D("10"), "7001122"), Tender("cash", D("20"))).number
    line = history.get_sale(store, split).lines[0]
    refund(store, RefundRequest(split, (RefundLine(line.id, 1),), "cash", user_id=SYSTEM_ID))

    # Lunch paid from the drawer, through the cash out dialog.
    moving = show(qtbot, CashMoveDialog(store, "out"))
    assert child(moving, QPushButton, "direction_out").isChecked()
    assert "S/ 41.50" in child(moving, QLabel, "drawerLabel").text()  # 26.50 + the 15.00 not yet out
    confirm = child(moving, QPushButton, "confirmMoveButton")
    qtbot.keyClicks(child(moving, QLineEdit, "amountInput"), "15")
    assert not confirm.isEnabled()  # no reason chosen yet
    qtbot.mouseClick(child(moving, QPushButton, "reason_2"), LEFT)  # Almuerzo
    assert confirm.isEnabled() and confirm.text() == "Sacar S/ 15.00"
    qtbot.mouseClick(confirm, LEFT)
    assert moving.result() == QDialog.DialogCode.Accepted
    assert (moving.movement.direction, moving.movement.amount, moving.movement.reason) == ("out", D("15"), "Almuerzo")

    # Close: count S/ 25.30 and US$ 50.00 with the keyboard alone.
    closing = show(qtbot, CloseTillDialog(store))
    assert child(closing, QLabel, "expected_PEN").text() == "S/ 26.50"
    assert child(closing, QLabel, "expected_USD").text() == "US$ 50.00"
    assert "S/ 0.05" in child(closing, QLabel, "roundingLabel").text()
    tree = child(closing, QTreeWidget, "nonCashTree")
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    listed = [(r.text(0), r.text(1), [r.child(j).text(0).strip() for j in range(r.childCount())]) for r in rows]
    assert listed == [
        ("Yape: 1 operación", "S/ 30.00", ["op. 8123456 · B001-000003"]),
        ("Plin: 1 operación", "S/ 10.00", ["op. 7001122 · B001-000005"]),
    ]
    count_with_keyboard(qtbot, COUNT_PEN_ROWS + COUNT_USD_ROWS)
    assert child(closing, QLabel, "total_PEN").text() == "Total: S/ 25.30"
    assert child(closing, QLabel, "total_USD").text() == "Total: US$ 50.00"
    assert child(closing, QLabel, "counted_PEN").text() == "S/ 25.30"
    assert child(closing, QLabel, "difference_PEN").text() == "-S/ 1.20"
    assert child(closing, QLabel, "verdict_PEN").text() == "falta S/ 1.20"
    assert child(closing, QLabel, "difference_USD").text() == "US$ 0.00"
    assert child(closing, QLabel, "verdict_USD").text() == "cuadra"
    close_button = child(closing, QPushButton, "closeTillButton")
    assert not close_button.isEnabled()  # a note is required first

    # The X report on the way: the figures so far, not a close.
    qtbot.mouseClick(child(closing, QPushButton, "xReportButton"), LEFT)
    x_title, x_pdf = shown_pdfs[-1]
    assert "Informe X" in x_title
    x_text = pdf_text(x_pdf)
    assert "INFORME X" in x_text and "Esperado en caja S/ 26.50" in x_text and "DIFERENCIA" not in x_text

    note = child(closing, QLineEdit, "noteInput")
    note.setFocus()
    assert QApplication.focusWidget() is note
    type_text(note, "Se dio vuelto de más a una turista")
    assert close_button.isEnabled()
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is close_button
    qtbot.keyClick(close_button, Qt.Key.Key_Return)
    assert closing.result() == QDialog.DialogCode.Accepted
    closed = closing.closed
    assert closed is not None and cash.current_session(store) is None
    assert (closed.pen.expected, closed.pen.counted, closed.pen.difference) == (D("26.50"), D("25.30"), D("-1.20"))
    assert (closed.usd.expected, closed.usd.counted, closed.usd.difference) == (D("50.00"), D("50.00"), D("0.00"))
    assert closed.note == "Se dio vuelto de más a una turista"

    # The Z report as the person sees it after closing.
    session_report_view.show_session_report(None, store, closed)
    z_title, z_pdf = shown_pdfs[-1]
    assert "Cierre de caja B001" in z_title
    z_text = pdf_text(z_pdf)
    for expected in (
        "CIERRE DE CAJA (Z)",
        "Ventas (5) S/ 172.55",
        "Devoluciones (1) −S/ 30.00",
        "NETO S/ 142.55",
        "Redondeo en efectivo −S/ 0.05",
        "TOTAL COBRADO S/ 142.50",
        "Fondo inicial S/ 50.00",
        "Recibido en ventas S/ 90.00",
        "Vuelto entregado −S/ 68.50",
        "Devoluciones −S/ 30.00",
        "Salidas de dinero −S/ 15.00",
        "Esperado en caja S/ 26.50",
        "Contado (arqueo) S/ 25.30",
        "DIFERENCIA −S/ 1.20",
        "Falta S/ 1.20 en la caja.",
        "Esperado en caja US$ 50.00",
        "Contado (arqueo) US$ 50.00",
        "La caja cuadra.",
        "op. 8123456 · B001-000003 S/ 30.00",
        "op. 7001122 · B001-000005 S/ 10.00",
        "Salida −S/ 15.00 Almuerzo",
        "Rosa Quispe 37.15 0.00 37.15",
        "Luz Mamani 27.00 −13.50 13.50",
        "Se dio vuelto de más a una turista",
    ):
        assert expected in z_text, expected
    assert closed.journal_hash and closed.journal_hash in z_text.replace(" ", "")
    reprint = pdf_text(z_docs.session_pdf(store, closed.id))  # the Z read back from the database later
    assert "DIFERENCIA −S/ 1.20" in reprint and closed.journal_hash in reprint.replace(" ", "")

    # The command line gives the same numbers.
    capsys.readouterr()
    day = closed.opened_at.date().isoformat()
    assert main(["--db", store.url, "report", "day", day, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (len(data["sales"]), len(data["refunds"]), data["net"], data["rounding"]) == (5, 1, "142.55", "0.05")
    # Change is booked on the soles drawer it left: cash 21.50 − 30.00 refunded; dollars whole (74 + 37).
    assert {m["method"]: m["net"] for m in data["by_method"]} == {
        "cash": "-8.50",
        "usd": "111.00",
        "yape": "30.00",
        "plin": "10.00",
    }
    [session_json] = data["sessions"]
    assert session_json["cash"]["PEN"] == {
        "float": "50.00",
        "sales": "90.00",
        "change": "68.50",
        "refunds": "30.00",
        "cash_in": "0.00",
        "cash_out": "15.00",
        "expected": "26.50",
        "counted": "25.30",
        "difference": "-1.20",
    }
    assert session_json["cash"]["USD"]["expected"] == "50.00"
    assert session_json["cash"]["USD"]["difference"] == "0.00"
    assert session_json["journal_hash"] == closed.journal_hash
    assert session_json["note"] == closed.note
    assert [(o["method"], o["reference"]) for o in session_json["operations"]] == [
        ("yape", "8123456"),
        ("plin", "7001122"),
    ]
    assert data["cash"] == {
        "PEN": {"expected": "26.50", "counted": "25.30", "difference": "-1.20"},
        "USD": {"expected": "50.00", "counted": "50.00", "difference": "0.00"},
    }

    # And the Caja screen shows the last close.
    screen = CashScreen(store)
    qtbot.addWidget(screen)
    assert child(screen, QLabel, "sessionTitle").text() == "Caja cerrada"
    assert child(screen, QLabel, "screen_difference_PEN").text() == "-S/ 1.20"
    assert child(screen, QLabel, "screen_expected_USD").text() == "US$ 50.00"


@pytest.mark.till_closed
def test_close_dialog_will_not_close_a_difference_without_a_note(qtbot, shop, shown_pdfs):
    cash.open_session(shop.store, {D("10"): 2}, user_id=SYSTEM_ID)
    dialog = show(qtbot, CloseTillDialog(shop.store))
    qtbot.keyClicks(dialog.counter.input_for("PEN", "10"), "1")

    dialog.accept()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "nota" in child(dialog, QLabel, "errorLabel").text()
    assert cash.current_session(shop.store) is not None
    assert child(dialog, QLabel, "verdict_PEN").text() == "falta S/ 10.00"


@pytest.mark.till_closed
def test_close_dialog_on_a_closed_till_says_so(qtbot, shop, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(session_report_view.QMessageBox, "information", lambda parent, title, text: told.append(text))

    assert CloseTillDialog.run(None, shop.store) == (None, False)
    assert told == ["No hay una caja abierta"]


@pytest.mark.till_closed
def test_cash_move_other_needs_a_detail_and_dollars_go_to_the_dollar_drawer(qtbot, shop):
    cash.open_session(shop.store, user_id=SYSTEM_ID)
    dialog = show(qtbot, CashMoveDialog(shop.store, "in"))
    qtbot.mouseClick(child(dialog, QPushButton, "currency_USD"), LEFT)
    qtbot.keyClicks(child(dialog, QLineEdit, "amountInput"), "20")
    dialog.choose_reason("Otro")
    confirm = child(dialog, QPushButton, "confirmMoveButton")
    assert not confirm.isEnabled()
    type_text(child(dialog, QLineEdit, "detailInput"), "Cambio de dólares de la coordinadora")
    assert confirm.isEnabled() and confirm.text() == "Poner US$ 20.00"

    qtbot.mouseClick(confirm, LEFT)

    assert dialog.movement.reason == "Cambio de dólares de la coordinadora"
    assert cash.x_report(shop.store).usd.expected == D("20.00")


@pytest.mark.till_closed
def test_cash_screen_opens_moves_and_closes(qtbot, shop, monkeypatch, shown_pdfs):
    store = shop.store
    screen = CashScreen(store)
    qtbot.addWidget(screen)
    screen.show()
    changed: list[bool] = []
    screen.session_changed.connect(lambda: changed.append(True))
    assert child(screen, QLabel, "sessionTitle").text() == "Caja cerrada"
    assert not child(screen, QPushButton, "cashOutButton").isEnabled()

    def open_with_float(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.counter.set_counts("PEN", {D("50"): 1})
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(OpenTillDialog, "exec", open_with_float)
    qtbot.mouseClick(child(screen, QPushButton, "openTillButton"), LEFT)
    assert child(screen, QLabel, "sessionTitle").text() == "Caja B001 abierta"
    assert child(screen, QLabel, "screen_expected_PEN").text() == "S/ 50.00"

    def pay_stand(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.amount.setText("20")
        dialog.choose_reason("Pago del stand de la feria")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CashMoveDialog, "exec", pay_stand)
    qtbot.mouseClick(child(screen, QPushButton, "cashOutButton"), LEFT)
    assert child(screen, QLabel, "screen_expected_PEN").text() == "S/ 30.00"
    assert screen.movements.rowCount() == 1
    assert screen.movements.movement(0).reason == "Pago del stand de la feria"

    qtbot.mouseClick(child(screen, QPushButton, "xReportButton"), LEFT)
    assert "INFORME X" in pdf_text(shown_pdfs[-1][1])

    def count_exact(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.counter.set_counts("PEN", {D("20"): 1, D("10"): 1})
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CloseTillDialog, "exec", count_exact)
    qtbot.mouseClick(child(screen, QPushButton, "closeTillButton"), LEFT)
    assert "CIERRE DE CAJA (Z)" in pdf_text(shown_pdfs[-1][1])
    assert child(screen, QLabel, "sessionTitle").text() == "Caja cerrada"
    assert child(screen, QLabel, "screen_difference_PEN").text() == "S/ 0.00"
    assert len(changed) == 3
    assert child(screen, QPushButton, "lastZButton").isEnabled()


@pytest.mark.till_closed
@pytest.mark.parametrize(("language", "words"), [("fr", "Il manque"), ("en", "short"), ("es", "Falta")])
def test_the_z_report_follows_the_language_of_the_program(qtbot, shop, shown_pdfs, language, words):
    """The program's language (set at start as the default locale) is the Z report's."""
    store = shop.store
    cash.open_session(store, {Decimal("10"): 2}, user_id=SYSTEM_ID)
    sell(store, shop.purse, Tender("cash", Decimal("30")))
    closed = cash.close_session(store, {Decimal("10"): 3}, {}, note="faltan monedas", user_id=SYSTEM_ID)
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        session_report_view.show_session_report(None, store, closed)
    finally:
        QLocale.setDefault(before)
    text = " ".join(pdf_text(shown_pdfs[-1][1]).replace("\u00a0", " ").replace("\u202f", " ").split())
    assert words in text
    assert ("CIERRE DE CAJA" in text) == (language == "es")


@pytest.mark.till_closed
def test_taking_out_more_than_the_drawer_holds_is_refused_on_screen(qtbot, shop):
    cash.open_session(shop.store, {D("50"): 2}, user_id=SYSTEM_ID)
    sell(shop.store, shop.bought_in, Tender("cash", D("5")))  # S/ 105.00 in the drawer
    dialog = show(qtbot, CashMoveDialog(shop.store, "out"))
    dialog.choose_reason("Otro")
    type_text(child(dialog, QLineEdit, "detailInput"), "Compra de tela")
    amount = child(dialog, QLineEdit, "amountInput")
    qtbot.keyClicks(amount, "500")
    confirm = child(dialog, QPushButton, "confirmMoveButton")
    assert not confirm.isEnabled()
    assert "No se puede sacar más de lo que debería haber en la caja (S/ 105.00)." in dialog.error.text()
    amount.clear()
    qtbot.keyClicks(amount, "105")
    assert confirm.isEnabled() and not dialog.error.isVisible()
    qtbot.mouseClick(confirm, LEFT)
    assert cash.x_report(shop.store).pen.expected == D("0.00")


def test_the_cash_screen_shows_each_drawer_with_payouts_apart(qtbot, drawer_day):
    screen = CashScreen(drawer_day.store)
    qtbot.addWidget(screen)
    screen.show()
    # The day is closed: the screen shows its last close, drawer by drawer.
    expected = {
        "opening_float": ("S/ 100.00", "US$ 20.00"),
        "sales": ("S/ 50.00", "US$ 24.00"),
        "change": ("S/ 36.50", "US$ 0.00"),
        "cash_in": ("S/ 700.00", "US$ 0.00"),
        "cash_out": ("S/ 10.00", "US$ 0.00"),
        "payouts": ("S/ 751.30", "US$ 0.00"),
        "expected": ("S/ 52.20", "US$ 44.00"),
        "counted": ("S/ 52.20", "US$ 44.00"),
        "difference": ("S/ 0.00", "US$ 0.00"),
    }
    for key, (pen, usd) in expected.items():
        assert child(screen, QLabel, f"screen_{key}_PEN").text() == pen, key
        assert child(screen, QLabel, f"screen_{key}_USD").text() == usd, key
