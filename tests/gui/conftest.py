"""Fixtures of the GUI tests: modal dialogs run without their event loop, PDFs the screens show.

Plain helpers (``sell``, ``pdf_text``…) are in ``tests/helpers.py``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog

from mamakilla_pos.gui.pdf_view import PdfViewDialog

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
