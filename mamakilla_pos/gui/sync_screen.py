"""Cajas y servidor: the coordinator's view of the shop's tills and what reached its server (DESIGN.md §9).

This till's own standing (read from its file, online or not), every till as
the server knows it (last sync, documents waiting, errors), and the merge
report of each sync: how many of each document, from which till, for which
days. The server is read on a thread of its own; a server out of reach is
said in plain words. With no network at the fair, the till's documents go
to the server in a file on a USB stick: exported here on the till,
imported here on the server's computer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.errors import UserError
from ..services.server import first_line
from ..services.sync_reports import FILE, MergeReport, ShopSyncReport, TillStanding, import_and_record, shop_report
from ..services.sync_status import SyncState, is_shop_server, sync_state
from ..store import Store
from .sync_indicator import problem_text, status_text, when_text
from .widgets.i18n import QT_TR_NOOP, plural, tr
from .widgets.style import Palette
from .widgets.text import sentence
from .widgets.worker import Worker

DOCUMENT_NAMES = {
    "sale": (QT_TR_NOOP("{n} venta"), QT_TR_NOOP("{n} ventas")),
    "refund": (QT_TR_NOOP("{n} devolución"), QT_TR_NOOP("{n} devoluciones")),
    "payout": (QT_TR_NOOP("{n} pago a artesanas"), QT_TR_NOOP("{n} pagos a artesanas")),
    "cash_in": (QT_TR_NOOP("{n} ingreso de dinero"), QT_TR_NOOP("{n} ingresos de dinero")),
    "cash_out": (QT_TR_NOOP("{n} retiro de dinero"), QT_TR_NOOP("{n} retiros de dinero")),
    "production": (QT_TR_NOOP("{n} producción"), QT_TR_NOOP("{n} producciones")),
    "adjustment": (QT_TR_NOOP("{n} ajuste de stock"), QT_TR_NOOP("{n} ajustes de stock")),
    "stocktake": (QT_TR_NOOP("{n} inventario"), QT_TR_NOOP("{n} inventarios")),
    "transfer": (QT_TR_NOOP("{n} traslado"), QT_TR_NOOP("{n} traslados")),
    "session_open": (QT_TR_NOOP("{n} apertura de caja"), QT_TR_NOOP("{n} aperturas de caja")),
    "session_close": (QT_TR_NOOP("{n} cierre de caja"), QT_TR_NOOP("{n} cierres de caja")),
}
"""The documents a merge report counts, by journal kind (others are shown by their kind)."""


def documents_text(documents: dict[str, int]) -> str:
    """``3 ventas, 1 devolución``-like: how many of each document; a dash for none."""
    if not documents:
        return tr("nada nuevo")
    parts = []
    for kind, n in documents.items():
        one, many = DOCUMENT_NAMES.get(kind, ("{n} " + kind, "{n} " + kind))
        parts.append(plural(n, tr(one), tr(many)))
    return ", ".join(parts)


def days_text(first: date | None, last: date | None) -> str:
    if first is None or last is None:
        return "—"
    if first == last:
        return first.strftime("%d/%m/%Y")
    return tr("del {first} al {last}").format(first=first.strftime("%d/%m/%Y"), last=last.strftime("%d/%m/%Y"))


class _Call(QThread):
    """One service call off the GUI thread: ``done(result)`` or ``failed(message)``."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, call: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self.call = call

    def run(self) -> None:
        try:
            result = self.call()
        except UserError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # told on the screen; the thread must not die silently
            self.failed.emit(first_line(exc))
        else:
            self.done.emit(result)


