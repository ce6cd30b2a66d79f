"""The shop server in plain words (DESIGN.md §9): the Servidor tab of Ajustes, and joining a new till.

On a till without a server: its address, a connection test, and
"publish" (this shop, all its history, copied into an empty server; this
till becomes its first). On a new till (an empty file, at first run):
the address, the test, the new till's code and "join". On a till that
has its server: where it stands. Each action runs on a worker thread
(:class:`~.widgets.worker.Worker`), with its progress shown; how it went
is said in a message.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from ..services.server import publish
from ..services.sync_status import sync_state
from ..store import Store
from .sync_indicator import status_text
from .widgets.style import Palette
from .widgets.text import sentence
from .widgets.worker import Worker

URL_PLACEHOLDER = "postgresql+psycopg://usuario@equipo:5432/mamakilla"


class ServerTab(QWidget):
    """The shop server of this till; ``joining``: the form that makes this empty file a new till.

    Signals:
        linked(): this till now has a server (published or joined).
    """

    linked = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None, joining: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("serverTab")
        self.store = store
        self.joining = joining
        self.result: object | None = None
        self._worker: Worker | None = None

        self.state = QLabel(self)
        self.state.setObjectName("serverState")
        self.state.setWordWrap(True)
        self.url_input = QLineEdit(self)
        self.url_input.setObjectName("serverUrlInput")
        self.url_input.setPlaceholderText(URL_PLACEHOLDER)
        self.url_input.setMinimumWidth(360)
        self.test_button = self._button("testServerButton", self.tr("&Probar la conexión"), self.test_connection)
        self.check_result = QLabel(self)
        self.check_result.setObjectName("serverCheckResult")
        self.check_result.setWordWrap(True)
        self.check_result.hide()
        self.publish_button = self._button(
            "publishButton", self.tr("P&ublicar esta tienda en el servidor"), self.publish_shop
        )
        self.publish_button.setProperty("role", "primary")
        self.code_input = QLineEdit(self)
        self.code_input.setObjectName("tillCodeInput")
        self.code_input.setMaxLength(8)
        self.code_input.setPlaceholderText("F001")
        self.code_input.setValidator(QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9]{1,8}"), self))
        self.code_input.textEdited.connect(lambda text: self.code_input.setText(text.upper()))
        self.join_button = self._button("joinButton", self.tr("&Unirse como caja nueva"), self.join_shop)
        self.join_button.setProperty("role", "primary")
        self.publish_hint = self._hint(
            self.tr(
                "Publicar copia esta tienda, con todas sus ventas, a un servidor vacío, y esta caja pasa "
                "a ser su primera caja. Las otras cajas se unen al servidor al instalarlas, en su "
                "primera pantalla: «Unirse a una tienda con servidor»."
            )
        )
        self._lay_out()
        self.refresh()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {Palette.muted}; font-size: 12pt;")
        return label

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(20, 18, 20, 18)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.state, 0, 0, 1, 3)
        url_label = QLabel(self.tr("&Dirección del servidor"), self)
        url_label.setBuddy(self.url_input)
        grid.addWidget(url_label, 1, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.url_input, 1, 1)
        grid.addWidget(self.test_button, 1, 2)
        grid.addWidget(
            self._hint(self.tr("Quien instaló el servidor de la tienda le da esta dirección; pruébela antes.")), 2, 1
        )
        grid.addWidget(self.check_result, 3, 1, 1, 2)
        if self.joining:
            code_label = QLabel(self.tr("&Código de esta caja"), self)
            code_label.setBuddy(self.code_input)
            grid.addWidget(code_label, 4, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(self.code_input, 4, 1)
            grid.addWidget(
                self._hint(
                    self.tr(
                        "Un código nuevo, por ejemplo F001 para la feria. La caja trae del servidor los "
                        "productos, las artesanas, las personas y sus PIN, y vende con su propia serie."
                    )
                ),
                5,
                1,
                1,
                2,
            )
            grid.addWidget(self.join_button, 6, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)
            self.publish_button.hide()
            self.publish_hint.hide()
        else:
            grid.addWidget(self.publish_button, 4, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(self.publish_hint, 5, 1, 1, 2)
            self.code_input.hide()
            self.join_button.hide()
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(7, 1)

    # -- what the till is -------------------------------------------------------------------

    def refresh(self) -> None:
        """Say where this till stands; a till that has its server cannot publish or join again."""
        state = sync_state(self.store)
        busy = self._worker is not None
        if state is None:
            self.state.setText(
                self.tr("Esta caja es nueva: únala al servidor de su tienda.")
                if self.joining
                else self.tr("Esta caja trabaja sola: no tiene servidor de tienda.")
            )
        else:
            self.state.setText(
                self.tr("Esta caja es la caja {till} de la tienda del servidor {server}. {status}.").format(
                    till=state.till, server=state.server, status=status_text(state)
                )
            )
            if not self.url_input.text():
                self.url_input.setText(state.server)
        for widget in (self.url_input, self.publish_button, self.join_button, self.code_input):
            widget.setEnabled(state is None and not busy)
        if not self.joining:  # publishing is done once: a till that has its server no longer offers it
            self.publish_button.setVisible(state is None)
            self.publish_hint.setVisible(state is None)
        self.test_button.setEnabled(not busy)

    # -- actions ---------------------------------------------------------------------------

    def _url(self) -> str | None:
        url = self.url_input.text().strip()
        if not url:
            self._say(self.tr("Escriba la dirección del servidor."), ok=False)
            self.url_input.setFocus()
            return None
        return url

    @Slot()
    def test_connection(self) -> None:
        """Try the server at the address typed: reached, and empty, a shop's server, or neither."""
        url = self._url()
        if url is not None:
            from ..services.server_join import check_server

            self._run(lambda: check_server(url), self.tr("Probando la conexión con el servidor…"), self._tested)

    @Slot(object)
    def _tested(self, check: object) -> None:
        self._say(sentence(check.message), ok=check.ok)  # type: ignore[attr-defined]

    @Slot()
    def publish_shop(self) -> None:
        """Copy this shop into the empty server at the address typed (asked first: it is done once)."""
        url = self._url()
        if url is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Publicar la tienda"),
            self.tr(
                "¿Copiar esta tienda, con todas sus ventas, al servidor {server}? Solo se hace una vez, "
                "en un servidor vacío."
            ).format(server=url),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: publish(self.store, url), self.tr("Copiando la tienda al servidor…"), self._published)

    @Slot(object)
    def _published(self, done: object) -> None:
        self.result = done
        self.check_result.hide()
        self.refresh()
        self.linked.emit()
        QMessageBox.information(
            self,
            self.tr("Publicar la tienda"),
            self.tr(
                "Listo: la tienda está en el servidor ({sales} notas copiadas). Esta caja es la caja {till}; "
                "desde ahora envía sus ventas al servidor sola."
            ).format(sales=done.sales, till=done.till),  # type: ignore[attr-defined]
        )

    @Slot()
    def join_shop(self) -> None:
        """Make this empty file a new till of the shop at the address typed."""
        url = self._url()
        if url is None:
            return
        code = self.code_input.text().strip()
        if not code:
            self._say(self.tr("Escriba el código de esta caja, por ejemplo F001."), ok=False)
            self.code_input.setFocus()
            return
        from ..services.server_join import join

        self._run(lambda: join(self.store, url, code), self.tr("Trayendo la tienda del servidor…"), self._joined)

    @Slot(object)
    def _joined(self, done: object) -> None:
        self.result = done
        self.check_result.hide()
        self.refresh()
        self.linked.emit()
        QMessageBox.information(
            self,
            self.tr("Unirse a la tienda"),
            self.tr(
                "Listo: esta caja es la caja {till} de la tienda, con sus {items} artículos y {users} personas. "
                "Sus notas salen con la serie {series}."
            ).format(till=done.till, items=done.items, users=done.users, series=done.series),  # type: ignore[attr-defined]
        )

    def _run(self, job: Callable[[], object], label: str, done: Callable[[object], None]) -> None:
        worker = Worker(lambda _progress: job(), label, self)
        worker.dialog.setCancelButton(None)  # a copy or a connection is not stopped half-way
        worker.finished.connect(self._ended)  # first: the buttons come back before any message is read
        worker.failed.connect(self._ended)
        worker.finished.connect(done)
        worker.failed.connect(self._failed)
        self._worker = worker
        self.refresh()
        worker.start()

    @Slot()
    def _ended(self) -> None:
        self._worker = None
        self.refresh()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._say(sentence(message), ok=False)
        QMessageBox.warning(self, self.tr("Servidor de la tienda"), sentence(message))

    def wait(self) -> None:
        """Block until the running action has ended (tests; closing the dialog)."""
        if self._worker is not None:
            self._worker.wait()

    def _say(self, text: str, ok: bool) -> None:
        self.check_result.setText(text)
        colour, background = (
            (Palette.success_text, Palette.success_bg) if ok else (Palette.error_text, Palette.error_bg)
        )
        self.check_result.setStyleSheet(
            f"QLabel {{ color: {colour}; background: {background}; border-radius: 8px; padding: 6px 12px; }}"
        )
        self.check_result.show()
