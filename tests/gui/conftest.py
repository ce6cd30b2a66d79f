"""Fixtures of the GUI tests: modal dialogs run without their event loop, PDFs the screens show.

Plain helpers (``sell``, ``pdf_text``…) are in ``tests/helpers.py``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog

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
