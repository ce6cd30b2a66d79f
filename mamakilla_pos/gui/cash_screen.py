"""The Caja screen: is the till open, what should the drawer hold, cash in and out, X report, close."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.money import ZERO
from ..services import cash
from ..services.cash_figures import CashMovementInfo, SessionReport
from ..services.errors import UserError
from ..services.printers import open_drawer, printer_profile
from ..store import Store
from .approval import with_approval
from .cash_move_dialog import CashMoveDialog
from .cash_reasons import reason_label
from .close_till_dialog import close_till
from .open_till_dialog import OpenTillDialog
from .session_report_view import show_session_report
from .thermal import drawer_failed, kick_drawer
from .till_user import current_user_id
from .widgets.i18n import QT_TR_NOOP, money, plural, tr
from .widgets.style import CASH_SCREEN_STYLE, Palette
from .widgets.table_model import Column, ColumnsModel
from .widgets.text import sentence

ONLY_WHEN_SOME = ("advances", "partner_payments")
"""Drawer rows of money that is not sales, shown only when a drawer has some."""


def _kind(m: CashMovementInfo) -> str:
    return tr("Entrada") if m.direction == "in" else tr("Salida")


def _signed(m: CashMovementInfo) -> str:
    return money(m.amount if m.direction == "in" else -m.amount, m.currency)


def _in_or_out(m: CashMovementInfo) -> QColor:
    return QColor(Palette.success_text) if m.direction == "in" else QColor(Palette.error_text)


def _reason(m: CashMovementInfo) -> str:
    return reason_label(m.reason)


MOVEMENT_COLUMNS: tuple[Column[CashMovementInfo], ...] = (
    Column(QT_TR_NOOP("Hora"), lambda m: m.at.strftime("%H:%M")),
    Column(QT_TR_NOOP("Tipo"), _kind, colour=_in_or_out),
    Column(QT_TR_NOOP("Monto"), _signed, right=True, colour=_in_or_out),
    Column(QT_TR_NOOP("Motivo"), _reason, tooltip=_reason),
    Column(QT_TR_NOOP("Usuario"), lambda m: m.user or "—"),
)


class MovementsModel(ColumnsModel[CashMovementInfo]):
    """Cash put in or taken out during a session: time, kind, amount, reason, who."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(MOVEMENT_COLUMNS, parent)

    def set_movements(self, movements: Sequence[CashMovementInfo]) -> None:
        self.set_records(movements)

    def movement(self, row: int) -> CashMovementInfo:
        return self.record(row)


