"""The login screen: tap your name, type your PIN on the big keypad (or the keyboard), enter.

Also home of :class:`PinEntry`, the PIN field with its keypad, which the
coordinator's approval prompt uses too.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..services import auth
from ..services.clock import now
from ..services.errors import UserError
from ..services.settings import get_settings
from ..store import Store
from .pin_forms import ShortPinDialog
from .pin_words import refusal_text
from .widgets.elided_label import ElidedLabel
from .widgets.i18n import QT_TR_NOOP, tr
from .widgets.keypad import Keypad
from .widgets.style import Palette
from .widgets.text import sentence

PIN_MIN, PIN_MAX = 4, 6

# The names of the roles, as the database keeps them (migration 0002); listed here so
# that lupdate extracts them, and translated where shown with ``tr(role_name)``.
ROLE_NAMES = (
    QT_TR_NOOP("Coordinadora"),
    QT_TR_NOOP("Vendedora"),
)

_STYLE = f"""
QWidget#loginScreen {{ background: {Palette.background}; }}
QFrame#loginBand {{ background: {Palette.header}; }}
QLabel#loginShop {{ color: white; font-size: 22pt; font-weight: bold; }}
QLabel#loginClock {{ color: #E9DCE6; font-size: 16pt; }}
QLabel#loginTitle {{ font-size: 24pt; font-weight: bold; }}
QFrame#pinCard {{ background: {Palette.surface}; border: 1px solid {Palette.border}; border-radius: 16px; }}
QLabel#pinWho {{ font-size: 22pt; font-weight: bold; }}
QLabel#pinHint {{ color: {Palette.muted}; font-size: 15pt; }}
QLabel#demoHint {{
    color: {Palette.info_text}; background: {Palette.info_bg}; border-radius: 10px;
    padding: 10px 16px; font-size: 14pt;
}}
QScrollArea#userList, QWidget#userListBox {{ background: transparent; border: none; }}
"""

PIN_STYLE = f"""
QLineEdit#pinInput {{
    min-height: 72px; font-size: 30pt; font-weight: bold; border: 2px solid {Palette.border};
    border-radius: 12px; background: {Palette.surface}; lineedit-password-character: 9679;
}}
QLineEdit#pinInput:focus {{ border: 2px solid {Palette.primary}; }}
QLabel[pinError="true"] {{
    color: {Palette.error_text}; background: {Palette.error_bg}; border-radius: 8px;
    padding: 8px 12px; font-size: 15pt; font-weight: bold;
}}
QPushButton[role="person"] {{
    min-height: 96px; border-radius: 14px; border: 2px solid {Palette.border}; background: {Palette.surface};
}}
QPushButton[role="person"]:hover {{ border-color: {Palette.primary}; }}
QPushButton[role="person"]:focus {{ border: 3px dashed {Palette.primary}; }}
QPushButton[role="person"]:checked {{
    background: {Palette.primary}; border-color: {Palette.primary_dark}; color: white; font-weight: bold;
}}
QPushButton[role="person"][locked="true"] {{ border-color: {Palette.error_text}; }}
"""


def initials(name: str) -> str:
    """``Rosa Quispe Mamani`` → ``RQ``: what the round badge of a person shows."""
    words = [w for w in name.split() if w[:1].isalpha()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


class PersonButton(QPushButton):
    """A big checkable button: a coloured badge with the initials, the name, and the role (or the lock).

    The accessible name says both, for screen readers.
    """

    def __init__(self, user: auth.UserInfo, locked_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName(f"user_{user.id}")
        self.setProperty("role", "person")
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(300, 96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.badge = QLabel(initials(user.name), self)
        self.badge.setObjectName("personBadge")
        self.badge.setFixedSize(60, 60)
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        colour = Palette.tiles[user.id % len(Palette.tiles)]
        self.badge.setStyleSheet(
            f"QLabel#personBadge {{ background: {colour}; color: white; border-radius: 30px;"
            " font-size: 18pt; font-weight: bold; }"
        )
        self.name_label = ElidedLabel(self, minimum_width=120, lines=2)
        self.name_label.setObjectName("personName")
        self.name_label.set_full_text(user.name)
        self.role_label = QLabel(self)
        self.role_label.setObjectName("personRole")
        for label in (self.badge, self.name_label, self.role_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addStretch(1)
        text.addWidget(self.name_label)
        text.addWidget(self.role_label)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 8)
        row.setSpacing(14)
        row.addWidget(self.badge)
        row.addLayout(text, 1)
        self.toggled.connect(lambda _on: self._paint_labels())
        self.set_locked(locked_text)

    def set_locked(self, locked_text: str) -> None:
        """Show ``locked_text`` (e.g. "bloqueada hasta las 14:05") in place of the role, or the role."""
        self._locked = bool(locked_text)
        role_name = tr(self.user.role_name)
        self.role_label.setText(locked_text or role_name)
        self.setAccessibleName(f"{self.user.name}, {locked_text or role_name}")
        self.setProperty("locked", "true" if locked_text else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        self._paint_labels()

    def _paint_labels(self) -> None:
        on = self.isChecked()
        name_colour = "white" if on else Palette.text
        role_colour = "#F3E6F0" if on else (Palette.error_text if self._locked else Palette.muted)
        self.name_label.setStyleSheet(f"color: {name_colour}; font-size: 19pt; font-weight: bold;")
        self.role_label.setStyleSheet(
            f"color: {role_colour}; font-size: 14pt;" + (" font-weight: bold;" if self._locked else "")
        )


def person_button(parent: QWidget, user: auth.UserInfo, locked_text: str) -> PersonButton:
    """A big checkable button with a person's initials, name, and role or lock."""
    return PersonButton(user, locked_text, parent)


