"""The settings dialog: coordinators change the shop's settings through real widgets; bad values change nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QPushButton, QWidget
from sqlalchemy import text

from mamakilla_pos.gui import settings_dialog as module
from mamakilla_pos.gui.approval import ApprovalDialog
from mamakilla_pos.gui.languages import ui_language
from mamakilla_pos.gui.settings_dialog import SETTING_NAMES, SettingsDialog, ruc_is_valid
from mamakilla_pos.gui.till_user import TillUser
from mamakilla_pos.services import auth, locations
from mamakilla_pos.services.actors import SYSTEM_ID
from mamakilla_pos.services.settings import get_settings

COORDINATOR_PIN = "739164"
SELLER_PIN = "582046"
GOOD_RUC = "20601234565"  # 11 digits with the right SUNAT check digit


@pytest.fixture(autouse=True)
def _own_qsettings(tmp_path):
    """This computer's choices (the language) in the test's own folder."""
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "qsettings"))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "qsettings"))


@pytest.fixture
def people(store):
    coordinator = auth.create_user(store, "Carmen Ayma", "coordinator", COORDINATOR_PIN, by=SYSTEM_ID)
    seller = auth.create_user(store, "Rosa Quispe", "seller", SELLER_PIN, by=coordinator.id)
    return coordinator, seller


def _host(qtbot, store, actor) -> QWidget:
    """A stand-in for the main window: the dialog finds who is at the till through its parent."""
    host = QWidget()
    qtbot.addWidget(host)
    host.till_user = TillUser(store, host)  # type: ignore[attr-defined]
    host.till_user.log_in(actor)  # type: ignore[attr-defined]
    return host


def _dialog(qtbot, store, parent=None) -> SettingsDialog:
    dialog = SettingsDialog(store, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _retype(qtbot, field: QLineEdit, value: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, value)


def _choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{value!r} not offered by {combo.objectName()}"
    combo.setCurrentIndex(index)


def _journal_rows(store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT COUNT(*) FROM journal")).scalar_one()


def _save(qtbot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveSettingsButton"), Qt.MouseButton.LeftButton)


def _error(dialog: SettingsDialog) -> QLabel:
    return dialog.findChild(QLabel, "settingsError")


def test_every_shop_setting_has_a_field(qtbot, store):
    dialog = _dialog(qtbot, store)
    assert set(dialog._field_widget) == set(SETTING_NAMES)
    assert dialog.field("shop_name").text() == get_settings(store).shop_name
    assert dialog.field("usd_rate").text() == "3.70"
    assert dialog.field("share_rate").text() == "45"
    assert dialog.field("seller_discount_limit").text() == "10"
    assert dialog.field("till").text() == "Caja B001"
    assert dialog.language_input.currentText() == "Español"


def test_a_coordinator_changes_every_kind_of_setting(qtbot, store, people, monkeypatch, tmp_path):
    coordinator, _seller = people
    locations.add_location(store, "feria", "Feria de San Blas", "fair", user_id=SYSTEM_ID)
    monkeypatch.setattr(module, "available_printers", lambda: ["EPSON TM-T20", "PDF"])
    backups = tmp_path / "usb" / "copias"
    backups.mkdir(parents=True)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(backups)))
    journal_before = _journal_rows(store)

    host = _host(qtbot, store, coordinator)
    dialog = _dialog(qtbot, store, host)
    assert not dialog.findChild(QLabel, "settingsNote").isVisible()
    _retype(qtbot, dialog.findChild(QLineEdit, "shopNameInput"), "Mama Killa Feria")
    _retype(qtbot, dialog.findChild(QLineEdit, "shopRucInput"), GOOD_RUC)
    _retype(qtbot, dialog.findChild(QLineEdit, "receiptFooterInput"), "Gracias por su compra")
    _choose(dialog.findChild(QComboBox, "receiptPaperInput"), "58mm")
    _choose(dialog.findChild(QComboBox, "afterPaymentInput"), "print")
    printer = dialog.findChild(QComboBox, "printerInput")
    assert [printer.itemText(i) for i in range(printer.count())] == [
        "Sin impresora: guardar PDF",
        "EPSON TM-T20",
        "PDF",
    ]
    _choose(printer, "EPSON TM-T20")
    _retype(qtbot, dialog.findChild(QLineEdit, "shareRateInput"), "50")
    _retype(qtbot, dialog.findChild(QLineEdit, "usdRateInput"), "3,85")
    _choose(dialog.findChild(QComboBox, "cashRoundingInput"), "off")
    _retype(qtbot, dialog.findChild(QLineEdit, "discountLimitInput"), "15")
    _retype(qtbot, dialog.findChild(QLineEdit, "tillSeriesInput"), "b002")
    _choose(dialog.findChild(QComboBox, "tillLocationInput"), "feria")
    _choose(dialog.findChild(QComboBox, "idleLockInput"), "10")
    qtbot.mouseClick(dialog.findChild(QPushButton, "chooseBackupButton"), Qt.MouseButton.LeftButton)
    assert dialog.findChild(QLineEdit, "backupFolderInput").text() == str(backups)
    _choose(dialog.findChild(QComboBox, "languageInput"), "fr")
    _retype(qtbot, dialog.findChild(QLineEdit, "shopPhoneInput"), "+51 984 123 456")
    _retype(qtbot, dialog.findChild(QLineEdit, "instagramUrlInput"), "https://www.instagram.com/mamakilla.cusco/")
    _retype(qtbot, dialog.findChild(QLineEdit, "imageBaseUrlInput"), "https://mamakilla.pe/img")
    _save(qtbot, dialog)

    assert dialog.result() == SettingsDialog.DialogCode.Accepted, _error(dialog).text()
    saved = get_settings(store)
    assert saved.shop_name == "Mama Killa Feria"
    assert saved.shop_ruc == GOOD_RUC
    assert saved.receipt_footer == "Gracias por su compra"
    assert (saved.receipt_paper, saved.after_payment, saved.printer) == ("58mm", "print", "EPSON TM-T20")
    assert saved.share_rate == Decimal("0.50")
    assert saved.usd_rate == Decimal("3.85")
    assert saved.cash_rounding == "off" and saved.rounding_step is None
    assert saved.seller_discount_limit == Decimal("15")
    assert (saved.till_series, saved.till_location, saved.idle_lock_minutes) == ("B002", "feria", "10")
    assert saved.backup_folder == str(backups)
    assert (saved.shop_phone, saved.instagram_url, saved.image_base_url) == (
        "+51 984 123 456",
        "https://www.instagram.com/mamakilla.cusco/",
        "https://mamakilla.pe/img",
    )
    assert saved.shop_address == "Hermanos Ayar, Santiago, Cusco"  # untouched
    assert dialog.result_settings == saved
    with store.engine.connect() as conn:
        added = conn.execute(text("SELECT kind FROM journal WHERE seq > :n ORDER BY seq"), {"n": journal_before})
        # This till's new row and the entry saying what changed in it, then the settings' the same way.
        assert added.scalars().all() == ["rows", "till", "rows", "settings"]
    # The language is this computer's, not the shop's.
    assert ui_language() == "fr" and dialog.language_changed


def test_a_bad_dollar_rate_shows_the_message_and_changes_nothing(qtbot, store, people):
    coordinator, _seller = people
    before = get_settings(store)
    journal_before = _journal_rows(store)
    host = _host(qtbot, store, coordinator)
    dialog = _dialog(qtbot, store, host)
    _retype(qtbot, dialog.findChild(QLineEdit, "shopNameInput"), "Otro nombre")
    _choose(dialog.findChild(QComboBox, "languageInput"), "en")
    dialog.tabs.setCurrentIndex(SettingsDialog.TAB_SHOP)
    _retype(qtbot, dialog.findChild(QLineEdit, "usdRateInput"), "0")
    _save(qtbot, dialog)

    error = _error(dialog)
    assert error.isVisible()
    assert error.text() == "El tipo de cambio debe ser mayor que cero."
    assert dialog.isVisible() and dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == SettingsDialog.TAB_MONEY
    assert dialog.focusWidget() is dialog.findChild(QLineEdit, "usdRateInput")
    assert get_settings(store) == before
    assert _journal_rows(store) == journal_before
    assert ui_language() == "es"

    # Put right, the same dialog saves.
    _retype(qtbot, dialog.findChild(QLineEdit, "usdRateInput"), "3.72")
    _save(qtbot, dialog)
    assert not error.isVisible()
    assert get_settings(store).usd_rate == Decimal("3.72")
    assert get_settings(store).shop_name == "Otro nombre"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("usdRateInput", "", "Escriba el dólar de hoy en números, por ejemplo 3.70."),
        ("shareRateInput", "120", "La participación debe estar entre 0 % y 100 %."),
        ("shopRucInput", "2060123456", "El RUC tiene 11 números; este tiene 10."),
        ("shopRucInput", "20601234566", "El RUC no es válido: revise los 11 números."),
        ("shopNameInput", "", "Escriba el nombre de la tienda."),
        ("catalogueUrlInput", "mamakilla", "El enlace del catálogo empieza con https:// (o déjelo vacío)."),
        ("instagramUrlInput", "@mamakilla", "El enlace de Instagram empieza con https:// (o déjelo vacío)."),
        ("imageBaseUrlInput", "ftp://x", "La dirección de las imágenes empieza con https:// (o déjelo vacío)."),
        ("shopPhoneInput", "llamar", "El teléfono lleva solo números, espacios y + ( ) - (hasta 32)."),
    ],
)
def test_each_bad_value_is_explained_and_nothing_is_saved(qtbot, store, field, value, message):
    before = get_settings(store)
    dialog = _dialog(qtbot, store)
    line = dialog.findChild(QLineEdit, field)
    line.clear()
    if value:
        qtbot.keyClicks(line, value)
    _save(qtbot, dialog)
    assert _error(dialog).text() == message
    assert get_settings(store) == before
    assert dialog.focusWidget() is line


def test_a_seller_needs_a_coordinator_to_save(qtbot, store, people, monkeypatch):
    coordinator, seller = people
    before = get_settings(store)
    asked: list[str] = []

    def refuse(cls, parent, store_, permission, requester="", detail=""):
        asked.append(permission)
        return None, False

    monkeypatch.setattr(ApprovalDialog, "run", classmethod(refuse))
    host = _host(qtbot, store, seller)
    dialog = _dialog(qtbot, store, host)
    assert dialog.findChild(QLabel, "settingsNote").isVisible()
    _retype(qtbot, dialog.findChild(QLineEdit, "usdRateInput"), "3.90")
    _save(qtbot, dialog)

    assert asked == ["edit_settings"]
    assert "necesita la aprobación de una coordinadora" in _error(dialog).text()
    assert get_settings(store) == before

    def approve(cls, parent, store_, permission, requester="", detail=""):
        return auth.approve(store, coordinator.id, COORDINATOR_PIN, permission), True

    monkeypatch.setattr(ApprovalDialog, "run", classmethod(approve))
    _save(qtbot, dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert get_settings(store).usd_rate == Decimal("3.90")


def test_no_printer_and_a_missing_printer(qtbot, store, monkeypatch):
    from mamakilla_pos.services.settings import update_settings

    update_settings(store, printer="Star TSP100", user_id=SYSTEM_ID)
    monkeypatch.setattr(module, "available_printers", lambda: ["PDF"])
    dialog = _dialog(qtbot, store)
    printer = dialog.findChild(QComboBox, "printerInput")
    assert printer.currentText() == "Star TSP100 (no encontrada)"
    _choose(printer, "")
    _save(qtbot, dialog)
    assert get_settings(store).printer == ""


def test_nothing_changed_saves_nothing(qtbot, store, clerk):  # the clerk at the till exists before
    journal_before = _journal_rows(store)
    dialog = _dialog(qtbot, store)
    _save(qtbot, dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert _journal_rows(store) == journal_before


def test_ruc_check_digit():
    assert ruc_is_valid("20131312955")  # SUNAT's own
    assert ruc_is_valid(GOOD_RUC)
    assert not ruc_is_valid("20131312954")
    assert not ruc_is_valid("2013131295")
    assert not ruc_is_valid("2013131295a")