class SyncScreen(QWidget):
    """This till, every till of the shop and the latest merges; sync now, export and import by USB."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncScreen")
        self.store = store
        self.is_server = is_shop_server(store)
        self.report: ShopSyncReport | None = None
        self._reading: _Call | None = None
        self._worker: Worker | None = None

        title = QLabel(self.tr("Cajas y servidor de la tienda"), self)
        title.setProperty("role", "title")
        self.this_till = QLabel(self)
        self.this_till.setObjectName("thisTillSync")
        self.this_till.setWordWrap(True)
        self.server_line = QLabel(self)
        self.server_line.setObjectName("serverReportState")
        self.server_line.setWordWrap(True)
        self.tills_table = self._table(
            "tillsTable",
            [self.tr("Caja"), self.tr("Última sincronización"), self.tr("Sin sincronizar"), self.tr("Problema")],
        )
        self.merges_table = self._table(
            "mergesTable",
            [
                self.tr("Cuándo"),
                self.tr("Caja"),
                self.tr("Cómo"),
                self.tr("Documentos"),
                self.tr("Días"),
                self.tr("Problema"),
            ],
        )
        self.sync_button = self._button("syncNowButton", self.tr("&Sincronizar ahora"), self.sync_now)
        self.sync_button.setProperty("role", "primary")
        self.refresh_button = self._button("refreshSyncButton", self.tr("&Actualizar"), self.refresh)
        self.export_button = self._button(
            "exportSyncButton", self.tr("&Exportar ventas para el servidor…"), self.export_file
        )
        self.import_button = self._button(
            "importSyncButton", self.tr("&Importar ventas de una caja…"), self.import_file
        )
        self._lay_out(title)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait)  # a thread still reading must end before the program does
        self.refresh()

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        return table

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _lay_out(self, title: QLabel) -> None:
        buttons = QHBoxLayout()
        for button in (self.sync_button, self.refresh_button, self.export_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        tills_label = QLabel(self.tr("Cada caja, según el servidor"), self)
        tills_label.setStyleSheet("font-weight: bold;")
        merges_label = QLabel(self.tr("Lo que llegó al servidor en cada sincronización"), self)
        merges_label.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.this_till)
        layout.addLayout(buttons)
        layout.addWidget(self.server_line)
        layout.addWidget(tills_label)
        layout.addWidget(self.tills_table, 1)
        layout.addWidget(merges_label)
        layout.addWidget(self.merges_table, 2)

    # -- reading ---------------------------------------------------------------------------------

    def _state(self) -> SyncState | None:
        return None if self.is_server else sync_state(self.store)

    @Slot()
    def refresh(self) -> None:
        """This till's standing at once; the server's report on a thread."""
        state = self._state()
        self._show_this_till(state)
        self.sync_button.setVisible(state is not None)
        self.export_button.setVisible(state is not None)
        self.import_button.setVisible(self.is_server)
        if state is None and not self.is_server:
            self.server_line.setText(self.tr("Esta tienda no tiene servidor: todo se vende en esta caja."))
            self._fill(ShopSyncReport(""))
            return
        if self._reading is not None:
            return
        self.server_line.setText(self.tr("Leyendo el servidor de la tienda…"))
        reading = _Call(lambda: shop_report(self.store), self)
        reading.done.connect(self._read)
        reading.failed.connect(self._not_read)
        reading.finished.connect(self._read_ended)
        self._reading = reading
        reading.start()

    def _show_this_till(self, state: SyncState | None) -> None:
        if state is None:
            self.this_till.setText(self.tr("Esta computadora es el servidor de la tienda.") if self.is_server else "")
            self.this_till.setVisible(self.is_server)
            return
        window = self.window()
        failure = getattr(getattr(window, "background_sync", None), "last_failure", "")
        line = self.tr("Esta caja ({till}): {status}.").format(till=state.till, status=status_text(state))
        problem = problem_text(state, state.last_error or failure)
        self.this_till.setText(line + ("\n" + problem if problem else ""))
        self.this_till.setStyleSheet(
            f"QLabel {{ color: {Palette.warning_text}; background: {Palette.warning_bg}; padding: 6px 12px; }}"
            if problem
            else ""
        )
        self.this_till.show()

    @Slot(object)
    def _read(self, report: object) -> None:
        assert isinstance(report, ShopSyncReport)
        self.report = report
        self.server_line.setText(self.tr("Servidor de la tienda: {server}.").format(server=report.server))
        self._fill(report)

    @Slot(str)
    def _not_read(self, message: str) -> None:
        self.server_line.setText(
            self.tr("No se pudo leer el servidor de la tienda: {reason}.").format(reason=message.rstrip("."))
        )

    @Slot()
    def _read_ended(self) -> None:
        reading, self._reading = self._reading, None
        if reading is not None:
            reading.deleteLater()

    def wait(self) -> None:
        """Block until the server has been read (tests; leaving the screen)."""
        if self._reading is not None:
            self._reading.wait()
        if self._worker is not None:
            self._worker.wait()

    def _fill(self, report: ShopSyncReport) -> None:
        state = self._state()
        tills = [
            TillStanding(t.till, state.last_sync_at, state.waiting, state.last_error or t.error)
            if state is not None and t.till == state.till
            else t
            for t in report.tills
        ]  # this till's own row as its file says it now; the others as they last told the server
        self._fill_rows(self.tills_table, [self._till_row(t) for t in tills])
        self._fill_rows(self.merges_table, [self._merge_row(m) for m in report.merges])

    def _till_row(self, till: TillStanding) -> list[str]:
        waiting = "—" if till.waiting is None else str(till.waiting)
        return [till.till, when_text(till.last_sync_at), waiting, sentence(till.error) if till.error else ""]

    def _merge_row(self, merge: MergeReport) -> list[str]:
        how = self.tr("por archivo (USB)") if merge.source == FILE else self.tr("por la red")
        return [
            merge.at.strftime("%d/%m %H:%M"),
            merge.till,
            how,
            documents_text(merge.documents),
            days_text(merge.first_day, merge.last_day),
            sentence(merge.error) if merge.error else "",
        ]

    @staticmethod
    def _fill_rows(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(r, c, item)
        table.resizeRowsToContents()

    # -- acting ----------------------------------------------------------------------------------

    @Slot()
    def sync_now(self) -> None:
        """Sync at once (in the background, as always); the screen reads the server again after it."""
        background = getattr(self.window(), "background_sync", None)
        if background is None:
            return
        background.state_changed.connect(self._after_sync, Qt.ConnectionType.SingleShotConnection)
        background.sync_now()
        self.this_till.setText(self.this_till.text().split("\n")[0] + "\n" + self.tr("Sincronizando…"))

    @Slot(object)
    def _after_sync(self, _state: object) -> None:
        self.refresh()

    @Slot()
    def export_file(self) -> None:
        """This till's waiting documents to a file (a USB stick), for the server's computer to import."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Exportar ventas para el servidor"),
            f"caja-{date.today().isoformat()}.sync",
            self.tr("Ventas de una caja (*.sync)"),
        )
        if not path:
            return
        from ..services.sync_outbox import export_pending

        target = Path(path)
        self._run(lambda: export_pending(self.store, target), self.tr("Escribiendo el archivo…"), self._exported)

    @Slot(object)
    def _exported(self, done: object) -> None:
        QMessageBox.information(
            self,
            self.tr("Exportar ventas para el servidor"),
            self.tr(
                "Listo: {documents} de la caja {till} en el archivo. Llévelo a la computadora del "
                "servidor e impórtelo allí en «Cajas y servidor»."
            ).format(
                documents=plural(done.documents, self.tr("{n} documento"), self.tr("{n} documentos")),  # type: ignore[attr-defined]
                till=done.till,  # type: ignore[attr-defined]
            ),
        )

    @Slot()
    def import_file(self) -> None:
        """A till's file (from a USB stick) taken into this server, each document once."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Importar ventas de una caja"), "", self.tr("Ventas de una caja (*.sync);;Todos (*)")
        )
        if not path:
            return
        source = Path(path)
        self._run(
            lambda: import_and_record(self.store, source), self.tr("Tomando las ventas de la caja…"), self._imported
        )

    @Slot(object)
    def _imported(self, imported: object) -> None:
        taken = imported.taken  # type: ignore[attr-defined]
        if taken.new:
            text = self.tr("Listo: de la caja {till} llegaron {documents} ({days}).").format(
                till=imported.till,  # type: ignore[attr-defined]
                documents=documents_text(dict(taken.documents)),
                days=days_text(min(taken.days, default=None), max(taken.days, default=None)),
            )
        else:
            text = self.tr("Ese archivo ya estaba en el servidor: no cambió nada.")
        QMessageBox.information(self, self.tr("Importar ventas de una caja"), text)
        self.refresh()

    def _run(self, job: Callable[[], object], label: str, done: Callable[[object], None]) -> None:
        worker = Worker(lambda _progress: job(), label, self)
        worker.dialog.setCancelButton(None)
        worker.finished.connect(self._job_ended)
        worker.failed.connect(self._job_ended)
        worker.finished.connect(done)
        worker.failed.connect(lambda message: QMessageBox.warning(self, self.tr("Cajas y servidor"), sentence(message)))
        self._worker = worker
        worker.start()

    @Slot()
    def _job_ended(self) -> None:
        self._worker = None