class PinKeypad(Keypad):
    """The keypad of a PIN: its keys always type into the PIN, wherever the window's focus was left."""

    def _receiver(self) -> QLineEdit | None:
        return self._target


class PinLineEdit(QLineEdit):
    """The PIN field: never selects its dots on focus, so a key typed next adds a digit instead of replacing all.

    Enter submits the PIN once: the key stops here instead of going on to the
    screen, which would submit again the field just emptied by a refusal.
    """

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusInEvent(event)
        self.deselect()
        self.end(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


_STEPS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def chosen_by_key(event: QKeyEvent, names: Sequence[str], selected: int | None, columns: int) -> int | None:
    """Which person a key chooses among ``names`` laid out in ``columns``, or ``None`` for another key.

    The arrows move through the grid from the ``selected`` position (the
    first person when nobody is chosen yet); a letter chooses the next person
    whose name starts with it, round again after the last one.
    """
    if not names or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return None
    key = event.key()
    if key in _STEPS:
        if selected is None:
            return 0
        dx, dy = _STEPS[Qt.Key(key)]
        moved = selected + dx + dy * columns
        return moved if 0 <= moved < len(names) else selected
    letter = _folded(event.text())
    if len(letter) != 1 or not letter.isalpha():
        return None
    start = -1 if selected is None else selected
    for step in range(1, len(names) + 1):
        position = (start + step) % len(names)
        if _folded(names[position]).startswith(letter):
            return position
    return selected if selected is not None else None


class PinEntry(QWidget):
    """A PIN field shown as dots, a big keypad under it, and the error line.

    Digits come from the keypad or the keyboard; Enter submits.

    Signals:
        submitted(str): Enter or the OK button with the PIN typed.
    """

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pin_input = PinLineEdit(self)
        self.pin_input.setObjectName("pinInput")
        self.pin_input.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_input.setMaxLength(PIN_MAX)
        self.pin_input.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_input.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self.pin_input))
        self.pin_input.setPlaceholderText(self.tr("PIN"))
        self.pin_input.setAccessibleName(self.tr("PIN"))
        self.pin_input.returnPressed.connect(self._submit)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("pinError")
        self.error_label.setProperty("pinError", "true")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.keypad = PinKeypad(self)
        self.keypad.set_target(self.pin_input)
        self._drop_decimal_point()
        for button in self.keypad.findChildren(QPushButton):
            button.setMinimumSize(88, 64)
            font = QFont(button.font())
            font.setPointSize(24)
            font.setBold(True)
            button.setFont(font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.pin_input)
        layout.addWidget(self.error_label)
        layout.addWidget(self.keypad, 1)

    def _drop_decimal_point(self) -> None:
        """A PIN has no decimal point: its key goes and the 0 takes the whole row."""
        grid = self.keypad.layout()
        dot = self.keypad.findChild(QPushButton, "key_dot")
        zero = self.keypad.findChild(QPushButton, "key_0")
        if isinstance(grid, QGridLayout) and dot is not None and zero is not None:
            grid.removeWidget(dot)
            dot.hide()
            grid.removeWidget(zero)
            grid.addWidget(zero, 3, 0, 1, 3)

    @property
    def pin(self) -> str:
        return self.pin_input.text()

    def clear(self) -> None:
        self.pin_input.clear()

    def focus(self) -> None:
        self.pin_input.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, message: str) -> None:
        """Show ``message`` (a service's, in Spanish) under the PIN; empty hides it."""
        self.error_label.setText(sentence(message))
        self.error_label.setVisible(bool(message))
        # A wrapped message takes the height it needs: the keypad under it keeps its size (the window grows).
        width = self.error_label.width() or self.width()
        self.error_label.setMinimumHeight(self.error_label.heightForWidth(width) if message else 0)

    def type_digit(self, digit: str) -> None:
        """Add one digit, as a keypad key would (a key pressed while the PIN field has no focus)."""
        self.pin_input.insert(digit)
        self.focus()

    @Slot()
    def _submit(self) -> None:
        self.submitted.emit(self.pin)


