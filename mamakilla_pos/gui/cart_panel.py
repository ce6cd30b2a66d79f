"""The cart side of the sale screen: the lines rung up (or the sale just finished), the total, Cobrar.

Layout only: the sale screen connects the buttons to what they do.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..store import Store
from .cart_model import CartModel
from .cart_table import CartTable
from .fit_label import FitLabel
from .sale_done import SaleDonePanel
from .widgets.elided_label import ElidedLabel
from .widgets.i18n import money

WIDTH = (640, 760)
"""px, narrowest and widest: at 1366 px the product grid keeps four columns of tiles beside the cart."""

TITLE_MIN_WIDTH = 120
"""px: "Venta actual" gives way ("…") before a button of its row does."""


class CartPanel(QFrame):
    """The cart's lines and buttons, the finished sale's panel in their place, the total and Cobrar.

    Its width follows the screen's (:meth:`fit_to`), never what the cart
    holds: a long total is drawn smaller instead of pushing the grid.
    """

    def __init__(self, cart: CartModel, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cartPanel")
        self.setFixedWidth(WIDTH[0])
        self.title = ElidedLabel(self, minimum_width=TITLE_MIN_WIDTH)
        self.title.set_full_text(self.tr("Venta actual"))
        self.title.setObjectName("cartTitle")
        self._needed = 0
        self.recall_button = self._button(self.tr("Recuperar"), "recallButton")
        self.park_button = self._button(self.tr("Aparcar"), "parkButton")
        self.clear_button = self._button(self.tr("Vaciar"), "clearButton", "danger")
        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        title_row.addWidget(self.title, 1)
        for button in (self.park_button, self.recall_button, self.clear_button):
            title_row.addWidget(button)

        self.table = self._table(cart)
        self.done = SaleDonePanel(store, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.done)

        self.minus_button = self._button("−", "minusButton", "step")
        self.plus_button = self._button("+", "plusButton", "step")
        self.quantity_button = self._button(self.tr("Cant. (F4)"), "quantityButton")
        self.discount_button = self._button(self.tr("Dscto. (F8)"), "discountButton")
        self.remove_button = self._button(self.tr("Quitar"), "removeButton", "danger")
        line_row = QHBoxLayout()
        line_row.setSpacing(8)
        for button in (self.minus_button, self.plus_button, self.quantity_button, self.discount_button):
            line_row.addWidget(button)
        line_row.addStretch(1)
        line_row.addWidget(self.remove_button)

        self.pay_button = self._button(self.tr("Cobrar (F12)"), "payButton")
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: #DDD5CC;")

        column = QVBoxLayout(self)
        column.setContentsMargins(14, 12, 14, 14)
        column.setSpacing(8)
        column.addLayout(title_row)
        column.addWidget(self.stack, 1)
        column.addLayout(line_row)
        column.addWidget(rule)
        column.addLayout(self._totals(cart))
        column.addWidget(self.pay_button)

    def show_cart(self, cart: CartModel, parked: int) -> None:
        """The total and its summary, and which buttons can act: on lines, on ``parked`` carts."""
        self.total_label.setText(money(cart.total))
        units = cart.units
        parts = [self.tr("{n} artículo").format(n=units) if units == 1 else self.tr("{n} artículos").format(n=units)]
        priced = cart.priced
        if priced is not None and priced.order_discount:
            parts.append(self.tr("dscto. a la venta {amount}").format(amount=money(-priced.order_discount)))
        self.summary.setText("  ·  ".join(parts))
        has_lines = not cart.is_empty()
        for button in (
            self.minus_button,
            self.plus_button,
            self.quantity_button,
            self.discount_button,
            self.remove_button,
            self.order_discount_button,
            self.park_button,
            self.clear_button,
            self.pay_button,
        ):
            button.setEnabled(has_lines)
        self.recall_button.setEnabled(bool(parked))
        self.recall_button.setText(self.tr("Recuperar ({n})").format(n=parked) if parked else self.tr("Recuperar"))

    def fit_to(self, screen_width: int) -> None:
        """Take a share of the sale screen's width, between :data:`WIDTH`'s bounds and never less than
        its buttons need in the language of the screens."""
        narrow, wide = WIDTH
        needed = self.needed_width()
        self.setFixedWidth(min(max(wide, needed), max(narrow, needed, int(screen_width * 0.42))))

    def needed_width(self) -> int:
        """The width the rows of buttons need, whatever the cart holds (99 parked carts)."""
        if not self._needed:
            spacing, margins = 8, 28
            for widget in self.findChildren(QWidget):
                widget.ensurePolished()

            def wide(button: QPushButton, text: str = "") -> int:
                shown = button.text()
                if text:
                    button.setText(text)
                width = button.sizeHint().width()
                button.setText(shown)
                return width

            title_row = TITLE_MIN_WIDTH + 3 * spacing + wide(self.park_button) + wide(self.clear_button)
            title_row += wide(self.recall_button, self.tr("Recuperar ({n})").format(n=99))
            line_buttons = (
                self.minus_button,
                self.plus_button,
                self.quantity_button,
                self.discount_button,
                self.remove_button,
            )
            line_row = sum(wide(b) for b in line_buttons) + spacing * len(line_buttons)
            self._needed = max(title_row, line_row) + margins
        return self._needed

    def _button(self, text: str, name: str, role: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        button.setAutoDefault(False)
        if role:
            button.setProperty("role", role)
        return button

    def _table(self, cart: CartModel) -> CartTable:
        table = CartTable(self)
        table.setObjectName("cartTable")
        table.setModel(cart)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(50)
        table.fit_columns()
        return table

    def _totals(self, cart: CartModel) -> QHBoxLayout:
        self.summary = QLabel(self)
        self.summary.setObjectName("summaryLabel")
        self.order_discount_button = self._button(self.tr("Dscto. a la venta (F9)"), "orderDiscountButton")
        caption = QLabel(self.tr("TOTAL"), self)
        caption.setObjectName("totalCaption")
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.total_label = FitLabel(money(cart.total), money(Decimal("9999.99")), self)
        self.total_label.setObjectName("totalLabel")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.summary)
        left.addWidget(self.order_discount_button, 0, Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout()
        right.setSpacing(0)
        right.addWidget(caption)
        right.addWidget(self.total_label)
        row = QHBoxLayout()
        row.addLayout(left)
        row.addStretch(1)
        row.addLayout(right)
        return row
