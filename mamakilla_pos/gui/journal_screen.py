"""The journal: everything recorded, newest first, with filters, and a button that verifies it.

Each row shows the first characters of the entry's hash (its "huella"); the
full hash and the previous one are in the tooltip and the detail below.
"Verificar" recomputes the chain, the documents and the daily closings in the
background and says, in plain words, whether anything was changed.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import closing, journal_view
from ..services.clock import now
from ..services.journal_view import JournalFilter, JournalNames, JournalPage, JournalRow
from ..services.verify import verify
from ..store import Store
from .journal_words import JournalWords
from .widgets.i18n import QT_TR_NOOP, tr
from .widgets.style import Palette, repolish
from .widgets.table_model import Column, ColumnsModel
from .widgets.text import sentence

HASH_SHOWN = 12
FILTER_DELAY_MS = 250

_STYLE = f"""
QLabel#verifyResult {{ border-radius: 10px; padding: 10px 14px; font-size: 15pt; }}
QLabel#verifyResult[kind="ok"] {{ color: {Palette.success_text}; background: {Palette.success_bg}; font-weight: bold; }}
QLabel#verifyResult[kind="problems"] {{ color: {Palette.error_text}; background: {Palette.error_bg}; }}
QLabel#verifyResult[kind="busy"] {{ color: {Palette.info_text}; background: {Palette.info_bg}; }}
QTableView#journalTable {{
    background: white; border: 1px solid {Palette.border}; font-size: 13pt;
    selection-background-color: {Palette.primary_soft}; selection-color: {Palette.text};
}}
QPlainTextEdit#journalDetail {{
    background: white; border: 1px solid {Palette.border}; border-radius: 8px; font-family: monospace;
    font-size: 12pt;
}}
QPushButton#verifyButton {{ font-weight: bold; }}
"""


@dataclass(frozen=True)
class _Shown:
    """A journal entry as the table shows it, with its sentence (made once per page)."""

    entry: JournalRow
    sentence: str


def _hash_tooltip(shown: _Shown) -> str:
    return tr("Huella: %1\nAnterior: %2").replace("%1", shown.entry.hash).replace("%2", shown.entry.prev_hash)


class JournalModel(ColumnsModel[_Shown]):
    """One page of journal entries."""

    SEQ, WHEN, ACTOR, KIND, REF, SUMMARY, HASH = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.words = JournalWords(self)
        self.names = JournalNames()
        words = self.words
        self.columns = (
            Column(QT_TR_NOOP("N.º"), lambda s: str(s.entry.seq), right=True),
            Column(QT_TR_NOOP("Fecha y hora"), lambda s: s.entry.created_at.strftime("%d/%m/%Y %H:%M:%S")),
            Column(QT_TR_NOOP("Quién"), lambda s: words.who(s.entry.actor)),
            Column(QT_TR_NOOP("Tipo"), lambda s: words.kind_name(s.entry.kind)),
            Column(
                QT_TR_NOOP("Referencia"),
                lambda s: words.reference(s.entry),
                tooltip=lambda s: words.reference(s.entry),
            ),
            Column(QT_TR_NOOP("Qué pasó"), lambda s: s.sentence, tooltip=lambda s: s.sentence),
            Column(QT_TR_NOOP("Huella"), lambda s: s.entry.hash[:HASH_SHOWN], tooltip=_hash_tooltip, monospace=True),
        )

    def set_rows(self, rows: Sequence[JournalRow], names: JournalNames | None = None) -> None:
        """Show ``rows``; ``names`` are those of what they refer to by id (items, places, makers…)."""
        self.names = names or JournalNames()
        self.set_records([_Shown(row, self.words.describe(row, self.names)) for row in rows])

    def sentence(self, row: int) -> str:
        """What the entry of ``row`` says, in words."""
        return self.record(row).sentence

    def entry(self, row: int) -> JournalRow:
        return self.record(row).entry


class _Verifier(QObject):
    """Runs ``verify`` off the GUI thread; ``done`` arrives back on it."""

    done = Signal(object)

    def start(self, store: Store) -> None:
        def work() -> None:
            try:
                problems = verify(store) + closing.verify_closings(store)
            except Exception as exc:  # shown to the person, never a crash of the till
                problems = exc
            self.done.emit(problems)

        threading.Thread(target=work, name="verify", daemon=True).start()


class JournalScreen(QWidget):
    """The journal with filters (dates, kind, person, reference), pages of 100, and "Verificar"."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalScreen")
        self.setStyleSheet(_STYLE)
        self.store = store
        self.offset = 0
        self.page_size = journal_view.PAGE_SIZE
        self.page: JournalPage | None = None
        self._verifier = _Verifier(self)
        self._verifier.done.connect(self._verified)

        top, filters = self._build_filters()
        self.verify_result = QLabel(self)
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_result.hide()

        splitter = self._build_table()
        pages = self._build_pages()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.verify_result)
        layout.addWidget(splitter, 1)
        layout.addLayout(pages)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(lambda: self.go(0))
        self.text_input.textChanged.connect(lambda _text: self._filter_timer.start())
        for combo in (self.kind_combo, self.actor_combo):
            combo.currentIndexChanged.connect(lambda _index: self.go(0))
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(self._dates_changed)
        self.all_dates_button.toggled.connect(self._all_dates_toggled)
        self.since_edit.setEnabled(False)
        self.until_edit.setEnabled(False)
        self.refresh()

    def _build_filters(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The title, the dates and Verificar on top; kind, person and reference under them."""
        title = QLabel(self.tr("Diario"), self)
        title.setProperty("role", "title")
        self.verify_button = QPushButton(self.tr("Verificar el diario"), self)
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setProperty("role", "primary")
        self.verify_button.setMinimumWidth(240)
        self.verify_button.setAutoDefault(False)
        self.verify_button.setToolTip(
            self.tr("Comprueba que nadie cambió, borró ni agregó registros por fuera de la aplicación")
        )
        self.verify_button.clicked.connect(self.run_verify)
        today = QDate(now().date())
        self.all_dates_button = QPushButton(self.tr("Todas las fechas"), self)
        self.all_dates_button.setObjectName("journalAllDates")
        self.all_dates_button.setCheckable(True)
        self.all_dates_button.setChecked(True)
        self.all_dates_button.setAutoDefault(False)
        self.since_edit = self._date_edit("journalSince", today.addDays(-7))
        self.until_edit = self._date_edit("journalUntil", today)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("journalKind")
        self.kind_combo.setMinimumWidth(260)
        self.actor_combo = QComboBox(self)
        self.actor_combo.setObjectName("journalActor")
        self.actor_combo.setMinimumWidth(260)
        self.text_input = QLineEdit(self)
        self.text_input.setObjectName("journalText")
        self.text_input.setPlaceholderText(self.tr("Buscar n.º de nota, de pago…"))
        self.text_input.setToolTip(self.tr("Busca en la referencia: n.º de nota, de devolución o de pago, código"))
        self.text_input.setClearButtonEnabled(True)
        self.text_input.setMinimumWidth(200)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(title)
        top.addSpacing(18)
        top.addWidget(self.all_dates_button)
        top.addWidget(QLabel(self.tr("Desde"), self))
        top.addWidget(self.since_edit)
        top.addWidget(QLabel(self.tr("Hasta"), self))
        top.addWidget(self.until_edit)
        top.addStretch(1)
        top.addWidget(self.verify_button)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.kind_combo, 1)
        filters.addWidget(self.actor_combo, 1)
        filters.addWidget(self.text_input, 1)
        return top, filters

    def _build_table(self) -> QSplitter:
        """The page of entries over the chosen entry's details."""
        self.model = JournalModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("journalTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(JournalModel.SUMMARY, QHeaderView.ResizeMode.Stretch)
        # References can be long (a till session's id): a fixed column, the whole text in the tooltip.
        header.setSectionResizeMode(JournalModel.REF, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(JournalModel.REF, 160)
        # What happened is said in words, kind included: the sentence gets the room the kind's column took.
        self.table.setColumnHidden(JournalModel.KIND, True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setHighlightSections(False)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("journalDetail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Toque un registro para ver todo lo que guarda."))
        self.technical_check = QCheckBox(self.tr("Datos técnicos (huellas y todo lo guardado)"), self)
        self.technical_check.setObjectName("journalTechnical")
        self.technical_check.toggled.connect(self._technical_toggled)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        return splitter

    def _build_pages(self) -> QHBoxLayout:
        """The technical data switch and the page buttons with the count between them."""
        self.newer_button = QPushButton(self.tr("◀ Más recientes"), self)
        self.newer_button.setObjectName("journalNewer")
        self.older_button = QPushButton(self.tr("Más antiguos ▶"), self)
        self.older_button.setObjectName("journalOlder")
        for button in (self.newer_button, self.older_button):
            button.setAutoDefault(False)
            button.setMinimumWidth(200)
        self.newer_button.clicked.connect(lambda: self.go(self.offset - self.page_size))
        self.older_button.clicked.connect(lambda: self.go(self.offset + self.page_size))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("journalCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pages = QHBoxLayout()
        pages.addWidget(self.technical_check)
        pages.addSpacing(12)
        pages.addWidget(self.newer_button)
        pages.addStretch(1)
        pages.addWidget(self.count_label)
        pages.addStretch(1)
        pages.addWidget(self.older_button)
        return pages

    def _date_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumWidth(170)
        return edit

    # -- public ----------------------------------------------------------------------------------

    def current_filter(self) -> JournalFilter:
        """The filter as set on the screen."""
        dated = not self.all_dates_button.isChecked()
        return JournalFilter(
            since=self.since_edit.date().toPython() if dated else None,
            until=self.until_edit.date().toPython() if dated else None,
            kind=self.kind_combo.currentData() or "",
            actor=self.actor_combo.currentData() or "",
            text=self.text_input.text(),
        )

    @Slot()
    def refresh(self) -> None:
        """Reload the filter lists and the current page."""
        self._fill_combo(
            self.kind_combo,
            self.tr("Todo tipo de registro"),
            sorted(
                ((self.model.words.kind_name(k), k) for k in journal_view.journal_kinds(self.store)),
                key=lambda pair: pair[0].lower(),
            ),
        )
        self._fill_combo(
            self.actor_combo,
            self.tr("Todas las personas"),
            [(a, a) for a in journal_view.journal_actors(self.store)],
        )
        self.go(self.offset)

    def go(self, offset: int) -> None:
        """Show the page of entries starting at ``offset`` (0: the newest)."""
        self._filter_timer.stop()
        self.offset = max(0, offset)
        page = journal_view.list_entries(self.store, self.current_filter(), self.page_size, self.offset)
        if not page.rows and page.total and self.offset:
            self.offset = max(0, (page.total - 1) // self.page_size * self.page_size)
            page = journal_view.list_entries(self.store, self.current_filter(), self.page_size, self.offset)
        self.page = page
        self.model.set_rows(page.rows, journal_view.journal_names(self.store, page.rows))
        self.detail.clear()
        if page.rows:
            first, last = page.offset + 1, page.offset + len(page.rows)
            self.count_label.setText(
                self.tr("%1–%2 de %3").replace("%1", str(first)).replace("%2", str(last)).replace("%3", str(page.total))
            )
        else:
            self.count_label.setText(self.tr("No hay registros con estos filtros"))
        self.newer_button.setEnabled(page.has_previous)
        self.older_button.setEnabled(page.has_next)

    def run_verify(self) -> None:
        """Recompute the chain, the documents and the closings in the background."""
        self.verify_button.setEnabled(False)
        self._show_result(self.tr("Verificando el diario y los documentos…"), "busy")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._verifier.start(self.store)

    def is_verifying(self) -> bool:
        return not self.verify_button.isEnabled()

    # -- slots -----------------------------------------------------------------------------------

    @Slot(object)
    def _verified(self, problems: object) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.verify_button.setEnabled(True)
        if isinstance(problems, Exception):
            self._show_result(self.tr("No se pudo verificar: %1").replace("%1", str(problems)), "problems")
            return
        assert isinstance(problems, list)
        if not problems:
            total = journal_view.list_entries(self.store, limit=1).total
            self._show_result(
                self.tr(
                    "Todo en orden: los %1 registros del diario están completos y coinciden con las ventas, "
                    "devoluciones, pagos y cierres."
                ).replace("%1", str(total)),
                "ok",
            )
            return
        shown = problems[:12]
        lines = [
            self.tr("Se encontraron %1 problemas: algo se cambió por fuera de la aplicación.").replace(
                "%1", str(len(problems))
            )
        ]
        lines += [f"• {sentence(p)}" for p in shown]
        if len(problems) > len(shown):
            lines.append(self.tr("… y %1 más.").replace("%1", str(len(problems) - len(shown))))
        self._show_result("\n".join(lines), "problems")

    @Slot(QModelIndex, QModelIndex)
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        self._show_detail(current.row())

    def _show_detail(self, row: int) -> None:
        """The entry in words; with "Datos técnicos", its fingerprints and everything its payload holds."""
        entry = self.model.entry(row)
        text = (
            self.model.sentence(row)
            + "\n"
            + self.tr("%1 · %2 · registro n.º %3")
            .replace("%1", entry.created_at.strftime("%d/%m/%Y %H:%M:%S"))
            .replace("%2", self.model.words.who(entry.actor))
            .replace("%3", str(entry.seq))
        )
        if self.technical_check.isChecked():
            body = json.dumps(entry.payload, ensure_ascii=False, indent=2, sort_keys=True)
            text += (
                "\n\n"
                + self.tr("Huella: %1").replace("%1", entry.hash)
                + "\n"
                + self.tr("Anterior: %1").replace("%1", entry.prev_hash)
                + "\n"
                + self.tr("Referencia: %1").replace("%1", entry.ref)
                + "\n"
                + body
            )
        self.detail.setPlainText(text)

    @Slot()
    def _technical_toggled(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self._show_detail(current.row())

    @Slot(bool)
    def _all_dates_toggled(self, checked: bool) -> None:
        self.since_edit.setEnabled(not checked)
        self.until_edit.setEnabled(not checked)
        self.go(0)

    @Slot()
    def _dates_changed(self) -> None:
        if self.since_edit.date() > self.until_edit.date():
            self.until_edit.setDate(self.since_edit.date())
        self.go(0)

    # -- helpers ---------------------------------------------------------------------------------

    def _fill_combo(self, combo: QComboBox, everything: str, items: Sequence[tuple[str, str]]) -> None:
        keep = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for text, data in items:
            combo.addItem(text, data)
        found = combo.findData(keep)
        combo.setCurrentIndex(found if found >= 0 else 0)
        combo.blockSignals(False)

    def _show_result(self, text: str, kind: str) -> None:
        self.verify_result.setText(text)
        self.verify_result.setProperty("kind", kind)
        repolish(self.verify_result)
        self.verify_result.setVisible(bool(text))

    def set_period(self, since: date, until: date) -> None:
        """Show only entries between two days (both included)."""
        for widget in (self.all_dates_button, self.since_edit, self.until_edit):
            widget.blockSignals(True)
        self.all_dates_button.setChecked(False)
        self.since_edit.setEnabled(True)
        self.until_edit.setEnabled(True)
        self.since_edit.setDate(QDate(since))
        self.until_edit.setDate(QDate(until))
        for widget in (self.all_dates_button, self.since_edit, self.until_edit):
            widget.blockSignals(False)
        self.go(0)
