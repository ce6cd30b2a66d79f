"""A screen acts as whoever is logged in at the till; with nobody logged in the service refuses, in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mamakilla_pos.gui.open_till_dialog import OpenTillDialog
from mamakilla_pos.services import cash
from tests.gui.conftest import CLERK


def _open_with_no_float(qtbot, store) -> OpenTillDialog:  # type: ignore[no-untyped-def]
    dialog = OpenTillDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    return dialog


@pytest.mark.till_closed
@pytest.mark.nobody_at_the_till
def test_with_nobody_logged_in_the_till_is_not_opened_and_the_dialog_says_why(qtbot, shop):
    dialog = _open_with_no_float(qtbot, shop.store)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.error.isVisible()
    assert "inicie sesión con su PIN" in dialog.error.text()
    assert cash.current_session(shop.store) is None


@pytest.mark.till_closed
def test_the_person_logged_in_opens_the_till(qtbot, shop):
    dialog = _open_with_no_float(qtbot, shop.store)
    assert dialog.result() == QDialog.DialogCode.Accepted
    session = cash.current_session(shop.store)
    assert session is not None and session.opened_by == CLERK
