"""The widgets of the sale screen's cart: the scan field and the cart's table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from .cart_model import OVER_STOCK_ROLE, CartModel
from .product_grid import two_lines
from .widgets.style import HEADER_POINT_SIZE, Palette


class ScanLineEdit(QLineEdit):
    """The scan/search field: arrows move the cart selection, Esc clears the text (or says so when empty).

    Signals:
        step_selection(int): Up (-1) or Down (+1) was pressed.
        escape_pressed(): Esc with nothing typed.
        undo_requested(): Ctrl+Z with nothing typed (the field's own undo is for what is typed).
    """

    step_selection = Signal(int)
    escape_pressed = Signal()
    undo_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo) and not self.text():
            self.undo_requested.emit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step_selection.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key == Qt.Key.Key_Escape:
            if self.text():
                self.clear()
            else:
                self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


class CartLineDelegate(QStyledItemDelegate):
    """Keeps an over-stock line amber even when selected; marks the selection with a bar."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        over = bool(index.data(OVER_STOCK_ROLE))
        if over:
            background = QColor("#FFD778") if selected else Palette.color("warning_row")
        else:
            background = Palette.color("primary_soft") if selected else Palette.color("surface")
        painter.fillRect(option.rect, background)
        if selected and index.column() == 0:
            painter.fillRect(option.rect.adjusted(0, 0, -(option.rect.width() - 5), 0), Palette.color("primary"))
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.state &= ~QStyle.StateFlag.State_Selected
        plain.state &= ~QStyle.StateFlag.State_HasFocus
        plain.backgroundBrush = QBrush(Qt.BrushStyle.NoBrush)
        if index.column() in (CartModel.PRODUCT, CartModel.MAKERS):
            # Names get two lines: the cart is narrow and names are long.
            text_rect = option.rect.adjusted(8, 2, -6, -2)
            lines = two_lines(plain.text, QFontMetrics(plain.font), text_rect.width())
            painter.save()
            painter.setFont(plain.font)
            painter.setPen(plain.palette.color(QPalette.ColorRole.Text))
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            if isinstance(foreground, QBrush):
                painter.setPen(foreground.color())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "\n".join(lines))
            painter.restore()
            return
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)


_FIGURES = (CartModel.UNIT_PRICE, CartModel.DISCOUNT, CartModel.AMOUNT)
_CELL_PADDING = 16


class CartTable(QTableView):
    """The cart's table: fixed columns sized for their content, a hint when empty.

    A figure (price, discount, amount) is never cut short: its column widens
    when one needs more than the usual room, taken from the product's names.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CartLineDelegate(self))
        self._usual: dict[int, int] = {}

    def setModel(self, model) -> None:  # type: ignore[no-untyped-def]
        super().setModel(model)
        if isinstance(model, CartModel):  # once repriced: every line has its figures then
            for changed in (model.totals_changed, model.modelReset):
                changed.connect(self.fit_figures)

    def fit_columns(self) -> None:
        """Size the columns for the longest expected content; the product takes the rest."""
        self.ensurePolished()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(36)
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        heading_font = QFont(self.font())
        heading_font.setPointSize(HEADER_POINT_SIZE)
        heading_font.setBold(True)
        heading = QFontMetrics(heading_font)
        model = self.model()

        def fit(column: int, sample: str, font_metrics: QFontMetrics = metrics) -> int:
            title = str(model.headerData(column, Qt.Orientation.Horizontal)) if model else ""
            return max(font_metrics.horizontalAdvance(sample), heading.horizontalAdvance(title)) + _CELL_PADDING

        widths = {
            CartModel.QUANTITY: fit(CartModel.QUANTITY, "999"),
            CartModel.MAKERS: fit(CartModel.MAKERS, "Marisol"),
            CartModel.UNIT_PRICE: fit(CartModel.UNIT_PRICE, "999.00"),
            CartModel.DISCOUNT: fit(CartModel.DISCOUNT, "-99.00"),
            CartModel.AMOUNT: fit(CartModel.AMOUNT, "9,999.00", QFontMetrics(bold)),
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        header.setSectionResizeMode(CartModel.PRODUCT, QHeaderView.ResizeMode.Stretch)
        self._usual = widths
        self.fit_figures()

    def fit_figures(self) -> None:
        """Each figure's column as wide as its widest figure needs, never narrower than usual."""
        model = self.model()
        if model is None or not self._usual:
            return
        header = self.horizontalHeader()
        for column in _FIGURES:
            width = self._usual[column]
            for row in range(model.rowCount()):
                index = model.index(row, column)
                font = index.data(Qt.ItemDataRole.FontRole)
                font = font.resolve(self.font()) if isinstance(font, QFont) else self.font()
                text = str(index.data() or "")
                width = max(width, QFontMetrics(font).horizontalAdvance(text) + _CELL_PADDING)
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_columns()

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(Palette.color("muted"))
            painter.drawText(
                self.viewport().rect().adjusted(24, 0, -24, 0),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Escanee un código o toque un producto para empezar la venta."),
            )
            painter.end()
