"""The application's look: one stylesheet, large touch-sized controls.

The people at the till are newly trained, often on a laptop at a fair with a
finger or a mouse: everything clickable is at least 44 px high, the base font
is 16 pt and the total is very large.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from mamakilla_pos.paths import resource_dir

BASE_POINT_SIZE = 16
HEADER_POINT_SIZE = 12  # table headings
TOUCH = 44  # px: the smallest height of anything a finger presses


def _icons_folder() -> str:
    """The shipped icons as a path Qt stylesheets accept (forward slashes on every system)."""
    return resource_dir("icons").as_posix()


ICONS = _icons_folder()


class Palette:
    """Colours used by the stylesheet and by the painted widgets."""

    background = "#F4F1EC"
    surface = "#FFFFFF"
    border = "#DDD5CC"
    text = "#2A2220"
    muted = "#6E625C"
    primary = "#6B2D5C"
    primary_dark = "#4F1F44"
    primary_soft = "#EFE2EC"
    pay = "#1F7A4D"
    pay_dark = "#165C3A"
    header = "#3A1C35"
    warning_bg = "#FFF1C9"
    warning_text = "#7A4E00"
    warning_row = "#FFE3A3"
    error_bg = "#FBE1E0"
    error_text = "#9B1C22"
    success_bg = "#DFF2E6"
    success_text = "#145C37"
    info_bg = "#ECE8F2"
    info_text = "#3D3550"

    # Placeholder tiles, one per category: hues far apart in this order, each dark enough for white initials.
    tiles = (
        "#2F6F9F",  # blue
        "#C2681A",  # orange
        "#3E7D3A",  # green
        "#7A4FA8",  # violet
        "#1F7F7A",  # teal
        "#A8323E",  # red
        "#8A6A1F",  # ochre
        "#A23E82",  # magenta
        "#2E4A8C",  # indigo
        "#5F7F1F",  # olive
        "#56606E",  # slate
        "#6B4226",  # brown
    )

    @staticmethod
    def color(name: str) -> QColor:
        return QColor(getattr(Palette, name))


STYLESHEET = f"""
QMainWindow, QDialog {{
    background: {Palette.background};
}}
QWidget {{
    color: {Palette.text};
}}
QToolTip {{
    font-size: 13pt;
    padding: 6px;
    background: {Palette.surface};
    border: 1px solid {Palette.border};
}}

/* Buttons: big, flat, rounded. */
QPushButton {{
    min-height: {TOUCH}px;
    padding: 4px 14px;
    border: 1px solid {Palette.border};
    border-radius: 8px;
    background: {Palette.surface};
}}
QPushButton:hover {{
    border-color: {Palette.primary};
}}
QPushButton:pressed, QPushButton:checked {{
    background: {Palette.primary_soft};
    border-color: {Palette.primary};
}}
QPushButton:disabled {{
    color: #A59A94;
    background: #F0ECE7;
}}
QPushButton[role="primary"] {{
    background: {Palette.primary};
    border-color: {Palette.primary};
    color: white;
    font-weight: bold;
}}
QPushButton[role="primary"]:hover {{
    background: {Palette.primary_dark};
}}
QPushButton[role="danger"] {{
    color: {Palette.error_text};
}}
QPushButton[role="danger"]:disabled {{
    color: #A59A94;
}}
QPushButton#payButton {{
    min-height: 66px;
    font-size: 24pt;
    font-weight: bold;
    color: white;
    background: {Palette.pay};
    border: none;
    border-radius: 10px;
}}
QPushButton#payButton:hover {{
    background: {Palette.pay_dark};
}}
QPushButton#payButton:disabled {{
    background: #9DBFAE;
}}
QPushButton[role="step"] {{
    min-width: {TOUCH + 8}px;
    font-size: 20pt;
    font-weight: bold;
    padding: 0px;
}}

