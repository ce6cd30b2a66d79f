"""Sending more than the workshop holds to a partner shop asks a coordinator's PIN (DESIGN.md §4 rule 10).

The workshop holds 10 bags. A seller lists 12 for Casa Colibri: the line is
red, and confirming asks for a coordinator's approval; refused, nothing
moves; approved, the note goes out and says who approved it in the journal.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mamakilla_pos.gui.approval import ApprovalDialog
from mamakilla_pos.gui.main_window import MainWindow
from mamakilla_pos.gui.partner_dialogs import PartnerLinesDialog
from mamakilla_pos.gui.partners_screen import PartnersScreen
from mamakilla_pos.services import auth, partner_report, partners
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.verify import verify
from tests.gui.test_transfer_lists import COORDINATOR_PIN, approve_with_pin
from tests.helpers import pdf_text

COLIBRI = "Casa Colibri Multimarca"


@pytest.fixture
def screen(qtbot, shop) -> PartnersScreen:
    """The partner screen of a main window where a seller is logged in."""
    coordinator = auth.create_user(shop.store, "Carmen Ayma", "coordinator", COORDINATOR_PIN, by=SYSTEM_ID)
    seller = auth.create_user(shop.store, "Rosa Quispe", "seller", "5820", by=coordinator.id)
    partners.save_partner(shop.store, COLIBRI, D("0.30"), user_id=SYSTEM_ID)
    window = MainWindow(shop.store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.till_user.log_in(seller)
    window.show_screen("partners")
    found = window.current_screen()
    assert isinstance(found, PartnersScreen)
    return found


def _twelve_bags(qtbot, dialog: PartnerLinesDialog, bag: str) -> None:  # type: ignore[no-untyped-def]
    dialog.quantity_input.setText("12")
    dialog.code_input.setText(bag)
    qtbot.keyClick(dialog.code_input, Qt.Key.Key_Return)
    assert dialog.model.rows[0][2:4] == ["12", "10"]
    assert dialog.model.data(dialog.model.index(0, 0), Qt.ItemDataRole.ForegroundRole).name() == "#9b1c22"
    assert not dialog.over_label.isHidden()
    assert dialog.over_label.text().startswith("Las líneas en rojo piden más de lo que hay en el taller")


def test_more_than_the_workshop_holds_needs_a_coordinator(qtbot, shop, screen, stub_exec, shown_pdfs, monkeypatch):
    prompts: list[ApprovalDialog] = []

    def refuse(prompt: ApprovalDialog) -> int:
        prompts.append(prompt)
        return QDialog.DialogCode.Rejected

    def refused(dialog: PartnerLinesDialog) -> None:
        _twelve_bags(qtbot, dialog, shop.bag)
        monkeypatch.setattr(ApprovalDialog, "exec", refuse)
        dialog.ok_button.click()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "no hay tantas unidades" in dialog.error.text()

    stub_exec(PartnerLinesDialog, refused)
    qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    assert [p.permission for p in prompts] == ["stock_adjust"]
    assert "Bolso bordado: 12 (hay 10)" in prompts[0].detail_label.text()
    assert partner_report.partner_figures(shop.store, COLIBRI).sent == 0

    def approved(dialog: PartnerLinesDialog) -> None:
        _twelve_bags(qtbot, dialog, shop.bag)
        monkeypatch.setattr(ApprovalDialog, "exec", approve_with_pin(qtbot, prompts))
        dialog.ok_button.click()

    stub_exec(PartnerLinesDialog, approved)
    qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    assert screen.banner.text() == f"Nota CS-000001: 12 unidades enviadas a {COLIBRI}."
    assert partner_report.partner_figures(shop.store, COLIBRI).on_hand == 12
    note = pdf_text(shown_pdfs[-1]._pdf)
    assert note.count("Aprobó Carmen Ayma") == 2 and note.count("Preparó Rosa Quispe") == 2
    assert verify(shop.store) == []
