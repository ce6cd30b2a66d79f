"""Each till's printer profile, and opening the drawer without a sale (a permission, journaled)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from mamakilla_pos.services import auth, printers, settings
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.errors import PermissionDenied, UserError
from mamakilla_pos.services.verify import verify

PIN = "135790"


def _journal(store, kind: str) -> list[tuple[str, str, dict]]:
    with store.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT actor, ref, payload FROM journal WHERE kind = :kind ORDER BY seq"), {"kind": kind}
        ).all()
    return [(actor, ref, json.loads(payload)) for actor, ref, payload in rows]


@pytest.fixture
def staff(store):
    coordinator = auth.create_user(store, "Carmen Ayma", "coordinator", PIN, by=SYSTEM_ID)
    seller = auth.create_user(store, "Rosa Quispe", "seller", "2468", by=coordinator.id)
    return coordinator, seller


def test_a_till_without_a_profile_prints_pdfs(store):
    profile = printers.printer_profile(store)
    assert profile == printers.PrinterProfile()
    assert not profile.thermal and not profile.has_drawer


def test_the_profile_is_kept_under_the_tills_code_and_journaled(store, staff):
    coordinator, _ = staff
    wanted = printers.PrinterProfile("escpos+tcp://192.168.1.60", columns=32, code_page=3, cut="full")
    saved = printers.save_printer_profile(store, wanted, coordinator.id)
    assert saved.uri == "escpos+tcp://192.168.1.60:9100"  # written canonically, the default port added
    assert printers.printer_profile(store) == saved
    assert printers.printer_profile(store, "F001") == printers.PrinterProfile()  # another till: its own

    settings.update_settings(store, coordinator.id, till_series="F009")
    assert printers.printer_profile(store) == saved  # the till keeps its printer when its series changes
    assert printers.printer_profile(store, "B001") == saved

    (entry,) = _journal(store, "printer")
    actor, ref, payload = entry
    assert (actor, ref, payload["till"]) == ("Carmen Ayma", "B001", "B001")
    assert payload["changes"]["uri"] == ["", "escpos+tcp://192.168.1.60:9100"]
    assert payload["changes"]["columns"] == [48, 32]
    assert "cut" in payload["changes"] and "drawer_pin" not in payload["changes"]
    assert verify(store) == []  # the settings row is master data: imaged and replayed


def test_saving_the_same_profile_again_journals_nothing(store, staff):
    coordinator, _ = staff
    profile = printers.PrinterProfile("escpos+usb://0416:5011", columns=42)
    printers.save_printer_profile(store, profile, coordinator.id)
    printers.save_printer_profile(store, profile, coordinator.id)
    assert len(_journal(store, "printer")) == 1


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"uri": "escpos+tcp://"}, "servidor"),
        ({"uri": "cups:PDF"}, "térmica"),
        ({"uri": "lpt1"}, "tipo"),
        ({"columns": 40}, "32"),
        ({"code_page": 99}, "tabla de acentos"),
        ({"cut": "half"}, "corte"),
        ({"drawer_pin": 3}, "pin"),
    ],
)
def test_a_bad_profile_is_refused_and_changes_nothing(store, staff, change, words):
    coordinator, _ = staff
    with pytest.raises(UserError, match=words):
        printers.save_printer_profile(store, printers.PrinterProfile(**change), coordinator.id)
    assert printers.printer_profile(store) == printers.PrinterProfile()
    assert _journal(store, "printer") == []


def test_a_seller_cannot_change_the_printer(store, staff):
    _, seller = staff
    with pytest.raises(PermissionDenied):
        printers.save_printer_profile(store, printers.PrinterProfile("escpos+tcp://10.0.0.9"), seller.id)
    assert printers.printer_profile(store) == printers.PrinterProfile()


def test_a_damaged_stored_profile_prints_pdfs(store):
    with store.engine.begin() as connection:
        connection.execute(text("INSERT INTO settings (key, value) VALUES ('printer:B001', '{not json')"))
    assert printers.printer_profile(store) == printers.PrinterProfile()


def test_opening_the_drawer_is_journaled_with_who(store, staff):
    coordinator, _ = staff
    printers.save_printer_profile(store, printers.PrinterProfile("escpos+tcp://127.0.0.1:9100"), coordinator.id)
    assert printers.open_drawer(store, coordinator.id) == "B001"
    (entry,) = _journal(store, "drawer")
    assert entry == ("Carmen Ayma", "B001", {"till": "B001"})


def test_a_seller_opens_the_drawer_with_a_coordinators_pin(store, staff):
    coordinator, seller = staff
    printers.save_printer_profile(store, printers.PrinterProfile("escpos+tcp://127.0.0.1:9100"), coordinator.id)
    with pytest.raises(PermissionDenied) as denied:
        printers.open_drawer(store, seller.id)
    assert denied.value.permission == "open_drawer"
    assert _journal(store, "drawer") == []
    approval = auth.approve(store, coordinator.id, PIN, "open_drawer")
    printers.open_drawer(store, seller.id, approval)
    (entry,) = _journal(store, "drawer")
    assert entry == ("Rosa Quispe", "B001", {"till": "B001", "approved_by": "Carmen Ayma"})


def test_no_drawer_to_open_without_a_thermal_printer(store, staff):
    coordinator, _ = staff
    with pytest.raises(UserError, match="cajón"):
        printers.open_drawer(store, coordinator.id)
    printers.save_printer_profile(
        store, printers.PrinterProfile("escpos+tcp://127.0.0.1:9100", drawer_pin=0), coordinator.id
    )
    with pytest.raises(UserError, match="cajón"):
        printers.open_drawer(store, coordinator.id)
    assert _journal(store, "drawer") == []


def test_the_coordinators_role_may_open_the_drawer_after_the_upgrade(store):
    with store.engine.connect() as connection:
        permissions = connection.execute(text("SELECT permissions FROM roles WHERE code = 'coordinator'")).scalar_one()
        seller = connection.execute(text("SELECT permissions FROM roles WHERE code = 'seller'")).scalar_one()
    assert "open_drawer" in permissions.split()
    assert "open_drawer" not in seller.split()


def test_a_logo_path_is_kept_as_typed(store, staff, tmp_path: Path):
    coordinator, _ = staff
    logo = tmp_path / "logo.png"
    saved = printers.save_printer_profile(
        store, printers.PrinterProfile("escpos+serial:///dev/ttyUSB0", logo=f"  {logo}  "), coordinator.id
    )
    assert saved.logo == str(logo)
    assert saved.uri == "escpos+serial:///dev/ttyUSB0?baud=9600"
