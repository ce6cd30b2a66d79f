"""The main window: the login screen, or a header with the screens, the screens, and a status bar."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import auth, cash
from ..services.settings import get_settings
from ..store import Store
from .login import LoginScreen
from .sale_screen import SaleScreen
from .scan_guard import ScanGuard
from .sync_indicator import SyncIndicator
from .sync_runner import BackgroundSync
from .till_user import TillUser
from .widgets.elided_label import ElidedLabel
from .widgets.i18n import QT_TR_NOOP, tr
from .widgets.icons import ON_DARK, icon
from .widgets.style import repolish

# The back-office screens, in the "Más" menu: (key, title, module in gui/, class); "-" is a separator.
# Titles are marked for lupdate here and translated where shown.
BACK_OFFICE = (
    ("makers", QT_TR_NOOP("Artesanas"), "makers_screen", "MakersScreen"),
    ("products", QT_TR_NOOP("Productos"), "products_screen", "ProductsScreen"),
    ("stock", QT_TR_NOOP("Stock"), "stock_screen", "StockScreen"),
    ("locations", QT_TR_NOOP("Ubicaciones"), "locations_screen", "LocationsScreen"),
    ("partners", QT_TR_NOOP("Tiendas aliadas"), "partners_screen", "PartnersScreen"),
    ("orders", QT_TR_NOOP("Encargos"), "orders_screen", "OrdersScreen"),
    ("-", "", "", ""),
    ("shares", QT_TR_NOOP("Participaciones"), "shares_screen", "SharesScreen"),
    ("payouts", QT_TR_NOOP("Pagos a artesanas"), "payout_history", "PayoutHistoryScreen"),
    ("reports", QT_TR_NOOP("Reportes"), "reports_screen", "ReportsScreen"),
    ("-", "", "", ""),
    ("users", QT_TR_NOOP("Usuarias"), "users_screen", "UsersScreen"),
    ("journal", QT_TR_NOOP("Diario"), "journal_screen", "JournalScreen"),
    ("sync", QT_TR_NOOP("Cajas y servidor"), "sync_screen", "SyncScreen"),
)


# The coordinator's entries of the "Más" menu, by the name of their entry, and the permission each needs.
# Whoever lacks it sees the entry behind a lock; choosing it asks a coordinator's PIN there and then,
# and what she approves stays approved until that screen or dialog is left.
LOCKED_ENTRIES = {
    "menu_users": "manage_users",
    "menu_payouts": "payout",
    "menu_sync": "edit_settings",
    "settingsAction": "edit_settings",
    "backupAction": "edit_settings",
}


class MainWindow(QMainWindow):
    """The login screen when the shop has users, else straight the sale screen.

    More screens are added with :meth:`add_screen`. ``till_user`` holds who
    is at the till; screens and dialogs find it with ``session.current_user_id``.
    """

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Mama Killa — Caja"))
        self.setMinimumSize(1024, 640)
        self._screens: dict[str, QWidget] = {}
        self._nav_buttons: dict[str, QPushButton] = {}
        self._titles: dict[str, str] = {}
        self._lazy: dict[str, tuple[str, str]] = {}
        self._menu_actions: dict[str, tuple[QAction, str]] = {}
        self._granting = False
        self.till_user = TillUser(store, self)
        self.till_user.user_changed.connect(self._user_changed)
        self.first_user_page: QWidget | None = None
        self._build_pages(self._build_header())
        self._build_status_bar()
        self._build_till_screens()
        self._build_more_menu()
        self.show_screen("sale")
        self.refresh_status()
        self._restore_geometry()
        self.background_sync.start()
        if auth.has_users(store):
            self._cover_with_login()  # the login screen has just read the people
        else:
            self._show_user(None)

    # -- building ------------------------------------------------------------------

    def _build_header(self) -> QFrame:
        """The dark band on top: the shop's name, a button a screen, and "Cambiar de usuaria"."""
        header = QFrame(self)
        header.setObjectName("header")
        self._brand = ElidedLabel(header, minimum_width=160)
        self._brand.setObjectName("brandLabel")
        self._nav = QHBoxLayout()
        self._nav.setSpacing(0)
        self._nav_group = QButtonGroup(self)
        self._nav_group.setExclusive(True)
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(12, 0, 12, 0)
        header_row.setSpacing(6)
        header_row.addWidget(self._brand)
        header_row.addLayout(self._nav)
        header_row.addStretch(1)
        self.switch_user_button = QPushButton(self.tr("Cambiar de usuaria"), header)
        self.switch_user_button.setObjectName("switchUserButton")
        self.switch_user_button.setToolTip(self.tr("Bloquear la caja: la siguiente persona entra con su PIN"))
        self.switch_user_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.switch_user_button.setStyleSheet(
            "QPushButton#switchUserButton { color: white; background: #5A2E53; border: 1px solid #7A4A72;"
            " font-size: 13pt; padding: 2px 14px; min-height: 40px; }"
            " QPushButton#switchUserButton:hover { background: #6B3A63; }"
        )
        self.switch_user_button.clicked.connect(self.switch_user)
        header_row.addWidget(self.switch_user_button)
        return header

    def _build_pages(self, header: QFrame) -> None:
        """The header above the screens (with the sync problem between them), or the login screen instead."""
        self.stack = QStackedWidget(self)
        self.app_page = QWidget(self)
        column = QVBoxLayout(self.app_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        self.sync_indicator = SyncIndicator(self)
        column.addWidget(self.sync_indicator.problem)
        column.addWidget(self.stack, 1)
        self.login_screen = LoginScreen(self.store, self)
        self.login_screen.logged_in.connect(self.till_user.log_in)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.app_page)
        self.pages.addWidget(self.login_screen)
        self.setCentralWidget(self.pages)

    def _build_status_bar(self) -> None:
        """Who is at the till, the shop, the sync state, this till and its cash session."""
        self._shop_status = ElidedLabel(self, minimum_width=0)
        self._shop_status.setObjectName("shopStatus")
        self.notice = ""  # what was just done, said in the status bar for a while
        self._till_status = QLabel(self)
        self._session_status = QLabel(self)
        self._session_status.setObjectName("sessionStatus")
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.user_label = QLabel(self)
        self.user_label.setObjectName("currentUserLabel")
        self.user_label.setStyleSheet("font-weight: bold;")
        bar.addWidget(self.user_label)
        # The shop's name is already in the header: here it gives way to who is at the till.
        self._shop_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar.addWidget(self._shop_status, 1)
        bar.addPermanentWidget(self.sync_indicator.status)
        bar.addPermanentWidget(self._till_status)
        bar.addPermanentWidget(self._session_status)

    def _build_till_screens(self) -> None:
        """The sale screen, made at start, with its scan guard and the background sync; then history and cash."""
        self.sale_screen = SaleScreen(self.store, self)
        self.scan_guard = ScanGuard(self)  # a scan made where it cannot be sold is routed or refused
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.scan_guard)
        self.sale_screen.session_changed.connect(self.refresh_status)
        self.sale_screen.sale_completed.connect(lambda _number: self.refresh_status())
        self.background_sync = BackgroundSync(self.store, self)
        self.background_sync.state_changed.connect(self.refresh_sync_status)
        self.sale_screen.sale_completed.connect(self.background_sync.sync_soon)
        self.add_screen("sale", self.tr("Venta"), self.sale_screen)
        self._add_optional_screen("history", self.tr("Historial"), "history_screen", "HistoryScreen")
        self._add_optional_screen("cash", self.tr("Caja"), "cash_screen", "CashScreen")

    def _build_more_menu(self) -> None:
        """The "Más" button and its menu: the back-office screens, then the settings, backup and help dialogs."""
        self._more_button = QPushButton(self.tr("Más ▾"), self)
        self._more_button.setObjectName("nav_more")
        self._more_button.setProperty("role", "nav")
        self._more_button.setCheckable(True)
        self._more_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._nav_group.addButton(self._more_button)
        self._nav.addWidget(self._more_button)
        self._more_menu = QMenu(self._more_button)
        self._more_menu.setObjectName("moreMenu")
        self._more_menu.setToolTipsVisible(True)
        self._more_menu.setStyleSheet("QMenu { font-size: 16pt; } QMenu::item { padding: 10px 32px 10px 20px; }")
        self._more_button.clicked.connect(self._open_more_menu)
        for key, title, module_name, class_name in BACK_OFFICE:
            if key == "-":
                self._more_menu.addSeparator()
                continue
            self._add_optional_screen(key, tr(title), module_name, class_name, in_menu=True)
        self._more_menu.addSeparator()
        self._add_menu_dialog(self.tr("Ajustes…"), "settings_dialog", "SettingsDialog", "settingsAction")
        self._add_menu_dialog(self.tr("Copias de seguridad…"), "backup_dialog", "BackupDialog", "backupAction")
        self._add_menu_dialog(self.tr("Ayuda"), "help_dialog", "HelpDialog", "helpAction")

    # -- screens -------------------------------------------------------------------

    def add_screen(self, key: str, title: str, widget: QWidget | None, in_menu: bool = False) -> None:
        """Add a screen: a button in the header, or (``in_menu``) an entry of the "Más" menu.

        ``widget`` is ``None`` for a screen built on first use (see :meth:`_add_optional_screen`).
        """
        self._titles[key] = title
        if widget is not None:
            self._screens[key] = widget
            self.stack.addWidget(widget)
        if in_menu:
            action = self._more_menu.addAction(title)
            action.setObjectName(f"menu_{key}")
            action.triggered.connect(lambda _checked=False, k=key: self._open_locked(f"menu_{k}", self.show_screen, k))
            self._menu_actions[f"menu_{key}"] = (action, title)
            return
        button = QPushButton(title, self)
        button.setIcon(icon(key, ON_DARK))
        button.setIconSize(QSize(22, 22))
        button.setObjectName(f"nav_{key}")
        button.setProperty("role", "nav")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False, k=key: self.show_screen(k))
        self._nav_group.addButton(button)
        self._nav.addWidget(button)
        self._nav_buttons[key] = button

    def show_screen(self, key: str) -> None:
        """Switch to a screen; coming back to the sale screen shows current stock and cash session."""
        widget = self._build_lazy(key) if key in self._lazy else self._screens[key]
        leaving = self.stack.currentWidget()
        if leaving is not widget and not self._granting:
            self.till_user.drop_grants()  # what a coordinator approved was for the screen being left
        if key in self._nav_buttons:
            self._nav_buttons[key].setChecked(True)
            self._more_button.setText(self.tr("Más ▾"))
        else:
            self._more_button.setChecked(True)
            self._more_button.setText(f"{self._titles[key]} ▾")
        self.stack.setCurrentWidget(widget)
        if widget is self.sale_screen:
            if leaving is not None and leaving is not widget:
                # A refund on another screen returns units to stock.
                self.sale_screen.refresh_stock()
                self.sale_screen.refresh_session()
                self.refresh_status()
            self.sale_screen.refocus()
            return
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    def show_maximised(self) -> None:
        """Fill the screen; also where no window manager maximises (a kiosk, Xvfb)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.availableGeometry())
        self.showMaximized()

    def current_screen(self) -> QWidget:
        return self.stack.currentWidget()

    def _add_optional_screen(
        self, key: str, title: str, module_name: str, class_name: str, in_menu: bool = False
    ) -> None:
        """A screen from ``gui/<module_name>``; every screen but the sale screen is built on first use, not at start."""
        self._lazy[key] = (module_name, class_name)
        self.add_screen(key, title, None, in_menu=in_menu)

    def _build_lazy(self, key: str) -> QWidget:
        """Build a back-office screen the first time it is shown."""
        module_name, class_name = self._lazy.pop(key)
        module = importlib.import_module(f"mamakilla_pos.gui.{module_name}")
        screen = getattr(module, class_name)(self.store, self)
        session_changed = getattr(screen, "session_changed", None)
        if session_changed is not None:  # the Caja screen opened or closed the till: the status bar says so
            session_changed.connect(self._session_changed)
        self.stack.addWidget(screen)
        self._screens[key] = screen
        return screen

    def _add_menu_dialog(self, title: str, module_name: str, class_name: str, name: str) -> None:
        """An entry of the "Más" menu that opens a dialog (settings, help) when its module is there.

        The module is imported when the entry is chosen, not at start.
        """
        action = self._more_menu.addAction(title)
        action.setObjectName(name)
        action.triggered.connect(
            lambda _checked=False: self._open_locked(name, lambda: self._open_dialog(module_name, class_name))
        )
        self._menu_actions[name] = (action, title)

    def _open_dialog(self, module_name: str, class_name: str) -> None:
        dialog_class = getattr(importlib.import_module(f"mamakilla_pos.gui.{module_name}"), class_name)
        if dialog_class.__name__ == "SettingsDialog":
            from .languages import ui_language

            language_before = ui_language()
            _settings, accepted = dialog_class.run(self, self.store)
            if accepted:
                self.sale_screen.reload_catalogue()
                saved = self.tr("Ajustes guardados.")
                if ui_language() != language_before:
                    saved += " " + self.tr("El idioma cambia la próxima vez que se abra el programa.")
                self.show_notice(saved)
            self.background_sync.sync_soon()  # a till just published to a server syncs at once
        elif dialog_class.__name__ == "BackupDialog":
            dialog_class.run(self, self.store)
        else:
            dialog_class.run(self)
        self.till_user.drop_grants()
        self.refresh_status()
        self._keep_nav_checked()

    # -- the coordinator's entries -------------------------------------------------------

    def is_locked_entry(self, name: str) -> bool:
        """Whether the person at the till needs a coordinator's PIN for the menu entry ``name``."""
        permission = LOCKED_ENTRIES.get(name)
        user = self.till_user
        return permission is not None and user.current is not None and not user.may(permission)

    def _mark_locked_entries(self) -> None:
        """A lock on the coordinator's entries for whoever may not use them alone."""
        for name, (action, title) in self._menu_actions.items():
            locked = self.is_locked_entry(name)
            action.setIcon(icon("lock") if locked else QIcon())
            action.setToolTip(
                self.tr("%1: se abre con el PIN de una coordinadora").replace("%1", title) if locked else title
            )

    def _open_locked(self, name: str, open_it: Callable[..., object], *args: object) -> None:
        """Open a menu entry; behind a lock, only once a coordinator approves it here."""
        if self.is_locked_entry(name):
            from .approval import ApprovalDialog

            title = self._menu_actions[name][1]
            who = self.till_user.current
            approval, approved = ApprovalDialog.run(
                self, self.store, LOCKED_ENTRIES[name], who.name if who else "", title
            )
            if not approved or approval is None:
                self._keep_nav_checked()
                return
            self.till_user.drop_grants()
            self.till_user.grant(LOCKED_ENTRIES[name], approval)
            self._granting = True
            try:
                open_it(*args)
            finally:
                self._granting = False
            return
        open_it(*args)

    @Slot()
    def _open_more_menu(self) -> None:
        self._more_menu.exec(self._more_button.mapToGlobal(self._more_button.rect().bottomLeft()))
        self._keep_nav_checked()

    def _keep_nav_checked(self) -> None:
        """The header shows the screen on view, even when the menu was closed without a choice."""
        current = next((k for k, w in self._screens.items() if w is self.stack.currentWidget()), "sale")
        if current in self._nav_buttons:
            self._nav_buttons[current].setChecked(True)
        else:
            self._more_button.setChecked(True)

    # -- who is at the till -------------------------------------------------------------

    def start(self) -> None:
        """How the app opens: the login screen (up since the window was built), or on a shop
        without users the first coordinator's form."""
        if not self.is_locked() and not auth.has_users(self.store):
            self.show_first_user_page()

    def is_locked(self) -> bool:
        """Whether the login (or first-coordinator) screen covers the till."""
        return self.pages.currentWidget() is not self.app_page

    def show_login(self, preselect: int | None = None) -> None:
        """Cover the till with the login screen; ``preselect`` is whose name is already chosen."""
        self.login_screen.refresh(preselect)
        self._cover_with_login()

    def _cover_with_login(self) -> None:
        self.pages.setCurrentWidget(self.login_screen)
        self.statusBar().hide()
        self.login_screen.focus_pin()

    def show_first_user_page(self) -> None:
        """Ask for the first coordinator (a shop that nobody has been registered in yet)."""
        if self.first_user_page is None:
            from .setup_dialog import FirstCoordinatorPage

            page = FirstCoordinatorPage(self.store, self)
            page.created.connect(self.till_user.log_in)
            self.pages.addWidget(page)
            self.first_user_page = page
        self.pages.setCurrentWidget(self.first_user_page)
        self.statusBar().hide()

    @Slot()
    def switch_user(self) -> None:
        """Lock the till in one tap and show everyone's names."""
        if auth.has_users(self.store):
            self.show_login()
            self.till_user.lock()

    @Slot(object)
    def _user_changed(self, actor: auth.Actor | None) -> None:
        self.sale_screen.start_for_new_user()
        if actor is None:
            if not self.is_locked():
                self.show_login(self.till_user.last_user_id)
            return
        self._show_user(actor)
        self.pages.setCurrentWidget(self.app_page)
        self.statusBar().show()
        self.show_screen("sale")
        self.refresh_status()

    def _show_user(self, actor: auth.Actor | None) -> None:
        self._mark_locked_entries()
        if actor is None:
            self.user_label.clear()
            self.user_label.hide()
            self.switch_user_button.hide()
            return
        role = next((name for code, name in auth.roles(self.store) if code == actor.role), actor.role)
        self.user_label.setText(self.tr("Atiende: %1 (%2)").replace("%1", actor.name).replace("%2", tr(role).lower()))
        self.user_label.show()
        self.switch_user_button.show()

    # -- status ----------------------------------------------------------------------

    def show_notice(self, text: str, milliseconds: int = 10_000) -> None:
        """Say that something was done, on whatever screen is up: in the status bar, and on the sale screen.

        The notice takes the place of the shop's name in the status bar for a while.
        """
        self.notice = text
        self._shop_status.set_full_text(text)
        self._shop_status.setProperty("notice", "true")
        repolish(self._shop_status)
        QTimer.singleShot(milliseconds, self, self._end_notice)
        if self.stack.currentWidget() is self.sale_screen:
            self.sale_screen.show_message(text, "success")

    @Slot()
    def _end_notice(self) -> None:
        self.notice = ""
        self._shop_status.setProperty("notice", "false")
        repolish(self._shop_status)
        self.refresh_status()

    @Slot()
    def _session_changed(self) -> None:
        self.sale_screen.refresh_session()
        self.refresh_status()

    @Slot()
    def refresh_status(self) -> None:
        """Shop, till series and cash session in the status bar."""
        settings = get_settings(self.store)
        self._brand.set_full_text(settings.shop_name)
        if not self.notice:
            self._shop_status.set_full_text(settings.shop_name)
        self._till_status.setText(self.tr("Caja {series}").format(series=settings.till_series))
        session = cash.current_session(self.store)
        if session is None:
            self._session_status.setText(self.tr("Caja cerrada"))
        else:
            self._session_status.setText(
                self.tr("Caja abierta desde las {time}").format(time=session.opened_at.strftime("%H:%M"))
            )
        self._session_status.setProperty("open", "true" if session else "false")
        repolish(self._session_status)
        self.refresh_sync_status()

    @Slot()
    def refresh_sync_status(self) -> None:
        """Documents waiting for the shop server, the last sync, and its failure (nothing without a server)."""
        self.sync_indicator.show_state(self.background_sync.state(), self.background_sync.last_failure)

    # -- geometry ----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        self.background_sync.stop()  # a sync running ends first: it writes to the till's file
        for screen in self._screens.values():
            wait = getattr(screen, "wait", None)
            if callable(wait):
                wait()  # a screen's thread still reading ends first
        self.sale_screen.tile_photos.close()  # before the database is let go
        super().closeEvent(event)
