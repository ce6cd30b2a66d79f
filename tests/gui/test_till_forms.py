"""The till's cash dialogs, built from their Designer forms: Tab visits every field and button in order.

The count panels are promoted widgets of the forms; the counter links them,
so Tab runs down every soles row, then every dollar row, then on to the
dialog's own fields and buttons, and back round to the first row.
"""

from __future__ import annotations

import pytest
from gui_helpers import show_dialog, tab_names

from mamakilla_pos.gui.cash_move_dialog import CashMoveDialog
from mamakilla_pos.gui.cash_reasons import DETAIL_REQUIRED
from mamakilla_pos.gui.close_till_dialog import CloseTillDialog
from mamakilla_pos.gui.open_till_dialog import OpenTillDialog
from mamakilla_pos.gui.widgets.denomination_counter import COUNT_ORDER, DenominationPanel, count_name

COUNT_FIELDS = [count_name(c, value) for c in ("PEN", "USD") for value in COUNT_ORDER[c]]


@pytest.mark.till_closed
def test_open_till_tabs_through_every_row_then_its_buttons(qtbot, shop):
    dialog = show_dialog(qtbot, OpenTillDialog(shop.store))
    after = ["openTillButton", "cancelButton"]
    assert tab_names(qtbot, dialog=dialog, count=len(COUNT_FIELDS) + len(after)) == [
        *COUNT_FIELDS,
        *after,
        COUNT_FIELDS[0],
    ]
    panels = dialog.findChildren(DenominationPanel)
    assert sorted(p.objectName() for p in panels) == ["countPanel_PEN", "countPanel_USD"]
    assert dialog.objectName() == "openTillDialog"


def test_close_till_tabs_through_the_count_then_the_note_and_buttons(qtbot, shop):
    dialog = show_dialog(qtbot, CloseTillDialog(shop.store))
    after = ["noteInput", "closeTillButton", "xReportButton", "cancelButton"]
    assert tab_names(qtbot, dialog=dialog, count=len(COUNT_FIELDS) + len(after)) == [
        *COUNT_FIELDS,
        *after,
        COUNT_FIELDS[0],
    ]


def test_cash_move_tabs_from_the_amount_to_its_choices(qtbot, shop):
    """Each row of choices is one exclusive group: Tab enters it at the checked button, the arrows move within."""
    dialog = show_dialog(qtbot, CashMoveDialog(shop.store, "out"))
    assert not dialog.confirm_button.isEnabled()  # nothing typed yet: the disabled button is skipped
    assert tab_names(qtbot, dialog=dialog, count=6) == [
        "amountInput",
        "detailInput",
        "cancelButton",
        "reason_0",
        "direction_out",
        "currency_PEN",
        "amountInput",
    ]
    dialog.ui.direction_in.click()
    dialog.amount.setText("5")
    dialog.choose_reason(next(p for p in dialog.presets() if p not in DETAIL_REQUIRED))
    dialog.amount.setFocus()
    assert dialog.confirm_button.isEnabled()
    assert tab_names(qtbot, dialog=dialog, count=3) == [
        "amountInput",
        "detailInput",
        "confirmMoveButton",
        "cancelButton",
    ]
