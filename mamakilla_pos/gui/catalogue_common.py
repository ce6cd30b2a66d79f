"""Pieces shared by the makers, products, stock and locations screens.

A message banner, big buttons, a grid of big choice buttons, a photo box,
a plain table set up for touch, and the OK/Cancel row of their dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QIntValidator, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .widgets.i18n import QT_TR_NOOP, tr
from .widgets.style import TOUCH, Palette, repolish
from .widgets.table_model import Column, ColumnsModel
from .widgets.text import sentence

ROW_HEIGHT = 46
PHOTO_FILTER = QT_TR_NOOP("Imágenes (*.png *.jpg *.jpeg *.webp *.bmp)")

_Index = QModelIndex | QPersistentModelIndex

KIND_COLOURS = {
    "info": (Palette.info_text, Palette.info_bg),
    "success": (Palette.success_text, Palette.success_bg),
    "warning": (Palette.warning_text, Palette.warning_bg),
    "error": (Palette.error_text, Palette.error_bg),
}


def two_lines(name: str, longer_than: int = 12) -> str:
    """A long name over two balanced lines (for narrow buttons and column headers)."""
    words = name.split()
    if len(words) < 2 or len(name) <= longer_than:
        return name
    best = min(range(1, len(words)), key=lambda i: max(len(" ".join(words[:i])), len(" ".join(words[i:]))))
    return " ".join(words[:best]) + "\n" + " ".join(words[best:])


class Banner(QLabel):
    """A one- or two-line message over a screen: info, success, warning or error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self.kind = "info"
        self.hide()

    def say(self, text: str, kind: str = "info", size: int = 14) -> None:
        """Show ``text``; an empty text hides the banner."""
        self.kind = kind
        colour, background = KIND_COLOURS.get(kind, KIND_COLOURS["info"])
        weight = "normal" if kind == "info" else "bold"
        self.setStyleSheet(
            f"QLabel {{ color: {colour}; background: {background}; border-radius: 8px;"
            f" padding: 8px 14px; font-size: {size}pt; font-weight: {weight}; }}"
        )
        self.setText(sentence(text))
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def big_button(
    text: str, name: str, parent: QWidget, slot: Callable[[], object] | None = None, role: str = ""
) -> QPushButton:
    """A touch-sized push button that never steals the Enter key."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.setMinimumHeight(TOUCH)
    if role:
        button.setProperty("role", role)
    if slot is not None:
        button.clicked.connect(lambda _checked=False: slot())
    return button


def title_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "title")
    label.setWordWrap(True)
    return label


def hint_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    return label


def section_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(f"QLabel {{ font-size: 15pt; font-weight: bold; color: {Palette.muted}; }}")
    return label


def setup_scan_table(table: QTableView, stretch: int) -> None:
    """A list of scanned lines: whole-row selection, no editing, tall rows, column ``stretch`` taking the room."""
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT + 4)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setStyleSheet(
        f"QTableWidget {{ background: {Palette.surface}; border: 1px solid {Palette.border};"
        f" border-radius: 8px; selection-background-color: {Palette.primary_soft};"
        f" selection-color: {Palette.text}; }}"
    )
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def setup_table(view: QTableView, name: str) -> None:
    """Whole-row selection, no editing, tall rows, no row numbers."""
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setStyleSheet(
        f"QTableView {{ background: {Palette.surface}; alternate-background-color: #FAF7F3;"
        f" border: 1px solid {Palette.border}; border-radius: 8px;"
        f" selection-background-color: {Palette.primary_soft}; selection-color: {Palette.text}; }}"
        "QTableView::item { padding: 0px 8px; }"
    )


def stretch_column(view: QTableView, column: int) -> None:
    header = view.horizontalHeader()
    for index in range(view.model().columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if index == column else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(index, mode)


@dataclass(frozen=True)
class TextRow:
    """A row of :class:`RowsModel`: its texts, the key it stands for, its colours (text, background; ``""``: none)."""

    cells: tuple[str, ...]
    key: object
    colours: tuple[str, str] = ("", "")


def _colour(name: str) -> QColor | None:
    return QColor(name) if name else None


def _text_column(column: int, title: str, right: bool) -> Column[TextRow]:
    """Column ``column`` of :class:`TextRow` records, whose title is already translated."""
    return Column(
        title,
        lambda row: row.cells[column],
        right=right,
        colour=lambda row: _colour(row.colours[0]),
        background=lambda row: _colour(row.colours[1]),
        translated=True,
    )


class RowsModel(ColumnsModel[TextRow]):
    """A read-only table of rows of text; ``colours`` paints a row, ``align_right`` the numeric columns."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        self.headers = list(headers)
        self._align_right: set[int] = set()
        super().__init__(self._text_columns(), parent)

    def _text_columns(self) -> list[Column[TextRow]]:
        return [_text_column(i, title, i in self._align_right) for i, title in enumerate(self.headers)]

    @property
    def align_right(self) -> set[int]:
        """The numeric columns, aligned right."""
        return self._align_right

    @align_right.setter
    def align_right(self, columns: set[int]) -> None:
        self._align_right = set(columns)
        self.set_records(self.records, self._text_columns())

    @property
    def rows(self) -> list[list[str]]:
        """The texts shown, a list a row."""
        return [list(row.cells) for row in self.records]

    def set_rows(
        self,
        rows: Sequence[Sequence[str]],
        keys: Sequence[object] | None = None,
        colours: dict[int, tuple[str, str]] | None = None,
    ) -> None:
        """Show ``rows``, each standing for its key (its index when none) and painted ``colours[index]``."""
        keys = list(keys) if keys is not None else list(range(len(rows)))
        colours = colours or {}
        self.set_records(
            [
                TextRow(tuple(cells), keys[i] if i < len(keys) else None, colours.get(i, ("", "")))
                for i, cells in enumerate(rows)
            ]
        )

    def key(self, row: int) -> object:
        return self.record(row).key if 0 <= row < self.rowCount() else None


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else None


