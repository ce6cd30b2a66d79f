"""A coordinator approves one action on the spot by typing her PIN.

:class:`ApprovalDialog` asks for it; :func:`with_approval` runs a service call
and, when the service answers ``PermissionDenied``, asks for the approval that
is missing and runs the call again with it. Buttons are never hidden from a
seller: she gets this prompt instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import auth
from ..services.auth import Approval, UserInfo
from ..services.errors import PermissionDenied, UserError
from ..store import Store
from .login import PIN_MIN, PIN_STYLE, PinEntry, chosen_by_key, person_button
from .pin_words import refusal_text
from .till_user import till_user_of
from .widgets.i18n import QT_TR_NOOP, tr
from .widgets.style import Palette

T = TypeVar("T")

_STYLE = f"""
QDialog#approvalDialog {{ border: 3px solid {Palette.primary}; }}
QLabel#approvalTitle {{ font-size: 22pt; font-weight: bold; }}
QLabel#approvalWhat {{
    font-size: 19pt; font-weight: bold; color: {Palette.warning_text}; background: {Palette.warning_bg};
    border-radius: 10px; padding: 12px 16px;
}}
QLabel#approvalDetail, QLabel#approvalWho {{ font-size: 15pt; color: {Palette.muted}; }}
QLabel#approvalStep {{ font-size: 16pt; font-weight: bold; }}
"""


# The texts of services.auth.PERMISSIONS, listed here so that lupdate extracts them;
# :func:`permission_text` translates them.
PERMISSION_TEXTS = (
    QT_TR_NOOP("hacer devoluciones"),
    QT_TR_NOOP("dar descuentos mayores al límite"),
    QT_TR_NOOP("cambiar precios"),
    QT_TR_NOOP("sacar o poner dinero en la caja"),
    QT_TR_NOOP("pagar a las artesanas"),
    QT_TR_NOOP("ajustar el stock"),
    QT_TR_NOOP("trasladar mercadería entre ubicaciones"),
    QT_TR_NOOP("registrar la producción"),
    QT_TR_NOOP("editar artesanas y productos"),
    QT_TR_NOOP("cambiar los ajustes"),
    QT_TR_NOOP("cerrar la caja de otra persona"),
    QT_TR_NOOP("administrar usuarios"),
    QT_TR_NOOP("abrir el cajón sin una venta"),
    QT_TR_NOOP("anular un encargo"),
)


def permission_text(code: str) -> str:
    """What a permission lets one do, in the language of the program (``hacer devoluciones``)."""
    return tr(auth.PERMISSIONS.get(code, code))


class ApprovalDialog(QDialog):
    """Pick a coordinator, type her PIN: an :class:`Approval` for one ``permission``."""

    def __init__(
        self,
        store: Store,
        permission: str,
        parent: QWidget | None = None,
        requester: str = "",
        detail: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.setWindowTitle(self.tr("Aprobación de una coordinadora"))
        self.setStyleSheet(_STYLE + PIN_STYLE)
        self.store = store
        self.permission = permission
        self.approval: Approval | None = None
        self.selected_id: int | None = None

        title = QLabel(self.tr("Se necesita una coordinadora"), self)
        title.setObjectName("approvalTitle")
        self.what_label = QLabel(self.tr("Permiso para %1").replace("%1", permission_text(permission)), self)
        self.what_label.setObjectName("approvalWhat")
        self.what_label.setWordWrap(True)
        facts = []
        if requester:
            facts.append(self.tr("Lo pide: %1").replace("%1", requester))
        if detail:
            facts.append(detail)
        self.detail_label = QLabel(" · ".join(facts), self)
        self.detail_label.setObjectName("approvalDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setVisible(bool(facts))

        step_one = QLabel(self.tr("1. Coordinadora que aprueba"), self)
        step_one.setObjectName("approvalStep")
        approvers = auth.approvers(store, permission)
        people = self._people(approvers)

        step_two = QLabel(self.tr("2. Su PIN"), self)
        step_two.setObjectName("approvalStep")
        self.pin_entry = PinEntry(self)
        self.pin_entry.error_label.setObjectName("approvalError")
        self.pin_entry.submitted.connect(self._approve)
        self.pin_entry.pin_input.installEventFilter(self)

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(step_one)
        left.addLayout(people, 1)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(step_two)
        right.addWidget(self.pin_entry, 1)
        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        footer = self._footer(bool(approvers))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.what_label)
        layout.addWidget(self.detail_label)
        layout.addSpacing(4)
        layout.addLayout(columns, 1)
        layout.addLayout(footer)
        self.resize(860, 640)
        self.select_approver(approvers[0].id if len(approvers) == 1 else None)

    def _people(self, approvers: Sequence[UserInfo]) -> QVBoxLayout:
        """One button per coordinator who may approve, or a word that nobody can."""
        self._group = QButtonGroup(self)
        self._buttons: dict[int, QPushButton] = {}
        people = QVBoxLayout()
        people.setSpacing(10)
        self._order = [user.id for user in approvers]
        self._names = [user.name for user in approvers]
        for user in approvers:
            button = person_button(self, user, "")
            button.installEventFilter(self)
            button.setObjectName(f"approver_{user.id}")
            button.setMinimumSize(280, 84)
            button.clicked.connect(lambda _checked=False, uid=user.id: self.select_approver(uid))
            self._group.addButton(button)
            self._buttons[user.id] = button
            people.addWidget(button)
        if not approvers:
            nobody = QLabel(self.tr("No hay ninguna coordinadora activa que pueda aprobar esto."), self)
            nobody.setWordWrap(True)
            nobody.setProperty("role", "error")
            people.addWidget(nobody)
        people.addStretch(1)
        return people

    def _footer(self, can_approve: bool) -> QHBoxLayout:
        """Cancel and approve; approving needs someone who may approve."""
        big = QFont(self.font())
        big.setPointSize(18)
        big.setBold(True)
        self.cancel_button = QPushButton(self.tr("Cancelar"), self)
        self.cancel_button.setObjectName("cancelApprovalButton")
        self.approve_button = QPushButton(self.tr("Aprobar"), self)
        self.approve_button.setObjectName("approveButton")
        self.approve_button.setProperty("role", "primary")
        for button in (self.cancel_button, self.approve_button):
            button.setFont(big)
            button.setMinimumHeight(64)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.approve_button.setMinimumWidth(240)
        self.approve_button.setEnabled(can_approve)
        self.cancel_button.clicked.connect(self.reject)
        self.approve_button.clicked.connect(self._approve)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.approve_button)
        return footer

    # -- public ------------------------------------------------------------------------------------

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        store: Store,
        permission_code: str,
        requester: str = "",
        detail: str = "",
    ) -> tuple[Approval | None, bool]:
        """Ask a coordinator to approve ``permission_code``: ``(approval, True)`` or ``(None, False)``."""
        dialog = cls(store, permission_code, parent, requester, detail)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return (dialog.approval if accepted else None), accepted and dialog.approval is not None
        finally:
            dialog.deleteLater()

    def select_approver(self, user_id: int | None) -> None:
        """Choose the coordinator who is about to type her PIN."""
        self.selected_id = user_id if user_id in self._buttons else None
        for uid, button in self._buttons.items():
            button.setChecked(uid == self.selected_id)
        self.pin_entry.clear()
        self.pin_entry.show_error("")
        self.pin_entry.focus()

    # -- Qt overrides --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows and letters choose the coordinator also from the PIN field and the name buttons."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._choose_by_key(event):
            return True
        return super().eventFilter(watched, event)

    def _choose_by_key(self, event: QKeyEvent) -> bool:
        selected = self._order.index(self.selected_id) if self.selected_id in self._order else None
        position = chosen_by_key(event, self._names, selected, 1)
        if position is None:
            return False
        if self._order[position] != self.selected_id:
            self.select_approver(self._order[position])
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits go to the PIN wherever the focus is; arrows and letters choose; Enter approves; Esc cancels."""
        if self._choose_by_key(event):
            return
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.pin_entry.type_digit(text)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._approve()
            return
        super().keyPressEvent(event)

    # -- slots ---------------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        """Show ``text`` under the PIN; the window grows by the lines it takes, so every key stays whole.

        The height a layout asks for leaves out what wrapped labels need at
        the window's width: the keypad would be squeezed and its last row cut.
        """
        self.pin_entry.show_error(text)
        screen = self.screen().availableGeometry().height() if self.screen() is not None else self.height()
        needed = min(self.heightForWidth(self.width()), screen)
        if needed > self.height():
            self.resize(self.width(), needed)

    @Slot()
    def _approve(self) -> None:
        if self.selected_id is None:
            self._say(self.tr("Primero toque el nombre de la coordinadora."))
            return
        if len(self.pin_entry.pin) < PIN_MIN:
            self._say(self.tr("Escriba el PIN de la coordinadora: de 4 a 6 números."))
            self.pin_entry.focus()
            return
        try:
            self.approval = auth.approve(self.store, self.selected_id, self.pin_entry.pin, self.permission)
        except UserError as exc:
            self.pin_entry.clear()
            self._say(refusal_text(exc))
            self.pin_entry.focus()
            return
        self.pin_entry.clear()
        self.accept()


def with_approval(
    parent: QWidget | None,
    store: Store,
    action: Callable[[Approval | None], T],
    detail: str = "",
) -> T:
    """Run ``action(None)``; if a permission is missing, ask a coordinator and run ``action(approval)``.

    ``action`` calls one service with ``approval=`` what it is given. An
    approval a coordinator already gave for the screen on view (see
    :meth:`~.session.TillUser.grant`) is used first; each missing permission
    is then asked for once; a cancelled prompt re-raises the
    service's :class:`PermissionDenied`, which callers show like any other
    :class:`UserError` (nothing was written).
    """
    approval: Approval | None = None
    asked: set[str] = set()
    standing_tried: set[str] = set()
    while True:
        try:
            return action(approval)
        except PermissionDenied as denied:
            session = till_user_of(parent)
            standing = session.granted(denied.permission) if session is not None else None
            if standing is not None and denied.permission not in standing_tried:
                # Approved when the seller opened this screen (a locked menu entry): not asked twice.
                standing_tried.add(denied.permission)
                approval = standing
                continue
            if not denied.permission or denied.permission in asked:
                raise
            asked.add(denied.permission)
            requester = session.current.name if session is not None and session.current is not None else ""
            owner = QApplication.activeModalWidget() or parent
            given, accepted = ApprovalDialog.run(owner, store, denied.permission, requester, detail)
            if not accepted or given is None:
                raise
            approval = given