class LoginScreen(QWidget):
    """Big name buttons for each active user, the PIN keypad, and the shop's name.

    Signals:
        logged_in(object): the :class:`~mamakilla_pos.services.auth.Actor` who typed a right PIN.
    """

    logged_in = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE + PIN_STYLE)
        self.store = store
        self.selected_id: int | None = None
        self._buttons: dict[int, PersonButton] = {}
        self._users: dict[int, auth.UserInfo] = {}
        self._order: list[int] = []
        self._columns = 2
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)

        band = self._band()
        left = self._people_column()
        card = self._pin_card()

        body = QHBoxLayout()
        body.setContentsMargins(36, 24, 36, 24)
        body.setSpacing(36)
        body.addLayout(left, 1)
        body.addWidget(card)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(band)
        layout.addLayout(body, 1)
        self.refresh()

    def _band(self) -> QFrame:
        """The band on top with the shop's name."""
        band = QFrame(self)
        band.setObjectName("loginBand")
        band.setFixedHeight(64)
        self.shop_label = ElidedLabel(band, minimum_width=120)
        self.shop_label.setObjectName("loginShop")
        band_row = QHBoxLayout(band)
        band_row.setContentsMargins(28, 0, 28, 0)
        band_row.addWidget(self.shop_label, 1)
        return band

    def _people_column(self) -> QVBoxLayout:
        """Who is at the till: the title, the list of people, the demo's hint."""
        self.title = QLabel(self.tr("¿Quién está en la caja?"), self)
        self.title.setObjectName("loginTitle")
        subtitle = QLabel(self.tr("Toque su nombre (o escriba su primera letra) y escriba su PIN."), self)
        subtitle.setObjectName("pinHint")

        self._list_box = QWidget(self)
        self._list_box.setObjectName("userListBox")
        self._list = QGridLayout(self._list_box)
        self._list.setContentsMargins(0, 0, 8, 0)
        self._list.setSpacing(12)
        scroll = QScrollArea(self)
        scroll.setObjectName("userList")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._list_box)
        scroll.viewport().setAutoFillBackground(False)

        self.demo_hint = QLabel(self)
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextFormat(Qt.TextFormat.RichText)
        self.demo_hint.hide()

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.title)
        left.addWidget(subtitle)
        left.addSpacing(6)
        left.addWidget(scroll, 1)
        left.addWidget(self.demo_hint)
        return left

    def _pin_card(self) -> QFrame:
        """The chosen person, the PIN keypad and the button that logs in."""
        card = QFrame(self)
        card.setObjectName("pinCard")
        card.setFixedWidth(460)
        self.who_label = QLabel(card)
        self.who_label.setObjectName("pinWho")
        self.who_label.setWordWrap(True)
        self.pin_hint = QLabel(card)
        self.pin_hint.setObjectName("pinHint")
        self.pin_entry = PinEntry(card)
        self.pin_entry.submitted.connect(self.try_login)
        self.pin_entry.pin_input.installEventFilter(self)
        self.message = self.pin_entry.error_label
        self.message.setObjectName("loginMessage")
        self.login_button = QPushButton(self.tr("Entrar"), card)
        self.login_button.setObjectName("loginButton")
        self.login_button.setProperty("role", "primary")
        self.login_button.setMinimumHeight(68)
        self.login_button.setAutoDefault(False)
        self.login_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        big = QFont(self.login_button.font())
        big.setPointSize(22)
        big.setBold(True)
        self.login_button.setFont(big)
        self.login_button.clicked.connect(self.try_login)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 18, 24, 20)
        card_layout.setSpacing(8)
        card_layout.addWidget(self.who_label)
        card_layout.addWidget(self.pin_hint)
        card_layout.addWidget(self.pin_entry, 1)
        card_layout.addWidget(self.login_button)
        return card

    # -- public ----------------------------------------------------------------------------------

    def refresh(self, preselect: int | None = None) -> None:
        """Reload the people and the shop's name; select ``preselect`` (or the only user) if given."""
        settings = get_settings(self.store)
        self.shop_label.set_full_text(settings.shop_name)
        users = auth.list_users(self.store)
        for button in self._buttons.values():
            self._group.removeButton(button)
            self._list.removeWidget(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self._buttons.clear()
        self._users = {u.id: u for u in users}
        for row in range(self._list.rowCount()):
            self._list.setRowStretch(row, 0)
        columns = 2 if len(users) <= 8 else 3
        self._columns = columns
        self._order = [user.id for user in users]
        for position, user in enumerate(users):
            button = person_button(self._list_box, user, self._locked_text(user))
            button.clicked.connect(lambda _checked=False, uid=user.id: self.select_user(uid))
            button.installEventFilter(self)
            self._group.addButton(button)
            self._buttons[user.id] = button
            self._list.addWidget(button, position // columns, position % columns)
        self._list.setRowStretch(len(users) // columns + 1, 1)
        self._show_demo_pins(settings.configured == "demo", users)
        if preselect not in self._users:
            preselect = users[0].id if len(users) == 1 else None
        self.select_user(preselect)

    def select_user(self, user_id: int | None) -> None:
        """Choose who is about to type her PIN; the PIN typed so far is cleared."""
        self.selected_id = user_id if user_id in self._users else None
        for uid, button in self._buttons.items():
            button.setChecked(uid == self.selected_id)
        self.pin_entry.clear()
        self.pin_entry.show_error("")
        if self.selected_id is None:
            self.who_label.setText(self.tr("Elija su nombre"))
            self.pin_hint.setText(self.tr("Luego escriba su PIN aquí."))
        else:
            self.who_label.setText(self._users[self.selected_id].name)
            self.pin_hint.setText(self.tr("Escriba su PIN y toque «Entrar»."))
        self.pin_entry.focus()

    @Slot()
    def try_login(self) -> None:
        """Check the PIN typed for the chosen person; on success emit :attr:`logged_in`."""
        pin = self.pin_entry.pin
        if self.selected_id is None:
            self.pin_entry.show_error(self.tr("Primero toque su nombre."))
            self.pin_entry.clear()
            return
        if len(pin) < PIN_MIN:
            # Too short to be anyone's PIN (a stray key, a scanned code): no try is counted.
            self.pin_entry.show_error(self.tr("Escriba su PIN: de 4 a 6 números."))
            self.pin_entry.focus()
            return
        try:
            actor = auth.login(self.store, self.selected_id, pin)
        except UserError as exc:
            self.pin_entry.clear()
            self.pin_entry.show_error(refusal_text(exc))
            self._refresh_lock(self.selected_id)
            self.pin_entry.focus()
            return
        self.pin_entry.clear()
        self.pin_entry.show_error("")
        if actor.short_pin and not self._new_pin(actor, pin):
            self.pin_entry.show_error(self.tr("Para entrar, elija un PIN nuevo."))
            self.pin_entry.focus()
            return
        self.logged_in.emit(actor)

    def _new_pin(self, actor: auth.Actor, old_pin: str) -> bool:
        """Ask a coordinator whose PIN is shorter than her role's for a new one; whether she chose it."""
        dialog = ShortPinDialog(actor.name, auth.pin_digits(self.store, actor.role), self)
        dialog.apply = lambda: auth.change_pin(self.store, actor.id, old_pin, dialog.pin_input.text())
        try:
            return dialog.exec() == ShortPinDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def focus_pin(self) -> None:
        self.pin_entry.focus()

    def user_button(self, user_id: int) -> PersonButton:
        return self._buttons[user_id]

    # -- Qt overrides ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows and letters choose a name also from the PIN field and the name tiles."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._choose_by_key(event):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits typed anywhere on the screen go to the PIN; arrows and letters choose a name; Esc clears the PIN."""
        if self._choose_by_key(event):
            return
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.pin_entry.type_digit(text)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.try_login()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.pin_entry.clear()
            return
        super().keyPressEvent(event)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.pin_entry.focus()

    # -- helpers ---------------------------------------------------------------------------------

    def _choose_by_key(self, event: QKeyEvent) -> bool:
        """Choose a person with an arrow or her first letter; whether the key did."""
        names = [self._users[uid].name for uid in self._order]
        selected = self._order.index(self.selected_id) if self.selected_id in self._order else None
        position = chosen_by_key(event, names, selected, self._columns)
        if position is None:
            return False
        if self._order[position] != self.selected_id:
            self.select_user(self._order[position])
        return True

    def _locked_text(self, user: auth.UserInfo) -> str:
        if user.locked_until and user.locked_until > now():
            return self.tr("bloqueada hasta las %1").replace("%1", user.locked_until.strftime("%H:%M"))
        return ""

    def _refresh_lock(self, user_id: int) -> None:
        fresh = {u.id: u for u in auth.list_users(self.store)}.get(user_id)
        button = self._buttons.get(user_id)
        if fresh is None or button is None:
            return
        self._users[user_id] = fresh
        if isinstance(button, PersonButton):
            button.set_locked(self._locked_text(fresh))

    def _show_demo_pins(self, demo: bool, users: list[auth.UserInfo]) -> None:
        if not demo:
            self.demo_hint.hide()
            return
        from ..services.demo import DEMO_PINS

        parts = [
            self.tr("%1 (%2): PIN <b>%3</b>")
            .replace("%1", html.escape(u.name))
            .replace("%2", html.escape(tr(u.role_name).lower()))
            .replace("%3", pin)
            for u in users
            for name, pin in DEMO_PINS.items()
            if u.name == name
        ]
        self.demo_hint.setText(
            self.tr("<b>Tienda de demostración.</b> Para practicar: {pins}").format(pins=" · ".join(parts))
        )
        self.demo_hint.setVisible(bool(parts))