class ChoiceGrid(QScrollArea):
    """Big buttons in a grid, one per choice; clicking one calls ``on_choose(key)``."""

    def __init__(
        self, columns: int, on_choose: Callable[[object], None], parent: QWidget | None = None, height: int = 72
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.on_choose = on_choose
        self.button_height = height
        self.buttons: dict[object, QPushButton] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QScrollArea { background: transparent; border: none; }")
        self._inner = QWidget(self)
        self._inner.setObjectName("choiceGridInner")
        self._inner.setStyleSheet("QWidget#choiceGridInner { background: transparent; }")
        self.viewport().setAutoFillBackground(False)
        self._grid = QGridLayout(self._inner)
        self._grid.setSpacing(10)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.setWidget(self._inner)

    def set_choices(self, choices: Sequence[tuple[object, str, str]], icons: Sequence[bytes | None] = ()) -> None:
        """``(key, text, objectName)`` for each button, in order; ``icons`` are optional pictures (JPEG bytes)."""
        for button in self.buttons.values():
            self._grid.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        font = QFont(self.font())
        font.setPointSize(16)
        font.setBold(True)
        for index, (key, text, name) in enumerate(choices):
            button = QPushButton(text, self._inner)
            button.setObjectName(name)
            button.setFont(font)
            button.setAutoDefault(False)
            button.setCheckable(True)
            button.setMinimumHeight(self.button_height)
            button.setStyleSheet(f"QPushButton {{ min-height: {self.button_height - 10}px; }}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            icon = icons[index] if index < len(icons) else None
            if icon:
                pixmap = QPixmap()
                if pixmap.loadFromData(icon):
                    side = self.button_height - 14
                    button.setIcon(QIcon(pixmap))
                    button.setIconSize(QSize(side, side))
            button.clicked.connect(lambda _checked=False, k=key: self._chosen(k))
            row, column = divmod(index, self.columns)
            self._grid.addWidget(button, row, column)
            self.buttons[key] = button
        self._grid.setRowStretch(self._grid.rowCount(), 1)

    def _chosen(self, key: object) -> None:
        self.mark(key)
        self.on_choose(key)

    def mark(self, key: object) -> None:
        for other, button in self.buttons.items():
            button.setChecked(other == key)


class QuantityInput(QWidget):
    """− [ n ] + with a large number in the middle."""

    def __init__(
        self, value: int = 1, parent: QWidget | None = None, name: str = "quantityInput", minimum: int = 1
    ) -> None:
        super().__init__(parent)
        self.minimum = minimum
        font = QFont(self.font())
        font.setPointSize(22)
        font.setBold(True)
        self.input = QLineEdit(str(value), self)
        self.input.setObjectName(name)
        self.input.setValidator(QIntValidator(0, 99999, self))
        self.input.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.input.setFont(font)
        self.input.setFixedWidth(130)
        self.input.setMinimumHeight(56)
        minus = QPushButton("−", self)
        plus = QPushButton("+", self)
        for button, delta in ((minus, -1), (plus, 1)):
            button.setProperty("role", "step")
            button.setFixedSize(64, 56)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, d=delta: self.set_value(self.value() + d))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(minus)
        layout.addWidget(self.input)
        layout.addWidget(plus)
        layout.addStretch(1)

    def value(self) -> int:
        try:
            return int(self.input.text())
        except ValueError:
            return 0

    def set_value(self, value: int) -> None:
        self.input.setText(str(max(self.minimum, value)))


class PhotoBox(QLabel):
    """A framed square showing a photo (its stored bytes), or a placeholder text when there is none.

    With :meth:`take_drops`, pictures dropped on it (files, or a picture
    dragged from a browser) are handed to a callback.
    """

    def __init__(self, size: int, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self._placeholder = placeholder
        self._on_drop: Callable[[list[tuple[str, bytes | None]]], None] | None = None
        self.setFixedSize(QSize(size, size))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(
            f"QLabel {{ background: {Palette.primary_soft}; color: {Palette.primary};"
            f" border: 1px solid {Palette.border}; border-radius: 10px; font-size: 13pt; }}"
        )
        self.show_image(None)

    def show_image(self, data: bytes | None, placeholder: str | None = None) -> None:
        """Show the picture in ``data`` (JPEG or PNG bytes), or the placeholder when ``None`` or unreadable."""
        pixmap = QPixmap()
        if data:
            pixmap.loadFromData(data)
        if pixmap.isNull():
            self.setPixmap(QPixmap())
            self.setText(placeholder if placeholder is not None else self._placeholder)
            return
        inner = self._size - 8
        self.setText("")
        self.setPixmap(
            pixmap.scaled(inner, inner, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )

    def take_drops(self, callback: Callable[[list[tuple[str, bytes | None]]], None]) -> None:
        """Accept pictures dropped on the box: ``callback`` gets ``(file name, None)`` for a file and
        ``(name, PNG bytes)`` for a picture dropped as an image."""
        self._on_drop = callback
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._on_drop is not None and dropped_pictures(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        pictures = dropped_pictures(event.mimeData())
        if self._on_drop is not None and pictures:
            event.acceptProposedAction()
            self._on_drop(pictures)


def dropped_pictures(mime: QMimeData) -> list[tuple[str, bytes | None]]:
    """What a drag carries that may be a picture: local files as ``(path, None)``, an image as ``(name, PNG)``."""
    files = [(url.toLocalFile(), None) for url in mime.urls() if url.isLocalFile()]
    if files:
        return files  # type: ignore[return-value]
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            buffer.close()
            return [(tr("imagen arrastrada"), bytes(data.data()))]
    return []


def choose_photo_files(parent: QWidget) -> list[str]:
    """Ask for one or more picture files; empty when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(parent, tr("Elegir foto"), str(Path.home()), tr(PHOTO_FILTER))
    return paths


def dialog_buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (primary) and Cancel; OK calls ``dialog.accept`` (which dialogs override to validate)."""
    box = QDialogButtonBox(dialog)
    return box, fill_dialog_buttons(box, dialog, ok_text)


def fill_dialog_buttons(box: QDialogButtonBox, dialog: QDialog, ok_text: str) -> QPushButton:
    """Put OK (primary, ``okButton``) and Cancel (``cancelButton``) into ``box`` (a form's empty box); returns OK."""
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setObjectName("okButton")
    ok.setProperty("role", "primary")
    repolish(ok)  # the box already polished the button: the role must be applied again
    ok.setMinimumHeight(52)
    ok.setDefault(True)
    cancel = box.addButton(tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancelButton")
    cancel.setMinimumHeight(52)
    cancel.setAutoDefault(False)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return ok


def dialog_button_order(box: QDialogButtonBox) -> list[QPushButton]:
    """OK then Cancel, as :func:`fill_dialog_buttons` put them into ``box``."""
    return [box.findChild(QPushButton, name) for name in ("okButton", "cancelButton")]  # type: ignore[misc]


def tab_chain(*widgets: QWidget) -> None:
    """Tab visits ``widgets`` in this order (widgets a form's code adds after ``setupUi``, in their place)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def confirm(parent: QWidget, title: str, text: str, yes: str) -> bool:
    """Ask a yes/no question with a clear button for yes."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    accept.setObjectName("confirmYes")
    cancel = box.addButton(tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("confirmNo")
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def error_label(parent: QWidget) -> QLabel:
    label = QLabel("", parent)
    label.setObjectName("errorLabel")
    label.setProperty("role", "error")
    label.setWordWrap(True)
    return label


def panel(parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
    """A white rounded panel and its vertical layout."""
    frame = QFrame(parent)
    frame.setObjectName("screenPanel")
    frame.setStyleSheet(
        f"QFrame#screenPanel {{ background: {Palette.surface}; border: 1px solid {Palette.border};"
        " border-radius: 12px; }"
    )
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(10)
    return frame, layout