class CashScreen(QWidget):
    """The till's cash session at a glance, and the buttons to open, move cash, report and close.

    Signals:
        session_changed(): the till was opened or closed, or cash was moved.

    ``user_id`` is who is at the till (:func:`.till_user.current_user_id`).
    """

    session_changed = Signal()

    @property
    def user_id(self) -> int | None:
        """Who is at the till (the main window's login), for the services; ``None`` when nobody is."""
        return current_user_id(self)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cashScreen")
        self.setStyleSheet(CASH_SCREEN_STYLE)
        self.store = store
        self.report: SessionReport | None = None
        self.last_closed: SessionReport | None = None

        card = self._status_card()
        actions = self._actions()
        self.figures_panel = self._figures_panel()
        moves_panel = self._movements_panel()
        panels = QHBoxLayout()
        panels.setSpacing(14)
        panels.addWidget(self.figures_panel, 5)
        panels.addWidget(moves_panel, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(12)
        layout.addWidget(card)
        layout.addLayout(actions)
        layout.addWidget(self.drawer_status)
        layout.addLayout(panels, 1)
        self.refresh()

    def _status_card(self) -> QFrame:
        """The card that says whether the till is open, since when and by whom."""
        card = QFrame(self)
        card.setObjectName("statusCard")
        self.title = QLabel(card)
        self.title.setObjectName("sessionTitle")
        self.details = QLabel(card)
        self.details.setObjectName("sessionDetails")
        self.details.setWordWrap(True)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(18, 10, 18, 10)
        card_layout.setSpacing(2)
        card_layout.addWidget(self.title)
        card_layout.addWidget(self.details)
        return card

    def _actions(self) -> QHBoxLayout:
        """The row of buttons: open, put in, take out, X, last Z, open the drawer, close."""
        self.open_button = self._action(self.tr("Abrir la caja"), "openTillButton", self.open_till, primary=True)
        self.cash_in_button = self._action(self.tr("Poner dinero"), "cashInButton", lambda: self.move_cash("in"))
        self.cash_out_button = self._action(self.tr("Sacar dinero"), "cashOutButton", lambda: self.move_cash("out"))
        self.x_button = self._action(self.tr("Informe X"), "xReportButton", self.show_x_report)
        self.close_button = self._action(self.tr("Cerrar la caja"), "closeTillButton", self.close_till, primary=True)
        self.last_z_button = self._action(self.tr("Último cierre (Z)"), "lastZButton", self.show_last_z)
        self.x_button.setToolTip(self.tr("Las cifras hasta ahora, sin cerrar la caja"))
        self.drawer_button = self._action(self.tr("Abrir cajón"), "openDrawerButton", self.open_drawer)
        self.drawer_button.setToolTip(self.tr("Abre el cajón sin una venta; queda registrado quién lo abrió"))
        self.drawer_status = QLabel(self)
        self.drawer_status.setObjectName("drawerStatus")
        self.drawer_status.setProperty("role", "explain")
        self.drawer_status.setWordWrap(True)
        self.drawer_status.hide()
        actions = QHBoxLayout()
        actions.setSpacing(10)
        for button in (
            self.open_button,
            self.cash_in_button,
            self.cash_out_button,
            self.x_button,
            self.last_z_button,
            self.drawer_button,
            self.close_button,
        ):
            actions.addWidget(button)
        return actions

    def _figures_panel(self) -> QFrame:
        """The drawers' figures, soles and dollars side by side, and the non-cash summary."""
        panel = QFrame(self)
        panel.setObjectName("figuresPanel")
        self.figures_title = QLabel(panel)
        self.figures_title.setProperty("role", "panelTitle")
        self._figure_labels: dict[tuple[str, str], QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        for column, caption in enumerate((self.tr("Soles"), self.tr("Dólares")), start=1):
            head = QLabel(caption, panel)
            head.setProperty("role", "figureCaption")
            head.setAlignment(Qt.AlignmentFlag.AlignRight)
            head.setStyleSheet("font-weight: bold;")
            grid.addWidget(head, 0, column)
        self._rows = (
            ("opening_float", self.tr("Fondo inicial")),
            ("sales", self.tr("+ Recibido en ventas")),
            ("advances", self.tr("+ Señas de encargos")),
            ("partner_payments", self.tr("+ Cobros a tiendas aliadas")),
            ("change", self.tr("− Vuelto entregado")),
            ("refunds", self.tr("− Devoluciones")),
            ("cash_in", self.tr("+ Entradas de dinero")),
            ("cash_out", self.tr("− Salidas de dinero")),
            ("payouts", self.tr("− Pagos a artesanas")),
            ("expected", self.tr("= Debe haber en la caja")),
            ("counted", self.tr("Contado al cerrar")),
            ("difference", self.tr("Diferencia")),
        )
        self._row_captions: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(self._rows, start=1):
            label = QLabel(caption, panel)
            strong = key in ("expected", "difference")
            label.setProperty("role", "figureStrong" if strong else "figureCaption")
            grid.addWidget(label, row, 0)
            self._row_captions[key] = label
            for column, currency in enumerate(("PEN", "USD"), start=1):
                value = QLabel(panel)
                value.setObjectName(f"screen_{key}_{currency}")
                value.setProperty("role", "figureStrong" if strong else "figure")
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(value, row, column)
                self._figure_labels[(key, currency)] = value
        grid.setColumnStretch(0, 1)
        self.non_cash_label = QLabel(panel)
        self.non_cash_label.setObjectName("nonCashSummary")
        self.non_cash_label.setTextFormat(Qt.TextFormat.RichText)
        self.sales_label = QLabel(panel)
        self.sales_label.setObjectName("salesSummary")
        self.sales_label.setProperty("role", "explain")
        self.sales_label.setWordWrap(True)
        figures_layout = QVBoxLayout(panel)
        figures_layout.setContentsMargins(18, 12, 18, 12)
        figures_layout.setSpacing(8)
        figures_layout.addWidget(self.figures_title)
        figures_layout.addLayout(grid)
        figures_layout.addSpacing(6)
        figures_layout.addWidget(self.non_cash_label)
        figures_layout.addStretch(1)
        figures_layout.addWidget(self.sales_label)
        return panel

    def _movements_panel(self) -> QFrame:
        """The cash put in and taken out, one line each."""
        moves_panel = QFrame(self)
        moves_panel.setObjectName("movementsPanel")
        self.moves_title = QLabel(self.tr("Entradas y salidas de dinero"), moves_panel)
        self.moves_title.setProperty("role", "panelTitle")
        self.movements = MovementsModel(self)
        self.table = QTableView(moves_panel)
        self.table.setObjectName("movementsTable")
        self.table.setModel(self.movements)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One line per movement: a long reason ends in "…" and shows whole in its tooltip.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty_moves = QLabel(self.tr("Todavía no se puso ni se sacó dinero."), moves_panel)
        self.empty_moves.setProperty("role", "explain")
        moves_layout = QVBoxLayout(moves_panel)
        moves_layout.setContentsMargins(18, 12, 18, 12)
        moves_layout.addWidget(self.moves_title)
        moves_layout.addWidget(self.table, 1)
        moves_layout.addWidget(self.empty_moves)
        return moves_panel

    def _action(self, text: str, name: str, slot, primary: bool = False) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setProperty("role", "primary" if primary else "action")
        button.setMinimumHeight(60)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = QFont(button.font())
        font.setPointSize(15)
        font.setBold(primary)
        button.setFont(font)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- showing -------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the till's session again and show it."""
        try:
            self.report = cash.x_report(self.store)
        except UserError:
            self.report = None
        last = cash.last_closed_session(self.store)
        self.last_closed = cash.session_report(self.store, last.id) if last else None
        is_open = self.report is not None
        shown = self.report or self.last_closed

        self.title.setProperty("open", "true" if is_open else "false")
        self.title.style().unpolish(self.title)
        self.title.style().polish(self.title)
        if self.report is not None:
            r = self.report
            self.title.setText(self.tr("Caja {till} abierta").format(till=r.till))
            who = self.tr(" por {name}").format(name=r.opened_by) if r.opened_by else ""
            self.details.setText(
                self.tr("Desde el {day} a las {time}{who} · {location} · fondo {pen} y {usd}").format(
                    day=r.opened_at.strftime("%d/%m"),
                    time=r.opened_at.strftime("%H:%M"),
                    who=who,
                    location=r.location,
                    pen=money(r.pen.opening_float),
                    usd=money(r.usd.opening_float, "USD"),
                )
            )
            self.figures_title.setText(self.tr("En la caja ahora"))
        else:
            self.title.setText(self.tr("Caja cerrada"))
            self.details.setText(self.tr("Abra la caja contando el fondo para empezar a vender."))
            if self.last_closed is not None and self.last_closed.closed_at is not None:
                self.figures_title.setText(
                    self.tr("Último cierre: {when}").format(when=self.last_closed.closed_at.strftime("%d/%m %H:%M"))
                )
            else:
                self.figures_title.setText(self.tr("Todavía no se cerró ninguna caja."))

        self.open_button.setVisible(not is_open)
        self.close_button.setVisible(is_open)
        for button in (self.cash_in_button, self.cash_out_button, self.x_button):
            button.setEnabled(is_open)
        self.last_z_button.setEnabled(self.last_closed is not None)
        self.drawer_button.setVisible(printer_profile(self.store).has_drawer)

        self._show_figures(shown)
        self.movements.set_movements(shown.movements if shown else ())
        self.table.setVisible(bool(shown and shown.movements))
        self.empty_moves.setVisible(not (shown and shown.movements))

    def _show_figures(self, report: SessionReport | None) -> None:
        closed = report is not None and report.closed
        for key, caption in self._row_captions.items():
            visible = report is not None and (key not in ("counted", "difference") or closed)
            if report is not None and key in ONLY_WHEN_SOME:  # not sales: a row only on a day that has some
                visible = any(getattr(report.figures(currency), key) for currency in ("PEN", "USD"))
            caption.setVisible(visible)
            for currency in ("PEN", "USD"):
                label = self._figure_labels[(key, currency)]
                label.setVisible(visible)
                if report is None or not visible:
                    continue
                figures = report.figures(currency)
                value = getattr(figures, key)
                label.setText(money(value if value is not None else ZERO, currency))
                if key == "difference":
                    colour = (
                        Palette.success_text
                        if not value
                        else (Palette.error_text if value < 0 else Palette.warning_text)
                    )
                    label.setStyleSheet(f"color: {colour};")
        if report is None:
            self.sales_label.setText("")
            self.non_cash_label.setText("")
            return
        self.non_cash_label.setText(self._non_cash_html(report))
        parts = [
            self.tr("{sales} ({total}), {refunds} ({refunded})").format(
                sales=plural(report.sales, self.tr("{n} venta"), self.tr("{n} ventas")),
                total=money(report.sales_total),
                refunds=plural(report.refunds, self.tr("{n} devolución"), self.tr("{n} devoluciones")),
                refunded=money(report.refunds_total),
            )
        ]
        if report.rounding:
            parts.append(self.tr("redondeo regalado {amount}").format(amount=money(report.rounding)))
        if closed and report.note:
            parts.append(self.tr("Nota: {note}").format(note=report.note))
        self.sales_label.setText(" · ".join(parts))

    def _non_cash_html(self, report: SessionReport) -> str:
        """Yape, Plin, card and transfer totals with their operation counts, to compare with the phone."""
        names = {"yape": "Yape", "plin": "Plin", "card": self.tr("Tarjeta"), "transfer": self.tr("Transferencia")}
        rows = [m for m in report.methods if m.method in names]
        if not rows:
            none = self.tr("Sin pagos con Yape, Plin ni tarjeta.")
            return f"<span style='font-size:13pt; color:#6E625C'>{none}</span>"
        one, many = self.tr("{n} operación"), self.tr("{n} operaciones")
        cells = "".join(
            f"<tr><td style='padding-right:18px'>{names[m.method]}</td>"
            f"<td style='padding-right:18px; color:#6E625C'>"
            f"{plural(m.count, one, many)}</td>"
            f"<td align='right'><b>{money(m.net)}</b></td></tr>"
            for m in rows
        )
        title = self.tr("Pagos sin efectivo (compare con el celular)")
        return f"<div style='font-size:14pt'><b>{title}</b><table style='font-size:14pt'>{cells}</table></div>"

    # -- actions -------------------------------------------------------------------------------

    @Slot()
    def open_till(self) -> None:
        _session, accepted = OpenTillDialog.run(self, self.store, self.user_id)
        if accepted:
            self.refresh()
            self.session_changed.emit()

    def move_cash(self, direction: str) -> None:
        _movement, accepted = CashMoveDialog.run(self, self.store, direction, self.user_id)
        if accepted:
            self._say("")
            kick_drawer(self, self.store, self._drawer_done)
            self.refresh()
            self.session_changed.emit()

    @Slot()
    def open_drawer(self) -> None:
        """Open the drawer with no sale: a permission (a coordinator's PIN for a seller), journaled first."""
        try:
            with_approval(self, self.store, lambda approval: open_drawer(self.store, self.user_id, approval))
        except UserError as exc:
            self._say(sentence(str(exc)) + ".")
            return
        self._say(self.tr("Abriendo el cajón…"))
        kick_drawer(self, self.store, lambda error: self._drawer_done(error, self.tr("Cajón abierto.")))

    def _drawer_done(self, error: str, done: str = "") -> None:
        self._say(drawer_failed(error) if error else done)

    def _say(self, text: str) -> None:
        self.drawer_status.setText(text)
        self.drawer_status.setVisible(bool(text))

    @Slot()
    def show_x_report(self) -> None:
        show_session_report(self, self.store)

    @Slot()
    def show_last_z(self) -> None:
        if self.last_closed is not None:
            show_session_report(self, self.store, self.last_closed)

    @Slot()
    def close_till(self) -> None:
        report = close_till(self, self.store, self.user_id)
        if report is not None:
            self.refresh()
            self.session_changed.emit()
