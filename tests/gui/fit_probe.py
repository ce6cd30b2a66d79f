"""Open every screen and dialog at 1366 × 768 in one language and list what is cut off.

Run by ``test_fit.py`` in a process of its own, whose offscreen screen is
1366 × 768 (the test's single Qt application keeps a screen of its own)::

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python fit_probe.py DB_URL LANGUAGE FOLDER OUT.json

A widget is cut off when its text needs more room than it has (a label, a
button, a check box, a line edit's placeholder or largest number, a combo
box's choice, a table heading), when a list needs a horizontal scroll bar,
when it reaches out of its window, or when a window (or the least its layout
needs) is bigger than the screen. Texts that shorten themselves with "…" and
show the whole in a tooltip are fine, and so is what scrolls inside a list.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIntValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QTabBar,
    QTableView,
    QWidget,
)

SLACK = 1
"""Pixels of rounding allowed."""
MAX_ROW_LINES = 3
"""A table row taller than this many lines of its text has a cell wrapping too far."""


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QLineEdit):
        text = widget.text() or widget.placeholderText()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    text = " ".join(text.split())
    return f"{type(widget).__name__}#{widget.objectName()} «{text[:50]}»"


def _elides_itself(widget: QWidget) -> bool:
    return type(widget).__name__ == "ElidedLabel" or bool(widget.property("elides"))


def _label(label: QLabel) -> Iterator[str]:
    if not label.text().strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return
    if _elides_itself(label):
        return
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            yield f"text needs {needed} px of height, has {label.height()}"
    elif label.sizeHint().width() > label.width() + SLACK:
        yield f"text needs {label.sizeHint().width()} px, has {label.width()}"


def _button(button: QAbstractButton) -> Iterator[str]:
    if not button.text().strip() or _elides_itself(button):
        return
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK:
        yield f"text needs {hint.width()} px, has {button.width()}"
    if isinstance(button, QCheckBox) and hint.height() > button.height() + SLACK:
        yield f"text needs {hint.height()} px of height, has {button.height()}"


def _line_edit(edit: QLineEdit) -> Iterator[str]:
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = contents.width() - margins.left() - margins.right() - 4  # QLineEdit keeps 2 px each side
    metrics = edit.fontMetrics()
    placeholder = edit.placeholderText()
    if placeholder and not edit.text() and metrics.horizontalAdvance(placeholder) > room + SLACK:
        yield f"placeholder needs {metrics.horizontalAdvance(placeholder)} px, has {room}"
    validator = edit.validator()
    if isinstance(validator, QIntValidator) and validator.top() < 10**7:
        largest = str(validator.top())
        typed_room = room - (edit.height() // 2 + 4 if edit.isClearButtonEnabled() else 0)
        if metrics.horizontalAdvance(largest) > typed_room + SLACK:
            yield f"the largest number {largest} needs {metrics.horizontalAdvance(largest)} px, has {typed_room}"


def _combo(combo: QComboBox) -> Iterator[str]:
    text = combo.currentText()
    if combo.isEditable() or not text:
        return
    needed = combo.fontMetrics().horizontalAdvance(text) + 44
    if needed > combo.width() + SLACK:
        yield f"choice needs {needed} px, has {combo.width()}"


def _header(header: QHeaderView) -> Iterator[str]:
    """Headings as the style sheet draws them (``HEADER_POINT_SIZE`` bold, 4 px each side)."""
    from mamakilla_pos.gui.widgets.style import HEADER_POINT_SIZE

    if header.orientation() != Qt.Orientation.Horizontal or not header.isVisible():
        return
    model = header.model()
    if model is None:
        return
    font = QFont(header.font())
    font.setPointSize(HEADER_POINT_SIZE)
    font.setBold(True)
    metrics = QFontMetrics(font)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        needed = max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0) + 8
        if text and needed > header.sectionSize(section) + SLACK:
            yield f"heading «{text}» needs {needed} px, has {header.sectionSize(section)}"


def _view(view: QAbstractItemView) -> Iterator[str]:
    bar = view.horizontalScrollBar()
    if bar.maximum() > 0 and view.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        yield f"needs a horizontal scroll bar ({bar.maximum()} px more)"
    if isinstance(view, QTableView) and view.model() is not None:
        tallest = max((view.rowHeight(row) for row in range(view.model().rowCount())), default=0)
        lines = tallest // max(1, view.fontMetrics().lineSpacing())
        if lines > MAX_ROW_LINES:
            yield f"a row wraps to {lines} lines"


def problems(root: QWidget, screen: QRect) -> Iterator[str]:
    """What is cut off in ``root`` (a window) on ``screen``."""
    if root.width() > screen.width() or root.height() > screen.height():
        yield f"window is {root.width()} × {root.height()}, the screen {screen.width()} × {screen.height()}"
    least = root.minimumSizeHint()
    if least.width() > screen.width() or least.height() > screen.height():
        yield f"the window needs at least {least.width()} × {least.height()}"
    window_rect = root.rect()
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0 or widget.window() is not root:
            continue
        found: list[str] = []
        origin = widget.mapTo(root, QPoint(0, 0))
        inside_scroll = any(isinstance(p, QAbstractScrollArea) for p in _ancestors(widget, root))
        parent = widget.parentWidget()
        if (
            not inside_scroll
            and parent is not None
            and parent is not root
            and not isinstance(parent, QTabBar)  # its own scroll arrows
            and not parent.rect().contains(widget.geometry().adjusted(1, 1, -1, -1))
        ):
            found.append(f"is cut by {type(parent).__name__}#{parent.objectName()} ({widget.geometry().getRect()})")
        elif not inside_scroll and not window_rect.contains(QRect(origin, widget.size()).adjusted(1, 1, -1, -1)):
            found.append(
                f"reaches out of its window at {origin.x()},{origin.y()} ({widget.width()} × {widget.height()})"
            )
        if isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QHeaderView):
            found += _button(widget)
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QComboBox):
            found += _line_edit(widget)
        elif isinstance(widget, QComboBox):
            found += _combo(widget)
        elif isinstance(widget, QHeaderView):
            found += _header(widget)
        elif isinstance(widget, QAbstractItemView):
            found += _view(widget)
        for problem in found:
            yield f"{_name(widget)}: {problem}"


def _ancestors(widget: QWidget, root: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        yield parent
        parent = parent.parentWidget()


def look_at_states(window: QWidget, store: object, look: Callable[[str, QWidget], None]) -> None:
    """Dialogs in a state they reach later: the approval prompt after a wrong PIN."""
    from mamakilla_pos.gui.approval import ApprovalDialog

    prompt = ApprovalDialog(store, "refund", window, requester="Rosa", detail="B001-000001")
    prompt.show()
    prompt.select_approver(next(iter(prompt._buttons), None))
    for digit in "000000":
        prompt.pin_entry.type_digit(digit)
    prompt._approve()
    look("dialog approval after a wrong PIN", prompt)
    prompt.close()


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main(url: str, language: str, folder: str, out: str) -> int:
    app = QApplication([sys.argv[0]])
    from mamakilla_pos.app import install_translators
    from mamakilla_pos.gui.main_window import MainWindow
    from mamakilla_pos.gui.widgets.style import apply_style
    from mamakilla_pos.services import auth, catalogue, history
    from mamakilla_pos.services.settings import get_settings
    from mamakilla_pos.store import open_store

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import everything

    install_translators(app, language)
    apply_style(app)
    store = open_store(url)
    screen = app.primaryScreen().availableGeometry()
    found: list[dict[str, str]] = []

    def look(where: str, root: QWidget) -> None:
        _settle(app)
        found.extend({"where": where, "problem": problem} for problem in problems(root, screen))

    window = MainWindow(store)
    window.show_maximised()
    look("login", window)
    coordinator = next(u for u in auth.list_users(store) if u.role == "coordinator")
    window.till_user.log_in(auth.actor_of(store, coordinator.id))
    for key in everything.SCREENS:
        window.show_screen(key)
        look(f"screen {key}", window)
    codes = tuple(item.code for item in catalogue.catalogue(store)[:4])
    sale = history.last_sale_number(store, get_settings(store).till_series) or ""
    ctx = everything.Context(store, Path(folder), sale, codes)
    for name, make in everything.dialogs(ctx, window):
        dialog = make()
        dialog.show()
        look(f"dialog {name}", dialog)
        dialog.close()
        dialog.deleteLater()
    look_at_states(window, store, look)
    Path(out).write_text(json.dumps(found, ensure_ascii=False, indent=1), encoding="utf-8")
    store.dispose()
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3] or tempfile.mkdtemp(), sys.argv[4]))
