"""The main window: a header with the screens, the screens, and a status bar."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import cash
from ..services.settings import get_settings
from ..store import Store
from .sale_screen import SaleScreen
from .style import repolish

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Opens straight on the sale screen; more screens are added with :meth:`add_screen`."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Mama Killa — Caja"))
        self.setMinimumSize(1024, 640)
        self._screens: dict[str, QWidget] = {}
        self._nav_buttons: dict[str, QPushButton] = {}

        header = QFrame(self)
        header.setObjectName("header")
        self._brand = QLabel(header)
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

        self.stack = QStackedWidget(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._shop_status = QLabel(self)
        self._till_status = QLabel(self)
        self._session_status = QLabel(self)
        self._session_status.setObjectName("sessionStatus")
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self._shop_status, 1)
        bar.addPermanentWidget(self._till_status)
        bar.addPermanentWidget(self._session_status)

        self.sale_screen = SaleScreen(store, self)
        self.sale_screen.session_changed.connect(self.refresh_status)
        self.sale_screen.sale_completed.connect(lambda _number: self.refresh_status())
        self.add_screen("sale", self.tr("Venta"), self.sale_screen)
        self.add_screen("history", self.tr("Historial"), self._history_screen())
        self.show_screen("sale")
        self.refresh_status()
        self._restore_geometry()

    # -- screens -------------------------------------------------------------------

    def add_screen(self, key: str, title: str, widget: QWidget) -> None:
        """Add a screen and its button in the header, in order."""
        button = QPushButton(title, self)
        button.setObjectName(f"nav_{key}")
        button.setProperty("role", "nav")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False, k=key: self.show_screen(k))
        self._nav_group.addButton(button)
        self._nav.addWidget(button)
        self._nav_buttons[key] = button
        self._screens[key] = widget
        self.stack.addWidget(widget)

    def show_screen(self, key: str) -> None:
        """Switch to a screen; coming back to the sale screen shows current stock and cash session."""
        widget = self._screens[key]
        leaving = self.stack.currentWidget()
        self._nav_buttons[key].setChecked(True)
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

    def _history_screen(self) -> QWidget:
        """The sales history, when its module is installed; a placeholder otherwise."""
        try:
            module = importlib.import_module("mamakilla_pos.gui.history_screen")
            return module.HistoryScreen(self.store, self)
        except ImportError:
            log.info("history screen not available yet")
        placeholder = QLabel(self.tr("El historial de ventas aparecerá aquí."), self)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setProperty("role", "hint")
        return placeholder

    # -- status ----------------------------------------------------------------------

    @Slot()
    def refresh_status(self) -> None:
        """Shop, till series and cash session in the status bar."""
        settings = get_settings(self.store)
        self._brand.setText(settings.shop_name)
        self._shop_status.setText(settings.shop_name)
        self._shop_status.setToolTip(settings.shop_address)
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

    # -- geometry ----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