/* Text fields. */
QLineEdit, QSpinBox, QComboBox {{
    min-height: {TOUCH}px;
    padding: 2px 10px;
    border: 1px solid {Palette.border};
    border-radius: 8px;
    background: {Palette.surface};
    selection-background-color: {Palette.primary};
}}
QLineEdit:focus {{
    border: 2px solid {Palette.primary};
}}
QDateEdit, QDoubleSpinBox {{
    min-height: {TOUCH}px;
    padding: 2px 10px;
    border: 1px solid {Palette.border};
    border-radius: 8px;
    background: {Palette.surface};
}}
/* Styled boxes lose the platform's arrows: draw plain triangles instead. */
QComboBox::drop-down, QDateEdit::drop-down {{
    subcontrol-origin: padding;
    subcontrol-position: center right;
    width: 34px;
    border: none;
}}
QComboBox::down-arrow, QDateEdit::down-arrow, QAbstractSpinBox::down-arrow {{
    image: url({ICONS}/arrow-down.svg);
    width: 14px;
    height: 10px;
}}
QAbstractSpinBox::up-arrow {{
    image: url({ICONS}/arrow-up.svg);
    width: 14px;
    height: 10px;
}}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border;
    width: 30px;
    border: none;
    background: transparent;
}}
QComboBox QAbstractItemView {{
    border: 1px solid {Palette.border};
    selection-background-color: {Palette.primary_soft};
    selection-color: {Palette.text};
    outline: none;
}}
QLineEdit#scanInput {{
    min-height: 56px;
    font-size: 18pt;
    border: 2px solid {Palette.border};
    border-radius: 10px;
    padding-left: 14px;
}}
QLineEdit#scanInput:focus {{
    border: 2px solid {Palette.primary};
}}

/* Header with the shop name and the screens. */
QFrame#header {{
    background: {Palette.header};
}}
QLabel#brandLabel {{
    color: white;
    font-size: 18pt;
    font-weight: bold;
    padding: 0px 18px 0px 6px;
}}
QPushButton[role="nav"] {{
    color: #E9DCE6;
    background: transparent;
    border: none;
    border-radius: 0px;
    border-bottom: 4px solid transparent;
    padding: 4px 22px;
    min-height: 48px;
    font-size: 16pt;
}}
QPushButton[role="nav"]:hover {{
    color: white;
    background: #4C2646;
}}
QPushButton[role="nav"]:checked {{
    color: white;
    border-bottom: 4px solid #F2B53B;
    background: transparent;
}}

/* Panels. */
QFrame#cartPanel {{
    background: {Palette.surface};
    border: 1px solid {Palette.border};
    border-radius: 12px;
}}
QLabel#cartTitle {{
    font-size: 17pt;
    font-weight: bold;
}}
QLabel#summaryLabel {{
    color: {Palette.muted};
    font-size: 14pt;
}}
QLabel#totalCaption {{
    font-size: 13pt;
    font-weight: bold;
    color: {Palette.muted};
}}
QLabel#totalLabel {{
    font-size: 40pt;
    font-weight: bold;
    color: {Palette.text};
}}

/* The message banner of the sale screen. */
QLabel#scanMessage {{
    min-height: 40px;
    padding: 4px 14px;
    border-radius: 8px;
    font-size: 15pt;
    color: {Palette.info_text};
    background: {Palette.info_bg};
}}
QLabel#scanMessage[kind="success"] {{
    color: {Palette.success_text};
    background: {Palette.success_bg};
    font-weight: bold;
}}
QLabel#scanMessage[kind="closed"] {{
    color: {Palette.warning_text};
    background: {Palette.warning_bg};
}}
QLabel#scanMessage[kind="warning"] {{
    color: {Palette.warning_text};
    background: {Palette.warning_bg};
    font-weight: bold;
}}
QLabel#scanMessage[kind="error"] {{
    color: {Palette.error_text};
    background: {Palette.error_bg};
    font-weight: bold;
}}

