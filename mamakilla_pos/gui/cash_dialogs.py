"""The till's day: open with a counted float, cash in and out, X report, close with a count.

Each dialog offers ``run(...) -> (value, accepted)``. Counting works with the
keyboard alone: digits type the pieces of the focused denomination, Enter or
Tab moves down, Up and Down move between rows; the on-screen keypad types into
the focused row for touch screens. Every figure comes from
:mod:`mamakilla_pos.services.cash`.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QObject,
    QRegularExpression,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QIntValidator, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.cash import PEN_COINS, count_total
from ..domain.drawer import DrawerShort, check_can_take
from ..domain.language import Formats
from ..domain.limits import MAX_COUNT_PIECES, large_float_drawers
from ..domain.money import ZERO, MoneyError, parse_money
from ..services import cash, z_docs
from ..services.cash import CashFigures, CashMovementInfo, CashSessionInfo, SessionReport
from ..services.errors import UserError
from ..services.settings import get_settings
from ..services.till_printer import ThermalJob, report_job, send_job, thermal_profile
from ..store import Store
from .approval import with_approval
from .failure import not_saved
from .widgets.i18n import QT_TR_NOOP, language, money, plural, tr
from .widgets.keypad import Keypad
from .widgets.text import sentence

log = logging.getLogger(__name__)

OUT_REASONS = (
    QT_TR_NOOP("Pago del stand de la feria"),
    QT_TR_NOOP("Compra de sencillo"),
    QT_TR_NOOP("Almuerzo"),
    QT_TR_NOOP("Pago a artesana"),
    QT_TR_NOOP("Otro"),
)
"""Reasons offered for taking cash out (stored in Spanish, shown through ``tr``)."""
IN_REASONS = (
    QT_TR_NOOP("Sencillo para dar vuelto"),
    QT_TR_NOOP("Más fondo de caja"),
    QT_TR_NOOP("Devolución de un adelanto"),
    QT_TR_NOOP("Otro"),
)
"""Reasons offered for putting cash in."""
REASON_PRESETS = tuple(dict.fromkeys(OUT_REASONS + IN_REASONS))
"""Every preset reason, as stored."""
DETAIL_REQUIRED = frozenset({"Pago a artesana", "Devolución de un adelanto", "Otro"})
"""Presets that need a detail typed after them."""


def reason_label(reason: str) -> str:
    """A stored cash-movement reason as shown: its preset (kept in Spanish) translated, the detail as typed.

    A payout's cash movement says ``Pago a artesana Rosa Quispe (P-000012)``: the preset is translated there too.
    """
    for preset in REASON_PRESETS:
        if reason == preset or reason.startswith(f"{preset} — "):
            return tr(preset) + reason[len(preset) :]
    payout = "Pago a artesana"
    if reason.startswith(f"{payout} "):
        return tr(payout) + reason[len(payout) :]
    return reason


_COUNT_ORDER = {
    "PEN": tuple(sorted(cash.DENOMINATIONS["PEN"], reverse=True)),
    "USD": tuple(sorted(cash.DENOMINATIONS["USD"], reverse=True)),
}
_GOOD, _SHORT, _OVER = "#145C37", "#9B1C22", "#7A4E00"
COUNT_FIELD_WIDTH = 108
"""Wide enough for the five digits a count field takes, at its 17 pt bold."""

_LOCAL_STYLE = """
QFrame#countPanel, QFrame#summaryPanel {
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
"""


def _big_button(parent: QWidget, text: str, name: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.setMinimumHeight(56)
    font = QFont(button.font())
    font.setPointSize(15)
    font.setBold(primary)
    button.setFont(font)
    if primary:
        button.setProperty("role", "primary")
    return button


def _denomination_text(currency: str, value: Decimal) -> str:
    """A note or coin as the language writes it: ``S/ 20``, ``S/ 0.50``; ``20 S/``, ``0,50 S/`` in French."""
    whole = value == value.to_integral_value()
    return Formats(language()).money(value, currency, places=0 if whole else 2)


def _count_name(currency: str, value: Decimal) -> str:
    """``count_PEN_0_10``, ``count_USD_20``: the objectName of a row's field."""
    text = f"{value:.2f}".rstrip("0").rstrip(".").replace(".", "_")
    return f"count_{currency}_{text}"


