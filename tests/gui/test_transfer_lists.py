"""Preparing a fair with a transfer list and bringing back what is left, through the real widgets.

Modal dialogs are stubbed only at ``exec``: each stub works the real dialog.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import pdf_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from mamakilla_pos.domain.payments import Tender
from mamakilla_pos.gui.approval import ApprovalDialog
from mamakilla_pos.gui.main_window import MainWindow
from mamakilla_pos.gui.stock_screen import StockScreen
from mamakilla_pos.gui.transfer_list_dialog import TransferListDialog
from mamakilla_pos.services import auth, locations, stock
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.sales import LineRequest, SaleRequest, record_sale
from mamakilla_pos.services.verify import verify

LEFT = Qt.MouseButton.LeftButton
COORDINATOR_PIN = "735190"


@pytest.fixture
def people(shop):
    coordinator = auth.create_user(shop.store, "Carmen Ayma", "coordinator", COORDINATOR_PIN, by=SYSTEM_ID)
    seller = auth.create_user(shop.store, "Rosa Quispe", "seller", "5820", by=coordinator.id)
    locations.add_location(shop.store, "feria", "Feria de San Blas", "fair", user_id=coordinator.id)
    return coordinator, seller


@pytest.fixture
def screen(qtbot, shop, people) -> StockScreen:
    """The stock screen of a main window where the seller is logged in."""
    window = MainWindow(shop.store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.till_user.log_in(people[1])
    window.show_screen("stock")
    found = window.current_screen()
    assert isinstance(found, StockScreen)
    return found


def approve_with_pin(qtbot, prompts: list[ApprovalDialog]):
    """A coordinator picked on the prompt types her PIN on its keypad and approves."""

    def approve(prompt: ApprovalDialog) -> int:
        prompts.append(prompt)
        prompt.select_approver(next(iter(prompt._buttons)))
        for digit in COORDINATOR_PIN:
            qtbot.mouseClick(prompt.findChild(QPushButton, f"key_{digit}"), LEFT)
        qtbot.mouseClick(prompt.findChild(QPushButton, "approveButton"), LEFT)
        return prompt.result()

    return approve


def scan(qtbot, dialog: TransferListDialog, code: str) -> None:
    """A scanner types the code and Enter."""
    qtbot.keyClicks(dialog.scan_input, code)
    qtbot.keyClick(dialog.scan_input, Qt.Key.Key_Return)


def test_a_fair_is_prepared_with_one_list_scanned_and_printed(qtbot, shop, screen, stub_exec, shown_pdfs, monkeypatch):
    """A seller prepares the list; moving goods takes a coordinator's PIN, asked as she confirms."""
    store = shop.store
    stock.produce(store, shop.bag, 4, user_id=SYSTEM_ID)  # 14 bags at the workshop
    prompts: list[ApprovalDialog] = []
    monkeypatch.setattr(ApprovalDialog, "exec", approve_with_pin(qtbot, prompts))

    def prepare(dialog: TransferListDialog) -> None:
        assert dialog.source() == "taller" and dialog.target() == "feria"
        assert dialog.codes() == [shop.bag]  # the item chosen on the stock screen is on the list already
        for code in (shop.bag, shop.bag, shop.purse, shop.pencil_case, shop.purse):
            scan(qtbot, dialog, code)
        assert [(ln.code, ln.on_hand) for ln in dialog.lines] == [
            (shop.bag, 14),
            (shop.purse, 10),
            (shop.pencil_case, 10),
        ]
        assert [dialog.quantity_of(i) for i in range(3)] == [3, 2, 1]
        dialog.set_quantity(shop.pencil_case, 6)
        assert dialog.summary.text() == "Unidades: 11 · Artículos: 3"
        assert dialog.over_label.isHidden()
        assert dialog.confirm_button.text() == "Trasladar 11 a Feria de San Blas"
        qtbot.keyClicks(dialog.note_input, "feria del domingo")
        qtbot.mouseClick(dialog.confirm_button, LEFT)

    stub_exec(TransferListDialog, prepare)
    assert screen.select_item(shop.bag)
    qtbot.mouseClick(screen.transfer_button, LEFT)
    assert (screen.level(shop.bag, "taller"), screen.level(shop.bag, "feria")) == (11, 3)
    assert (screen.level(shop.pencil_case, "taller"), screen.level(shop.pencil_case, "feria")) == (4, 6)
    assert screen.banner.text() == "11 unidades trasladadas de Taller Mama Killa a Feria de San Blas."
    assert [prompt.permission for prompt in prompts] == ["stock_transfer"]
    [shown] = shown_pdfs
    slip = shown._pdf
    text = pdf_text(slip)
    assert "LISTA DE TRASLADO" in text and "Preparó Rosa Quispe" in text and "Nota feria del domingo" in text
    assert "Aprobó Carmen Ayma" in text
    assert f"{shop.pencil_case} Cartuchera Ñusta Luz Mamani 6 ☐" in text
    assert "11 unidades de 3 artículos" in text
    assert verify(store) == []