/* Cart table. */
QTableView#cartTable {{
    border: none;
    background: {Palette.surface};
    selection-background-color: {Palette.primary_soft};
    selection-color: {Palette.text};
    gridline-color: transparent;
    font-size: 14pt;
}}
QHeaderView::section {{
    background: {Palette.surface};
    color: {Palette.muted};
    border: none;
    border-bottom: 2px solid {Palette.border};
    padding: 6px 4px;
    font-size: {HEADER_POINT_SIZE}pt;
    font-weight: bold;
}}

/* Product grid and its category tabs. */
QListView#productGrid {{
    border: none;
    background: {Palette.background};
}}
QTabBar#categoryTabs::tab {{
    min-height: {TOUCH}px;
    padding: 0px 18px;
    margin-right: 6px;
    border: 1px solid {Palette.border};
    border-radius: 22px;
    background: {Palette.surface};
    font-size: 14pt;
}}
QTabBar#categoryTabs::tab:selected {{
    background: {Palette.primary};
    border-color: {Palette.primary};
    color: white;
    font-weight: bold;
}}
QTabBar#categoryTabs::scroller {{
    width: 96px;
}}
QTabBar#categoryTabs QToolButton {{
    min-height: {TOUCH}px;
    min-width: 44px;
    margin-left: 4px;
    background: {Palette.surface};
    border: 1px solid {Palette.border};
    border-radius: 8px;
}}
QTabBar#categoryTabs QToolButton:disabled {{
    background: #F0ECE7;
}}

QScrollBar:vertical {{
    background: transparent;
    width: 14px;
    margin: 2px;
}}
QScrollBar::handle:vertical {{
    background: #C9BEB4;
    border-radius: 5px;
    min-height: 40px;
}}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{
    height: 0px;
}}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{
    background: transparent;
}}

/* Lists in dialogs. */
QListWidget {{
    background: {Palette.surface};
    border: 1px solid {Palette.border};
    border-radius: 8px;
    font-size: 16pt;
}}
QListWidget::item {{
    min-height: {TOUCH + 8}px;
    padding: 4px 10px;
    border-bottom: 1px solid #EEE8E2;
}}
QListWidget::item:selected {{
    background: {Palette.primary_soft};
    color: {Palette.text};
}}

QStatusBar {{
    background: {Palette.surface};
    border-top: 1px solid {Palette.border};
    font-size: 13pt;
}}
QStatusBar QLabel {{
    padding: 2px 12px;
}}
QLabel#shopStatus[notice="true"] {{
    color: {Palette.success_text};
    font-weight: bold;
}}
QLabel#sessionStatus[open="true"] {{
    color: {Palette.success_text};
    font-weight: bold;
}}
QLabel#sessionStatus[open="false"] {{
    color: {Palette.error_text};
    font-weight: bold;
}}
QLabel[role="hint"] {{
    color: {Palette.muted};
    font-size: 13pt;
}}
QLabel[role="error"] {{
    color: {Palette.error_text};
    font-weight: bold;
}}
QLabel[role="title"] {{
    font-size: 20pt;
    font-weight: bold;
}}
"""


def apply_style(app: QApplication) -> None:
    """Give the application its base font and stylesheet."""
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)


def repolish(widget) -> None:  # type: ignore[no-untyped-def]
    """Re-apply the stylesheet after a dynamic property such as ``kind`` changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


# -- the stylesheets of single screens and dialogs ---------------------------------------

