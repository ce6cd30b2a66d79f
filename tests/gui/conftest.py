"""Fixtures of the GUI tests: modal dialogs run without their event loop or answered as they show,
PDFs the screens show, keys typed at a scanner's or a person's pace, someone at the till.

The services refuse a write that names nobody, so a screen shown on its own
(without the main window's login) is given a person at the till, as the
main window does once someone has typed her PIN: the clerk by default
(``someone_at_the_till``, unless the test is marked ``nobody_at_the_till``),
or whoever a test seats (``seat``).

Plain helpers (``sell``, ``pdf_text``…) are in ``tests/helpers.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

import pytest
from gui_helpers import seat_at_till
from PySide6.QtCore import QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QWindow
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from mamakilla_pos.gui.languages import qm_file
from mamakilla_pos.gui.till_user import TillUser
from mamakilla_pos.gui.widgets.pdf_view import PdfViewDialog
from mamakilla_pos.gui.widgets.style import apply_style
from mamakilla_pos.services import auth
from mamakilla_pos.services.actors import SYSTEM_ID

CLERK, CLERK_PIN = "Marleni Ttito", "864203"

StubExec = Callable[[type[QDialog], Callable[[QDialog], object]], list[QDialog]]


@pytest.fixture
def stub_exec(monkeypatch: pytest.MonkeyPatch) -> StubExec:
    """Run a dialog class's modal ``exec`` without its event loop: ``seen = stub_exec(ItemDialog, steps)``.

    Each time the code under test opens such a dialog, ``steps(dialog)``
    plays the user's part (fills fields, clicks, accepts or rejects) and
    ``exec`` returns the dialog's result; every dialog opened is kept in
    ``seen``, in order, to look at afterwards.
    """

    def stub(cls: type[QDialog], steps: Callable[[QDialog], object]) -> list[QDialog]:
        seen: list[QDialog] = []

        def fake_exec(dialog: QDialog) -> int:
            seen.append(dialog)
            steps(dialog)
            return dialog.result()

        monkeypatch.setattr(cls, "exec", fake_exec)
        return seen

    return stub


@pytest.fixture
def shown_pdfs(monkeypatch: pytest.MonkeyPatch) -> list[PdfViewDialog]:
    """Every PDF view the code under test opens, in order, its modal ``exec`` closed at once.

    Each one is checked to have loaded its document (Qt could read the PDF)
    and kept alive to look at afterwards: ``shown_pdfs[0]._pdf`` is the PDF shown.
    """
    shown: list[PdfViewDialog] = []

    def fake_exec(dialog: PdfViewDialog) -> int:
        assert dialog.document.status() == QPdfDocument.Status.Ready
        assert dialog.document.pageCount() >= 1
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PdfViewDialog, "exec", fake_exec)
    monkeypatch.setattr(PdfViewDialog, "deleteLater", lambda dialog: None)
    return shown


SCANNER_DELAY_MS = 1  # a USB scanner types a 13-digit code and Enter in a few milliseconds
PERSON_DELAY_MS = 150  # a quick person types about seven keys a second


def _when_modal(
    act: Callable[[QWidget], None], name: str = "", tries: int = 300, alive: list[bool] | None = None
) -> list[QWidget]:
    """Run ``act(dialog)`` on the next modal dialog once it shows (named ``name``, if given).

    Returns the dialogs seen. Should ``act`` fail, the dialog is closed so
    that the test fails instead of hanging. Polling stops once ``alive[0]``
    is false (the test is over).
    """
    seen: list[QWidget] = []
    alive = alive if alive is not None else [True]

    def poll(left: int) -> None:
        if not alive[0]:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible() and (not name or dialog.objectName() == name):
            seen.append(dialog)
            try:
                act(dialog)
            except BaseException:
                dialog.close()
                raise
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))
    return seen


@pytest.fixture
def when_modal() -> Iterator[Callable[..., list[QWidget]]]:
    """``when_modal(act, name="")``: act on the next modal dialog (its ``exec`` runs for real).

    A poll still waiting when the test ends is stopped: it must not act on the next test's dialogs.
    """
    alive = [True]
    yield lambda act, name="", tries=300: _when_modal(act, name, tries, alive)
    alive[0] = False


@pytest.fixture
def styled(qapp):
    """The till's own fonts and stylesheet (bigger than Qt's), for one test: sizes as the sellers see them."""
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_style(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.fixture
def speaking(qapp, tmp_path):
    """``speaking(language)``: the screens in ``language`` (its compiled translation), for one test."""
    installed: list[QTranslator] = []
    default = QLocale()

    def install(language: str) -> None:
        qm = qm_file(language, cache=tmp_path)
        assert qm is not None
        translator = QTranslator()
        assert translator.load(str(qm))
        qapp.installTranslator(translator)
        installed.append(translator)
        QLocale.setDefault(QLocale(language))

    yield install
    for translator in installed:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(default)


@pytest.fixture
def press(qtbot) -> Callable[[QWidget, str], None]:
    """``press(parent, name)``: click the push button ``name`` found under ``parent``."""

    def click(parent: QWidget, name: str) -> None:
        button = parent.findChild(QPushButton, name)
        assert button is not None, name
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    return click


@pytest.fixture
def type_keys(qtbot) -> Callable[..., None]:
    """``type_keys(text, delay_ms, enter=True, into=None)``: keys as the hardware sends them.

    They go to whatever has the keyboard now, or, with ``into``, to that
    window as the windowing system hands them over (which Qt passes to the
    window's focus widget, even when no window is active, as in a kiosk
    session without a window manager).
    """

    def typing(text: str, delay_ms: int = SCANNER_DELAY_MS, enter: bool = True, into: QWindow | None = None) -> None:
        target = into or QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard"

        def receiver() -> QWidget | QWindow:
            return into or QApplication.focusWidget() or target

        for character in text:
            QTest.qWait(delay_ms)  # QTest's own delay is not kept for keys sent to a window
            if character.isupper():  # a capital letter is Shift held down, as keyboards and scanners send it
                QTest.keyPress(receiver(), Qt.Key.Key_Shift)
                QTest.keyClick(receiver(), character, Qt.KeyboardModifier.ShiftModifier)
                QTest.keyRelease(receiver(), Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
            else:
                QTest.keyClick(receiver(), character)
        if enter:
            QTest.qWait(delay_ms)
            QTest.keyClick(receiver(), Qt.Key.Key_Return)

    return typing


@pytest.fixture
def clerk(store) -> auth.Actor:
    """A coordinator at the till (so no screen asks for an approval unless a test wants one)."""
    return auth.create_user(store, CLERK, "coordinator", CLERK_PIN, by=SYSTEM_ID)


@pytest.fixture
def seat(store, clerk) -> Callable[..., QWidget]:
    """``seat(widget)`` puts the clerk (or ``actor``) at the till of a screen shown on its own."""

    def put(widget: QWidget, actor: auth.Actor | None = None) -> QWidget:
        return seat_at_till(store, widget, actor or clerk)

    return put


@pytest.fixture
def at_the_till(clerk) -> Callable[[QWidget], QWidget]:
    """``at_the_till(window)``: the clerk logged in at a main window, as after the first-run set-up or a PIN.

    A main window built on a shop without users shows its till with nobody
    there, and every service refuses nobody: the tests that sell or open the
    till from such a window log the clerk in first.
    """

    def put(window: QWidget) -> QWidget:
        window.till_user.set_idle_interval(0)  # type: ignore[attr-defined]
        window.till_user.log_in(clerk)  # type: ignore[attr-defined]
        return window

    return put


@pytest.fixture(autouse=True)
def someone_at_the_till(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A screen or dialog shown without the main window finds the clerk logged in at the till.

    Only where a widget finds no :class:`TillUser` among its parents (a main
    window's, or one put there by ``seat``); the clerk is created in the
    test's ``store`` the first time a widget asks. A test marked
    ``nobody_at_the_till`` (or one without a ``store``) leaves such widgets with nobody.
    """
    if request.node.get_closest_marker("nobody_at_the_till") or "store" not in request.fixturenames:
        yield
        return
    from mamakilla_pos.gui import approval, discount_limit, settings_dialog, users_screen  # noqa: F401
    from mamakilla_pos.gui import till_user as module

    original = module.till_user_of
    seated: list[TillUser] = []

    def found(widget: QWidget | None) -> TillUser | None:
        user = original(widget)
        if user is not None:
            return user
        if not seated:
            till_user = TillUser(request.getfixturevalue("store"))
            till_user.set_idle_interval(0)
            till_user.log_in(request.getfixturevalue("clerk"))
            seated.append(till_user)
        return seated[0]

    for name, loaded in list(sys.modules.items()):
        if name.startswith("mamakilla_pos.gui") and getattr(loaded, "till_user_of", None) is original:
            monkeypatch.setattr(loaded, "till_user_of", found)
    yield
    for till_user in seated:
        till_user.lock()
