"""The count at Casa Colibri through the partner screen (figures of ``tests/services/test_partner_count.py``).

It holds 10 bags and 10 pencil cases; 7 bags and 9 cases are scanned there.
The bags missing are recorded as sold and not reported (3 at S/ 45.00: 94.50
due), the case as lost; the screen's row shows 3 sold, 16 on hand.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from mamakilla_pos.gui.partner_count_dialog import PartnerCountDialog
from mamakilla_pos.gui.partners_screen import PartnersScreen
from mamakilla_pos.services.verify import verify
from tests.services.test_partner_line_makers import colibri  # noqa: F401


def _scan(qtbot, dialog: PartnerCountDialog, code: str, units: int = 1) -> None:  # type: ignore[no-untyped-def]
    dialog.quantity_input.setText(str(units))
    qtbot.keyClicks(dialog.code_input, code)
    qtbot.keyClick(dialog.code_input, Qt.Key.Key_Return)


def test_a_count_at_the_partner_records_what_is_missing_as_sold_or_lost(qtbot, colibri, stub_exec):  # noqa: F811
    screen = PartnersScreen(colibri.store)
    qtbot.addWidget(screen)
    screen.show()

    def count(dialog: PartnerCountDialog) -> None:
        for _ in range(7):
            _scan(qtbot, dialog, colibri.bag)  # one scan per tag
        _scan(qtbot, dialog, colibri.pencil_case, 9)  # or the units typed
        rows = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(dialog.table.rowCount())]
        assert rows == [
            ["BAG001", "Bolso bordado", "10", "7", "3"],
            ["CAS001", "Cartuchera Ñusta", "10", "9", "1"],
        ]
        assert dialog.decisions() == {"BAG001": "sold", "CAS001": "sold"}
        dialog.set_decision(colibri.pencil_case, "lost")
        dialog.ok_button.click()

    stub_exec(PartnerCountDialog, count)
    qtbot.mouseClick(screen.count_button, Qt.MouseButton.LeftButton)
    assert screen.banner.text() == "Conteo en Casa Colibri Multimarca: vendidas sin reportar 3, perdidas 1."
    assert screen.model.rows[0][2:] == ["20", "3", "0", "16", "S/ 94.50", "S/ 0.00", "S/ 94.50"]
    assert verify(colibri.store) == []