CASH_SCREEN_STYLE = """
QFrame#statusCard, QFrame#figuresPanel, QFrame#movementsPanel {
    background: #FFFFFF;
    border: 1px solid #DDD5CC;
    border-radius: 12px;
}
QLabel#sessionTitle { font-size: 24pt; font-weight: bold; }
QLabel#sessionTitle[open="true"] { color: #145C37; }
QLabel#sessionTitle[open="false"] { color: #9B1C22; }
QLabel#sessionDetails { font-size: 14pt; color: #6E625C; }
QLabel[role="panelTitle"] { font-size: 17pt; font-weight: bold; }
QLabel[role="figureCaption"] { font-size: 14pt; color: #2A2220; }
QLabel[role="figure"] { font-size: 15pt; }
QLabel[role="figureStrong"] { font-size: 19pt; font-weight: bold; }
QLabel[role="explain"] { font-size: 13pt; color: #6E625C; }
QTableView#movementsTable { font-size: 14pt; border: none; background: #FFFFFF; }
QPushButton[role="action"] { font-size: 15pt; min-height: 60px; padding: 4px 18px; }
QPushButton[role="primary"] {
    background: #6B2D5C; border: 1px solid #6B2D5C; color: white; font-weight: bold;
    font-size: 15pt; min-height: 60px; padding: 4px 18px;
}
QPushButton[role="primary"]:disabled { background: #C9B3C3; border-color: #C9B3C3; }
"""
"""The Caja screen's panels, figures and movements table."""

HISTORY_STYLE = """
QTableView {
  background: #FFFFFF; border: 1px solid #DDD5CC; border-radius: 8px;
  selection-background-color: #EFE2EC; selection-color: #2A2220; gridline-color: #EEE8E2;
}
QHeaderView::section {
  background: #FFFFFF; color: #6E625C; border: none; border-bottom: 2px solid #DDD5CC;
  padding: 6px; font-weight: bold;
}
QTableView#saleLinesTable::item { padding: 4px 6px; }
QFrame#saleDetail { background: #FFFFFF; border: 1px solid #DDD5CC; border-radius: 10px; }
QLabel[role="muted"] { color: #6E625C; }
QLabel#refundTag { color: white; background: #9B1C22; border-radius: 6px; padding: 2px 10px; font-weight: bold; }
QLabel#historyMessage { border-radius: 8px; padding: 8px 12px; }
QLabel#historyMessage[kind="success"] { color: #145C37; background: #DFF2E6; font-weight: bold; }
QLabel#historyMessage[kind="error"] { color: #9B1C22; background: #FBE1E0; font-weight: bold; }
"""
"""The Historial screen: its table, the sale's detail and messages."""

SHARES_STYLE = """
QTableView {
  background: #FFFFFF; border: 1px solid #DDD5CC; border-radius: 8px;
  selection-background-color: #EFE2EC; selection-color: #2A2220; gridline-color: #EEE8E2;
  font-size: 14pt;
}
QTableView::item { padding: 0px 8px; }
QHeaderView::section {
  background: #FFFFFF; color: #6E625C; border: none; border-bottom: 2px solid #DDD5CC;
  padding: 6px 8px; font-size: 12pt; font-weight: bold;
}
QDateEdit {
  min-height: 44px; padding: 2px 10px; border: 1px solid #DDD5CC; border-radius: 8px; background: #FFFFFF;
}
QLabel[role="screenTitle"] { font-size: 20pt; font-weight: bold; }
QLabel[role="sectionTitle"] { font-size: 15pt; font-weight: bold; }
QLabel[role="muted"] { color: #6E625C; font-size: 12pt; }
QLabel[role="message"] { color: #9B1C22; background: #FBE1E0; border-radius: 8px; padding: 6px 12px; }
"""
"""The Participaciones screen and the payouts' history."""

REFUND_DIALOG_STYLE = """
QPushButton {
  background: #FFFFFF; border: 1px solid #DDD5CC; border-radius: 8px; padding: 4px 12px; color: #2A2220;
}
QPushButton:hover { border-color: #6B2D5C; }
QPushButton:pressed { background: #EFE2EC; }
QPushButton:checked { background: #6B2D5C; border-color: #4F1F44; color: white; font-weight: bold; }
QPushButton:disabled { background: #F0ECE7; color: #A59A94; }
QPushButton#confirmRefundButton { background: #9B1C22; border-color: #7A1419; color: white; font-weight: bold; }
QPushButton#confirmRefundButton:disabled { background: #E3B9BB; border-color: #E3B9BB; color: white; }
QFrame#refundLine { background: #FFFFFF; border: 1px solid #DDD5CC; border-radius: 10px; }
QLabel#refundError { color: #9B1C22; background: #FBE1E0; border-radius: 8px; padding: 8px 12px; }
QLabel[role="muted"] { color: #6E625C; }
QScrollArea#refundLines, QWidget#refundLinesBox { background: transparent; }
QSpinBox { padding: 0px; min-height: 0px; border: 2px solid #DDD5CC; border-radius: 8px; background: white; }
QSpinBox:focus { border-color: #6B2D5C; }
QSpinBox::up-button, QSpinBox::down-button { subcontrol-origin: border; width: 0px; border: none; }
"""
"""The refund dialog: its lines, choices and the red confirm button."""

