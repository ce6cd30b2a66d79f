"""A stocktake asks first whether the count is full or partial; a full count shows what it will zero."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from mamakilla_pos.gui import stocktake_dialog
from mamakilla_pos.gui.stock_screen import StockScreen
from mamakilla_pos.gui.stocktake_dialog import StocktakeDialog
from mamakilla_pos.services import stock

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def dialog(qtbot, shop) -> StocktakeDialog:
    made = StocktakeDialog(shop.store, stock.stock_table(shop.store), "taller")
    qtbot.addWidget(made)
    return made


def scan(qtbot, dialog: StocktakeDialog, code: str) -> None:
    qtbot.keyClicks(dialog.scan_input, code)
    qtbot.keyClick(dialog.scan_input, Qt.Key.Key_Return)


def test_the_count_starts_with_the_question_not_with_every_item_at_zero(qtbot, dialog):
    assert dialog.pages.currentIndex() == 0
    assert dialog.mode == ""
    assert dialog.findChildren(QLineEdit, "count_BAG001") == []  # nothing to confirm, nothing to zero yet
    assert not dialog.confirm_button.isVisibleTo(dialog)
    assert dialog.full_button.hasFocus() or dialog.focusWidget() is dialog.full_button


def test_a_partial_count_lists_and_books_only_what_was_scanned(qtbot, shop, dialog):
    qtbot.mouseClick(dialog.partial_button, LEFT)
    assert dialog.mode == "partial" and dialog.rows == {}
    assert not dialog.confirm_button.isEnabled()
    for _ in range(7):
        scan(qtbot, dialog, shop.bag)
    assert list(dialog.rows) == [shop.bag] and dialog.counted(shop.bag) == 7
    assert dialog.count_title.text() == "Conteo parcial: Taller Mama Killa"
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.booked == {shop.bag: -3}
    assert [stock.stock_of(shop.store, c, "taller") for c in (shop.bag, shop.purse, shop.pencil_case)] == [7, 10, 10]


def test_a_full_count_starts_uncounted_and_confirms_what_it_will_zero(qtbot, shop, dialog, monkeypatch):
    qtbot.mouseClick(dialog.full_button, LEFT)
    assert set(dialog.rows) == {shop.bag, shop.purse, shop.pencil_case, shop.bought_in}
    cell = dialog.findChild(QLineEdit, f"count_{shop.purse}")
    assert cell.text() == "" and cell.placeholderText() == "sin contar"
    for _ in range(10):
        scan(qtbot, dialog, shop.bag)
    qtbot.keyClicks(dialog.findChild(QLineEdit, f"count_{shop.purse}"), "0")
    assert sorted(dialog.zeroed()) == sorted([shop.purse, shop.pencil_case, shop.bought_in])

    questions: list[tuple[str, list[str]]] = []

    def decline(question: stocktake_dialog.ListQuestion) -> int:
        questions.append(
            (
                question.findChild(QLabel, "questionText").text(),
                [question.list.item(i).text() for i in range(question.list.count())],
            )
        )
        qtbot.mouseClick(question.no_button, LEFT)
        return question.result()

    monkeypatch.setattr(stocktake_dialog.ListQuestion, "exec", decline)
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert stock.stock_of(shop.store, shop.purse, "taller") == 10  # nothing booked
    [(question, lines)] = questions
    assert question == "Estos 3 artículos no se contaron (o se contaron 0) y quedarán en 0 en Taller Mama Killa:"
    assert f"Monedero de cuero ({shop.purse}): 10 → 0" in lines
    assert f"Cartuchera Ñusta ({shop.pencil_case}): 10 → 0" in lines
    assert len(lines) == 3 and not any("Bolso bordado" in line for line in lines)

    def accept(question: stocktake_dialog.ListQuestion) -> int:
        qtbot.mouseClick(question.yes_button, LEFT)
        return question.result()

    monkeypatch.setattr(stocktake_dialog.ListQuestion, "exec", accept)
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.booked == {shop.purse: -10, shop.pencil_case: -10, shop.bought_in: -10}
    assert stock.stock_of(shop.store, shop.bag, "taller") == 10


def test_a_full_count_where_everything_was_counted_asks_nothing(qtbot, shop, dialog, monkeypatch):
    monkeypatch.setattr(stocktake_dialog.ListQuestion, "exec", lambda *_args: pytest.fail("nothing goes to zero"))
    qtbot.mouseClick(dialog.full_button, LEFT)
    for code in dialog.rows:
        dialog.set_count(code, 10)
    assert "coincide" in dialog.summary.text()
    qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.booked == {}


def test_the_stock_screen_opens_the_question(qtbot, shop, monkeypatch):
    screen = StockScreen(shop.store)
    qtbot.addWidget(screen)
    seen: list[StocktakeDialog] = []

    def fake_exec(dialog: StocktakeDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(StocktakeDialog, "exec", fake_exec)
    qtbot.mouseClick(screen.stocktake_button, LEFT)
    assert seen[0].pages.currentIndex() == 0