def test_more_than_there_is_turns_red_and_asks_a_coordinator(qtbot, shop, screen, monkeypatch, shown_pdfs, stub_exec):
    """14 at the workshop, 99 typed: the line is red and only a coordinator's PIN lets it go."""
    store = shop.store
    stock.produce(store, shop.bag, 4, user_id=SYSTEM_ID)
    prompts: list[ApprovalDialog] = []

    def refuse(dialog: ApprovalDialog) -> int:
        prompts.append(dialog)
        return QDialog.DialogCode.Rejected

    def too_many(dialog: TransferListDialog) -> None:
        dialog.set_quantity(shop.bag, 99)
        assert not dialog.over_label.isHidden()
        assert dialog.over_label.text().startswith("1 línea en rojo pide más de lo que hay en Taller Mama Killa")
        cell = dialog.table.item(0, dialog.ON_HAND)
        assert cell.text() == "14" and cell.foreground().color().name() == "#9b1c22"
        monkeypatch.setattr(ApprovalDialog, "exec", refuse)
        qtbot.mouseClick(dialog.confirm_button, LEFT)
        assert dialog.result() != QDialog.DialogCode.Accepted  # still open, nothing moved
        assert "no hay tantas unidades" in dialog.error.text()
        assert stock.stock_of(store, shop.bag, "taller") == 14
        monkeypatch.setattr(ApprovalDialog, "exec", approve_with_pin(qtbot, prompts))
        qtbot.mouseClick(dialog.confirm_button, LEFT)

    stub_exec(TransferListDialog, too_many)
    assert screen.select_item(shop.bag)
    qtbot.mouseClick(screen.transfer_button, LEFT)
    assert len(prompts) == 2
    assert (screen.level(shop.bag, "taller"), screen.level(shop.bag, "feria")) == (-85, 99)
    assert "Aprobó Carmen Ayma" in pdf_text(shown_pdfs[0]._pdf)


def test_the_return_from_the_fair_lists_what_is_left_and_what_was_sold(
    qtbot, shop, screen, stub_exec, shown_pdfs, people
):
    store = shop.store
    screen.window().till_user.log_in(people[0])  # the coordinator takes the return
    stock.transfer(store, shop.bag, 5, "taller", "feria", user_id=SYSTEM_ID)
    stock.transfer(store, shop.purse, 3, "taller", "feria", user_id=SYSTEM_ID)
    sale = SaleRequest(
        (LineRequest(shop.bag, 2),), (Tender("cash", Decimal("100")),), location_code="feria", user_id=SYSTEM_ID
    )
    record_sale(store, sale)
    screen.refresh()

    def bring_back(dialog: TransferListDialog) -> None:
        assert dialog.fair == "feria" and dialog.source() == "feria" and dialog.target() == "taller"
        assert not dialog.source_combo.isEnabled()
        assert [(ln.code, ln.sent, ln.sold, ln.on_hand, ln.quantity) for ln in dialog.lines] == [
            (shop.bag, 5, 2, 3, 3),
            (shop.purse, 3, 0, 3, 3),
        ]
        assert not dialog.table.isColumnHidden(dialog.SOLD)
        dialog.set_quantity(shop.bag, 2)  # one bag did not come back
        assert dialog.confirm_button.text() == "Traer 5 a Taller Mama Killa"
        qtbot.mouseClick(dialog.confirm_button, LEFT)

    stub_exec(TransferListDialog, bring_back)
    qtbot.mouseClick(screen.return_button, LEFT)
    assert (screen.level(shop.bag, "feria"), screen.level(shop.purse, "feria")) == (1, 0)
    assert screen.level(shop.bag, "taller") == 7
    text = pdf_text(shown_pdfs[0]._pdf)
    assert "RETORNO DE FERIA" in text
    assert f"{shop.bag} Bolso bordado 5 2 — 2 1" in text
    assert f"{shop.purse} Monedero de cuero 3 0 — 3 0" in text
    assert "Queda 1 unidad sin volver" in text
    assert verify(store) == []


def test_a_name_typed_in_the_scan_field_adds_the_only_item_that_fits(qtbot, shop, screen, stub_exec, shown_pdfs):
    def by_name(dialog: TransferListDialog) -> None:
        qtbot.keyClicks(dialog.scan_input, "cartuchera")
        qtbot.keyClick(dialog.scan_input, Qt.Key.Key_Return)
        assert dialog.codes() == [shop.pencil_case]
        qtbot.keyClicks(dialog.scan_input, "NOPE99")
        qtbot.keyClick(dialog.scan_input, Qt.Key.Key_Return)
        assert "no existe el artículo" in dialog.message.text().lower()
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.remove_button, LEFT)
        assert dialog.codes() == []
        assert not dialog.confirm_button.isEnabled()
        dialog.reject()

    stub_exec(TransferListDialog, by_name)
    screen.view.clearSelection()
    qtbot.mouseClick(screen.transfer_button, LEFT)
    assert shown_pdfs == []