TILL_DIALOG_STYLE = """
QFrame[role="countPanel"], QFrame#summaryPanel {
    background: #FFFFFF;
    border: 1px solid #DDD5CC;
    border-radius: 12px;
}
QLabel[role="panelTitle"] { font-size: 17pt; font-weight: bold; }
QLabel[role="denomination"] { font-size: 16pt; font-weight: bold; }
QLabel[role="kind"] { font-size: 11pt; color: #6E625C; }
QLabel[role="rowAmount"] { font-size: 15pt; }
QLabel[role="panelTotal"] { font-size: 19pt; font-weight: bold; }
QLineEdit[role="count"] { font-size: 17pt; font-weight: bold; min-height: 40px; padding: 0px 8px; }
QLineEdit[role="count"]:focus { border: 3px solid #6B2D5C; background: #EFE2EC; }
QLabel[role="figureCaption"] { font-size: 14pt; color: #6E625C; }
QLabel[role="figure"] { font-size: 17pt; font-weight: bold; }
QLabel[role="explain"] { font-size: 11pt; color: #6E625C; }
QTreeWidget#nonCashTree { font-size: 13pt; border: 1px solid #DDD5CC; border-radius: 8px; background: #FFFFFF; }
QPushButton[role="choice"] { font-size: 14pt; min-height: 52px; }
QPushButton[role="choice"]:checked {
    background: #6B2D5C; border: 2px solid #4F1F44; color: white; font-weight: bold;
}
QPushButton[role="primary"] {
    background: #6B2D5C; border: 1px solid #6B2D5C; color: white; font-weight: bold;
}
QPushButton[role="primary"]:disabled { background: #C9B3C3; border-color: #C9B3C3; }
QLabel#errorLabel { color: #9B1C22; font-weight: bold; font-size: 14pt; }
QLabel#floatLabel { font-size: 20pt; font-weight: bold; }
QLineEdit#amountInput { font-size: 24pt; font-weight: bold; min-height: 56px; }
"""
"""The till's cash dialogs: count and summary panels, count fields, choices."""

PAYOUT_STYLE = (
    SHARES_STYLE
    + """
QLabel#payoutTotalLabel { font-size: 30pt; font-weight: bold; }
QLabel#payoutTotalLabel[payable="false"] { color: #6E625C; }
QLabel#payoutDoneLabel { font-size: 18pt; font-weight: bold; color: #145C37; background: #DFF2E6;
  border-radius: 10px; padding: 12px 16px; }
QPushButton[role="method"] { min-height: 60px; font-size: 16pt; padding: 4px 18px; }
QPushButton[role="method"]:checked { background: #6B2D5C; color: white; border-color: #4F1F44; font-weight: bold; }
QPushButton#confirmPayoutButton { min-height: 64px; font-size: 18pt; font-weight: bold; color: white;
  background: #1F7A4D; border: none; border-radius: 10px; padding: 4px 24px; }
QPushButton#confirmPayoutButton:disabled { background: #9DBFAE; }
QPushButton#showSlipButton { min-height: 64px; font-size: 17pt; font-weight: bold; color: white;
  background: #6B2D5C; border: none; border-radius: 10px; padding: 4px 24px; }
QLineEdit#payoutReferenceInput { min-height: 52px; font-size: 16pt; }
"""
)
"""The payout dialog: its big total, method buttons, confirm and slip buttons."""
