"""The women who use the till: add one with her role and PIN, give a new PIN, deactivate.

Managing users needs the ``manage_users`` permission; a seller who taps a
button gets the coordinator's approval prompt, as everywhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import auth
from ..services.clock import now
from ..services.errors import UserError
from ..store import Store
from .approval import with_approval
from .pin_forms import SELLER_DIGITS, NewPinDialog, _FormDialog, _pin_field, digits_problem, digits_text
from .till_user import current_user_id, till_user_of
from .widgets.i18n import QT_TR_NOOP, tr
from .widgets.style import Palette, repolish
from .widgets.table_model import Column, ColumnsModel
from .widgets.text import sentence

_STYLE = f"""
QLabel#usersMessage {{ border-radius: 8px; padding: 8px 12px; font-size: 15pt; }}
QLabel#usersMessage[kind="success"] {{ color: {Palette.success_text}; background: {Palette.success_bg}; }}
QLabel#usersMessage[kind="error"] {{ color: {Palette.error_text}; background: {Palette.error_bg}; font-weight: bold; }}
QTableView#usersTable {{
    background: white; border: 1px solid {Palette.border}; border-radius: 10px; font-size: 16pt;
    selection-background-color: {Palette.primary_soft}; selection-color: {Palette.text};
}}
QTableView#usersTable::item {{ padding: 0px 14px; }}
"""


def _locked(user: auth.UserInfo) -> bool:
    return bool(user.locked_until and user.locked_until > now())


def _state(user: auth.UserInfo) -> str:
    if not user.active:
        return tr("Inactiva")
    if user.locked_until and _locked(user):
        return tr("Bloqueada hasta las %1").replace("%1", user.locked_until.strftime("%H:%M"))
    return tr("Activa")


def _muted(user: auth.UserInfo) -> QColor | None:
    return None if user.active else Palette.color("muted")


def _state_colour(user: auth.UserInfo) -> QColor | None:
    if not user.active:
        return Palette.color("muted")
    return Palette.color("error_text") if _locked(user) else None


USER_COLUMNS: tuple[Column[auth.UserInfo], ...] = (
    Column(QT_TR_NOOP("Nombre"), lambda u: u.name, colour=_muted),
    # Role names come from the database (Spanish); login.ROLE_NAMES lists them for lupdate.
    Column(QT_TR_NOOP("Rol"), lambda u: tr(u.role_name), colour=_muted),
    Column(QT_TR_NOOP("Estado"), _state, colour=_state_colour),
)


class UsersModel(ColumnsModel[auth.UserInfo]):
    """Everyone registered, active or not."""

    NAME, ROLE, STATE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(USER_COLUMNS, parent)

    def set_rows(self, rows: Sequence[auth.UserInfo]) -> None:
        self.set_records(rows)

    def user(self, row: int) -> auth.UserInfo:
        return self.record(row)

    def row_of(self, user_id: int) -> int:
        return self.row_where(lambda u: u.id == user_id)


class NewUserDialog(_FormDialog):
    """Name, role and PIN (twice) of a new user; ``pin_digits``: how many digits each role's PIN has."""

    def __init__(
        self,
        roles: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
        pin_digits: Mapping[str, tuple[int, int]] | None = None,
    ) -> None:
        super().__init__(self.tr("Agregar una usuaria"), parent)
        self.pin_digits = dict(pin_digits or {})
        self.pin_label = QLabel(self)
        self.name_input = QLineEdit(self)
        self.name_input.setObjectName("newUserName")
        self.name_input.setMaxLength(120)
        self.name_input.setPlaceholderText(self.tr("Nombre y apellidos"))
        role_row = QWidget(self)
        role_layout = QHBoxLayout(role_row)
        role_layout.setContentsMargins(0, 0, 0, 0)
        self._roles = QButtonGroup(self)
        self.role_buttons: dict[str, QPushButton] = {}
        for code, name in roles:
            button = QPushButton(tr(name), role_row)
            button.setObjectName(f"role_{code}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumHeight(52)
            button.toggled.connect(lambda _on=False: self._show_digits())
            self._roles.addButton(button)
            self.role_buttons[code] = button
            role_layout.addWidget(button)
        if "seller" in self.role_buttons:
            self.role_buttons["seller"].setChecked(True)
        self.pin_input = _pin_field(self, "newUserPin")
        self.again_input = _pin_field(self, "newUserPinAgain")
        self.add_row(self.tr("Nombre"), self.name_input)
        self.add_row(self.tr("Rol"), role_row)
        self.pin_label.setBuddy(self.pin_input)
        row = self.form.rowCount()
        self.form.addWidget(self.pin_label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.addWidget(self.pin_input, row, 1)
        self.add_row(self.tr("Repita el PIN"), self.again_input)
        self._show_digits()
        self.name_input.setFocus()

    @property
    def role(self) -> str:
        return next((code for code, b in self.role_buttons.items() if b.isChecked()), "")

    def digits(self) -> tuple[int, int]:
        """How many digits the PIN of the chosen role has (a coordinator's 6)."""
        return self.pin_digits.get(self.role, SELLER_DIGITS)

    def _show_digits(self) -> None:
        self.pin_label.setText(self.tr("PIN (%1)").replace("%1", digits_text(self.digits())))

    def check(self) -> str:
        if not self.name_input.text().strip():
            return self.tr("Escriba el nombre.")
        if not self.role:
            return self.tr("Elija el rol.")
        if self.pin_input.text() != self.again_input.text():
            self.pin_input.clear()
            self.again_input.clear()
            self.pin_input.setFocus()
            return self.tr("Los dos PIN no son iguales. Escríbalos otra vez.")
        problem = digits_problem(self.pin_input.text(), self.digits())
        if problem:
            self.pin_input.clear()
            self.again_input.clear()
            self.pin_input.setFocus()
        return problem


class UsersScreen(QWidget):
    """List of users with add, new PIN, (de)activate and "my PIN" buttons."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersScreen")
        self.setStyleSheet(_STYLE)
        self.store = store

        title = QLabel(self.tr("Usuarias de la caja"), self)
        title.setProperty("role", "title")
        hint = QLabel(
            self.tr("Cada persona entra con su propio PIN. Las coordinadoras aprueban lo que necesita permiso."),
            self,
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)

        self.model = UsersModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(54)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UsersModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        self.message = QLabel(self)
        self.message.setObjectName("usersMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.add_button = self._button(self.tr("Agregar usuaria"), "addUserButton", self.add_user, "primary")
        self.reset_pin_button = self._button(self.tr("Darle un PIN nuevo"), "resetPinButton", self.reset_pin)
        self.toggle_button = self._button(self.tr("Desactivar"), "toggleActiveButton", self.toggle_active)
        self.my_pin_button = self._button(self.tr("Cambiar mi PIN"), "changeMyPinButton", self.change_my_pin)
        buttons = QVBoxLayout()
        buttons.setSpacing(10)
        for button in (self.add_button, self.reset_pin_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.my_pin_button)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.table, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        self.refresh()

    def _button(self, text: str, name: str, slot: Callable[[], None], role: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setMinimumSize(260, 56)
        button.setAutoDefault(False)
        if role:
            button.setProperty("role", role)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- public ----------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reload the list, keeping the selected person selected."""
        keep = self.selected()
        self.model.set_rows(auth.list_users(self.store, include_inactive=True))
        row = self.model.row_of(keep.id) if keep else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> auth.UserInfo | None:
        index = self.table.selectionModel().currentIndex() if self.table.selectionModel() else QModelIndex()
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if rows:
            return self.model.user(rows[0].row())
        if index.isValid():
            return self.model.user(index.row())
        return None

    def select_user(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row >= 0:
            self.table.selectRow(row)
            self._update_buttons()

    @Slot()
    def add_user(self) -> None:
        roles = auth.roles(self.store)
        dialog = NewUserDialog(roles, self, {code: auth.pin_digits(self.store, code) for code, _name in roles})
        created: list[auth.Actor] = []

        def apply() -> None:
            name, role, pin = dialog.name_input.text(), dialog.role, dialog.pin_input.text()
            created.append(
                with_approval(
                    dialog,
                    self.store,
                    lambda approval: auth.create_user(
                        self.store, name, role, pin, by=current_user_id(self), approval=approval
                    ),
                    self.tr("Registrar a %1").replace("%1", name.strip()),
                )
            )

        dialog.apply = apply
        if self._exec(dialog) and created:
            self.refresh()
            self.select_user(created[0].id)
            self._say(self.tr("%1 ya puede entrar con su PIN.").replace("%1", created[0].name), "success")

    @Slot()
    def reset_pin(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = NewPinDialog(
            self.tr("PIN nuevo para %1").replace("%1", user.name), False, self, auth.pin_digits(self.store, user.role)
        )

        def apply() -> None:
            pin = dialog.pin_input.text()
            with_approval(
                dialog,
                self.store,
                lambda approval: auth.reset_pin(self.store, user.id, pin, by=current_user_id(self), approval=approval),
                self.tr("PIN nuevo para %1").replace("%1", user.name),
            )

        dialog.apply = apply
        if self._exec(dialog):
            self.refresh()
            self._say(self.tr("%1 tiene un PIN nuevo.").replace("%1", user.name), "success")

    @Slot()
    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        active = not user.active
        try:
            with_approval(
                self,
                self.store,
                lambda approval: auth.set_active(
                    self.store, user.id, active, by=current_user_id(self), approval=approval
                ),
                (self.tr("Activar a %1") if active else self.tr("Desactivar a %1")).replace("%1", user.name),
            )
        except UserError as exc:
            self._say(sentence(str(exc)), "error")
            return
        self.refresh()
        text = self.tr("%1 puede volver a entrar.") if active else self.tr("%1 ya no puede entrar a la caja.")
        self._say(text.replace("%1", user.name), "success")

    @Slot()
    def change_my_pin(self) -> None:
        session = till_user_of(self)
        me = session.current if session is not None else None
        if me is None:
            self._say(self.tr("Entre con su nombre y PIN para cambiar su PIN."), "error")
            return
        dialog = NewPinDialog(self.tr("Cambiar mi PIN"), True, self, auth.pin_digits(self.store, me.role))
        old = dialog.old_input
        assert old is not None
        dialog.apply = lambda: auth.change_pin(self.store, me.id, old.text(), dialog.pin_input.text())
        if self._exec(dialog):
            self._say(self.tr("Su PIN fue cambiado."), "success")

    # -- helpers ---------------------------------------------------------------------------------

    def _exec(self, dialog: QDialog) -> bool:
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def _say(self, text: str, kind: str) -> None:
        self.message.setText(text)
        self.message.setProperty("kind", kind)
        repolish(self.message)
        self.message.setVisible(bool(text))

    def _update_buttons(self) -> None:
        user = self.selected()
        self.reset_pin_button.setEnabled(user is not None and user.active)
        self.toggle_button.setEnabled(user is not None)
        self.toggle_button.setText(
            self.tr("Activar") if user is not None and not user.active else self.tr("Desactivar")
        )
        session = till_user_of(self)
        self.my_pin_button.setEnabled(session is None or session.current is not None)
