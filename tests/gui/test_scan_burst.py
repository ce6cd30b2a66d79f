"""A USB scanner types 13 characters and Enter a few milliseconds apart: no scan lost or doubled."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest

from mamakilla_pos.gui.sale_screen import SaleScreen
from mamakilla_pos.services import catalogue, stock
from mamakilla_pos.services.actors import SYSTEM_ID

# EAN-13 style hang-tag codes, as a scanner reads them.
CODES = ("7751234500017", "7751234500024", "7751234500031", "7751234500048", "7751234500055")
SCANS = 50


@pytest.fixture
def screen(qtbot, store):
    for n, code in enumerate(CODES, start=1):
        catalogue.add_item(
            store,
            catalogue.NewItem(f"Bolso modelo {n}", "Bolsos", Decimal("10.00") * n, (("Rosa Quispe", 1),), code),
        )
        stock.produce(store, code, 20, user_id=SYSTEM_ID)
    widget = SaleScreen(store)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.scan_input.hasFocus())
    return widget


def scan_sequence() -> list[str]:
    """50 scans over the five codes in an uneven order, with repeats back to back."""
    return [CODES[(i * i + i // 3) % len(CODES)] for i in range(SCANS)]


def cart_counts(screen: SaleScreen) -> Counter[str]:
    return Counter({e.item.code: e.quantity for e in screen.cart.entries})


def test_fifty_scans_typed_at_scanner_speed(qtbot, screen):
    sequence = scan_sequence()
    for code in sequence:
        QTest.keyClicks(screen.scan_input, code, Qt.KeyboardModifier.NoModifier, 1)
        QTest.keyClick(screen.scan_input, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, 1)

    assert screen.cart.units == SCANS
    assert cart_counts(screen) == Counter(sequence)
    assert screen.scan_input.text() == ""
    assert "no encontrado" not in screen.message.text()


def test_fifty_scans_arriving_through_the_event_queue(qtbot, screen):
    """Keys are posted by a 1 ms timer while the screen repaints and filters in between."""
    sequence = scan_sequence()
    keys = []
    for code in sequence:
        keys.extend((Qt.Key(ord(ch)), ch) for ch in code)
        keys.append((Qt.Key.Key_Return, "\r"))
    position = 0

    def post_next() -> None:
        nonlocal position
        # A scanner sends a few characters per millisecond.
        for _ in range(3):
            if position == len(keys):
                timer.stop()
                return
            key, text = keys[position]
            target = screen.scan_input
            QCoreApplication.postEvent(
                target, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
            )
            QCoreApplication.postEvent(
                target, QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier, text)
            )
            position += 1

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(post_next)
    timer.start()
    qtbot.waitUntil(lambda: position == len(keys), timeout=20000)
    qtbot.waitUntil(lambda: screen.cart.units >= SCANS and screen.scan_input.text() == "", timeout=5000)
    qtbot.wait(100)  # nothing late arrives to double a scan

    assert screen.cart.units == SCANS
    assert cart_counts(screen) == Counter(sequence)
    assert screen.total_label.text() == f"S/ {sum(Decimal(CODES.index(c) + 1) * 10 for c in sequence):,.2f}"