class DenominationCounter(QWidget):
    """A row per denomination with its pieces, the row's amount and a running total per currency.

    Signals:
        changed(): a count changed.
        finished(): Enter was pressed on the last row.
    """

    changed = Signal()
    finished = Signal()

    def __init__(self, currencies: tuple[str, ...] = ("PEN", "USD"), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._inputs: dict[tuple[str, Decimal], QLineEdit] = {}
        self._amounts: dict[tuple[str, Decimal], QLabel] = {}
        self._totals: dict[str, QLabel] = {}
        self._order: list[QLineEdit] = []
        self.panels: dict[str, QFrame] = {}
        for currency in currencies:
            self.panels[currency] = self._panel(currency)
        previous: QWidget | None = None
        for edit in self._order:
            if previous is not None:
                QWidget.setTabOrder(previous, edit)
            previous = edit
        self._refresh()

    def _panel(self, currency: str) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("countPanel")
        title = QLabel(self.tr("Soles (S/)") if currency == "PEN" else self.tr("Dólares (US$)"), panel)
        title.setProperty("role", "panelTitle")
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        coins = set(PEN_COINS) if currency == "PEN" else set()
        for row, value in enumerate(_COUNT_ORDER[currency]):
            label = QLabel(_denomination_text(currency, value), panel)
            label.setProperty("role", "denomination")
            # Dollars are all notes; soles mix coins and notes, which people count apart.
            kind = QLabel(self.tr("moneda") if value in coins else self.tr("billete"), panel)
            kind.setProperty("role", "kind")
            kind.setVisible(currency == "PEN")
            edit = QLineEdit(panel)
            edit.setObjectName(_count_name(currency, value))
            edit.setProperty("role", "count")
            edit.setValidator(QIntValidator(0, MAX_COUNT_PIECES, edit))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setPlaceholderText("0")
            edit.setFixedWidth(COUNT_FIELD_WIDTH)
            edit.setAccessibleName(
                self.tr("Cantidad de {denomination}").format(denomination=_denomination_text(currency, value))
            )
            edit.textChanged.connect(self._refresh)
            edit.installEventFilter(self)
            amount = QLabel(panel)
            amount.setProperty("role", "rowAmount")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setMinimumWidth(96)
            times = QLabel("×", panel)
            grid.addWidget(label, row, 0)
            if currency == "PEN":
                grid.addWidget(kind, row, 1)
            grid.addWidget(times, row, 2)
            grid.addWidget(edit, row, 3)
            grid.addWidget(amount, row, 4)
            self._inputs[(currency, value)] = edit
            self._amounts[(currency, value)] = amount
            self._order.append(edit)
        grid.setColumnStretch(4, 1)
        total = QLabel(panel)
        total.setObjectName(f"total_{currency}")
        total.setProperty("role", "panelTotal")
        total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._totals[currency] = total
        rule = QFrame(panel)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: #DDD5CC;")
        column = QVBoxLayout(panel)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(6)
        column.addWidget(title)
        column.addLayout(grid)
        column.addWidget(rule)
        column.addWidget(total)
        return panel

    # -- reading and setting -------------------------------------------------------------------

    def inputs(self) -> list[QLineEdit]:
        """The count fields in the order Tab and Enter visit them."""
        return list(self._order)

    def input_for(self, currency: str, value: Decimal | str) -> QLineEdit:
        return self._inputs[(currency, Decimal(value))]

    def counts(self, currency: str) -> dict[Decimal, int]:
        """``{denomination: pieces}`` of the non-empty rows of ``currency``."""
        result: dict[Decimal, int] = {}
        for (cur, value), edit in self._inputs.items():
            text = edit.text().strip()
            if cur == currency and text.isdigit() and int(text):
                result[value] = int(text)
        return result

    def total(self, currency: str) -> Decimal:
        return count_total(self.counts(currency))

    def set_counts(self, currency: str, counts: dict[Decimal, int]) -> None:
        for (cur, value), edit in self._inputs.items():
            if cur == currency:
                pieces = counts.get(value, 0)
                edit.setText(str(pieces) if pieces else "")

    def focus_first(self) -> None:
        if self._order:
            self._order[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- keyboard ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLineEdit) and watched in self._order:
            if event.type() == QEvent.Type.FocusIn:
                # After a click the selection is lost again; select once the click is done.
                QTimer.singleShot(0, watched.selectAll)
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                key = event.key()
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                    self._step(watched, +1, finish=key != Qt.Key.Key_Down)
                    return True
                if key == Qt.Key.Key_Up:
                    self._step(watched, -1)
                    return True
        return super().eventFilter(watched, event)

    def _step(self, edit: QLineEdit, delta: int, finish: bool = False) -> None:
        index = self._order.index(edit) + delta
        if 0 <= index < len(self._order):
            self._order[index].setFocus(Qt.FocusReason.TabFocusReason)
            self._order[index].selectAll()
        elif index >= len(self._order) and finish:
            self.finished.emit()

    # -- showing -------------------------------------------------------------------------------

    @Slot()
    def _refresh(self) -> None:
        for (currency, value), edit in self._inputs.items():
            text = edit.text().strip()
            pieces = int(text) if text.isdigit() else 0
            self._amounts[(currency, value)].setText(money(count_total({value: pieces}), currency) if pieces else "")
        for currency, label in self._totals.items():
            label.setText(self.tr("Total: {amount}").format(amount=money(self.total(currency), currency)))
        self.changed.emit()


def _pdf_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(base or Path.home()) / "Mama Killa" / "Cierres"


def _print_or_save(pdf: bytes, printer: str, stem: str, thermal: ThermalJob | None = None) -> tuple[bool, str]:
    """Print on the thermal printer (``thermal``) or on ``printer``; else save the PDF in the documents folder."""
    from ..printing import PrintError, print_pdf, save_pdf

    reason = tr("no hay una impresora elegida en Ajustes")
    if thermal is not None:
        try:
            send_job(thermal)
            return True, ""
        except PrintError as exc:  # the report is kept: its PDF is saved below
            reason = str(exc)
    elif printer:
        try:
            print_pdf(pdf, printer, title=stem)
            return True, ""
        except Exception as exc:  # a printer problem must never lose the report
            log.exception("printing %s on %s failed", stem, printer)
            reason = str(exc) if isinstance(exc, PrintError) else repr(exc)
    try:
        path = save_pdf(pdf, _pdf_folder() / f"{stem}.pdf")
    except PrintError as exc:
        return False, tr("No se imprimió: {reason}. Tampoco se pudo guardar: {error}").format(reason=reason, error=exc)
    return False, tr("No se imprimió: {reason}.\nSe guardó el PDF en:\n{path}").format(reason=reason, path=path)


def show_report_pdf(
    parent: QWidget | None, pdf: bytes, title: str, stem: str, printer: str, thermal: ThermalJob | None = None
) -> str:
    """Show an X or Z report with Imprimir, Guardar PDF and Cerrar; returns what was done.

    Imprimir prints ``thermal`` on the till's thermal printer when there is one, else the PDF on ``printer``.
    """
    from .widgets.pdf_view import PdfViewDialog

    outcome, _ = PdfViewDialog.run(
        parent, pdf, title, _pdf_folder() / f"{stem}.pdf", lambda data: _print_or_save(data, printer, stem, thermal)
    )
    return outcome


def show_session_report(parent: QWidget | None, store: Store, report: SessionReport | None = None) -> str:
    """Show the X report of the open session (``report`` ``None``) or the report given: Z once closed."""
    settings = get_settings(store)
    try:
        report = report or cash.x_report(store)
    except UserError as exc:
        QMessageBox.information(parent, tr("Caja"), sentence(str(exc)))
        return ""
    pdf = z_docs.report_pdf(report, settings, language=language())
    when = report.closed_at or report.opened_at
    if report.closed:
        title = tr("Cierre de caja {till}").format(till=report.till)
        stem = f"cierre-{report.till}-{when:%Y%m%d-%H%M}"
    else:
        title = tr("Informe X — caja {till}").format(till=report.till)
        stem = f"informe-x-{report.till}-{when:%Y%m%d-%H%M}"
    profile = thermal_profile(store)
    thermal = report_job(store, profile, report, language()) if profile is not None else None
    return show_report_pdf(parent, pdf, title, stem, settings.printer, thermal)


class _Dialog(QDialog):
    """Enter moves on instead of accepting; a focused button is pressed with Enter.

    A line edit passes Enter on to its dialog; :meth:`_enter_in` says where
    the focus goes from there, so one Enter never both moves and presses.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                if focused.isEnabled():
                    focused.click()
            elif focused is not None:
                self._enter_in(focused)
            event.accept()
            return
        super().keyPressEvent(event)

    def _enter_in(self, focused: QWidget) -> None:
        """Enter was pressed in ``focused`` (not a button)."""

    def _error_label(self) -> QLabel:
        label = QLabel("", self)
        label.setObjectName("errorLabel")
        label.setProperty("role", "error")
        label.setWordWrap(True)
        label.setStyleSheet("QLabel { color: #9B1C22; font-weight: bold; font-size: 14pt; }")
        label.hide()
        return label

    def _fit(self, width: int, height: int) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width, height = min(width, screen.width() - 20), min(height, screen.height() - 40)
        self.resize(width, height)


class OpenTillDialog(_Dialog):
    """Open the till: count the float by denomination, in soles and dollars."""

    def __init__(self, store: Store, user_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openTillDialog")
        self.setWindowTitle(self.tr("Abrir la caja"))
        self.setStyleSheet(_LOCAL_STYLE)
        self.store = store
        self.user_id = user_id
        self.session: CashSessionInfo | None = None

        title = QLabel(self.tr("Abrir la caja {till}").format(till=get_settings(store).till_series), self)
        title.setProperty("role", "title")
        hint = QLabel(
            self.tr(
                "Cuente el dinero con el que empieza (el fondo para dar vuelto): "
                "escriba cuántos billetes y monedas hay de cada uno. Enter pasa a la fila siguiente."
            ),
            self,
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)

        self.counter = DenominationCounter(("PEN", "USD"), self)
        self.counter.changed.connect(self._refresh)
        self.keypad = Keypad(self)
        self.keypad.setMaximumWidth(340)
        self.summary = QLabel(self)
        self.summary.setObjectName("floatLabel")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.error = self._error_label()

        self.open_button = _big_button(self, self.tr("Abrir la caja"), "openTillButton", primary=True)
        self.cancel_button = _big_button(self, self.tr("Cancelar (Esc)"), "cancelButton")
        self.open_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.counter.finished.connect(lambda: self.open_button.setFocus(Qt.FocusReason.TabFocusReason))
        QWidget.setTabOrder(self.counter.inputs()[-1], self.open_button)

        side = QVBoxLayout()
        side.setSpacing(10)
        side.addWidget(self.counter.panels["USD"])
        side.addWidget(self.keypad, 1)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(self.summary)
        right.addStretch(1)
        right.addWidget(self.error)
        right.addWidget(self.open_button)
        right.addWidget(self.cancel_button)
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(self.counter.panels["PEN"], 5)
        body.addLayout(side, 4)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        self._fit(1180, 720)
        self._refresh()
        self.counter.focus_first()

    @Slot()
    def _refresh(self) -> None:
        pen, usd = self.counter.total("PEN"), self.counter.total("USD")
        self.summary.setText(self.tr("Fondo de caja:\n{pen}\n{usd}").format(pen=money(pen), usd=money(usd, "USD")))

    def accept(self) -> None:
        floats = {currency: self.counter.total(currency) for currency in ("PEN", "USD")}
        large = large_float_drawers(floats)
        if large and not self._large_float_confirmed({c: floats[c] for c in large}):
            self.counter.focus_first()
            return
        try:
            self.session = cash.open_session(
                self.store, self.counter.counts("PEN"), self.counter.counts("USD"), self.user_id
            )
        except UserError as exc:
            self.error.setText(sentence(str(exc)))
            self.error.show()
            return
        super().accept()

    def _large_float_confirmed(self, large: dict[str, Decimal]) -> bool:
        """Whether the seller means a float this big (a finger held on a key is far more likely)."""
        from .confirm import confirm

        amounts = " + ".join(money(amount, currency) for currency, amount in large.items())
        return confirm(
            self,
            self.tr("¿Tanto dinero de fondo?"),
            self.tr(
                "¿Abrir la caja con {amount} de fondo?\nEs mucho más que un fondo para dar vuelto: revise lo contado."
            ).format(amount=amounts),
            self.tr("Sí, abrir con {amount}").format(amount=amounts),
            self.tr("Revisar lo contado"),
        )

    @classmethod
    def run(
        cls, parent: QWidget | None, store: Store, user_id: int | None = None
    ) -> tuple[CashSessionInfo | None, bool]:
        """Show the dialog; ``(the open session, True)`` or ``(None, False)`` when cancelled.

        When the till is already open, says so and returns ``(None, False)``.
        """
        if cash.current_session(store) is not None:
            QMessageBox.information(parent, tr("Abrir la caja"), tr("La caja ya está abierta."))
            return None, False
        dialog = cls(store, user_id, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.session if accepted else None), accepted
        finally:
            dialog.deleteLater()


class CashMoveDialog(_Dialog):
    """Put money into the drawer or take it out, with a reason."""

    def __init__(
        self, store: Store, direction: str = "out", user_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cashMoveDialog")
        self.setStyleSheet(_LOCAL_STYLE)
        self.store = store
        self.user_id = user_id
        self.movement: CashMovementInfo | None = None
        self._short_shown = False  # the error line says the drawer holds less than typed
        try:
            self._report: SessionReport | None = cash.x_report(store)
        except UserError:
            self._report = None

        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.out_button = self._choice(self.tr("Sacar dinero"), "direction_out")
        self.in_button = self._choice(self.tr("Poner dinero"), "direction_in")
        self._direction = QButtonGroup(self)
        for button in (self.out_button, self.in_button):
            self._direction.addButton(button)
            button.clicked.connect(self._refresh)
        self.pen_button = self._choice(self.tr("Soles (S/)"), "currency_PEN")
        self.usd_button = self._choice(self.tr("Dólares (US$)"), "currency_USD")
        self._currency = QButtonGroup(self)
        for button in (self.pen_button, self.usd_button):
            self._currency.addButton(button)
            button.clicked.connect(self._refresh)
        (self.in_button if direction == "in" else self.out_button).setChecked(True)
        self.pen_button.setChecked(True)

        self.amount = QLineEdit(self)
        self.amount.setObjectName("amountInput")
        self.amount.setPlaceholderText("0.00")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^\d{0,6}([.,]\d{0,2})?$"), self.amount)
        )
        self.amount.setStyleSheet("font-size: 24pt; font-weight: bold; min-height: 56px;")
        self.amount.textChanged.connect(self._refresh)
        self.drawer_label = QLabel(self)
        self.drawer_label.setObjectName("drawerLabel")
        self.drawer_label.setProperty("role", "hint")
        self.drawer_label.setWordWrap(True)

        self.reasons_grid = QGridLayout()
        self.reasons_grid.setSpacing(8)
        self._reasons = QButtonGroup(self)
        self.reason_buttons: list[QPushButton] = []
        self._reasons_for = ""
        self.detail = QLineEdit(self)
        self.detail.setObjectName("detailInput")
        self.detail.setMaxLength(120)
        self.detail.textChanged.connect(self._refresh)
        self.detail_label = QLabel(self)
        self.detail_label.setProperty("role", "hint")
        self.error = self._error_label()

        self.keypad = Keypad(self)
        self.keypad.set_target(self.amount)
        self.keypad.setMinimumWidth(300)
        self.confirm_button = _big_button(self, self.tr("Registrar"), "confirmMoveButton", primary=True)
        self.cancel_button = _big_button(self, self.tr("Cancelar (Esc)"), "cancelButton")
        self.confirm_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)

        kinds = QHBoxLayout()
        kinds.addWidget(self.out_button)
        kinds.addWidget(self.in_button)
        currencies = QHBoxLayout()
        currencies.addWidget(self.pen_button)
        currencies.addWidget(self.usd_button)
        form = QVBoxLayout()
        form.setSpacing(8)
        form.addLayout(kinds)
        form.addLayout(currencies)
        amount_caption = QLabel(self.tr("Monto"), self)
        amount_caption.setProperty("role", "figureCaption")
        form.addWidget(amount_caption)
        form.addWidget(self.amount)
        form.addWidget(self.drawer_label)
        reason_caption = QLabel(self.tr("Motivo"), self)
        reason_caption.setProperty("role", "figureCaption")
        form.addWidget(reason_caption)
        form.addLayout(self.reasons_grid)
        form.addWidget(self.detail_label)
        form.addWidget(self.detail)
        form.addWidget(self.error)
        form.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.keypad, 1)
        side.addWidget(self.confirm_button)
        side.addWidget(self.cancel_button)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addLayout(form, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        QWidget.setTabOrder(self.amount, self.detail)
        QWidget.setTabOrder(self.detail, self.confirm_button)
        self._fit(980, 640)
        self._refresh()
        self.amount.setFocus()

    def _choice(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setProperty("role", "choice")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    # -- what was chosen -----------------------------------------------------------------------

    @property
    def direction(self) -> str:
        return "in" if self.in_button.isChecked() else "out"

    @property
    def currency(self) -> str:
        return "USD" if self.usd_button.isChecked() else "PEN"

    def preset(self) -> str:
        button = self._reasons.checkedButton()
        return str(button.property("preset")) if button is not None else ""

    def presets(self) -> tuple[str, ...]:
        """The reasons offered for the direction chosen."""
        return IN_REASONS if self.direction == "in" else OUT_REASONS

    def choose_reason(self, preset: str) -> None:
        """Pick one of :meth:`presets`."""
        self.reason_buttons[self.presets().index(preset)].click()

    def _offer_reasons(self) -> None:
        """One button per reason of the direction chosen (``reason_0``…); a reason of the other one is dropped."""
        if self._reasons_for == self.direction:
            return
        self._reasons_for = self.direction
        for button in self.reason_buttons:
            self._reasons.removeButton(button)
            self.reasons_grid.removeWidget(button)
            button.deleteLater()
        self.reason_buttons = []
        for i, preset in enumerate(self.presets()):
            button = self._choice(tr(preset), f"reason_{i}")
            button.setProperty("preset", preset)
            button.clicked.connect(self._reason_chosen)
            self._reasons.addButton(button, i)
            self.reason_buttons.append(button)
            self.reasons_grid.addWidget(button, i // 2, i % 2)

    def reason(self) -> str:
        """The reason as stored: the preset, and the detail after a dash when one was written."""
        preset, detail = self.preset(), self.detail.text().strip()
        if preset == "Otro" and detail:
            return detail
        return f"{preset} — {detail}" if preset and detail else preset or detail

    def _amount(self) -> Decimal | None:
        text = self.amount.text().strip()
        if not text or text in {".", ","}:
            return None
        try:
            return parse_money(text)
        except MoneyError:
            return None

    # -- slots ---------------------------------------------------------------------------------

    def _enter_in(self, focused: QWidget) -> None:
        if focused is self.amount:
            (self.detail if self.preset() else self.reason_buttons[0]).setFocus(Qt.FocusReason.TabFocusReason)
        elif focused is self.detail:
            self.confirm_button.setFocus(Qt.FocusReason.TabFocusReason)

    @Slot()
    def _reason_chosen(self) -> None:
        self._refresh()
        self.detail.setFocus()

    @Slot()
    def _refresh(self) -> None:
        out = self.direction == "out"
        self._offer_reasons()
        self.setWindowTitle(self.tr("Sacar dinero de la caja") if out else self.tr("Poner dinero en la caja"))
        self.title.setText(self.windowTitle())
        preset = self.preset()
        if preset == "Pago a artesana":
            self.detail_label.setText(self.tr("¿A qué artesana? (obligatorio)"))
        elif preset == "Devolución de un adelanto":
            self.detail_label.setText(self.tr("¿Quién lo devuelve? (obligatorio)"))
        elif preset == "Otro":
            self.detail_label.setText(self.tr("Escriba el motivo (obligatorio)"))
        else:
            self.detail_label.setText(self.tr("Detalle (opcional)"))
        if self._report is not None:
            figures = self._report.figures(self.currency)
            self.drawer_label.setText(
                self.tr("En la caja debería haber {amount}.").format(amount=money(figures.expected, self.currency))
            )
        amount = self._amount()
        ready = amount is not None and amount > ZERO and bool(preset)
        if preset in DETAIL_REQUIRED and not self.detail.text().strip():
            ready = False
        short = self._drawer_short(amount) if out else None
        if short is not None:
            ready = False
            self._say(
                self.tr("No se puede sacar más de lo que debería haber en la caja ({amount}).").format(
                    amount=money(short.available, self.currency)
                )
            )
            self._short_shown = True
        elif self._short_shown:
            self._short_shown = False
            self._say("")
        self.confirm_button.setEnabled(ready)
        symbol = money(amount or ZERO, self.currency)
        self.confirm_button.setText(
            self.tr("Sacar {amount}").format(amount=symbol) if out else self.tr("Poner {amount}").format(amount=symbol)
        )

    def _drawer_short(self, amount: Decimal | None) -> DrawerShort | None:
        """Why ``amount`` cannot be taken out: more than the drawer should hold (DESIGN.md §4 rule 10)."""
        if self._report is None or amount is None:
            return None
        try:
            check_can_take(self._report.figures(self.currency), amount)
        except DrawerShort as short:
            return short
        return None

    def accept(self) -> None:
        amount = self._amount()
        if amount is None or amount <= ZERO:
            self._say(self.tr("Escriba el monto."))
            return
        if not self.preset():
            self._say(self.tr("Elija el motivo."))
            return
        if self.preset() in DETAIL_REQUIRED and not self.detail.text().strip():
            self._say(self.detail_label.text())
            return
        try:
            self.movement = with_approval(
                self,
                self.store,
                lambda approval: cash.move_cash(
                    self.store, self.direction, amount, self.reason(), self.currency, self.user_id, approval
                ),
            )
        except UserError as exc:
            self._say(sentence(str(exc)))
            return
        super().accept()

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    @classmethod
    def run(
        cls, parent: QWidget | None, store: Store, direction: str = "out", user_id: int | None = None
    ) -> tuple[CashMovementInfo | None, bool]:
        """Show the dialog; ``(the movement recorded, True)`` or ``(None, False)`` when cancelled."""
        dialog = cls(store, direction, user_id, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.movement if accepted else None), accepted
        finally:
            dialog.deleteLater()


class CloseTillDialog(_Dialog):
    """Count the drawer, compare with what it should hold, explain any difference, close.

    Raises:
        UserError: when built while the till is closed.
    """

    def __init__(self, store: Store, user_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeTillDialog")
        self.setStyleSheet(_LOCAL_STYLE)
        self.store = store
        self.user_id = user_id
        self.report = cash.x_report(store)
        self.closed: SessionReport | None = None
        self.setWindowTitle(self.tr("Cerrar la caja {till}").format(till=self.report.till))

        title = QLabel(self.windowTitle(), self)
        title.setProperty("role", "title")
        who = f" · {self.report.opened_by}" if self.report.opened_by else ""
        since = QLabel(
            self.tr("Abierta el {when}{who} · {sales}, {refunds} · Enter: fila siguiente").format(
                when=self.report.opened_at.strftime("%d/%m %H:%M"),
                who=who,
                sales=plural(self.report.sales, self.tr("{n} venta"), self.tr("{n} ventas")),
                refunds=plural(self.report.refunds, self.tr("{n} devolución"), self.tr("{n} devoluciones")),
            ),
            self,
        )
        since.setProperty("role", "hint")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(16)
        heading.addWidget(since, 1)

        self.counter = DenominationCounter(("PEN", "USD"), self)
        self.counter.changed.connect(self._refresh)
        self.keypad = Keypad(self)
        self.keypad.setMaximumHeight(250)

        summary = QFrame(self)
        summary.setObjectName("summaryPanel")
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        self._figure_labels: dict[tuple[str, str], QLabel] = {}
        for column, (currency, caption) in enumerate((("PEN", self.tr("Soles")), ("USD", self.tr("Dólares")))):
            head = QLabel(caption, summary)
            head.setProperty("role", "figureCaption")
            head.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(head, 0, column + 1)
            for row, key in enumerate(("expected", "counted", "difference", "verdict"), start=1):
                label = QLabel(summary)
                label.setObjectName(f"{key}_{currency}")
                label.setProperty("role", "figure" if key != "verdict" else "figureCaption")
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(label, row, column + 1)
                self._figure_labels[(key, currency)] = label
        for row, caption in enumerate((self.tr("Debe haber"), self.tr("Contado"), self.tr("Diferencia")), start=1):
            label = QLabel(caption, summary)
            label.setProperty("role", "figureCaption")
            grid.addWidget(label, row, 0)
        grid.setColumnStretch(0, 1)
        self.explain = QLabel(self._explanation(), summary)
        self.explain.setObjectName("expectedExplanation")
        self.explain.setProperty("role", "explain")
        self.explain.setWordWrap(True)

        non_cash_title = QLabel(self.tr("Yape, Plin, tarjeta y transferencias: compare con el celular"), summary)
        non_cash_title.setProperty("role", "figureCaption")
        non_cash_title.setWordWrap(True)
        self.non_cash = QTreeWidget(summary)
        self.non_cash.setObjectName("nonCashTree")
        self.non_cash.setColumnCount(2)
        self.non_cash.setHeaderHidden(True)
        self.non_cash.setRootIsDecorated(False)
        self.non_cash.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.non_cash.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self._fill_non_cash()
        self.rounding_label = QLabel(
            self.tr("Redondeo regalado a clientes: {amount}").format(amount=money(self.report.rounding)),
            summary,
        )
        self.rounding_label.setObjectName("roundingLabel")
        self.rounding_label.setProperty("role", "explain")

        self.note_label = QLabel(summary)
        self.note_label.setWordWrap(True)
        self.note = QLineEdit(summary)
        self.note.setObjectName("noteInput")
        self.note.setMaxLength(300)
        self.note.setPlaceholderText(self.tr("Ej.: se dio vuelto de más"))
        self.note.textChanged.connect(self._refresh)
        self.error = self._error_label()

        self.x_button = _big_button(self, self.tr("Informe X"), "xReportButton")
        self.x_button.setToolTip(self.tr("Ver e imprimir las cifras hasta ahora, sin cerrar la caja"))
        self.x_button.clicked.connect(self.show_x_report)
        self.cancel_button = _big_button(self, self.tr("Cancelar"), "cancelButton")
        self.cancel_button.clicked.connect(self.reject)
        self.close_button = _big_button(self, self.tr("Cerrar la caja"), "closeTillButton", primary=True)
        self.close_button.clicked.connect(self.accept)
        self.counter.finished.connect(lambda: self.note.setFocus(Qt.FocusReason.TabFocusReason))
        QWidget.setTabOrder(self.counter.inputs()[-1], self.note)
        QWidget.setTabOrder(self.note, self.close_button)
        QWidget.setTabOrder(self.close_button, self.x_button)
        QWidget.setTabOrder(self.x_button, self.cancel_button)

        panel = QVBoxLayout(summary)
        panel.setContentsMargins(14, 10, 14, 10)
        panel.setSpacing(6)
        panel.addLayout(grid)
        panel.addWidget(self.explain)
        panel.addWidget(self.rounding_label)
        panel.addWidget(non_cash_title)
        panel.addWidget(self.non_cash, 1)
        panel.addWidget(self.note_label)
        panel.addWidget(self.note)
        panel.addWidget(self.error)

        middle = QVBoxLayout()
        middle.setSpacing(10)
        middle.addWidget(self.counter.panels["USD"])
        middle.addStretch(1)
        middle.addWidget(self.keypad)
        buttons = QHBoxLayout()
        buttons.addWidget(self.x_button, 1)
        buttons.addWidget(self.cancel_button, 1)
        buttons.addWidget(self.close_button, 2)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(summary, 1)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.counter.panels["PEN"], 0)
        body.addLayout(middle, 0)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addLayout(body, 1)
        self._fit(1346, 730)
        self._refresh()
        self.counter.focus_first()

    def _enter_in(self, focused: QWidget) -> None:
        if focused is self.note:
            self.close_button.setFocus(Qt.FocusReason.TabFocusReason)

    # -- figures -------------------------------------------------------------------------------

    def figures(self, currency: str) -> CashFigures:
        """What the drawer should hold, with the count typed so far."""
        return replace(self.report.figures(currency), counted=self.counter.total(currency))

    def _explanation(self) -> str:
        pen, usd = self.report.pen, self.report.usd
        text = self.tr(
            "Soles: fondo {float} + efectivo recibido {sales} − vuelto {change} − devoluciones {refunds}"
            " + entradas {cash_in} − salidas {cash_out} − pagos a artesanas {payouts}."
        ).format(
            float=money(pen.opening_float),
            sales=money(pen.sales),
            change=money(pen.change),
            refunds=money(pen.refunds),
            cash_in=money(pen.cash_in),
            cash_out=money(pen.cash_out),
            payouts=money(pen.payouts),
        )
        text += " " + self.tr(
            "Dólares: fondo {float} + recibido {sales} + entradas {cash_in} − salidas {cash_out}."
            " El vuelto de los pagos en dólares sale de los soles."
        ).format(
            float=money(usd.opening_float, "USD"),
            sales=money(usd.sales, "USD"),
            cash_in=money(usd.cash_in, "USD"),
            cash_out=money(usd.cash_out, "USD"),
        )
        return text

    def _fill_non_cash(self) -> None:
        bold = QFont(self.non_cash.font())
        bold.setBold(True)
        names = {
            "yape": self.tr("Yape"),
            "plin": self.tr("Plin"),
            "card": self.tr("Tarjeta"),
            "transfer": self.tr("Transferencia"),
        }
        methods = [m for m in self.report.methods if m.method in names]
        if not methods:
            empty = QTreeWidgetItem(self.non_cash, [self.tr("Sin pagos con Yape, Plin, tarjeta ni transferencia."), ""])
            empty.setFirstColumnSpanned(True)
            return
        for method in methods:
            head = QTreeWidgetItem(
                self.non_cash,
                [
                    (
                        self.tr("{name}: 1 operación") if method.count == 1 else self.tr("{name}: {count} operaciones")
                    ).format(name=names[method.method], count=method.count),
                    money(method.net),
                ],
            )
            head.setFont(0, bold)
            head.setFont(1, bold)
            head.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for op in self.report.operations_of(method.method):
                reference = self.tr("op. {reference}").format(reference=op.reference) if op.reference else "—"
                text = f"   {reference} · {op.number}"
                if op.kind == "refund":
                    text += " " + self.tr("(devolución)")
                item = QTreeWidgetItem(head, [text, money(-op.amount if op.kind == "refund" else op.amount)])
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.non_cash.expandAll()
        self.non_cash.header().setStretchLastSection(False)
        self.non_cash.header().setSectionResizeMode(0, self.non_cash.header().ResizeMode.Stretch)
        self.non_cash.header().setSectionResizeMode(1, self.non_cash.header().ResizeMode.ResizeToContents)

    def difference_pending(self) -> bool:
        return any(self.figures(c).difference for c in ("PEN", "USD"))

    @Slot()
    def _refresh(self) -> None:
        for currency in ("PEN", "USD"):
            figures = self.figures(currency)
            difference = figures.difference or ZERO
            labels = {k: self._figure_labels[(k, currency)] for k in ("expected", "counted", "difference", "verdict")}
            labels["expected"].setText(money(figures.expected, currency))
            labels["counted"].setText(money(figures.counted or ZERO, currency))
            labels["difference"].setText(money(difference, currency))
            if difference == ZERO:
                verdict, colour = self.tr("cuadra"), _GOOD
            elif difference < 0:
                verdict, colour = self.tr("falta {amount}").format(amount=money(-difference, currency)), _SHORT
            else:
                verdict, colour = self.tr("sobra {amount}").format(amount=money(difference, currency)), _OVER
            labels["difference"].setStyleSheet(f"color: {colour};")
            labels["verdict"].setText(verdict)
            labels["verdict"].setStyleSheet(f"color: {colour}; font-weight: bold;")
        pending = self.difference_pending()
        missing_note = pending and not self.note.text().strip()
        if pending:
            self.note_label.setText(self.tr("Nota: ¿por qué no cuadra? (obligatoria)"))
            self.note_label.setStyleSheet(
                f"font-size: 14pt; font-weight: bold; color: {_SHORT if missing_note else _GOOD};"
            )
        else:
            self.note_label.setText(self.tr("Nota (opcional)"))
            self.note_label.setStyleSheet("font-size: 14pt; color: #6E625C;")
        self.close_button.setEnabled(not missing_note)

    # -- actions -------------------------------------------------------------------------------

    @Slot()
    def show_x_report(self) -> None:
        """The figures so far, as a printable X report, without closing."""
        try:
            self.report = cash.x_report(self.store)
        except UserError as exc:
            self._say(sentence(str(exc)))
            return
        show_session_report(self, self.store, self.report)
        self._refresh()

    def accept(self) -> None:
        if self.difference_pending() and not self.note.text().strip():
            self._say(self.tr("El arqueo no cuadra: escriba en la nota por qué."))
            self.note.setFocus()
            return
        try:
            self.closed = with_approval(
                self,
                self.store,
                lambda approval: cash.close_session(
                    self.store,
                    self.counter.counts("PEN"),
                    self.counter.counts("USD"),
                    self.note.text(),
                    self.user_id,
                    session_id=self.report.id,
                    approval=approval,
                ),
            )
        except Exception as exc:  # the till is still open and the count still typed: Cerrar again
            self._say(not_saved(exc, self.tr("la caja no se cerró")))
            return
        super().accept()

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    @classmethod
    def run(cls, parent: QWidget | None, store: Store, user_id: int | None = None) -> tuple[SessionReport | None, bool]:
        """Show the dialog; ``(the Z report's figures, True)`` once closed, ``(None, False)`` otherwise.

        When the till is not open, says so and returns ``(None, False)``.
        """
        try:
            dialog = cls(store, user_id, parent)
        except UserError as exc:
            QMessageBox.information(parent, tr("Cerrar la caja"), sentence(str(exc)))
            return None, False
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.closed if accepted else None), accepted
        finally:
            dialog.deleteLater()


def close_till(parent: QWidget | None, store: Store, user_id: int | None = None) -> SessionReport | None:
    """Close the till through :class:`CloseTillDialog`, then show the Z report to print or save.

    Returns the closed session's figures, or ``None`` when nothing was closed.
    """
    report, accepted = CloseTillDialog.run(parent, store, user_id)
    if not accepted or report is None:
        return None
    if report.backup_error:
        QMessageBox.warning(
            parent,
            tr("Copia de seguridad"),
            tr("La caja se cerró, pero no se pudo hacer la copia de seguridad: {error}").format(
                error=report.backup_error
            ),
        )
    show_session_report(parent, store, report)
    return report
